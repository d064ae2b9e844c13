import Foundation

/// The JSON Lines outputs of the previous run in `--out`, indexed by document, for `--incremental`.
///
/// The three files are scanned once in blocks and kept open; a reused document's lines are read
/// back with `pread` when needed. The index keeps one entry per document (its sha256, size and the
/// byte ranges of its lines), so memory does not grow with the number of records. A document's lines are contiguous in every file (outputs are written
/// document by document); a document whose lines are not, or that appears twice, is not reused.
public final class PreviousOutputs: @unchecked Sendable {
    /// What the previous run wrote for one document.
    public struct Entry: Sendable {
        public let sha256: String
        public let bytes: Int
        let document: Range<Int>
        var sentences: Range<Int>?
        var mentions: Range<Int>?
    }

    /// Open descriptors of the previous files (still readable after the new files replace them).
    private let files: [RecordKind: Int32]
    private var entries: [String: Entry] = [:]

    /// The previous outputs in `directory` if they can be reused under `manifest` (same version,
    /// options, and JSON Lines written); nil otherwise.
    public init?(directory: String, manifest: Manifest) {
        guard let previous = Manifest.read(in: directory), previous.version == manifest.version,
              previous.options == manifest.options, previous.formats.contains(OutputFormat.jsonl.rawValue) else { return nil }
        var files: [RecordKind: Int32] = [:]
        for kind in RecordKind.allCases {
            let path = (directory as NSString).appendingPathComponent(kind.rawValue + ".jsonl")
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                for opened in files.values { close(opened) }
                return nil
            }
            files[kind] = fd
        }
        self.files = files
        var broken = Set<String>()
        Self.eachLine(files[.documents]!) { line, range in
            guard let doc = Self.doc(of: line) else { return }
            guard let json = try? JSONValue.parse(line), case .string("ok")? = json["status"],
                  case .string(let sha)? = json["sha256"], case .number(let size)? = json["bytes"], let bytes = Int(size),
                  entries[doc] == nil else {
                broken.insert(doc)
                return
            }
            entries[doc] = Entry(sha256: sha, bytes: bytes, document: range)
        }
        for kind in [RecordKind.sentences, .mentions] {
            var last: String? = nil
            var done = Set<String>()
            Self.eachLine(files[kind]!) { line, range in
                guard let doc = Self.doc(of: line) else { return }
                if doc != last {
                    if let last { done.insert(last) }
                    if done.contains(doc) { broken.insert(doc) }
                    last = doc
                }
                guard var entry = entries[doc] else { return }
                let current = kind == .sentences ? entry.sentences : entry.mentions
                let merged = current.map { $0.lowerBound..<range.upperBound } ?? range
                if kind == .sentences { entry.sentences = merged } else { entry.mentions = merged }
                entries[doc] = entry
            }
        }
        for doc in broken { entries[doc] = nil }
    }

    deinit {
        for fd in files.values { close(fd) }
    }

    /// The previous entry of `doc`, if it was processed without error.
    public func entry(for doc: String) -> Entry? { entries[doc] }

    /// The previous lines of `entry`'s document, exactly as written.
    public func lines(of entry: Entry) -> (document: [UInt8], sentences: [UInt8], mentions: [UInt8]) {
        func bytes(_ kind: RecordKind, _ range: Range<Int>?) -> [UInt8] {
            guard let range, let fd = files[kind] else { return [] }
            var out = [UInt8](repeating: 0, count: range.count)
            var done = 0
            out.withUnsafeMutableBytes { buffer in
                while done < range.count {
                    let n = pread(fd, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                    if n <= 0 { break }
                    done += n
                }
            }
            return done == range.count ? out : []
        }
        return (bytes(.documents, entry.document), bytes(.sentences, entry.sentences), bytes(.mentions, entry.mentions))
    }

    /// Calls `body` with each line (without its `\n`) and its byte range including the `\n`,
    /// reading the file in blocks.
    static func eachLine(_ fd: Int32, _ body: (ArraySlice<UInt8>, Range<Int>) -> Void) {
        var pending: [UInt8] = []
        var pendingStart = 0
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while true {
            let n = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(offset)) }
            if n <= 0 { break }
            offset += n
            var lineStart = 0
            for i in 0..<n where block[i] == 0x0A {
                pending.append(contentsOf: block[lineStart..<i])
                body(pending[...], pendingStart..<pendingStart + pending.count + 1)
                pendingStart += pending.count + 1
                pending.removeAll(keepingCapacity: true)
                lineStart = i + 1
            }
            pending.append(contentsOf: block[lineStart..<n])
        }
        if !pending.isEmpty { body(pending[...], pendingStart..<pendingStart + pending.count) }
    }

    /// The `doc` of a record line: every record starts with it (`{"doc":"…"`).
    static func doc(of line: ArraySlice<UInt8>) -> String? {
        let prefix = Array("{\"doc\":".utf8)
        guard line.starts(with: prefix) else { return nil }
        var reader = JSONReader(bytes: Array(line.dropFirst(prefix.count)))
        guard reader.bytes.first == UInt8(ascii: "\"") else { return nil }
        return try? reader.string()
    }
}
