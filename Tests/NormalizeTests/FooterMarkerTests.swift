import Testing
@testable import Normalize

/// The footer test of HTML text nodes has two paths: a scalar search for text of one-scalar
/// characters, `String.contains` otherwise. Both must answer alike; the expected answers are by hand.
@Suite struct FooterMarkerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let compact: String   // text as `computeStatistics` compacts it: no spaces, ASCII lowercased
        let footer: Bool
        var testDescription: String { compact }
    }

    static let cases: [Case] = [
        Case(compact: "copyright©2026정책브리핑.allrightsreserved.", footer: true),
        Case(compact: "ⓒ연합뉴스,무단전재-재배포금지", footer: true),
        Case(compact: "공공누리제1유형", footer: true),
        Case(compact: "등록번호:서울아00001|발행인:홍길동", footer: true),
        Case(compact: "등록번호:서울아00001", footer: false),              // an imprint needs a second word
        Case(compact: "발행인:홍길동|tel:02-000-0000", footer: false),     // …and the registration number
        Case(compact: "산업통상자원부는2026년예산1.2조원을투입한다.", footer: false),
        Case(compact: "①□→✓「무단」전재", footer: false),                  // words split by a bracket
        Case(compact: "「무단전재」금지", footer: true),
        Case(compact: "Ÿ・무단전재금지", footer: true),                    // Latin Extended-A, katakana
        Case(compact: "무단・전재금지", footer: false),
        // Not one-scalar characters: the `String` path. `무단전재` spelled with conjoining jamo is
        // canonically equivalent to the syllables; `©` with a combining mark is another character.
        Case(compact: "\u{1106}\u{116E}\u{1103}\u{1161}\u{11AB}\u{110C}\u{1165}\u{11AB}\u{110C}\u{1162}", footer: true),
        Case(compact: "©\u{0301}2026", footer: false),
        Case(compact: "copyright\u{0301}", footer: false),
    ]

    @Test(arguments: cases)
    func footerMarker(_ c: Case) {
        let scalars = Array(c.compact.unicodeScalars)
        #expect(HTMLContent.hasFooterMarker(string: c.compact) == c.footer)
        if scalars.allSatisfy({ HTMLContent.isOneScalarCharacter($0.value) }) {
            #expect(HTMLContent.hasFooterMarker(scalars: scalars) == c.footer)
        }
    }
}
