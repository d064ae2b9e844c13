import Normalize
import SourceText

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
        Sentence.oneLine(normalized.scalars[range])
    }

    /// `text(in:)` as UTF-8 bytes, for writers that need no `String`.
    public func textUTF8(in normalized: NormalizedText) -> [UInt8] {
        Sentence.oneLineUTF8(normalized.scalars[range])
    }

    /// `scalars` with every run of whitespace (spaces, tabs, line breaks) folded to one space and
    /// none at either end.
    public static func oneLine<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        String(decoding: oneLineUTF8(scalars), as: UTF8.self)
    }

    static func oneLineUTF8<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [UInt8] {
        // Built as UTF-8 bytes: appending scalar by scalar to a String is several times slower.
        var out: [UInt8] = []
        out.reserveCapacity(scalars.underestimatedCount * 3)
        var pendingSpace = false
        for s in scalars {
            if isWhitespace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                UTF8Bytes.append(s, to: &out)
            }
        }
        return out
    }

    /// The scalars `text(in:)` folds into one space.
    @inlinable @inline(__always)   // inlined into the record writer's loop, another module
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
