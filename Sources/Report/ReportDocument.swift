import Extract
import Normalize
import Pipeline
import SourceText

/// One mention as the page shows it: where it sits in the normalized text (the range its record's
/// `text` comes from) and in the original file, and its value in both forms.
public struct ReportMention: Sendable, Hashable {
    public let type: MentionType
    public let value: MentionValue
    /// Normalized scalars, snapped to whole original scalars exactly as the record's `text` is.
    public let range: Range<Int>
    public let text: String
    /// 1-based line and column (Unicode scalars) of the start in the ORIGINAL file, as in the record.
    public let line: Int
    public let column: Int
    public let sentence: Int
    /// Inside a paragraph that repeats an earlier one (not counted, left out of the figures).
    public let duplicate: Bool

    public var machineValue: String { MentionDisplay.machineValue(value) }
    public var label: String { MentionDisplay.label(value) }
}

/// What the page needs of one analyzed document: its normalized text, its mentions and the facts
/// shown in its header. Built from the pipeline's `AnalyzedDocument`, which is not kept.
public struct ReportDocument: Sendable {
    public let path: String
    public let format: String
    public let encoding: String
    public let title: String?
    public let date: String?
    public let referenceDate: String?
    public let sentenceCount: Int
    public let note: String?
    public let text: [Unicode.Scalar]
    /// Sorted by position, as the extractor suite gives them.
    public let mentions: [ReportMention]

    public init(_ analyzed: AnalyzedDocument) {
        let document = analyzed.document
        path = document.source.path
        format = analyzed.format
        encoding = document.source.encoding
        title = analyzed.title
        date = analyzed.ownDate?.iso
        referenceDate = analyzed.context.referenceDate?.iso
        sentenceCount = analyzed.sentences.count
        note = document.source.decodingNote
        text = document.text.scalars
        var mentions: [ReportMention] = []
        mentions.reserveCapacity(analyzed.mentions.count)
        for (i, m) in analyzed.mentions.enumerated() {
            // The same arithmetic as `Records.mention`, so that the page and mentions.jsonl agree
            // on text, line and column (ReportTests checks them against the records).
            let range = document.text.snappedToOrigin(m.range)
            let start = document.source.map.range(ofScalars: document.text.originalRange(of: range)).start
            mentions.append(ReportMention(
                type: m.type, value: m.value, range: range, text: document.text.string(range),
                line: start.line, column: start.column,
                sentence: analyzed.mentionSentences[i], duplicate: analyzed.mentionDuplicates[i]))
        }
        self.mentions = mentions
    }

    /// Mentions per type in legend order, not counting those in repeated paragraphs (as the
    /// `counts` of documents.jsonl).
    public var counts: [(MentionType, Int)] {
        var tally = [Int](repeating: 0, count: MentionType.allCases.count)
        for m in mentions where !m.duplicate {
            tally[MentionType.allCases.firstIndex(of: m.type)!] += 1
        }
        return MentionType.allCases.enumerated().map { ($1, tally[$0]) }
    }
}

/// One input of the report: a document, or the reason it could not be read.
public enum ReportEntry: Sendable {
    case document(ReportDocument)
    case failed(path: String, message: String)
    case skipped(path: String, message: String)
}
