import Foundation
import GRDB
import Pipeline
import TestSupport
import Testing
@testable import Emit

/// Runs the pipeline over the sample corpus in every format and reads each file back.
enum CorpusRun {
    static let packageRoot = TestPackage.root
    static let corpus = packageRoot.appendingPathComponent("Corpus")

    static func temporaryDirectory(_ name: String) throws -> URL { try TestPackage.temporaryDirectory("emit-" + name) }

    @discardableResult
    static func run(_ inputs: [String], out: URL, jobs: Int = 2, formats: [OutputFormat] = OutputFormat.allCases,
                    bom: Bool = true, incremental: Bool = false) throws -> BatchSummary {
        var pipeline = PipelineOptions()
        pipeline.referenceDate = .init(iso: "2023-12-05")
        let options = BatchOptions(outDirectory: out.path, jobs: jobs, pipeline: pipeline, formats: formats,
                                   byteOrderMark: bom, incremental: incremental, toolVersion: "test")
        return try BatchRunner(options: options).run(inputs: InputCollector.collect(inputs)) { _ in }
    }

    static func lines(_ url: URL) throws -> [JSONValue] {
        try Data(contentsOf: url).split(separator: 0x0A).map { try JSONValue.parse(Array($0)) }
    }
}

/// A small RFC 4180 reader written for the test (quoted fields, doubled quotes, CRLF records).
enum CSVReader {
    static func records(_ data: Data) -> [[String]] {
        var bytes = Array(data)
        if bytes.starts(with: CSV.byteOrderMark) { bytes.removeFirst(3) }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 2; continue }
                    quoted = false
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""): quoted = true
            case UInt8(ascii: ","):
                record.append(String(decoding: field, as: UTF8.self)); field = []
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                record.append(String(decoding: field, as: UTF8.self)); field = []
                records.append(record); record = []
                i += 1
            default: field.append(b)
            }
            i += 1
        }
        return records
    }
}

/// The JSON value of a record field as the CSV text we promise (README): numbers as their literal,
/// booleans `true`/`false`, absent fields empty.
func csvText(_ value: JSONValue?) -> String {
    switch value {
    case .string(let s)?, .number(let s)?: return s
    case .bool(let b)?: return b ? "true" : "false"
    default: return ""
    }
}

/// The value of `column` in a JSON record, with documents' `counts_x` read from `counts.x`.
func field(_ record: JSONValue, _ column: String) -> JSONValue? {
    if column.hasPrefix(RecordColumn.countsPrefix) {
        return record["counts"]?[String(column.dropFirst(RecordColumn.countsPrefix.count))]
    }
    return record[column]
}

@Suite(.serialized) struct OutputFormatTests {
    @Test func realOutputMatchesTheSchemas() throws {
        let out = try CorpusRun.temporaryDirectory("schema")
        defer { try? FileManager.default.removeItem(at: out) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl])
        for kind in RecordKind.allCases {
            let validator = try SchemaValidatorTests.validator(kind)
            let records = try CorpusRun.lines(out.appendingPathComponent(kind.rawValue + ".jsonl"))
            #expect(records.count > 4, "\(kind)")
            var failures = 0
            for record in records {
                let errors = validator.errors(record)
                if !errors.isEmpty {
                    failures += 1
                    if failures <= 3 { Issue.record("\(kind): \(errors.joined(separator: "; "))") }
                }
            }
            #expect(failures == 0, "\(kind): \(failures) records fail the schema")
        }
    }

    @Test func csvReadsBackFieldByField() throws {
        let out = try CorpusRun.temporaryDirectory("csv")
        defer { try? FileManager.default.removeItem(at: out) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl, .csv])
        for kind in RecordKind.allCases {
            let data = try Data(contentsOf: out.appendingPathComponent(kind.rawValue + ".csv"))
            #expect(Array(data.prefix(3)) == CSV.byteOrderMark)
            let rows = CSVReader.records(data)
            let records = try CorpusRun.lines(out.appendingPathComponent(kind.rawValue + ".jsonl"))
            let columns = kind.columns.map(\.name)
            #expect(rows.first == columns)
            #expect(rows.count == records.count + 1, "\(kind)")
            for (row, record) in zip(rows.dropFirst(), records) {
                #expect(row.count == columns.count)
                for (i, column) in columns.enumerated() where row[i] != csvText(field(record, column)) {
                    Issue.record("\(kind) \(column): CSV \(row[i]) vs JSON \(csvText(field(record, column)))")
                }
                // Every field of the record has a column.
                if case .object(let pairs) = record {
                    for (key, value) in pairs {
                        if case .object(let nested) = value {
                            for (inner, _) in nested { #expect(columns.contains(key + "_" + inner)) }
                        } else {
                            #expect(columns.contains(key), "\(kind) field \(key) has no CSV column")
                        }
                    }
                }
            }
            if kind != .documents {
                // Some texts (`2,685억 원`) need quoting: the reader above undid it field by field.
                #expect(data.contains(Data("\"".utf8)))
            }
        }
        // Every record ends in CRLF; no bare LF outside quoted fields.
        let csv = try Data(contentsOf: out.appendingPathComponent("sentences.csv"))
        #expect(csv.suffix(2) == Data([0x0D, 0x0A]))
    }

    @Test func noBOMDropsTheByteOrderMarkOnly() throws {
        let out = try CorpusRun.temporaryDirectory("nobom")
        let withBOM = try CorpusRun.temporaryDirectory("bom")
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: withBOM) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.csv], bom: false)
        try CorpusRun.run([CorpusRun.corpus.path], out: withBOM, formats: [.csv], bom: true)
        let plain = try Data(contentsOf: out.appendingPathComponent("documents.csv"))
        let marked = try Data(contentsOf: withBOM.appendingPathComponent("documents.csv"))
        #expect(plain.starts(with: Data("doc,sha256,".utf8)))
        #expect(Data(CSV.byteOrderMark) + plain == marked)
        // Only the formats asked for are written.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("mentions.jsonl").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("kpolicy.sqlite").path))
    }

    @Test func sqliteReadsBackWithTypesAndKeys() throws {
        let out = try CorpusRun.temporaryDirectory("sqlite")
        defer { try? FileManager.default.removeItem(at: out) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl, .sqlite])
        let queue = try DatabaseQueue(path: out.appendingPathComponent("kpolicy.sqlite").path)
        try queue.read { db in
            for kind in RecordKind.allCases {
                let records = try CorpusRun.lines(out.appendingPathComponent(kind.rawValue + ".jsonl"))
                let order = kind == .mentions ? "id" : kind == .sentences ? "rowid" : "rowid"
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(kind.rawValue) ORDER BY \(order)")
                #expect(rows.count == records.count, "\(kind)")
                for (row, record) in zip(rows, records) {
                    for column in kind.columns {
                        let stored: DatabaseValue = row[column.name]
                        let expected: DatabaseValue
                        switch field(record, column.name) {
                        case .string(let s)?: expected = s.databaseValue
                        case .number(let literal)?: expected = Int64(literal)?.databaseValue ?? literal.databaseValue
                        case .bool(let b)?: expected = (b ? 1 : 0).databaseValue
                        default: expected = .null
                        }
                        if stored != expected { Issue.record("\(kind) \(column.name): \(stored) vs \(expected)") }
                    }
                }
            }
            // Won are exact integers, never REAL.
            let realMoney = try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE type = 'money' AND currency = 'KRW' AND value IS NOT NULL AND typeof(value) <> 'integer'")
            #expect(realMoney == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_foreign_key_check") == 0)
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' AND sql IS NOT NULL ORDER BY name")
            #expect(indexes == ["mentions_canonical", "mentions_doc", "mentions_type"])
            let keys = try Row.fetchAll(db, sql: "SELECT \"table\", \"from\" FROM pragma_foreign_key_list('mentions')").map { "\($0["table"] as String).\($0["from"] as String)" }
            #expect(Set(keys) == ["documents.doc", "sentences.doc", "sentences.sentence"])
        }
        try queue.close()
    }

    /// The three queries README.md shows, run on the corpus output, with results checked against
    /// figures counted by hand from the JSON Lines.
    @Test func readmeQueriesWork() throws {
        let out = try CorpusRun.temporaryDirectory("queries")
        defer { try? FileManager.default.removeItem(at: out) }
        try CorpusRun.run([CorpusRun.corpus.path], out: out, formats: [.jsonl, .sqlite])
        let mentions = try CorpusRun.lines(out.appendingPathComponent("mentions.jsonl"))
        let queue = try DatabaseQueue(path: out.appendingPathComponent("kpolicy.sqlite").path)
        try queue.read { db in
            let perOrganization = try Row.fetchAll(db, sql: ReadmeQueries.wonPerOrganization)
            #expect(!perOrganization.isEmpty)
            let figures = try Row.fetchAll(db, sql: ReadmeQueries.figuresPerDocument)
            #expect(figures.count == 5)
            for row in figures {
                let doc: String = row["doc"]
                let money = mentions.filter { $0["doc"] == .string(doc) && $0["type"] == .string("money") && $0["duplicate"] == nil }
                #expect(row["money"] as Int == money.count, "\(doc)")
            }
            let years = try Row.fetchAll(db, sql: ReadmeQueries.datesByYear)
            let expected2025 = mentions.filter {
                $0["type"] == .string("date") && { if case .string(let v)? = $0["value"] { v.hasPrefix("2025") } else { false } }($0)
            }.count
            #expect(years.first { ($0["year"] as String?) == "2025" }.map { $0["dates"] as Int } == expected2025)
        }
        try queue.close()
    }
}

/// The SQL shown in README.md ("SQLite"), kept here word for word so that the test runs them.
enum ReadmeQueries {
    static let wonPerOrganization = """
        SELECT o.canonical, count(*) AS figures, sum(m.value) AS won
        FROM mentions m
        JOIN (SELECT DISTINCT doc, sentence, canonical FROM mentions WHERE type = 'org') o
          ON o.doc = m.doc AND o.sentence = m.sentence
        WHERE m.type = 'money' AND m.currency = 'KRW' AND typeof(m.value) = 'integer' AND m.duplicate IS NULL
        GROUP BY o.canonical ORDER BY won DESC LIMIT 10;
        """
    static let figuresPerDocument = """
        SELECT d.doc, d.date,
               count(m.id) FILTER (WHERE m.type = 'money') AS money,
               count(m.id) FILTER (WHERE m.type = 'count') AS counts,
               count(m.id) FILTER (WHERE m.type = 'percent') AS percents
        FROM documents d LEFT JOIN mentions m ON m.doc = d.doc AND m.duplicate IS NULL
        WHERE d.status = 'ok' GROUP BY d.doc ORDER BY d.doc;
        """
    static let datesByYear = """
        SELECT substr(value, 1, 4) AS year, count(*) AS dates
        FROM mentions WHERE type = 'date' AND value IS NOT NULL
        GROUP BY year ORDER BY year;
        """
}
