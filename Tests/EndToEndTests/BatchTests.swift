import Foundation
import Testing
@testable import Pipeline

@Suite struct BadInputTests {
    /// A folder of broken inputs beside one good file: every bad one becomes an error record that
    /// names it, the good one is still extracted, and nothing is left half-written.
    @Test func badInputsAreReportedAndTheBatchGoesOn() throws {
        let dir = try Support.temporaryDirectory("bad-input")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("nothing-here"), withIntermediateDirectories: true)
        try Data("산업부는 올해 2조 원을 투입한다.\n".utf8).write(to: inputs.appendingPathComponent("a-good.txt"))
        try Data().write(to: inputs.appendingPathComponent("b-empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]).write(to: inputs.appendingPathComponent("c-binary.txt"))
        try Data(Array("caf".utf8) + [0xE9] + Array(" au lait, mais pas de cor".utf8)).write(to: inputs.appendingPathComponent("d-latin1.txt"))
        try Data(repeating: 0x61, count: 5000).write(to: inputs.appendingPathComponent("e-huge.txt"))
        try Data("# notes".utf8).write(to: inputs.appendingPathComponent("f-notes.md"))
        let missing = dir.appendingPathComponent("missing.txt").path
        let emptyFolder = inputs.appendingPathComponent("nothing-here").path

        let out = dir.appendingPathComponent("out")
        let runner = BatchRunner(options: BatchOptions(outDirectory: out.path, jobs: 2, pipeline: PipelineOptions(maxBytes: 4096)))
        var messages: [String] = []
        let summary = try runner.run(inputs: InputCollector.collect([inputs.path, missing, emptyFolder])) { messages.append($0) }

        #expect(summary.processed == 1)
        #expect(summary.failed == 6)   // empty, binary, latin1, huge, missing, empty folder
        #expect(summary.skipped == 1)  // notes.md

        let documents = try Support.jsonLines(out.appendingPathComponent("documents.jsonl"))
        func status(_ suffix: String) -> (String, String)? {
            documents.first { ($0["doc"] as! String).hasSuffix(suffix) }
                .map { ($0["status"] as! String, ($0["message"] as? String) ?? "") }
        }
        #expect(status("a-good.txt")?.0 == "ok")
        for name in ["b-empty.txt", "c-binary.txt", "d-latin1.txt", "e-huge.txt", "missing.txt", "nothing-here"] {
            let s = status(name)
            #expect(s?.0 == "error", "\(name)")
            #expect(s?.1.contains(name) == true, "the message names \(name): \(s?.1 ?? "none")")
        }
        #expect(status("f-notes.md")?.0 == "skipped")
        #expect(messages.count == 7)
        let mentions = try Support.jsonLines(out.appendingPathComponent("mentions.jsonl"))
        #expect(mentions.contains { ($0["doc"] as! String).hasSuffix("a-good.txt") })
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

@Suite struct DeterminismTests {
    @Test func rerunsAreByteIdenticalWhateverTheJobCount() throws {
        let dir = try Support.temporaryDirectory("determinism")
        defer { try? FileManager.default.removeItem(at: dir) }
        var outputs: [[Data]] = []
        for (i, jobs) in [1, 2, 2].enumerated() {
            let out = dir.appendingPathComponent("out\(i)")
            let runner = BatchRunner(options: BatchOptions(outDirectory: out.path, jobs: jobs, pipeline: PipelineOptions()))
            _ = try runner.run(inputs: InputCollector.collect([Support.corpus.path])) { _ in }
            outputs.append(try BatchRunner.outputNames.map { try Data(contentsOf: out.appendingPathComponent($0)) })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[1] == outputs[2])
        #expect(!outputs[0][0].isEmpty)
    }
}

@Suite struct CommandLineTests {
    @Test func exitStatusFollowsTheContract() throws {
        let dir = try Support.temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt")
        try Data("입력 2026-01-26 11:00\n정부가 올해 2685억 원을 투입한다.\n".utf8).write(to: good)

        let ok = try Support.run(["extract", good.path, "--out", dir.appendingPathComponent("o1").path, "--quiet"])
        #expect(ok.status == 0, "\(ok.stderr)")

        let missing = dir.appendingPathComponent("missing.txt").path
        let partial = try Support.run(["extract", good.path, missing, "--out", dir.appendingPathComponent("o2").path])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("missing.txt"))
        let docs = try Support.jsonLines(dir.appendingPathComponent("o2/documents.jsonl"))
        #expect(docs.count == 2)

        let usage = try Support.run(["extract", good.path, "--reference-date", "yesterday"])
        #expect(usage.status == 2)
        #expect(try Support.run(["frobnicate"]).status == 2)
        #expect(try Support.run(["extract"]).status == 2)
    }

    @Test func standardInputToStandardOutput() throws {
        let run = try Support.run(["extract", "-", "--out", "-", "--quiet", "--reference-date", "2025-05-28"],
                                  stdin: "산업부는 올해 445개 과제에 4,787억원을 투자한다.\n")
        #expect(run.status == 0, "\(run.stderr)")
        let records = try Support.jsonLines(run.stdout)
        #expect(records.allSatisfy { $0["doc"] as? String == "-" })
        #expect(records.contains { $0["type"] as? String == "money" && ($0["value"] as? NSNumber)?.int64Value == 478_700_000_000 })
    }

    @Test func standardInputAsHTML() throws {
        let page = "<html><body><nav><a href=\"/\">홈</a> <a href=\"/n\">뉴스 100개</a></nav><p>정부는 올해 <b>2조</b>&nbsp;원을 투입한다.</p></body></html>"
        let run = try Support.run(["extract", "-", "--format", "html", "--out", "-", "--quiet", "--reference-date", "2025-05-28"], stdin: page)
        #expect(run.status == 0, "\(run.stderr)")
        let records = try Support.jsonLines(run.stdout)
        let money = records.first { $0["type"] as? String == "money" }
        #expect(money?["text"] as? String == "2조 원")
        // The byte range covers `2조</b>&nbsp;원` in the page.
        let bytes = Array(page.utf8)
        if let start = money?["byteStart"] as? Int, let end = money?["byteEnd"] as? Int {
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == "2조</b>&nbsp;원")
        }
        #expect(!records.contains { $0["type"] as? String == "count" }, "the menu is not the article")
        #expect(try Support.run(["extract", "-", "--format", "pdf"]).status == 2)
    }

    @Test func segmentJSONLines() throws {
        let run = try Support.run(["segment", "--jsonl"], stdin: "{\"id\":\"a\",\"text\":\"첫 문장이다. 둘째 문장이다.\"}\n")
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(object["id"] as? String == "a")
        #expect(object["sentences"] as? [String] == ["첫 문장이다.", "둘째 문장이다."])
    }
}
