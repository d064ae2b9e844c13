import Emit
import Foundation

/// What `kpolicy merge` did.
public struct MergeSummary: Sendable, Equatable {
    /// Lines written per output file name.
    public var lines: [String: Int] = [:]
}

/// A failure of `kpolicy merge`; nothing in the output folder has been changed.
public struct MergeError: Error, CustomStringConvertible {
    public let description: String
}

/// Combines the output folders of `kpolicy extract --shard K/N` runs into the bytes one run over
/// the whole input would have written.
///
/// A run writes each document's lines together, documents in the order of its inputs: for a
/// folder, sorted by path (bytes of the UTF-8). A shard's run writes a subsequence of that order,
/// so the whole run's files are a k-way merge of the shards' files by the `doc` of each group of
/// lines, one file at a time (mentions, documents, sentences), streamed with bounded memory. The
/// JSON Lines files are the source of truth: other output formats are to be regenerated from the
/// merged records, not merged themselves.
///
/// Refused (exit 1, outputs untouched): a folder without the three files, a `doc` present in two
/// folders (overlapping shards, or the same folder twice), and a folder whose documents are not in
/// path order (a run over several PATH arguments not given in sorted order: its order cannot be
/// recovered from the records).
public enum ShardMerge {
    public static let outputNames = ["mentions.jsonl", "documents.jsonl", "sentences.jsonl"]

    /// The temporary files a merge in progress writes in `directory` (removed on interrupt).
    public static func temporaryPaths(in directory: String) -> [String] {
        outputNames.map { temporaryPath(for: $0, in: directory) }
    }

    static func temporaryPath(for name: String, in directory: String) -> String {
        (directory as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).merge.tmp")
    }

    public static func merge(_ folders: [String], into outDirectory: String) throws -> MergeSummary {
        guard !folders.isEmpty else { throw MergeError(description: "no folders to merge") }
        for folder in folders {
            for name in outputNames {
                let path = (folder as NSString).appendingPathComponent(name)
                guard FileManager.default.isReadableFile(atPath: path) else {
                    throw MergeError(description: "\(path): missing or unreadable; is \(folder) the output folder of kpolicy extract?")
                }
            }
        }
        try FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
        var summary = MergeSummary()
        var written: [String] = []
        do {
            for name in outputNames {
                let temporary = temporaryPath(for: name, in: outDirectory)
                written.append(temporary)
                summary.lines[name] = try mergeFile(folders.map { ($0 as NSString).appendingPathComponent(name) }, to: temporary)
            }
            for name in outputNames {
                let final = (outDirectory as NSString).appendingPathComponent(name)
                if rename(temporaryPath(for: name, in: outDirectory), final) != 0 {
                    throw MergeError(description: "cannot move \(temporaryPath(for: name, in: outDirectory)) to \(final)")
                }
            }
        } catch {
            for path in written { unlink(path) }
            throw error
        }
        return summary
    }

    /// One file of every folder → `destination`; returns the number of lines written.
    static func mergeFile(_ paths: [String], to destination: String) throws -> Int {
        var sources = try paths.map { try GroupedLines(path: $0) }
        defer { for s in sources { s.close() } }
        guard let output = FileSink(path: destination) else { throw MergeError(description: "cannot write \(destination)") }
        var lines = 0
        while true {
            var best: Int? = nil
            for i in sources.indices {
                guard let key = sources[i].key else { continue }
                if let b = best {
                    let other = sources[b].key!
                    if key == other {
                        throw MergeError(description: "doc \(String(decoding: key, as: UTF8.self)) is in both \(sources[b].path) and \(sources[i].path): the folders overlap")
                    }
                    if key.lexicographicallyPrecedes(other) { best = i }
                } else {
                    best = i
                }
            }
            guard let b = best else { break }
            lines += try sources[b].copyGroup(to: output)
        }
        try output.finish()
        return lines
    }
}

extension ShardMerge {
    /// Lays the merged JSON Lines in `directory` out again through `OutputSet`, one document at a
    /// time, in `formats` (CSV and SQLite are built from those lines, as in one run) and with
    /// `manifest` written last, so the folder holds exactly what one run would have written.
    public static func reemit(in directory: String, formats: [OutputFormat], byteOrderMark: Bool, manifest: Manifest) throws {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        var documents = try GroupedLines(path: path("documents.jsonl"))
        var sentences = try GroupedLines(path: path("sentences.jsonl"))
        var mentions = try GroupedLines(path: path("mentions.jsonl"))
        defer { documents.close(); sentences.close(); mentions.close() }
        let outputs = try OutputSet(directory: directory, formats: formats, byteOrderMark: byteOrderMark, manifest: manifest)
        do {
            while let key = documents.key {
                let document = try documents.takeGroup()
                let sentenceLines = sentences.key == key ? try sentences.takeGroup() : []
                let mentionLines = mentions.key == key ? try mentions.takeGroup() : []
                try outputs.write(document: document, sentences: sentenceLines, mentions: mentionLines)
            }
            try outputs.commit()
        } catch {
            outputs.discard()
            throw error
        }
    }
}

/// A JSON Lines output file read as groups of consecutive lines with the same `doc`.
struct GroupedLines {
    let path: String
    private var reader: LineReader
    private let descriptor: Int32
    /// The `doc` of the next group (UTF-8), nil at the end.
    private(set) var key: [UInt8]?
    private var pending: [UInt8]?
    private var lineNumber = 0

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw MergeError(description: "\(path): cannot open (errno \(errno))") }
        descriptor = fd
        reader = LineReader(fileDescriptor: fd, limit: Int.max)
        try advance()
    }

    func close() { _ = Foundation.close(descriptor) }

    private mutating func advance() throws {
        guard case .line(let line)? = try reader.next() else {
            pending = nil
            key = nil
            return
        }
        lineNumber += 1
        guard let doc = Self.doc(of: line) else {
            throw MergeError(description: "\(path):\(lineNumber): not a kpolicy record (it does not start with {\"doc\":…)")
        }
        pending = line
        key = doc
    }

    /// Copies every line of the current group; checks that the next group comes later in path order.
    mutating func copyGroup(to sink: FileSink) throws -> Int {
        guard let current = key else { return 0 }
        var count = 0
        while let line = pending, key == current {
            try sink.write(line)
            try sink.write([0x0A])
            count += 1
            try advance()
        }
        if let next = key, next.lexicographicallyPrecedes(current) {
            throw MergeError(description: "\(path):\(lineNumber): doc \(String(decoding: next, as: UTF8.self)) comes after \(String(decoding: current, as: UTF8.self)), not in path order; merge reproduces runs over one folder (or PATH arguments in sorted order) only")
        }
        return count
    }

    /// The lines of the current group, each with its newline.
    mutating func takeGroup() throws -> [UInt8] {
        guard let current = key else { return [] }
        var bytes: [UInt8] = []
        while let line = pending, key == current {
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
            try advance()
        }
        return bytes
    }

    /// The `doc` value of a record line `{"doc":"…",…}`, as UTF-8 (escapes decoded).
    static func doc(of line: [UInt8]) -> [UInt8]? {
        let prefix = Array("{\"doc\":\"".utf8)
        guard line.starts(with: prefix) else { return nil }
        var i = prefix.count
        var escaped = false
        while i < line.count, line[i] != 0x22 {
            if line[i] == 0x5C { escaped = true; i += 1 }
            i += 1
        }
        guard i < line.count else { return nil }
        let raw = Array(line[(prefix.count - 1)...i])
        if !escaped { return Array(raw.dropFirst().dropLast()) }
        guard let s = (try? JSONSerialization.jsonObject(with: Data(raw), options: [.fragmentsAllowed])) as? String else { return nil }
        return Array(s.utf8)
    }
}

/// Buffered writes to a new file.
final class FileSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    init?(path: String) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor < 0 { return nil }
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw MergeError(description: "write failed (errno \(errno))")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        try flush()
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw MergeError(description: "fsync failed (errno \(errno))") }
        closed = true
        _ = close(descriptor)
    }

    deinit { if !closed { _ = close(descriptor) } }
}
