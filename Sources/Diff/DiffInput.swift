/// A figure read from a mention record (money, count, percent, ratio, or a date when asked for),
/// with the record kept whole so the diff can report it exactly as mentions.jsonl has it.
public struct FigureRecord: Sendable {
    /// The mention record as read.
    public let record: RecordObject
    public let doc: String
    public let type: String
    public let text: String
    public let line: Int
    /// Index of the sentence in its document (sentences.jsonl), when the record has one.
    public let sentence: Int?
    /// Order of the figure among all mentions of its document (document order).
    public let order: Int

    public var value: String? { record.number("value") ?? record.string("value") }
    /// The counted noun (`과제`), counter word (`개`), currency (`KRW`), per-unit (`과제` in `과제당`).
    public let item: String?
    public let unit: String?
    public let currency: String?
    public let per: String?
    public let seriesId: String?
    public let seriesDate: String?

    /// The table row label: `rowLabel`, or a string `row` field.
    public let rowLabel: String?

    /// The table column label: `columnLabel`, or a `column` field that is a string (the provenance
    /// `column` is a number).
    public let columnLabel: String?

    /// The value, range ends and bound, numbers in one canonical form (`40.0` → `40`): two figures
    /// say the same thing when their keys are equal.
    let valueKey: String

    public init?(record: RecordObject, order: Int) {
        guard let doc = record.string("doc"), let type = record.string("type") else { return nil }
        self.record = record
        self.doc = doc
        self.type = type
        self.text = record.string("text") ?? ""
        self.line = record.int("line") ?? 0
        self.sentence = record.int("sentence")
        self.order = order
        item = record.string("item")
        unit = record.string("unit")
        currency = record.string("currency")
        per = record.string("per")
        seriesId = record.string("seriesId")
        seriesDate = record.string("seriesDate")
        rowLabel = record.string("rowLabel") ?? record.string("row")
        columnLabel = record.string("columnLabel") ?? record.string("column")
        var key = ""
        for name in ["value", "min", "max", "from", "to", "bound"] {
            switch record[name] {
            case .number(let n)?: key += DecimalLiteral(n)?.literal ?? n
            case .string(let t)?: key += "\"" + t
            default: break
            }
            key += "|"
        }
        valueKey = key
    }

    /// Whether the two figures say the same thing: value, range ends and bound are equal
    /// (`40` and `40.0` are equal; an added `약` is not a change of figure).
    public func sameValue(as other: FigureRecord) -> Bool {
        valueKey == other.valueKey
    }
}

/// One sentence of a document: its one-line text and kind (`prose`, `tableRow`…).
public struct SentenceText: Sendable {
    public let text: String
    public let kind: String?

    public init(text: String, kind: String?) {
        self.text = text
        self.kind = kind
    }
}

/// Everything the diff knows about one document of a side.
public struct DiffDocument: Sendable {
    /// The path as the records name it (`doc`).
    public let path: String
    /// The path relative to what was given on the command line, for pairing documents of two folders.
    public let relativePath: String
    /// The date relative expressions were resolved against (documents.jsonl `referenceDate`).
    public var referenceDate: String?
    /// Every mention of the document in order (figures and the names around them).
    public var mentions: [FigureRecord]
    /// Sentences by index; empty when the input was an output folder without sentences.jsonl.
    public var sentences: [Int: SentenceText]

    public init(path: String, relativePath: String, referenceDate: String? = nil,
                mentions: [FigureRecord] = [], sentences: [Int: SentenceText] = [:]) {
        self.path = path
        self.relativePath = relativePath
        self.referenceDate = referenceDate
        self.mentions = mentions
        self.sentences = sentences
    }
}

/// One side of a diff (OLD or NEW): its documents in path order and the inputs that failed.
public struct DiffSide: Sendable {
    /// The path given on the command line.
    public let label: String
    public var documents: [DiffDocument]
    /// One message per input that could not be read, naming the file.
    public var failures: [String]

    public init(label: String, documents: [DiffDocument], failures: [String] = []) {
        self.label = label
        self.documents = documents
        self.failures = failures
    }
}

/// A failure reading an input of the diff; the message names the file.
public struct DiffInputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
