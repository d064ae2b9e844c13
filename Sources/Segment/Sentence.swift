import Normalize

/// One sentence (or bullet item, heading, table row) as a half-open range of normalized scalars.
public struct Sentence: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// Running text: one sentence, possibly over several (PDF-wrapped) lines.
        case prose
        /// A bullet item (`ㅇ`, `□`, `*`, `-`, `❶`, `①`, `▲`, `✓`…) or a labelled item (`(에너지) …`).
        case bullet
        /// One row of a tab-separated table (or a cell of it that starts a bullet).
        case tableRow
        /// A heading or caption: `1. 의결주문`, `Ⅰ. 추진 개요`, `전략 1 […] …`, `< … >`, `- 3 -`,
        /// and short unmarked title lines that do not read like a clause.
        case heading
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
