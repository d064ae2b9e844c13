import Foundation
import TestSupport
import Testing
@testable import Emit

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("4320000000", JSONValue.number("4320000000")),
        ("1.5", .number("1.5")),
        ("-0.25e3", .number("-0.25e3")),
        ("\"산업부\"", .string("산업부")),
        ("\"a\\\"b\\\\c\\n\\u0001\"", .string("a\"b\\c\n\u{1}")),
        ("\"\\ud83d\\ude00\"", .string("😀")),
        ("true", .bool(true)),
        ("null", .null),
        ("[1,\"x\"]", .array([.number("1"), .string("x")])),
        ("{\"counts\":{\"money\":3}}", .object([("counts", .object([("money", .number("3"))]))])),
    ] as [(String, JSONValue)])
    func parses(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(Array(text.utf8)) == expected)
    }

    @Test(arguments: ["{\"a\":1,\"a\":2}", "{\"a\":1", "01", "\"tab\there\"", "[1,]", "{} x", "\"\\ud83d\""])
    func rejects(text: String) {
        #expect(throws: JSONReadError.self) { try JSONValue.parse(Array(text.utf8)) }
    }

    /// Outputs written before `columnLabel` repeat `column`: `.kept` keeps both, in order.
    @Test func keepsDuplicateKeysWhenAsked() throws {
        let text = #"{"column":17,"row":"AI 팩토리","column":"'25년"}"#
        #expect(throws: JSONReadError.self) { try JSONValue.parse(Array(text.utf8)) }
        #expect(try JSONValue.parse(Array(text.utf8), duplicateKeys: .kept)
            == .object([("column", .number("17")), ("row", .string("AI 팩토리")), ("column", .string("'25년"))]))
    }
}

@Suite struct CSVTests {
    @Test(arguments: [
        ("산업통상부", "산업통상부"),
        ("", ""),
        ("2,685억 원", "\"2,685억 원\""),
        ("그는 \"올해\"라고", "\"그는 \"\"올해\"\"라고\""),
        ("첫 줄\n둘째 줄", "\"첫 줄\n둘째 줄\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" 앞뒤 공백 ", " 앞뒤 공백 "),
    ])
    func quotesAFieldOnlyWhenRFC4180NeedsIt(field: String, expected: String) {
        var out: [UInt8] = []
        CSV.appendField(field, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func recordsEndInCRLF() {
        var out: [UInt8] = []
        CSV.appendRecord(["doc", "2,685", ""], to: &out)
        CSV.appendRecord(["a"], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "doc,\"2,685\",\r\na\r\n")
    }
}

@Suite struct FlatRecordTests {
    @Test func aMoneyMentionIsLaidOutOnTheMentionColumns() throws {
        let line = #"{"doc":"a.txt","type":"money","text":"2,685억 원","surface":"2,685억 원","line":3,"column":5,"endLine":3,"endColumn":13,"byteStart":40,"byteEnd":55,"sentence":1,"value":268500000000,"currency":"KRW","approx":false,"rule":"money.korean"}"#
        let record = try FlatRecord(line: Array(line.utf8), kind: .mentions)
        #expect(record["value"] == .integer(268_500_000_000))
        #expect(record["currency"] == .text("KRW"))
        #expect(record["approx"] == .boolean(false))
        #expect(record["column"] == .integer(5))
        #expect(record["canonical"] == nil)
        #expect(record.unknownKeys.isEmpty)
        #expect(record.fields.count == RecordKind.mentions.columns.count)
    }

    @Test func decimalsStayExactAndUnknownKeysAreReported() throws {
        let line = #"{"doc":"a.txt","type":"money","value":1.5,"currency":"USD","newField":"x"}"#
        let record = try FlatRecord(line: Array(line.utf8), kind: .mentions)
        #expect(record["value"] == .decimal("1.5"))
        #expect(record["value"]?.csvText == "1.5")
        #expect(record.unknownKeys == ["newField"])
    }

    @Test func documentCountsAreFlattened() throws {
        let line = #"{"doc":"a.txt","status":"ok","counts":{"money":2,"date":7,"count":0,"org":1,"percent":0,"ratio":0,"duration":0,"program":3},"duplicates":0}"#
        let record = try FlatRecord(line: Array(line.utf8), kind: .documents)
        #expect(record["counts_money"] == .integer(2))
        #expect(record["counts_date"] == .integer(7))
        #expect(record["counts_program"] == .integer(3))
        #expect(record.unknownKeys.isEmpty)
    }

    @Test func columnOrderIsTheDocumentedOne() {
        // The order README.md documents; changing it breaks every spreadsheet built on the files.
        #expect(RecordKind.sentences.columns.map(\.name) == ["doc", "index", "text", "line", "endLine", "byteStart", "byteEnd", "kind"])
        #expect(RecordKind.documents.columns.map(\.name) == [
            "doc", "sha256", "bytes", "encoding", "format", "title", "site", "date", "referenceDate", "dateSource", "status",
            "message", "sentences", "counts_money", "counts_date", "counts_count", "counts_org", "counts_percent",
            "counts_ratio", "counts_duration", "counts_program", "duplicates",
        ])
        #expect(Array(RecordKind.mentions.columns.map(\.name).prefix(12)) == [
            "doc", "type", "text", "surface", "line", "column", "endLine", "endColumn", "byteStart", "byteEnd", "sentence", "value",
        ])
        #expect(RecordKind.mentions.columns.last?.name == "rule")
    }
}

@Suite struct SchemaValidatorTests {
    static func validator(_ kind: RecordKind) throws -> SchemaValidator {
        SchemaValidator(root: try JSONValue.parse(Array(try Schemas.text(for: kind).utf8)))
    }

    static let money = #"{"doc":"a.txt","type":"money","text":"2조 원","surface":"2조 원","line":1,"column":9,"endLine":1,"endColumn":13,"byteStart":20,"byteEnd":30,"sentence":0,"value":2000000000000,"currency":"KRW","approx":false,"rule":"money"}"#

    @Test func aWellFormedMentionPasses() throws {
        #expect(try Self.validator(.mentions).errors(try JSONValue.parse(Array(Self.money.utf8))) == [])
    }

    /// Each edit breaks the record in one way; the schema must catch every one.
    @Test(arguments: [
        (#""currency":"KRW""#, #""currency":"won""#),                       // not ISO 4217
        (#""value":2000000000000"#, #""value":"2000000000000""#),           // a string, not a number
        (#""line":1,"#, #""line":0,"#),                                     // lines are 1-based
        (#""sentence":0,"#, ""),                                            // required field missing
        (#""rule":"money""#, #""rule":"money","canonical":"산업통상부""#),  // an org field on money
        (#""type":"money""#, #""type":"budget""#),                          // unknown type
        (#""approx":false"#, #""approx":false,"column2":3"#),               // unknown field
    ])
    func aBrokenMentionFails(original: String, replacement: String) throws {
        let broken = Self.money.replacingOccurrences(of: original, with: replacement)
        #expect(broken != Self.money)
        let errors = try Self.validator(.mentions).errors(try JSONValue.parse(Array(broken.utf8)))
        #expect(!errors.isEmpty, "\(broken)")
    }

    @Test func documentsNeedTheirFactsOnlyWhenOK() throws {
        let v = try Self.validator(.documents)
        let failed = #"{"doc":"b.txt","status":"error","message":"b.txt: empty file"}"#
        #expect(v.errors(try JSONValue.parse(Array(failed.utf8))) == [])
        let okWithoutFacts = #"{"doc":"b.txt","status":"ok"}"#
        #expect(!v.errors(try JSONValue.parse(Array(okWithoutFacts.utf8))).isEmpty)
        let badCounts = #"{"doc":"b.txt","status":"error","message":"m","counts":{"money":-1}}"#
        #expect(!v.errors(try JSONValue.parse(Array(badCounts.utf8))).isEmpty)
    }

    @Test func shippedSchemasAreTheRepositoryFiles() throws {
        let root = TestPackage.root
        for kind in RecordKind.allCases {
            let file = try String(contentsOf: root.appendingPathComponent("schema/\(kind.rawValue).schema.json"), encoding: .utf8)
            #expect(try Schemas.text(for: kind) == file)
            #expect(try JSONValue.parse(Array(file.utf8))["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        }
    }
}
