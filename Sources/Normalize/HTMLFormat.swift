@preconcurrency internal import CLibXML2
import SourceText

/// HTML pages (`.html`, `.htm`): parsed by libxml2's HTML parser, reduced to the article (menus,
/// share buttons, link lists, footers dropped by structure and link density), laid out as text
/// (a block is a paragraph, a `<br>` a line break, a table row one line with TAB-separated cells),
/// then filtered and normalized like plain text. Every normalized scalar maps back to the original
/// scalars it came from (see `HTMLAligner`); separators the layout adds map to an empty range.
public struct HTMLFormat: InputFormat {
    public init() {}

    public var name: String { "html" }

    public func normalize(_ source: SourceFile, options: NormalizeOptions) -> NormalizedDocument {
        analyze(source, options: options).document
    }

    /// Normalizes and also returns the page's metadata and what extraction did.
    public func analyze(_ source: SourceFile, options: NormalizeOptions) -> HTMLResult {
        var content = HTMLContent(source: source, keepBoilerplate: options.keepBoilerplate)
        let parsed = content.run()
        var notes: [String] = []
        if !parsed {
            notes.append("libxml2 could not parse the page as HTML; no text extracted")
        } else if content.output.count == 0 {
            notes.append("no article text found in the HTML page")
        }
        if content.stats.unalignedTextNodes > 0 {
            notes.append("\(content.stats.unalignedTextNodes) text passage(s) could not be matched to the original and were left out")
        }
        var document = NormalizedDocument(source: source, text: content.output, droppedLines: content.droppedLines)
        if !notes.isEmpty {
            document = NormalizedDocument(source: Self.source(source, addingNote: notes.joined(separator: "; ")),
                                          text: content.output, droppedLines: content.droppedLines)
        }
        return HTMLResult(document: document, metadata: content.metadata, stats: content.stats)
    }

    /// The same source with `note` appended to its `decodingNote` (the document's `message`).
    static func source(_ s: SourceFile, addingNote note: String) -> SourceFile {
        var offsets: [Int32] = []
        offsets.reserveCapacity(s.scalars.count)
        for i in 0..<s.scalars.count { offsets.append(Int32(s.map.byteOffset(ofScalar: i))) }
        let combined = s.decodingNote.map { "\($0); \(note)" } ?? note
        return SourceFile(path: s.path, bytes: s.bytes, encoding: s.encoding, decodingNote: combined,
                          scalars: s.scalars, byteOffsets: offsets)
    }
}

/// An HTML page after normalization.
public struct HTMLResult: Sendable {
    public let document: NormalizedDocument
    public let metadata: HTMLMetadata
    public let stats: HTMLStats
}

/// What the page says about itself, for documents.jsonl. Values are trimmed, whitespace-collapsed
/// text; nil when the page does not say.
public struct HTMLMetadata: Sendable, Equatable {
    /// `<title>`.
    public var title: String?
    /// `<meta property="og:title">`.
    public var ogTitle: String?
    /// The first `<h1>` of the body.
    public var headline: String?
    /// `<meta property="og:site_name">`.
    public var siteName: String?
    /// `<meta property="article:published_time">` (or `itemprop="datePublished"`, `name="pubdate"`…), as written.
    public var publishedTime: String?
    /// The `datetime` of the first `<time datetime>` in the body, as written.
    public var timeDatetime: String?

    public init() {}

    /// The best title: og:title, else the first h1, else `<title>`.
    public var bestTitle: String? { ogTitle ?? headline ?? title }
    /// The best publication date string: the meta tag, else the first `<time datetime>`.
    public var bestPublished: String? { publishedTime ?? timeDatetime }
}

/// Counts of what HTML extraction did.
public struct HTMLStats: Sendable, Equatable {
    /// Text nodes in the parsed page (outside script and style).
    public var textNodes = 0
    /// Non-blank text nodes that could not be aligned with the original; their text is left out
    /// of the document (only those in kept parts of the page are counted).
    public var unalignedTextNodes = 0
    /// Elements dropped as page furniture (with their content).
    public var droppedElements = 0
    public init() {}
}

/// libxml2 must be initialized once before parsing from several threads.
let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()
