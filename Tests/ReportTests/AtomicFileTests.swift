import Foundation
import Testing
@testable import Report

@Suite struct AtomicFileTests {
    @Test func writesReplacesAndLeavesNoTemporary() throws {
        let dir = try Support.temporaryDirectory("atomic")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("sub/report.html").path
        try AtomicFile.write("첫째", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "첫째")
        try AtomicFile.write("둘째", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "둘째")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path) == ["report.html"])
    }

    /// A folder where the file should go: an error naming the path, the folder untouched.
    @Test func failureNamesTheFileAndCleansUp() throws {
        let dir = try Support.temporaryDirectory("atomic-fail")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.html").path
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        #expect(throws: ReportError.self) { try AtomicFile.write("x", to: path) }
        do { try AtomicFile.write("x", to: path) } catch { #expect("\(error)".contains(path)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.html"])
    }

    /// A missing input becomes a failed entry naming it; the others are still in the page.
    @Test func missingInputIsReportedAndTheOthersKept() {
        let (entries, html) = Support.report([Support.corpus + "/000_d8cb390a4dd66de0.txt", "/nonexistent/가.txt"])
        #expect(entries.count == 2)
        guard case .failed(let path, let message) = entries[1] else { Issue.record("expected a failure"); return }
        #expect(path == "/nonexistent/가.txt" && message.contains("/nonexistent/가.txt"))
        #expect(html.contains("<section class=\"doc failed\" id=\"doc-1\""))
        #expect(html.contains("<section class=\"doc\" id=\"doc-0\""))
    }
}
