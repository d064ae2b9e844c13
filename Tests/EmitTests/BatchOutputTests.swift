import Foundation
import Pipeline
import Testing
@testable import Emit

@Suite(.serialized) struct BatchOutputTests {
    static let allFiles = OutputFormat.allCases.flatMap(\.fileNames) + [Manifest.fileName]

    static func contents(_ out: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in allFiles { result[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
        return result
    }

    /// Every file, the SQLite database included, is byte-identical for `--jobs 1` and `--jobs 2`
    /// and on a rerun into the same folder (rows are inserted in output order and the indexes built
    /// after them, so SQLite lays out the same pages).
    @Test func everyFormatIsByteIdenticalAcrossJobsAndReruns() throws {
        let dir = try CorpusRun.temporaryDirectory("determinism")
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = dir.appendingPathComponent("one"), two = dir.appendingPathComponent("two")
        try CorpusRun.run([CorpusRun.corpus.path], out: one, jobs: 1)
        try CorpusRun.run([CorpusRun.corpus.path], out: two, jobs: 2)
        let first = try Self.contents(one)
        #expect(first == (try Self.contents(two)))
        try CorpusRun.run([CorpusRun.corpus.path], out: two, jobs: 2)
        #expect(first == (try Self.contents(two)))
        #expect(first["kpolicy.sqlite"]!.count > 100_000)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: two.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// Change one document, rerun with `--incremental`: the other documents are reused, the changed
    /// one is processed again, and every output equals that of a full run on the same inputs.
    @Test func incrementalRunEqualsAFullRun() throws {
        let dir = try CorpusRun.temporaryDirectory("incremental")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.copyItem(at: CorpusRun.corpus, to: inputs)
        let incremental = dir.appendingPathComponent("incremental"), full = dir.appendingPathComponent("full")

        let first = try CorpusRun.run([inputs.path], out: incremental, incremental: true)
        #expect(first.reused == 0)
        let changed = inputs.appendingPathComponent("001_d04139d0467bd119.txt")
        let text = try String(contentsOf: changed, encoding: .utf8)
        guard let firstBreak = text.firstIndex(of: "\n") else { Issue.record("no line break"); return }
        // A ministry's correction: one sentence added after the first line.
        try Data((text[...firstBreak] + "정부는 내년에 3,500억 원을 추가로 투입한다.\n" + text[text.index(after: firstBreak)...]).utf8).write(to: changed)
        // A new document too: it has no previous records.
        try Data("산업부는 올해 12개 기관과 협약을 맺었다.\n".utf8).write(to: inputs.appendingPathComponent("005_new.txt"))

        let second = try CorpusRun.run([inputs.path], out: incremental, incremental: true)
        #expect(second.reused == 4)
        #expect(second.processed == 6)
        try CorpusRun.run([inputs.path], out: full, incremental: false)
        #expect(try Self.contents(incremental) == (try Self.contents(full)))
        let mentions = try String(decoding: Data(contentsOf: incremental.appendingPathComponent("mentions.jsonl")), as: UTF8.self)
        let added = mentions.contains("\"text\":\"3,500억 원\"") && mentions.contains("\"value\":350000000000")
        #expect(added, "the added sentence's amount is in the incremental output")

        // Another tool version reuses nothing.
        var pipeline = PipelineOptions()
        pipeline.referenceDate = .init(iso: "2023-12-05")
        let other = BatchOptions(outDirectory: incremental.path, jobs: 2, pipeline: pipeline, formats: OutputFormat.allCases,
                                 incremental: true, toolVersion: "test-2")
        let third = try BatchRunner(options: other).run(inputs: InputCollector.collect([inputs.path])) { _ in }
        #expect(third.reused == 0)
        // Neither do other options (here another reference date).
        pipeline.referenceDate = .init(iso: "2024-01-01")
        let options = BatchOptions(outDirectory: incremental.path, jobs: 2, pipeline: pipeline, formats: OutputFormat.allCases,
                                   incremental: true, toolVersion: "test-2")
        #expect(try BatchRunner(options: options).run(inputs: InputCollector.collect([inputs.path])) { _ in }.reused == 0)
    }

    /// An incremental run asked only for CSV still writes the JSON Lines it will reuse next time.
    @Test func incrementalKeepsItsJSONLines() throws {
        let out = try CorpusRun.temporaryDirectory("incremental-csv")
        defer { try? FileManager.default.removeItem(at: out) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.csv], incremental: true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("mentions.jsonl").path))
        #expect(try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.csv], incremental: true).reused == 5)
    }

    /// Records are reused only when the manifest vouches for the JSON Lines beside it: no manifest
    /// (a run interrupted between its renames), or a last run that did not write JSON Lines (the
    /// .jsonl files are then older than the other outputs), means a full run.
    @Test func noReuseWithoutAManifestForTheJSONLines() throws {
        let out = try CorpusRun.temporaryDirectory("incremental-manifest")
        defer { try? FileManager.default.removeItem(at: out) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl], incremental: true)
        try FileManager.default.removeItem(at: out.appendingPathComponent(Manifest.fileName))
        #expect(try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl], incremental: true).reused == 0)
        // A plain CSV run: the manifest now names csv only, the .jsonl files are stale.
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.csv], incremental: false)
        let manifest = try #require(Manifest.read(in: out.path))
        #expect(manifest.formats == ["csv"])
        #expect(try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl], incremental: true).reused == 0)
        #expect(try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl], incremental: true).reused == 5)
    }
}
