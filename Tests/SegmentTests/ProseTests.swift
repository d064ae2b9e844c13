import Foundation
import Testing
@testable import Segment
import Normalize
import SourceText

/// Ordinary news and blog prose (Tests/Fixtures/sentences/prose.jsonl, written and segmented by
/// hand): boundary F1 over the whitespace-free text, the measure `eval_sentences.py` uses.
@Suite struct ProseTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/sentences/prose.jsonl").standardized

    /// Offsets, in the text with all whitespace removed, where each sentence but the last ends.
    static func boundaries(_ sentences: [String]) -> Set<Int> {
        var result = Set<Int>()
        var offset = 0
        for s in sentences.dropLast() {
            offset += s.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            result.insert(offset)
        }
        return result
    }

    /// Run-on prose without periods: a verbal ending before a space closes the sentence; a plain
    /// `-다` that connects (`하다 보니`) or a noun ending like one (`주요`, `필요`, `처음`) does not.
    static let runOn: [(String, [String])] = [
        ("점심 먹고 한강까지 걸어갔는데 사람이 엄청 많았음 그래도 바람이 시원해서 좋았다",
         ["점심 먹고 한강까지 걸어갔는데 사람이 엄청 많았음", "그래도 바람이 시원해서 좋았다"]),
        ("저녁엔 친구랑 치킨 시켜 먹었어요 역시 치킨은 진리죠 다음에 또 시켜야지",
         ["저녁엔 친구랑 치킨 시켜 먹었어요", "역시 치킨은 진리죠", "다음에 또 시켜야지"]),
        ("오늘 날씨 진짜 좋다ㅎㅎ 산책 나가야지", ["오늘 날씨 진짜 좋다ㅎㅎ", "산책 나가야지"]),
        ("영화 진짜 웃겼다 ㅋㅋㅋ 다음 편도 볼 예정", ["영화 진짜 웃겼다 ㅋㅋㅋ", "다음 편도 볼 예정"]),
        ("회의는 오후에 끝났습니다 결과는 내일 공유합니다", ["회의는 오후에 끝났습니다", "결과는 내일 공유합니다"]),
        ("일을 하다 보니 늦었다", ["일을 하다 보니 늦었다"]),
        ("주요 내용은 아래와 같다", ["주요 내용은 아래와 같다"]),
        ("더 이상 필요 없다고 했다", ["더 이상 필요 없다고 했다"]),
        ("처음 가 본 식당이었다", ["처음 가 본 식당이었다"]),
        ("수요 증가로 가격이 올랐다", ["수요 증가로 가격이 올랐다"]),
        ("최신 가요 순위가 바뀌었다", ["최신 가요 순위가 바뀌었다"]),
        ("그는 \"잘 했다 그리고 고맙다\"고 말했다", ["그는 \"잘 했다 그리고 고맙다\"고 말했다"]),
        ("먹다 남은 빵을 버렸다", ["먹다 남은 빵을 버렸다"]),
    ]

    @Test func runOnSentences() {
        for (input, expected) in Self.runOn {
            #expect(sentences(input) == expected, "\(input)")
        }
    }

    @Test func newsAndBlogProse() throws {
        let data = try String(contentsOf: Self.fixture, encoding: .utf8)
        var truePositives = 0, predicted = 0, expected = 0
        var misses: [String] = []
        for line in data.split(separator: "\n") {
            let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let gold = doc["sentences"] as! [String]
            let got = sentences(doc["text"] as! String)
            let g = Self.boundaries(gold), p = Self.boundaries(got)
            truePositives += g.intersection(p).count
            predicted += p.count
            expected += g.count
            if g != p { misses.append("\(doc["id"]!): \(got)") }
        }
        let precision = Double(truePositives) / Double(max(predicted, 1))
        let recall = Double(truePositives) / Double(max(expected, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        #expect(expected > 40, "the fixture holds the hand-segmented documents")
        #expect(f1 >= 0.95, "boundary F1 \(f1) (P \(precision), R \(recall)); differs: \(misses)")
        #expect(precision >= 0.99, "a split inside a sentence: \(misses)")
    }
}

/// PDF text whose page break (a `- 13 -` marker, a running header) falls inside a sentence.
@Suite struct PageBreakTests {
    /// Normalizes as the pipeline does for a .txt file (boilerplate dropped) and segments.
    func segmentFile(_ string: String) -> [String] {
        let document = PlainTextFormat().normalize(SourceFile(path: "page.txt", text: string), options: NormalizeOptions())
        return SentenceSegmenter().segment(document.text).map { $0.text(in: document.text) }
    }

    static let cases: [(String, [String])] = [
        // A particle or comma before the break: the sentence runs on.
        ("* 美 비영리 국제교육기관 협력으로 첨단산업 클러스터를 중심으로 기업, 대학,\n- 13 -\n기관 방문 및 전문가 초청 웨비나 참여 지원\n",
         ["* 美 비영리 국제교육기관 협력으로 첨단산업 클러스터를 중심으로 기업, 대학, 기관 방문 및 전문가 초청 웨비나 참여 지원"]),
        ("ㅇ 규제특례 실증기술 전용 R&D를 신규 지원하고 산업융합 규제특례 지원단 확대를 위한\n- 4 -\n제도 개선을 추진\n",
         ["ㅇ 규제특례 실증기술 전용 R&D를 신규 지원하고 산업융합 규제특례 지원단 확대를 위한 제도 개선을 추진"]),
        // A nominal ending before the break: the heading after it stays its own.
        ("ㅇ 지역혁신클러스터육성 R&D-비R&D 연계 강화를 통한 사업 성과제고\n- 34 -\n진취적 산업기술문화 조성·확산\n□ 산업기술에 대한 인식제고를 위해 다큐멘터리 제작\n",
         ["ㅇ 지역혁신클러스터육성 R&D-비R&D 연계 강화를 통한 사업 성과제고", "진취적 산업기술문화 조성·확산",
          "□ 산업기술에 대한 인식제고를 위해 다큐멘터리 제작"]),
        // A bullet after the break starts its own sentence even after a particle.
        ("ㅇ 첨단산업 분야 연구소 內 협력센터 확대 및\n- 5 -\nㅇ 해외 우수 연구기관과 글로벌 기술협력 강화\n",
         ["ㅇ 첨단산업 분야 연구소 內 협력센터 확대 및", "ㅇ 해외 우수 연구기관과 글로벌 기술협력 강화"]),
        // A real blank line (a paragraph break) still ends the sentence.
        ("첨단산업 클러스터를 중심으로 기업, 대학,\n\n기관 방문 및 전문가 초청 웨비나 참여 지원\n",
         ["첨단산업 클러스터를 중심으로 기업, 대학,", "기관 방문 및 전문가 초청 웨비나 참여 지원"]),
    ]

    @Test func sentencesRunOnAcrossDroppedPageMarkers() {
        for (input, expected) in Self.cases {
            #expect(segmentFile(input) == expected, "\(input)")
        }
    }
}
