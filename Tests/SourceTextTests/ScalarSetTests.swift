import Testing
@testable import SourceText

@Suite struct ScalarSetTests {
    // (scalar, expected membership in the set below), by hand.
    static let scalarSet = ScalarSet(["가", "·", "\u{1F4C8}", "A"] as [Unicode.Scalar])
    static let scalars: [(Unicode.Scalar, Bool)] = [
        ("가", true), ("각", false), ("·", true), ("\u{387}", false), ("A", true), ("a", false),
        ("\u{1F4C8}", true), ("\u{1F4C9}", false), ("\u{0}", false),
    ]

    @Test(arguments: scalars)
    func scalarMembership(scalar: Unicode.Scalar, expected: Bool) {
        #expect(Self.scalarSet.contains(scalar) == expected)
    }

    // Stop words of the count items, asked about words that stand inside a longer text.
    static let words = ScalarWordSet(["등", "개발", "연구개발", "전년동월대비", "이상", "이하", "이", "개발"])
    static let text = Array("연구개발 등 3개 과제 이상이 전년동월대비 늘었다".unicodeScalars)
    static let ranges: [(Range<Int>, String, Bool)] = [
        (0..<4, "연구개발", true),
        (2..<4, "개발", true),
        (0..<2, "연구", false),       // a word's prefix is not the word
        (5..<6, "등", true),
        (10..<12, "과제", false),
        (13..<15, "이상", true),
        (13..<16, "이상이", false),   // the word with a particle is another word
        (15..<16, "이", true),
        (17..<23, "전년동월대비", true),
        (17..<22, "전년동월대", false),
        (3..<3, "", false),           // empty
        (0..<27, "연구개발 등 3개 과제 이상이 전년동월대비 늘었다", false), // longer than any word
    ]

    @Test(arguments: ranges)
    func wordMembership(range: Range<Int>, surface: String, expected: Bool) {
        #expect(String(String.UnicodeScalarView(Self.text[range])) == surface)
        #expect(Self.words.contains(Self.text, range) == expected)
        #expect(Self.words.contains(surface) == expected)
    }

    @Test func duplicatesCountOnce() {
        #expect(Self.words.count == 7)
        #expect(Self.words.longest == 6)
    }

    /// Enough words that several share a probe sequence: every word is found, no near miss is.
    @Test func manyWords() {
        let list = (0..<300).map { "단어\($0)" }
        let set = ScalarWordSet(list)
        for w in list { #expect(set.contains(w)) }
        for k in 300..<400 { #expect(!set.contains("단어\(k)")) }
        #expect(!set.contains("단어"))
    }
}
