import Dispatch
import Foundation
import Records
import SourceText

/// Where and how a batch writes.
public struct BatchOptions: Sendable {
    /// Output folder; nil writes the mentions JSON Lines to standard output (`--out -`).
    public var outDirectory: String?
    public var jobs: Int
    public var pipeline: PipelineOptions

    public init(outDirectory: String?, jobs: Int, pipeline: PipelineOptions) {
        self.outDirectory = outDirectory
        self.jobs = max(1, jobs)
        self.pipeline = pipeline
    }
}

/// What a batch did.
public struct BatchSummary: Sendable {
    public var processed = 0
    public var failed = 0
    public var skipped = 0
    public var mentions = 0
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

    public static let outputNames = ["mentions.jsonl", "documents.jsonl", "sentences.jsonl"]

    /// The temporary files a run in progress writes in `directory` (removed on interrupt).
    public static func temporaryPaths(in directory: String) -> [String] {
        outputNames.map { OutputWriter.temporaryPath(for: $0, in: directory) }
    }

    public func run(inputs: [InputItem], reportMessage: (String) -> Void) throws -> BatchSummary {
        var summary = BatchSummary()
        let writer = try OutputWriter(directory: options.outDirectory)
        let processor = DocumentProcessor(options: options.pipeline)
        var start = 0
        while start < inputs.count {
            let end = Self.windowEnd(inputs, from: start, jobs: options.jobs)
            let slice = Array(inputs[start..<end])
            let results = Self.parallelMap(slice, jobs: options.jobs) { item in
                Self.process(item, processor: processor)
            }
            for result in results {
                try writer.append(result.emitted)
                switch result.kind {
                case .ok: summary.processed += 1
                case .failed:
                    summary.failed += 1
                case .skipped: summary.skipped += 1
                }
                if let message = result.emitted.message {
                    summary.messages.append(message)
                    reportMessage(message)
                }
                summary.mentions += result.mentionCount
            }
            start = end
        }
        try writer.commit()
        return summary
    }

    /// Up to four documents per job are processed together, fewer when they are large: a window
    /// holds at most `windowBytes` of input (but always one document), so memory stays bounded by
    /// the largest files, not by their number.
    static let windowBytes = 16 << 20

    static func windowEnd(_ inputs: [InputItem], from start: Int, jobs: Int) -> Int {
        var end = start
        var bytes = 0
        while end < inputs.count, end - start < jobs * 4 {
            if case .file(let path) = inputs[end], path != "-" {
                let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
                if end > start, bytes + size > windowBytes { break }
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
    }

    static func process(_ item: InputItem, processor: DocumentProcessor) -> ItemResult {
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
            let emitted = processor.emit(path: path, bytes: readBytes(path))
            let count = emitted.mentions.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return ItemResult(emitted: emitted, kind: emitted.failed ? .failed : .ok, mentionCount: count)
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
