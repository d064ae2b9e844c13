import Foundation
import Testing

/// The command line of the output formats: `--format` lists, `--input-format`, `--no-bom`,
/// `kpolicy schema`, and interruption safety with every format.
@Suite struct OutputCommandTests {
    static let release = "입력 2026-01-26 11:00\n정부가 올해 2685억 원을 투입한다.\n"

    @Test(arguments: [
        (["--format", "jsonl"], ["mentions.jsonl", "documents.jsonl", "sentences.jsonl"]),
        (["--format", "csv,sqlite"], ["mentions.csv", "documents.csv", "sentences.csv", "kpolicy.sqlite"]),
        (["--format", "text"], ["mentions.jsonl", "documents.jsonl", "sentences.jsonl"]),
        (["--format", "html,csv"], ["mentions.csv", "documents.csv", "sentences.csv"]),
        (["--input-format", "text", "--format", "sqlite"], ["kpolicy.sqlite"]),
    ])
    func formatListsChooseTheFiles(arguments: [String], files: [String]) throws {
        let dir = try Support.temporaryDirectory("formats")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.txt")
        try Data(Self.release.utf8).write(to: input)
        let out = dir.appendingPathComponent("out")
        let run = try Support.run(["extract", input.path, "--out", out.path] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(written == Set(files + ["kpolicy.manifest.json"]), "\(arguments)")
        // The summary line is printed either way (stderr is not a terminal here: no progress line).
        #expect(run.stderr.contains("1 documents"))
        #expect(!run.stderr.contains("\r"))
    }

    @Test(arguments: [
        ["--format", "pdf"],
        ["--format", "text,html"],
        ["--format", "html", "--input-format", "text"],
        ["--input-format", "jsonl"],
        ["--format", "csv", "--out", "-"],
    ])
    func badFormatListsAreUsageErrors(arguments: [String]) throws {
        let run = try Support.run(["extract", "-"] + arguments, stdin: Self.release)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
    }

    @Test func inputFormatReadsStandardInputAsHTML() throws {
        let page = "<html><body><p>정부는 올해 <b>2조</b>&nbsp;원을 투입한다.</p></body></html>"
        let start = page.components(separatedBy: "2조")[0].utf8.count  // 35: the `2` after `<b>`
        for arguments in [["--input-format", "html"], ["--format", "html,jsonl"]] {
            let run = try Support.run(["extract", "-", "--out", "-", "--quiet", "--reference-date", "2025-05-28"] + arguments, stdin: page)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("\"text\":\"2조 원\""), "\(arguments)")
            #expect(run.stdout.contains("\"byteStart\":\(start)"), "\(arguments): offsets point into the HTML")
        }
    }

    /// `--incremental` on the command line: the second run over unchanged files reuses all of them
    /// (same build, same options) and writes the same bytes.
    @Test func incrementalFromTheCommandLine() throws {
        let dir = try Support.temporaryDirectory("incremental-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let arguments = ["extract", Support.corpus.path, "--out", out.path, "--incremental", "--format", "jsonl,sqlite", "--reference-date", "2023-12-05"]
        let first = try Support.run(arguments)
        #expect(first.status == 0)
        #expect(first.stderr.contains("0 reused"))
        let before = try Data(contentsOf: out.appendingPathComponent("kpolicy.sqlite"))
        let second = try Support.run(arguments)
        #expect(second.stderr.contains("5 documents") && second.stderr.contains("5 reused"), "\(second.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("kpolicy.sqlite")) == before)
        // Another reference date changes records: nothing is reused.
        let third = try Support.run(Array(arguments.dropLast()) + ["2024-01-01"])
        #expect(third.stderr.contains("0 reused"), "\(third.stderr)")
    }

    @Test func schemaCommandPrintsTheShippedSchemas() throws {
        for kind in ["mentions", "documents", "sentences"] {
            let run = try Support.run(["schema", kind])
            #expect(run.status == 0)
            let file = try String(contentsOf: Support.packageRoot.appendingPathComponent("schema/\(kind).schema.json"), encoding: .utf8)
            #expect(run.stdout == file)
        }
        #expect(try Support.run(["schema", "tables"]).status == 2)
    }

    /// SIGINT in the middle of a run: every previous output, the SQLite file included, is left as it
    /// was, and no temporary file stays behind.
    @Test func interruptedRunLeavesPreviousOutputsIntact() throws {
        let dir = try Support.temporaryDirectory("interrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let small = dir.appendingPathComponent("small.txt")
        try Data(Self.release.utf8).write(to: small)
        let first = try Support.run(["extract", small.path, "--out", out.path, "--format", "jsonl,csv,sqlite"])
        #expect(first.status == 0, "\(first.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }

        // Enough input to keep a run busy for a while: the corpus copied many times.
        let big = dir.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: big, withIntermediateDirectories: true)
        for (i, file) in try Support.corpusFiles().enumerated() {
            let data = try Data(contentsOf: file)
            for copy in 0..<120 { try data.write(to: big.appendingPathComponent(String(format: "%d_%03d.txt", i, copy))) }
        }
        guard let exe = Support.executable() else { Issue.record("no kpolicy executable"); return }
        let process = Process()
        process.executableURL = exe
        process.arguments = ["extract", big.path, "--out", out.path, "--format", "jsonl,csv,sqlite", "--jobs", "1", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run has started writing its temporaries, then interrupt it.
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline, process.isRunning {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            if entries.contains(where: { $0.hasPrefix(".mentions.jsonl.") }) { sawTemporary = true; break }
            usleep(20_000)
        }
        usleep(300_000)
        let interrupted = process.isRunning
        if interrupted { process.interrupt() }
        process.waitUntilExit()
        #expect(sawTemporary)
        #expect(interrupted, "the run finished before it could be interrupted; give it more input")
        #expect(process.terminationStatus == 128 + SIGINT)
        let after = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(before == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == names)
    }
}
