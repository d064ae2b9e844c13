import Foundation
import GRDB

/// `kpolicy.sqlite`: the tables `documents`, `sentences` and `mentions`, one column per record
/// field (see `RecordColumn`), with foreign keys from mentions and sentences to their document and
/// from each mention to its sentence.
///
/// The whole run is one transaction on a temporary file that is renamed into place after the
/// commit, so a reader sees the previous database or the new one, never a mix. Rows are inserted
/// in output order and the indexes are built at the end, so the same records give the same bytes.
final class SQLiteFile {
    private let queue: DatabaseQueue
    private let temporaryPath: String
    private let finalPath: String
    /// Documents already inserted: a path given twice on the command line yields the same records
    /// twice in JSON Lines and CSV, but `documents.doc` is a key, so SQLite keeps the first.
    private var insertedDocuments = Set<String>()

    init(directory: String) throws {
        finalPath = (directory as NSString).appendingPathComponent(OutputFormat.sqliteFileName)
        temporaryPath = OutputFiles.temporaryPath(for: OutputFormat.sqliteFileName, in: directory)
        unlink(temporaryPath)
        unlink(temporaryPath + "-journal")
        var config = Configuration()
        config.foreignKeysEnabled = true
        // The transaction spans every `write` call of the run (see `begin`/`commit`).
        config.allowsUnsafeTransactions = true
        config.label = "kpolicy.sqlite"
        do {
            queue = try DatabaseQueue(path: temporaryPath, configuration: config)
            try queue.inDatabase { db in
                for sql in Self.createTables { try db.execute(sql: sql) }
                try db.beginTransaction()
            }
        } catch {
            throw EmitError("cannot write \(temporaryPath): \(error)")
        }
    }

    static func quoted(_ name: String) -> String { "\"\(name)\"" }

    static func declaredType(_ storage: RecordColumn.Storage) -> String {
        switch storage {
        case .text: return " TEXT"
        case .integer, .boolean: return " INTEGER"
        // No declared type: SQLite keeps each value as stored (INTEGER or TEXT), with no conversion.
        case .exact: return ""
        }
    }

    static func columnDefinitions(_ kind: RecordKind, notNull: Set<String>) -> [String] {
        kind.columns.map { c in quoted(c.name) + declaredType(c.storage) + (notNull.contains(c.name) ? " NOT NULL" : "") }
    }

    static let createTables: [String] = [
        "CREATE TABLE documents (" + (columnDefinitions(.documents, notNull: ["doc", "status"])
            + ["PRIMARY KEY (\"doc\")"]).joined(separator: ", ") + ")",
        "CREATE TABLE sentences (" + (columnDefinitions(.sentences, notNull: ["doc", "index"])
            + ["PRIMARY KEY (\"doc\", \"index\")",
               "FOREIGN KEY (\"doc\") REFERENCES documents (\"doc\")"]).joined(separator: ", ") + ")",
        "CREATE TABLE mentions (\"id\" INTEGER PRIMARY KEY, " + (columnDefinitions(.mentions, notNull: ["doc", "type"])
            + ["FOREIGN KEY (\"doc\") REFERENCES documents (\"doc\")",
               "FOREIGN KEY (\"doc\", \"sentence\") REFERENCES sentences (\"doc\", \"index\")"]).joined(separator: ", ") + ")",
    ]

    static let createIndexes: [String] = [
        "CREATE INDEX mentions_doc ON mentions (\"doc\")",
        "CREATE INDEX mentions_type ON mentions (\"type\")",
        "CREATE INDEX mentions_canonical ON mentions (\"canonical\")",
    ]

    static func insertSQL(_ kind: RecordKind) -> String {
        "INSERT INTO \(kind.rawValue) (" + kind.columns.map { quoted($0.name) }.joined(separator: ", ")
            + ") VALUES (" + Array(repeating: "?", count: kind.columns.count).joined(separator: ", ") + ")"
    }

    static func databaseValue(_ field: FieldValue?) -> DatabaseValue {
        switch field {
        case nil: return .null
        case .text(let s)?, .decimal(let s)?: return s.databaseValue
        case .integer(let v)?: return v.databaseValue
        case .boolean(let b)?: return (b ? Int64(1) : Int64(0)).databaseValue
        }
    }

    /// Inserts one document's records (its document row first, so the foreign keys hold).
    func write(document: [FlatRecord], sentences: [FlatRecord], mentions: [FlatRecord]) throws {
        guard try begin(document: document) else { return }
        let sentenceIndices = Set(sentences.compactMap { $0["index"] })
        try insert(sentences, kind: .sentences)
        try insert(mentions: mentions) { sentenceIndices.contains($0) }
    }

    /// Inserts a document's row; false when a document of that path is already in (a path given
    /// twice): then none of its records are inserted.
    func begin(document: [FlatRecord]) throws -> Bool {
        guard case .text(let doc)? = document.first?["doc"], insertedDocuments.insert(doc).inserted else { return false }
        try insert(document, kind: .documents)
        return true
    }

    /// Inserts mentions of the document begun last. A mention whose sentence is not among its
    /// document's (`isSentence` false) would break the foreign key and with it the whole database;
    /// it keeps its row with `sentence` NULL (never seen in practice).
    func insert(mentions: [FlatRecord], isSentence: (FieldValue) -> Bool) throws {
        let sentenceColumn = ColumnIndex.mentions["sentence"]!
        var mentions = mentions
        for i in mentions.indices where mentions[i].fields[sentenceColumn].map({ !isSentence($0) }) ?? false {
            mentions[i].fields[sentenceColumn] = nil
        }
        try insert(mentions, kind: .mentions)
    }

    func insert(_ records: [FlatRecord], kind: RecordKind) throws {
        guard !records.isEmpty else { return }
        try queue.inDatabase { db in
            let statement = try db.cachedStatement(sql: Self.insertSQL(kind))
            for record in records {
                try statement.execute(arguments: StatementArguments(record.fields.map(Self.databaseValue)))
            }
        }
    }

    /// Builds the indexes, commits, closes, and renames the file into place.
    func commit() throws {
        try queue.inDatabase { db in
            for sql in Self.createIndexes { try db.execute(sql: sql) }
            try db.commit()
        }
        try queue.close()
        try OutputFiles.rename(temporaryPath, to: finalPath)
    }

    func discard() {
        try? queue.inDatabase { db in if db.isInsideTransaction { try db.rollback() } }
        try? queue.close()
        unlink(temporaryPath)
        unlink(temporaryPath + "-journal")
    }
}
