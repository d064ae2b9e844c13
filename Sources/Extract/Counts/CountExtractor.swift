import SourceText

/// Counts: a number and a counter word (`445개 과제`, `6곳`, `3대 혁신방향`, `11개교`, `40차시`,
/// `1만 명`), with the counted noun when it stands next to it, and bare table cells under a
/// counted column header (`지원 과제수`). Durations (`9개월`), ordinals (`제1차`, `31회째`, `1단계`),
/// percentages and multipliers (`2.5배`) are not counts.
public struct CountExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        Self.extract(input.figures, tableCells: input.tableCells)
    }

    static func extract(_ t: FigureText, tableCells: [TableCell]? = nil) -> [Mention] {
        var candidates = FigureMatcher.scan(t, rules: CountRules.all, startsAt: CountRules.startsAt)
        for cell in tableCells ?? TableFigures.cells(in: t) {
            guard case .count(let unit, let item) = cell.column else { continue }
            guard cell.number.isInteger, cell.number.units >= 0, let v = cell.number.timesPow10(0) else { continue }
            candidates.append(FigureCandidate(
                range: cell.range,
                value: CountValue(value: v.units, unit: unit, item: item, unitFromHeader: true,
                                  cell: FigureCell(rowLabel: cell.rowLabel, columnLabel: cell.columnLabel)),
                rule: "count.table-cell"))
        }
        var found = FigureMatcher.resolve(candidates)
        let links = FigureSeries.link(found.indices.map { found[$0].range }, in: t) { a, b in found[a].value!.unit == found[b].value!.unit }
        for (k, link) in links { found[k].value!.series = link }
        return found.map { c in
            Mention(range: c.range, value: .count(c.value!), rule: c.rule)
        }
    }
}

enum CountRules {
    /// Counter words. `gapAllowed`: may follow the number after a space (`1만 명`, `3 개`); the
    /// short ambiguous ones (`대`, `회`, `종`) only glued, or after a number with a scale word.
    static let counters = FigureLexicon<UnitInfo>([
        ("개", true), ("개사", true), ("개국", true), ("개교", true), ("개소", true), ("개팀", true),
        ("곳", true), ("건", true), ("명", true), ("종", false), ("종류", false), ("회", false), ("대", false),
        ("차시", false), ("가구", true), ("마리", true), ("척", false), ("채", false), ("팀", false), ("社", false), ("개社", true),
        ("과제", false), ("호", false), ("세대", false), ("병상", true), ("농가", false), ("어가", false),
    ].map { ($0.0, UnitInfo(kind: .counter(gapAllowed: $0.1))) })

    /// Counters of dwellings and households (`14만 호`, `1,000세대`, `77만 농가`, `3천 어가`).
    static let households = ScalarWordSet(["호", "세대", "농가", "어가"])
    /// Counters that are the counted noun themselves (farm and fishing households).
    static let nounCounters = ScalarWordSet(["농가", "어가"])

    /// After `N대`: an age group (`20대 청년`), not N major things.
    static let ageWords: [[Unicode.Scalar]] = [
        "청년", "남성", "여성", "남녀", "초반", "중반", "후반", "연령", "중년", "노인", "직장인", "가구주", "환자", "청소년",
        "이상", "이하", "미만", "층", "자녀", "부부", "남자", "여자", "고령",
        // Labour statistics by age (`30대 취업자수`, `30대의 취업자수 감소`).
        "취업자", "실업자", "근로자", "구직자", "고용률", "인구", "가입자",
    ].map { Array($0.unicodeScalars) }

    static func startsAt(_ t: FigureText, _ i: Int) -> Bool {
        let c = t.s[i]
        if FigureScalars.isDigit(c) { return KoreanNumerals.isArabicStart(t.s, at: i) }
        return c == "제"
    }

    /// Particles that may follow the counter `호` glued (`14만 호를`, `1,200호씩`); any other
    /// syllable makes another word (`호선`, `호기`, `호점`, `호실`).
    static let particlesAfterDwellings = ScalarSet([
        "가", "를", "는", "은", "의", "에", "로", "와", "과", "도", "씩", "까", "부", "만", "이", "보",
    ] as [Unicode.Scalar])

    /// Words that start with 개 (`3개월` is a duration, `개발`, `개선` verbs of their own): after a
    /// number they are no counter glued to a noun.
    static let gaeWords: [[Unicode.Scalar]] = [
        "개월", "개년", "개발", "개선", "개최", "개정", "개방", "개인", "개편", "개혁", "개설", "개시", "개통", "개관",
        "개원", "개막", "개념", "개별", "개체", "개요", "개척", "개입", "개조", "개표", "개강", "개장", "개점", "개업",
    ].map { Array($0.unicodeScalars) }

    static let all: [FigureRule<CountValue>] = [
        FigureLexicons.ordinalBlocker(),
        // `5개업체`, `1386개업체에`: `개` glued to the noun it counts (headlines and old copy drop the
        // space). The noun is two syllables or more and no word of its own starts at `개`.
        FigureRule(name: "count.counter-glued", pattern: [.number(hangul: false), .literal(["개"])]) { m, t in
            guard let n = m.numbers.first, n.value.isInteger, n.value.units >= 0, let v = n.value.timesPow10(0) else { return .reject }
            let s = t.s
            let at = m.range.upperBound - 1
            let after = m.range.upperBound
            guard after + 1 < t.end, FigureScalars.isHangul(s[after]), FigureScalars.isHangul(s[after + 1]) else { return .reject }
            // `14개과제` (개 then a particle-like syllable) and `1개소당` (a longer counter) are the
            // plain counter rule's.
            if FigureBoundary.isEnd(s, at: after, end: t.end) { return .reject }
            if let longest = counters.longest(s, at: at, end: t.end), longest.word.count > 1 { return .reject }
            // `5개업체`, not `5개업`: 개업 is a word only when nothing follows it.
            if gaeWords.contains(where: { FigureScalars.has(s, at: at, end: t.end, $0) }) {
                guard FigureScalars.has(s, at: at, end: t.end, Array("개업체".unicodeScalars))
                    || FigureScalars.has(s, at: at, end: t.end, Array("개업소".unicodeScalars)) else { return .reject }
            }
            guard let item = CountItems.itemAfter(after, t) else { return .reject }
            let q = QualifierWords.read(around: m.range, in: t, allowBounds: true)
            var c = CountValue(value: v.units, unit: "개", item: item, approx: q.approx || n.approx, bound: q.bound)
            if q.bound != nil {
                if q.isLowerBound { c.min = v.units } else { c.max = v.units }
            }
            return .value(c)
        },
        // `10~20개`: a range of counts. CountValue needs a value, so it carries the lower end;
        // `min`/`max` hold the two ends.
        FigureRule(name: "count.range",
                   pattern: [.number(hangul: false), .gap(1), .literal(["~"]), .gap(1), .number(hangul: false),
                             .gap(1), .word(counters)]) { m, t in
            guard m.numbers.count == 2, let unit = m.words.last else { return .block }
            let lo = m.numbers[0], hi = m.numbers[1]
            guard lo.value.isInteger, hi.value.isInteger, lo.value.units >= 0,
                  let a = lo.value.timesPow10(0), let b = hi.value.timesPow10(0), a.units <= b.units else { return .block }
            let q = QualifierWords.read(around: m.range, in: t, allowBounds: false)
            let item = CountItems.item(number: hi.range, counterEnd: unit.range.upperBound, in: t)
            return .value(CountValue(value: a.units, unit: unit.text, item: item, approx: q.approx || lo.approx || hi.approx,
                                     min: a.units, max: b.units))
        },
        // `445개`, `6곳`, `1만 명`, `11개교`, `30여 개`.
        FigureRule(name: "count.counter", pattern: [.number(hangul: false), .gap(1), .word(counters)]) { m, t in
            guard let n = m.numbers.first, let unit = m.words.first, case .counter(let gapAllowed) = unit.info.kind else {
                return .reject
            }
            let glued = n.range.upperBound == unit.range.lowerBound
            // `8만 4천 호`, `14만 9천 농가`: a count of households written in Hangul units may stand
            // apart from its counter.
            let endsInHangulUnit = FigureScalars.isHangul(t.s[n.range.upperBound - 1])
            if !glued, !gapAllowed, !n.endsWithScale, !(Self.households.contains(t.s, unit.range) && endsInHangulUnit) { return .reject }
            guard n.value.isInteger, n.value.units >= 0, let v = n.value.timesPow10(0) else { return .reject }
            let s = t.s
            let after = unit.range.upperBound
            // `1명당 500만원`, `1개소 당 10억원`: the unit a rate is per, not a count of anything.
            if FigureText.perMarkerFollows(s, after, end: t.end) { return .reject }
            let k = t.skipGap(after, maxSpaces: 1)
            if unit.text == "대" {
                // `3대 1`: a ratio or score. `20대 청년`: an age group.
                if k < t.end, FigureScalars.isDigit(s[k]) { return .reject }
                if ageWords.contains(where: { FigureScalars.has(s, at: k, end: t.end, $0) }) { return .reject }
                if after < t.end, s[after] == "의", v.units % 10 == 0, v.units <= 90 {
                    let k2 = t.skipGap(after + 1, maxSpaces: 1)
                    if ageWords.contains(where: { FigureScalars.has(s, at: k2, end: t.end, $0) }) { return .reject }
                }
                if after < t.end, s[after] == "1" || s[after] == ":" { return .reject }
                // `구미1대`, `부천1대`: a college's name, the number glued to the word before it.
                if n.range.lowerBound > 0, FigureScalars.isHangul(s[n.range.lowerBound - 1]) { return .reject }
            }
            if Self.households.contains(t.s, unit.range) {
                // `14만 호`, `1,200호`, `1,000세대`, `77만 농가` are households; `1호 기업`, `19호 태풍` and
                // `5세대 이동통신` are ordinals and generations — small numbers without a scale word.
                if !n.endsWithScale, v.units < 100 { return .reject }
                // `공고 제2012 – 457호`: the number of a notice after its year, not 457 households.
                if unit.text == "호", Self.followsYearAndDash(s, before: n.range.lowerBound) { return .reject }
                // `3호선`, `2호기`, `150호점`: another word that starts with 호.
                if unit.text == "호", after < t.end, FigureScalars.isHangul(s[after]),
                   !Self.particlesAfterDwellings.contains(s[after]) { return .reject }
            }
            // A bare number before the counter that continues a range or list (`1~3`) is handled
            // by the range blocker; `~3개` with nothing before the tilde is an upper bound, read as is.
            let q = QualifierWords.read(around: m.range, in: t, allowBounds: true)
            // `77만 농가`: the counter is itself the noun counted; the words around are not.
            let item = Self.nounCounters.contains(t.s, unit.range) ? nil : CountItems.item(number: n.range, counterEnd: after, in: t)
            // `3개 이상` → min 3, bound `이상`; `최대 5곳` → max 5, bound `최대`.
            var c = CountValue(value: v.units, unit: unit.text, item: item, approx: q.approx || n.approx, bound: q.bound)
            if q.bound != nil {
                if q.isLowerBound { c.min = v.units } else { c.max = v.units }
            }
            return .value(c)
        },
    ]
}

extension CountRules {
    /// A year and a dash before `i`, blanks allowed around the dash (`2012 – 457`, `2024-622`).
    static func followsYearAndDash(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j] == " " { j -= 1 }
        guard j >= 0, s[j] == "-" || s[j] == "–" || s[j] == "—" || s[j] == "‐" || s[j] == "−" else { return false }
        j -= 1
        while j >= 0, s[j] == " " { j -= 1 }
        guard j >= 3 else { return false }
        var year = 0
        for k in (j - 3)...j {
            guard FigureScalars.isDigit(s[k]) else { return false }
            year = year * 10 + Int(s[k].value - 0x30)
        }
        if j >= 4, FigureScalars.isDigit(s[j - 4]) { return false }
        return year >= 1900 && year <= 2099
    }
}

extension FigureText {
    /// `당` right after a counter, glued or after one space and closing the word (`1명당`,
    /// `1개소 당`): the figure is what a rate is per.
    static func perMarkerFollows(_ s: [Unicode.Scalar], _ after: Int, end: Int) -> Bool {
        var k = after
        if k < end, s[k] == " " { k += 1 }
        guard k < end, s[k] == "당" else { return false }
        return k + 1 >= end || !FigureScalars.isHangul(s[k + 1])
    }
}
