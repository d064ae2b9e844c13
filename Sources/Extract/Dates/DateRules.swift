/// What a rule read at one position.
struct DateRuleMatch: Sendable {
    var end: Int
    var point: DatePoint
    /// Appended to the rule name (`year.month`, `dot.time`…).
    var variant: String = ""
    /// A bare number that only makes sense as the start of a period (`2024~2028년`, `3~5월`).
    var bare: (value: Int, digits: Int)? = nil
}

/// One date rule, Duckling style: a name (it travels into `Mention.rule`), the pattern it reads
/// (documentation), what kind of scalar it starts on, and the function that reads it.
struct DateRule: Sendable {
    enum Trigger: Sendable {
        /// A digit that starts a number (not inside `1,516`, `2.5`, `044-203`) of `digits` digits,
        /// followed right away by one of `followers`. What the rule reads cannot start elsewhere,
        /// so the scan tries the rule only there (`DateExtractor.atoms`): most numbers (`2조`,
        /// `30개`, `5%`) are followed by nothing a date rule reads, and trying all rules at each
        /// cost most of the date extractor's time.
        case digit(digits: ClosedRange<Int>, followers: [UInt32])
        /// The apostrophe of a short year, a digit right after it (`'25`; `’ ‘ ´` and backquote
        /// are folded to it); most apostrophes open or close a quotation.
        case apostrophe
        /// A Hangul syllable starting a word, one of these words (a blank inside a word matches
        /// any blanks, as in `DateText.spacedWord`). The scan tries the rule only where the first
        /// two scalars may begin one of them.
        case hangul([[UInt32]])
    }

    let name: String
    let pattern: String
    let trigger: Trigger
    let read: @Sendable (DateText, Int) -> DateRuleMatch?
}

enum DateRules {
    typealias L = DateLexicon
    typealias T = DateTails

    static let all: [DateRule] = [
        ymdSeparated, yearMonthDot, yearKorean, yearTwoDigits, shortYear, monthDayWeekday, monthDayKorean,
        quarterAlone, bareBeforeTilde, relativeYear, relativeMonth, relativeDay, pastOrComing, halfAlone,
    ]

    static func year4(_ t: DateText, at i: Int, in range: ClosedRange<Int>) -> (value: Int, end: Int)? {
        guard let y = t.number(at: i), y.digits == 4, range.contains(y.value) else { return nil }
        return (y.value, y.end)
    }

    /// A year written with two digits (`'24`, `25년 상반기`): 20YY, marked so that the resolver can
    /// move it a century back against the reference date (`DateResolver.century`).
    static func shortYearPoint(_ yy: Int) -> DatePoint {
        var p = DatePoint(year: .absolute(2000 + yy))
        p.shortYear = true
        return p
    }

    // MARK: written years

    static let ymdSeparated = DateRule(
        name: "ymd", pattern: "YYYY.M.D(.)? | YYYY-MM-DD | YYYY/M/D, then ( HH:MM(:SS)?)?",
        trigger: .digit(digits: 4...4, followers: [L.dot, 0x2D, 0x2F])
    ) { t, i in
        guard let y = year4(t, at: i, in: 1900...2100) else { return nil }
        let sep = t[y.end]
        guard sep == 0x2E || sep == 0x2D || sep == 0x2F else { return nil }
        let dotted = sep == 0x2E
        var j = y.end + 1
        if dotted { j = t.blanks(from: j) }
        guard let m = t.number(at: j), m.digits <= 2, t[m.end] == sep else { return nil }
        var k = m.end + 1
        if dotted { k = t.blanks(from: k) }
        guard let d = t.number(at: k), d.digits <= 2, CalendarDate.isValid(year: y.value, month: m.value, day: d.value) else { return nil }
        var end = d.end
        if !dotted, t[end] == sep || t[i - 1] == sep { return nil }        // 2025-01-02-3 is a code
        if dotted, t[end] == 0x2E, !DateText.isDigit(t[end + 1]) { end += 1 }
        if dotted, t[end] == 0x2E { return nil }                          // 2025.1.2.3 is a version
        var point = DatePoint(year: .absolute(y.value), month: m.value, day: d.value)
        var variant = dotted ? "dot" : (sep == 0x2D ? "dash" : "slash")
        let tpos = t.blanks(from: end)
        if tpos > end, let c = T.clock(t, at: tpos), !DateText.isDigit(t[c.end]) {
            point.setTime(hour: c.hour, minute: c.minute, second: c.second)
            end = c.end
            variant += ".time"
        } else if tpos > end, let time = T.timeOfDay(t, at: end), let h = time.hour {
            point.setTime(hour: h, minute: time.minute)       // 2024.03.05 오후 2:30
            end = time.end
            variant += ".time"
        }
        return DateRuleMatch(end: end, point: point, variant: variant)
    }

    static let yearMonthDot = DateRule(name: "ym", pattern: "YYYY. M(월)?", trigger: .digit(digits: 4...4, followers: [L.dot])) { t, i in
        guard let y = year4(t, at: i, in: 1900...2100), t[y.end] == L.dot else { return nil }
        let j = t.blanks(from: y.end + 1)
        guard let m = t.number(at: j), m.digits <= 2, m.value >= 1, m.value <= 12 else { return nil }
        let point = DatePoint(year: .absolute(y.value), month: m.value)
        if t[m.end] == L.wol, T.datePartMayEnd(t, at: m.end + 1) { return DateRuleMatch(end: m.end + 1, point: point, variant: "dot") }
        if t[m.end] == L.dot, DateText.isDigit(t[t.blanks(from: m.end + 1)]) { return nil }
        guard T.datePartMayEnd(t, at: m.end) else { return nil }
        return DateRuleMatch(end: m.end, point: point, variant: "dot")
    }

    static let fiscalYear = Array("회계연도".unicodeScalars.map(\.value))
    static let fiscalYearOld = Array("회계년도".unicodeScalars.map(\.value))

    static let yearKorean = DateRule(
        name: "year", pattern: "YYYY년(도)? ( M월( D일)? | 상반기 | N분기 )? | YYYY회계연도 | YYYY학년도",
        trigger: .digit(digits: 4...4, followers: [L.nyeon, fiscalYear[0], L.schoolYear[0]])
    ) { t, i in
        guard let y = year4(t, at: i, in: 1800...2199) else { return nil }
        // `2023회계연도 결산`: a fiscal year, written without 년.
        if let fiscal = t.word(fiscalYear, at: y.end) ?? t.word(fiscalYearOld, at: y.end), T.datePartMayEnd(t, at: fiscal) {
            return DateRuleMatch(end: fiscal, point: DatePoint(year: .absolute(y.value)), variant: "fiscal")
        }
        // `2024학년도`: a school year, named by the year it starts in.
        if let school = t.word(L.schoolYear, at: y.end), T.datePartMayEnd(t, at: school) {
            return DateRuleMatch(end: school, point: DatePoint(year: .absolute(y.value)), variant: "school")
        }
        guard t[y.end] == L.nyeon else { return nil }
        var end = y.end + 1
        let next = t[end]
        if next == L.dae || next == L.gan || next == L.jjae { return nil }   // 2020년대, 년간
        if next == L.do_ { end += 1 }
        var point = DatePoint(year: .absolute(y.value))
        if let tail = T.afterYear(t, at: end, point: &point) {
            return DateRuleMatch(end: tail.end, point: point, variant: "korean." + tail.variant)
        }
        guard T.datePartMayEnd(t, at: end) else { return nil }
        return DateRuleMatch(end: end, point: point, variant: "korean")
    }

    /// `25년 상반기`, `24년 3월`: two digits and 년 are a year only with a month, half or quarter
    /// after them (`25년` alone is a duration).
    static let yearTwoDigits = DateRule(
        name: "year2", pattern: "YY년 ( M월( D일)? | 상반기 | N분기 ) | YY년 예산 | YY년도 | YY.M월",
        trigger: .digit(digits: 2...2, followers: [L.nyeon, L.dot])
    ) { t, i in
        guard let y = t.number(at: i), y.digits == 2 else { return nil }
        // `(23.12월 말)`: a short year without its apostrophe, a dot and a month with 월.
        if t[y.end] == L.dot, let m = t.number(at: y.end + 1), m.digits <= 2, m.value >= 1, m.value <= 12,
           t[m.end] == L.wol, T.datePartMayEnd(t, at: m.end + 1) {
            var point = shortYearPoint(y.value)
            point.month = m.value
            return DateRuleMatch(end: m.end + 1, point: point, variant: "dot.month")
        }
        guard t[y.end] == L.nyeon else { return nil }
        var point = shortYearPoint(y.value)
        // `25년도 예산`: `년도` names a (fiscal) year, never a length of time.
        if t[y.end + 1] == L.do_, !DateText.isDigit(t[i - 1]) {
            let end = y.end + 2
            if let tail = T.afterYear(t, at: end, point: &point), t.blanks(from: end) > end {
                return DateRuleMatch(end: tail.end, point: point, variant: "fiscal." + tail.variant)
            }
            guard T.datePartMayEnd(t, at: end) else { return nil }
            return DateRuleMatch(end: end, point: point, variant: "fiscal")
        }
        if let tail = T.afterYear(t, at: y.end + 1, point: &point), t.blanks(from: y.end + 1) > y.end + 1 {
            return DateRuleMatch(end: tail.end, point: point, variant: "korean." + tail.variant)
        }
        // `18년 예산 대비 2.7% 증가`: a budget is a year's; `향후 10년 예산` is the length of a plan.
        let b = t.blanks(from: y.end + 1)
        guard b > y.end + 1, t.word(L.budget, at: b) != nil, !DateDurations.hasLeadingWord(t, before: i) else { return nil }
        return DateRuleMatch(end: y.end + 1, point: point, variant: "budget")
    }

    static let shortYear = DateRule(
        name: "short-year",
        pattern: "'YY ( 년(도)? ( M월( D일)? | 상반기 | N분기 | 안 )? | .M(월)? | .M.D | .N분기 | .上 | .下 | .상반기 | 안 )?",
        trigger: .apostrophe
    ) { t, i in
        let before = t[i - 1]
        guard !DateText.isDigit(before), !DateText.isLetter(before),
              let yy = t.number(at: i + 1), yy.digits == 2 else { return nil }
        var point = shortYearPoint(yy.value)
        let j = yy.end
        if t[j] == L.nyeon {
            var end = j + 1
            let next = t[end]
            if next == L.dae || next == L.gan || next == L.jjae { return nil }
            if next == L.do_ { end += 1 }
            if let tail = T.afterYear(t, at: end, point: &point) {
                return DateRuleMatch(end: tail.end, point: point, variant: "year." + tail.variant)
            }
            if let draft = T.draft(t, at: end) { return DateRuleMatch(end: draft, point: point, variant: "year.draft") }
            guard T.datePartMayEnd(t, at: end) else { return nil }
            return DateRuleMatch(end: end, point: point, variant: "year")
        }
        if t[j] == L.dot {
            let k = t.blanks(from: j + 1)
            if let q = T.quarter(t, at: k) {
                point.quarter = q.quarter
                return DateRuleMatch(end: q.end, point: point, variant: "dot.quarter")
            }
            if t[k] == L.upper || t[k] == L.lower {
                point.half = t[k] == L.upper ? 1 : 2
                return DateRuleMatch(end: k + 1, point: point, variant: "dot.half")
            }
            if let h = T.half(t, at: k) {
                point.half = h.half
                return DateRuleMatch(end: h.end, point: point, variant: "dot.half")
            }
            if let m = t.number(at: k), m.digits <= 2, m.value >= 1, m.value <= 12 {
                point.month = m.value
                if t[m.end] == L.wol, T.datePartMayEnd(t, at: m.end + 1) {
                    return DateRuleMatch(end: m.end + 1, point: point, variant: "dot.month")
                }
                if t[m.end] == L.dot, let d = t.number(at: m.end + 1), d.digits <= 2,
                   CalendarDate.isValid(year: 2000 + yy.value, month: m.value, day: d.value) {
                    point.day = d.value
                    var end = d.end
                    if t[end] == L.dot, !DateText.isDigit(t[end + 1]) { end += 1 }
                    return DateRuleMatch(end: end, point: point, variant: "dot.day")
                }
                if T.datePartMayEnd(t, at: m.end) {
                    return DateRuleMatch(end: m.end, point: point, variant: "dot.month")
                }
                point.month = nil
            }
        }
        // A bare short year: `('24)`, `'24~'28`, `93%('28)`; `'25. 5개` reads as `'25`.
        if let draft = T.draft(t, at: j) { return DateRuleMatch(end: draft, point: point, variant: "draft") }
        // `('24예산)`: the year's budget, 예산 glued to the year.
        if t.word(L.budget, at: j) != nil { return DateRuleMatch(end: j, point: point, variant: "bare") }
        let next = t[j]
        if next == L.dot {     // `'24.5%`-like decimals have a digit right after the dot
            return DateText.isDigit(t[j + 1]) ? nil : DateRuleMatch(end: j, point: point, variant: "bare")
        }
        guard T.datePartMayEnd(t, at: j), next != L.apostrophe else { return nil }
        return DateRuleMatch(end: j, point: point, variant: "bare")
    }

    // MARK: month and day without a year

    static let monthDayWeekday = DateRule(
        name: "month-day", pattern: "M.D.(요일) | M/D(요일)", trigger: .digit(digits: 1...2, followers: [L.dot, 0x2F])
    ) { t, i in
        guard let m = t.number(at: i), m.digits <= 2, m.value >= 1, m.value <= 12 else { return nil }
        let sep = t[m.end]
        guard sep == L.dot || sep == 0x2F else { return nil }
        let k = sep == L.dot ? t.blanks(from: m.end + 1) : m.end + 1
        guard let d = t.number(at: k), d.digits <= 2, d.value >= 1, d.value <= 31 else { return nil }
        var end = d.end
        if sep == L.dot, t[end] == L.dot { end += 1 }
        // `정부는 3.26일 …`: month and day apart by a dot, the day marked by 일 (not `1.5일간`).
        if sep == L.dot, end == d.end, t[end] == L.il, k == m.end + 1, L.monthDotDayFollowers.contains(value: t[end + 1])
            || (d.digits == 2 && !L.durationFollowers.contains(value: t[t.blanks(from: end + 1)])) {
            let p = t.previousNonBlank(before: i)
            guard p < 0 || !(DateText.isDigit(t[p]) || t[p] == L.dot || t[p] == L.apostrophe) else { return nil }
            return DateRuleMatch(end: end + 1, point: DatePoint(year: .unspecified, month: m.value, day: d.value),
                                 variant: "dot.day")
        }
        guard T.weekday(t, at: t.blanks(from: end)) != nil else { return nil }
        return DateRuleMatch(end: end, point: DatePoint(year: .unspecified, month: m.value, day: d.value), variant: "weekday")
    }

    static let monthDayKorean = DateRule(
        name: "month-day", pattern: "M월( D일)? | D일 (오전|오후)?", trigger: .digit(digits: 1...2, followers: [L.wol, L.il])
    ) { t, i in
        // `매년 3월` recurs every year; it is not one date.
        let p = t.previousNonBlank(before: i)
        for w in L.recurring where p - w.count + 1 >= 0 && t.word(w, at: p - w.count + 1) != nil { return nil }
        var point = DatePoint(year: .unspecified)
        if let md = T.monthDay(t, at: i, point: &point) {
            return L.isFactor(t, at: p) ? nil : DateRuleMatch(end: md.end, point: point, variant: md.variant)
        }
        if let end = T.day(t, at: i, point: &point) {
            if L.isFactor(t, at: p) { return nil }
            // `30일 밝혔다` in a text of 12월 10일: the 30th of last month, not of this one.
            if T.reportedPast(t, after: end) { point.year = .past }
            return DateRuleMatch(end: end, point: point, variant: "day")
        }
        return nil
    }

    static let quarterAlone = DateRule(
        name: "quarter", pattern: "N분기 | N/4분기", trigger: .digit(digits: 1...1, followers: [L.bungi[0], 0x2F])
    ) { t, i in
        guard let q = T.quarter(t, at: i) else { return nil }
        return DateRuleMatch(end: q.end, point: DatePoint(year: .unspecified, quarter: q.quarter))
    }

    /// A number right before `~` or `·`: the start of a period (or list) whose unit is written only
    /// at its end (`2024~2028년`, `3~5월`, `2037·2038년`, `3·4분기`).
    static let bareBeforeTilde = DateRule(
        // After the number: the tilde or dot, blanks before a tilde, or the dash of `2022-2023년`.
        name: "bare", pattern: "N ~ | N· | YYYY-YYYY년",
        trigger: .digit(digits: 1...4, followers: [L.tilde, L.middleDot, 0x2D, 0x20, 0x09])
    ) { t, i in
        guard let n = t.number(at: i), n.digits <= 4 else { return nil }
        let next = t[t.blanks(from: n.end)]
        guard next == L.tilde || (next == L.middleDot && t[n.end] == L.middleDot) || DateText.yearDashYear(t, at: i) else { return nil }
        return DateRuleMatch(end: n.end, point: DatePoint(year: .unspecified), bare: (n.value, n.digits))
    }

    // MARK: words

    /// A relative word ends a word, or is followed by a particle (`올해는`, `지난해보다`, `전년대비`);
    /// after a number `대` is a counter (`'10대`, `5월대`), after a word it starts `대비`.
    static func wordEnds(_ t: DateText, at k: Int) -> Bool {
        let c = t[k]
        return !DateText.isHangul(c) || L.followers.contains(value: c) || c == L.dae
    }

    static let relativeYear = DateRule(
        name: "relative-year", pattern: "올해|금년|내년|지난해|작년|전년… (도)? ( M월( D일)? | 상반기 | N분기 )? | 올 ( M월 | 하반기 | N분기 | 한 해 )",
        trigger: .hangul(L.relativeYears.map(\.0) + [L.olAlone])
    ) { t, i in
        // `올 하반기`, `올 3월`, `올 한 해`: 올 alone (this year) only with what it dates; `올 것` is a verb.
        if t[i] == L.ol, DateText.isBlank(t[i + 1]) {
            var point = DatePoint(year: .offset(0))
            if let tail = T.afterYear(t, at: i + 1, point: &point) {
                return DateRuleMatch(end: tail.end, point: point, variant: "ol." + tail.variant)
            }
            let k = t.blanks(from: i + 1)
            if let e = t.spacedWord(L.wholeYear, at: k), wordEnds(t, at: e) {
                return DateRuleMatch(end: e, point: point, variant: "ol")
            }
            return nil
        }
        guard let word = t.longest(L.relativeYears, at: i) else { return nil }
        var end = word.end
        if t[end - 1] == L.nyeon, t[end] == L.do_ { end += 1 }       // 내년도, 전년도
        guard wordEnds(t, at: end) else { return nil }
        var point = DatePoint(year: .offset(word.value))
        if let tail = T.afterYear(t, at: end, point: &point) {
            return DateRuleMatch(end: tail.end, point: point, variant: tail.variant)
        }
        return DateRuleMatch(end: end, point: point)
    }

    static let relativeMonth = DateRule(
        name: "relative-month", pattern: "이달|지난달|다음 달|전월|익월… ( D일)?",
        trigger: .hangul(L.relativeMonths.map(\.0))
    ) { t, i in
        guard let word = t.longest(L.relativeMonths, at: i), wordEnds(t, at: word.end) else { return nil }
        var point = DatePoint(year: .monthOffset(word.value))
        let k = t.blanks(from: word.end)
        if let end = T.day(t, at: k, point: &point) {
            return DateRuleMatch(end: end, point: point, variant: "day")
        }
        return DateRuleMatch(end: word.end, point: point)
    }

    static let relativeDay = DateRule(
        name: "relative-day", pattern: "오늘|이날|어제|전날|그제…", trigger: .hangul(L.relativeDays.map(\.0))
    ) { t, i in
        guard let word = t.longest(L.relativeDays, at: i), wordEnds(t, at: word.end) else { return nil }
        // A word start: `이날` inside `그이날` or `전날` inside `출전날` is another word.
        guard i == 0 || !DateText.isHangul(t[i - 1]) else { return nil }
        var point = DatePoint(year: .dayOffset(word.value))
        point.anaphoric = t.spacedWord(L.thatDay, at: i) != nil
        return DateRuleMatch(end: word.end, point: point)
    }

    static let pastOrComing = DateRule(
        name: "past-or-coming", pattern: "(지난|오는) ( M월( D일)? | D일 )", trigger: .hangul(L.pastOrComing.map(\.0))
    ) { t, i in
        guard let word = t.longest(L.pastOrComing, at: i) else { return nil }
        let k = t.blanks(from: word.end)
        var point = DatePoint(year: word.value)
        let name = word.value == .past ? "past." : "coming."
        if let md = T.monthDay(t, at: k, point: &point) {
            return DateRuleMatch(end: md.end, point: point, variant: name + md.variant)
        }
        if let end = T.day(t, at: k, point: &point) {
            return DateRuleMatch(end: end, point: point, variant: name + "day")
        }
        return nil
    }

    static let halfAlone = DateRule(
        name: "half", pattern: "상반기|하반기|전반기|후반기", trigger: .hangul(L.halves.map(\.0))
    ) { t, i in
        guard let h = T.half(t, at: i) else { return nil }
        return DateRuleMatch(end: h.end, point: DatePoint(year: .unspecified, half: h.half))
    }
}
