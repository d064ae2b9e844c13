import ArgumentParser
import Foundation
import Normalize
import Pipeline
import Segment
import SourceText

extension KPolicy {
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split documents into sentences, one per line.",
            discussion: """
            With --jsonl, reads lines {"id": …, "text": …} on standard input and writes \
            {"id": …, "sentences": […]} per line, for other tools. Sentences are printed as they read \
            in the input (whitespace folded to single spaces), so they can be found in it again. \
            Nothing is dropped unless --drop-boilerplate is given.
            """
        )

        @Argument(help: ArgumentHelp("Files to segment.", valueName: "FILE"))
        var files: [String] = []

        @Flag(name: .long, help: "Read {\"id\",\"text\"} JSON Lines on standard input, write {\"id\",\"sentences\"}.")
        var jsonl = false

        @Flag(name: .long, help: "Drop site menus, tickers, copyright footers and page markers first.")
        var dropBoilerplate = false

        func validate() throws {
            if jsonl && !files.isEmpty { throw ValidationError("give FILE arguments or --jsonl, not both") }
            if !jsonl && files.isEmpty { throw ValidationError("give at least one FILE, or --jsonl") }
        }

        func run() throws {
            let options = NormalizeOptions(keepBoilerplate: !dropBoilerplate)
            if jsonl {
                try runJSONLines(options: options)
                return
            }
            var failed = false
            var output = ""
            for path in files {
                let bytes = path == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile())
                    : (FileManager.default.contents(atPath: path).map(Array.init) ?? nil)
                guard let bytes else {
                    printError("\(path): cannot read the file")
                    failed = true
                    continue
                }
                switch SourceDecoder.decode(path: path, bytes: bytes, maxBytes: PipelineOptions.defaultMaxBytes) {
                case .failure(let error):
                    printError(error.description)
                    failed = true
                case .success(let source):
                    for sentence in Self.sentences(of: source, options: options) {
                        output += sentence + "\n"
                    }
                }
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
            if failed { throw ExitCode(1) }
        }

        private func runJSONLines(options: NormalizeOptions) throws {
            var failed = false
            var lineNumber = 0
            while let line = readLine(strippingNewline: true) {
                lineNumber += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                      let text = object["text"] as? String else {
                    printError("standard input line \(lineNumber): expected {\"id\": …, \"text\": …}")
                    failed = true
                    continue
                }
                let sentences = Self.sentences(of: SourceFile(path: "-", text: text), options: options)
                var result: [String: Any] = ["sentences": sentences]
                result["id"] = object["id"] ?? NSNull()
                let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .withoutEscapingSlashes])
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
            if failed { throw ExitCode(1) }
        }
    
        /// Each sentence's original text with whitespace runs folded to one space.
        static func sentences(of source: SourceFile, options: NormalizeOptions) -> [String] {
            let document = PlainTextFormat().normalize(source, options: options)
            return SentenceSegmenter().segment(document.text).map { sentence in
                Sentence.oneLine(source.scalars[document.text.originalRange(of: sentence.range)])
            }
        }
    }
}
