import Testing
import Extract
@testable import Records

@Suite struct JSONObjectTests {
    @Test func keysKeepTheirOrderAndAbsentValuesAreLeftOut() {
        var o = JSONObject()
        o.add("doc", "a.txt")
        o.add("value", number: "4320000000")
        o.add("min", number: nil)
        o.add("approx", false)
        o.add("item", nil as String?)
        o.add("line", 3)
        #expect(String(decoding: o.line, as: UTF8.self) == "{\"doc\":\"a.txt\",\"value\":4320000000,\"approx\":false,\"line\":3}\n")
    }

    @Test func stringsAreEscaped() {
        var o = JSONObject()
        o.add("text", "\"인용\" \\ 탭\t줄\n\u{1}")
        #expect(String(decoding: o.closed, as: UTF8.self) == "{\"text\":\"\\\"인용\\\" \\\\ 탭\\t줄\\n\\u0001\"}")
    }
}

@Suite struct ExactDecimalTests {
    static let literals: [(Int64, Int, String)] = [
        (4_320_000_000, 0, "4320000000"),
        (15, 1, "1.5"),
        (150, 2, "1.5"),
        (5, 3, "0.005"),
        (-25, 2, "-0.25"),
        (100, 2, "1"),
    ]

    @Test(arguments: literals)
    func literal(units: Int64, scale: Int, expected: String) {
        #expect(ExactDecimal(units: units, scale: scale).literal == expected)
    }
}
