import Foundation
import Testing
import Normalize
@testable import Segment

/// Input the segmenter was not written for: one enormous line, nothing but bullets, no sentence
/// ending anywhere, unclosed quotes and brackets, mixed Hangul/Hanja/Latin. It must finish in
/// linear time, not crash, and keep the coverage invariant (disjoint, ordered, tight sentences that
/// cover every non-whitespace scalar).
@Suite struct BadInputTests {
    /// 20 MB in release builds; debug builds are about 10× slower, so 5 MB there (the 20 MB case is
    /// timed in release by `scripts/anchors.sh`).
    #if DEBUG
    static let largeBytes = 5 << 20
    #else
    static let largeBytes = 20 << 20
    #endif

    static func normalized(_ scalars: [Unicode.Scalar]) -> NormalizedText {
        var text = NormalizedText()
        text.reserveCapacity(scalars.count)
        TextNormalizer.append(scalars, range: 0..<scalars.count, to: &text)
        return text
    }

    /// `unit` repeated until the UTF-8 size reaches `bytes`; returns the scalars and the repeat count.
    static func repeated(_ unit: String, toBytes bytes: Int) -> ([Unicode.Scalar], Int) {
        let u = Array(unit.unicodeScalars)
        let n = max(1, bytes / unit.utf8.count)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(u.count * n)
        for _ in 0..<n { out.append(contentsOf: u) }
        return (out, n)
    }

    /// The coverage invariant in one pass; nil when it holds.
    static func invariantProblem(_ text: NormalizedText, _ result: [Sentence]) -> String? {
        let t = text.scalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" }
        var previousEnd = 0
        for s in result {
            let r = s.range
            if r.isEmpty { return "empty sentence at \(r)" }
            if r.lowerBound < previousEnd { return "overlap or disorder at \(r)" }
            if r.upperBound > t.count { return "out of bounds \(r)" }
            if isSpace(t[r.lowerBound]) || isSpace(t[r.upperBound - 1]) { return "untrimmed \(r)" }
            for k in previousEnd..<r.lowerBound where !isSpace(t[k]) {
                return "scalar \(k) '\(t[k])' not in any sentence"
            }
            previousEnd = r.upperBound
        }
        for k in previousEnd..<t.count where !isSpace(t[k]) {
            return "scalar \(k) '\(t[k])' not in any sentence"
        }
        return nil
    }

    static func timed(_ text: NormalizedText) -> ([Sentence], Double) {
        let clock = ContinuousClock()
        var result: [Sentence] = []
        let elapsed = clock.measure { result = SentenceSegmenter().segment(text) }
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    // MARK: - One enormous line

    /// Korean prose with every newline removed: each repeat is exactly one declarative sentence.
    @Test func hugeSingleLineOfSentences() {
        let unit = "산업통상자원부는 2026년까지 AI 자율제조 선도 프로젝트 200개를 추진하고 예산 1.2조 원을 투입한다. "
        let (scalars, n) = Self.repeated(unit, toBytes: Self.largeBytes)
        let text = Self.normalized(scalars)
        let (result, seconds) = Self.timed(text)
        #expect(Self.invariantProblem(text, result) == nil)
        #expect(result.count == n)
        #expect(result.first.map { $0.text(in: text) } == unit.trimmingCharacters(in: .whitespaces))
        #expect(seconds < 30, "\(seconds) s for \(Self.largeBytes >> 20) MB")
    }

    /// Nominal report style with no period, no ending and no newline at all: nothing to split on.
    @Test func hugeSingleLineWithoutEndings() {
        let (scalars, _) = Self.repeated("제조 AI 확산 및 실증 지원 강화 ", toBytes: Self.largeBytes)
        let text = Self.normalized(scalars)
        let (result, seconds) = Self.timed(text)
        #expect(Self.invariantProblem(text, result) == nil)
        #expect(!result.isEmpty)
        #expect(seconds < 30, "\(seconds) s for \(Self.largeBytes >> 20) MB")
    }

    // MARK: - Linear, not quadratic

    /// Segmentation of these shapes must stay linear: 1 MB on one line well within seconds. Shapes that could make a
    /// scanner look ahead to the end of the line for every position: unclosed quotes and brackets,
    /// runs of periods, one bullet after another on one line, no whitespace at all.
    /// The three marked "was quadratic" were, until 2026-11-24 (release build): one quote before
    /// every sentence (`QuoteSpans.contains` scanned every span of the line for each `.`: 1 MB
    /// 0.3 s, 4 MB 3.8 s); a line of only `.` (each `.` scanned the rest of the run: 0.25 MB 18 s,
    /// 1 MB 278 s); openers that never close, then a closer of another kind (each closer walked the
    /// whole stack: 0.25 MB 1.8 s, 1 MB 29 s).
    static let pathological: [(name: String, unit: String)] = [
        ("unclosed quote before every sentence (was quadratic)", "\"정부는 지원을 확대한다. "),
        ("unclosed bracket before every sentence", "(정부는 지원을 확대한다. "),
        ("unclosed corner bracket", "「AI 전략. "),
        ("only periods (was quadratic)", "."),
        ("periods and spaces", ". "),
        ("inline bullets on one line", "ㅇ 항목 ✓ 점검 "),
        ("footnote markers after commas", "내용, * 주석, "),
        ("no whitespace at all", "산업부는지원을확대한다다다"),
        ("ellipses", "…"),
        ("closing brackets only", ")」\"'"),
        ("open brackets, then a closer of another kind (was quadratic)", "((((]"),
        ("quoted sentences, each closed", "\"정부는 지원을 확대한다.\" 라고 밝혔다. "),
        ("nested brackets never closed", "(「『[정부. "),
    ]

    @Test(arguments: pathological.indices)
    func linearOnPathologicalShapes(_ index: Int) {
        let (name, unit) = Self.pathological[index]
        // Large enough that the time of the small input is well above timer and scheduler noise.
        let small = 1 << 18
        let (smallScalars, _) = Self.repeated(unit, toBytes: small)
        let (largeScalars, _) = Self.repeated(unit, toBytes: small * 4)
        let smallText = Self.normalized(smallScalars)
        let largeText = Self.normalized(largeScalars)
        // Best of two, to be fair to a busy machine.
        let (_, s1) = Self.timed(smallText)
        let (_, s2) = Self.timed(smallText)
        let (result, l1) = Self.timed(largeText)
        let (_, l2) = Self.timed(largeText)
        #expect(Self.invariantProblem(largeText, result) == nil, "\(name)")
        // No bound on the ratio itself: on a loaded machine (CI beside other builds) a ratio of
        // times is noise; the absolute bound is far above linear work and far below quadratic
        // (1 MB of `.` took 278 s when it was quadratic).
        #expect(min(l1, l2) < 10, "\(name): \(min(l1, l2)) s for \(small * 4 >> 10) KB (\(min(s1, s2)) s for a quarter)")
    }

    /// Each pathological shape as one line of `largeBytes / 4` (5 MB in release, 1.25 MB in debug):
    /// the quadratic versions needed minutes to hours for this; the linear ones need well under a
    /// second in release. The bound is loose on purpose — it catches quadratic work, not noise.
    @Test(arguments: pathological.indices)
    func pathologicalShapesAtScale(_ index: Int) {
        let (name, unit) = Self.pathological[index]
        let (scalars, _) = Self.repeated(unit, toBytes: Self.largeBytes / 4)
        let text = Self.normalized(scalars)
        let (result, seconds) = Self.timed(text)
        #expect(Self.invariantProblem(text, result) == nil, "\(name)")
        #expect(seconds < 30, "\(name): \(seconds) s for \(Self.largeBytes >> 22) MB")
    }

    /// Boundaries found in the pathological shapes, by hand: what the fixes above must not change.
    static let pathologicalSplits: [SegmentCase] = [
        SegmentCase(
            name: "unclosed quote: the next quote closes it, so the sentence inside stays whole",
            input: "\"정부는 지원을 확대한다. \"정부는 지원을 확대한다. \"정부는 지원을 확대한다.",
            expected: ["\"정부는 지원을 확대한다. \"정부는 지원을 확대한다.", "\"정부는 지원을 확대한다."]),
        SegmentCase(
            name: "only periods",
            input: "..........",
            expected: [".........."]),
        SegmentCase(
            name: "a period run after a syllable ends the sentence once",
            input: "확대한다... 다음 문장이다.",
            expected: ["확대한다...", "다음 문장이다."]),
        SegmentCase(
            name: "a closer of another kind does not close deep openers",
            input: "((((] 지원한다. 다음이다.",
            expected: ["((((] 지원한다.", "다음이다."]),
        SegmentCase(
            name: "a bracket closed within three openers holds its sentence",
            input: "(가「나. 다」라) 확대한다. 끝이다.",
            expected: ["(가「나. 다」라) 확대한다.", "끝이다."]),
        SegmentCase(
            name: "an opener four deep is too far for its closer",
            input: "(가「『[나. 다) 확대한다.",
            expected: ["(가「『[나.", "다) 확대한다."]),
    ]

    @Test(arguments: pathologicalSplits)
    func boundariesInPathologicalShapes(_ c: SegmentCase) {
        let (text, result) = segmentText(c.input)
        #expect(result.map { $0.text(in: text) } == c.expected)
        #expect(Self.invariantProblem(text, result) == nil)
    }

    // MARK: - Only bullets

    /// A file of nothing but bullet lines: one item per line, whatever the marker.
    static let bulletFiles: [SegmentCase] = [
        SegmentCase(
            name: "ㅇ items without endings",
            input: "ㅇ 반도체 설비투자 세액공제 확대\nㅇ 이차전지 공급망 안정화\nㅇ 바이오 인력 양성\n",
            expected: ["ㅇ 반도체 설비투자 세액공제 확대", "ㅇ 이차전지 공급망 안정화", "ㅇ 바이오 인력 양성"]),
        SegmentCase(
            name: "nested markers",
            input: "□ 추진 과제\n ㅇ 실증 지원\n  - 200개 과제 선정\n  - 예산 1.2조원\n   * 국비 기준\n",
            expected: ["□ 추진 과제", "ㅇ 실증 지원", "- 200개 과제 선정", "- 예산 1.2조원", "* 국비 기준"]),
        SegmentCase(
            name: "numbered circles and triangles",
            input: "❶ 규제 개선\n❷ 인프라 구축\n① 데이터 개방\n② 표준화\n▲ 수출 지원\n△ 내수 활성화",
            expected: ["❶ 규제 개선", "❷ 인프라 구축", "① 데이터 개방", "② 표준화", "▲ 수출 지원", "△ 내수 활성화"]),
    ]

    @Test(arguments: bulletFiles)
    func onlyBullets(_ c: SegmentCase) {
        let (text, result) = segmentText(c.input)
        #expect(result.map { $0.text(in: text) } == c.expected)
        #expect(Self.invariantProblem(text, result) == nil)
    }

    /// Bare markers with nothing after them: no sentence to speak of, but nothing lost or crashed.
    @Test func bareMarkers() {
        let (text, result) = segmentText("ㅇ\n□\n-\n*\n❶\n①\n▲\n※\n✓")
        #expect(Self.invariantProblem(text, result) == nil)
    }

    @Test func largeFileOfOnlyBullets() {
        let unit = "ㅇ 제조 AI 확산 지원\n"
        let (scalars, n) = Self.repeated(unit, toBytes: 1 << 20)
        let text = Self.normalized(scalars)
        let (result, seconds) = Self.timed(text)
        #expect(Self.invariantProblem(text, result) == nil)
        #expect(result.count == n)
        #expect(result.allSatisfy { $0.kind == .bullet })
        #expect(seconds < 10)
    }

    // MARK: - No sentence endings at all

    static let noEndings: [SegmentCase] = [
        SegmentCase(
            name: "one title line",
            input: "2026년 산업기술 R&D 투자 전략",
            expected: ["2026년 산업기술 R&D 투자 전략"]),
        SegmentCase(
            name: "paragraphs of nominal phrases separated by blank lines",
            input: "제조 AI 전환 가속화\n\n공급망 안정화 기반 강화\n\n수출 시장 다변화",
            expected: ["제조 AI 전환 가속화", "공급망 안정화 기반 강화", "수출 시장 다변화"]),
        SegmentCase(
            name: "only punctuation and digits",
            input: "2026 1 22 , , ; : 100%",
            expected: ["2026 1 22 , , ; : 100%"]),
    ]

    @Test(arguments: noEndings)
    func withoutSentenceEndings(_ c: SegmentCase) {
        let (text, result) = segmentText(c.input)
        #expect(result.map { $0.text(in: text) } == c.expected)
        #expect(Self.invariantProblem(text, result) == nil)
    }

    // MARK: - Mixed Hangul, Hanja, Latin

    static let mixedScripts: [SegmentCase] = [
        SegmentCase(
            name: "Hanja words inside Korean sentences",
            input: "政府는 國家戰略技術 育成을 推進한다. 豫算은 1兆 원이다.",
            expected: ["政府는 國家戰略技術 育成을 推進한다.", "豫算은 1兆 원이다."]),
        SegmentCase(
            name: "Latin names and abbreviations inside Korean sentences",
            input: "Samsung Electronics와 LG Energy Solution은 U.S. IRA 대응 방안을 논의했다. 다음 회의는 Seoul에서 열린다.",
            expected: ["Samsung Electronics와 LG Energy Solution은 U.S. IRA 대응 방안을 논의했다.", "다음 회의는 Seoul에서 열린다."]),
        SegmentCase(
            name: "Hangul sentence after a Latin one on its own line",
            input: "Ministry of Trade, Industry and Energy\n산업통상자원부는 계획을 발표했다.",
            expected: ["Ministry of Trade, Industry and Energy", "산업통상자원부는 계획을 발표했다."]),
        SegmentCase(
            name: "fullwidth Latin and digits, compatibility Hanja",
            input: "ＡＩ 산업은 ２０３０년까지 성장한다. 豈 계획이다.",
            expected: ["AI 산업은 2030년까지 성장한다.", "豈 계획이다."]),
    ]

    @Test(arguments: mixedScripts)
    func mixedHangulHanjaLatin(_ c: SegmentCase) {
        let (text, result) = segmentText(c.input)
        #expect(result.map { $0.text(in: text) } == c.expected)
        #expect(Self.invariantProblem(text, result) == nil)
    }

    /// Random mixes of scripts, combining marks, surrogates-adjacent and private-use scalars: no
    /// crash, invariant holds.
    @Test func randomMixedScripts() {
        let alphabet: [Unicode.Scalar] = Array("가나다한국政府國家AIbc.?! \n\t\"'()「」…ㅇ□*-①❶%1２ＡＢ\u{0301}\u{1100}\u{1161}\u{E000}\u{FEFF}\u{200B}\u{1F600}".unicodeScalars)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<300 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<(next() % 120) { scalars.append(alphabet[next() % alphabet.count]) }
            let text = Self.normalized(scalars)
            let result = SentenceSegmenter().segment(text)
            let problem = Self.invariantProblem(text, result)
            #expect(problem == nil, "\(problem ?? ""): \(String(String.UnicodeScalarView(scalars)).debugDescription)")
            if problem != nil { break }
        }
    }
}
