import Foundation
import Testing
import Emit
import Extract
import SourceText
@testable import Pipeline

/// A large plain-text file processed in pieces (`LargeTextDocument`) must give the very records of
/// the whole-document path. The piece size is forced down to a few KB so that the corpus documents
/// and a concatenation of them are cut many times.
@Suite struct LargeDocumentTests {
    static let reference = CalendarDate(iso: "2023-12-05")

    struct Lines: Equatable {
        var document: String
        var sentences: String
        var mentions: String
    }

    static func whole(_ path: String, keepBoilerplate: Bool = false) -> Lines {
        var options = PipelineOptions(referenceDate: reference, keepBoilerplate: keepBoilerplate)
        options.pieceBytes = 0
        let e = DocumentProcessor(options: options).emit(path: path, bytes: BatchRunner.readBytes(path))
        return Lines(document: String(decoding: e.document, as: UTF8.self), sentences: String(decoding: e.sentences, as: UTF8.self),
                     mentions: String(decoding: e.mentions, as: UTF8.self))
    }

    /// The records in pieces of `pieceBytes`, and where the pieces start (0-based lines); nil when
    /// the file cannot be cut (then it goes the whole-document way).
    static func inPieces(_ path: String, pieceBytes: Int, keepBoilerplate: Bool = false) throws -> (lines: Lines, cuts: [Int])? {
        var options = PipelineOptions(referenceDate: reference, keepBoilerplate: keepBoilerplate)
        options.pieceBytes = pieceBytes
        guard let fd = LargeTextDocument.open(path: path, options: options) else { return nil }
        defer { close(fd) }
        let large = LargeTextDocument(path: path, options: options)
        guard let plan = large.plan(fd) else { return nil }
        let e = try #require(large.emit(fd, plan: plan, processor: DocumentProcessor(options: options)))
        let spilled = try #require(e.spilled)
        #expect(e.sentences.isEmpty && e.mentions.isEmpty)
        var sentences: [UInt8] = [], mentions: [UInt8] = []
        try spilled.sentences.forEachChunk { sentences += $0 }
        try spilled.mentions.forEachChunk { mentions += $0 }
        #expect(spilled.mentionCount == mentions.filter { $0 == 0x0A }.count)
        return (Lines(document: String(decoding: e.document, as: UTF8.self), sentences: String(decoding: sentences, as: UTF8.self),
                      mentions: String(decoding: mentions, as: UTF8.self)), plan.pieces.map(\.line))
    }

    /// Only 004 has a place to cut: two empty lines (1-based lines 42–44) past the first 44 lines,
    /// with no table row in the four lines after. 000's empty pairs lie too near its top (lines
    /// 27–31) or its end (line 109 of 112); the others have no two empty lines in a row and keep
    /// the whole-document path.
    @Test func corpusDocumentsInSmallPiecesGiveTheSameRecords() throws {
        var cut: [String] = []
        for url in try Support.corpusFiles() {
            guard let pieces = try Self.inPieces(url.path, pieceBytes: 1024) else { continue }
            #expect(pieces.lines == Self.whole(url.path), "\(url.lastPathComponent)")
            if pieces.cuts.count > 1 { cut.append(url.lastPathComponent) }
        }
        #expect(cut == ["004_0632d38f98d7f8af.txt"])
    }

    /// The five documents joined three times over: every later copy repeats earlier paragraphs,
    /// takes the first copy's date line, and its series ids and sentence indices run on.
    @Test func concatenatedCorpusInSmallPiecesGivesTheSameRecords() throws {
        let dir = try Support.temporaryDirectory("large")
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Data()
        for _ in 0..<3 { for url in try Support.corpusFiles() { bytes.append(try Data(contentsOf: url)) } }
        let path = dir.appendingPathComponent("corpus3.txt").path
        try bytes.write(to: URL(fileURLWithPath: path))
        let pieces = try #require(try Self.inPieces(path, pieceBytes: 4096))
        #expect(pieces.cuts.count >= 6)
        let whole = Self.whole(path)
        #expect(pieces.lines.document == whole.document)
        #expect(pieces.lines.sentences == whole.sentences)
        #expect(pieces.lines.mentions == whole.mentions)
        #expect(whole.mentions.contains("\"duplicate\":true"))
        #expect(whole.mentions.contains("\"seriesId\":\"s"))

        // With boilerplate kept, and with CRLF line ends (byte offsets and line counts shift).
        let kept = try #require(try Self.inPieces(path, pieceBytes: 4096, keepBoilerplate: true))
        #expect(kept.lines == Self.whole(path, keepBoilerplate: true))
        let crlfPath = dir.appendingPathComponent("corpus3-crlf.txt").path
        try Data(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .write(to: URL(fileURLWithPath: crlfPath))
        let crlf = try #require(try Self.inPieces(crlfPath, pieceBytes: 4096))
        #expect(crlf.cuts == pieces.cuts)
        #expect(crlf.lines == Self.whole(crlfPath))
    }

    /// A hand-made document cut after line 51 (0-based 50, the second empty line), next to a
    /// written year, a date line far above, a repeated paragraph, a table with its caption and
    /// acronyms introduced before the cut.
    @Test func handWrittenBoundaryCases() throws {
        var lines = ["산업부, 지역 R&D 지원 확대", "", "등록 2026.01.28 21:15:17", ""]
        while lines.count < 46 { lines.append("지역 기업의 연구 개발을 돕는 사업을 계속 추진한다.") }
        lines += [
            "한국산업기술진흥원(KIAT)과 미래소재연구협회(FMRA)는 지역 기업을 지원한다.",  // 47
            "산업부는 올해 지역 기업 12곳에 100억원을 지원한다고 밝혔다.",            // 48
            "정부는 2025년 예산을 늘렸다.", "", "",                                   // 49–51
            "3월에 공고한다.",                                                      // 52: first line of piece 2
            "KIAT와 FMRA는 28일 설명회를 연다.",                                      // 53
            "산업부는 올해 지역 기업 12곳에 100억원을 지원한다고 밝혔다.",            // 54: repeats 48
            "(단위: 억원)", "", "",                                                  // 55–57: no cut, a table follows
            "구분\t'25년 투자규모(억원)", "AI 팩토리\t100",                          // 58–59
            "", "", "끝.",
        ]
        let dir = try Support.temporaryDirectory("large-hand")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("hand.txt").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))

        let pieces = try #require(try Self.inPieces(path, pieceBytes: 100))
        #expect(pieces.cuts == [0, 51])
        #expect(pieces.lines == Self.whole(path))

        let records = pieces.lines.mentions.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        func at(_ line: Int, _ text: String) -> [String: Any]? {
            records.first { $0["line"] as? Int == line && $0["text"] as? String == text }
        }
        // The date line of piece 1 resolves the relative dates of piece 2.
        #expect(pieces.lines.document.contains(#""date":"2026-01-28T21:15:17","referenceDate":"2026-01-28T21:15:17","dateSource":"line 3""#))
        #expect(at(53, "28일")?["value"] as? String == "2026-01-28")
        // `2025년` two empty lines above does not give `3월` its year: it is March of the reference year.
        #expect(at(52, "3월")?["value"] as? String == "2026-03")
        #expect(at(52, "3월")?["relative"] as? Bool == true)
        // The repeated paragraph is flagged in piece 2, the first one in piece 1 is not.
        #expect(at(54, "100억원")?["duplicate"] as? Bool == true)
        #expect(at(48, "100억원")?["duplicate"] == nil)
        #expect(pieces.lines.document.contains(#""duplicates":4"#))
        // Acronyms: the gazetteer's `KIAT` is found on its own; `FMRA` is named only in its pair.
        #expect(at(47, "미래소재연구협회(FMRA)")?["canonical"] as? String == "미래소재연구협회")
        #expect(at(53, "KIAT")?["canonical"] as? String == "한국산업기술진흥원")
        #expect(at(53, "FMRA") == nil)
        // The table keeps its caption and header: a bare 100 under `(억원)` is 10 billion won.
        #expect(at(59, "100")?["value"] as? Int == 10_000_000_000)
        #expect(at(59, "100")?["unitFromHeader"] as? Bool == true)
        // Provenance in the original file: line 54 starts at byte 3380.
        #expect(at(54, "산업부")?["byteStart"] as? Int == lines[0..<53].reduce(0) { $0 + $1.utf8.count + 1 })
    }

    /// The streamed digest equals the one-shot digest whatever the parts.
    @Test func sha256InPartsEqualsWhole() {
        let bytes = Array("abc".utf8) + Array(repeating: UInt8(0x61), count: 200)
        for split in [0, 1, 3, 63, 64, 65, 130, bytes.count] {
            var h = SHA256.Hasher()
            h.update(bytes[0..<split])
            h.update(bytes[split...])
            #expect(h.hex() == SHA256.hex(bytes))
        }
        var abc = SHA256.Hasher()
        abc.update(Array("abc".utf8)[...])
        #expect(abc.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
