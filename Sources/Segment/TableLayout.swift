/// How one line of text lays out the cells of a table row.
///
/// Text taken from PDFs and web pages writes a row three ways: cells separated by tabs; by a
/// vertical bar (`|` in markdown-like dumps, `│` in box-drawn tables); or, in column-aligned text
/// (`pdftotext -layout`, fixed-width tables in press releases), by runs of two or more spaces.
/// A line is a row when it has a tab, two or more bars, or three or more cells apart by spaces
/// (and then no clause marker and no sentence end inside it: prose typed with double spaces).
/// Rule lines (`---|---`, `├──┼──┤`) belong to the table but hold no cells.
public enum TableLayout {
    public enum Separator: Equatable { case tab, bar, spaces }

    @inlinable
    public static func isBar(_ c: Unicode.Scalar) -> Bool { c == "|" || c == "│" || c == "┃" }

    /// Characters a rule line is drawn with.
    public static func isRuleScalar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "=", ":", "+", " ", "|", "─", "━", "═", "│", "┃", "┼", "├", "┤", "┌", "┐", "└", "┘", "┬", "┴", "╋": return true
        default: return false
        }
    }

    /// `---|---|---`, `├────┼────┤`: a line drawn only with rule characters (three or more).
    public static func isRule(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var drawn = 0
        for k in line {
            guard isRuleScalar(s[k]) else { return false }
            if s[k] != " " { drawn += 1 }
        }
        return drawn >= 3
    }

    /// The separator that makes `line` a table row, or nil for a line of text.
    public static func separator(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Separator? {
        var bars = 0
        // Runs of two or more spaces: a row laid out with spaces needs two between its cells.
        var wideGaps = 0
        var lo = line.lowerBound, hi = line.upperBound
        for k in line {
            let c = s[k]
            // A Hangul syllable is none of these: most scalars of a line go no further.
            if c.value >= 0xAC00 && c.value <= 0xD7A3 { continue }
            if c == "\t" { return .tab }
            if isBar(c) { bars += 1 }
            if c == " ", k > line.lowerBound, s[k - 1] == " ", k < line.lowerBound + 2 || s[k - 2] != " " { wideGaps += 1 }
        }
        if bars >= 2 { return .bar }
        // Prose: no row without two wide gaps (those of the trimmed line, counted below, are fewer).
        if wideGaps < 2 { return nil }
        while lo < hi, s[lo] == " " { lo += 1 }
        while hi > lo, s[hi - 1] == " " { hi -= 1 }
        guard lo < hi else { return nil }
        // `□  사업목적  …`: a bullet followed by wide spacing is an item, not a row.
        if !isWordScalar(s[lo]), s[lo] != "(", s[lo] != "'", s[lo] != "△", s[lo] != "∆", s[lo] != "-" { return nil }
        var gaps = 0
        var k = lo
        while k < hi {
            if s[k] == " ", k + 1 < hi, s[k + 1] == " " {
                gaps += 1
                while k < hi, s[k] == " " { k += 1 }
                continue
            }
            k += 1
        }
        guard gaps >= 2 else { return nil }
        // Prose typed with double spaces (`…늘렸다고  밝혔다.  이어 …`) is no row: a row's cells hold
        // no object particle or verbal connective, and no sentence ends inside it.
        if KoreanEndings.hasClauseMarker(s, from: lo, to: hi) { return nil }
        for k in (lo + 1)..<hi where s[k] == "." && KoreanEndings.isHangul(s[k - 1]) { return nil }
        return .spaces
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "0" && c <= "9") || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z")
            || KoreanEndings.isHangul(c) || (c.value >= 0x4E00 && c.value <= 0x9FFF)
    }


    /// The cells of a row, each trimmed of spaces; empty cells are kept so that columns line up
    /// (`예산(억원)\t\t`, `| |`). Letter-spaced labels of column-aligned tables (`구  분`, `합  계`:
    /// single syllables apart by spaces) are one cell.
    public static func cells(_ s: [Unicode.Scalar], _ line: Range<Int>, _ separator: Separator) -> [Range<Int>] {
        var raw: [Range<Int>] = []
        switch separator {
        case .tab, .bar:
            var a = line.lowerBound
            for k in line.lowerBound...line.upperBound
            where k == line.upperBound || (separator == .tab ? s[k] == "\t" : isBar(s[k])) {
                raw.append(a..<k)
                a = k + 1
            }
        case .spaces:
            var k = line.lowerBound
            while k < line.upperBound, s[k] == " " { k += 1 }
            var a = k
            while k < line.upperBound {
                if s[k] == " ", k + 1 < line.upperBound, s[k + 1] == " " {
                    raw.append(a..<k)
                    while k < line.upperBound, s[k] == " " { k += 1 }
                    a = k
                    continue
                }
                k += 1
            }
            if a < line.upperBound { raw.append(a..<line.upperBound) }
        }
        var cells = raw.map { r -> Range<Int> in
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, s[lo] == " " { lo += 1 }
            while hi > lo, s[hi - 1] == " " { hi -= 1 }
            return lo..<hi
        }
        if separator == .spaces {
            var merged: [Range<Int>] = []
            for c in cells {
                if let last = merged.last, c.count == 1, KoreanEndings.isHangul(s[c.lowerBound]),
                   s[last].allSatisfy({ KoreanEndings.isHangul($0) || $0 == " " }), KoreanEndings.isHangul(s[last.upperBound - 1]),
                   last.upperBound - 1 == last.lowerBound || s[last.upperBound - 2] == " " {
                    merged[merged.count - 1] = last.lowerBound..<c.upperBound
                } else {
                    merged.append(c)
                }
            }
            cells = merged
            // `스포츠강좌이용권 92,100`: a long row label leaves one space before the first figure.
            if let first = cells.first, let space = s[first].lastIndex(of: " "), isFigure(s, (space + 1)..<first.upperBound),
               s[first.lowerBound..<space].contains(where: KoreanEndings.isHangul) {
                var label = first.lowerBound..<space
                while label.upperBound > label.lowerBound, s[label.upperBound - 1] == " " {
                    label = label.lowerBound..<(label.upperBound - 1)
                }
                cells.replaceSubrange(0..<1, with: [label, (space + 1)..<first.upperBound])
            }
        }
        return cells
    }

    /// `92,100`, `△4.7`: digits with a comma or a decimal point, after an optional sign.
    static func isFigure(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        if k < r.upperBound, s[k] == "△" || s[k] == "∆" || s[k] == "-" { k += 1 }
        var digits = 0, marks = 0
        while k < r.upperBound {
            let c = s[k]
            if c >= "0" && c <= "9" { digits += 1 } else if c == "," || c == "." { marks += 1 } else { return false }
            k += 1
        }
        return digits > 0 && marks > 0
    }
}
