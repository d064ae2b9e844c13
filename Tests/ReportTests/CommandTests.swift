import Foundation
import Testing

/// `kpolicy report` as a user runs it: exit status, the page written, the previous page kept on a
/// usage error.
@Suite struct CommandTests {
    /// The built `kpolicy` executable beside the test bundle.
    static func executable() throws -> URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("kpolicy")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw CommandError(message: "kpolicy executable not found near \(Bundle.main.bundleURL.path)")
    }

    struct CommandError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func writesThePageAndReportsFailedInputs() throws {
        let dir = try Support.temporaryDirectory("command")
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("out/report.html").path
        let ok = try Self.run(["report", Support.corpus + "/004_0632d38f98d7f8af.txt", "--out", page])
        #expect(ok.status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("data-doc=\"\(Support.corpus)/004_0632d38f98d7f8af.txt\""))

        let missing = dir.appendingPathComponent("없는파일.txt").path
        let failed = try Self.run(["report", Support.corpus + "/004_0632d38f98d7f8af.txt", missing, "--out", page, "--quiet"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains(missing))
        let second = try String(contentsOfFile: page, encoding: .utf8)
        #expect(second.contains("<section class=\"doc failed\" id=\"doc-1\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path) == ["report.html"])

        let usage = try Self.run(["report", Support.corpus, "--out", page, "--reference-date", "2025-13-40"])
        #expect(usage.status == 2)
        #expect(try String(contentsOfFile: page, encoding: .utf8) == second, "a usage error leaves the page as it was")
    }
}
