import Normalize
import Segment

/// What an extractor knows about the document besides its text.
public struct DocumentContext: Sendable {
    /// The date relative expressions resolve against and organization names are chosen for: the
    /// document's own date line, else the date the user gave.
    public var referenceDate: CalendarDate?

    public init(referenceDate: CalendarDate? = nil) {
        self.referenceDate = referenceDate
    }
}

/// The input to every extractor: the whole normalized document, its sentences and its context.
/// Extractors see the whole document so that a table row can read its header row.
public struct ExtractionInput: Sendable {
    public let text: NormalizedText
    public let sentences: [Sentence]
    public let context: DocumentContext
    /// The table cells of the text (`TableFigures`), read once by `ExtractorSuite` for the three
    /// extractors that read them (money, counts, percentages); nil: each reads them itself.
    var tableCells: [TableCell]? = nil
    /// The text as the figure extractors read it (money, counts, percentages, ratios), built once
    /// by `ExtractorSuite`; nil: each builds its own.
    var figureText: FigureText? = nil

    /// `figureText`, or the text built for this extractor alone.
    var figures: FigureText { figureText ?? FigureText(self) }

    public init(text: NormalizedText, sentences: [Sentence], context: DocumentContext) {
        self.text = text
        self.sentences = sentences
        self.context = context
    }

    /// Convenience for tests and tools: normalize a plain string, segment it, and wrap it.
    public init(string: String, context: DocumentContext = DocumentContext()) {
        var text = NormalizedText()
        let scalars = Array(string.unicodeScalars)
        TextNormalizer.append(scalars, range: 0..<scalars.count, to: &text)
        self.init(text: text, sentences: SentenceSegmenter().segment(text), context: context)
    }
}

/// One dimension's extractor: a document in, mentions (document-relative ranges) out.
public protocol Extractor: Sendable {
    func extract(from input: ExtractionInput) -> [Mention]
}
