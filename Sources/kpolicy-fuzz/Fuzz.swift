import Foundation
import Extract
import Normalize
import Pipeline
import Records
import Segment
import SourceText

/// One fuzz input through the whole document path, checking the invariants every record promises.
///
/// The first byte picks the route (even: plain text, odd: HTML, 2 mod 4: one `kpolicy stream`
/// JSON line) so one corpus exercises every parser; the rest is the input. A broken invariant traps, which libFuzzer reports as a crash with the input.
enum FuzzEntry {
    static let processor = DocumentProcessor(options: PipelineOptions(
        referenceDate: CalendarDate(iso: "2025-06-30"), maxBytes: 4 << 20))

    static let stream = StreamProcessor(options: StreamOptions(
        pipeline: PipelineOptions(referenceDate: CalendarDate(iso: "2025-06-30"), maxBytes: 4 << 20),
        sentences: true, documents: true))

    static func run(_ data: [UInt8]) {
        guard let selector = data.first else { return }
        let bytes = Array(data.dropFirst())
        if selector % 4 == 2 {
            // One `kpolicy stream` input line: JSON parsing, then the document path on its text.
            let result = stream.process(line: bytes, lineNumber: 1)
            precondition(!result.output.isEmpty, "every stream line yields a record (mentions, a document, or an error)")
            return
        }
        if selector % 8 == 4 {
            comparePieces(bytes)
            return
        }
        let path = selector & 1 == 0 ? "fuzz.txt" : "fuzz.html"
        let emitted = processor.emit(path: path, bytes: .success(bytes))
        precondition(!emitted.document.isEmpty, "every input yields a document record")
        guard path == "fuzz.txt", case .success(let source) = SourceDecoder.decode(path: path, bytes: bytes, maxBytes: 4 << 20),
              source.decodingNote == nil else { return }
        checkProvenance(processor.analyze(source), bytes: bytes)
    }

    /// Large text files are read in pieces (`LargeTextDocument`): with pieces of 256 bytes, the
    /// records of any input must equal those of the whole-document path, byte for byte.
    static func comparePieces(_ bytes: [UInt8]) {
        let path = NSTemporaryDirectory() + "kpolicy-fuzz-\(getpid()).txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = PipelineOptions(referenceDate: CalendarDate(iso: "2025-06-30"), maxBytes: 4 << 20)
        options.pieceBytes = 256
        let pieces = DocumentProcessor(options: options)
        guard let large = pieces.emitLarge(path: path), let spilled = large.spilled else { return }
        var sentences: [UInt8] = [], mentions: [UInt8] = []
        try! spilled.sentences.forEachChunk { sentences += $0 }
        try! spilled.mentions.forEachChunk { mentions += $0 }
        options.pieceBytes = 0
        let whole = DocumentProcessor(options: options).emit(path: path, bytes: .success(bytes))
        precondition(large.document == whole.document, "document record differs in pieces")
        precondition(sentences == whole.sentences, "sentence records differ in pieces")
        precondition(mentions == whole.mentions, "mention records differ in pieces")
        precondition(spilled.mentionCount == whole.mentionCount, "mention count differs in pieces")
    }

    /// For UTF-8 text: the provenance promise (`ProvenanceAudit`) holds for every mention.
    static func checkProvenance(_ analyzed: AnalyzedDocument, bytes: [UInt8]) {
        let problems = ProvenanceAudit.violations(in: analyzed, bytes: bytes)
        precondition(problems.isEmpty, problems.joined(separator: "\n"))
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzEntry.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links every executable with `main` aliased to `<module>_main`, which `-parse-as-library`
/// never emits; so we provide that entry ourselves and hand control to libFuzzer's driver.
@_cdecl("kpolicy_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
import Foundation

/// Without libFuzzer: replays the given files (crashers, seeds) through the same checks.
@main
struct FuzzReplay {
    static func main() throws {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: kpolicy-fuzz FILE... (replays inputs; build with scripts/fuzz.sh to fuzz)\n".utf8))
            exit(2)
        }
        for path in paths {
            FuzzEntry.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            print("ok \(path)")
        }
    }
}
#endif
