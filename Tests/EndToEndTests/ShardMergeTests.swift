import Foundation
import Testing
@testable import Pipeline

@Suite struct ShardTests {
    @Test func parsing() {
        let cases: [(String, Shard?)] = [
            ("1/3", Shard(index: 1, count: 3)), ("3/3", Shard(index: 3, count: 3)), ("1/1", Shard(index: 1, count: 1)),
            ("0/3", nil), ("4/3", nil), ("1/0", nil), ("3", nil), ("a/b", nil), ("1/3/5", nil), ("-1/3", nil), ("", nil),
        ]
        for (text, expected) in cases {
            #expect(Shard(parsing: text) == expected, "\(text)")
        }
    }

    /// Pinned values, computed with Python's hashlib (first 8 bytes of SHA-256, big-endian, mod N,
    /// plus 1): the assignment must never change between versions or machines.
    @Test func assignmentIsPinned() {
        let cases: [(String, Int, Int)] = [
            ("000_d8cb390a4dd66de0.txt", 3, 3), ("001_d04139d0467bd119.txt", 3, 1), ("002_77f82b0b6e769ed8.txt", 3, 3),
            ("003_051c73b7d6606d90.txt", 3, 1), ("004_0632d38f98d7f8af.txt", 3, 1), ("sub/a.txt", 3, 2),
            ("000_d8cb390a4dd66de0.txt", 2, 2), ("001_d04139d0467bd119.txt", 2, 1), ("sub/a.txt", 2, 2),
        ]
        for (key, count, shard) in cases {
            #expect(Shard.number(forKey: key, count: count) == shard, "\(key) of \(count)")
        }
    }

    /// A folder of 60 files in sub-folders (and a skipped one): for every N, the shards are
    /// disjoint, their union is the whole input, each keeps the whole run's order, and the same
    /// folder elsewhere on disk is cut the same way.
    @Test func shardsAreDisjointAndCoverTheFolder() throws {
        let dir = try Support.temporaryDirectory("shards")
        defer { try? FileManager.default.removeItem(at: dir) }
        for root in ["one/in", "two/elsewhere/in"] {
            for i in 0..<60 {
                let file = dir.appendingPathComponent("\(root)/\(["", "a/", "b/c/"][i % 3])doc-\(i).\(i % 4 == 0 ? "html" : "txt")")
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("정부는 \(i)조 원을 투입한다.\n".utf8).write(to: file)
            }
            try Data("notes".utf8).write(to: dir.appendingPathComponent("\(root)/notes.md"))
        }
        let one = dir.appendingPathComponent("one/in").path, two = dir.appendingPathComponent("two/elsewhere/in").path
        let whole = InputCollector.collect([one])
        #expect(whole.count == 61)
        for n in 1...5 {
            var seen: [InputItem] = []
            for k in 1...n {
                let shard = Shard(index: k, count: n)!
                let part = shard.inputs([one])
                seen += part
                // The same order as the whole run: a subsequence of it.
                var rest = whole[...]
                for item in part {
                    guard let at = rest.firstIndex(of: item) else { Issue.record("\(item) out of order"); break }
                    rest = rest[(at + 1)...]
                }
                // Elsewhere on disk, the same files (by path inside the folder) go to the same shard.
                let elsewhere = shard.inputs([two]).map { Self.relative($0, to: two) }
                #expect(elsewhere == part.map { Self.relative($0, to: one) })
            }
            #expect(seen.count == whole.count, "disjoint for N = \(n)")
            #expect(Set(seen.map(Self.relativeKey)) == Set(whole.map(Self.relativeKey)), "covering for N = \(n)")
            if n == 3 { #expect(Set(seen.map(Self.relativeKey)).count == 61) }
        }
        // With 3 shards, no shard is empty for 61 files (a crude check that the hash spreads).
        #expect((1...3).allSatisfy { !Shard(index: $0, count: 3)!.inputs([one]).isEmpty })
    }

    /// A PATH argument that is missing or empty is reported by shard 1 only.
    @Test func problemsWithAnArgumentGoToTheFirstShard() throws {
        let missing = "/nonexistent/kpolicy-shard-test"
        for k in 1...3 {
            let items = Shard(index: k, count: 3)!.inputs([missing])
            #expect(items.count == (k == 1 ? 1 : 0))
        }
    }

    static func relativeKey(_ item: InputItem) -> String {
        switch item {
        case .file(let p), .failure(let p, _), .skipped(let p, _): return p
        }
    }

    static func relative(_ item: InputItem, to root: String) -> String {
        String(relativeKey(item).dropFirst(root.count))
    }
}

@Suite struct MergeTests {
    /// Outputs of N shard runs, merged, are byte for byte the outputs of one run; with error,
    /// skipped, HTML and nested files among the inputs.
    @Test func mergeReproducesASingleRun() throws {
        let dir = try Support.temporaryDirectory("merge")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
        for file in try Support.corpusFiles() {
            try FileManager.default.copyItem(at: file, to: input.appendingPathComponent(file.lastPathComponent))
        }
        try Data("<p>정부는 올해 <b>2조</b>&nbsp;원을 투입한다.</p>".utf8).write(to: input.appendingPathComponent("nested/page.html"))
        try Data("산업부는 445개 과제에 4,787억원을 투자한다.\n".utf8).write(to: input.appendingPathComponent("nested/deeper/z.txt"))
        try Data().write(to: input.appendingPathComponent("nested/empty.txt"))
        try Data("notes".utf8).write(to: input.appendingPathComponent("nested/notes.md"))
        let options = PipelineOptions(referenceDate: nil)

        let whole = dir.appendingPathComponent("whole").path
        _ = try BatchRunner(options: BatchOptions(outDirectory: whole, jobs: 2, pipeline: options))
            .run(inputs: InputCollector.collect([input.path])) { _ in }
        let expected = try ShardMerge.outputNames.map { try Data(contentsOf: URL(fileURLWithPath: whole + "/" + $0)) }
        #expect(expected[1].split(separator: 0x0A).count == 9)

        for n in [1, 2, 3, 7] {
            var folders: [String] = []
            for k in 1...n {
                let out = dir.appendingPathComponent("n\(n)-s\(k)").path
                _ = try BatchRunner(options: BatchOptions(outDirectory: out, jobs: 1, pipeline: options))
                    .run(inputs: Shard(index: k, count: n)!.inputs([input.path])) { _ in }
                folders.append(out)
            }
            let merged = dir.appendingPathComponent("merged-\(n)").path
            // Folders in any order: the merge orders by doc.
            let summary = try ShardMerge.merge(folders.reversed(), into: merged)
            let got = try ShardMerge.outputNames.map { try Data(contentsOf: URL(fileURLWithPath: merged + "/" + $0)) }
            #expect(got == expected, "\(n) shards")
            #expect(summary.lines["documents.jsonl"] == 9)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: merged).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    /// Refusals leave the output folder as it was.
    @Test func refusals() throws {
        let dir = try Support.temporaryDirectory("merge-refusals")
        defer { try? FileManager.default.removeItem(at: dir) }
        func folder(_ name: String, documents: [String]) throws -> String {
            let path = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            let lines = documents.map { "{\"doc\":\"\($0)\",\"status\":\"ok\"}\n" }.joined()
            try Data(lines.utf8).write(to: path.appendingPathComponent("documents.jsonl"))
            try Data().write(to: path.appendingPathComponent("mentions.jsonl"))
            try Data().write(to: path.appendingPathComponent("sentences.jsonl"))
            return path.path
        }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("previous\n".utf8).write(to: out.appendingPathComponent("documents.jsonl"))

        let a = try folder("a", documents: ["in/a.txt", "in/c.txt"])
        let b = try folder("b", documents: ["in/b.txt", "in/c.txt"])
        let unsorted = try folder("u", documents: ["in/z.txt", "in/d.txt"])
        let partial = dir.appendingPathComponent("p").path
        try FileManager.default.createDirectory(atPath: partial, withIntermediateDirectories: true)

        let cases: [([String], String)] = [
            ([a, b], "doc in/c.txt is in both"),
            ([a, unsorted], "not in path order"),
            ([a, partial], "missing or unreadable"),
        ]
        for (folders, message) in cases {
            do {
                _ = try ShardMerge.merge(folders, into: out.path)
                Issue.record("merge of \(folders) should fail")
            } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
            #expect(try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8) == "previous\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["documents.jsonl"])
        }
        // Escaped docs are compared by their text: "in/\u00e9.txt" sorts after "in/z.txt".
        let escaped = try folder("e", documents: ["in/\\u00e9.txt"])
        let plain = try folder("f", documents: ["in/z.txt"])
        _ = try ShardMerge.merge([escaped, plain], into: out.path)
        #expect(try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
                == "{\"doc\":\"in/z.txt\",\"status\":\"ok\"}\n{\"doc\":\"in/\\u00e9.txt\",\"status\":\"ok\"}\n")
    }

    /// The command line: three shard runs of the corpus and a merge give the single run's bytes.
    @Test func commandLine() throws {
        let dir = try Support.temporaryDirectory("merge-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = dir.appendingPathComponent("whole").path
        let formats = ["--format", "jsonl,csv,sqlite"]
        #expect(try Support.run(["extract", Support.corpus.path, "--out", whole, "--quiet"] + formats).status == 0)
        var shards: [String] = []
        for k in 1...3 {
            let out = dir.appendingPathComponent("s\(k)").path
            let run = try Support.run(["extract", Support.corpus.path, "--out", out, "--quiet", "--shard", "\(k)/3"] + formats)
            #expect(run.status == 0, "\(run.stderr)")
            shards.append(out)
        }
        let all = dir.appendingPathComponent("all").path
        let merge = try Support.run(["merge"] + shards + ["--out", all])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("5 documents.jsonl"))
        // Every file of the single run, CSV, SQLite and manifest included, byte for byte.
        let names = try FileManager.default.contentsOfDirectory(atPath: whole).sorted()
        #expect(names.count == 8 && names.contains("kpolicy.sqlite"), "\(names)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: all).sorted() == names)
        for name in names {
            #expect(try Data(contentsOf: URL(fileURLWithPath: whole + "/" + name)) == Data(contentsOf: URL(fileURLWithPath: all + "/" + name)), "\(name)")
        }
        #expect(try Support.run(["extract", Support.corpus.path, "--shard", "4/3"]).status == 2)
        #expect(try Support.run(["merge", shards[0], shards[0], "--out", all]).status == 1)
    }
}
