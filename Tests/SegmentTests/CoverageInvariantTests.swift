import Testing
import Normalize
@testable import Segment

/// Sentences are disjoint, in order, tight (no leading or trailing whitespace), and together cover
/// every non-whitespace scalar of the text — whatever the input.
@Suite struct CoverageInvariantTests {
    static func check(_ string: String) -> String? {
        let (text, result) = segmentText(string)
        let t = text.scalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" }
        var covered = [Bool](repeating: false, count: t.count)
        var previousEnd = 0
        for s in result {
            let r = s.range
            if r.isEmpty { return "empty sentence at \(r)" }
            if r.lowerBound < previousEnd { return "overlap or disorder at \(r)" }
            if r.upperBound > t.count { return "out of bounds \(r)" }
            if isSpace(t[r.lowerBound]) || isSpace(t[r.upperBound - 1]) { return "untrimmed \(r)" }
            for k in r { covered[k] = true }
            previousEnd = r.upperBound
        }
        for k in t.indices where !isSpace(t[k]) && !covered[k] {
            return "scalar \(k) '\(t[k])' not in any sentence"
        }
        return nil
    }

    /// Real-looking passages (all cases of the table tests) and awkward shapes.
    static let passages: [String] = SentenceSegmenterTests.prose.map(\.input) + SentenceSegmenterTests.plans.map(\.input)
        + SentenceSegmenterTests.structure.map(\.input) + [
            "", " ", "\n\n\n", "\t\t\n", ".", "다.", "ㅇ", "*", "- ", "-", "□\n□", "(", ")", "\"", "'", "「", "…",
            "a.b. c. 다. 라.", "   앞 공백 문장이다.   \n\n   뒤 공백   ", "\"따옴표가 닫히지 않는다. 문장이다.",
            "(괄호가 닫히지 않는다. 문장이다.", "다.\"다.\"다.' 다.) 다.」 끝", "1.\n2.\n3. 항목\n- 1 -\n-1-",
            "ㅇ 항목, ㅇ 다음 ✓ 체크 ✓\n✓", "* 주석, * 주석, *", "표\t\t\t\n\t\t\n\t값\t", "가. 나. 다. 라.",
            "전략 1\n전략\n참고\n참고1\nⅠ.\nⅠ. 개요\nIV. 계획", "< 캡션 >\n<\n>\n<>", "(주)한독. (주). (사) 끝.",
            "➏\n➏ ➐\n요소", "...다... 라...", "?!?! 다?! 라!", "\u{00A0}다.\u{3000}라.",
        ]

    @Test(arguments: passages)
    func passageInvariant(_ s: String) {
        #expect(Self.check(s) == nil, "\(s)")
    }

    /// Random strings over an alphabet of the characters the segmenter looks at.
    @Test func randomInvariant() {
        let alphabet: [String] = [
            "다", "함", "음", "요", "주", "을", "및", "추진", "확대", "하고", "등", "별", ".", ".", ".", "?", "!", "…", ",", " ", " ", " ",
            "\n", "\n", "\t", "(", ")", "[", "]", "「", "」", "\"", "'", "'25", "2.5", "1", "12", "ㅇ ", "□ ", "* ", "** ", "- ", "❶",
            "①", "▲", "•", "※", "v ", "✓", "Ⅰ. ", "1. ", "전략 1 ", "< ", " >", "- 3 -", "M.AX", "www.a.kr", "%", "(주)", "A",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<400 {
            var s = ""
            for _ in 0..<(next() % 80) { s += alphabet[next() % alphabet.count] }
            let problem = Self.check(s)
            #expect(problem == nil, "\(problem ?? ""): \(s.debugDescription)")
            if problem != nil { break }
        }
    }
}
