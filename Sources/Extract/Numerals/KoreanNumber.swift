import SourceText

/// One number as written in Korean text: Arabic digits with comma groups and a decimal part
/// (`4,787`, `3,497.3`), the scale words `만 억 조 경` and the multipliers `천 백 십` inside a scale
/// (`1조 5000억`, `1천487억`, `15백만`, `2억5천만`, `1조 3,099억`), Hangul numerals (`삼십억`,
/// `이천오백만`) and mixtures (`3십억`). The value is exact: `43.2억` is 4,320,000,000.
struct KoreanNumber: Sendable, Hashable {
    var range: Range<Int>
    var value: ExactDecimal
    /// The largest scale word's exponent (`조` → 12), 0 without one.
    var highestScale: Int
    /// The exponent of the last scale word (`1조 5000억` → 8), 0 without one.
    var lowestScale: Int
    /// The number ends with a scale word (`2685억`), not with digits (`1억 2,345`).
    var endsWithScale: Bool
    var hasArabic: Bool
    /// `여` as in `100여억`, `30여`: about.
    var approx: Bool

    var isHangulOnly: Bool { !hasArabic }
}

/// The outcome of reading a number at a position.
enum NumeralScan {
    case number(KoreanNumber)
    /// Digits that look like a number but cannot be read exactly: a time (`21:15`), a phone
    /// number (`044-203`), a dotted date (`2026.01.28`), broken comma groups (`1,2345`), an Int64
    /// overflow, or the ambiguous spoken `2억5천` (2억 5천만?). The range is blocked for every rule.
    case malformed(Range<Int>)
    case none
}

enum KoreanNumerals {
    /// `만 억 조 경` → the power of ten; also their Hanja `萬 億 兆`, which headlines use
    /// (`18.9兆`, `3000億`).
    @inline(__always)
    static func bigScale(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "만", "萬": return 4
        case "억", "億": return 8
        case "조", "兆": return 12
        case "경": return 16
        default: return nil
        }
    }

    /// `십 백 천` → the power of ten, inside a scale.
    @inline(__always)
    static func multiplier(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "십": return 1
        case "백": return 2
        case "천": return 3
        default: return nil
        }
    }

    @inline(__always)
    static func hangulDigit(_ c: Unicode.Scalar) -> Int64? {
        switch c {
        case "일": return 1
        case "이": return 2
        case "삼": return 3
        case "사": return 4
        case "오": return 5
        case "육", "륙": return 6
        case "칠": return 7
        case "팔": return 8
        case "구": return 9
        default: return nil
        }
    }

    static let maxDigits = 18

    static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: s[r])
    }

    @inline(__always)
    static func isHangulNumeral(_ c: Unicode.Scalar) -> Bool {
        hangulDigit(c) != nil || multiplier(c) != nil || bigScale(c) != nil
    }

    /// Where a number may begin: a digit not glued to a word, number or code before it.
    static func isArabicStart(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count, FigureScalars.isDigit(s[i]) else { return false }
        guard i > 0 else { return true }
        let p = s[i - 1]
        if FigureScalars.isDigit(p) || FigureScalars.isASCIILetter(p) { return false }
        // Compared by value: asked at every digit by every extractor.
        if p.value >= 0xAC00 { return !(isScaleWord(p.value) && continuesUnreadNumeral(s, scaleAt: i - 1)) }
        switch p {
        case ".":
            // `편성...8652억 원`: an ellipsis ends the words before; `1.5` is a decimal.
            return i >= 2 && s[i - 2] == "."
        case ",", ":", "/", "_", "'", "#", "@", "&", "=":
            return false
        case "-":
            // `044-203`, `i-3`: a code. A minus sign after a space is left alone too.
            return false
        case " ":
            return i < 2 || s[i - 2].value < 0xAC00 || !isScaleWord(s[i - 2].value) || !continuesUnreadNumeral(s, scaleAt: i - 2)
        default:
            return true
        }
    }

    /// `만 억 조 천 백 십` (U+B9CC U+C5B5 U+C870 U+CC9C U+BC31 U+C2ED).
    @inline(__always)
    static func isScaleWord(_ v: UInt32) -> Bool {
        v == 0xB9CC || v == 0xC5B5 || v == 0xC870 || v == 0xCC9C || v == 0xBC31 || v == 0xC2ED
    }

    /// `(-11만 3000명)`, `(-3만1000명)`, `△2만 3000명`: the group after the scale word belongs to a numeral whose head
    /// is not read (its sign cannot start a number), so it is no number of its own — read alone it
    /// would be 3,000 people instead of 113,000.
    static func continuesUnreadNumeral(_ s: [Unicode.Scalar], scaleAt c: Int) -> Bool {
        guard c >= 1, isScaleWord(s[c].value), FigureScalars.isDigit(s[c - 1]) else { return false }
        var h = c - 1
        while h > 0, FigureScalars.isDigit(s[h - 1]) || s[h - 1] == "," { h -= 1 }
        guard h > 0 else { return false }
        switch s[h - 1] {
        case "-", "−", "△", "▲", "▽", "▼", "∆": return true
        default: return false
        }
    }

    /// Where a Hangul numeral may begin: a numeral syllable not inside a word (`사업`, `수백억`).
    static func isHangulStart(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count else { return false }
        if i > 0 {
            let p = s[i - 1]
            if FigureScalars.isHangul(p) || FigureScalars.isDigit(p) || p == "." || p == "," { return false }
        }
        return isHangulNumeral(s[i])
    }

    // MARK: - Parsing

    static func parse(_ t: FigureText, at start: Int) -> NumeralScan {
        let s = t.s
        let n = t.end
        guard start < n else { return .none }
        var i = start
        var total = ExactDecimal(units: 0)
        var lastBig = Int.max
        var highest = 0
        var lowest = 0
        var groups = 0
        var end = start
        var hasArabic = false
        var approx = false
        var endsWithScale = false

        func finish() -> NumeralScan {
            var e = end
            // `30여 명`, `100억여 원`: about. The rules check that a unit follows.
            if hasArabic, e < n, s[e] == "여" {
                approx = true
                e += 1
            }
            return .number(KoreanNumber(
                range: start..<e, value: total, highestScale: highest, lowestScale: lowest,
                endsWithScale: endsWithScale, hasArabic: hasArabic, approx: approx))
        }

        /// `100여억`: `여` between the digits and the scale word.
        func scaleAfter(_ g: Group) -> (exponent: Int, end: Int, approx: Bool)? {
            var j = g.end
            var about = false
            if g.hasArabic, j + 1 < n, s[j] == "여", bigScale(s[j + 1]) != nil {
                about = true
                j += 1
            }
            guard j < n, let sc = bigScale(s[j]) else { return nil }
            return (sc, j + 1, about)
        }

        var g: Group
        switch parseGroup(s, at: i, end: n, allowHangulDigits: true) {
        case .none: return .none
        case .malformed(let upper): return .malformed(start..<Swift.max(upper, start + 1))
        case .group(let gg): g = gg
        }
        if scaleAfter(g) == nil, let spaced = spacedUnits(after: g, t) { g = spaced }
        guard scaleAfter(g) != nil else {
            // A plain number: `445`, `43.2`, `1천487`.
            total = g.value
            end = g.end
            hasArabic = g.hasArabic
            return finish()
        }
        while true {
            guard let sc = scaleAfter(g), sc.exponent < lastBig else { return finish() }
            guard let scaled = g.value.timesPow10(sc.exponent), let sum = total.adding(scaled) else {
                return .malformed(start..<sc.end)
            }
            total = sum
            lastBig = sc.exponent
            highest = Swift.max(highest, sc.exponent)
            lowest = sc.exponent
            hasArabic = hasArabic || g.hasArabic
            approx = approx || sc.approx
            groups += 1
            end = sc.end
            endsWithScale = true

            // Another group may follow, glued or after one space: `1조5000억`, `1조 3,099억`.
            let k = t.skipGap(end, maxSpaces: 1)
            let glued = k == end
            guard k < n, FigureScalars.isDigit(s[k]) || (isHangulNumeral(s[k]) && bigScale(s[k]) == nil) else {
                return finish()
            }
            let next: Group
            switch parseGroup(s, at: k, end: n, allowHangulDigits: !hasArabic) {
            case .none: return finish()
            case .malformed(let upper): return glued ? .malformed(start..<upper) : finish()
            case .group(let ng): next = ng
            }
            if let nsc = scaleAfter(next) {
                // `1만8760억원`, `6만7100억원`: 18,760억 with 만 written inside the count of 억 — the
                // whole figure before 억 is its coefficient (no other reading is a number).
                if groups == 1, lastBig == 4, nsc.exponent == 8, g.hasArabic, next.hasArabic, total.isInteger,
                   next.value.isInteger, (next.value.compare(ExactDecimal(units: 10_000)) ?? 1) < 0,
                   let merged = total.adding(next.value), let scaled = merged.timesPow10(nsc.exponent) {
                    total = scaled
                    lastBig = nsc.exponent
                    highest = nsc.exponent
                    lowest = nsc.exponent
                    approx = approx || nsc.approx
                    end = nsc.end
                    return finish()
                }
                if nsc.exponent < lastBig {
                    if !next.value.isInteger { return glued ? .malformed(start..<nsc.end) : finish() }
                    g = next
                    i = k
                    continue
                }
                // `1억2조`: nonsense; `1억 2억`: two numbers.
                return glued ? .malformed(start..<nsc.end) : finish()
            }
            // A last group without a scale word.
            if lastBig == 4, next.value.isInteger, (next.value.compare(ExactDecimal(units: 10_000)) ?? 1) < 0,
               glued || (next.hasArabic && (next.hasMultiplier || (next.value.compare(ExactDecimal(units: 1000)) ?? -1) >= 0))
                || tailEndsFigure(t, next.end) {
                // `3만5천`, `3만 5천`, `1만 2,500`: the units below 만 written out.
                guard let sum2 = total.adding(next.value) else { return .malformed(start..<next.end) }
                total = sum2
                hasArabic = hasArabic || next.hasArabic
                end = next.end
                endsWithScale = false
                return finish()
            }
            if (glued && (next.hasArabic || next.hasMultiplier)) || (next.hasArabic && next.hasMultiplier) {
                // `2억5천`, `2억5000`, `2억 5천`: spoken shorthand for 2억5천만, or literally
                // 200,005,000? Not readable exactly, so not read at all.
                return .malformed(start..<next.end)
            }
            return finish()
        }
    }

    /// `5천6백 6억`: a group ending in a multiplier, one space, then the units below it and the
    /// scale word — one group (5,606) written in two words. The units must stay below the
    /// multiplier: `5천6백 600억` is two numbers.
    static func spacedUnits(after g: Group, _ t: FigureText) -> Group? {
        let s = t.s
        guard g.hasMultiplier, g.end > 0, let e = multiplier(s[g.end - 1]) else { return nil }
        let k = t.skipGap(g.end, maxSpaces: 1)
        guard k > g.end, k < t.end, FigureScalars.isDigit(s[k]) || hangulDigit(s[k]) != nil,
              case .group(let units) = parseGroup(s, at: k, end: t.end, allowHangulDigits: !g.hasArabic),
              !units.hasMultiplier, units.value.isInteger, units.end < t.end, bigScale(s[units.end]) != nil,
              let limit = ExactDecimal.pow10(e), let c = units.value.compare(ExactDecimal(units: limit)), c < 0,
              let sum = g.value.adding(units.value) else { return nil }
        return Group(value: sum, end: units.end, hasArabic: g.hasArabic || units.hasArabic, hasMultiplier: true)
    }

    /// After a spaced last group (`1만 200원`, `육천칠백팔십구만 백이십삼`, `사만 사`): the group
    /// ends the figure when the text, a unit word or punctuation follows. `삼만 이상` and `1만
    /// 백화점` (a word goes on) are not tails.
    static func tailEndsFigure(_ t: FigureText, _ i: Int) -> Bool {
        let s = t.s
        guard i < t.end else { return true }
        let c = s[i]
        if FigureScalars.isHangul(c) {
            return MoneyRules.currencyWords.longest(s, at: i, end: t.end) != nil
                || CountRules.counters.longest(s, at: i, end: t.end) != nil
        }
        if FigureScalars.isDigit(c) || FigureScalars.isASCIILetter(c) { return false }
        switch c {
        case ".", ",", "~", "-", ":", "/", "%": return false
        default: return true
        }
    }

    struct Group {
        var value: ExactDecimal
        var end: Int
        var hasArabic: Bool
        var hasMultiplier: Bool
    }

    enum GroupScan {
        case group(Group)
        case malformed(Int)
        case none
    }

    /// One group below a scale word: `1,516`, `43.2`, `1천487`, `3십`, `15백`, `이천오백`, `천`.
    static func parseGroup(_ s: [Unicode.Scalar], at start: Int, end n: Int, allowHangulDigits: Bool) -> GroupScan {
        var i = start
        var acc = ExactDecimal(units: 0)
        var pending: ExactDecimal? = nil
        var lastMultiplier = 4
        var hasArabic = false
        var hasMultiplier = false
        var startedArabic = false
        while i < n {
            let c = s[i]
            if FigureScalars.isDigit(c) {
                if pending != nil { break }
                if i > start, !hasMultiplier { break }
                switch parseArabic(s, at: i, end: n) {
                case .malformed(let upper): return .malformed(upper)
                case .none: break
                case .value(let v, let e):
                    if i == start { startedArabic = true }
                    pending = v
                    hasArabic = true
                    i = e
                    continue
                }
                break
            }
            if let d = hangulDigit(c) {
                // `1천이 넘는`: after Arabic digits a Hangul digit is a particle, not a numeral.
                if pending != nil || startedArabic || !allowHangulDigits { break }
                pending = ExactDecimal(units: d)
                i += 1
                continue
            }
            if let e = multiplier(c), e < lastMultiplier {
                let coefficient = pending ?? ExactDecimal(units: 1)
                guard let v = coefficient.timesPow10(e), let sum = acc.adding(v) else { return .malformed(i + 1) }
                acc = sum
                pending = nil
                lastMultiplier = e
                hasMultiplier = true
                i += 1
                continue
            }
            break
        }
        if i == start { return .none }
        if let p = pending {
            if hasMultiplier {
                // `1천487`: the digits after a multiplier stay below it (`1천4870` is not a number).
                guard p.isInteger, let limit = ExactDecimal.pow10(lastMultiplier),
                      let c = p.compare(ExactDecimal(units: limit)), c < 0 else { return .malformed(i) }
            }
            guard let sum = acc.adding(p) else { return .malformed(i) }
            acc = sum
        }
        return .group(Group(value: acc, end: i, hasArabic: hasArabic, hasMultiplier: hasMultiplier))
    }

    enum ArabicScan {
        case value(ExactDecimal, Int)
        case malformed(Int)
        case none
    }

    /// Digits with optional comma groups of three and an optional decimal part.
    static func parseArabic(_ s: [Unicode.Scalar], at start: Int, end n: Int) -> ArabicScan {
        var i = start
        var units: Int64 = 0
        var digits = 0
        var leadRun = 0
        func push(_ c: Unicode.Scalar) -> Bool {
            let (m, o1) = units.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(FigureScalars.digitValue(c))
            if o1 || o2 { return false }
            units = a
            digits += 1
            return digits <= maxDigits
        }
        while i < n, FigureScalars.isDigit(s[i]) {
            if !push(s[i]) { return .malformed(i + 1) }
            i += 1
            leadRun += 1
        }
        guard leadRun > 0 else { return .none }
        // Comma groups: `18,858`. A comma followed by other than exactly three digits is a list
        // (`1,2단계`) or a typo; neither can be read as one number.
        while i + 1 < n, s[i] == ",", FigureScalars.isDigit(s[i + 1]) {
            var k = i + 1
            while k < n, FigureScalars.isDigit(s[k]) { k += 1 }
            if k - (i + 1) != 3 || leadRun > 3 { return .malformed(k) }
            for j in (i + 1)..<k where !push(s[j]) { return .malformed(k) }
            i = k
        }
        var scale = 0
        if i + 1 < n, s[i] == ".", FigureScalars.isDigit(s[i + 1]) {
            var k = i + 1
            while k < n, FigureScalars.isDigit(s[k]) {
                if !push(s[k]) { return .malformed(k + 1) }
                scale += 1
                k += 1
            }
            i = k
            // `2026.01.28`, `1.2.3`: a date or a version, not a decimal.
            if i + 1 < n, s[i] == ".", FigureScalars.isDigit(s[i + 1]) { return .malformed(skipDigitsAndDots(s, i, n)) }
        }
        if i + 1 < n, FigureScalars.isDigit(s[i + 1]) {
            switch s[i] {
            case ":", "/", "-", ".":
                // `21:15`, `1/22`, `044-203`, `2026.1.22`.
                return .malformed(skipDigitsAndDots(s, i, n))
            default:
                break
            }
        }
        return .value(ExactDecimal(units: units, scale: scale).reduced, i)
    }

    private static func skipDigitsAndDots(_ s: [Unicode.Scalar], _ from: Int, _ n: Int) -> Int {
        var k = from
        while k < n, FigureScalars.isDigit(s[k]) || s[k] == "." || s[k] == ":" || s[k] == "-" || s[k] == "/" {
            if (s[k] == "." || s[k] == ":" || s[k] == "-" || s[k] == "/"), !(k + 1 < n && FigureScalars.isDigit(s[k + 1])) { break }
            k += 1
        }
        return k
    }
}
