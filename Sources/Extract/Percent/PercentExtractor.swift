import Segment

/// Percentages (`30%`, `11.5%`, `70% 이상`) and percentage points (`5%p`), with exact values.
public struct PercentExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        let t = input.figures
        var c = FigureMatcher.scan(t, rules: PercentRules.all, startsAt: PercentRules.startsAt)
        // Bare cells under a `구성비`, `증감률` or `(%)` header (`△8.76` is a fall of 8.76%). The
        // tables are looked for only in a text with table rows that names such a column somewhere.
        let tables = input.sentences.contains { $0.kind == .tableRow } && Self.mayHavePercentColumn(t)
        for cell in tables ? (input.tableCells ?? TableFigures.cells(in: t)) : [] {
            guard case .percent = cell.column else { continue }
            c.append(FigureCandidate(range: cell.range, value: PercentValue(value: cell.number), rule: "percent.table-cell"))
        }
        return FigureMatcher.resolve(c).map { Mention(range: $0.range, value: .percent($0.value!), rule: $0.rule) }
    }
}

extension PercentExtractor {
    /// `%` after no digit (`(%)`), or a percent header word (`TableFigures.percentWords`) that ends
    /// a cell: a tab, a bar, two spaces or the line's end after it (prose goes on: `비중은`).
    static func mayHavePercentColumn(_ t: FigureText) -> Bool {
        let s = t.s
        var i = 0
        while i < t.end {
            switch s[i] {
            case "%":
                if i == 0 || !(FigureScalars.isDigit(s[i - 1]) || s[i - 1] == ".") { return true }
            case "구", "비", "증", "감":
                for w in TableFigures.percentWords where w[0] == s[i] && FigureScalars.has(s, at: i, end: t.end, w) {
                    if endsCell(s, i + w.count, t.end) { return true }
                }
            default:
                break
            }
            i += 1
        }
        return false
    }

    static func endsCell(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        guard k < end else { return true }
        switch s[k] {
        case "\n", "\t", "|", "│", "┃", "(": return true
        case " ": return k + 1 >= end || s[k + 1] == " " || s[k + 1] == "|" || s[k + 1] == "│" || s[k + 1] == "\n"
        default: return false
        }
    }
}

enum PercentRules {
    static func startsAt(_ t: FigureText, _ i: Int) -> Bool {
        FigureScalars.isDigit(t.s[i]) && KoreanNumerals.isArabicStart(t.s, at: i)
    }

    /// Written-out percent words (`포인트`: percentage points).
    static let words = FigureLexicon<UnitInfo>(["퍼센트", "퍼센트포인트", "프로"].map { ($0, UnitInfo(kind: .measure)) })

    /// `%`, `%p`, `%P`, `%포인트` after a number: the end of the sign and whether it means points.
    static func sign(_ m: FigureMatch, _ t: FigureText) -> Bool? {
        var literals: [Range<Int>] = []
        for case .literal(let r) in m.tokens { literals.append(r) }
        guard let last = literals.last else { return nil }
        let end = last.upperBound
        // `5%pt`: still points; `30%ABC`: a code, not a percentage.
        if end < t.end, FigureScalars.isASCIILetter(t.s[end]), !(t.s[end] == "t" && t.s[last.lowerBound] == "p") { return nil }
        return literals.count > 1
    }

    static let all: [FigureRule<PercentValue>] = [
        // `30%`, `11.5 %`, `5%p`, `3%포인트`, `70% 이상`.
        FigureRule(name: "percent.sign",
                   pattern: [.number(hangul: false), .gap(1), .literal(["%"]),
                             .optional(.literal(["p"])), .optional(.literal(["P"])),
                             .optional(.literal(Array("포인트".unicodeScalars)))]) { m, t in
            guard let n = m.numbers.first, !n.endsWithScale, let points = sign(m, t) else { return .reject }
            return .value(single(n, points: points, m, t))
        },
        // `30퍼센트`, `30 프로`, `2퍼센트포인트`.
        FigureRule(name: "percent.word", pattern: [.number(hangul: false), .gap(1), .word(words)]) { m, t in
            guard let n = m.numbers.first, !n.endsWithScale else { return .reject }
            var points = false
            for case .word(_, let text, _) in m.tokens { points = text.hasSuffix("포인트") }
            return .value(single(n, points: points, m, t))
        },
        // `10~20%`, `10%~20%`, `3~5%p`: `value` is the lower end, `min`/`max` the two ends.
        FigureRule(name: "percent.range",
                   pattern: [.number(hangul: false), .gap(1), .optional(.literal(["%"])), .gap(1), .literal(["~"]), .gap(1),
                             .number(hangul: false), .gap(1), .literal(["%"]), .optional(.literal(["p"])),
                             .optional(.literal(["P"]))]) { m, t in
            let ns = m.numbers
            guard ns.count == 2, !ns[0].endsWithScale, !ns[1].endsWithScale, let c = ns[0].value.compare(ns[1].value), c < 0
            else { return .block }
            let end = m.range.upperBound
            if end < t.end, FigureScalars.isASCIILetter(t.s[end]) { return .reject }
            let points = t.s[end - 1] == "p" || t.s[end - 1] == "P"
            let q = QualifierWords.read(around: m.range, in: t, allowBounds: false)
            return .value(PercentValue(value: ns[0].value, min: ns[0].value, max: ns[1].value,
                                       approx: q.approx || ns[0].approx || ns[1].approx, points: points))
        },
    ]

    static func single(_ n: KoreanNumber, points: Bool, _ m: FigureMatch, _ t: FigureText) -> PercentValue {
        let q = QualifierWords.read(around: m.range, in: t, allowBounds: true)
        var v = PercentValue(value: n.value, bound: q.bound, approx: q.approx || n.approx, points: points)
        if q.bound != nil { if q.isLowerBound { v.min = n.value } else { v.max = n.value } }
        return v
    }
}

/// Multipliers: `2.5배`, `약 3배`. `배` must end the word (`배출`, `배터리` are not ratios).
public struct RatioExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        let t = input.figures
        let c = FigureMatcher.scan(t, rules: RatioRules.all, startsAt: PercentRules.startsAt)
        return FigureMatcher.resolve(c).map { Mention(range: $0.range, value: .ratio($0.value!), rule: $0.rule) }
    }
}

enum RatioRules {
    static let all: [FigureRule<RatioValue>] = [
        FigureRule(name: "ratio.times", pattern: [.number(hangul: false), .gap(0), .literal(["배"])]) { m, t in
            guard let n = m.numbers.first, !n.endsWithScale else { return .reject }
            let end = m.range.upperBound
            // `배로`, `배가`, `배의`, `배에`, `배나`, `배씩` are particles; any other Hangul glued on is a word.
            if end < t.end, (0xAC00...0xD7A3).contains(t.s[end].value),
               !["로", "가", "의", "에", "나", "씩", "를", "는", "도", "까", "이"].contains(t.s[end]) { return .reject }
            let q = QualifierWords.read(around: m.range, in: t, allowBounds: false)
            return .value(RatioValue(value: n.value, approx: q.approx || n.approx))
        },
    ]
}
