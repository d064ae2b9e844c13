import Foundation
import XCTest
@testable import Diff
import Pipeline

final class SeriesTests: XCTestCase {
    /// The two series of Corpus/003 (fixture output folder with seriesId added by hand): each reported
    /// older → newer, in document order, delta and ratio worked out by hand.
    func testSeriesSteps() throws {
        let side = Support.load(Support.fixture("series"))
        XCTAssertEqual(side.failures, [])
        let steps = SeriesDiff.changes(in: side)
        XCTAssertEqual(steps.map(ExpectedFigure.init), [
            ExpectedFigure(status: "changed", type: "money", old: "63:8,295억원", new: "63:8,272억원"),
            ExpectedFigure(status: "changed", type: "money", old: "312:8,129억원", new: "312:8,295억원"),
        ])
        XCTAssertEqual(steps.map(\.delta), ["-2300000000", "16600000000"])
        XCTAssertEqual(steps.map(\.ratio), ["0.9972", "1.0204"])
        XCTAssertEqual(steps.map(\.key), ["series=s48", "series=s241"])
        let table = DiffWriter.table(steps, oldLabel: "a", newLabel: "b")
        XCTAssertTrue(table.contains("('24) 8,295억원 → ('25) 8,272억원"), table)
        XCTAssertTrue(table.contains("('23) 8,129억원 → ('24) 8,295억원"), table)
    }

    /// Members out of date order in the text are still reported oldest first.
    func testSeriesSortedByDate() throws {
        let lines = [
            #"{"doc":"d.txt","type":"count","text":"10개","line":5,"sentence":0,"value":10,"unit":"개","seriesId":"k","seriesDate":"2025"}"#,
            #"{"doc":"d.txt","type":"count","text":"6개","line":5,"sentence":0,"value":6,"unit":"개","seriesId":"k","seriesDate":"2024"}"#,
            #"{"doc":"d.txt","type":"count","text":"6개","line":9,"sentence":1,"value":6,"unit":"개"}"#,
        ]
        var document = DiffDocument(path: "d.txt", relativePath: "d.txt")
        DiffInputLoader.fill(&document, mentions: try lines.map(RecordReader.object), sentences: [])
        let steps = SeriesDiff.changes(in: DiffSide(label: "d.txt", documents: [document]))
        XCTAssertEqual(steps.map(ExpectedFigure.init), [ExpectedFigure(status: "changed", type: "count", old: "5:6개", new: "5:10개")])
        XCTAssertEqual(steps.first?.delta, "4")
    }
}

final class InputTests: XCTestCase {
    /// An earlier output folder diffs like the document it was made from; reference dates come from
    /// documents.jsonl beside mentions.jsonl.
    func testOutputFolderAsOldSide() throws {
        let out = try Support.temporaryDirectory("outfolder")
        defer { try? FileManager.default.removeItem(at: out) }
        let old = Support.fixture("reissue/old.txt")
        let runner = BatchRunner(options: BatchOptions(outDirectory: out.path, jobs: 1, pipeline: PipelineOptions()))
        _ = try runner.run(inputs: InputCollector.collect([old])) { _ in }
        let fromFolder = Support.load(out.path)
        XCTAssertEqual(fromFolder.failures, [])
        XCTAssertEqual(fromFolder.documents.map(\.referenceDate), ["2025-05-28T11:00"])
        let new = Support.load(Support.fixture("reissue/new.txt"))
        let viaFolder = FigureDiffer.diff(old: fromFolder, new: new).map(ExpectedFigure.init)
        let direct = FigureDiffer.diff(old: Support.load(old), new: new).map(ExpectedFigure.init)
        XCTAssertEqual(viaFolder, direct)
        XCTAssertEqual(viaFolder.count, 88)
    }

    /// Folders pair their documents by relative path; a document only NEW has is all added; the
    /// output is the same for one job or two, and on a rerun.
    func testFoldersPairByPathAndAreDeterministic() throws {
        let root = try Support.temporaryDirectory("folders")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for side in ["OLD", "NEW"] { try fm.createDirectory(at: root.appendingPathComponent(side), withIntermediateDirectories: true) }
        func copy(_ fixture: String, _ to: String) throws {
            try fm.copyItem(atPath: Support.fixture(fixture), toPath: root.appendingPathComponent(to).path)
        }
        try copy("reissue/old.txt", "OLD/a.txt")
        try copy("budget-year/old.txt", "OLD/b.txt")
        try copy("reissue/new.txt", "NEW/a.txt")
        try copy("budget-year/new.txt", "NEW/b.txt")
        try copy("series/README.md", "NEW/notes.md")   // not a document: skipped, not an error
        try "올해 예산은 35억 원이다.\n".write(to: root.appendingPathComponent("NEW/c.txt"), atomically: true, encoding: .utf8)
        func run(jobs: Int) -> [UInt8] {
            let old = Support.load(root.appendingPathComponent("OLD").path, jobs: jobs)
            let new = Support.load(root.appendingPathComponent("NEW").path, jobs: jobs)
            XCTAssertEqual(old.failures + new.failures, [])
            return DiffWriter.jsonl(FigureDiffer.diff(old: old, new: new))
        }
        let one = run(jobs: 1)
        XCTAssertEqual(one, run(jobs: 2))
        XCTAssertEqual(one, run(jobs: 1))
        let changes = FigureDiffer.diff(old: Support.load(root.appendingPathComponent("OLD").path),
                                        new: Support.load(root.appendingPathComponent("NEW").path))
        XCTAssertEqual(DiffSummary(changes), {
            var s = DiffSummary([])
            // reissue: 88 expected figures, 4 changed, 2 added, 3 removed, so 79 same; budget-year: 12 changed,
            // 1 added, 1 removed; c.txt: 1 added.
            s.changed = 4 + 12; s.added = 2 + 1 + 1; s.removed = 3 + 1; s.same = 79
            return s
        }())
        let c = try XCTUnwrap(changes.first { $0.new?.doc.hasSuffix("NEW/c.txt") == true })
        XCTAssertEqual(c.status, .added)
        XCTAssertEqual(c.new?.value, "3500000000")
    }

    func testMissingInputIsAFailureNamingIt() {
        let side = Support.load("/nonexistent/kpolicy/old.txt")
        XCTAssertEqual(side.documents.count, 0)
        XCTAssertEqual(side.failures, ["/nonexistent/kpolicy/old.txt: no such file or folder"])
    }

    func testBrokenOutputFolderNamesFileAndLine() throws {
        let out = try Support.temporaryDirectory("broken")
        defer { try? FileManager.default.removeItem(at: out) }
        try "{\"doc\":\"a.txt\",\"type\":\"money\"}\n{\"doc\":\n".write(to: out.appendingPathComponent("mentions.jsonl"), atomically: true, encoding: .utf8)
        let side = Support.load(out.path)
        XCTAssertEqual(side.failures.count, 1)
        XCTAssertTrue(side.failures[0].contains("mentions.jsonl line 2"), side.failures[0])
    }
}

final class CommandLineTests: XCTestCase {
    /// `--format html`: the report's side-by-side page, one row per figure with its status, the
    /// same statuses as the JSON Lines (12 changed, 1 added, 1 removed in last year's budget pair).
    func testHTMLPage() throws {
        let old = "Tests/Fixtures/diff/budget-year/old.txt", new = "Tests/Fixtures/diff/budget-year/new.txt"
        let run = try Support.run(["diff", old, new, "--format", "html"])
        XCTAssertEqual(run.status, 0, run.err)
        let page = String(decoding: run.out, as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"), String(page.prefix(40)))
        func rows(_ status: String) -> Int { page.components(separatedBy: "data-status=\"\(status)\"").count - 1 }
        XCTAssertEqual([rows("changed"), rows("added"), rows("removed"), rows("same")], [12, 1, 1, 0])
        XCTAssertTrue(page.contains("2408억 원") && page.contains("2685억 원"))
    }

    func testExitCodes() throws {
        let old = "Tests/Fixtures/diff/budget-year/old.txt", new = "Tests/Fixtures/diff/budget-year/new.txt"
        let ok = try Support.run(["diff", old, new, "--format", "jsonl"])
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertEqual(String(decoding: ok.out, as: UTF8.self).split(separator: "\n").count, 14)

        for usage in [["diff", old], ["diff", "--series", old, new], ["diff", old, new, "--format", "xml"],
                      ["diff", old, new, "--types", "money,org"]] {
            XCTAssertEqual(try Support.run(usage).status, 2, usage.joined(separator: " "))
        }
        let missing = try Support.run(["diff", "Tests/Fixtures/diff/nothing-here.txt", new])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("Tests/Fixtures/diff/nothing-here.txt: no such file or folder"), missing.err)
        XCTAssertEqual(missing.out.count, 0)   // not a diff in which every figure looks added

        // A folder with one unreadable document: the others are still compared, and the status is 1.
        let dir = try Support.temporaryDirectory("cli-partial")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Support.fixture("budget-year/new.txt"), toPath: dir.appendingPathComponent("new.txt").path)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let partial = try Support.run(["diff", old, dir.path, "--format", "jsonl"])
        XCTAssertEqual(partial.status, 1)
        XCTAssertTrue(partial.err.contains("empty.txt: the file is empty"), partial.err)
        XCTAssertEqual(String(decoding: partial.out, as: UTF8.self).split(separator: "\n").count, 14)

        let series = try Support.run(["diff", "--series", "Tests/Fixtures/diff/series"])
        XCTAssertEqual(series.status, 0, series.err)
        XCTAssertTrue(String(decoding: series.out, as: UTF8.self).contains("('24) 8,295억원 → ('25) 8,272억원"))
    }

    func testOutFileIsWhatStandardOutputWouldBe() throws {
        let dir = try Support.temporaryDirectory("cli-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("diff.csv").path
        let args = ["diff", "Tests/Fixtures/diff/reissue/old.txt", "Tests/Fixtures/diff/reissue/new.txt", "--format", "csv", "--hide-same"]
        let toFile = try Support.run(args + ["--out", file])
        XCTAssertEqual(toFile.status, 0, toFile.err)
        XCTAssertEqual(toFile.out.count, 0)
        let stdout = try Support.run(args)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), stdout.out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["diff.csv"])   // no temporary left
        // 4 changed + 2 added + 3 removed, plus the header.
        XCTAssertEqual(String(decoding: stdout.out, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 10)
    }
}

final class DocumentPairingTests: XCTestCase {
    /// Two folders whose file names say nothing: each release pairs with its other version by text.
    func testPairsByTextWhenNamesDiffer() throws {
        let root = try Support.temporaryDirectory("pairing")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for side in ["2025", "2026"] { try fm.createDirectory(at: root.appendingPathComponent(side), withIntermediateDirectories: true) }
        for (fixture, to) in [("budget-year/old.txt", "2025/r1.txt"), ("reissue/old.txt", "2025/r2.txt"),
                              ("reissue/new.txt", "2026/a.txt"), ("budget-year/new.txt", "2026/b.txt")] {
            try fm.copyItem(atPath: Support.fixture(fixture), toPath: root.appendingPathComponent(to).path)
        }
        let old = Support.load(root.appendingPathComponent("2025").path)
        let new = Support.load(root.appendingPathComponent("2026").path)
        XCTAssertEqual(old.documents.map(\.relativePath), ["r1.txt", "r2.txt"])
        XCTAssertEqual(new.documents.map(\.relativePath), ["a.txt", "b.txt"])
        XCTAssertEqual(DocumentPairing.pair(old: old.documents, new: new.documents), [0: 1, 1: 0])
    }
}

final class TableLabelTests: XCTestCase {
    /// Records carrying the extractor's table labels: cells pair by row and by column header, the
    /// header's year left out (`'24년 투자규모` is last year's `'25년 투자규모`).
    func testCellsPairByRowAndColumnHeader() throws {
        func document(_ path: String, _ lines: [String]) throws -> DiffDocument {
            var d = DiffDocument(path: path, relativePath: path)
            DiffInputLoader.fill(&d, mentions: try lines.map(RecordReader.object), sentences: [])
            return d
        }
        let old = try document("2024.txt", [
            #"{"doc":"2024.txt","type":"money","text":"1,302","line":22,"value":130200000000,"currency":"KRW","rowLabel":"AI 팩토리","columnLabel":"총 투자규모(억원)"}"#,
            #"{"doc":"2024.txt","type":"money","text":"512","line":22,"value":51200000000,"currency":"KRW","rowLabel":"AI 팩토리","columnLabel":"'24년 투자규모(억원)"}"#,
            #"{"doc":"2024.txt","type":"money","text":"88","line":34,"value":8800000000,"currency":"KRW","rowLabel":"스마트공장","columnLabel":"'24년 투자규모(억원)"}"#,
        ])
        let new = try document("2025.txt", [
            #"{"doc":"2025.txt","type":"money","text":"1,516","line":77,"value":151600000000,"currency":"KRW","rowLabel":"AI팩토리","columnLabel":"총 투자규모(억원)"}"#,
            #"{"doc":"2025.txt","type":"money","text":"627","line":77,"value":62700000000,"currency":"KRW","rowLabel":"AI팩토리","columnLabel":"'25년 투자규모(억원)"}"#,
            #"{"doc":"2025.txt","type":"money","text":"216","line":89,"value":21600000000,"currency":"KRW","rowLabel":"AI 반도체","columnLabel":"'25년 투자규모(억원)"}"#,
        ])
        let changes = FigureDiffer.diff(old: DiffSide(label: "2024", documents: [old]), new: DiffSide(label: "2025", documents: [new]))
        XCTAssertEqual(changes.map(ExpectedFigure.init), [
            ExpectedFigure(status: "changed", type: "money", old: "22:1,302", new: "77:1,516"),
            ExpectedFigure(status: "changed", type: "money", old: "22:512", new: "77:627"),
            ExpectedFigure(status: "added", type: "money", old: nil, new: "89:216"),
            ExpectedFigure(status: "removed", type: "money", old: "34:88", new: nil),
        ])
        XCTAssertEqual(changes[1].key, "row=AI팩토리, column='25년 투자규모(억원)")
    }
}
