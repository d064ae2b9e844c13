import Testing
@testable import Extract

/// The shared Korean number grammar. Every expected value below is worked out by hand.
@Suite struct KoreanNumeralTests {
    /// (input, the number's text, units, scale of the exact decimal, approx)
    static let readable: [(String, String, Int64, Int, Bool)] = [
        ("4,787", "4,787", 4787, 0, false),
        ("18,858", "18,858", 18858, 0, false),
        ("3,497.3", "3,497.3", 34973, 1, false),
        ("43.2", "43.2", 432, 1, false),
        ("0.3", "0.3", 3, 1, false),
        ("1조 5000억 원", "1조 5000억", 1_500_000_000_000, 0, false),
        ("5조7000억원", "5조7000억", 5_700_000_000_000, 0, false),
        ("1천487억원", "1천487억", 148_700_000_000, 0, false),
        ("15백만원", "15백만", 15_000_000, 0, false),
        ("3천만 원", "3천만", 30_000_000, 0, false),
        ("2억5천만원", "2억5천만", 250_000_000, 0, false),
        ("1조 3,099억원", "1조 3,099억", 1_309_900_000_000, 0, false),
        ("삼십억 원", "삼십억", 3_000_000_000, 0, false),
        ("이천오백만원", "이천오백만", 25_000_000, 0, false),
        ("일조 원", "일조", 1_000_000_000_000, 0, false),
        ("십이", "십이", 12, 0, false),
        ("3십억", "3십억", 3_000_000_000, 0, false),
        ("43.2억 투입", "43.2억", 4_320_000_000, 0, false),
        ("3,497.3억)", "3,497.3억", 349_730_000_000, 0, false),
        ("18.75억원", "18.75억", 1_875_000_000, 0, false),
        ("1.5조", "1.5조", 1_500_000_000_000, 0, false),
        ("0.5만", "0.5만", 5_000, 0, false),
        ("3만5천원", "3만5천", 35_000, 0, false),
        ("3만 5천 원", "3만 5천", 35_000, 0, false),
        ("1만 2,500명", "1만 2,500", 12_500, 0, false),
        ("100여억 원", "100여억", 10_000_000_000, 0, true),
        ("30여 명", "30여", 30, 0, true),
        ("2685억 원을", "2685억", 268_500_000_000, 0, false),
        ("1조 이상", "1조", 1_000_000_000_000, 0, false),
        ("1억 2억", "1억", 100_000_000, 0, false),
        ("1천이 넘는", "1천", 1_000, 0, false),
        ("5천만 일자리", "5천만", 50_000_000, 0, false),
        ("3억 사업", "3억", 300_000_000, 0, false),
        // One group written in two words before its scale: 5,606억, 1,005억.
        ("5천6백 6억여 원", "5천6백 6억여", 560_600_000_000, 0, true),
        ("1천 5억원", "1천 5억", 100_500_000_000, 0, false),
        ("오천육백 육억 원", "오천육백 육억", 560_600_000_000, 0, false),
        ("5천6백 600억", "5천6백", 5_600, 0, false),
        ("3천 명과 5억원", "3천", 3_000, 0, false),
        ("922경", "922경", 9_220_000_000_000_000_000, 0, false),
        ("1,000,000", "1,000,000", 1_000_000, 0, false),
        // 만 inside the count of 억 (a county budget report, 2019): 18,760억, 67,100억.
        ("1만8760억원)", "1만8760억", 1_876_000_000_000, 0, false),
        ("6만7100억원)", "6만7100억", 6_710_000_000_000, 0, false),
    ]

    /// Inputs whose leading digits cannot be read as one exact number.
    static let malformed: [String] = [
        "21:15:17", "044-203-4515", "2026.01.28", "1,2345", "1,2단계", "2억5천", "2억5000원", "2억 5천 원",
        "923경", "99999999999999999999", "1억2조", "1/22", "1만2조",
    ]

    func scan(_ string: String) -> NumeralScan {
        KoreanNumerals.parse(FigureText(scalars: Array(string.unicodeScalars)), at: 0)
    }

    @Test(arguments: readable)
    func reads(_ c: (String, String, Int64, Int, Bool)) {
        let (input, text, units, scale, approx) = c
        guard case .number(let n) = scan(input) else {
            Issue.record("no number in \(input)")
            return
        }
        let scalars = Array(input.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[n.range])) == text, "\(input)")
        #expect(n.value == ExactDecimal(units: units, scale: scale), "\(input): \(n.value)")
        #expect(n.approx == approx, "\(input)")
    }

    @Test(arguments: malformed)
    func refuses(_ input: String) {
        if case .number(let n) = scan(input) {
            Issue.record("\(input) read as \(n.value)")
        }
    }

    @Test func literals() {
        #expect(ExactDecimal(units: 4_320_000_000).literal == "4320000000")
        #expect(ExactDecimal(units: 15, scale: 1).literal == "1.5")
        #expect(ExactDecimal(units: 34973, scale: 1).timesPow10(8) == ExactDecimal(units: 349_730_000_000))
        #expect(ExactDecimal(units: 1).timesPow10(19) == nil)
        #expect(ExactDecimal(units: Int64.max).adding(ExactDecimal(units: 1)) == nil)
    }

    @Test func numberStarts() {
        let s = Array("'25년 25억 M.AX 5극3특 044-203".unicodeScalars)
        // `25` after an apostrophe (normalized from ’) is a short year; `203` after a hyphen is a code.
        #expect(!KoreanNumerals.isArabicStart(s, at: 1))
        #expect(KoreanNumerals.isArabicStart(s, at: 5))
        let dash = s.firstIndex(of: "-")!
        #expect(!KoreanNumerals.isArabicStart(s, at: dash + 1))
    }
}
