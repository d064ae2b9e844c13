import Extract
import Normalize
import Segment
import SourceText

/// The record contract of `mentions.jsonl`, `documents.jsonl` and `sentences.jsonl`: one flat JSON
/// object per line, keys always in the order written here. Tools downstream rely on these names;
/// fields may be added, never renamed or removed.
public enum Records {
    /// One mention. Provenance is in the ORIGINAL file: 1-based `line`/`column` and exclusive
    /// `endLine`/`endColumn` (columns in Unicode scalars), and the byte range `[byteStart, byteEnd)`.
    /// `duplicate` marks a mention inside a paragraph that repeats an earlier one (not counted twice).
    /// `html` says the original is HTML, whose `surface` is the visible text of the range.
    public static func mention(_ m: Mention, doc: String, document: NormalizedDocument, sentence: Int,
                               duplicate: Bool = false, html: Bool = false) -> JSONObject {
        var o = JSONObject()
        var line = 0
        addMention(m, doc: doc, document: document, sentence: sentence, duplicate: duplicate, html: html,
                   line: &line, to: &o)
        return o
    }

    /// Appends the mention's JSON Lines line to `out`: the same bytes as `mention(...).line`, written
    /// in place (the hot path of emitting a document).
    /// `line` is the 0-based original line of the previous record's start (0 for the first): records
    /// in text order then find their lines by stepping forward instead of searching.
    public static func appendMention(_ m: Mention, doc: String, document: NormalizedDocument, sentence: Int,
                                     duplicate: Bool, html: Bool, line: inout Int, to out: inout [UInt8]) {
        var o = JSONObject(appendingTo: out)
        out = []
        addMention(m, doc: doc, document: document, sentence: sentence, duplicate: duplicate, html: html,
                   line: &line, to: &o)
        out = o.finishLine()
    }

    private static func addMention(_ m: Mention, doc: String, document: NormalizedDocument, sentence: Int,
                                   duplicate: Bool, html: Bool, line: inout Int, to o: inout JSONObject) {
        let text = document.text
        let range = text.snappedToOrigin(m.range)
        let originalScalars = text.originalRange(of: range)
        let original = document.source.map.range(ofScalars: originalScalars, fromLine: &line)
        o.add("doc", doc)
        o.add("type", m.type.rawValue)
        // Written from the scalars: no `String` per field.
        o.add("text", scalars: text.scalars[range])
        if html {
            o.add("surface", surface(document.source.scalars[originalScalars], html: true))
        } else {
            o.add("surface", scalars: document.source.scalars[originalScalars])
        }
        o.add("line", original.start.line)
        o.add("column", original.start.column)
        o.add("endLine", original.end.line)
        o.add("endColumn", original.end.column)
        o.add("byteStart", original.start.byte)
        o.add("byteEnd", original.end.byte)
        o.add("sentence", sentence)
        switch m.value {
        case .money(let v):
            o.add("value", number: v.value?.literal)
            o.add("min", number: v.min?.literal)
            o.add("max", number: v.max?.literal)
            o.add("currency", v.currency)
            o.add("approx", v.approx)
            o.add("bound", v.bound)
            if v.unitFromHeader { o.add("unitFromHeader", true) }
            o.add("per", v.per)
            o.add("date", v.date)
            addCell(v.cell, to: &o)
            addSeries(v.series, to: &o)
            o.add("program", v.program)
        case .date(let v):
            o.add("value", v.value)
            o.add("from", v.from)
            o.add("to", v.to)
            if v.relative { o.add("relative", true) }
            if v.deadline { o.add("deadline", true) }
            o.add("reference", v.reference)
            o.add("attachedTo", v.attachedTo)
        case .count(let v):
            o.add("value", v.value)
            o.add("min", v.min)
            o.add("max", v.max)
            o.add("bound", v.bound)
            o.add("unit", v.unit)
            o.add("item", v.item)
            if v.approx { o.add("approx", true) }
            if v.unitFromHeader { o.add("unitFromHeader", true) }
            addCell(v.cell, to: &o)
            addSeries(v.series, to: &o)
        case .org(let v):
            o.add("canonical", v.canonical)
            o.add("kind", v.kind)
            o.add("category", v.category)
        case .percent(let v):
            o.add("value", number: v.value.literal)
            o.add("min", number: v.min?.literal)
            o.add("max", number: v.max?.literal)
            o.add("bound", v.bound)
            if v.approx { o.add("approx", true) }
            if v.points { o.add("points", true) }
        case .ratio(let v):
            o.add("value", number: v.value.literal)
            if v.approx { o.add("approx", true) }
        case .duration(let v):
            o.add("value", v.value)
            if v.approx { o.add("approx", true) }
            o.add("interval", v.interval)
            if v.interval != nil { o.add("relative", true) }
            o.add("reference", v.reference)
        case .program(let v):
            o.add("name", v.name)
        }
        if duplicate { o.add("duplicate", true) }
        o.add("rule", m.rule)
    }

    private static func addCell(_ cell: FigureCell?, to o: inout JSONObject) {
        guard let cell else { return }
        // Not `row`/`column`: `column` is the provenance start column.
        o.add("rowLabel", cell.rowLabel)
        o.add("columnLabel", cell.columnLabel)
    }

    private static func addSeries(_ series: SeriesLink?, to o: inout JSONObject) {
        guard let series else { return }
        o.add("seriesId", series.id)
        o.add("seriesDate", series.date)
    }

    /// The mention as written in the original file (for HTML: tags removed, entities decoded), so
    /// that it can be found again with a plain search; `text` is the same after normalization.
    static func surface(_ scalars: ArraySlice<Unicode.Scalar>, html: Bool) -> String {
        let written = String(scalars: scalars)
        return html ? HTMLFormat.visibleText(ofOriginal: written) : written
    }

    /// One sentence: its one-line text and where it sits in the original file.
    public static func sentence(_ s: Sentence, index: Int, doc: String, document: NormalizedDocument) -> JSONObject {
        var o = JSONObject()
        var line = 0
        addSentence(s, index: index, doc: doc, document: document, line: &line, to: &o)
        return o
    }

    /// Appends the sentence's JSON Lines line to `out` (same bytes as `sentence(...).line`); `line`
    /// as in `appendMention`.
    public static func appendSentence(_ s: Sentence, index: Int, doc: String, document: NormalizedDocument,
                                      line: inout Int, to out: inout [UInt8]) {
        var o = JSONObject(appendingTo: out)
        out = []
        addSentence(s, index: index, doc: doc, document: document, line: &line, to: &o)
        out = o.finishLine()
    }

    private static func addSentence(_ s: Sentence, index: Int, doc: String, document: NormalizedDocument,
                                    line: inout Int, to o: inout JSONObject) {
        let original = document.source.map.range(ofScalars: document.text.originalRange(of: s.range), fromLine: &line)
        o.add("doc", doc)
        o.add("index", index)
        // `Sentence.text(in:)`, written straight into the record.
        o.add("text", oneLine: document.text.scalars[s.range], isBlank: isSentenceBlank)
        o.add("line", original.start.line)
        o.add("endLine", original.end.line)
        o.add("byteStart", original.start.byte)
        o.add("byteEnd", original.end.byte)
        o.add("kind", s.kind.rawValue)
    }

    /// `Sentence.isWhitespace`, answered at once for the scalars above U+3000 (Hangul: most of the
    /// text), none of which it counts as blank (a test checks every scalar).
    @inline(__always)
    static func isSentenceBlank(_ s: Unicode.Scalar) -> Bool {
        s.value <= 0x3000 && Sentence.isWhitespace(s)
    }

    /// The status of one input in documents.jsonl.
    public enum Status: String, Sendable {
        case ok, error, skipped
    }

    /// Facts about one processed document for documents.jsonl.
    public struct DocumentFacts: Sendable {
        public var doc: String
        public var sha256: String?
        public var bytes: Int?
        public var encoding: String?
        public var format: String?
        /// The page title and site name (HTML metadata), when known.
        public var title: String?
        public var site: String?
        /// The document's own publication date (its date line), when it has one.
        public var date: String?
        /// The date relative expressions were resolved against: `date`, else `--reference-date`.
        public var referenceDate: String?
        /// Where `referenceDate` came from: `line 3` of the document, or `--reference-date`.
        public var dateSource: String?
        public var status: Status
        public var message: String?
        public var sentences: Int?
        /// Mentions per type, not counting those in repeated paragraphs.
        public var counts: [MentionType: Int]?
        /// Mentions in repeated paragraphs (flagged `duplicate: true`).
        public var duplicates: Int?

        public init(doc: String, status: Status, message: String? = nil) {
            self.doc = doc
            self.status = status
            self.message = message
        }
    }

    public static func document(_ f: DocumentFacts) -> JSONObject {
        var o = JSONObject()
        o.add("doc", f.doc)
        o.add("sha256", f.sha256)
        o.add("bytes", f.bytes)
        o.add("encoding", f.encoding)
        o.add("format", f.format)
        o.add("title", f.title)
        o.add("site", f.site)
        o.add("date", f.date)
        o.add("referenceDate", f.referenceDate)
        o.add("dateSource", f.dateSource)
        o.add("status", f.status.rawValue)
        o.add("message", f.message)
        o.add("sentences", f.sentences)
        if let counts = f.counts {
            var c = JSONObject()
            for t in MentionType.allCases { c.add(dynamicKey: t.rawValue, counts[t] ?? 0) }
            o.add("counts", c)
        }
        o.add("duplicates", f.duplicates)
        return o
    }
}
