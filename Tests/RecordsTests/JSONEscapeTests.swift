import Testing
@testable import Records

/// Strings are escaped eight bytes at a time where no byte needs it: the word test must agree with
/// the byte test, and escapes must come out wherever the special byte sits in the word.
@Suite struct JSONEscapeTests {
    @Test func wordTestAgreesWithByteTest() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        // Bytes around every boundary the test has, and Korean UTF-8.
        let interesting: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xEA, 0xFF, 0x41]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
                bytes.append(interesting[Int(seed % UInt64(interesting.count))])
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
            #expect(JSONObject.needsEscape(word) == expected, "\(bytes)")
        }
    }

    // (string, its JSON), by hand: specials at the start, middle and end of eight-byte words.
    static let cases: [(String, String)] = [
        ("abcdefgh\"ijklmnop", #""abcdefgh\"ijklmnop""#),
        ("\"bcdefghijklmnop", #""\"bcdefghijklmnop""#),
        ("abcdefg\\", #""abcdefg\\""#),
        ("abcdefghijklmno\u{7F}", "\"abcdefghijklmno\\u007f\""),
        ("산업통상자원부\t2024", "\"산업통상자원부\\t2024\""),
        ("/tmp/s4/in/big.txt", "\"/tmp/s4/in/big.txt\""),
        ("", "\"\""),
    ]

    @Test(arguments: cases)
    func escaped(value: String, expected: String) {
        var o = JSONObject()
        o.add("v", value)
        #expect(String(decoding: o.closed, as: UTF8.self) == "{\"v\":" + expected + "}")
    }
}
