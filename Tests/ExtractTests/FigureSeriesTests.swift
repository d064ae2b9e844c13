import Testing
@testable import Extract

/// Time series (`('24) 8,295억원 → ('25) 8,272억원`) and table cell labels, read by hand.
@Suite struct FigureSeriesTests {
    /// (text, [(mention text, value, seriesId, seriesDate)]) for money.
    static let moneySeries: [(String, [(String, Int64, String?, String?)])] = [
        ("* 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원(884개 과제)",
         [("8,295억원", 829_500_000_000, "s1", "2024"), ("8,272억원", 827_200_000_000, "s1", "2025")]),
        ("Ÿ (지원 규모) (`23)8,129억원 → (`24)8,295억원",
         [("8,129억원", 812_900_000_000, "s1", "2023"), ("8,295억원", 829_500_000_000, "s1", "2024")]),
        ("투자 2,685억 → 2,995억", [("2,685억", 268_500_000_000, "s1", nil), ("2,995억", 299_500_000_000, "s1", nil)]),
        ("* ’25년 확정 10억원 -> ‘26년 60억원으로 증액 요구",
         [("10억원", 1_000_000_000, "s1", nil), ("60억원", 6_000_000_000, "s1", "2026")]),
        ("'23년 1,000억원 → '24년 1,500억원 → '25년 2,000억원",
         [("1,000억원", 100_000_000_000, "s1", "2023"), ("1,500억원", 150_000_000_000, "s1", "2024"),
          ("2,000억원", 200_000_000_000, "s1", "2025")]),
        // The id counts the document's arrows: the first arrow joins no figures.
        ("1단계 → 2단계, ('24) 10억원 → ('25) 20억원",
         [("10억원", 1_000_000_000, "s2", "2024"), ("20억원", 2_000_000_000, "s2", "2025")]),
        ("('24) 766억원 → ('25) 1,210억원, ('24) 1,698억원 → ('25) 2,858억원",
         [("766억원", 76_600_000_000, "s1", "2024"), ("1,210억원", 121_000_000_000, "s1", "2025"),
          ("1,698억원", 169_800_000_000, "s2", "2024"), ("2,858억원", 285_800_000_000, "s2", "2025")]),
        // `'21안`: the year's budget proposal; the bare left member takes the right one's unit.
        ("* 관련 예산 : (’20년) 1,029 → (’21안) 1,311억 원",
         [("1,029", 102_900_000_000, "s1", "2020"), ("1,311억 원", 131_100_000_000, "s1", "2021")]),
        // Not a series: another figure and words stand between.
        ("** ’23년 반도체 산업(1개 산업, 23억원) → ’24년 반도체+배터리 산업(2개 산업, 100억원)",
         [("23억원", 2_300_000_000, nil, nil), ("100억원", 10_000_000_000, nil, nil)]),
        ("100억원 투입, 200억원 조성", [("100억원", 10_000_000_000, nil, nil), ("200억원", 20_000_000_000, nil, nil)]),
        ("10억 달러 → 20억원", [("10억 달러", 1_000_000_000, nil, nil), ("20억원", 2_000_000_000, nil, nil)]),
    ]

    /// (text, [(mention text, value, seriesId, seriesDate)]) for counts.
    static let countSeries: [(String, [(String, Int64, String?, String?)])] = [
        ("(’23년 66개 → ’24년 247개)", [("66개", 66, "s1", "2023"), ("247개", 247, "s1", "2024")]),
        ("’24년 340명→ ’25년 480명", [("340명", 340, "s1", "2024"), ("480명", 480, "s1", "2025")]),
        ("44개 → 500개", [("44개", 44, "s1", nil), ("500개", 500, "s1", nil)]),
        ("(참여기관; 152개(’23) → 182개 (’24))", [("152개", 152, "s1", "2023"), ("182개", 182, "s1", "2024")]),
        ("* 3개교(‘23, 반도체)→11개교(’24, 반도체(6))", [("3개교", 3, "s1", "2023"), ("11개교", 11, "s1", "2024")]),
        ("* 산업기술협력센터: (‘24년) 6개 ➝ (‘25년) 8개, 누적", [("6개", 6, "s1", "2024"), ("8개", 8, "s1", "2025")]),
        ("ㅇ 리빙랩 확대('24년 6개 → '25년 10개)", [("6개", 6, "s1", "2024"), ("10개", 10, "s1", "2025")]),
        ("* 책임의료기관수 : (’20) 12개소 → (’21안) 15개소", [("12개소", 12, "s1", "2020"), ("15개소", 15, "s1", "2021")]),
        // Different counters are not one series.
        ("6개 → 10명", [("6개", 6, nil, nil), ("10명", 10, nil, nil)]),
    ]

    @Test(arguments: moneySeries)
    func money(_ c: (String, [(String, Int64, String?, String?)])) {
        let found = mentions(MoneyExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == c.1.map(\.0), "\(c.0)")
        for ((text, m), e) in zip(found, c.1) {
            guard case .money(let v) = m.value else { Issue.record("not money"); continue }
            #expect(v.value == ExactDecimal(units: e.1), "\(text)")
            #expect(v.series?.id == e.2, "\(text) seriesId")
            #expect(v.series?.date == e.3, "\(text) seriesDate")
        }
    }

    @Test(arguments: countSeries)
    func counts(_ c: (String, [(String, Int64, String?, String?)])) {
        let found = mentions(CountExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == c.1.map(\.0), "\(c.0)")
        for ((text, m), e) in zip(found, c.1) {
            guard case .count(let v) = m.value else { Issue.record("not a count"); continue }
            #expect(v.value == e.1, "\(text)")
            #expect(v.series?.id == e.2, "\(text) seriesId")
            #expect(v.series?.date == e.3, "\(text) seriesDate")
        }
    }

    /// Money and count series of one document never share an id.
    @Test func idsAcrossTypes() {
        let doc = "('24) 10억원 → ('25) 20억원, '24년 6개 → '25년 10개"
        let money = mentions(MoneyExtractor().extract(from:), doc).compactMap { m -> String? in
            if case .money(let v) = m.1.value { return v.series?.id } else { return nil }
        }
        let counts = mentions(CountExtractor().extract(from:), doc).compactMap { m -> String? in
            if case .count(let v) = m.1.value { return v.series?.id } else { return nil }
        }
        #expect(money == ["s1", "s1"])
        #expect(counts == ["s2", "s2"])
    }

    /// Corpus/004 lines 76-78: each cell knows its row and column labels; the `'25년` column gives the year.
    @Test func tableLabels() {
        let doc = """
        분야\t지원 과제수\t총 투자규모(억원)\t'25년 투자규모(억원)
        AI 팩토리\t44\t1,516\t627
        반도체 (공정·장비 등)\t30\t871\t204
        """
        let money = mentions(MoneyExtractor().extract(from:), doc)
        let expected: [(String, Int64, String, String, String?)] = [
            ("1,516", 151_600_000_000, "AI 팩토리", "총 투자규모", nil),
            ("627", 62_700_000_000, "AI 팩토리", "'25년 투자규모", "2025"),
            ("871", 87_100_000_000, "반도체 (공정·장비 등)", "총 투자규모", nil),
            ("204", 20_400_000_000, "반도체 (공정·장비 등)", "'25년 투자규모", "2025"),
        ]
        #expect(money.map(\.0) == expected.map(\.0))
        for ((text, m), e) in zip(money, expected) {
            guard case .money(let v) = m.value else { continue }
            #expect(v.value == ExactDecimal(units: e.1), "\(text)")
            #expect(v.cell?.rowLabel == e.2, "\(text) row")
            #expect(v.cell?.columnLabel == e.3, "\(text) column")
            #expect(v.date == e.4, "\(text) date")
        }
        let counts = mentions(CountExtractor().extract(from:), doc)
        #expect(counts.map(\.0) == ["44", "30"])
        for ((text, m), row) in zip(counts, ["AI 팩토리", "반도체 (공정·장비 등)"]) {
            guard case .count(let v) = m.value else { continue }
            #expect(v.cell == FigureCell(rowLabel: row, columnLabel: "지원 과제수"), "\(text)")
        }
    }

    /// A caption unit and year headers: the column label is the year; a multi-row header gives the nearest row.
    @Test func captionTableLabels() {
        let doc = """
        (단위: 백만원)
        구분\t2024\t2025
        연구개발\t1,200\t1,350
        """
        let found = mentions(MoneyExtractor().extract(from:), doc)
        #expect(found.map(\.0) == ["1,200", "1,350"])
        let cells = found.compactMap { m -> MoneyValue? in if case .money(let v) = m.1.value { return v } else { return nil } }
        #expect(cells.map(\.value) == [ExactDecimal(units: 1_200_000_000), ExactDecimal(units: 1_350_000_000)])
        #expect(cells.map { $0.cell?.rowLabel } == ["연구개발", "연구개발"])
        #expect(cells.map { $0.cell?.columnLabel } == ["2024", "2025"])
        #expect(cells.map(\.date) == ["2024", "2025"])
    }
}

/// Tables as PDF and web text lay them out without tabs: columns apart by wide spacing or by
/// bars, rule lines between rows. Values worked out by hand from the caption unit.
@Suite struct LaidOutTableTests {
    typealias Cell = (text: String, won: Int64, row: String?, column: String?, date: String?)

    static func moneyCells(_ doc: String) -> [Cell] {
        mentions(MoneyExtractor().extract(from:), doc).compactMap { text, m in
            guard case .money(let v) = m.value, v.unitFromHeader, let units = v.value?.units else { return nil }
            return (text, units, v.cell?.rowLabel, v.cell?.columnLabel, v.date)
        }
    }

    static func same(_ a: [Cell], _ b: [Cell]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.text == $1.text && $0.won == $1.won && $0.row == $1.row && $0.column == $1.column && $0.date == $1.date
        }
    }

    /// Column-aligned (`pdftotext -layout`): `구  분` and `합  계` are letter-spaced labels; `-` an empty cell.
    @Test func spaceAligned() {
        let doc = """
         < 투자 계획 >
                                          (단위: 억원)
        구  분          ’25        ’26       합계
        혁신밸리        240          -        240
        합  계          645      1,100      1,745
        """
        let expected: [Cell] = [
            ("240", 24_000_000_000, "혁신밸리", "'25", "2025"), ("240", 24_000_000_000, "혁신밸리", "합계", nil),
            ("645", 64_500_000_000, "합 계", "'25", "2025"), ("1,100", 110_000_000_000, "합 계", "'26", "2026"),
            ("1,745", 174_500_000_000, "합 계", "합계", nil),
        ]
        let found = Self.moneyCells(doc)
        #expect(Self.same(found, expected), "\(found)")
    }

    /// A long row label leaves one space before the first figure; a `%` column is not money.
    @Test func labelTouchingFigure() {
        let doc = """
                                  (단위: 백만원, %)
         사업명        2024예산(A)   2025예산안(B)   증감(B-A)    %
         스포츠강좌이용권 94,800        90,360      △4,440     △4.7
        """
        let found = Self.moneyCells(doc)
        let expected: [Cell] = [
            ("94,800", 94_800_000_000, "스포츠강좌이용권", "2024예산(A)", "2024"),
            ("90,360", 90_360_000_000, "스포츠강좌이용권", "2025예산안(B)", "2025"),
            ("△4,440", -4_440_000_000, "스포츠강좌이용권", "증감(B-A)", nil),
        ]
        #expect(Self.same(found, expected), "\(found)")
    }

    /// `(단위: 억원, 개)`: the column whose header names no amount counts 개.
    @Test func moneyAndCountCaption() {
        let doc = """
        (단위: 억원, 개)
          내역사업          ’25 예산     증감     신규과제
          기술혁신개발       4,150      ∆230        560
        """
        let found = Self.moneyCells(doc)
        #expect(Self.same(found, [
            ("4,150", 415_000_000_000, "기술혁신개발", "'25 예산", "2025"),
            ("∆230", -23_000_000_000, "기술혁신개발", "증감", nil),
        ]), "\(found)")
        let counts = mentions(CountExtractor().extract(from:), doc)
        #expect(counts.map(\.0) == ["560"])
        if case .count(let v) = counts.first?.1.value {
            #expect(v.value == 560 && v.unit == "개" && v.item == "신규과제")
        }
    }

    /// Two header rows, an amount word over two years (an HTML table's `colspan`/`rowspan` laid out
    /// as empty cells): both years' columns are amounts; the last column counts 개.
    @Test func amountOverYearsWithCountCaption() {
        let doc = "(단위: 억원, 개)\n사업명\t예산\t\t지원 과제수\n\t2025년\t2026년\t\n창업성장기술개발\t5,210\t5,880\t1,420\n"
        let found = Self.moneyCells(doc)
        #expect(Self.same(found, [
            ("5,210", 521_000_000_000, "창업성장기술개발", "2025년", "2025"),
            ("5,880", 588_000_000_000, "창업성장기술개발", "2026년", "2026"),
        ]), "\(found)")
        let counts = mentions(CountExtractor().extract(from:), doc)
        #expect(counts.map(\.0) == ["1,420"])
    }

    /// Box-drawn rows and rules; a sub-row of parenthesized figures is no header for the row below.
    @Test func boxDrawn() {
        let doc = """
        ◇ 분야별 재원 배분 (단위: 조원, 조원, %)
        ┌──────────┬─────┬─────┬───┐
        ││2020(A) │ 2021 │ 증감(%) │
        ├──────────┼─────┼─────┼───┤
        │2. 교 육│ 72.6 │ 71.0 │△2.2 │
        │ (교부금 제외)│ (17.2) │ (17.7) │(2.6) │
        │ ※ 교부금 │ 55.4 │ 53.3 │△3.7 │
        └──────────┴─────┴─────┴───┘
        """
        let found = Self.moneyCells(doc)
        #expect(found.map(\.text) == ["72.6", "71.0", "55.4", "53.3"])
        #expect(found.map(\.won) == [72_600_000_000_000, 71_000_000_000_000, 55_400_000_000_000, 53_300_000_000_000])
        #expect(found.map(\.column) == ["2020(A)", "2021", "2020(A)", "2021"])
    }

    /// Markdown bars; the lower header row lost the cell of `구분` above it, and `구성비` is a share.
    @Test func barsWithShiftedHeader() {
        let doc = """
        (단위 : 백만원)
        구분 | 계 | 구성비 | 일반회계 | 일반 구성비 |
        ---|---|---|---|---|
        예산액 | 구성비 | 예산액 | 구성비 |
        합계 | 829,350 | 100 | 818,109 | 100 |
        """
        let found = Self.moneyCells(doc)
        #expect(found.map(\.text) == ["829,350", "818,109"])
        #expect(found.map(\.won) == [829_350_000_000, 818_109_000_000])
        #expect(found.map(\.column) == ["예산액", "예산액"])
    }

    /// Not tables: a line with one wide gap, a bullet with wide spacing.
    @Test func notTables() {
        #expect(Self.moneyCells("(단위: 억원)\n붙임  1. 기본계획 요약  1부.\n□  예산  120  억원 편성").isEmpty)
    }
}

/// `(’24) 900 → (’25) 1,200억원`: the bare left member takes the right member's unit.
@Suite struct SeriesShorthandTests {
    static let cases: [(String, [(String, Int64, String?)])] = [
        ("ㅇ 국가첨단전략산업 기술혁신융자 확대((’24) 900 → (’25) 1,200억원)",
         [("900", 90_000_000_000, "2024"), ("1,200억원", 120_000_000_000, "2025")]),
        ("융자 900 → 1,200억원", [("900", 90_000_000_000, nil), ("1,200억원", 120_000_000_000, nil)]),
        ("'24년 30 → '25년 45조원", [("30", 30_000_000_000_000, "2024"), ("45조원", 45_000_000_000_000, "2025")]),
        // A bound word between a member and its year.
        ("(’24) 최대 250만원 → (’25) 최대 400만원", [("250만원", 2_500_000, "2024"), ("400만원", 4_000_000, "2025")]),
        // Not shorthand: a year, or a right member with two scale words.
        ("2024 → 1,200억원", [("1,200억원", 120_000_000_000, nil)]),
        ("900 → 1조 2,000억원", [("1조 2,000억원", 1_200_000_000_000, nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: (String, [(String, Int64, String?)])) {
        let found = mentions(MoneyExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == c.1.map(\.0), "\(c.0)")
        for ((text, m), e) in zip(found, c.1) {
            guard case .money(let v) = m.value else { continue }
            #expect(v.value == ExactDecimal(units: e.1), "\(text)")
            #expect(v.series?.date == e.2, "\(text) seriesDate")
            if c.1.count == 2 { #expect(v.series != nil, "\(text) linked") }
        }
    }
}
