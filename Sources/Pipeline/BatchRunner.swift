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
/// `jobs` worker threads take documents in input order; the calling thread writes each result as
/// soon as it and every earlier one are done, so no worker waits for a slow neighbour and no
/// core waits for the writer. Workers run at most a few documents (or `aheadBytes` of input)
/// ahead of the writer, so memory does not grow with the number of documents. Records go to
/// temporary files in the output folder, which replace the outputs only when the batch has
/// finished: an interrupted run leaves the previous outputs as they were.
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
        var lastProgress = started.uptimeNanoseconds
        try Self.orderedMap(inputs, jobs: options.jobs, size: Self.size(of:), process: { item in
            Self.process(item, processor: processor, previous: previous)
        }) { index, result in
            try writer.append(result.emitted)
            switch result.kind {
            case .ok: summary.processed += 1
            case .failed: summary.failed += 1
            case .skipped: summary.skipped += 1
            }
            if result.reused { summary.reused += 1 }
            summary.bytes += result.bytes
            if let message = result.emitted.message {
                summary.messages.append(message)
                reportMessage(message)
            }
            summary.mentions += result.mentionCount
            if let progress {
                // A terminal redraw per file would cost more than a small file takes: ten a second.
                let now = DispatchTime.now().uptimeNanoseconds
                if now - lastProgress >= 100_000_000 || index == inputs.count - 1 {
                    lastProgress = now
                    progress(BatchProgress(done: index + 1, total: inputs.count, bytes: summary.bytes, failed: summary.failed,
                                           elapsed: Double(now - started.uptimeNanoseconds) / 1e9))
                }
            }
        }
        try writer.commit()
        return summary
    }

    /// How far workers may run ahead of the writer: up to four documents per job while those hold
    /// less than `aheadBytes` of input, and always one document per job — otherwise files of 10 MB
    /// would run one at a time whatever `--jobs` says. Memory stays bounded by the largest files
    /// times the jobs, not by the number of files.
    static let aheadBytes = 16 << 20

    /// Whether a worker may start the document `ahead` places past the next one to be written,
    /// when the documents started and not yet written hold `bytesAhead` bytes of input.
    static func mayStart(ahead: Int, bytesAhead: Int, jobs: Int) -> Bool {
        if ahead < jobs { return true }
        return ahead < jobs * 4 && bytesAhead < aheadBytes
    }

    /// Maps `items` with `process` on up to `jobs` threads and hands each result to `write` in the
    /// order of `items`, one call at a time. The worker that finishes the next item to be written
    /// writes it (and whatever is ready after it), so no thread waits on a separate writer and the
    /// writing is spread over the cores. `size` weighs an item (its input bytes) for the bound on
    /// how far workers run ahead of the writing. An error thrown by `write` stops the workers and
    /// is rethrown once they have finished their current item.
    static func orderedMap<T: Sendable, R: Sendable>(
        _ items: [T], jobs: Int, size: @escaping @Sendable (T) -> Int, process: @escaping @Sendable (T) -> R,
        write: (Int, R) throws -> Void
    ) throws {
        if jobs <= 1 || items.count <= 1 {
            for (i, item) in items.enumerated() { try write(i, process(item)) }
            return
        }
        try withoutActuallyEscaping(write) { write in
            // Calls to `write` are serialized by the queue's lock, one writer at a time. The box is
            // emptied before returning: a finished Thread object may outlive this call, and must
            // not keep the caller's closure.
            let writer = WriteHandle(write)
            defer { writer.write = nil }
            let queue = OrderedQueue<R>(count: items.count, jobs: jobs)
            // Threads of our own rather than Dispatch's shared pool: workers block on the queue,
            // and a pool already busy with other work (a test runner, the caller's tasks) would
            // run them one after another.
            let group = DispatchGroup()
            for _ in 0..<min(jobs, items.count) {
                group.enter()
                let thread = Thread {
                    while let i = queue.nextToStart(weighing: { size(items[$0]) }) {
                        queue.finish(i, process(items[i]), write: writer.write!)
                    }
                    group.leave()
                }
                thread.stackSize = 8 << 20
                thread.start()
            }
            group.wait()
            if let failure = queue.failure { throw failure }
        }
    }

    /// `items` mapped with `body` on up to `jobs` threads, results in the order of `items` (the
    /// report and the diff run their documents through this).
    public static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int,
                                                            _ body: @escaping @Sendable (T) -> R) -> [R] {
        var results: [R] = []
        results.reserveCapacity(items.count)
        // Nothing here throws: `write` only collects.
        try! orderedMap(items, jobs: jobs, size: { _ in 0 }, process: body) { _, result in results.append(result) }
        return results
    }

    /// The size of an input file (0 for standard input and for what cannot be read).
    static func size(of item: InputItem) -> Int {
        guard case .file(let path) = item, path != "-" else { return 0 }
        // Called under the queue's lock, once per file: a plain stat, not FileManager's attribute dictionary.
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
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
            if path != "-", let previous, let entry = previous.entry(for: path), case .success(let raw) = bytes,
               raw.count == entry.bytes, SHA256.hex(raw) == entry.sha256 {
                let old = previous.lines(of: entry)
                let emitted = EmittedDocument(document: old.document, sentences: old.sentences, mentions: old.mentions,
                                              failed: false, message: nil)
                return ItemResult(emitted: emitted, kind: .ok, mentionCount: emitted.mentionCount, bytes: size, reused: true)
            }
            let emitted = processor.emit(path: path, bytes: bytes)
            return ItemResult(emitted: emitted, kind: emitted.failed ? .failed : .ok, mentionCount: emitted.mentionCount, bytes: size)
        }
    }

    /// The bytes of one input (`-` is standard input), or why they cannot be had.
    public static func readBytes(_ path: String) -> Result<[UInt8], SourceError> {
        if path == "-" {
            return .success(Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                return .failure(.unreadable(path: path, reason: "permission denied"))
            }
            return .failure(.notFound(path: path))
        }
        return readFile(path)
    }

    /// The whole file with `read(2)` into one array. Not mapped: unmapping a file in a process
    /// whose other threads run on other cores interrupts them all (a TLB shootdown per file), which
    /// cost a tenth of the CPU time of a folder of small files with two jobs.
    static func readFile(_ path: String) -> Result<[UInt8], SourceError> {
        func failed(_ code: Int32) -> Result<[UInt8], SourceError> {
            .failure(.unreadable(path: path, reason: String(cString: strerror(code))))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return failed(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failed(errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(path: path, reason: "it is a folder")) }
        // Read what fstat announced in one go, then whatever the file grew by since.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0)) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let n = read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                initialized += n
            }
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while failure == 0 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { failure = errno; break }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        if failure != 0 { return failed(failure) }
        return .success(bytes)
    }
}

/// The hand-over between `orderedMap`'s workers: which item starts next, the results not yet
/// written, who is writing, and how much input the items started and not yet written hold. A
/// worker sleeps only when it may not start another item; nobody waits for a writer thread.
final class OrderedQueue<R>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let jobs: Int
    private var started = 0
    private var written = 0
    private var bytesAhead = 0
    private var stopped = false
    private var weights: [Int: Int] = [:]
    private var done: [Int: R] = [:]
    private var workersWaiting = 0
    private var writing = false
    private var firstFailure: (any Error)? = nil

    init(count: Int, jobs: Int) {
        self.count = count
        self.jobs = jobs
    }

    /// The next item to process, waiting while workers are far enough ahead; nil when there is none.
    /// `weighing` gives an item's input bytes, counted until it is written (under the lock, so that
    /// two workers never both pass the bound on the same count).
    func nextToStart(weighing: (Int) -> Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, started < count,
              !BatchRunner.mayStart(ahead: started - written, bytesAhead: bytesAhead, jobs: jobs) {
            workersWaiting += 1
            condition.wait()
            workersWaiting -= 1
        }
        guard !stopped, started < count else { return nil }
        let index = started
        started += 1
        let bytes = weighing(index)
        weights[index] = bytes
        bytesAhead += bytes
        return index
    }

    /// Stores item `index`'s result; if it is the next to be written and nobody is writing, writes
    /// it and every result ready after it, outside the lock.
    func finish(_ index: Int, _ result: R, write: (Int, R) throws -> Void) {
        condition.lock()
        done[index] = result
        guard !writing, firstFailure == nil, index == written else {
            condition.unlock()
            return
        }
        writing = true
        while firstFailure == nil, let next = done.removeValue(forKey: written) {
            let at = written
            condition.unlock()
            var thrown: (any Error)? = nil
            do { try write(at, next) } catch { thrown = error }
            condition.lock()
            if let thrown {
                firstFailure = thrown
                stopped = true
            }
            bytesAhead -= weights.removeValue(forKey: at) ?? 0
            written = at + 1
            if workersWaiting > 0 { condition.broadcast() }
        }
        writing = false
        condition.unlock()
    }

    /// The error a `write` threw, which stopped the batch.
    var failure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return firstFailure
    }
}

/// `orderedMap`'s write callback, shared with its worker threads (which call it one at a time,
/// serialized by `OrderedQueue`).
final class WriteHandle<R>: @unchecked Sendable {
    var write: ((Int, R) throws -> Void)?
    init(_ write: @escaping (Int, R) throws -> Void) { self.write = write }
}
