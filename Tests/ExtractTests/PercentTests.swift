import Testing
@testable import Extract

@Suite struct PercentTests {
    /// text, expected span, value as written, points, bound: hand-computed.
    static let cases: [(String, String, Int64, Int, Bool, String?)] = [
        ("매출 30% 증가", "30%", 30, 0, false, nil),
        ("성장률 11.5%를 기록", "11.5%", 115, 1, false, nil),
        ("국산화율 70% 이상 달성", "70%", 70, 0, false, "이상"),
        ("전년 대비 5%p 상승", "5%", 5, 0, true, nil),
    ]

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

@Suite struct RatioTests {
    @Test func reads() {
        let found = mentions(RatioExtractor().extract(from:), "투자를 2.5배 확대하고 배출량을 줄인다")
        #expect(found.map(\.0) == ["2.5배"])
        if let m = found.first?.1, case .ratio(let v) = m.value {
            #expect(v.value.units == 25 && v.value.scale == 1)
        } else { Issue.record("no ratio") }
    }
}
