import Emit
import Foundation
import Extract
import Normalize
import Records
import Segment
import SourceText

/// Settings shared by every document of a run.
public struct PipelineOptions: Sendable {
    /// Used for relative dates and organization names when a document has no date line of its own.
    public var referenceDate: CalendarDate?
    public var keepBoilerplate: Bool
    /// Files larger than this are refused with an error record (protects memory on stray dumps).
    public var maxBytes: Int

    public static let defaultMaxBytes = 64 << 20

    /// How standard input (`-`) is read: `text` or `html`. Files go by their extension.
    public var standardInputFormat: String = "text"

    /// Plain UTF-8 files larger than this are read and processed in pieces of about this size, so
    /// that memory does not grow with the file (`LargeTextDocument`); the records are the same.
    public var pieceBytes: Int = PipelineOptions.defaultPieceBytes

    public static let defaultPieceBytes = 1 << 19

    public init(referenceDate: CalendarDate? = nil, keepBoilerplate: Bool = false, maxBytes: Int = PipelineOptions.defaultMaxBytes) {
        self.referenceDate = referenceDate
        self.keepBoilerplate = keepBoilerplate
        self.maxBytes = maxBytes
    }
}

/// One document after every stage: normalized text, sentences, mentions (with the sentence each
/// sits in), and the date its relative expressions were resolved against.
public struct AnalyzedDocument: Sendable {
    public let document: NormalizedDocument
    public let format: String
    public let sentences: [Sentence]
    public let mentions: [Mention]
    /// For each mention, the index of its sentence.
    public let mentionSentences: [Int]
    /// For each mention, whether it sits in a paragraph that repeats an earlier one.
    public let mentionDuplicates: [Bool]
    public let context: DocumentContext
    /// Where the reference date came from: `line N` of the document or `--reference-date`.
    public let dateSource: String?
    /// The document's own date, when it has a date line (or, for HTML, publication metadata).
    public let ownDate: CalendarDate?
    /// The page title (HTML `og:title`, first `<h1>`, `<title>`), when known.
    public let title: String?
    /// The site name (HTML `og:site_name`), when known.
    public let site: String?
}

/// Runs the stages over one document, in order: decode (SourceText) → normalize (Normalize) →
/// segment (Segment) → find the document date → extract (Extract). Emitting records is separate.
public struct DocumentProcessor: Sendable {
    public let options: PipelineOptions
    let segmenter = SentenceSegmenter()
    let suite = ExtractorSuite.standard

    public init(options: PipelineOptions) {
        self.options = options
    }

    /// The input format for a path: plain text for everything we read today.
    public func format(forPath path: String) -> any InputFormat {
        if path == "-" { return options.standardInputFormat == "html" ? HTMLFormat() : PlainTextFormat() }
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return HTMLFormat() }
        return PlainTextFormat()
    }

    /// `format` defaults to the one for the source's path (an in-memory document names its own).
    public func analyze(_ source: SourceFile, format: (any InputFormat)? = nil) -> AnalyzedDocument {
        let format = format ?? self.format(forPath: source.path)
        let normalizeOptions = NormalizeOptions(keepBoilerplate: options.keepBoilerplate)
        let document: NormalizedDocument
        var metadata: HTMLMetadata? = nil
        if let html = format as? HTMLFormat {
            let result = html.analyze(source, options: normalizeOptions)
            document = result.document
            metadata = result.metadata
        } else {
            document = format.normalize(source, options: normalizeOptions)
        }
        let sentences = segmenter.segment(document.text)
        var context = DocumentContext(referenceDate: options.referenceDate)
        var dateSource: String? = options.referenceDate == nil ? nil : "--reference-date"
        var ownDate: CalendarDate? = nil
        if let found = DocumentDateFinder.find(in: document.text) {
            ownDate = found.date
            let line = document.source.map.location(ofScalar: document.text.originalRange(of: found.range).lowerBound).line
            dateSource = "line \(line)"
        } else if let published = metadata?.bestPublished, let date = Self.calendarDate(fromMetadata: published) {
            ownDate = date
            dateSource = "html metadata"
        }
        if let ownDate { context.referenceDate = ownDate }
        let mentions = suite.extract(from: ExtractionInput(text: document.text, sentences: sentences, context: context))
        let repeats = DuplicateParagraphs.ranges(in: document.text, sentences: sentences.indices.map { sentences[$0].range })
        let duplicates = Self.insideAny(mentions.indices.map { mentions[$0].range }, of: repeats)
        return AnalyzedDocument(
            document: document, format: format.name, sentences: sentences, mentions: mentions,
            mentionSentences: Self.sentenceIndices(of: mentions, in: sentences),
            mentionDuplicates: duplicates,
            context: context, dateSource: dateSource, ownDate: ownDate,
            title: metadata?.bestTitle, site: metadata?.siteName)
    }

    /// `2026-01-28T21:15:17+09:00`, `2026-01-28 21:15`, `2026-01-28` → the local date and time as
    /// written (the offset is dropped: Korean pages give Korean time).
    static func calendarDate(fromMetadata value: String) -> CalendarDate? {
        let text = value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T")
        for length in [19, 16, 10] where text.count >= length {
            if let date = CalendarDate(iso: String(text.prefix(length))) { return date }
        }
        return nil
    }

    /// For each range (sorted by start), whether it lies inside one of `containers` (sorted, disjoint).
    static func insideAny(_ ranges: [Range<Int>], of containers: [Range<Int>]) -> [Bool] {
        var result: [Bool] = []
        result.reserveCapacity(ranges.count)
        var c = 0
        for r in ranges {
            while c < containers.count, containers[c].upperBound < r.upperBound { c += 1 }
            result.append(c < containers.count && containers[c].lowerBound <= r.lowerBound)
        }
        return result
    }

    /// The sentence holding each mention's first scalar (mentions and sentences are both sorted).
    static func sentenceIndices(of mentions: [Mention], in sentences: [Sentence]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(mentions.count)
        var s = 0
        // By index: `for m in mentions` copied each mention (its strings retained and released).
        for k in mentions.indices {
            let start = mentions[k].range.lowerBound
            while s + 1 < sentences.count, sentences[s + 1].range.lowerBound <= start { s += 1 }
            result.append(sentences.isEmpty ? 0 : s)
        }
        return result
    }
}

/// The three kinds of output lines for one input, ready to append to the output files.
public struct EmittedDocument: Sendable {
    public var document: [UInt8]
    public var sentences: [UInt8]
    public var mentions: [UInt8]
    public var failed: Bool
    public var message: String?
    /// A large document's sentence and mention lines, on disk instead of in `sentences` and
    /// `mentions` (which are then empty); the writer copies them after `document`.
    public var spilled: SpilledLines? = nil
    /// How many lines `mentions` holds, when the code that wrote them counted them.
    public var mentionLines: Int? = nil

    /// The number of mention lines (counted in the bytes only for lines read back from a
    /// previous run).
    public var mentionCount: Int {
        spilled?.mentionCount ?? mentionLines ?? mentions.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}

/// The record lines of one large document, spilled to unnamed temporary files as they were built.
public struct SpilledLines: Sendable {
    public let sentences: SpillFile
    public let mentions: SpillFile
    public let mentionCount: Int
    /// Bytes of input.
    public let inputBytes: Int
}

extension DocumentProcessor {
    /// Decodes, analyzes and emits one input. Never throws: a bad input becomes an error record.
    public func emit(path: String, bytes: Result<[UInt8], SourceError>) -> EmittedDocument {
        let decoded = bytes.flatMap { raw in
            format(forPath: path) is HTMLFormat
                ? HTMLCharset.decode(path: path, bytes: raw, maxBytes: options.maxBytes)
                : SourceDecoder.decode(path: path, bytes: raw, maxBytes: options.maxBytes)
        }
        switch decoded {
        case .failure(let error):
            var facts = Records.DocumentFacts(doc: path, status: .error, message: error.description)
            if case .success(let raw) = bytes {
                facts.bytes = raw.count
                facts.sha256 = SHA256.hex(raw)
            }
            return EmittedDocument(document: Records.document(facts).line, sentences: [], mentions: [],
                                   failed: true, message: error.description)
        case .success(let source):
            let analyzed = analyze(source)
            return Self.emit(analyzed)
        }
    }

    static func emit(_ a: AnalyzedDocument) -> EmittedDocument {
        let doc = a.document.source.path
        // Reserved generously up front (more than lines usually take): pages never written are never
        // touched, so they cost no memory, and a large document's tens of MB of lines are not
        // copied at every doubling, which also set the peak (old and new buffer at once).
        let docBytes = doc.utf8.count
        var sentenceLines: [UInt8] = []
        sentenceLines.reserveCapacity(a.document.source.bytes.count + a.sentences.count * (160 + docBytes))
        var sentenceLine = 0
        for (i, s) in a.sentences.enumerated() {
            Records.appendSentence(s, index: i, doc: doc, document: a.document, line: &sentenceLine, to: &sentenceLines)
        }
        var mentionLines: [UInt8] = []
        mentionLines.reserveCapacity(a.mentions.count * (512 + docBytes))
        var counts: [MentionType: Int] = [:]
        var duplicateCount = 0
        let html = a.format == "html"
        var mentionLine = 0
        // By index: `enumerated()` copied each mention (its strings retained and released).
        for i in a.mentions.indices {
            let duplicate = a.mentionDuplicates[i]
            Records.appendMention(a.mentions[i], doc: doc, document: a.document, sentence: a.mentionSentences[i],
                                  duplicate: duplicate, html: html, line: &mentionLine, to: &mentionLines)
            if duplicate { duplicateCount += 1 } else { counts[a.mentions[i].type, default: 0] += 1 }
        }
        var facts = Records.DocumentFacts(doc: doc, status: .ok, message: a.document.source.decodingNote)
        facts.sha256 = SHA256.hex(a.document.source.bytes)
        facts.bytes = a.document.source.bytes.count
        facts.encoding = a.document.source.encoding
        facts.format = a.format
        facts.date = a.ownDate?.iso
        facts.referenceDate = a.context.referenceDate?.iso
        facts.dateSource = a.dateSource
        facts.title = a.title
        facts.site = a.site
        facts.sentences = a.sentences.count
        facts.counts = counts
        facts.duplicates = duplicateCount
        var emitted = EmittedDocument(document: Records.document(facts).line, sentences: sentenceLines, mentions: mentionLines,
                                      failed: false, message: nil)
        emitted.mentionLines = a.mentions.count
        return emitted
    }
}
