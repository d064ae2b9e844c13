import Testing
@testable import Extract

@Suite struct ExtractorSuiteTests {
    static func money(_ r: Range<Int>) -> Mention {
        Mention(range: r, value: .money(MoneyValue(value: ExactDecimal(units: 1))), rule: "m")
    }
    static func count(_ r: Range<Int>) -> Mention {
        Mention(range: r, value: .count(CountValue(value: 1, unit: "개")), rule: "c")
    }
    static func date(_ r: Range<Int>) -> Mention {
        Mention(range: r, value: .date(DateValue(value: "2025")), rule: "d")
    }

    @Test func longerWinsThenTypePriorityAndOutputIsSorted() {
        let resolved = ExtractorSuite.resolve([
            Self.count(10..<13),   // inside the longer money: dropped
            Self.money(8..<15),
            Self.date(0..<4),
            Self.count(2..<6),     // crosses the date with the same length: date has priority
            Self.count(20..<22),
            Self.count(20..<22),   // exact duplicate: dropped
        ])
        #expect(resolved.map(\.range) == [0..<4, 8..<15, 20..<22])
        #expect(resolved.map(\.type) == [.date, .money, .count])
    }

    @Test func emptyInput() {
        #expect(ExtractorSuite.resolve([]).isEmpty)
    }
}
