import Testing
@testable import Extract

/// `DateExtractor.atoms` tries a rule only where its trigger says it can start (a number's length
/// and the scalar after it, an apostrophe before a digit, a word's first two scalars). That is a
/// speed-up only: trying every rule of the trigger's kind at every position, as the scan did
/// before, must read the same atoms. A rule that learns to read something its trigger does not
/// declare (a new follower, a new word) fails here on a sentence that writes it.
@Suite struct DateRuleIndexTests {
    /// Sentences of press releases and news beyond the date and duration tables, for the shapes
    /// those tables write seldom: numbers of every length before every follower, quotations,
    /// spaced words.
    static let more: [String] = [
        "2025.5.28 오후 2시 보도자료 2025-01-02 2025/3/4 2025. 5 2023회계연도 2024학년도 2024년도",
        "'25.1분기 ’24.下 '24.5% ('21안) ('24예산) '2024년 7월 고용동향' 'AI 기본법' 통과",
        "12345명 1,516억원 2.5배 044-203-5012 21:15 A4 3·4분기 5·6월 2037·2038년 2022-2023년 국정감사",
        "2024~2028년 3~5월 10~12일 1/4분기 2분기 연속 3.26일 1.5일간 12/25(수) 5.29.(목)",
        "올 하반기 올\t3월 올 한 해 올해는 내년도 전년 대비 지난해보다 지지난해 재작년",
        "이 날 이날 이번 달 다음  달 다음달 지난 달 지난달 24일 오는 10일 지난 6월 전날 그저께",
        "상반기 하반기 전반기 후반기 한 달 두 주 석 달 반년 열흘 보름 하루 이틀간 사흘 나흘",
        "매년 3월 86,666원×8명×12월 5,000 X 12월 32,000원 * 17일 30일 밝혔다 13일 행정안전부는",
    ]

    static var inputs: [String] {
        let tables = DateExtractorTests.written + DateExtractorTests.periods + DateExtractorTests.relative
            + DateExtractorTests.shortYears + DateExtractorTests.plans
        return tables.map(\.input) + DurationTests.cases.map(\.input) + more
    }

    /// The scan before the rule index: every rule of the trigger's kind at every position.
    static func atomsTryingEveryRule(in t: DateText) -> [DateExtractor.Atom] {
        let rules = DateRules.all
        var atoms: [DateExtractor.Atom] = []
        var i = 0
        while i < t.count {
            let v = t[i]
            let tried: [Int]
            if DateText.isDigit(v) {
                tried = t.startsNumber(at: i) ? rules.indices.filter { if case .digit = rules[$0].trigger { true } else { false } } : []
            } else if v == DateLexicon.apostrophe {
                tried = rules.indices.filter { if case .apostrophe = rules[$0].trigger { true } else { false } }
            } else if DateText.isHangul(v), t.startsWord(at: i) {
                tried = rules.indices.filter { if case .hangul(let words) = rules[$0].trigger { words.contains { $0[0] == v } } else { false } }
            } else {
                tried = []
            }
            var best: (rule: Int, match: DateRuleMatch)? = nil
            for k in tried {
                guard let m = rules[k].read(t, i) else { continue }
                if let b = best, m.end < b.match.end || (m.end == b.match.end && (m.bare != nil || b.match.bare == nil)) { continue }
                best = (k, m)
            }
            if let best {
                let variant = best.match.variant
                let name = "date." + rules[best.rule].name + (variant.isEmpty ? "" : "." + variant)
                atoms.append(DateExtractor.Atom(range: i..<best.match.end, point: best.match.point, rule: name, bare: best.match.bare))
                i = best.match.end
            } else {
                i += 1
                while DateText.isDigit(t[i]), DateText.isDigit(v) { i += 1 }
            }
        }
        return atoms
    }

    @Test(arguments: inputs)
    func indexReadsWhatEveryRuleReads(_ input: String) {
        let t = DateText(ExtractionInput(string: input).text.scalars)
        let fast = DateExtractor.atoms(in: t)
        let every = Self.atomsTryingEveryRule(in: t)
        #expect(fast.map(\.range) == every.map(\.range))
        #expect(fast.map(\.rule) == every.map(\.rule))
        #expect(fast.map(\.point) == every.map(\.point))
        #expect(fast.map { $0.bare?.value } == every.map { $0.bare?.value })
    }

    /// The sentences above do read dates (the comparison is not between two empty lists).
    @Test func sentencesReadDates() {
        let counts = Self.more.map { DateExtractor.atoms(in: DateText(ExtractionInput(string: $0).text.scalars)).count }
        // The last line reads only `30일` and `13일`: `매년 3월` recurs and the others are factors.
        #expect(counts.allSatisfy { $0 >= 2 })
    }
}
