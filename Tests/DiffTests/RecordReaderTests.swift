import Emit
import XCTest
@testable import Diff

final class RecordReaderTests: XCTestCase {
    /// (line, key, expected value): numbers stay their literal text, strings are unescaped.
    func testFieldsAsWritten() throws {
        let cases: [(String, String, RecordValue)] = [
            (#"{"type":"money","value":268500000000}"#, "value", .number("268500000000")),
            (#"{"value":9007199254740993}"#, "value", .number("9007199254740993")),   // 2^53 + 1: a Double would round it
            (#"{"value":11.5}"#, "value", .number("11.5")),
            (#"{"value":-0.25}"#, "value", .number("-0.25")),
            (#"{"text":"2,685억 원"}"#, "text", .string("2,685억 원")),
            (#"{"text":"\"산업혁신\"\\\n\t"}"#, "text", .string("\"산업혁신\"\\\n\t")),
            (#"{"text":"\uD55C\uAD6D \ud83d\ude00"}"#, "text", .string("한국 😀")),
            (#"{"approx":false}"#, "approx", .bool(false)),
            (#"{"duplicate":true}"#, "duplicate", .bool(true)),
            (#"{"message":null}"#, "message", .null),
            (#"{"counts":{"money":4,"date":"x}"},"n":1}"#, "counts", .nested(.object([("money", .number("4")), ("date", .string("x}"))]))),
            (#"  { "a" : [1, {"b": 2}] , "c": 3 }  "#, "a", .nested(.array([.number("1"), .object([("b", .number("2"))])]))),
            (#"  { "a" : [1, {"b": 2}] , "c": 3 }  "#, "c", .number("3")),
        ]
        for (line, key, expected) in cases {
            let object = try RecordReader.object(line)
            XCTAssertEqual(object[key], expected, line)
        }
    }

    /// The object's text is kept exactly, so records can be written back byte for byte.
    func testJSONKeptAsRead() throws {
        let line = #"{"doc":"a.txt","type":"money","value":829500000000,"approx":false,"seriesId":"s48"}"#
        XCTAssertEqual(try RecordReader.object(line).json, line)
    }

    /// (line, json): white space around the object is not part of it; white space inside is kept.
    func testJSONIsTheObjectWithoutSurroundingSpace() throws {
        let cases: [(String, String)] = [
            ("  {\"a\": 1}\r", #"{"a": 1}"#),
            ("\t{ \"b\" : [1, 2] }  ", #"{ "b" : [1, 2] }"#),
            (#"{"text":"산업부 "}"#, #"{"text":"산업부 "}"#),
        ]
        for (line, json) in cases {
            XCTAssertEqual(try RecordReader.object(line).json, json, line)
        }
    }

    /// A table cell's label in a string `column` does not hide the provenance `column` number.
    func testColumnLabelBesideProvenanceColumn() throws {
        let line = #"{"doc":"a.txt","type":"money","text":"627","line":77,"column":17,"row":"AI 팩토리","column":"'25년 투자규모(억원)"}"#
        let figure = try XCTUnwrap(FigureRecord(record: try RecordReader.object(line), order: 0))
        XCTAssertEqual(figure.record.int("column"), 17)
        XCTAssertEqual(figure.rowLabel, "AI 팩토리")
        XCTAssertEqual(figure.columnLabel, "'25년 투자규모(억원)")
        XCTAssertEqual(figure.record.fields.map(\.key), ["doc", "type", "text", "line", "column", "row", "column"])
    }

    func testBadLinesNameTheFileAndLine() {
        let cases = [#"{"a":1"#, #"{"a":}"#, #"{"a":"x}"#, #"{"a":1} x"#, #"["a"]"#, #"{"a":tru}"#, #""a""#, #"{"a":01}"#, #"{"a":"\q"}"#]
        for line in cases {
            XCTAssertThrowsError(try RecordReader.lines("{\"ok\":1}\n" + line, name: "Output/mentions.jsonl"), line) { error in
                XCTAssertTrue("\(error)".hasPrefix("Output/mentions.jsonl line 2: invalid JSON"), "\(error)")
            }
        }
    }
}

final class DecimalLiteralTests: XCTestCase {
    /// (old, new, delta, ratio), worked out by hand.
    func testDeltaAndRatio() {
        let cases: [(String, String, String, String?)] = [
            ("240800000000", "268500000000", "27700000000", "1.1150"),    // 2,408억 → 2,685억: 1.11503…
            ("829500000000", "827200000000", "-2300000000", "0.9972"),    // 8,295억 → 8,272억: 0.99722…
            ("812900000000", "829500000000", "16600000000", "1.0204"),    // 8,129억 → 8,295억: 1.02042…
            ("4.2", "11.5", "7.3", "2.7381"),                              // 2.738095…
            ("30", "40", "10", "1.3333"),
            ("2", "1", "-1", "0.5000"),
            ("3", "2", "-1", "0.6667"),                                    // half away from zero
            ("0", "5", "5", nil),
            ("9000000000000000000", "9000000000000000001", "1", "1.0000"),   // beyond Double's 53 bits
            ("120600000000", "126000000000", "5400000000", "1.0448"),
        ]
        for (old, new, delta, ratio) in cases {
            let o = DecimalLiteral(old)!, n = DecimalLiteral(new)!
            XCTAssertEqual(DecimalLiteral.delta(old: o, new: n).literal, delta, "\(old) → \(new)")
            XCTAssertEqual(DecimalLiteral.ratio(old: o, new: n), ratio, "\(old) → \(new)")
        }
    }

    func testEqualityIgnoresTrailingZeros() {
        XCTAssertEqual(DecimalLiteral("40"), DecimalLiteral("40.0"))
        XCTAssertNotEqual(DecimalLiteral("40"), DecimalLiteral("40.5"))
        XCTAssertNil(DecimalLiteral("2024-05"))
        XCTAssertNil(DecimalLiteral(""))
    }
}

final class DisplayWidthTests: XCTestCase {
    func testWidths() {
        let cases: [(String, Int)] = [
            ("AI 팩토리", 9), ("8,295억원", 9), ("changed", 7), ("—", 1), ("→", 1),
            ("ＡＢ", 4), ("研究", 4), ("e\u{301}", 1), ("ㄱ", 2), ("", 0),
        ]
        for (text, width) in cases { XCTAssertEqual(DisplayWidth.of(text), width, text) }
    }

    func testTruncateCountsWideCharacters() {
        XCTAssertEqual(DisplayWidth.truncate("산업혁신기반구축사업", to: 9), "산업혁신…")
        XCTAssertEqual(DisplayWidth.truncate("row=AI 팩토리", to: 20), "row=AI 팩토리")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4), "abc…")
    }
}
