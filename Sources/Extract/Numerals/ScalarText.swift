import Normalize
import Segment

/// Character classes and small word lists over `Unicode.Scalar`, shared by the money and count
/// extractors. Everything here works on scalar arrays directly (no String slicing, no regex).
enum FigureScalars {
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    @inline(__always) static func digitValue(_ s: Unicode.Scalar) -> Int64 { Int64(s.value - 0x30) }
    @inline(__always) static func isHangul(_ s: Unicode.Scalar) -> Bool { s.value >= 0xAC00 && s.value <= 0xD7A3 }
    @inline(__always) static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " }
    @inline(__always) static func isWhite(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\n" }

    /// True when `word` is spelled at `i` (and fits before `end`).
    @inline(__always)
    static func has(_ s: [Unicode.Scalar], at i: Int, end: Int, _ word: [Unicode.Scalar]) -> Bool {
        if i < 0 || i + word.count > end { return false }
        var k = 0
        while k < word.count {
            if s[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// True when `word` ends right before `i` (the word occupies `i - word.count ..< i`).
    @inline(__always)
    static func hasBefore(_ s: [Unicode.Scalar], at i: Int, start: Int = 0, _ word: [Unicode.Scalar]) -> Bool {
        let from = i - word.count
        if from < start { return false }
        return has(s, at: from, end: i, word)
    }
}

/// A list of words with a payload each, matched longest first at a position.
struct FigureLexicon<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let text: String
        let payload: Payload
    }

    let entries: [Entry]
    /// The first scalar of each entry, side by side: most lookups fail on it, and reading it
    /// from here does not go through each entry's own array.
    private let firsts: [Unicode.Scalar]

    init(_ pairs: [(String, Payload)]) {
        entries = pairs
            .map { Entry(word: Array($0.0.unicodeScalars), text: $0.0, payload: $0.1) }
            .sorted { $0.word.count > $1.word.count }
        firsts = entries.map { $0.word[0] }
    }

    /// The longest entry spelled at `i` that `accept` takes (entries are tried longest first).
    @inline(__always)
    func firstMatch(_ s: [Unicode.Scalar], at i: Int, end: Int, where accept: (Entry) -> Bool) -> Entry? {
        guard i < end else { return nil }
        let first = s[i]
        for k in firsts.indices where firsts[k] == first {
            let e = entries[k]
            if FigureScalars.has(s, at: i, end: end, e.word), accept(e) { return e }
        }
        return nil
    }

    func longest(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Entry? {
        firstMatch(s, at: i, end: end) { _ in true }
    }
}

/// What may follow a unit or counter word without making it part of another word: particles,
/// copulas and the qualifiers of amounts. `원` followed by `전` is `원전` (a nuclear plant), `개`
/// followed by `월` is `개월` (months); `원` followed by `을` or `규모` is still the unit.
enum FigureBoundary {
    static let continuations = FigureLexicon<Void>([
        "을", "를", "이", "가", "은", "는", "에", "의", "도", "만", "과", "와", "로", "으로", "씩", "까지", "부터",
        "에서", "보다", "대비", "당", "정도", "가량", "내외", "규모", "수준", "남짓", "상당", "어치", "짜리",
        "여", "안팎", "선", "대", "만큼", "뿐", "밖에", "라는", "이라", "인", "임", "입니다", "였", "이었",
        "및", "등", "씩", "으로서", "로서", "에게", "께", "중", "꼴", "께서", "이나", "나", "든", "이든",
    ].map { ($0, ()) })

    /// True when a word that ended at `i` stands as a word of its own.
    @inline(__always)
    static func isEnd(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        if i >= end { return true }
        let c = s[i]
        if FigureScalars.isHangul(c) { return continuations.longest(s, at: i, end: end) != nil }
        // `100억원hello`, `3개X`: an ASCII letter glued to the unit is another token.
        if FigureScalars.isASCIILetter(c) { return false }
        return true
    }

    /// True when the position before `i` does not continue a word (start, space, punctuation).
    @inline(__always)
    static func isStart(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i == 0 || !FigureScalars.isHangul(s[i - 1])
    }
}

/// The document as the figure extractors scan it: normalized scalars plus where a line break may
/// be read as a space (inside a sentence that a PDF wrapped over two lines).
struct FigureText {
    let s: [Unicode.Scalar]
    let end: Int
    /// Sorted positions of `\n` scalars that lie inside a sentence.
    let joinableBreaks: [Int]
    /// Every position where a figure scanner may start (`FigureMatcher.mayStart`), in order: found
    /// in one pass, so that the money, count, percent and ratio scanners each visit these instead
    /// of every scalar.
    private(set) var figureStarts: [Int] = []
    /// Where the arrows of a series (`→`, `⇒`…) start (`FigureSeries.arrows`), read once for the
    /// money and count extractors.
    let arrowPositions: [Int]

    init(_ input: ExtractionInput) {
        s = input.text.scalars
        end = s.count
        var breaks: [Int] = []
        for sentence in input.sentences where sentence.kind != .tableRow {
            for i in sentence.range where s[i] == "\n" { breaks.append(i) }
        }
        breaks.sort()
        joinableBreaks = breaks
        arrowPositions = FigureSeries.arrows(in: s, end: end)
        figureStarts = FigureMatcher.starts(in: self)
    }

    init(scalars: [Unicode.Scalar]) {
        s = scalars
        end = scalars.count
        joinableBreaks = []
        arrowPositions = FigureSeries.arrows(in: scalars, end: end)
        figureStarts = FigureMatcher.starts(in: self)
    }

    func isJoinableBreak(_ i: Int) -> Bool {
        var lo = 0, hi = joinableBreaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if joinableBreaks[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < joinableBreaks.count && joinableBreaks[lo] == i
    }

    /// The position after at most `maxSpaces` spaces (a joinable line break counts as a space;
    /// a tab never does: it separates table cells).
    @inline(__always)
    func skipGap(_ i: Int, maxSpaces: Int = 2) -> Int {
        var j = i
        var n = 0
        while j < end, n < maxSpaces {
            let c = s[j]
            if c == " " {
                j += 1
                n += 1
            } else if c == "\n", isJoinableBreak(j) {
                // A PDF line break with the next line's indentation is one gap: `2,712명\n    수준`.
                j += 1
                n += 1
                while j < end, s[j] == " " { j += 1 }
            } else {
                break
            }
        }
        return j
    }

    /// The position of the last non-space scalar before `i` plus one, skipping at most `maxSpaces`.
    @inline(__always)
    func skipGapBackward(_ i: Int, maxSpaces: Int = 2) -> Int {
        var j = i
        var n = 0
        while j > 0, n < maxSpaces {
            let c = s[j - 1]
            if c == " " {
                // Indentation after a joinable line break goes with the break: `총\n  3,150억원`.
                var k = j - 1
                while k > 0, s[k - 1] == " " { k -= 1 }
                j = k > 0 && s[k - 1] == "\n" && isJoinableBreak(k - 1) ? k - 1 : j - 1
                n += 1
            } else if c == "\n", isJoinableBreak(j - 1) {
                j -= 1
                n += 1
            } else {
                break
            }
        }
        return j
    }
}
