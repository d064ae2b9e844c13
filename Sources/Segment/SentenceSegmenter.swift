import Normalize

/// Splits normalized Korean policy text into sentences, bullet items, headings and table rows.
///
/// Lines come first. Each non-blank line is classified once (`LineInfo`): is it a table row
/// (tab-separated), a bullet (`ㅇ □ * - ❶ ① ▲ ✓`…), a heading (`1. 의결주문`, `Ⅰ. 추진 개요`,
/// `전략 1 […]`, `< 캡션 >`, `- 3 -`), and how does it end (`KoreanEndings`: a sentence-final
/// ending, a particle/connective that continues, or an open noun such as `…추진`).
///
/// A sentence then runs over lines until one of them closes it:
/// - a blank line, or a next line that starts a bullet, heading or table row;
/// - a sentence-final ending at the line end;
/// - an open (noun) ending, unless the text is hard-wrapped (PDF) and the line is full width, so
///   the sentence was cut by the page, not by the writer — see `closesAfter`.
///
/// Inside a line, `.`, `?`, `!` end a sentence when they follow a Hangul syllable, `%` or a
/// closing quote/bracket and precede a space (or, after `다`, a Hangul syllable), outside quotes
/// and brackets — so `2.5배`, `2026.1.22`, `2025. 5. 30.`, `M.AX`, `www.kiat.or.kr`, `U.S.`,
/// `No.` and `"…했다. …"라고` are not boundaries. A `✓` or `ㅇ` inside a line, or a repeated
/// footnote marker after a comma (`…, * …`), starts a new item; in a table row, a cell that starts
/// with a bullet starts one.
///
/// Sentences are disjoint, in order, without leading or trailing whitespace, and together cover
/// every non-whitespace scalar of the text.
public struct SentenceSegmenter: Sendable {
    public init() {}

    public func segment(_ text: NormalizedText) -> [Sentence] {
        segment(text, knownWrapWidth: nil)
    }

    /// `segment(_:)` with the wrap width measured elsewhere: a piece of a large document is
    /// segmented with the width of the whole document (`WrapWidthTally`), as it would have been
    /// read whole. `knownWrapWidth` nil measures it on `text` as `segment(_:)` does.
    public func segment(_ text: NormalizedText, knownWrapWidth: Int?? ) -> [Sentence] {
        var run = Run(scalars: text.scalars)
        run.knownWrapWidth = knownWrapWidth
        run.droppedLine = { lineStart, lineEnd in
            // A blank line that stands for a line dropped in normalization (a page marker, a
            // running header): in the original, more lies between the two line breaks than here.
            guard lineStart > 0, lineEnd < text.count else { return false }
            let before = text.originalRange(of: (lineStart - 1)..<lineStart).upperBound
            let after = text.originalRange(of: lineEnd..<(lineEnd + 1)).lowerBound
            return after - before > lineEnd - lineStart
        }
        run.segment()
        return run.sentences
    }
}

/// One line's classification.
struct LineInfo {
    enum Role: Equatable {
        case blank, plain, table, heading
        case bullet(rank: Int, marker: Unicode.Scalar)
    }

    var start = 0          // first non-space scalar
    var end = 0            // after the last non-space scalar
    var role = Role.blank
    var body = 0           // after a bullet marker (== start otherwise)
    var width = 0          // display width: Hangul and CJK count 2
    var ending = LineEnding.open
    var endsWithParen = false      // `…확대('25년 3개 추가)`
    var reportEnding = false       // last word is a nominal report ending (`…추진`)
    var continuationStart = false  // starts with `및`, `등`, `하고`, `(` …
    var labelled = false           // starts (after any marker) with `(라벨) `
    var clause = false             // contains an object particle or connective ending
    var enumerates = false         // contains a digit or the word `등` (amounts, lists: not a heading)
    var bareDa = false             // ends in `다` without a period (a PDF may cut `다양한` there)
    var dropped = false            // blank only because normalization dropped it (page marker, header)

    var isStructural: Bool {
        switch role {
        case .table, .heading, .bullet: return true
        case .blank, .plain: return false
        }
    }

    var bulletRank: Int? {
        if case .bullet(let rank, _) = role { return rank }
        return nil
    }
}

struct Run {
    let t: [Unicode.Scalar]
    var lines: [LineInfo] = []
    var sentences: [Sentence] = []

    /// The sentence being built.
    var open: (start: Int, kind: Sentence.Kind, rank: Int, marker: Unicode.Scalar?, firstLine: Int, labelled: Bool)?

    /// Wrap width of hard-wrapped text, or nil when lines are paragraphs.
    var wrapWidth: Int? = nil

    /// The wrap width given by the caller (a piece of a large document), if any.
    var knownWrapWidth: Int?? = nil

    /// Whether the blank line [start, end) stands for a line that normalization dropped.
    var droppedLine: (Int, Int) -> Bool = { _, _ in false }

    /// Set while a sentence runs on across dropped lines (`…기업, 대학,` / `- 13 -` / `기관 방문…`).
    var bridging = false

    /// A line at least this share of the wrap width was cut by the page.
    static let fullLineShare = 0.72

    init(scalars: [Unicode.Scalar]) { t = scalars }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\n" }

    @inline(__always)
    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == ")" || s == "]" || s == "」" || s == "』" || s == ">" || s == "〉" || s == "》"
            || s == "】" || s == "}"
    }

    @inline(__always)
    static func displayWidth(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x1100 { return 1 }
        if (0xAC00...0xD7A3).contains(v) || (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) {
            return 2
        }
        return 1
    }

    // MARK: - Driver

    mutating func segment() {
        scanLines()
        if let known = knownWrapWidth { wrapWidth = known } else { wrapWidth = Self.estimateWrapWidth(lines) }
        for i in lines.indices {
            let line = lines[i]
            if line.role == .blank {
                if bridging { continue }
                close(at: line.start)
                continue
            }
            bridging = false
            if line.isStructural || open == nil {
                close(at: line.start)
                begin(line: i, at: line.start)
            }
            if line.role == .table {
                splitTableRow(i)
                close(at: line.end)
                continue
            }
            if line.role != .heading {
                splitInside(i)
            }
            if closesAfter(i) {
                close(at: line.end)
            } else if i + 1 < lines.count, lines[i + 1].role == .blank {
                bridging = true       // only a page break cut it: see `runsOnAcrossDroppedLines`
            }
        }
        close(at: t.count)
    }

    mutating func begin(line i: Int, at start: Int) {
        let line = lines[i]
        switch line.role {
        case .table: open = (start, .tableRow, 9, nil, i, false)
        case .heading: open = (start, .heading, 0, nil, i, false)
        case .bullet(let rank, let marker): open = (start, .bullet, rank, marker, i, line.labelled)
        case .plain, .blank:
            open = (start, line.labelled ? .bullet : .prose, line.labelled ? 5 : 6, nil, i, line.labelled)
        }
    }

    /// Closes the open sentence at `end`, trimming trailing whitespace.
    mutating func close(at end: Int) {
        guard let o = open else { return }
        open = nil
        var e = min(end, t.count)
        while e > o.start, Self.isSpace(t[e - 1]) { e -= 1 }
        guard e > o.start else { return }
        var kind = o.kind
        if kind == .prose, o.firstLine < lines.count {
            // A short single line that neither ends a sentence nor reads like a clause is a title.
            let l = lines[o.firstLine]
            if o.start == l.start, e == l.end, l.ending != .final, !l.clause, l.width <= 60, !l.endsWithParen {
                kind = .heading
            }
        }
        sentences.append(Sentence(range: o.start..<e, kind: kind))
    }

    /// Opens a new sentence at the first non-space scalar at or after `from` (within `limit`).
    mutating func reopen(at from: Int, limit: Int, kind: Sentence.Kind, rank: Int, marker: Unicode.Scalar?, line: Int) {
        var s = from
        while s < limit, Self.isSpace(t[s]) { s += 1 }
        open = (s, kind, rank, marker, line, false)
    }

    // MARK: - Line-end decision

    /// Whether the sentence open at the end of line `i` ends there.
    func closesAfter(_ i: Int) -> Bool {
        let line = lines[i]
        if line.role == .heading || line.role == .table { return true }
        guard i + 1 < lines.count else { return true }
        let next = lines[i + 1]
        if next.role == .blank, runsOnAcrossDroppedLines(from: i) { return false }
        if next.role == .blank || next.isStructural { return true }
        guard let o = open else { return true }
        // `- 혁신생태계 조성 … 중점 투자 -`: a subtitle wrapped in dashes is whole.
        if o.marker == "-", o.firstLine == i, line.end - line.body >= 3, t[line.end - 1] == "-", t[line.end - 2] == " " {
            return true
        }
        // `4. 현장중심 … (674,633)` then `5. 과거사 …`: the next item of a numbered list, however
        // long (a long item is no heading), starts its own sentence.
        if let k = Self.itemNumber(t, at: o.start), Self.itemNumber(t, at: next.start) == k + 1 { return true }
        switch line.ending {
        case .final:
            // A full-width PDF line that ends in a bare `다` (no period) was more likely cut inside
            // a word (`다\n양한`) than ended: sentences of such documents end in `다.`.
            if line.bareDa, let w = wrapWidth, Double(line.width) >= 0.9 * Double(w), !next.labelled,
               next.ending != .open || next.continuationStart {
                return false
            }
            return true
        case .continues:
            return false
        case .open:
            if next.continuationStart { return false }
            // `(차세대원자력) …` after `* (반도체) …`: a sibling labelled item.
            if next.labelled && o.labelled { return true }
            if next.labelled && o.kind == .bullet && o.rank >= 3 { return true }
            guard let w = wrapWidth else { return true }
            if Double(line.width) < Self.fullLineShare * Double(w) { return true }
            // Full-width line: the page cut the sentence, unless the next line is a heading that
            // nothing marks but its shape: a short noun phrase followed by a higher-level bullet.
            if o.kind == .prose, o.firstLine == i, o.start == line.start, line.reportEnding, next.ending != .final {
                // Unmarked full-width lines that end like an item: rows of a table without tabs.
                return true
            }
            if o.rank >= 3, Self.headingLike(next, wrapWidth: w), i + 2 < lines.count,
               let r = lines[i + 2].bulletRank, r < o.rank {
                return true
            }
            return false
        }
    }

    /// A page break cut the sentence: line `i` ends on a particle or connective (it cannot end a
    /// sentence), only dropped lines follow, and then a plain line (not a bullet, heading or table).
    /// Lines that end otherwise close at the break: a heading after a page break must not be glued on.
    func runsOnAcrossDroppedLines(from i: Int) -> Bool {
        guard lines[i].ending == .continues, lines[i].role != .heading, lines[i].role != .table else { return false }
        var j = i + 1
        while j < lines.count, lines[j].role == .blank, lines[j].dropped { j += 1 }
        guard j > i + 1, j < lines.count else { return false }
        return lines[j].role == .plain && !lines[j].labelled
    }

    /// The number of a list item written `N. ` at `i` (one or two digits, then a period, a space
    /// and no digit: not `2025. 5. 30.` nor `2.5배`).
    static func itemNumber(_ t: [Unicode.Scalar], at i: Int) -> Int? {
        var j = i
        var n = 0
        while j < t.count, j - i < 3, t[j].value >= 0x30, t[j].value <= 0x39 {
            n = n * 10 + Int(t[j].value - 0x30)
            j += 1
        }
        guard j > i, j - i <= 2, j + 2 < t.count, t[j] == ".", t[j + 1] == " " else { return nil }
        let c = t[j + 2].value
        return c >= 0x30 && c <= 0x39 ? nil : n
    }

    static func headingLike(_ line: LineInfo, wrapWidth w: Int) -> Bool {
        line.ending == .open && !line.clause && !line.continuationStart && !line.labelled && !line.endsWithParen
            && !line.enumerates && Double(line.width) <= 0.66 * Double(w)
    }

    /// The width of a full line in hard-wrapped text: the width below which 85% of the text lies,
    /// if that is a page width (20 to 80 Hangul syllables); nil for text whose lines are paragraphs.
    static func estimateWrapWidth(_ lines: [LineInfo]) -> Int? {
        var widths: [Int] = []
        var total = 0
        for l in lines where l.role != .blank && l.role != .table {
            widths.append(l.width)
            total += l.width
        }
        guard widths.count >= 6, total > 0 else { return nil } // too few lines to tell a page width
        widths.sort()
        var acc = 0
        var w = widths.last!
        for x in widths {
            acc += x
            if Double(acc) >= 0.85 * Double(total) { w = x; break }
        }
        return (40...160).contains(w) ? w : nil
    }

    // MARK: - Lines

    mutating func scanLines() {
        let n = t.count
        var lineStart = 0
        lines.reserveCapacity(n / 40 + 1)
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, t[lineEnd] != "\n" { lineEnd += 1 }
            var info = classify(lineStart, lineEnd)
            if info.role == .blank { info.dropped = droppedLine(lineStart, lineEnd) }
            lines.append(info)
            lineStart = lineEnd + 1
        }
    }

    func classify(_ lineStart: Int, _ lineEnd: Int) -> LineInfo {
        var info = LineInfo()
        var s = lineStart
        while s < lineEnd, t[s] == " " || t[s] == "\t" { s += 1 }
        var e = lineEnd
        while e > s, t[e - 1] == " " || t[e - 1] == "\t" { e -= 1 }
        info.start = s
        info.end = e
        info.body = s
        guard s < e else {
            info.start = lineStart
            info.end = lineStart
            return info
        }
        var hasTab = false
        var width = 0
        var enumerates = false
        // Bars and wide gaps: the cheap signs of a row laid out without tabs (see `TableLayout`).
        var cellMarks = 0
        for k in s..<e {
            let c = t[k]
            // A Hangul syllable (most of the text) is two columns wide and none of the marks below
            // but `등`.
            if c.value >= 0xAC00 && c.value <= 0xD7A3 {
                width += 2
                if c == "등", (k == s || t[k - 1] == " "), k + 1 == e || t[k + 1] == " " { enumerates = true }
                continue
            }
            if c == "\t" { hasTab = true }
            if c == "|" || c == "│" || c == "┃" || (c == " " && k > s && t[k - 1] == " " && (k < 2 || t[k - 2] != " ")) {
                cellMarks += 1
            }
            if LineMarkers.isDigit(c) { enumerates = true }
            width += Self.displayWidth(c)
        }
        info.enumerates = enumerates
        info.width = width
        analyzeEnding(&info)
        info.clause = KoreanEndings.hasClauseMarker(t, from: s, to: e)

        if hasTab || (cellMarks >= 2 && TableLayout.separator(t, s..<e) != nil)
            || (TableLayout.isRuleScalar(t[s]) && TableLayout.isRule(t, s..<e)) {
            info.role = .table
            return info
        }
        if LineMarkers.isHeading(t, from: s, to: e, width: width, ending: info.ending) {
            info.role = .heading
            return info
        }
        if let b = LineMarkers.bullet(t, at: s, end: e) {
            info.role = .bullet(rank: LineMarkers.bulletRank(b.marker), marker: b.marker)
            var body = b.body
            while body < e, t[body] == " " { body += 1 }
            info.body = body
            info.labelled = LineMarkers.labelEnd(t, at: body, end: e) != nil
            return info
        }
        info.role = .plain
        info.labelled = LineMarkers.labelEnd(t, at: s, end: e) != nil
        info.continuationStart = !info.labelled
            && ((t[s] == "(" && !LineMarkers.startsDateline(t, at: s, end: e)) || t[s] == ")"
                || KoreanEndings.startsContinuation(t, from: s, to: e))
        return info
    }

    /// Fills `ending`, `endsWithParen` and `reportEnding` from the end of the line.
    func analyzeEnding(_ info: inout LineInfo) {
        let s = info.start
        var e = info.end
        // Brackets left open at the end of the line continue on the next.
        if openBracketAtEnd(s, e) {
            info.ending = .continues
            return
        }
        // Terminal punctuation, possibly inside closing quotes/brackets: `…했다."`, `…있다.)`.
        var k = e
        while k > s, Self.isClosing(t[k - 1]) { k -= 1 }
        if k > s, t[k - 1] == "." || t[k - 1] == "?" || t[k - 1] == "!" || t[k - 1] == "…" {
            info.ending = .final
            return
        }
        // Strip footnote stars and a final parenthetical: `…확대*('25년 3개 추가)` → `확대`.
        while e > s, t[e - 1] == "*" { e -= 1 }
        if e > s, t[e - 1] == ")" || t[e - 1] == "]" {
            let closer = t[e - 1]
            let opener: Unicode.Scalar = closer == ")" ? "(" : "["
            var depth = 0
            var k = e - 1
            while k >= s {
                if t[k] == closer { depth += 1 } else if t[k] == opener {
                    depth -= 1
                    if depth == 0 { break }
                }
                k -= 1
            }
            if k >= s, depth == 0 {
                info.endsWithParen = true
                e = k
                while e > s, t[e - 1] == " " || t[e - 1] == "*" { e -= 1 }
                if e > s, t[e - 1] == "." || t[e - 1] == "?" || t[e - 1] == "!" {
                    // `…있다. (사진제공=산업통상부)`
                    info.ending = .final
                    return
                }
            }
        }
        while e > s, Self.isClosing(t[e - 1]) { e -= 1 }
        guard e > s else {
            info.ending = .open
            return
        }
        let last = t[e - 1]
        if LineMarkers.isEnumerator(last.value) || LineMarkers.gluedMarkers.contains(last) {
            // `…, ➎ 희토 영구자석, ➏` + `요소, ➐ 마그네슘`: an item marker waiting for its item.
            info.ending = .continues
            return
        }
        let prev: Unicode.Scalar? = e - 2 >= s ? t[e - 2] : nil
        let prevPrev: Unicode.Scalar? = e - 3 >= s ? t[e - 3] : nil
        let wordPrev = prev.flatMap { $0 == " " ? nil : $0 }
        let wordPrevPrev = wordPrev == nil ? nil : prevPrev.flatMap { $0 == " " ? nil : $0 }
        var ending = KoreanEndings.classify(last: last, prev: wordPrev, prevPrev: wordPrevPrev)
        if info.endsWithParen, ending == .continues, KoreanEndings.continuingPunctuation.contains(last) {
            ending = .open
        }
        if info.endsWithParen, ending == .final, last == "…" { ending = .open }
        if !info.endsWithParen, KoreanEndings.endsBeforeFigure(t, wordEnd: e, lineStart: s) { ending = .continues }
        info.ending = ending
        info.bareDa = ending == .final && last == "다" && e == info.end
        info.reportEnding = KoreanEndings.isReportEnding(last: last, prev: wordPrev, prevPrev: wordPrevPrev)
    }

    /// True when `(`, `[`, `「` or `『` opened on the line is not closed by its end.
    func openBracketAtEnd(_ s: Int, _ e: Int) -> Bool {
        var paren = 0, square = 0, corner = 0
        for k in s..<e {
            // No bracket is a Hangul syllable: most scalars go no further.
            if t[k].value >= 0xAC00 && t[k].value <= 0xD7A3 { continue }
            switch t[k] {
            case "(": paren += 1
            case ")": if paren > 0 { paren -= 1 }
            case "[": square += 1
            case "]": if square > 0 { square -= 1 }
            case "「", "『": corner += 1
            case "」", "』": if corner > 0 { corner -= 1 }
            default: break
            }
        }
        return paren > 0 || square > 0 || corner > 0
    }

    // MARK: - Inside a line

    /// Splits at sentence-final punctuation and inline item markers within line `i`.
    mutating func splitInside(_ i: Int) {
        let line = lines[i]
        let end = line.end
        var quotes = QuoteSpans()
        quotes.scan(t, from: line.start, to: end)
        // A bullet's own marker (`가.`, `1)`) ends nothing.
        var k = line.body
        while k < end {
            let c = t[k]
            if c == ".", k >= 2, k + 1 < end, t[k + 1] == " ", t[k - 2] == " ", LineMarkers.hangulEnumerators.contains(t[k - 1]),
               let o = open, k - 2 > o.start, !quotes.contains(k) {
                // `□ 사업개요 가. 사 업 명 : … 나. 사업기간 : …`: a web page flattened a list onto one
                // line; `가.` opens the next item, it does not end the text before it.
                close(at: k - 1)
                open = (k - 1, .bullet, LineMarkers.bulletRank("."), ".", i, false)
                k += 1
                continue
            }
            if c == "." || c == "?" || c == "!" {
                if let next = sentenceEnd(at: k, lineStart: line.start, end: end, quotes: quotes) {
                    close(at: next)
                    if next < end {
                        reopenAfterBoundary(at: next, line: i)
                    } else {
                        // The line ends here: the line-end decision sees a `final` ending.
                        open = nil
                    }
                    k = next
                    continue
                }
            } else if c == "ㅇ", k > line.body, k + 1 < end, t[k + 1] == " ", let o = open, k > o.start,
                      KoreanEndings.hasFinalMieum(t[k - 1]), !quotes.contains(k) {
                // `…대기업과는 다름ㅇ 종사상지위에 따른`: a PDF lost the line break before an `ㅇ`
                // item after a nominal ending (`-음`, `-함`, `-임`).
                close(at: k)
                let b = LineMarkers.bullet(t, at: k, end: end)
                open = (k, .bullet, LineMarkers.bulletRank(b?.marker ?? c), b?.marker ?? c, i, false)
                k += 1
                continue
            } else if c == " ", k + 1 < end, let o = open, k + 1 > o.start {
                // Inline item markers: `… 개발 ✓ 생산·품질관리…`, `…, * 현장체험…`, `… ㅇ 다음 항목`.
                let m = t[k + 1]
                let afterSpace = k + 2 < end && t[k + 2] == " "
                var starts = false
                if m == "✓" || m == "✔" {
                    starts = true
                } else if m == "ㅇ" && afterSpace && !quotes.contains(k + 1) {
                    starts = true
                } else if (m == "*" || m == "-"), afterSpace, o.kind == .bullet, o.marker == m,
                          k > line.start, t[k - 1] == "," || t[k - 1] == ")" {
                    starts = true
                }
                if starts {
                    close(at: k)
                    let b = LineMarkers.bullet(t, at: k + 1, end: end)
                    open = (k + 1, .bullet, LineMarkers.bulletRank(b?.marker ?? m), b?.marker ?? m, i, false)
                    k += 2
                    continue
                }
                // Run-on prose without periods: `…좋았다 그래도…`, `…먹었어요 역시…`.
                if o.kind == .prose, KoreanEndings.isHangul(m) || KoreanEndings.isEmotionJamo(m), !quotes.contains(k),
                   KoreanEndings.endsSentenceInline(t, before: k, from: max(o.start, k - 12)) {
                    var next = k + 1
                    // `웃겼다 ㅋㅋㅋ 다음…`: laughter standing alone after the ending closes with it.
                    while next < end, KoreanEndings.isEmotionJamo(t[next]) { next += 1 }
                    if next > k + 1 {
                        guard next == end || t[next] == " " else { k += 1; continue }
                        close(at: next)
                        if next < end { reopenAfterBoundary(at: next, line: i) } else { open = nil }
                    } else {
                        close(at: k)
                        reopenAfterBoundary(at: k, line: i)
                    }
                    k = next
                    continue
                }
            }
            k += 1
        }
    }

    mutating func reopenAfterBoundary(at next: Int, line i: Int) {
        var s = next
        while s < lines[i].end, Self.isSpace(t[s]) { s += 1 }
        if let b = LineMarkers.bullet(t, at: s, end: lines[i].end) {
            open = (s, .bullet, LineMarkers.bulletRank(b.marker), b.marker, i, false)
        } else {
            open = (s, .prose, 6, nil, i, false)
        }
    }

    /// If the `.`/`?`/`!` at `k` ends a sentence, the index after it and any closing quotes.
    func sentenceEnd(at k: Int, lineStart: Int, end: Int, quotes: QuoteSpans) -> Int? {
        guard k > lineStart else { return nil }
        let sentenceStart = max(open?.start ?? lineStart, lineStart)
        let before = t[k - 1]
        // Checked before looking ahead: inside a run of `.`/`?`/`!` the scalar before is itself a
        // mark, so only the run's first mark scans the run (a line of a million `.` stays linear).
        let okBefore = KoreanEndings.isHangul(before) || before == "%" || Self.isClosing(before)
        guard okBefore else { return nil }
        var after = k + 1
        if t[k] == "." || t[k] == "?" || t[k] == "!" {
            while after < end, t[after] == "." || t[after] == "?" || t[after] == "!" { after += 1 }
        }
        while after < end, Self.isClosing(t[after]) { after += 1 }
        guard after < end else { return nil } // line end: handled by the line's ending
        if before == "'" || before == ")" || before == "]" {
            // `…'25.` is a year; `(주).` is fine but `(수) 11:00` has no period anyway.
            if k >= 2, LineMarkers.isDigit(t[k - 2]) && before == "'" { return nil }
        }
        let next = t[after]
        if next == " " {
            // `…했다. 다음` — but not inside quotes or brackets that close later on the line.
            if quotes.contains(after) { return nil }
            // `이날 '복돼지'를 낚는 '돼지 낚장!' 낚시터에서는`: a `!` or `?` that closes a title quoted
            // inside the sentence belongs to the title; the sentence goes on.
            if t[k] != ".", after > k + 1, let opener = quotes.opener(closingAt: after - 1),
               opener > sentenceStart, textBefore(opener, from: sentenceStart) {
                return nil
            }
            // `"…하겠다." 라고 말했다`: a quotative particle after the closing quote.
            if after > k + 1, t[after - 1] == "\"" || t[after - 1] == "'" || t[after - 1] == "」",
               quotativeFollows(after, end: end) {
                return nil
            }
            return after
        }
        // `…살펴보고 있다.(사진=연합뉴스)이는 지난달…`: a photo credit glued after the sentence
        // belongs to it; the next sentence starts after it.
        if t[k] == "." && before == "다" && next == "(", let close = creditEnd(at: after, end: end) {
            return close
        }
        // `…밝혔다.이는`, `…늘었다.5~6월` (missing space) after a declarative `-다`; not
        // `"…확대했다."고 설명했다`, where the quotative particle is glued to the closing quote.
        if t[k] == "." && before == "다" && (KoreanEndings.isHangul(next) || LineMarkers.isDigit(next)) && !quotes.contains(after) {
            if after > k + 1, t[after - 1] == "\"" || t[after - 1] == "'" || t[after - 1] == "」",
               quotativeFollows(after, end: end) {
                return nil
            }
            return after
        }
        return nil
    }

    /// The end of a credit in parentheses at `open` (`(사진=연합뉴스)`, `(사진제공=산업통상부)`,
    /// `(자료: 통계청)`) when text follows it on the line; nil otherwise.
    func creditEnd(at open: Int, end: Int) -> Int? {
        var k = open + 1
        var hasEquals = false
        while k < end, k - open <= Self.creditLength, t[k] != ")" {
            if t[k] == "=" || t[k] == ":" { hasEquals = true }
            if t[k] == "(" { return nil }
            k += 1
        }
        guard k < end, t[k] == ")", k + 1 < end else { return nil }
        let first = t[open + 1]
        guard hasEquals && (first == "사" || first == "자" || first == "출" || first == "그" || first == "제") else { return nil }
        let next = t[k + 1]
        return next == " " || KoreanEndings.isHangul(next) ? k + 1 : nil
    }

    /// How long a credit in parentheses may be.
    static let creditLength = 40

    /// Whether anything but blanks and opening marks stands in [from, position).
    func textBefore(_ position: Int, from: Int) -> Bool {
        var i = from
        while i < position {
            let c = t[i]
            if !(Self.isSpace(c) || c == "\"" || c == "'" || c == "(" || c == "[" || c == "「" || c == "『") { return true }
            i += 1
        }
        return false
    }

    /// True when the word after the spaces at `from` is a quotative tail: `라고`, `라며`, `라는`,
    /// `고`, `며`, `면서`.
    func quotativeFollows(_ from: Int, end: Int) -> Bool {
        var s = from
        while s < end, t[s] == " " { s += 1 }
        guard s < end else { return false }
        var e = s
        while e < end, t[e] != " " { e += 1 }
        let first = t[s]
        if first == "라" { return true }
        if e - s == 1 { return first == "고" || first == "며" }
        return e - s == 2 && first == "면" && t[s + 1] == "서"
    }

    // MARK: - Table rows

    /// One sentence per row, except that a cell starting with a bullet, or a `✓` inside a cell,
    /// starts a new item: `기술개발 내용\t✓ …개발 ✓ …적용`.
    mutating func splitTableRow(_ i: Int) {
        let line = lines[i]
        var k = line.start
        while k < line.end {
            let c = t[k]
            if c == "\t" {
                var s = k
                while s < line.end, t[s] == "\t" || t[s] == " " { s += 1 }
                if s < line.end, let b = LineMarkers.bullet(t, at: s, end: line.end), b.marker != "-" || s + 1 < line.end,
                   !LineMarkers.isSignedNumber(t, at: s, end: line.end) {
                    if let o = open, o.start < s {
                        close(at: k)
                        open = (s, .bullet, LineMarkers.bulletRank(b.marker), b.marker, i, false)
                    }
                    k = s + 1
                    continue
                }
            } else if c == " ", k + 1 < line.end, t[k + 1] == "✓" || t[k + 1] == "✔", let o = open, o.start <= k {
                close(at: k)
                open = (k + 1, .bullet, 3, t[k + 1], i, false)
                k += 2
                continue
            }
            k += 1
        }
    }
}

/// Matched quote and bracket spans on one line, to keep `"…했다. …"라고`, `(…)`, `「…」`, `'…'`
/// in one sentence. Unmatched marks are ignored, so a stray quote cannot swallow a paragraph.
///
/// A closer matches only an opener among the top `maxDepth` entries of the stack, so matching is
/// constant time however many openers stay unclosed. Matched spans therefore nest or are disjoint;
/// only the outermost ones are kept, sorted, so `contains` is a binary search.
struct QuoteSpans {
    /// Outermost spans (opener index, closer index), disjoint and in order.
    private(set) var spans: [(Int, Int)] = []

    /// How far below the top of the stack a closer looks for its opener.
    static let maxDepth = 3

    /// Index of the last stack entry among the top `maxDepth` whose mark is `opener`.
    private static func match(_ stack: [(Unicode.Scalar, Int)], _ opener: Unicode.Scalar) -> Int? {
        var idx = stack.count - 1
        while idx >= 0, stack.count - idx <= maxDepth {
            if stack[idx].0 == opener { return idx }
            idx -= 1
        }
        return nil
    }

    /// Records the span `a…b`: every kept span that starts after `a` closed before `b`, so it lies
    /// inside the new one and is dropped.
    private mutating func add(_ a: Int, _ b: Int) {
        while let last = spans.last, last.0 >= a { spans.removeLast() }
        spans.append((a, b))
    }

    mutating func scan(_ t: [Unicode.Scalar], from start: Int, to end: Int) {
        var stack: [(Unicode.Scalar, Int)] = []
        var k = start
        while k < end {
            let c = t[k]
            // No mark below is a Hangul syllable: most scalars go no further.
            if c.value >= 0xAC00 && c.value <= 0xD7A3 {
                k += 1
                continue
            }
            switch c {
            case "(", "[", "「", "『", "{", "〈", "《", "【":
                stack.append((c, k))
            case ")", "]", "」", "』", "}", "〉", "》", "】":
                let opener: Unicode.Scalar
                switch c {
                case ")": opener = "("
                case "]": opener = "["
                case "」": opener = "「"
                case "』": opener = "『"
                case "}": opener = "{"
                case "〉": opener = "〈"
                case "》": opener = "《"
                default: opener = "【"
                }
                if let idx = Self.match(stack, opener) {
                    add(stack[idx].1, k)
                    stack.removeSubrange(idx...)
                }
            case "\"":
                if let idx = Self.match(stack, "\"") {
                    add(stack[idx].1, k)
                    stack.removeSubrange(idx...)
                } else {
                    stack.append((c, k))
                }
            case "'":
                let prev: Unicode.Scalar? = k > start ? t[k - 1] : nil
                let next: Unicode.Scalar? = k + 1 < end ? t[k + 1] : nil
                let prevIsWord = prev.map { KoreanEndings.isHangul($0) || LineMarkers.isLatin($0) || LineMarkers.isDigit($0) } ?? false
                // `'25년`, `('24~'28)`: a year, not a quote.
                if let next, LineMarkers.isDigit(next), !prevIsWord { break }
                if let idx = Self.match(stack, "'") {
                    add(stack[idx].1, k)
                    stack.removeSubrange(idx...)
                } else if !prevIsWord {
                    stack.append((c, k))
                }
            default:
                break
            }
            k += 1
        }
    }

    /// The opener of the outermost span whose closer is at `closer`, if any.
    func opener(closingAt closer: Int) -> Int? {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].1 < closer { lo = mid + 1 } else { hi = mid }
        }
        return lo < spans.count && spans[lo].1 == closer ? spans[lo].0 : nil
    }

    /// True when `position` lies strictly inside a span (after its opener, before its closer).
    func contains(_ position: Int) -> Bool {
        // The last span that opens before `position` is the only one that can hold it.
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].0 < position { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && position <= spans[lo - 1].1
    }
}
