import Extract

/// The three record files, and the fixed column order their CSV files and SQLite tables use.
///
/// The columns are the union of every field a record of that kind can carry, in the order of the
/// record contract (README.md, "CSV and SQLite columns"); a record leaves the columns it does not
/// have empty. The nested `counts` object of documents is flattened to `counts_money`,
/// `counts_date`… (one column per mention type).
public enum RecordKind: String, CaseIterable, Sendable {
    case mentions, documents, sentences

    public var columns: [RecordColumn] {
        switch self {
        case .mentions: return RecordColumn.mentions
        case .documents: return RecordColumn.documents
        case .sentences: return RecordColumn.sentences
        }
    }
}

/// One column of a CSV file or SQLite table: the record field it holds and how SQLite stores it.
public struct RecordColumn: Sendable, Equatable {
    public enum Storage: Sendable, Equatable {
        case text
        case integer
        /// `true`/`false` in CSV, 1/0 in SQLite.
        case boolean
        /// A number that is an integer (won, counts) or an exact decimal (`11.5`, `1.5` dollars), or
        /// a string (dates, durations), depending on the mention type. SQLite stores the integer as
        /// INTEGER and anything else as TEXT, never as a rounded REAL.
        case exact
    }

    public let name: String
    public let storage: Storage

    init(_ name: String, _ storage: Storage) {
        self.name = name
        self.storage = storage
    }

    static let mentions: [RecordColumn] = [
        .init("doc", .text), .init("type", .text), .init("text", .text), .init("surface", .text),
        .init("line", .integer), .init("column", .integer), .init("endLine", .integer), .init("endColumn", .integer),
        .init("byteStart", .integer), .init("byteEnd", .integer), .init("sentence", .integer),
        .init("value", .exact), .init("min", .exact), .init("max", .exact), .init("from", .text), .init("to", .text),
        .init("currency", .text), .init("unit", .text), .init("item", .text), .init("bound", .text),
        .init("approx", .boolean), .init("points", .boolean), .init("relative", .boolean), .init("deadline", .boolean),
        .init("reference", .text), .init("attachedTo", .text), .init("interval", .text), .init("unitFromHeader", .boolean),
        .init("per", .text), .init("date", .text), .init("rowLabel", .text), .init("columnLabel", .text),
        .init("seriesId", .text), .init("seriesDate", .text), .init("program", .text),
        .init("canonical", .text), .init("kind", .text), .init("category", .text), .init("name", .text),
        .init("duplicate", .boolean), .init("rule", .text),
    ]

    /// The prefix of the flattened `counts` columns of documents.
    public static let countsPrefix = "counts_"

    static let documents: [RecordColumn] = [
        .init("doc", .text), .init("sha256", .text), .init("bytes", .integer), .init("encoding", .text),
        .init("format", .text), .init("title", .text), .init("site", .text), .init("date", .text),
        .init("referenceDate", .text), .init("dateSource", .text), .init("status", .text), .init("message", .text),
        .init("sentences", .integer),
    ] + MentionType.allCases.map { .init(countsPrefix + $0.rawValue, .integer) } + [
        .init("duplicates", .integer),
    ]

    static let sentences: [RecordColumn] = [
        .init("doc", .text), .init("index", .integer), .init("text", .text), .init("line", .integer),
        .init("endLine", .integer), .init("byteStart", .integer), .init("byteEnd", .integer), .init("kind", .text),
    ]
}

/// One field of a record, as CSV and SQLite need it.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case integer(Int64)
    /// A number that is not an Int64, kept as its exact literal (`11.5`).
    case decimal(String)
    case boolean(Bool)

    /// The field as CSV text: numbers as their literal, booleans `true`/`false`.
    public var csvText: String {
        switch self {
        case .text(let s), .decimal(let s): return s
        case .integer(let v): return String(v)
        case .boolean(let b): return b ? "true" : "false"
        }
    }
}

/// One record line laid out on its kind's columns (nil = the record has no such field).
public struct FlatRecord: Sendable, Equatable {
    public let kind: RecordKind
    public var fields: [FieldValue?]

    /// Fields that have no column (written by a newer record contract): JSON Lines keeps them,
    /// CSV and SQLite cannot. `ColumnTests` fails on real output that has any.
    public var unknownKeys: [String] = []

    public subscript(name: String) -> FieldValue? {
        guard let i = ColumnIndex.of(kind)[name] else { return nil }
        return fields[i]
    }

    /// Lays one JSON Lines record out on the columns of `kind`.
    public init<Bytes: Collection<UInt8>>(line: Bytes, kind: RecordKind) throws {
        self.kind = kind
        guard case .object(let pairs) = try JSONValue.parse(line) else {
            throw JSONReadError(offset: 0, reason: "a record is not a JSON object")
        }
        let index = ColumnIndex.of(kind)
        fields = Array(repeating: nil, count: kind.columns.count)
        func put(_ key: String, _ value: JSONValue) {
            guard let i = index[key] else { unknownKeys.append(key); return }
            switch value {
            case .string(let s): fields[i] = .text(s)
            case .number(let literal): fields[i] = Int64(literal).map(FieldValue.integer) ?? .decimal(literal)
            case .bool(let b): fields[i] = .boolean(b)
            case .null: break
            case .array, .object: unknownKeys.append(key)
            }
        }
        for (key, value) in pairs {
            if case .object(let nested) = value {
                for (inner, v) in nested { put(key + "_" + inner, v) }
            } else {
                put(key, value)
            }
        }
    }
}

/// Column name → position, built once per kind.
enum ColumnIndex {
    static let mentions = make(.mentions)
    static let documents = make(.documents)
    static let sentences = make(.sentences)

    static func of(_ kind: RecordKind) -> [String: Int] {
        switch kind {
        case .mentions: return mentions
        case .documents: return documents
        case .sentences: return sentences
        }
    }

    static func make(_ kind: RecordKind) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: kind.columns.enumerated().map { ($1.name, $0) })
    }
}

/// Splits a block of JSON Lines (each ending in `\n`) into its lines.
func jsonLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
}
