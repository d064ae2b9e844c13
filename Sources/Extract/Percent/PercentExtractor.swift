/// Percentages (`30%`, `11.5%`, `70% 이상`) and percentage points (`5%p`), with exact values.
public struct PercentExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        let t = FigureText(input)
        let c = FigureMatcher.scan(t, rules: PercentRules.all, startsAt: PercentRules.startsAt)
        return FigureMatcher.resolve(c).map { Mention(range: $0.range, value: .percent($0.value!), rule: $0.rule) }
    }
}

enum PercentRules {
    static func startsAt(_ t: FigureText, _ i: Int) -> Bool {
        FigureScalars.isDigit(t.s[i]) && KoreanNumerals.isArabicStart(t.s, at: i)
    }

    static let all: [FigureRule<PercentValue>] = [
        // `30%`, `11.5 %`, `5%p`, `70% 이상`.
        FigureRule(name: "percent.sign", pattern: [.number(hangul: false), .gap(1), .literal(["%"])]) { m, t in
            guard let n = m.numbers.first, !n.endsWithScale else { return .reject }
            var end = m.range.upperBound
            let points = end < t.end && (t.s[end] == "p" || t.s[end] == "P")
            if points { end += 1 }
            let q = QualifierWords.read(around: m.range.lowerBound..<end, in: t, allowBounds: true)
            var v = PercentValue(value: n.value, bound: q.bound, approx: q.approx || n.approx, points: points)
            if q.bound != nil { if q.isLowerBound { v.min = n.value } else { v.max = n.value } }
            return .value(v)
        },
    ]
}

/// Multipliers: `2.5배`, `약 3배`. `배` must end the word (`배출`, `배터리` are not ratios).
public struct RatioExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        let t = FigureText(input)
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
