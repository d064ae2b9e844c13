import Foundation

/// A file written under a temporary name beside its final path and renamed into place by
/// `commit()`, so readers never see half a file and an interrupted run leaves the old one.
/// Writes are buffered: records arrive as many small pieces.
final class AtomicFile {
    let finalPath: String
    let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    init(name: String, in directory: String) throws {
        finalPath = (directory as NSString).appendingPathComponent(name)
        temporaryPath = OutputFiles.temporaryPath(for: name, in: directory)
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw EmitError("cannot write \(temporaryPath)")
        }
        self.handle = handle
    }

    func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        // A large piece (a chunk of a spilled document) with nothing buffered goes out as it is.
        if buffer.isEmpty, bytes.underestimatedCount >= Self.flushSize,
           bytes.withContiguousStorageIfAvailable({ write(contiguous: $0) }) != nil {
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { write(contiguous: $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` from where they are: `Data(buffer)` copied every byte once more.
    private func write(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }

    /// Writes what is buffered, closes the file and renames it to its final name.
    func commit() throws {
        flush()
        try handle.synchronize()
        try handle.close()
        try OutputFiles.rename(temporaryPath, to: finalPath)
    }

    /// Drops the temporary file (a run that failed before commit).
    func discard() {
        try? handle.close()
        unlink(temporaryPath)
    }
}

/// The names of the output files and of their temporaries.
public enum OutputFiles {
    /// Every file a run may write in `--out`, whatever its formats.
    public static let all: [String] = OutputFormat.allCases.flatMap(\.fileNames) + [Manifest.fileName]

    /// The temporary file this process writes before renaming it to `name`.
    public static func temporaryPath(for name: String, in directory: String) -> String {
        (directory as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    /// Every temporary path a run in progress may leave in `directory` (SQLite's rollback journal
    /// included), for removal on interrupt.
    public static func temporaryPaths(in directory: String) -> [String] {
        all.map { temporaryPath(for: $0, in: directory) } + [temporaryPath(for: OutputFormat.sqliteFileName, in: directory) + "-journal"]
    }

    static func rename(_ from: String, to: String) throws {
        if Foundation.rename(from, to) != 0 {
            throw EmitError("cannot move \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }
}

/// The output formats of `kpolicy extract --format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case jsonl, csv, sqlite

    public static let sqliteFileName = "kpolicy.sqlite"

    /// The files this format writes in `--out`.
    public var fileNames: [String] {
        switch self {
        case .jsonl: return RecordKind.allCases.map { $0.rawValue + ".jsonl" }
        case .csv: return RecordKind.allCases.map { $0.rawValue + ".csv" }
        case .sqlite: return [Self.sqliteFileName]
        }
    }
}

/// A failure to write an output (not a bad input: those become error records).
public struct EmitError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
