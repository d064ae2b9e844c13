import ArgumentParser
import Extract
import Foundation
import Pipeline

extension KPolicy {
    struct Stream: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read documents as JSON Lines on standard input, write their mention records on standard output.",
            discussion: """
            Each input line is {"id": …, "text": …} or {"id": …, "html": …}, with optional "date" \
            (the reference date for that document) and "source" (copied into its records). Each \
            document's records are written and flushed before the next line is read: doc is the id, \
            and line, column and byte offsets are relative to the UTF-8 of the text. A bad line gives \
            one record {"doc": ID, "type": "error", "message": …, "line": N} and the stream goes on. \
            Exit status 0 when standard input was read to its end, even with error records (batch \
            engines fail a whole task on any other status); 1 when standard input could not be read.
            """
        )

        @OptionGroup var dates: ReferenceDateOption

        @Option(name: .long, help: ArgumentHelp("Refuse documents whose text is larger than this many bytes (lines longer than twice this, plus 64 KiB, are not read).", valueName: "N"))
        var maxBytes: Int = PipelineOptions.defaultMaxBytes

        @Flag(name: .long, help: "Keep site menus, tickers, copyright footers and page markers.")
        var keepBoilerplate = false

        @Flag(name: .long, help: "Also write each document's sentence records, tagged \"record\":\"sentence\".")
        var sentences = false

        @Flag(name: .long, help: "Also write each document's documents.jsonl record, tagged \"record\":\"document\".")
        var documents = false

        @Flag(name: .long, help: "Do not repeat error records on standard error.")
        var quiet = false

        func validate() throws {
            if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
        }

        func run() throws {
            let pipeline = PipelineOptions(referenceDate: dates.date,
                                           keepBoilerplate: keepBoilerplate, maxBytes: maxBytes)
            let processor = StreamProcessor(options: StreamOptions(pipeline: pipeline, sentences: sentences, documents: documents))
            var reader = LineReader(fileDescriptor: STDIN_FILENO, limit: processor.options.lineLimit)
            var lineNumber = 0
            var atStart = true
            do {
                while let line = try reader.next() {
                    lineNumber += 1
                    let result: StreamResult
                    switch line {
                    case .line(var bytes):
                        if atStart, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                        atStart = false
                        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        result = processor.process(line: bytes, lineNumber: lineNumber)
                    case .oversize(let prefix, let length):
                        atStart = false
                        result = processor.oversizeLine(prefix: prefix, length: length, lineNumber: lineNumber)
                    }
                    if let error = result.error, !quiet { printError(error) }
                    try Self.writeAll(result.output)
                }
            } catch {
                throw RuntimeFailure(description: "kpolicy: \(error)")
            }
        }

        /// Writes straight to the standard output descriptor (no buffer to flush): each document's
        /// records are out before the next line is read, as pipe-driven engines expect.
        static func writeAll(_ bytes: [UInt8]) throws {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RuntimeFailure(description: "kpolicy: cannot write standard output (errno \(errno))")
                }
                offset += n
            }
        }
    }
}
