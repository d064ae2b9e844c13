/// Money amounts: `2조 원`, `1조 5000억 원`, `4,787억원`, `43.2억` (a scale word implies won),
/// `100~200억원`, `5억 달러`, `US$ 1.5 billion`, and bare table cells under a unit header
/// (`총 투자규모(억원)`). Values are exact; won amounts are integers.
public struct MoneyExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        let t = input.figures
        return Self.extract(t, tableCells: input.tableCells)
    }

    static func extract(_ t: FigureText, tableCells: [TableCell]? = nil) -> [Mention] {
        var candidates = FigureMatcher.scan(t, rules: MoneyRules.all, startsAt: MoneyRules.startsAt)
        for cell in tableCells ?? TableFigures.cells(in: t) {
            guard case .money(let currency, let exponent) = cell.column else { continue }
            guard let v = cell.number.timesPow10(exponent), currency != "KRW" || v.isInteger else { continue }
            candidates.append(FigureCandidate(
                range: cell.range,
                value: MoneyValue(value: v, currency: currency, unitFromHeader: true, date: cell.date,
                                  cell: FigureCell(rowLabel: cell.rowLabel, columnLabel: cell.columnLabel)),
                rule: "money.table-cell"))
        }
        var found = FigureMatcher.resolve(candidates)
        found = withSeriesShorthand(found, t)
        // What the words around each amount say: its year, what it is per, its time series.
        for k in found.indices where !found[k].value!.unitFromHeader {
            let r = found[k].range
            found[k].value!.date = FigureYears.before(t, r.lowerBound) ?? FigureYears.after(t, r.upperBound)
            found[k].value!.per = FigurePer.per(r, in: t)
        }
        let links = FigureSeries.link(found.indices.map { found[$0].range }, in: t) { a, b in
            found[a].value!.currency == found[b].value!.currency && found[a].value!.value != nil && found[b].value!.value != nil
        }
        for (k, link) in links { found[k].value!.series = link }
        return found.map { c in
            Mention(range: c.range, value: .money(c.value!), rule: c.rule)
        }
    }
}

extension MoneyExtractor {
    /// `(’24) 900 → (’25) 1,200억원`: the bare `900` takes the unit of the amount after the arrow
    /// (900억원) when that amount has one scale word (`1,200억원`, not `1조 2,000억원`).
    static func withSeriesShorthand(_ found: [FigureCandidate<MoneyValue>], _ t: FigureText) -> [FigureCandidate<MoneyValue>] {
        var out: [FigureCandidate<MoneyValue>] = []
        out.reserveCapacity(found.count)
        for c in found {
            if let v = c.value, let right = v.value, !v.unitFromHeader,
               case .number(let rn) = KoreanNumerals.parse(t, at: c.range.lowerBound),
               rn.highestScale > 0, rn.highestScale == rn.lowestScale,
               let left = FigureSeries.bareLeftMember(before: c.range.lowerBound, t),
               out.last.map({ $0.range.upperBound <= left.range.lowerBound }) ?? true,
               let value = left.value.timesPow10(rn.highestScale), v.currency != "KRW" || value.isInteger, right.units >= 0 {
                out.append(FigureCandidate(range: left.range, value: MoneyValue(value: value, currency: v.currency),
                                           rule: "money.series-shorthand"))
            }
            out.append(c)
        }
        return out
    }
}

enum MoneyRules {
    /// Currency words after an amount.
    static let currencyWords = FigureLexicon<UnitInfo>([
        ("원", "KRW"), ("원화", "KRW"), ("달러", "USD"), ("달러화", "USD"), ("미달러", "USD"), ("불", "USD"),
        ("유로", "EUR"), ("유로화", "EUR"), ("엔", "JPY"), ("엔화", "JPY"), ("위안", "CNY"), ("위안화", "CNY"),
        ("파운드", "GBP"), ("USD", "USD"), ("EUR", "EUR"), ("JPY", "JPY"), ("CNY", "CNY"), ("KRW", "KRW"),
    ].map { ($0.0, UnitInfo(kind: .currency($0.1))) })

    /// Currency symbols and codes before an amount.
    static let currencySymbols = FigureLexicon<UnitInfo>([
        ("US$", "USD"), ("US $", "USD"), ("$", "USD"), ("USD", "USD"), ("€", "EUR"), ("EUR", "EUR"), ("¥", "JPY"),
        ("￥", "JPY"), ("JPY", "JPY"), ("₩", "KRW"), ("￦", "KRW"), ("KRW", "KRW"), ("CNY", "CNY"), ("RMB", "CNY"),
        ("£", "GBP"),
    ].map { ($0.0, UnitInfo(kind: .currency($0.1))) })

    static let englishScales = FigureLexicon<UnitInfo>([
        ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("mn", 6), ("bn", 9), ("tn", 12),
        ("M", 6), ("B", 9),
    ].map { ($0.0, UnitInfo(kind: .englishScale($0.1))) })

    /// Where a rule may start: a number not glued to a code, a Hangul numeral at a word start, a
    /// currency symbol, or `제` (ordinals are blocked from there).
    static func startsAt(_ t: FigureText, _ i: Int) -> Bool {
        let c = t.s[i]
        if FigureScalars.isDigit(c) { return KoreanNumerals.isArabicStart(t.s, at: i) }
        if c == "제" { return true }
        if FigureScalars.isHangul(c) { return KoreanNumerals.isHangulStart(t.s, at: i) }
        switch c {
        case "$", "€", "¥", "￥", "₩", "￦", "£", "U", "E", "J", "K", "C", "R": return true
        default: return false
        }
    }

    static let all: [FigureRule<MoneyValue>] = [
        FigureLexicons.ordinalBlocker(),
        // `공직선거법 86조 제2항`, `국가재정법 89조 1항에 따라`: an article of a law written without
        // `제`, not 86 trillion won.
        FigureRule(name: "blocked.law-article", pattern: [.number(hangul: false)]) { m, t in
            guard let n = m.numbers.first, isLawArticle(n, t) else { return .reject }
            return .block
        },
        // `100~200억원`, `100억~200억원`, `3~5조 원`.
        FigureRule(name: "money.range",
                   pattern: [.number(hangul: false), .gap(1), .literal(["~"]), .gap(1), .number(hangul: false),
                             .gap(1), .word(currencyWords)]) { m, t in
            let ns = m.numbers
            guard ns.count == 2, let unit = m.words.first, case .currency(let code) = unit.info.kind else { return .reject }
            return range(ns[0], ns[1], code: code, sameUnit: true, m: m, t: t)
        },
        // `100만원~300만원`: the unit written on both ends.
        FigureRule(name: "money.range",
                   pattern: [.number(hangul: false), .gap(1), .word(currencyWords), .gap(1), .literal(["~"]), .gap(1),
                             .number(hangul: false), .gap(1), .word(currencyWords)]) { m, t in
            let ns = m.numbers
            let ws = m.words
            guard ns.count == 2, ws.count == 2, case .currency(let code) = ws[0].info.kind,
                  case .currency(let code2) = ws[1].info.kind else { return .reject }
            return range(ns[0], ns[1], code: code2, sameUnit: code == code2, m: m, t: t)
        },
        // `100억~200억 투입`: a range of won without the currency word.
        FigureRule(name: "money.range-scale-implies-won",
                   pattern: [.number(hangul: false), .gap(1), .literal(["~"]), .gap(1), .number(hangul: false)]) { m, t in
            let ns = m.numbers
            guard ns.count == 2, ns[1].endsWithScale, ns[1].lowestScale >= 8 else { return .reject }
            let end = ns[1].range.upperBound
            guard FigureBoundary.isEnd(t.s, at: end, end: t.end), !followedByUnit(t, t.skipGap(end, maxSpaces: 1)) else {
                return .reject
            }
            return range(ns[0], ns[1], code: "KRW", sameUnit: true, m: m, t: t)
        },
        // `2조 원`, `4,787억원`, `15백만원`, `삼십억 원`, `5억 달러`.
        FigureRule(name: "money.amount-currency",
                   pattern: [.number(hangul: true), .gap(1), .word(currencyWords)]) { m, t in
            guard let n = m.numbers.first, let unit = m.words.first, case .currency(let code) = unit.info.kind else {
                return .reject
            }
            if n.isHangulOnly {
                // Hangul numerals only as a figure of their own: `삼십억 원`, `이천오백만원`, not `(천원)`
                // (a unit) or `만원` (full).
                guard n.range.count >= 2, !precededByUnitMarker(t, n.range.lowerBound) else { return .reject }
            }
            if n.range.upperBound < unit.range.lowerBound, !n.endsWithScale, unit.text == "엔" || unit.text == "불" { return .reject }
            return amount(n.value, code: code, number: n, range: m.range, t: t)
        },
        // `$1.5 billion`, `US$ 100만`, `€ 20`.
        FigureRule(name: "money.symbol-amount",
                   pattern: [.symbol(currencySymbols), .gap(1), .number(hangul: false),
                             .optional(.sequence([.gap(1), .symbol(englishScales)]))]) { m, t in
            guard let n = m.numbers.first, let unit = m.words.first, case .currency(let code) = unit.info.kind else {
                return .reject
            }
            var v = n.value
            if m.words.count > 1, case .englishScale(let e) = m.words[1].info.kind {
                guard n.highestScale == 0, let scaled = v.timesPow10(e) else { return .block }
                v = scaled
            }
            return amount(v, code: code, number: n, range: m.range, t: t)
        },
        // `2685억 투입`, `총 100억('25년 25억)`, `43.2억`: 억 or more with no unit means won.
        FigureRule(name: "money.scale-implies-won", pattern: [.number(hangul: false)]) { m, t in
            guard let n = m.numbers.first, n.endsWithScale, n.lowestScale >= 8 else { return .reject }
            let end = n.range.upperBound
            guard FigureBoundary.isEnd(t.s, at: end, end: t.end) else { return .reject }
            // `80억 명`, `46억 년`, `10억 달러`: another unit follows.
            let k = t.skipGap(end, maxSpaces: 1)
            if followedByUnit(t, k) { return .reject }
            return amount(n.value, code: "KRW", number: n, range: m.range, t: t)
        },
    ]

    /// `86조` (one scale word, `조`, no decimals) read as an article of a law: a paragraph or item
    /// number follows (`86조 제2항`, `89조 1항`, `3조 2호`), or the word before names a law (`…법`,
    /// `…법률`, `…령`, `…규칙`, `…조례`: `국가재정법 89조`). An amount says so with its currency
    /// (`86조 원`) and is never one.
    static func isLawArticle(_ n: KoreanNumber, _ t: FigureText) -> Bool {
        let s = t.s
        let end = n.range.upperBound
        guard n.highestScale == 12, n.lowestScale == 12, end > n.range.lowerBound, s[end - 1] == "조", n.value.isInteger
        else { return false }
        // After: `(제)N항`, `(제)N호`.
        var k = t.skipGap(end, maxSpaces: 1)
        if k < t.end, s[k] == "제" { k = t.skipGap(k + 1, maxSpaces: 1) }
        var digits = k
        while digits < t.end, FigureScalars.isDigit(s[digits]) { digits += 1 }
        if digits > k, digits < t.end, s[digits] == "항" || s[digits] == "호" { return true }
        // Before: one blank, then a word ending in a law's name.
        let before = t.skipGapBackward(n.range.lowerBound, maxSpaces: 1)
        guard before < n.range.lowerBound, before > 0 else { return false }
        let last = s[before - 1]
        if last == "법" || last == "령" || last == "례" { return true }
        if last == "률" { return before >= 2 && s[before - 2] == "법" }
        if last == "칙" { return before >= 2 && s[before - 2] == "규" }
        return false
    }

    /// A range `low~high`; the first number takes the second's scale word when it has none
    /// (`100~200억원`). Anything that does not read as low < high blocks the span.
    static func range(_ a: KoreanNumber, _ b: KoreanNumber, code: String, sameUnit: Bool, m: FigureMatch, t: FigureText)
        -> FigureOutcome<MoneyValue> {
        guard sameUnit else { return .block }
        var low = a.value
        let high = b.value
        if a.highestScale == 0, b.highestScale > 0 {
            guard b.highestScale == b.lowestScale, let l = low.timesPow10(b.highestScale) else { return .block }
            low = l
        }
        guard let c = low.compare(high), c < 0 else { return .block }
        if code == "KRW", !low.isInteger || !high.isInteger { return .block }
        let q = QualifierWords.read(around: m.range, in: t, allowBounds: false)
        return .value(MoneyValue(min: low, max: high, currency: code, approx: q.approx || a.approx || b.approx))
    }

    static func amount(_ v: ExactDecimal, code: String, number n: KoreanNumber, range: Range<Int>, t: FigureText)
        -> FigureOutcome<MoneyValue> {
        if code == "KRW", !v.isInteger { return .block }
        if v.units < 0 { return .block }
        let q = QualifierWords.read(around: range, in: t, allowBounds: true)
        var value = MoneyValue(value: v, currency: code, approx: q.approx || n.approx, bound: q.bound)
        if q.bound != nil {
            if q.isLowerBound { value.min = v } else { value.max = v }
        }
        return .value(value)
    }

    /// `(천원)`, `단위: 백만원`: a unit annotation, not an amount.
    static func precededByUnitMarker(_ t: FigureText, _ i: Int) -> Bool {
        let b = t.skipGapBackward(i, maxSpaces: 1)
        guard b > 0 else { return false }
        let p = t.s[b - 1]
        if p == "(" || p == ":" || p == "[" || p == "<" { return true }
        return FigureScalars.hasBefore(t.s, at: b, Array("단위".unicodeScalars))
    }

    static func followedByUnit(_ t: FigureText, _ k: Int) -> Bool {
        guard k < t.end else { return false }
        func unit(_ e: FigureLexicon<UnitInfo>.Entry) -> Bool {
            guard FigureBoundary.isEnd(t.s, at: k + e.word.count, end: t.end) else { return false }
            // `평균 40억 등 지원`: `등` apart from the number is "and so on", not a rank (`1등`).
            return !(e.word.count == 1 && t.s[k] == "등" && k > 0 && t.s[k - 1] == " ")
        }
        return currencyWords.firstMatch(t.s, at: k, end: t.end, where: unit) != nil
            || CountRules.counters.firstMatch(t.s, at: k, end: t.end, where: unit) != nil
            || FigureLexicons.measures.firstMatch(t.s, at: k, end: t.end, where: unit) != nil
            || FigureLexicons.ordinalSuffixes.firstMatch(t.s, at: k, end: t.end, where: unit) != nil
    }
}
