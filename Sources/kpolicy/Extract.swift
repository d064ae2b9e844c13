import ArgumentParser
import Emit
import Extract
import Foundation
import Pipeline

extension KPolicy {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract mentions from files and folders into JSON Lines, CSV or SQLite.",
            discussion: """
            PATH is a file, a folder (read recursively: .txt, .html, .htm) or - for standard input.
            Writes DIR/mentions.jsonl, DIR/documents.jsonl and DIR/sentences.jsonl (--format jsonl, \
            the default), DIR/mentions.csv, DIR/documents.csv and DIR/sentences.csv (csv) and \
            DIR/kpolicy.sqlite (sqlite), each replaced atomically at the end of the run, and \
            DIR/kpolicy.manifest.json. Exit status: 0 when every input was processed, 1 when some \
            input failed (the others are still written), 2 for a usage error.
            """
        )

        @Argument(help: ArgumentHelp("Files or folders to read; - reads one document from standard input.", valueName: "PATH"))
        var paths: [String]

        @OptionGroup var dates: ReferenceDateOption

        @OptionGroup var parallel: JobsOption

        @Option(name: .long, help: ArgumentHelp("Output folder, or - to write mentions to standard output.", valueName: "DIR"))
        var out: String = "Output"

        @Option(name: .long, help: ArgumentHelp("""
            Output formats, comma-separated: jsonl (default), csv, sqlite. For compatibility, text or html \
            in the list say how standard input is read (as --input-format).
            """, valueName: "FORMATS"))
        var format: String?

        @Option(name: .long, help: ArgumentHelp("How to read standard input (-): text or html. Files go by their extension.", valueName: "FORMAT"))
        var inputFormat: String?

        @Flag(name: .long, help: "Write CSV files without the UTF-8 byte order mark.")
        var noBom = false

        @Flag(name: .long, help: "Reuse the records of documents unchanged (same path, size, sha256 and tool version) since the last run in --out.")
        var incremental = false

        @Flag(name: .long, help: "Keep site menus, tickers, copyright footers and page markers.")
        var keepBoilerplate = false

        @Option(name: .long, help: ArgumentHelp("Refuse files larger than this many bytes.", valueName: "N"))
        var maxBytes: Int = PipelineOptions.defaultMaxBytes

        @Option(name: .long, help: ArgumentHelp("Plain UTF-8 files larger than this are processed in pieces of about this many bytes, so memory does not grow with the file (0: never; records are the same either way).", valueName: "N"))
        var pieceBytes: Int = PipelineOptions.defaultPieceBytes

        @Flag(name: .long, help: "No progress line: print only errors and the summary line.")
        var quiet = false

        @Option(name: .long, help: ArgumentHelp("Process only shard K of N (1 ≤ K ≤ N): files are assigned by a hash of their path within the folder argument; see kpolicy merge.", valueName: "K/N"))
        var shard: Shard?

        /// `--format` and `--input-format` read together: the input format of standard input and
        /// the output formats. `--format` once meant only the former (`text|html`), and still may.
        struct Formats: Equatable {
            var input: String
            var outputs: [OutputFormat]
        }

        static let inputFormats = ["text", "html"]

        static func formats(format: String?, inputFormat: String?) throws -> Formats {
            var input: String? = nil
            var outputs: [OutputFormat] = []
            for word in (format ?? "").split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if format == nil { break }
                if inputFormats.contains(word) {
                    if let input, input != word { throw ValidationError("--format names two input formats: \(input) and \(word)") }
                    input = word
                } else if let output = OutputFormat(rawValue: word) {
                    if !outputs.contains(output) { outputs.append(output) }
                } else {
                    throw ValidationError("--format takes jsonl, csv, sqlite (outputs) or text, html (standard input), not '\(word)'")
                }
            }
            if let inputFormat {
                guard inputFormats.contains(inputFormat) else { throw ValidationError("--input-format must be text or html, not '\(inputFormat)'") }
                if let input, input != inputFormat {
                    throw ValidationError("--format \(input) and --input-format \(inputFormat) disagree")
                }
                input = inputFormat
            }
            return Formats(input: input ?? "text", outputs: outputs.isEmpty ? [.jsonl] : OutputFormat.allCases.filter(outputs.contains))
        }

        func validate() throws {
            let formats = try Self.formats(format: format, inputFormat: inputFormat)
            if out == "-" && formats.outputs != [.jsonl] {
                throw ValidationError("--out - writes mentions as JSON Lines; csv and sqlite need an output folder")
            }
            if out == "-" && incremental { throw ValidationError("--incremental needs an output folder") }
            if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
            if pieceBytes < 0 { throw ValidationError("--piece-bytes must be 0 or more") }
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        }

        func run() throws {
            var pipeline = PipelineOptions(
                referenceDate: dates.date,
                keepBoilerplate: keepBoilerplate, maxBytes: maxBytes)
            let formats = try Self.formats(format: format, inputFormat: inputFormat)
            pipeline.standardInputFormat = formats.input
            pipeline.pieceBytes = pieceBytes
            if out != "-" { Interruption.removeOnInterrupt(BatchRunner.temporaryPaths(in: out)) }
            let options = BatchOptions(outDirectory: out == "-" ? nil : out, jobs: parallel.jobs, pipeline: pipeline,
                                       formats: formats.outputs, byteOrderMark: !noBom, incremental: incremental,
                                       toolVersion: out == "-" ? KPolicyVersion.string : ToolVersion.current)
            let runner = BatchRunner(options: options)
            let line = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            let summary: BatchSummary
            do {
                summary = try runner.run(inputs: InputCollector.collect(paths, shard: shard), reportMessage: { message in
                    line.clear()
                    printError(message)
                }, progress: line.enabled ? { line.draw($0) } : nil)
            } catch {
                line.clear()
                throw RuntimeFailure(description: "kpolicy: \(error)")
            }
            line.clear()
            let where_ = out == "-" ? "standard output" : out
            let reused = incremental ? ", \(summary.reused) reused" : ""
            printError("\(summary.processed) documents, \(summary.mentions) mentions, \(summary.failed) failed, \(summary.skipped) skipped\(reused) → \(where_)")
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// The progress line on a terminal: files done/total, MB/s and errors so far, redrawn in place.
final class ProgressLine: Sendable {
    let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    func draw(_ p: BatchProgress) {
        guard enabled else { return }
        let rate = p.elapsed > 0 ? Double(p.bytes) / 1_000_000 / p.elapsed : 0
        let text = "\r\u{1B}[Kkpolicy: \(p.done)/\(p.total) files, \(String(format: "%.1f", rate)) MB/s, \(p.failed) errors"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Erases the progress line before anything else is printed.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// The version recorded in `kpolicy.manifest.json`: the release number and the identity of this
/// build, so that `--incremental` never reuses records written by another build of the rules. The
/// identity is the linker's GNU build ID of the executable (a hash of its contents, read from the
/// ELF notes without reading the whole file); where there is none, the executable's size and time.
enum ToolVersion {
    static var current: String {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let executable = FileManager.default.fileExists(atPath: path) ? path : (Bundle.main.executablePath ?? "")
        if let id = gnuBuildID(executable) { return KPolicyVersion.string + "+build." + id }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let time = Int64((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        return KPolicyVersion.string + "+file.\(size).\(time)"
    }

    /// The NT_GNU_BUILD_ID note of a 64-bit little-endian ELF file, as hex.
    static func gnuBuildID(_ path: String) -> String? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return Array(data)
        }
        func integer(_ bytes: [UInt8], _ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let tableOffset = integer(header, 0x20, 8), entrySize = Int(integer(header, 0x36, 2)), count = Int(integer(header, 0x38, 2))
        guard entrySize >= 0x28, count < 256, let table = read(tableOffset, entrySize * count) else { return nil }
        for i in 0..<count where integer(table, i * entrySize, 4) == 4 {  // PT_NOTE
            let offset = integer(table, i * entrySize + 0x08, 8), size = Int(integer(table, i * entrySize + 0x20, 8))
            guard size < 1 << 16, let notes = read(offset, size) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let nameSize = Int(integer(notes, at, 4)), descSize = Int(integer(notes, at + 4, 4)), type = integer(notes, at + 8, 4)
                let name = at + 12, desc = name + (nameSize + 3) / 4 * 4
                guard desc + descSize <= notes.count else { break }
                if type == 3, nameSize == 4, Array(notes[name..<name + 4]) == Array("GNU\0".utf8) {
                    return notes[desc..<desc + descSize].map { String(format: "%02x", $0) }.joined()
                }
                at = desc + (descSize + 3) / 4 * 4
            }
        }
        return nil
    }
}
