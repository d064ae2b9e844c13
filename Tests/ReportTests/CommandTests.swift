import Foundation
import TestSupport
import Testing

/// `kpolicy report` as a user runs it: exit status, the page written, the previous page kept on a
/// usage error.
@Suite struct CommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let run = try KPolicyCommand.run(arguments)
        return (run.status, run.stderr)
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
