import SourceText

/// How the bytes of one kind of input become normalized text. Plain text is the first format;
/// HTML plugs in beside it without touching later stages.
public protocol InputFormat: Sendable {
    /// A short name for documents.jsonl (`text`, `html`).
    var name: String { get }
    func normalize(_ source: SourceFile, options: NormalizeOptions) -> NormalizedDocument
}

public struct NormalizeOptions: Sendable {
    /// Keep site menus, tickers, copyright footers and page markers instead of dropping them.
    public var keepBoilerplate: Bool

    public init(keepBoilerplate: Bool = false) {
        self.keepBoilerplate = keepBoilerplate
    }
}

/// The result of normalization: the original, its normalized text, and which original lines were
/// dropped as boilerplate (kept in the source map, absent from the text).
public struct NormalizedDocument: Sendable {
    public let source: SourceFile
    public let text: NormalizedText
    /// 0-based indices of original lines dropped from `text`, in order.
    public let droppedLines: [Int]

    public init(source: SourceFile, text: NormalizedText, droppedLines: [Int]) {
        self.source = source
        self.text = text
        self.droppedLines = droppedLines
    }
}

/// Plain text (`.txt`, standard input): line by line, boilerplate lines dropped, the rest normalized.
public struct PlainTextFormat: InputFormat {
    public init() {}

    public var name: String { "text" }

    public func normalize(_ source: SourceFile, options: NormalizeOptions) -> NormalizedDocument {
        let scalars = source.scalars
        let map = source.map
        var lines: [Range<Int>] = []
        lines.reserveCapacity(map.lineCount)
        for l in 0..<map.lineCount {
            lines.append(map.scalarRange(ofLine: l, in: scalars))
        }
        let dropped = options.keepBoilerplate ? [] : Array(Set(BoilerplateFilter.droppedLines(scalars: scalars, lines: lines)).union(PageFurniture.droppedLines(scalars: scalars, lines: lines))).sorted()
        return normalize(source, lines: lines, droppedLines: dropped)
    }

    /// Normalizes with the boilerplate lines already known (0-based, sorted): a piece of a large
    /// document, whose dropped lines were found over the whole file (`LargeTextScan`).
    public func normalize(_ source: SourceFile, droppedLines dropped: [Int]) -> NormalizedDocument {
        let map = source.map
        var lines: [Range<Int>] = []
        lines.reserveCapacity(map.lineCount)
        for l in 0..<map.lineCount {
            lines.append(map.scalarRange(ofLine: l, in: source.scalars))
        }
        return normalize(source, lines: lines, droppedLines: dropped)
    }

    func normalize(_ source: SourceFile, lines: [Range<Int>], droppedLines dropped: [Int]) -> NormalizedDocument {
        let scalars = source.scalars
        var text = NormalizedText()
        text.reserveCapacity(scalars.count)
        var droppedIterator = dropped.makeIterator()
        var nextDropped = droppedIterator.next()
        for (l, range) in lines.enumerated() {
            if l == nextDropped {
                nextDropped = droppedIterator.next()
            } else {
                TextNormalizer.append(scalars, range: range, to: &text)
            }
            // The line terminator, so that line structure (and blank-line paragraphs) survives.
            let terminatorEnd = l + 1 < lines.count ? lines[l + 1].lowerBound : scalars.count
            if range.upperBound < terminatorEnd {
                text.append("\n", from: range.upperBound..<terminatorEnd)
            }
        }
        return NormalizedDocument(source: source, text: text, droppedLines: dropped)
    }
}
