import Testing
import Extract
@testable import Report

/// Escaping and the texts values become, written by hand.
@Suite struct DisplayTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("R&D 'AI' 사업", "R&amp;D &#39;AI&#39; 사업"),
        ("&lt;", "&amp;lt;"),
        ("줄\r\n바꿈\t탭", "줄\n\n바꿈\t탭"),
        ("널\u{0}문자\u{7F}", "널\u{FFFD}문자\u{FFFD}"),
        ("산업통상자원부", "산업통상자원부"),
    ])
    func escapes(input: String, expected: String) {
        #expect(HTMLEscape.escaped(input) == expected)
    }

    @Test(arguments: [
        (Int64(4_320_000_000), "43억 2,000만 원"),
        (1_500_000_000_000, "1조 5,000억 원"),
        (172_500_000_000, "1,725억 원"),
        (2_000_000_000_000, "2조 원"),
        (10_000_000_000, "100억 원"),
        (12_345, "1만 2,345 원"),
        (999, "999 원"),
        (-50_000_000, "-5,000만 원"),
    ])
    func koreanUnits(won: Int64, expected: String) {
        #expect(MentionDisplay.koreanUnits(won) == expected)
    }

    @Test(arguments: [("1725", "1,725"), ("100", "100"), ("1000", "1,000"), ("-1234.5", "-1,234.5"), ("4320000000", "4,320,000,000")])
    func grouped(input: String, expected: String) {
        #expect(MentionDisplay.grouped(input) == expected)
    }

    /// `data-value` and the label for values as the extractors give them for real phrases.
    @Test(arguments: [
        // 1,725억원
        (MentionValue.money(MoneyValue(value: ExactDecimal(units: 172_500_000_000))), "172500000000", "172,500,000,000원 (1,725억 원)"),
        // 약 2조 원
        (.money(MoneyValue(value: ExactDecimal(units: 2_000_000_000_000), approx: true)), "2000000000000", "약 2,000,000,000,000원 (2조 원)"),
        // 100억 원 이상
        (.money(MoneyValue(value: ExactDecimal(units: 10_000_000_000), min: ExactDecimal(units: 10_000_000_000), bound: "이상")),
         "10000000000", "10,000,000,000원 (100억 원) 이상"),
        // 10억~20억 원
        (.money(MoneyValue(min: ExactDecimal(units: 1_000_000_000), max: ExactDecimal(units: 2_000_000_000))),
         "1000000000/2000000000", "1,000,000,000원 (10억 원) ~ 2,000,000,000원 (20억 원)"),
        // 과제당 4억원
        (.money(MoneyValue(value: ExactDecimal(units: 400_000_000), per: "과제")), "400000000", "400,000,000원 (4억 원) / 과제"),
        // 1.5달러
        (.money(MoneyValue(value: ExactDecimal(units: 15, scale: 1), currency: "USD")), "1.5", "1.5 USD"),
        // 2025. 5. 30.
        (.date(DateValue(value: "2025-05-30")), "2025-05-30", "2025-05-30"),
        // ('24∼'28)
        (.date(DateValue(from: "2024", to: "2028", attachedTo: "제8차 산업기술혁신계획")), "2024/2028", "2024 ~ 2028 · 제8차 산업기술혁신계획"),
        // 2030년까지
        (.date(DateValue(to: "2030", deadline: true)), "/2030", "~ 2030 (deadline)"),
        // 올해, in a document dated 2026-01-28
        (.date(DateValue(value: "2026", relative: true, reference: "2026-01-28T21:15:17")), "2026", "2026 (relative to 2026-01-28T21:15:17)"),
        // 올해, with no date to resolve it against
        (.date(DateValue(relative: true)), "", "unresolved (no reference date)"),
        // 445개 과제
        (.count(CountValue(value: 445, unit: "개", item: "과제")), "445", "445개 · 과제"),
        // 10~20개
        (.count(CountValue(value: 10, unit: "개", min: 10, max: 20)), "10", "10 ~ 20개"),
        // 산업부, after 2025-10-01
        (.org(OrgValue(canonical: "산업통상부", kind: "ministry", category: "government")), "산업통상부", "산업통상부 · government"),
        // 11.5%, 5%p
        (.percent(PercentValue(value: ExactDecimal(units: 115, scale: 1))), "11.5", "11.5%"),
        (.percent(PercentValue(value: ExactDecimal(units: 5), points: true)), "5", "5%p"),
        // 2.5배
        (.ratio(RatioValue(value: ExactDecimal(units: 25, scale: 1))), "2.5", "×2.5"),
        // 1년 6개월
        (.duration(DurationValue(value: "P1Y6M")), "P1Y6M", "P1Y6M"),
        (.program(ProgramValue(name: "산업혁신기반구축사업")), "산업혁신기반구축사업", "산업혁신기반구축사업"),
    ])
    func valueTexts(value: MentionValue, machine: String, label: String) {
        #expect(MentionDisplay.machineValue(value) == machine)
        #expect(MentionDisplay.label(value) == label)
    }

    @Test(arguments: [
        (MentionValue.count(CountValue(value: 30, unit: "곳", item: "반도체 기업")), "30곳"),
        (.money(MoneyValue(value: ExactDecimal(units: 25_000_000_000), per: "년", date: "2025")), "25,000,000,000원 (250억 원)"),
    ])
    func amountsLeaveItemAndDateToTheirColumns(value: MentionValue, expected: String) {
        #expect(MentionDisplay.amount(value) == expected)
    }

    @Test(arguments: [
        (DateValue(value: "2025-03"), "2025-03"),
        (DateValue(from: "2024", to: "2028"), "2024~2028"),
        (DateValue(to: "2030", deadline: true), "~2030"),
        (DateValue(relative: true), "?"),
    ])
    func shortDates(value: DateValue, expected: String) {
        #expect(MentionDisplay.shortDate(value) == expected)
    }

    /// Every type has its own letter (the greyscale cue), and a style.
    @Test func everyTypeHasItsOwnLetter() {
        #expect(MentionStyle.all.map(\.type) == MentionType.allCases)
        #expect(Set(MentionStyle.all.map(\.letter)).count == MentionType.allCases.count)
    }

    /// RFC 4648 test vectors, and the known SHA-256 of "abc" for the Content-Security-Policy hash.
    @Test func base64AndScriptHash() {
        #expect(PageAssets.base64(Array("foob".utf8)) == "Zm9vYg==")
        #expect(PageAssets.base64(Array("fooba".utf8)) == "Zm9vYmE=")
        #expect(PageAssets.base64SHA256("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }
}
