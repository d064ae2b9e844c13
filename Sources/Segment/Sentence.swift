import Normalize

/// One sentence (or bullet item, heading, table row) as a half-open range of normalized scalars.
public struct Sentence: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case prose, bullet, tableRow
    }

    public let range: Range<Int>
    public let kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }

    /// The sentence as one line: line breaks inside it (PDF-wrapped lines) become spaces and
    /// runs of spaces are folded.
    public func text(in normalized: NormalizedText) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in normalized.scalars[range] {
            if s == " " || s == "\n" || s == "\t" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }
}
