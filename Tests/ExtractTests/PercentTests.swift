import Testing
@testable import Extract

@Suite struct PercentTests {
    /// text, expected span, value as written, points, bound: hand-computed.
    static let cases: [(String, String, Int64, Int, Bool, String?)] = [
        ("매출 30% 증가", "30%", 30, 0, false, nil),
        ("성장률 11.5%를 기록", "11.5%", 115, 1, false, nil),
        ("국산화율 70% 이상 달성", "70%", 70, 0, false, "이상"),
        ("전년 대비 5%p 상승", "5%p", 5, 0, true, nil),
        ("3.5%p 하락", "3.5%p", 35, 1, true, nil),
        ("2%포인트 상승", "2%포인트", 2, 0, true, nil),
        ("점유율 50％ 달성", "50%", 50, 0, false, nil),
        ("30퍼센트 증가", "30퍼센트", 30, 0, false, nil),
        ("20 프로 할인", "20 프로", 20, 0, false, nil),
        ("1.5퍼센트포인트 올랐다", "1.5퍼센트포인트", 15, 1, true, nil),
        ("부채비율 40% 이하", "40%", 40, 0, false, "이하"),
        ("최대 80%까지 지원", "80%", 80, 0, false, "최대"),
        ("‘24년 대비 183% 증액", "183%", 183, 0, false, nil),
        ("특정국 의존도 70% 미만", "70%", 70, 0, false, "미만"),
        ("점유율은 30%를 넘어선 것으로", "30%", 30, 0, false, "넘어선"),
    ]

    /// Ranges: `value` is the lower end, `min`/`max` the ends (units, scale as written).
    static let ranges: [(String, String, Int64, Int64, Bool)] = [
        ("10~20% 수준", "10~20%", 10, 20, false),
        ("10%~20%", "10%~20%", 10, 20, false),
        ("3~5%p 상승", "3~5%p", 3, 5, true),
    ]

    @Test(arguments: ranges)
    func readsRanges(_ c: (String, String, Int64, Int64, Bool)) {
        let found = mentions(PercentExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == [c.1], "\(c.0)")
        guard let m = found.first?.1, case .percent(let v) = m.value else { Issue.record("no percent"); return }
        #expect(v.value == ExactDecimal(units: c.2))
        #expect(v.min == ExactDecimal(units: c.2) && v.max == ExactDecimal(units: c.3))
        #expect(v.points == c.4)
    }

    // `∆34.47%`: a decrease written with U+2206, whose sign cannot be told from a bullet (as `△`).
    static let negatives = ["3프로젝트 추진", "30%ABC", "2025년", "20~30억원", "제5조", "특별회계 ∆34.47%", "(△4.7%)"]

    @Test(arguments: negatives)
    func ignores(_ s: String) {
        #expect(mentions(PercentExtractor().extract(from:), s).isEmpty, "\(s)")
    }

    @Test(arguments: cases)
    func reads(_ c: (String, String, Int64, Int, Bool, String?)) {
        let found = mentions(PercentExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == [c.1], "\(c.0)")
        guard let m = found.first?.1, case .percent(let v) = m.value else { Issue.record("no percent"); return }
        #expect(v.value.units == c.2 && v.value.scale == c.3, "\(v.value)")
        #expect(v.points == c.4)
        #expect(v.bound == c.5)
    }
}

@Suite struct PercentTableTests {
    /// (cell as written, units, scale) of every percent found, in order.
    static func cells(_ text: String) -> [(String, Int64, Int)] {
        mentions(PercentExtractor().extract(from:), text).compactMap { (t, m) in
            guard case .percent(let v) = m.value else { return nil }
            return (t, v.value.units, v.value.scale)
        }
    }

    /// A column headed `증감 (%)` holds percentages; `△` is a fall (2021 budget table, box drawn).
    @Test func percentColumn() {
        let table = """
        ◇ 2019∼2021년 분야별 재원 배분 비교 (단위: 조원, 조원, 조원, %)
        ┌────────────┬────┬─────┬───┬───┐
        ││2020(A) │ 2021 │ 증감 │ 증감 │
        │││정부안(B) │(B-A) │ (%) │
        ├────────────┼────┼─────┼───┼───┤
        │◆ 총지출 │ 512.3 │ 555.8 │ 43.5 │ 8.5 │
        ├────────────┼────┼─────┼───┼───┤
        │2. 교 육│ 72.6 │ 71.0 │△1.6 │△2.2 │
        └────────────┴────┴─────┴───┴───┘
        """
        let got = Self.cells(table)
        #expect(got.map(\.0) == ["8.5", "△2.2"])
        #expect(got.map(\.1) == [85, -22])
        #expect(got.map(\.2) == [1, 1])
    }

    /// `구성비` under a merged `계` header: the share of each row; the amounts beside it are no
    /// percentages, and a `구성비` that spans to the right over another body's amounts is no guide
    /// (a district's 2024 revenue table).
    @Test func shareColumns() {
        let table = """
        (단위 : 백만원)
        구분 | 계 | 구성비 | 일반회계 | 특별회계 | ||||
        ---|---|---|---|---|---|---|---|---|
        예산액 | 구성비 | 예산액 | 구성비 | |||||
        세외수입 | 43,948 | 5.30 | 38,643 | 4.72 | 5,304 | 47.19 | ||
        """
        let got = Self.cells(table)
        #expect(got.map(\.0) == ["5.30", "4.72"])
        #expect(got.map(\.1) == [53, 472])     // 5.30 is 5.3 exactly
        #expect(got.map(\.2) == [1, 2])
    }
}

@Suite struct RatioTests {
    @Test func reads() {
        let found = mentions(RatioExtractor().extract(from:), "투자를 2.5배 확대하고 배출량을 줄인다")
        #expect(found.map(\.0) == ["2.5배"])
        if let m = found.first?.1, case .ratio(let v) = m.value {
            #expect(v.value.units == 25 && v.value.scale == 1)
        } else { Issue.record("no ratio") }
    }
}
