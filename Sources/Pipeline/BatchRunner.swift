import Dispatch
import Emit
import Foundation
import Records
import SourceText

/// Where and how a batch writes.
public struct BatchOptions: Sendable {
    /// Output folder; nil writes the mentions JSON Lines to standard output (`--out -`).
    public var outDirectory: String?
    public var jobs: Int
    public var pipeline: PipelineOptions
    /// The output formats written in `outDirectory` (`--format jsonl,csv,sqlite`).
    public var formats: [OutputFormat]
    /// Start CSV files with a UTF-8 byte order mark (`--no-bom` turns it off).
    public var byteOrderMark: Bool
    /// Reuse the previous records of documents unchanged since the last run (`--incremental`).
    public var incremental: Bool
    /// The version of the tool, recorded in the manifest: records of another version are not reused.
    public var toolVersion: String

    public init(outDirectory: String?, jobs: Int, pipeline: PipelineOptions, formats: [OutputFormat] = [.jsonl],
                byteOrderMark: Bool = true, incremental: Bool = false, toolVersion: String = "unversioned") {
        self.outDirectory = outDirectory
        self.jobs = max(1, jobs)
        self.pipeline = pipeline
        self.formats = formats
        self.byteOrderMark = byteOrderMark
        self.incremental = incremental
        self.toolVersion = toolVersion
    }

    /// The formats actually written: the JSON Lines files are also the cache of `--incremental`,
    /// so an incremental run always writes them.
    public var effectiveFormats: [OutputFormat] {
        incremental && !formats.contains(.jsonl) ? [.jsonl] + formats : formats
    }

    /// The options that change records, as the manifest records them.
    public var recordOptions: String {
        let p = pipeline
        return "referenceDate=\(p.referenceDate?.iso ?? "")&keepBoilerplate=\(p.keepBoilerplate)&maxBytes=\(p.maxBytes)&stdin=\(p.standardInputFormat)"
    }

    public var manifest: Manifest {
        Manifest(version: toolVersion, options: recordOptions, formats: effectiveFormats)
    }
}

/// How far a batch is, after each window of documents (for the progress line).
public struct BatchProgress: Sendable {
    public var done: Int
    public var total: Int
    /// Bytes of input read so far.
    public var bytes: Int
    public var failed: Int
    /// Seconds since the batch started.
    public var elapsed: Double
}

/// What a batch did.
public struct BatchSummary: Sendable {
    public var processed = 0
    public var failed = 0
    public var skipped = 0
    public var mentions = 0
    /// Documents whose records were taken from the previous run (`--incremental`).
    public var reused = 0
    /// Bytes of input read.
    public var bytes = 0
    public var messages: [String] = []
}

/// Runs the pipeline over many inputs in parallel and writes the outputs in input order.
///
/// Documents are processed in windows of a few per core, and each window's records are appended to
/// temporary files in the output folder as soon as it is done, so memory does not grow with the
/// number of documents. The temporary files replace the outputs only when the batch has finished:
/// an interrupted run leaves the previous outputs as they were.
public struct BatchRunner: Sendable {
    public let options: BatchOptions

    public init(options: BatchOptions) {
        self.options = options
    }

    /// The JSON Lines outputs (the default format).
    public static let outputNames = OutputFormat.jsonl.fileNames

    /// The temporary files a run in progress may write in `directory` (removed on interrupt).
    public static func temporaryPaths(in directory: String) -> [String] {
        OutputFiles.temporaryPaths(in: directory)
    }

    public func run(inputs: [InputItem], reportMessage: (String) -> Void,
                    progress: ((BatchProgress) -> Void)? = nil) throws -> BatchSummary {
        var summary = BatchSummary()
        let started = DispatchTime.now()
        let manifest = options.manifest
        let previous = options.incremental ? options.outDirectory.flatMap { PreviousOutputs(directory: $0, manifest: manifest) } : nil
        let writer = try OutputWriter(options: options, manifest: manifest)
        let processor = DocumentProcessor(options: options.pipeline)
        var start = 0
        while start < inputs.count {
            let end = Self.windowEnd(inputs, from: start, jobs: options.jobs)
            let slice = Array(inputs[start..<end])
            let results = Self.parallelMap(slice, jobs: options.jobs) { item in
                Self.process(item, processor: processor, previous: previous)
            }
            for result in results {
                try writer.append(result.emitted)
                switch result.kind {
                case .ok: summary.processed += 1
                case .failed:
                    summary.failed += 1
                case .skipped: summary.skipped += 1
                }
                if result.reused { summary.reused += 1 }
                summary.bytes += result.bytes
                if let message = result.emitted.message {
                    summary.messages.append(message)
                    reportMessage(message)
                }
                summary.mentions += result.mentionCount
            }
            start = end
            if let progress {
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
                progress(BatchProgress(done: end, total: inputs.count, bytes: summary.bytes, failed: summary.failed, elapsed: elapsed))
            }
        }
        try writer.commit()
        return summary
    }

    /// Up to four documents per job are processed together, fewer when they are large: a window
    /// holds at most `windowBytes` of input, but always one document per job — otherwise files of
    /// 10 MB would run one at a time whatever `--jobs` says. Memory stays bounded by the largest
    /// files times the jobs, not by the number of files.
    static let windowBytes = 16 << 20

    static func windowEnd(_ inputs: [InputItem], from start: Int, jobs: Int) -> Int {
        var end = start
        var bytes = 0
        while end < inputs.count, end - start < jobs * 4 {
            if case .file(let path) = inputs[end], path != "-" {
                let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
                if end - start >= jobs, bytes + size > windowBytes { break }
                bytes += size
            }
            end += 1
        }
        return end
    }

    enum Kind { case ok, failed, skipped }

    struct ItemResult: Sendable {
        var emitted: EmittedDocument
        var kind: Kind
        var mentionCount: Int
        var bytes = 0
        var reused = false
    }

    static func process(_ item: InputItem, processor: DocumentProcessor, previous: PreviousOutputs? = nil) -> ItemResult {
        switch item {
        case .failure(let path, let message):
            let facts = Records.DocumentFacts(doc: path, status: .error, message: message)
            return ItemResult(emitted: EmittedDocument(document: Records.document(facts).line, sentences: [], mentions: [],
                                                       failed: true, message: message), kind: .failed, mentionCount: 0)
        case .skipped(let path, let message):
            let facts = Records.DocumentFacts(doc: path, status: .skipped, message: message)
            return ItemResult(emitted: EmittedDocument(document: Records.document(facts).line, sentences: [], mentions: [],
                                                       failed: false, message: message), kind: .skipped, mentionCount: 0)
        case .file(let path):
            // A large plain-text file is read and processed in pieces, its records spilled to disk.
            if previous == nil, let emitted = processor.emitLarge(path: path) {
                return ItemResult(emitted: emitted, kind: .ok, mentionCount: emitted.mentionCount,
                                  bytes: emitted.spilled?.inputBytes ?? 0)
            }
            let bytes = readBytes(path)
            let size = (try? bytes.get().count) ?? 0
            let count = { (lines: [UInt8]) in lines.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            if path != "-", let previous, let entry = previous.entry(for: path), case .success(let raw) = bytes,
               raw.count == entry.bytes, SHA256.hex(raw) == entry.sha256 {
                let old = previous.lines(of: entry)
                let emitted = EmittedDocument(document: old.document, sentences: old.sentences, mentions: old.mentions,
                                              failed: false, message: nil)
                return ItemResult(emitted: emitted, kind: .ok, mentionCount: count(old.mentions), bytes: size, reused: true)
            }
            let emitted = processor.emit(path: path, bytes: bytes)
            return ItemResult(emitted: emitted, kind: emitted.failed ? .failed : .ok, mentionCount: count(emitted.mentions), bytes: size)
        }
    }

    static func readBytes(_ path: String) -> Result<[UInt8], SourceError> {
        if path == "-" {
            return .success(Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                return .failure(.unreadable(path: path, reason: "permission denied"))
            }
            return .failure(.notFound(path: path))
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return .success(Array(data))
        } catch {
            return .failure(.unreadable(path: path, reason: "\(error.localizedDescription)"))
        }
    }

    /// Maps `items` with up to `jobs` threads; results keep the order of `items`.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ body: @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count <= 1 { return items.map(body) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, body(items[i]))
        }
        return results.values()
    }
}

/// Write-once slots filled from several threads (each index by exactly one thread).
final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [R] { slots.map { $0! } }
}
