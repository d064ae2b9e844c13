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

    /// JSON Lines records as objects, and the mention written at a 1-based line with a text.
    struct Records {
        let objects: [[String: Any]]

        init(_ jsonLines: String) {
            objects = try! Support.jsonLines(jsonLines)
        }

        func at(_ line: Int, _ text: String) -> [String: Any]? {
            objects.first { $0["line"] as? Int == line && $0["text"] as? String == text }
        }
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

    /// Four have places to cut past the first 44 lines: 004 two empty lines (1-based 42–44); 000
    /// and 001 single empty lines before a line with no figure in it (000 line 51 `산업부는 이어
    /// M.AX 얼라이언스를 …`, 001 line 50 `주요 뉴스`); 003, which has no empty line, between lines
    /// (`LineCuts`: after a sentence end, before a bullet). 002 has 46 lines and keeps the
    /// whole-document path.
    @Test func corpusDocumentsInSmallPiecesGiveTheSameRecords() throws {
        var cut: [String] = []
        for url in try Support.corpusFiles() {
            guard let pieces = try Self.inPieces(url.path, pieceBytes: 1024) else { continue }
            #expect(pieces.lines == Self.whole(url.path), "\(url.lastPathComponent)")
            if pieces.cuts.count > 1 { cut.append(url.lastPathComponent) }
        }
        #expect(cut == ["000_d8cb390a4dd66de0.txt", "001_d04139d0467bd119.txt", "003_051c73b7d6606d90.txt", "004_0632d38f98d7f8af.txt"])
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
        // Two more bytes a line reach the piece size a few lines earlier: cut lines may differ.
        #expect(crlf.cuts.count >= 6)
        #expect(crlf.lines == Self.whole(crlfPath))
    }

    /// A hand-made document cut after line 51 (0-based 50, the second empty line), next to a
    /// written year, a date line far above, a repeated paragraph, a table with its caption and
    /// acronyms introduced before the cut. (Also cut before 0-based line 44, after a sentence that
    /// ends in `다.`: see `cutsBetweenLines`.)
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
        #expect(pieces.cuts == [0, 44, 51])
        #expect(pieces.lines == Self.whole(path))

        let records = Records(pieces.lines.mentions)
        // The date line of piece 1 resolves the relative dates of piece 2.
        #expect(pieces.lines.document.contains(#""date":"2026-01-28T21:15:17","referenceDate":"2026-01-28T21:15:17","dateSource":"line 3""#))
        #expect(records.at(53, "28일")?["value"] as? String == "2026-01-28")
        // `2025년` two empty lines above does not give `3월` its year: it is March of the reference year.
        #expect(records.at(52, "3월")?["value"] as? String == "2026-03")
        #expect(records.at(52, "3월")?["relative"] as? Bool == true)
        // The repeated paragraph is flagged in piece 2, the first one in piece 1 is not.
        #expect(records.at(54, "100억원")?["duplicate"] as? Bool == true)
        #expect(records.at(48, "100억원")?["duplicate"] == nil)
        #expect(pieces.lines.document.contains(#""duplicates":4"#))
        // Acronyms: the gazetteer's `KIAT` is found on its own; `FMRA` is named only in its pair.
        #expect(records.at(47, "미래소재연구협회(FMRA)")?["canonical"] as? String == "미래소재연구협회")
        #expect(records.at(53, "KIAT")?["canonical"] as? String == "한국산업기술진흥원")
        #expect(records.at(53, "FMRA") == nil)
        // The table keeps its caption and header: a bare 100 under `(억원)` is 10 billion won.
        #expect(records.at(59, "100")?["value"] as? Int == 10_000_000_000)
        #expect(records.at(59, "100")?["unitFromHeader"] as? Bool == true)
        // Provenance in the original file: line 54 starts at byte 3380.
        #expect(records.at(54, "산업부")?["byteStart"] as? Int == lines[0..<53].reduce(0) { $0 + $1.utf8.count + 1 })
    }

    /// Single empty lines: a cut after one is taken only when the line after it cannot read a date
    /// from above it (a year written over the empty line reaches that line alone), and is taken
    /// back when `이날` (the day written last, within three sentences) follows before two empty
    /// lines in a row.
    @Test func singleEmptyLineCuts() throws {
        var lines = ["산업부, 지역 R&D 지원 확대", "", "등록 2026.01.28 21:15:17", ""]
        while lines.count < 46 { lines.append("지역 기업의 연구 개발을 돕는 사업을 계속 추진한다.") }
        lines += [
            "2025년 지역 R&D 추진 일정",                   // 47: a written year
            "",                                            // 48: no cut, line 49 has a month
            "3월에 공고한다.",                              // 49
            "",                                            // 50: a cut
            "산업부는 지역 기업과 대학을 함께 지원한다.",     // 51: first line of piece 2
            "세부 내용은 추후 안내한다.",                    // 52
            "", "",                                        // 53–54: a cut (two empty lines)
            "금융위원회는 29일 회의를 열었다.",              // 55
            "안건은 모두 원안대로 통과됐다.",                // 56
            "",                                            // 57: no cut, one is pending
            "이날 의결된 사업은 세 건이다.",                 // 58: the 29th
            "",
            "금융위원회는 27일 회의를 다시 열었다.",          // 60
            "",                                            // 61: no cut, 이날 follows at 63
            "안건은 모두 원안대로 통과됐다.",
            "이날 의결된 사업은 두 건이다.",                 // 63: the 27th
            "",                                            // 64: a cut, taken back at 69; but a
                                                           // cut between lines before it stays:
                                                           // three sentences end before 69
            "회의는 한 시간 동안 진행됐다.",
            "참석자들은 의견을 나눴다.",
            "위원장은 결과를 설명했다.",
            "위원들은 추가 논의를 요청했다.",
            "이날 회의는 오후에 끝났다.",                    // 69
            "",
            "끝.",
        ]
        let dir = try Support.temporaryDirectory("large-single")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("single.txt").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))

        let pieces = try #require(try Self.inPieces(path, pieceBytes: 100))
        #expect(pieces.cuts == [0, 44, 50, 54, 63])
        #expect(pieces.lines == Self.whole(path))
        let records = Records(pieces.lines.mentions)
        #expect(records.at(49, "3월")?["value"] as? String == "2025-03")
        // The meetings were held (past tense) before the document's date, and 이날 names them.
        #expect(records.at(55, "29일")?["value"] as? String == "2025-12-29")
        #expect(records.at(58, "이날")?["value"] as? String == "2025-12-29")
        #expect(records.at(63, "이날")?["value"] as? String == "2026-01-27")
    }

    /// No empty line at all (a PDF dump): cuts go between two lines where a sentence surely ends
    /// (after `…다.`, before a bullet or after a table row), never where the next two lines may read
    /// a date from above, a table starts within four lines, `이날` follows within three sentences,
    /// or a sentence runs on (a particle at the line end, a page marker dropped between).
    @Test func cutsBetweenLines() throws {
        let filler = "지역 기업의 연구 개발을 돕는 사업을 계속 추진하고 대학과 연구기관의 협력을 넓혀 나간다."
        var lines = ["산업부, 지역 연구개발 지원 확대 계획 발표", "등록 2026.01.28 21:15:17"]
        while lines.count < 44 { lines.append(filler) }
        lines += [
            "산업부는 지역 기업과 대학을 함께 지원하고 그 성과를 지역 사회와 나누는 방안을 마련한다.",  // 44: a cut
            "지원 대상은 지역에 본사를 둔 중소기업과 중견기업이며 대학과 연구기관도 함께 참여할 수 있다.", // 45
            "2025년 지역 연구개발 지원 사업의 추진 일정과 예산 배분 방향 및 세부 운영 기준",          // 46: a year
            "ㅇ 3월에 사업을 공고하고 4월에 선정 평가를 거쳐 5월에 협약을 맺은 뒤 곧바로 과제를 시작한다.", // 47
            "ㅇ 선정된 기업은 대학 연구진과 함께 과제를 수행하며 그 성과를 지역 사회와 함께 공유하는 체계",  // 48: a cut
            "ㅇ 참여 기관은 연구 인력과 장비를 공동으로 활용하고 지역 인재를 우선 채용하는 방안을 함께 마련", // 49: a cut
            "지역 기업과 대학이 함께 참여하는 공동 연구 사업은 올해 처음 시작되는 만큼 지역의 기대를",      // 50
            "- 3 -",                                                                                         // 51: dropped
            "한 몸에 받고 있으며 정부도 사업의 성과를 꼼꼼히 점검해 다음 단계의 지원 방향을 정할 계획이다.",   // 52
            "사업별 지원 규모와 선정 과제의 수는 아래 표와 같으며 세부 내용은 사업 공고문에서 확인할 수 있다.", // 53
            "(단위: 억원)",                                                                                   // 54
            "구분\t지원 규모", "공동 연구\t100",                                                           // 55–56
            "공동 연구 사업의 첫 설명회는 지난 20일 지역 대학의 대강당에서 열렸으며 관계자들이 자리를 채웠다.", // 57
            "설명회에서는 사업의 목적과 지원 방식 그리고 평가 기준을 차례로 소개하고 참석자의 질문에 답했다.",  // 58
            "참석자들은 지원 규모를 더 늘려 달라고 요청했고 정부는 이를 다음 해 예산에 반영하겠다고 답했다.",   // 59
            "이날 설명회에 참석한 기업 관계자들은 대학과의 공동 연구가 지역 산업에 큰 힘이 될 것이라고 기대했다.", // 60
            "회의를 마친 뒤 참석자들은 지역 기업 현장을 함께 둘러보며 공동 연구 과제의 후보를 살펴보았다.",     // 61: a cut
            "정부는 앞으로도 지역 기업과 대학의 협력을 넓혀 지역 산업의 경쟁력을 높이는 데 힘을 모을 것이다.",   // 62: a cut
        ]
        let dir = try Support.temporaryDirectory("large-lines")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("lines.txt").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))

        let pieces = try #require(try Self.inPieces(path, pieceBytes: 100))
        #expect(pieces.cuts == [0, 44, 48, 49, 61, 62])
        #expect(pieces.lines == Self.whole(path))
        let records = Records(pieces.lines.mentions)
        // 1-based lines: the year of line 47 reaches `3월` on line 48; 이날 names the 20th.
        #expect(records.at(48, "3월")?["value"] as? String == "2025-03")
        #expect(records.at(58, "지난 20일")?["value"] as? String == "2026-01-20")
        #expect(records.at(61, "이날")?["value"] as? String == "2026-01-20")
        #expect(records.at(57, "100")?["value"] as? Int == 10_000_000_000)
        // The sentence running over the dropped page marker stays one sentence.
        let runOn = Records(pieces.lines.sentences).objects.filter { ($0["text"] as? String)?.contains("지역의 기대를") == true }
        #expect(runOn.count == 1 && (runOn.first?["text"] as? String)?.hasSuffix("지원 방향을 정할 계획이다.") == true)
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
