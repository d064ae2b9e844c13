import Foundation
import Testing
@testable import Pipeline

/// Runs `kpolicy` feeding standard input from another thread, so that a large output cannot
/// deadlock against a large input (stream writes while it reads).
enum StreamRun {
    static func run(_ arguments: [String], stdin: [UInt8]) throws -> Support.Run {
        guard let exe = Support.executable() else { throw Support.SupportError(message: "kpolicy executable not found") }
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let writer = input.fileHandleForWriting
        let data = Data(stdin)
        let feeding = Thread {
            writer.write(data)
            try? writer.close()
        }
        feeding.start()
        let errors = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Support.Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                           stderr: errors.text())
    }

    /// Drains standard error on its own thread.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }
        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }

    static func line(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }

    static func records(_ stdout: String) -> [[String: Any]] {
        try! Support.jsonLines(stdout)
    }
}

@Suite struct StreamTests {
    /// Every corpus document as one stream line gives, byte for byte, what `extract --out -`
    /// writes for the same files (doc = the id = the path).
    @Test func manyDocumentsGiveTheRecordsOfExtract() throws {
        let files = try Support.corpusFiles()
        var input = ""
        for file in files {
            input += StreamRun.line(["id": file.path, "text": try String(contentsOf: file, encoding: .utf8)])
        }
        // Twice over: 10 documents, the second five after the first.
        let stream = try StreamRun.run(["stream", "--reference-date", "2023-12-05"], stdin: Array((input + input).utf8))
        #expect(stream.status == 0, "\(stream.stderr)")
        let extract = try Support.run(["extract"] + files.map(\.path) + ["--out", "-", "--quiet", "--reference-date", "2023-12-05"])
        #expect(extract.status == 0)
        #expect(extract.stdout.count > 100_000)
        #expect(stream.stdout == extract.stdout + extract.stdout)
        #expect(stream.stderr.isEmpty)
    }

    /// Offsets are into the UTF-8 of the text value; `date` and `source` per line.
    @Test func recordsPointIntoTheGivenText() throws {
        let text = "산업부는 올해 445개 과제에 4,787억원을 투자한다.\n"
        let input = StreamRun.line(["id": "release-17", "text": text, "date": "2025-05-28", "source": "s3://bucket/17.txt"])
        let run = try StreamRun.run(["stream"], stdin: Array(input.utf8))
        #expect(run.status == 0)
        let records = StreamRun.records(run.stdout)
        // (type, text, byteStart, byteEnd, column) counted by hand: 산업부는 = 12 bytes, 올해 = 6…
        let expected: [(String, String, Int, Int, Int)] = [
            ("org", "산업부", 0, 9, 1),
            ("date", "올해", 13, 19, 6),
            ("count", "445개", 20, 26, 9),
            ("money", "4,787억원", 37, 48, 18),
        ]
        #expect(records.count == expected.count)
        for (record, e) in zip(records, expected) {
            #expect(record["doc"] as? String == "release-17")
            #expect(record["source"] as? String == "s3://bucket/17.txt")
            #expect(record["type"] as? String == e.0)
            #expect(record["text"] as? String == e.1)
            #expect(record["byteStart"] as? Int == e.2 && record["byteEnd"] as? Int == e.3, "\(record)")
            #expect(record["column"] as? Int == e.4)
        }
        #expect(records[1]["value"] as? String == "2025", "올해 resolved against the line's date")
        #expect(records[1]["reference"] as? String == "2025-05-28")
        #expect((records[3]["value"] as? NSNumber)?.int64Value == 478_700_000_000)
        // `source` sits right after `doc`.
        #expect(run.stdout.hasPrefix("{\"doc\":\"release-17\",\"source\":\"s3://bucket/17.txt\",\"type\":\"org\""))
    }

    @Test func htmlInputPointsIntoTheMarkup() throws {
        let page = "<html><body><p>정부는 올해 <b>2조</b>&nbsp;원을 투입한다.</p></body></html>"
        let run = try StreamRun.run(["stream"], stdin: Array(StreamRun.line(["id": "page", "html": page]).utf8))
        let money = StreamRun.records(run.stdout).first { $0["type"] as? String == "money" }
        #expect(money?["text"] as? String == "2조 원")
        #expect(money?["surface"] as? String == "2조\u{A0}원", "&nbsp; decoded, as written")
        let bytes = Array(page.utf8)
        let start = money?["byteStart"] as? Int ?? 0, end = money?["byteEnd"] as? Int ?? 0
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == "2조</b>&nbsp;원")
    }

    /// Each bad line gives exactly one error record (written by hand here), and the good line
    /// after all of them is still processed.
    @Test func badLinesGiveOneErrorRecordEach() throws {
        let cases: [(line: String, record: String)] = [
            ("{\"id\":\"b\",\"text\":", #"{"doc":"b","type":"error","message":"b (input line 1): not valid JSON; expected {\"id\": …, \"text\": …}","line":1}"#),
            ("[1,2]", #"{"type":"error","message":"input line 2: expected a JSON object {\"id\": …, \"text\": …}","line":2}"#),
            ("{\"text\":\"정부\"}", #"{"type":"error","message":"input line 3: no \"id\"","line":3}"#),
            ("{\"id\":true,\"text\":\"정부\"}", #"{"type":"error","message":"input line 4: \"id\" must be a string or an integer","line":4}"#),
            ("{\"id\":7,\"text\":\"\"}", #"{"doc":"7","type":"error","message":"7 (input line 5): \"text\" is empty","line":5}"#),
            ("{\"id\":\"n\",\"text\":42}", #"{"doc":"n","type":"error","message":"n (input line 6): \"text\" must be a string","line":6}"#),
            ("{\"id\":\"t\"}", #"{"doc":"t","type":"error","message":"t (input line 7): no \"text\" or \"html\"","line":7}"#),
            ("{\"id\":\"2\",\"text\":\"a\",\"html\":\"b\"}", #"{"doc":"2","type":"error","message":"2 (input line 8): give \"text\" or \"html\", not both","line":8}"#),
            ("{\"id\":\"d\",\"text\":\"올해\",\"date\":\"어제\"}", #"{"doc":"d","type":"error","message":"d (input line 9): \"date\" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM","line":9}"#),
            ("{\"id\":\"z\",\"text\":\"a\\u0000b\"}", #"{"doc":"z","type":"error","message":"z (input line 10): \"text\" holds a NUL character (\\u0000) at byte 1: this looks like binary data, not text","line":10}"#),
            ("{\"id\":\"big\",\"text\":\"" + String(repeating: "가", count: 40) + "\"}", #"{"doc":"big","type":"error","message":"big (input line 11): \"text\" has 120 bytes of UTF-8, more than the limit of 100 (raise it with --max-bytes)","line":11}"#),
        ]
        let good = "{\"id\":\"ok\",\"text\":\"2조 원\"}"
        let input = cases.map { $0.line + "\n" }.joined() + "\n   \n" + good + "\n"
        let run = try StreamRun.run(["stream", "--max-bytes", "100"], stdin: Array(input.utf8))
        #expect(run.status == 0, "bad lines do not fail the stream")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == cases.count + 1)
        for (i, c) in cases.enumerated() where i < lines.count {
            #expect(lines[i] == c.record)
        }
        #expect(lines.last?.hasPrefix(#"{"doc":"ok","type":"money","text":"2조 원""#) == true)
        #expect(run.stderr.split(separator: "\n").count == cases.count, "each error is also on standard error")
    }

    /// A line far over the limit is refused without being held, named by its id, and the stream
    /// goes on; CRLF line ends are accepted.
    @Test func hugeLineIsRefusedAndTheStreamGoesOn() throws {
        let huge = "{\"id\":\"huge-1\",\"text\":\"" + String(repeating: "정부는 2조 원을 투입한다. ", count: 100_000) + "\"}"
        let input = huge + "\r\n" + "{\"id\":\"after\",\"text\":\"3조 원\"}\r\n"
        let limit = 2 * 1000 + 65536
        let run = try StreamRun.run(["stream", "--max-bytes", "1000", "--quiet"], stdin: Array(input.utf8))
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let records = StreamRun.records(run.stdout)
        #expect(records.count == 2)
        #expect(records.first?["doc"] as? String == "huge-1")
        #expect(records.first?["type"] as? String == "error")
        #expect(records.first?["message"] as? String ==
                "huge-1 (input line 1): the line has \(huge.utf8.count + 1) bytes, more than the limit of \(limit) (2 × --max-bytes + 64 KiB; raise --max-bytes)")
        #expect(records.last?["doc"] as? String == "after" && records.last?["type"] as? String == "money")
    }

    /// A document's records are out before the next line is written: the stream does not wait for
    /// more input (or its end) to flush, as engines that pipe record by record need.
    @Test func recordsAreFlushedBeforeTheNextLine() throws {
        guard let exe = Support.executable() else { throw Support.SupportError(message: "kpolicy executable not found") }
        let process = Process()
        process.executableURL = exe
        process.arguments = ["stream", "--quiet"]
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardInput = input
        try process.run()
        defer { process.terminate() }
        let firstLine = DispatchSemaphore(value: 0)
        let received = ReceivedBytes()
        Thread {
            while true {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received.append(chunk)
                if chunk.contains(0x0A) { firstLine.signal() }
            }
        }.start()
        input.fileHandleForWriting.write(Data(StreamRun.line(["id": "first", "text": "2조 원"]).utf8))
        // Standard input stays open: the record must come anyway.
        #expect(firstLine.wait(timeout: .now() + 60) == .success, "no output while the stream waits for its next line")
        #expect(String(decoding: received.data, as: UTF8.self).hasPrefix(#"{"doc":"first","type":"money""#))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    final class ReceivedBytes: @unchecked Sendable {
        private var bytes = Data()
        private let lock = NSLock()
        func append(_ d: Data) { lock.lock(); bytes.append(d); lock.unlock() }
        var data: Data { lock.lock(); defer { lock.unlock() }; return bytes }
    }

    @Test func emptyInputGivesNothing() throws {
        for input in ["", "\n", "\n  \n\r\n"] {
            let run = try StreamRun.run(["stream"], stdin: Array(input.utf8))
            #expect(run.status == 0)
            #expect(run.stdout.isEmpty && run.stderr.isEmpty, "\(input.debugDescription)")
        }
    }

    @Test func sentencesAndDocumentsOnRequest() throws {
        let input = StreamRun.line(["id": "a", "text": "첫째다. 2조 원이다."])
        let run = try StreamRun.run(["stream", "--sentences", "--documents"], stdin: Array(input.utf8))
        let records = StreamRun.records(run.stdout)
        #expect(records.map { $0["record"] as? String ?? "mention" } == ["document", "sentence", "sentence", "mention"])
        #expect(records[0]["status"] as? String == "ok" && records[0]["bytes"] as? Int == 26)
        #expect(records[2]["text"] as? String == "2조 원이다." && records[2]["byteStart"] as? Int == 11)
        #expect(run.stdout.hasPrefix(#"{"record":"document","doc":"a","sha256":"#))

        let dated = StreamRun.line(["id": "b", "text": "올해 2조 원이다.", "date": "2024-03-01"])
        let second = StreamRun.records(try StreamRun.run(["stream", "--documents", "--reference-date", "2020-01-01"], stdin: Array(dated.utf8)).stdout)
        #expect(second.first?["referenceDate"] as? String == "2024-03-01")
        #expect(second.first?["dateSource"] as? String == "input date")
        #expect(second.contains { $0["type"] as? String == "date" && $0["value"] as? String == "2024" })
    }
}

@Suite struct LineReaderTests {
    /// Lines split across reads of 3 bytes, CRLF, a last line without LF, an oversize line.
    @Test func linesAcrossChunks() throws {
        let cases: [(input: String, limit: Int, expected: [LineReader.Line])] = [
            ("", 10, []),
            ("a\n", 10, [.line(Array("a".utf8))]),
            ("ab\r\ncd", 10, [.line(Array("ab".utf8)), .line(Array("cd".utf8))]),
            ("\n\nx", 10, [.line([]), .line([]), .line(Array("x".utf8))]),
            ("0123456789\n", 10, [.line(Array("0123456789".utf8))]),
            ("0123456789A\nok\n", 10, [.oversize(prefix: Array("0123".utf8), length: 11), .line(Array("ok".utf8))]),
            ("0123456789ABCDEFGHIJ", 10, [.oversize(prefix: Array("0123".utf8), length: 20)]),
        ]
        for c in cases {
            let bytes = Array(c.input.utf8)
            var position = 0
            var reader = LineReader(limit: c.limit, prefixKept: 4, chunkSize: 3) { buffer in
                let n = min(buffer.count, bytes.count - position)
                for i in 0..<n { buffer[i] = bytes[position + i] }
                position += n
                return n
            }
            var lines: [LineReader.Line] = []
            while let line = try reader.next() { lines.append(line) }
            #expect(lines == c.expected, "\(c.input.debugDescription)")
        }
    }

    @Test func idOfALineThatCannotBeParsed() {
        let cases: [(String, String?)] = [
            (#"{"id":"a-1","text":"…"#, "a-1"),
            (#"{ "id" : 17 , "text": "#, "17"),
            (#"{"text":"he said \"id\": 3","id":"x"#, nil),         // cut before the id's closing quote
            (#"{"text":"he said \"id\": 3","id":"x","#, "x"),       // the quoted "id" inside the text is not a key
            (#"{"text":"abc"#, nil),
        ]
        for (line, expected) in cases {
            #expect(StreamProcessor.skimID(Array(line.utf8)) == expected, "\(line)")
        }
    }
}
