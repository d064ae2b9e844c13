import Normalize

/// Splits normalized Korean policy text into sentences.
///
/// Lines are the first unit: a blank line, a bullet (`ㅇ □ * - ❶ ① ▲`…), a table row (tab-separated)
/// or a line that ends a sentence closes the current sentence; otherwise a wrapped line (PDF) joins
/// the next. Inside a line, `.`, `?`, `!` end a sentence when they follow a Hangul syllable or a
/// closing quote/bracket and precede a space or the end of the line — so `2.5배`, `2026.1.22`,
/// `M.AX`, `www.kiat.or.kr` and `2025. 5. 30.` are not boundaries.
public struct SentenceSegmenter: Sendable {
    public init() {}

    public func segment(_ text: NormalizedText) -> [Sentence] {
        let scalars = text.scalars
        var sentences: [Sentence] = []
        var current: (start: Int, kind: Sentence.Kind)? = nil

        func close(at end: Int) {
            guard let c = current else { return }
            var e = end
            while e > c.start, Self.isSpace(scalars[e - 1]) { e -= 1 }
            if e > c.start { sentences.append(Sentence(range: c.start..<e, kind: c.kind)) }
            current = nil
        }

        func splitInside(_ line: Range<Int>) {
            var i = line.lowerBound
            while i < line.upperBound {
                let s = scalars[i]
                if s == "." || s == "?" || s == "!" {
                    var end = i + 1
                    while end < line.upperBound, Self.isClosing(scalars[end]) { end += 1 }
                    let atLineEnd = end == line.upperBound
                    if !atLineEnd, Self.isSpace(scalars[end]), i > line.lowerBound, Self.endsClause(scalars[i - 1]) {
                        close(at: end)
                        var next = end
                        while next < line.upperBound, Self.isSpace(scalars[next]) { next += 1 }
                        current = (next, .prose)
                        i = next
                        continue
                    }
                }
                i += 1
            }
        }

        var lineStart = 0
        let n = scalars.count
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, scalars[lineEnd] != "\n" { lineEnd += 1 }
            var contentStart = lineStart
            while contentStart < lineEnd, Self.isSpace(scalars[contentStart]) { contentStart += 1 }

            if contentStart == lineEnd {
                close(at: lineStart)
            } else {
                let line = contentStart..<lineEnd
                let isTable = scalars[line].contains("\t")
                let bullet = Self.isBulletStart(scalars, at: contentStart, lineEnd: lineEnd)
                if isTable || bullet || current?.kind == .tableRow {
                    close(at: lineStart)
                }
                if current == nil {
                    current = (contentStart, isTable ? .tableRow : (bullet ? .bullet : .prose))
                }
                if !isTable {
                    splitInside(line)
                }
                if isTable || Self.lineEndsSentence(scalars, line: line) {
                    close(at: lineEnd)
                }
            }
            lineStart = lineEnd + 1
        }
        close(at: n)
        return sentences
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\n" }

    static func isHangul(_ s: Unicode.Scalar) -> Bool { s.value >= 0xAC00 && s.value <= 0xD7A3 }

    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == ")" || s == "]" || s == "」" || s == "』" || s == ">"
    }

    /// What may stand before a sentence-final `.`: a Hangul syllable or a closing quote/bracket.
    static func endsClause(_ s: Unicode.Scalar) -> Bool { isHangul(s) || isClosing(s) }

    /// Korean sentence-final endings that close a line even without a period: declaratives (`다`),
    /// polite (`요`, `죠`) and the nominal endings of reports (`음`, `함`, `임`, `됨`).
    static let finalSyllables: Set<Unicode.Scalar> = ["다", "요", "죠", "음", "함", "임", "됨"]

    static func lineEndsSentence(_ scalars: [Unicode.Scalar], line: Range<Int>) -> Bool {
        var e = line.upperBound
        while e > line.lowerBound, isSpace(scalars[e - 1]) || isClosing(scalars[e - 1]) { e -= 1 }
        guard e > line.lowerBound else { return true }
        let last = scalars[e - 1]
        if last == "." || last == "?" || last == "!" || last == "…" { return true }
        return finalSyllables.contains(last)
    }

    /// Single-scalar bullet markers. `-` and `*` count only when followed by a space.
    static let bulletMarkers: Set<Unicode.Scalar> = [
        "ㅇ", "□", "■", "◦", "○", "●", "◎", "◇", "◆", "▲", "△", "▶", "▷", "►", "•", "※", "✓", "✔", "v", "➢", "➤",
    ]

    static func isBulletStart(_ scalars: [Unicode.Scalar], at i: Int, lineEnd: Int) -> Bool {
        let s = scalars[i]
        let v = s.value
        // ① … ⑳, ❶ … ❿, ➀ … ➓, ⓐ…: enumerators.
        if (0x2460...0x2473).contains(v) || (0x2776...0x2793).contains(v) || (0x24B6...0x24E9).contains(v) {
            return true
        }
        let followedBySpace = i + 1 < lineEnd && scalars[i + 1] == " "
        if s == "*" { return followedBySpace || (i + 1 < lineEnd && scalars[i + 1] == "*") }
        if s == "-" || s == "v" || s == "ㅇ" { return followedBySpace }
        return bulletMarkers.contains(s)
    }
}
