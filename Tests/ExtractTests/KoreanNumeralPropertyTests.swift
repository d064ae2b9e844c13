import TestSupport
import Testing
@testable import Extract

/// Property: integers below 10^16 written in Korean scale words by an independent writer (below)
/// read back to themselves, with Arabic groups (`1조2345억6789만123`, spaced or not, with comma
/// groups) and in Hangul numerals (`일조이천삼백사십오억…`). Deterministic: a fixed-seed SplitMix64.
@Suite struct KoreanNumeralPropertyTests {
    typealias Generator = SplitMix64

    /// A number below 10^16 with a uniform digit count and groups of four often zero (`1억 0만`),
    /// the shapes real amounts take (`2조`, `1,286억`, `3천만`).
    static func sample(_ g: inout Generator) -> Int64 {
        var n: Int64 = 0
        for _ in 0..<4 {
            let group: Int64
            switch g.below(4) {
            case 0: group = 0
            case 1: group = Int64(g.below(10)) * [1, 10, 100, 1000][Int(g.below(4))]
            default: group = Int64(g.below(10_000))
            }
            n = n * 10_000 + group
        }
        return n == 0 ? 1 : n
    }

    static let scaleWords = ["조", "억", "만", ""]

    /// The four groups of four digits, highest first.
    static func groups(_ n: Int64) -> [Int64] {
        [n / 1_000_000_000_000 % 10_000, n / 100_000_000 % 10_000, n / 10_000 % 10_000, n % 10_000]
    }

    /// `1조2345억6789만123`; `spaced`: `1조 2345억 6789만 123`; `commas`: `2,345억`.
    static func arabic(_ n: Int64, spaced: Bool, commas: Bool) -> String {
        var parts: [String] = []
        for (group, word) in zip(groups(n), scaleWords) where group != 0 {
            var digits = String(group)
            if commas, group >= 1000 { digits.insert(",", at: digits.index(digits.startIndex, offsetBy: 1)) }
            parts.append(digits + word)
        }
        return parts.joined(separator: spaced ? " " : "")
    }

    static let hangulDigits = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]

    /// `이천삼백사십오`: one group below 10^4 (a leading 1 before 천/백/십 is not written).
    static func hangulGroup(_ v: Int64) -> String {
        var out = ""
        for (power, word) in [(1000, "천"), (100, "백"), (10, "십")] {
            let d = Int(v / Int64(power) % 10)
            if d > 0 { out += (d == 1 ? "" : hangulDigits[d]) + word }
        }
        out += hangulDigits[Int(v % 10)]
        return out
    }

    static func hangul(_ n: Int64, spaced: Bool) -> String {
        var parts: [String] = []
        for (group, word) in zip(groups(n), scaleWords) where group != 0 {
            parts.append((group == 1 && !word.isEmpty ? "일" : hangulGroup(group)) + word)
        }
        return parts.joined(separator: spaced ? " " : "")
    }

    /// `1억 123`, `2억5000`: digits right after 억 or 조 with no 만 group. Written glued this is
    /// also the spoken shorthand for `2억5천만`, so the parser rejects it by design.
    static func isShorthandShape(_ n: Int64) -> Bool {
        let g = groups(n)
        return g[3] != 0 && g[2] == 0 && (g[0] != 0 || g[1] != 0)
    }

    func read(_ text: String) -> NumeralScan {
        KoreanNumerals.parse(FigureText(scalars: Array(text.unicodeScalars)), at: 0)
    }

    /// Returns a failure message, or nil when `text` reads back as `n` over its whole length.
    func roundTrip(_ text: String, _ n: Int64) -> String? {
        guard case .number(let k) = read(text) else { return "\(text): not read (\(n))" }
        let length = text.unicodeScalars.count
        if k.range != 0..<length { return "\(text): read only \(k.range) (\(n))" }
        if k.value != ExactDecimal(units: n) { return "\(text): \(k.value.literal) ≠ \(n)" }
        return nil
    }

    @Test func writtenIntegersReadBack() {
        var g = Generator(state: 20_260_606)
        var failures: [String] = []
        var checked = 0
        var shorthand = 0
        for _ in 0..<20_000 {
            let n = Self.sample(&g)
            if Self.isShorthandShape(n) {
                // Never another value: read exactly or rejected as malformed.
                shorthand += 1
                for text in [Self.arabic(n, spaced: false, commas: false), Self.hangul(n, spaced: false)] {
                    switch read(text) {
                    case .number(let k) where k.range.count == text.unicodeScalars.count && k.value != ExactDecimal(units: n):
                        failures.append("\(text): wrong value \(k.value.literal)")
                    default: break
                    }
                }
                continue
            }
            for text in [Self.arabic(n, spaced: false, commas: false), Self.arabic(n, spaced: true, commas: false),
                         Self.arabic(n, spaced: true, commas: true), Self.arabic(n, spaced: false, commas: true),
                         Self.hangul(n, spaced: false), Self.hangul(n, spaced: true)] {
                checked += 1
                if let f = roundTrip(text, n) { failures.append(f) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
        #expect(checked > 80_000, "\(checked) writings checked")
        #expect(shorthand > 0)
    }

    /// The writer itself, checked by hand against a few values.
    @Test func writerExamples() {
        #expect(Self.arabic(1_2345_6789_0123, spaced: false, commas: false) == "1조2345억6789만123")
        #expect(Self.arabic(1_2345_0000_0000, spaced: true, commas: true) == "1조 2,345억")
        #expect(Self.hangul(1_2345_6789_0123, spaced: false) == "일조이천삼백사십오억육천칠백팔십구만백이십삼")
        #expect(Self.hangul(3_000_000_000, spaced: true) == "삼십억")
        #expect(Self.hangul(1_0000, spaced: false) == "일만")
        #expect(Self.isShorthandShape(2_0000_5000) && !Self.isShorthandShape(2_5000_0000))
    }

    /// Too large for Int64: a clear rejection (malformed), never a wrapped value or a crash.
    static let overflows: [String] = [
        String(repeating: "9", count: 40) + "조",
        String(repeating: "9", count: 40),
        "9999999조",
        "9,999,999조 원",
        "99999999경",
        "923경",
        "10000000경",
        "구백이십삼경",
    ]

    @Test(arguments: overflows)
    func overflowIsRejected(_ text: String) {
        guard case .malformed(let r) = read(text) else {
            Issue.record("\(text) was not rejected: \(read(text))")
            return
        }
        #expect(r.lowerBound == 0 && !r.isEmpty)
        #expect(mentions(MoneyExtractor().extract(from:), text + " 원").isEmpty, "\(text)")
        #expect(mentions(CountExtractor().extract(from:), text + "개").isEmpty, "\(text)")
    }
}
