import Testing
@testable import Records

/// Integers are written digit by digit (not through `String`); the literals are by hand.
@Suite struct JSONIntegerTests {
    static let cases: [(Int64, String)] = [
        (0, "0"),
        (7, "7"),
        (-7, "-7"),
        (10, "10"),
        (-1, "-1"),
        (4_320_000_000, "4320000000"),
        (1_234_567_890_123, "1234567890123"),
        (Int64.max, "9223372036854775807"),
        (Int64.min, "-9223372036854775808"),
    ]

    @Test(arguments: cases)
    func integer(_ value: Int64, _ literal: String) {
        var o = JSONObject()
        o.add("n", value)
        #expect(String(decoding: o.closed, as: UTF8.self) == "{\"n\":\(literal)}")
    }

    @Test func intAndInt64AgreeAndFollowOtherKeys() {
        var o = JSONObject()
        o.add("line", 12)
        o.add("start", -3 as Int64)
        #expect(String(decoding: o.closed, as: UTF8.self) == "{\"line\":12,\"start\":-3}")
    }
}
