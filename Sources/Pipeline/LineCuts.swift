import Extract
import Normalize
import Segment

/// Cuts between two lines with no empty line between them, for large files that have few or none
/// (PDF dumps whose pages are separated only by page markers): their pieces would otherwise be the
/// whole file.
///
/// A cut goes where the segmenter surely ends a sentence (`LineBoundary`): after a kept line that
/// closes whatever follows (`…다.`, `…함.`, a heading), or before a kept line that starts a unit of
/// its own (a bullet, heading or table row). And only where the piece after it reads as it would
/// whole: the two lines after the cut cannot read a date from above (a written year carries over
/// at most two line breaks), no table starts within four lines (it reads its caption from there),
/// and no `이날` lies within three sentences below (it names the day written last that close).
/// Which lines are dropped as boilerplate (blank lines to the segmenter) is known only at the end
/// of the first pass: the pass notes each line's traits, and the cuts are chosen after it.
struct LineCuts {
    /// What a line allows. A line that was not looked at has every restricting trait.
    struct Traits: OptionSet {
        let rawValue: UInt8
        /// Might hold a date that takes its year or day from above (`DateExtractor.mayReadDateAbove`).
        static let readsDateAbove = Traits(rawValue: 1)
        /// Might hold `이날` (`DateExtractor.mayNameDayAbove`).
        static let namesDayAbove = Traits(rawValue: 2)
        /// Might be a table row or rule (tab, bar, box drawing, a wide gap, no Hangul at all).
        static let tableLike = Traits(rawValue: 4)
        /// The sentence open at its end closes there, whatever follows.
        static let endsSentence = Traits(rawValue: 8)
        /// Starts a bullet, heading or table row.
        static let startsUnit = Traits(rawValue: 16)
        /// Blank once normalized.
        static let empty = Traits(rawValue: 32)
        /// Dropped as boilerplate (set after the first pass): a blank line to the segmenter.
        static let dropped = Traits(rawValue: 64)

        static let unknown: Traits = [.readsDateAbove, .namesDayAbove, .tableLike]
    }

    /// Traits of every original line, by 0-based line.
    private(set) var traits: [Traits] = []
    /// Lines before which a cut may go, and the file offset where each starts: at most one per
    /// `spacing` bytes (a cut needs only to come near its place), so that they take little room.
    private var starts: [(line: Int, byte: Int)] = []
    private let spacing: Int
    private var nextStart = 0

    /// `spacing`: the bytes between two lines kept as places to cut.
    init(spacing: Int) {
        self.spacing = spacing
    }

    /// Notes original line `traits.count`, whose text is `body` and which ends at file offset
    /// `endByte` (after its line break). `look` false notes it as not looked at (cheap): lines
    /// where no cut can be wanted.
    mutating func add(_ body: ArraySlice<Unicode.Scalar>, endByte: Int, look: Bool) {
        if look {
            let t = Self.traits(of: body)
            if t.contains(.startsUnit) || traits.last?.contains(.endsSentence) == true,
               starts.isEmpty || nextStart - starts[starts.count - 1].byte >= spacing {
                starts.append((traits.count, nextStart))
            }
            traits.append(t)
        } else {
            traits.append(.unknown)
        }
        nextStart = endByte
    }

    static func traits(of body: ArraySlice<Unicode.Scalar>) -> Traits {
        var t: Traits = []
        if DateExtractor.mayReadDateAbove(body) { t.insert(.readsDateAbove) }
        if DateExtractor.mayNameDayAbove(body) { t.insert(.namesDayAbove) }
        var lo = body.startIndex, hi = body.endIndex
        while lo < hi, isSpaceLike(body[lo].value) { lo += 1 }
        while hi > lo, isSpaceLike(body[hi - 1].value) { hi -= 1 }
        guard lo < hi else { return t.union(.empty) }
        var hangul = false
        var previousSpace = false
        for k in lo..<hi {
            let v = body[k].value
            let space = isSpaceLike(v)
            if space && previousSpace { t.insert(.tableLike) }
            previousSpace = space
            switch v {
            case 0xAC00...0xD7A3: hangul = true
            case 0x09, 0x7C, 0xA6, 0xFF5C, 0x2500...0x257F: t.insert(.tableLike)
            default: break
            }
        }
        if !hangul { t.insert(.tableLike) }
        if let line = normalizedLine(body[lo..<hi]) {
            let boundary = LineBoundary(line: line)
            if boundary.endsSentence { t.insert(.endsSentence) }
            if boundary.startsUnit { t.insert(.startsUnit) }
        } else {
            t.insert(.unknown)
        }
        return t
    }

    /// The line as normalization gives it, or nil when it becomes more than one line or none.
    static func normalizedLine(_ body: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        if TextNormalizer.keepsScalars(body) {
            return body.map { $0 == "`" ? "'" : $0 }
        }
        var text = NormalizedText()
        TextNormalizer.append(Array(body), range: 0..<body.count, to: &text)
        let s = text.scalars
        guard !s.isEmpty, !s.contains("\n") else { return nil }
        var lo = 0, hi = s.count
        while lo < hi, s[lo] == " " || s[lo] == "\t" { lo += 1 }
        while hi > lo, s[hi - 1] == " " || s[hi - 1] == "\t" { hi -= 1 }
        return lo < hi ? Array(s[lo..<hi]) : nil
    }

    /// Blanks and what normalization turns into a blank or drops (so two of them may meet).
    @inline(__always)
    static func isSpaceLike(_ v: UInt32) -> Bool {
        TextNormalizer.becomesBlank(v)
    }

    /// `pieces` with line cuts added inside every piece longer than twice `pieceBytes`, at least
    /// `pieceBytes` apart, none before line `firstLine`. `dropped`: the lines dropped as
    /// boilerplate, sorted; `size`: the file's size.
    mutating func cut(_ pieces: [LargeTextDocument.Plan.Piece], dropped: [Int], size: Int,
                      pieceBytes: Int, firstLine: Int) -> [LargeTextDocument.Plan.Piece] {
        guard pieceBytes > 0, !starts.isEmpty else { return pieces }
        for d in dropped where d < traits.count { traits[d].insert(.dropped) }
        var out: [LargeTextDocument.Plan.Piece] = []
        var e = 0
        for (k, piece) in pieces.enumerated() {
            out.append(piece)
            let end = k + 1 < pieces.count ? pieces[k + 1].byte : size
            guard end - piece.byte > 2 * pieceBytes else { continue }
            var last = piece.byte
            while e < starts.count, starts[e].byte <= piece.byte { e += 1 }
            while e < starts.count, starts[e].byte < end {
                let c = starts[e]
                e += 1
                guard c.byte - last >= pieceBytes, end - c.byte >= pieceBytes / 2, c.line >= firstLine,
                      allows(before: c.line) else { continue }
                out.append(.init(byte: c.byte, line: c.line))
                last = c.byte
            }
        }
        return out
    }

    /// Whether the segmenter surely ends a sentence between lines `line - 1` and `line`, counting
    /// only boundaries after a kept line with text (so that two of them are two sentences).
    private func boundary(before line: Int, afterText: Bool) -> Bool {
        guard line > 0, line < traits.count else { return false }
        let above = traits[line - 1], below = traits[line]
        let aboveKept = !above.contains(.dropped) && !above.contains(.empty)
        if afterText && !aboveKept { return false }
        return (aboveKept && above.contains(.endsSentence))
            || (!below.contains(.dropped) && below.contains(.startsUnit))
    }

    /// Whether a cut before line `line` loses nothing.
    private func allows(before line: Int) -> Bool {
        guard boundary(before: line, afterText: false) else { return false }
        // A dropped line is blank to the stages after normalization: it reads nothing.
        for k in line..<(line + LargeTextDocument.tableCaptionLines) where k < traits.count && !traits[k].contains(.dropped) {
            if traits[k].contains(.tableLike) { return false }
            if k < line + 2, traits[k].contains(.readsDateAbove) { return false }
        }
        // No `이날` before three more sentences have surely ended.
        var closed = 0
        var k = line
        while k < traits.count {
            if traits[k].contains(.namesDayAbove), !traits[k].contains(.dropped) { return false }
            if boundary(before: k + 1, afterText: true) {
                closed += 1
                if closed == DateExtractor.anaphoraSentences { return true }
            }
            k += 1
        }
        return true
    }
}
