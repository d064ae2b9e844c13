import Dispatch
import Foundation
import Normalize
import Pipeline
import SourceText

/// Runs the pipeline over the inputs in-process and keeps what the page needs of each document.
public struct ReportBuilder: Sendable {
    public let pipeline: PipelineOptions
    public let jobs: Int

    public init(pipeline: PipelineOptions, jobs: Int = 1) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    /// One entry per input, in input order whatever `jobs` is.
    public func entries(for inputs: [InputItem]) -> [ReportEntry] {
        let processor = DocumentProcessor(options: pipeline)
        return BatchRunner.parallelMap(inputs, jobs: jobs) { Self.entry(for: $0, processor: processor) }
    }

    static func entry(for item: InputItem, processor: DocumentProcessor) -> ReportEntry {
        switch item {
        case .failure(let path, let message): return .failed(path: path, message: message)
        case .skipped(let path, let message): return .skipped(path: path, message: message)
        case .file(let path):
            switch decode(path: path, processor: processor) {
            case .failure(let error): return .failed(path: path, message: error.description)
            case .success(let source): return .document(ReportDocument(processor.analyze(source)))
            }
        }
    }

    /// Reads and decodes one file the way `kpolicy extract` does (HTML by its charset rules, text
    /// as UTF-8 or a detected Korean legacy encoding), refusing files over `maxBytes`.
    static func decode(path: String, processor: DocumentProcessor) -> Result<SourceFile, SourceError> {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard FileManager.default.fileExists(atPath: path) else { return .failure(.notFound(path: path)) }
            guard FileManager.default.isReadableFile(atPath: path),
                  let data = FileManager.default.contents(atPath: path) else {
                return .failure(.unreadable(path: path, reason: "permission denied or not a regular file"))
            }
            bytes = Array(data)
        }
        let maxBytes = processor.options.maxBytes
        return processor.format(forPath: path) is HTMLFormat
            ? HTMLCharset.decode(path: path, bytes: bytes, maxBytes: maxBytes)
            : SourceDecoder.decode(path: path, bytes: bytes, maxBytes: maxBytes)
    }
}

/// Writes a page so that readers never see half of it: into a temporary file in the same folder,
/// then renamed over the target (a rename within one file system is atomic).
public enum AtomicFile {
    /// The temporary file this process uses for `path` (removed on interrupt by the command).
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
    }

    public static func write(_ text: String, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = temporaryPath(for: path)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else {
                throw ReportError(message: "cannot move \(temporary) to \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            if error is ReportError { throw error }
            throw ReportError(message: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// A failure to write the report, naming the file.
public struct ReportError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
