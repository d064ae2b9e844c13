import SourceText

/// Lengths of time, their own mention type (`duration`), read by the date extractor where no date
/// was read: `4년` → `P4Y`, `9개월` → `P9M`, `5년간` → `P5Y`, `3주` → `P3W`, `10일간` → `P10D`,
/// `24시간` → `PT24H`, `30분간` → `PT30M`, `1년 6개월` → `P1Y6M`, `1년 반` → `P1Y6M`; native words
/// too: `하루` `P1D`, `이틀간` `P2D`, `열흘` `P10D`, `보름` `P15D`, `한 달` `P1M`, `석 달` `P3M`,
/// `한 해` `P1Y`, `두 주` `P2W`, `반년` `P6M`; `향후 5년간`, `최근 10년`, `지난 20년간` keep their
/// leading word in the span, `약 3년`, `10여 년`, `3년여` are approximate.
///
/// What is not a duration, by the language:
/// - a year: four digits (`2025년`) or an apostrophe (`'25년`) are dates (read before this);
/// - `N년대` (a decade), `N년생` (a birth year), `N년차`/`N년째` (ordinals: the Nth year), `N년도`,
///   `N년제` — any Hangul after the unit other than a particle, `간`, `치`, `여`;
/// - `N개년` right before a plan word (`생산기술발전 5개년 계획`, `5개년 기본계획`): part of the
///   plan's name, not a length of something happening; elsewhere (`향후 3개년간`) it is one;
/// - `N일` without `간`/`동안`/`이내`/`내`/`만에`/`전`/`후` after it: a day of the month;
/// - `N주년` (an anniversary), `N주` above 52 (shares);
/// - `N분` without `간`/`동안`/`이내` (a time of day: `3시 30분`), `N분기` (a quarter);
/// - one end of a range (`4~5년`, `1~2년 내`): a single value would be wrong, so none;
/// - ages (`60세`, `20대`) and counts (`5개`) use other counters and are never read here.
enum DateDurations {
    typealias L = DateLexicon

    /// ISO 8601 designators, coarse to fine.
    enum Unit: Int {
        case year = 0, month, week, day, hour, minute

        var designator: String {
            switch self {
            case .year: return "Y"
            case .month: return "M"
            case .week: return "W"
            case .day: return "D"
            case .hour: return "H"
            case .minute: return "M"
            }
        }
    }

    static let gaewol = L.w("개월"), gaenyeon = L.w("개년"), sigan = L.w("시간")
    static let dal = L.c("달"), ju = L.c("주"), yeo = L.c("여"), chi = L.c("치")
    static let dongan = L.w("동안"), inae = L.w("이내"), mane = L.w("만에")
    /// Words before a duration that belong to it: `향후 5년간`, `최근 10년`, `지난 20년간`.
    static let leading: [([UInt32], DurationAnchor?)] = [
        (L.w("향후"), .ahead), (L.w("최근"), .back), (L.w("지난"), .back), (L.w("앞으로"), .ahead), (L.w("과거"), .back),
        (L.w("이후"), nil),   // `이후 3년간`: after some event named before, not after the document's date
    ]
    static let about = L.w("약")
    /// The last words of a plan's name (`5개년 계획`, `5개년 기본계획`).
    static let planEnds: [[UInt32]] = [L.w("계획"), L.w("사업"), L.w("전략"), L.w("로드맵"), L.w("프로그램"), L.w("플랜")]

    static let ban = L.c("반")
    /// What may follow the `반` of `1년 반`: `간` and a few particles (`반만에`, `반이`, `반의`).
    static let afterBan: ScalarSet = ScalarSet("간만이은을의에".unicodeScalars)

    /// Native words for a number of days: `하루`, `이틀`, `사흘`, `나흘`, `열흘`, `보름`.
    static let days: [([UInt32], Int)] = [
        (L.w("하루"), 1), (L.w("이틀"), 2), (L.w("사흘"), 3), (L.w("나흘"), 4), (L.w("닷새"), 5), (L.w("엿새"), 6),
        (L.w("열흘"), 10), (L.w("보름"), 15),
    ]
    /// Native numerals before `달`, `해`, `주`: `한 달`, `두 달`, `석 달`, `한 해`, `두 주`.
    static let numerals: [([UInt32], Int)] = [
        (L.w("한"), 1), (L.w("두"), 2), (L.w("세"), 3), (L.w("석"), 3), (L.w("네"), 4), (L.w("넉"), 4),
        (L.w("다섯"), 5), (L.w("여섯"), 6), (L.w("일곱"), 7), (L.w("여덟"), 8), (L.w("아홉"), 9), (L.w("열"), 10),
    ]
    static let nativeFirsts = (days + numerals).compactMap(\.0.first) + [L.c("반")]
    /// Where `scan` stops: a digit or the first syllable of a native duration.
    static let starts = DateText.marks(Array(UInt32(0x30)...0x39) + nativeFirsts)
    static let banNyeon = L.w("반년")
    /// What may follow the first syllable of a native duration: the second letter of a word (or
    /// of `반년`), or after a one-letter numeral (`한 달`, `석달`) a blank or `달`. Asked before
    /// `native` is, which most syllables in `nativeFirsts` (`한국`, `두고`) would fail.
    static let nativeSeconds = ScalarSet(values: (days + numerals).flatMap { $0.0.count > 1 ? [$0.0[1]] : [0x20, 0x09, dal] }
        + [banNyeon[1]])
    /// The first scalars of what `one` reads after a number: `여` (`10여 년`) or a unit (`개월`,
    /// `개년`, `시간`, `년`, `달`, `주`, `일`, `분`).
    static let unitFirsts: [UInt32] = [yeo, gaewol[0], sigan[0], L.nyeon, dal, ju, L.il, L.bun]

    /// Whether a unit (or `여`) follows the number at `i`: `read` finds no duration elsewhere,
    /// and most numbers (`2조`, `30개`) have none.
    static func unitMayFollow(_ t: DateText, _ i: Int) -> Bool {
        var e = i
        while DateText.isDigit(t[e]) { e += 1 }
        return unitFirsts.contains(t[e])
    }

    /// What may follow a native duration: a particle, `간`, `동안`…, or not a Hangul syllable.
    static func nativeEnds(_ t: DateText, at k: Int) -> Int? {
        let c = t[k]
        if c == L.gan { return k + 1 }
        if !DateText.isHangul(c) || (L.followers.contains(value: c) && c != L.do_) { return k }
        return nil
    }

    /// `하루`, `이틀간`, `열흘 만에`, `한 달`, `두달간`, `석 달`, `한 해`, `두 주`, `반년`.
    static func native(_ t: DateText, at i: Int) -> (end: Int, iso: String)? {
        if let w = t.word(banNyeon, at: i), let e = nativeEnds(t, at: w) { return (e, "P6M") }
        if let d = t.longest(days, at: i), let e = nativeEnds(t, at: d.end) { return (e, "P" + String(d.value) + "D") }
        guard let n = t.longest(numerals, at: i) else { return nil }
        let k = t.blanks(from: n.end)
        let unit: String
        switch t[k] {
        case dal: unit = "M"
        case L.c("해") where k > n.end: unit = "Y"            // `한 해`; `한해` is another word
        case ju where k > n.end: unit = "W"                    // `두 주`
        default: return nil
        }
        guard let e = nativeEnds(t, at: k + 1) else { return nil }
        return (e, "P" + String(n.value) + unit)
    }

    /// Where a duration starting at `i` starts with its leading word (`향후`, `최근`, `지난`…, or
    /// `약`, which makes it approximate).
    static func leadingStart(_ t: DateText, before i: Int) -> (start: Int, approx: Bool, anchor: DurationAnchor?) {
        let p = t.previousNonBlank(before: i)
        guard p >= 0 else { return (i, false, nil) }
        if t[p] == about[0], t.startsWord(at: p) { return (p, true, nil) }
        for (w, anchor) in leading where p - w.count + 1 >= 0 && t.word(w, at: p - w.count + 1) != nil && t.startsWord(at: p - w.count + 1) {
            return (p - w.count + 1, false, anchor)
        }
        return (i, false, nil)
    }

    /// Whether a leading word of a duration (`향후`, `최근`, `지난`…) stands right before `i`.
    static func hasLeadingWord(_ t: DateText, before i: Int) -> Bool {
        let p = t.previousNonBlank(before: i)
        for (w, _) in leading where p - w.count + 1 >= 0 && t.word(w, at: p - w.count + 1) != nil && t.startsWord(at: p - w.count + 1) {
            return true
        }
        return false
    }

    static func scan(_ t: DateText, outside dates: [Range<Int>]) -> [Mention] {
        var out: [Mention] = []
        var d = 0
        var i = 0
        let n = t.count
        // Read once: a static read in the scan costs a `swift_once` check at every syllable.
        let starts = Self.starts, nativeSeconds = Self.nativeSeconds
        while true {
            i = t.firstMarked(from: i, starts)
            guard i < n else { break }
            let v = t[i]
            let digit = DateText.isDigit(v)
            while d < dates.count, dates[d].upperBound <= i { d += 1 }
            if d < dates.count, dates[d].contains(i) { i = dates[d].upperBound; continue }
            if !digit {
                if t.startsWord(at: i), nativeSeconds.contains(value: t[i + 1]), let m = native(t, at: i), d >= dates.count || dates[d].lowerBound >= m.end {
                    let lead = leadingStart(t, before: i)
                    out.append(Mention(range: lead.start..<m.end, value: .duration(DurationValue(value: m.iso, approx: lead.approx, anchor: lead.anchor)),
                                       rule: "duration.native"))
                    i = m.end
                } else {
                    i += 1
                }
                continue
            }
            if t.startsNumber(at: i), unitMayFollow(t, i), let m = read(t, at: i),
               d >= dates.count || dates[d].lowerBound >= m.end {
                let lead = leadingStart(t, before: i)
                out.append(Mention(range: lead.start..<m.end, value: .duration(DurationValue(value: m.iso, approx: m.approx || lead.approx, anchor: lead.anchor)),
                                   rule: "duration." + m.rule))
                i = m.end
                continue
            }
            while DateText.isDigit(t[i]) { i += 1 }
        }
        return out
    }

    /// A duration starting at the number at `i`: one or more `N unit` parts, coarse to fine.
    static func read(_ t: DateText, at i: Int) -> (end: Int, iso: String, approx: Bool, rule: String)? {
        // One end of a range (`4~5년`, `1-2년`, `2·3년`): not one length.
        let p = t.previousNonBlank(before: i)
        if p >= 0, t[p] == L.tilde || t[p] == 0x2D || t[p] == L.middleDot, DateText.isDigit(t[t.previousNonBlank(before: p)]) { return nil }
        if p >= 0, t[p] == L.c("제") { return nil }
        var parts: [(Unit, Int)] = []
        var j = i
        var end = i
        var approx = false
        var rule = ""
        while let part = one(t, at: j) {
            if let last = parts.last?.0, part.unit.rawValue <= last.rawValue || part.unit == .week || last == .week { break }
            parts.append((part.unit, part.value))
            approx = approx || part.approx
            rule = rule.isEmpty ? part.rule : rule + "+" + part.rule
            end = part.end
            if part.closed { break }
            j = t.blanks(from: end)             // `1년 6개월`, `1년6개월`
            guard t[end] != 0x0A else { break }
        }
        guard !parts.isEmpty else { return nil }
        // `1년 반` (a year and a half), `2시간 반`.
        if parts.count == 1, let unit = parts.last?.0, unit == .year || unit == .hour {
            let h = t.blanks(from: end)
            if t[h] == ban, !DateText.isHangul(t[h + 1]) || afterBan.contains(value: t[h + 1]) {   // not `1년 반도체`
                parts.append(unit == .year ? (.month, 6) : (.minute, 30))
                end = h + 1
                if t[end] == L.gan { end += 1 }
                rule += "+half"
            }
        }
        var iso = "P"
        var timed = false
        for (unit, value) in parts {
            if unit.rawValue >= Unit.hour.rawValue, !timed { iso += "T"; timed = true }
            iso += String(value) + unit.designator
        }
        return (end, iso, approx, rule)
    }

    /// One `N unit` at `j`. `closed` when a `간`, `동안`, `이내`… ended it (nothing finer follows).
    static func one(_ t: DateText, at j: Int) -> (unit: Unit, value: Int, end: Int, approx: Bool, closed: Bool, rule: String)? {
        guard let n = t.number(at: j), n.digits <= 3, n.value > 0 else { return nil }
        var k = n.end
        var approx = false
        if t[k] == yeo { approx = true; k = t.blanks(from: k + 1) }    // 10여 년
        let unit: Unit
        var u: Int
        if let e = t.word(gaewol, at: k) { unit = .month; u = e }
        else if let e = t.word(gaenyeon, at: k) {
            if planFollows(t, at: e) { return nil }
            unit = .year; u = e
        }
        else if let e = t.word(sigan, at: k) { unit = .hour; u = e }
        else if t[k] == L.nyeon { unit = .year; u = k + 1 }
        else if t[k] == dal { unit = .month; u = k + 1 }
        else if t[k] == ju, n.value <= 52 {
            unit = .week; u = k + 1
            if t[u] == L.il { u += 1 }                                  // 3주일
            if t[u] == L.nyeon { return nil }                            // 70주년
        }
        else if t[k] == L.il { unit = .day; u = k + 1 }
        else if t[k] == L.bun, t[k + 1] != L.gi { unit = .minute; u = k + 1 }     // not 분기
        else { return nil }
        let rule: String
        switch unit {
        case .year: rule = "years"
        case .month: rule = "months"
        case .week: rule = "weeks"
        case .day: rule = "days"
        case .hour: rule = "hours"
        case .minute: rule = "minutes"
        }
        if t[u] == yeo { approx = true; u += 1 }                          // 3년여
        if t[u] == L.gan { return (unit, n.value, u + 1, approx, true, rule) }
        let w = t.blanks(from: u)
        if t.word(dongan, at: w) != nil || t.word(inae, at: w) != nil || t.word(mane, at: w) != nil {
            return (unit, n.value, u, approx, true, rule)
        }
        if unit == .minute { return nil }     // `30분` alone is a time of day (`3시 30분`) or a share
        if unit == .day {
            // A day of the month unless a length word follows: `10일간`, `30일 이내`, `7일 전`, `3일내`.
            let c = t[w]
            guard c == L.c("전") || c == L.c("후") || c == L.c("내"),
                  !DateText.isHangul(t[w + 1]) || L.followers.contains(value: t[w + 1]) else { return nil }
            return (unit, n.value, u, approx, true, rule)
        }
        let c = t[u]
        if c == chi { return (unit, n.value, u, approx, true, rule) }    // 3년치
        if DateText.isHangul(c) {
            // 년대, 년생, 년차, 년째, 년도, 년제, 달러…: another word.
            guard L.followers.contains(value: c), c != L.do_ else { return nil }
            if c == L.c("내"), !(DateText.isHangul(t[u + 1]) ? L.followers.contains(value: t[u + 1]) : true) { return nil }
            return (unit, n.value, u, approx, true, rule)
        }
        if DateText.isDigit(c) {
            // `1년6개월`: only as the first part of a longer duration.
            guard let next = one(t, at: u), next.unit.rawValue > unit.rawValue, next.unit != .week, unit != .week else { return nil }
            return (unit, n.value, u, approx, false, rule)
        }
        if DateText.isLetter(c) || c == 0x25 { return nil }
        return (unit, n.value, u, approx, false, rule)
    }

    /// `5개년 계획`, `5개년 기본계획`: the next word ends a plan's name.
    static func planFollows(_ t: DateText, at e: Int) -> Bool {
        var j = t.blanks(from: e)
        let start = j
        while DateText.isHangul(t[j]) { j += 1 }
        guard j > start else { return false }
        for w in planEnds where j - w.count >= start && t.word(w, at: j - w.count) != nil { return true }
        // `계획을`, `사업의`: a particle after the plan word.
        for w in planEnds where j - 1 - w.count >= start && t.word(w, at: j - 1 - w.count) != nil { return true }
        return false
    }
}
