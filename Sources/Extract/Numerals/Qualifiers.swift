/// The words around an amount or a count that qualify it: `약 2조 원` (about), `2조 원 규모`
/// (about), `100억 원 이상` (a lower bound), `최대 500억 원` (an upper bound).
struct FigureQualifiers {
    var approx = false
    var bound: String? = nil
    var isLowerBound = false
}

enum QualifierWords {
    /// Before the figure, as a word of its own.
    static let approxBefore: [[Unicode.Scalar]] = ["약", "대략", "대략적으로", "얼추"].map { Array($0.unicodeScalars) }
    static let lowerBefore: [[Unicode.Scalar]] = ["최소"].map { Array($0.unicodeScalars) }
    static let upperBefore: [[Unicode.Scalar]] = ["최대"].map { Array($0.unicodeScalars) }
    /// `역대 최대 규모`, `사상 최대`: a record, not a bound.
    static let recordWords: [[Unicode.Scalar]] = ["역대", "사상", "국내", "세계", "업계", "단일"].map { Array($0.unicodeScalars) }

    /// After the figure (glued or after one space).
    static let after = FigureLexicon<Kind>([
        ("내외", .approx), ("가량", .approx), ("규모", .approx), ("수준", .approx), ("남짓", .approx),
        ("정도", .approx), ("안팎", .approx), ("여", .approx), ("이상", .lower), ("초과", .lower),
        ("이하", .upper), ("미만", .upper), ("이내", .upper),
    ])
    /// Verbs of passing a figure, after it and its particle (`1조원을 넘는`, `1만 명이 넘게`,
    /// `300억 원을 웃도는`): the figure is a lower bound (as with `초과`), or with `밑도는` an upper one.
    /// Forms that can only modify or go on (`넘는`, `넘게`, `넘은`), not `넘지` (`넘지 않는` bounds
    /// the other way) or the final `넘었다` (a fact, not a bound on the figure).
    static let passing = FigureLexicon<Kind>([
        ("넘는", .lower), ("넘게", .lower), ("넘은", .lower), ("넘어선", .lower), ("넘어서는", .lower),
        ("웃도는", .lower), ("웃돈", .lower), ("밑도는", .upper), ("밑돈", .upper),
    ])

    /// Only glued to the unit: `100억원대`, `100억원선`.
    static let gluedAfter = FigureLexicon<Kind>([("대", .approx), ("선", .approx)])

    enum Kind: Sendable { case approx, lower, upper }

    /// Reads the qualifiers around `range` (a figure with its unit).
    static func read(around range: Range<Int>, in t: FigureText, allowBounds: Bool) -> FigureQualifiers {
        let s = t.s
        var q = FigureQualifiers()
        // Before: `약 2조`, `약2조`, `최대 500억`.
        let b = t.skipGapBackward(range.lowerBound, maxSpaces: 1)
        for w in approxBefore where FigureScalars.hasBefore(s, at: b, w) && FigureBoundary.isStart(s, at: b - w.count) {
            q.approx = true
        }
        if allowBounds {
            for (words, lower) in [(lowerBefore, true), (upperBefore, false)] {
                for w in words where FigureScalars.hasBefore(s, at: b, w) && FigureBoundary.isStart(s, at: b - w.count) {
                    let bb = t.skipGapBackward(b - w.count, maxSpaces: 1)
                    if recordWords.contains(where: { FigureScalars.hasBefore(s, at: bb, $0) }) { continue }
                    q.bound = String(String.UnicodeScalarView(w))
                    q.isLowerBound = lower
                }
            }
        }
        // After: glued `원대`, then `규모`, `이상`…
        var a = range.upperBound
        if let g = gluedAfter.longest(s, at: a, end: t.end), FigureBoundary.isEnd(s, at: a + g.word.count, end: t.end) {
            q.approx = true
            a += g.word.count
        }
        // `110억원/年 내외`: the qualifier comes after the per unit.
        if a + 1 < t.end, s[a] == "/" {
            var e = a + 1
            while e < t.end, e - a <= 4, FigurePer.isWordScalar(s[e]) { e += 1 }
            if e > a + 1, e - a <= 4 { a = e }
        }
        let k = t.skipGap(a, maxSpaces: 1)
        if let e = after.longest(s, at: k, end: t.end), FigureBoundary.isEnd(s, at: k + e.word.count, end: t.end)
            || e.text == "규모" || e.text == "수준" {
            switch e.payload {
            case .approx:
                // `여` only glued: `100억원여`; after a space it is another word (`여성`).
                if e.text != "여" || k == a { q.approx = true }
            case .lower, .upper:
                if allowBounds {
                    q.bound = e.text
                    q.isLowerBound = e.payload == .lower
                }
            }
        } else if allowBounds, q.bound == nil, let p = passingWord(s, at: k, t) {
            q.bound = p.text
            q.isLowerBound = p.payload == .lower
        }
        return q
    }

    /// `을 넘는`, `이 넘게`, `넘는` right after a figure that ends at `k` (after its gap).
    static func passingWord(_ s: [Unicode.Scalar], at k: Int, _ t: FigureText) -> FigureLexicon<Kind>.Entry? {
        var j = k
        if j < t.end, s[j] == "을" || s[j] == "를" || s[j] == "이" || s[j] == "가" {
            j = t.skipGap(j + 1, maxSpaces: 1)
            guard j > k + 1 else { return nil }          // a particle, then a blank
        }
        guard let e = passing.longest(s, at: j, end: t.end), FigureBoundary.isEnd(s, at: j + e.word.count, end: t.end) else {
            return nil
        }
        return e
    }
}
