import Foundation
import TestSupport

/// Paths and helpers shared by the end-to-end tests.
enum Support {
    static let packageRoot = TestPackage.root

    static let corpus: URL = packageRoot.appendingPathComponent("Corpus")

    static func corpusFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path }
    }

    static func temporaryDirectory(_ name: String) throws -> URL { try TestPackage.temporaryDirectory(name) }

    static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        try jsonLines(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// Each line of JSON Lines `text` as an object.
    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    /// The built `kpolicy` executable, or nil when there is none.
    static func executable() -> URL? { try? KPolicyCommand.executable() }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `kpolicy` with `arguments` and `stdin`, in `directory` (else the package root).
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
        let run = try KPolicyCommand.run(arguments, stdin: stdin, in: directory)
        return Run(status: run.status, stdout: run.stdoutText, stderr: run.stderr)
    }

    struct SupportError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
