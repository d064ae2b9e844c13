import Testing
import Segment
@testable import Records

/// The sentence record writer's blank test must be `Sentence.isWhitespace` for every scalar (its
/// shortcut above U+3000 must not change an answer).
@Suite struct SentenceBlankTests {
    @Test func agreesWithSentenceWhitespace() {
        var differing: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if Records.isSentenceBlank(s) != Sentence.isWhitespace(s) { differing.append(v) }
        }
        #expect(differing.isEmpty)
    }

    // (scalar, blank), by hand: the spaces a sentence's text folds, and neighbours that are not.
    static let cases: [(Unicode.Scalar, Bool)] = [
        (" ", true), ("\t", true), ("\n", true), ("\u{3000}", true), ("\u{00A0}", true), ("\u{2028}", true),
        ("가", false), ("a", false), ("·", false), ("\u{3001}", false), ("\u{FEFF}", false),
    ]

    @Test(arguments: cases)
    func blank(scalar: Unicode.Scalar, expected: Bool) {
        #expect(Records.isSentenceBlank(scalar) == expected)
    }
}
