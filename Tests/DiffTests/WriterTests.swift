import Emit
import Foundation
import XCTest
@testable import Diff

final class WriterTests: XCTestCase {
    func budgetChanges() -> [FigureChange] {
        FigureDiffer.diff(old: Support.load(Support.fixture("budget-year/old.txt")),
                          new: Support.load(Support.fixture("budget-year/new.txt")))
    }

    /// Each line parses as JSON, with keys in the documented order, records embedded as read, and
    /// exact numbers.
    func testJSONLinesParseBack() throws {
        let changes = budgetChanges()
        let text = String(decoding: DiffWriter.jsonl(changes), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, changes.count)
        for (line, change) in zip(lines, changes) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["status"] as? String, change.status.rawValue)
            let parsed = try RecordReader.object(line)
            XCTAssertEqual(parsed.fields.map(\.key), ["status", "type", "old", "new", "key", "delta", "ratio"])
            XCTAssertTrue(line.contains("\"old\":" + (change.old?.record.json ?? "null") + ",\"new\":"), line)
            XCTAssertTrue(line.contains("\"new\":" + (change.new?.record.json ?? "null") + ",\"key\":"), line)
            XCTAssertEqual(parsed["old"], try change.old.map { .nested(try JSONValue.parse($0.record.json.utf8)) } ?? .null)
            XCTAssertEqual(parsed["new"], try change.new.map { .nested(try JSONValue.parse($0.record.json.utf8)) } ?? .null)
        }
        // The programme's budget, line 26 of new.txt: 2,408억 → 2,685억.
        let headline = try XCTUnwrap(lines.first { $0.contains("\"line\":26,") })
        let parsed = try RecordReader.object(headline)
        XCTAssertEqual(parsed["delta"], .number("27700000000"))
        XCTAssertEqual(parsed["ratio"], .number("1.1150"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(headline.utf8)) as? [String: Any])
        XCTAssertEqual((object["delta"] as? NSNumber)?.int64Value, 27_700_000_000)
        XCTAssertEqual((object["new"] as? [String: Any])?["value"] as? Int64, 268_500_000_000)
        // An added figure: old, delta and ratio are null.
        let added = try XCTUnwrap(lines.first { $0.hasPrefix("{\"status\":\"added\"") })
        XCTAssertTrue(added.contains("\"old\":null") && added.hasSuffix("\"delta\":null,\"ratio\":null}"), added)
    }

    func testCSVHeaderQuotingAndBOM() throws {
        let changes = budgetChanges()
        let bytes = DiffWriter.csv(changes)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(Array(DiffWriter.csv(changes, bom: false).prefix(6)), Array("status".utf8))
        let rows = Self.parseCSV(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        XCTAssertEqual(rows[0], ["status", "type", "key", "old_value", "new_value", "delta", "ratio", "old_text", "new_text",
                                 "old_doc", "old_line", "old_column", "old_byteStart", "old_byteEnd",
                                 "new_doc", "new_line", "new_column", "new_byteStart", "new_byteEnd",
                                 "old_seriesDate", "new_seriesDate"])
        XCTAssertEqual(rows.count, changes.count + 1)
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0.count == rows[0].count })
        for (row, change) in zip(rows.dropFirst(), changes) {
            XCTAssertEqual(row[2], change.key)   // keys hold commas: quoted, and read back whole
        }
        let headline = try XCTUnwrap(rows.first { $0[15] == "26" })
        XCTAssertEqual(Array(headline[3...8]), ["240800000000", "268500000000", "27700000000", "1.1150", "2408억 원", "2685억 원"])
    }

    /// RFC 4180 as a reader would take it: quoted fields, doubled quotes, CRLF between records.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = iterator.next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
            case ",": row.append(field); field = ""; wasQuoted = false
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Columns line up on screen: the `old → new` column starts at the same display column on every
    /// row, whatever mix of Hangul and ASCII the keys before it hold.
    func testTableColumnsAlignWithHangul() throws {
        let changes = budgetChanges()
        let table = DiffWriter.table(changes, oldLabel: "old.txt", newLabel: "new.txt")
        let lines = table.split(separator: "\n").map(String.init)
        let header = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("status") })
        let valuesColumn = DisplayWidth.of(String(lines[header][..<lines[header].range(of: "old → new")!.lowerBound]))
        for (line, change) in zip(lines[(header + 1)...], changes) {
            let shown = DiffWriter.shown(change.old)
            let start = try XCTUnwrap(line.range(of: shown + " → "), line).lowerBound
            XCTAssertEqual(DisplayWidth.of(String(line[..<start])), valuesColumn, line)
        }
        XCTAssertTrue(table.hasSuffix("12 changed, 1 added, 1 removed, 0 same\n"), table)
        XCTAssertTrue(table.contains("2408억 원 → 2685억 원"))
        XCTAssertTrue(table.contains("+277억원"))
    }

    /// Deltas for reading, by hand: won in Korean units, percent in points.
    func testDeltaText() {
        let cases: [(String, String, String)] = [
            ("27700000000", "money", "+277억원"),
            ("-2300000000", "money", "-23억원"),
            ("540000000", "money", "+5억 4,000만원"),
            ("1500000000000", "money", "+1조 5,000억원"),
            ("0", "money", "0원"),
            ("7.3", "percent", "+7.3%p"),
            ("12", "count", "+12"),
            ("-1234", "count", "-1,234"),
        ]
        for (literal, type, expected) in cases {
            XCTAssertEqual(DiffWriter.deltaText(literal, type: type, currency: "KRW"), expected, literal)
        }
    }
}
