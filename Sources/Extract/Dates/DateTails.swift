/// The small pieces date rules are built from: a month and day after a year, a half or quarter,
/// a time of day, and the checks on what may follow a date.
enum DateTails {
    typealias L = DateLexicon

    // MARK: what may follow

    /// True when the scalar at `k` may follow a date: not a digit, a Latin letter or `%`, and a
    /// Hangul syllable only when it starts a particle (`에`, `부터`, `까지`, `중`…).
    static func datePartMayEnd(_ t: DateText, at k: Int) -> Bool {
        let c = t[k]
        if c == 0 { return true }
        if DateText.isDigit(c) || DateText.isLetter(c) || c == 0x25 { return false }
        if DateText.isHangul(c) { return L.followers.contains(value: c) }
        return true
    }

    /// Words after `N일` that make it a length (`3일 동안`, `30일 이내`, `3일 만에`, `3일 마다`), as
    /// data: built per call they cost more than the rest of the day's reading.
    static let lengthWords: [[UInt32]] = [L.w("동안"), L.w("이내"), L.w("만에"), L.w("마다")]
    static let halfHour = L.w("반"), weekdaySuffix = L.w("요일")

    /// `5일간`, `3일 간의`, `3일 동안`, `(18일) 동안`, `30일 이내`, `7일 전`, `10일내`, `시한 3일 남겨두고`,
    /// `개막을 5일 앞두고` — the number of days, not a date.
    static func dayIsDuration(_ t: DateText, after k: Int) -> Bool {
        let c = t[k]
        if c == L.gan || c == L.jjae || c == L.c("치") { return true }
        // `국감 기간(18일) 동안`: the length in parentheses, then 동안.
        let j = t.blanks(from: c == 0x29 ? k + 1 : k)
        for w in Self.lengthWords where t.word(w, at: j) != nil { return true }
        for w in L.daysLeftWords where t.word(w, at: j) != nil { return true }
        let w = t[j]
        // `3일 간의 연말 축제`: 간 written apart; not `3일 간담회`.
        if w == L.gan, j > k {
            let n = t[j + 1]
            return !DateText.isHangul(n) || n == L.c("의") || n == L.c("에") || n == L.c("은") || n == L.c("동")
        }
        if w == L.c("전") || w == L.c("후") || w == L.c("내") {
            let n = t[j + 1]
            return !DateText.isHangul(n) || n == L.c("에") || n == L.c("까") || n == L.c("부") || n == L.c("의")
        }
        return false
    }

    /// `28일 밝혔다`, `30일 국무회의에서 의결됐다`, `오늘(26일) 밝혔다`: the first verb after the
    /// day is in the past tense, so the day has already come (news reports what happened on or
    /// before its own date). The past tense shows as the final consonant ㅆ of 었/았/였/했/됐/혔;
    /// 있 (to be) and 겠 (will) carry the same consonant without being past; the past adnominal
    /// of an event verb (`30일 시청에서 열린`, `28일 발표한`) is past too. Words before the verb
    /// (`국무회의에서`, `예산안을`) are passed over; any other verb (`제출할`, `열린`, `개최되는`) or a
    /// comma or full stop ends the look without a past.
    ///
    /// A subject right after the day (`13일 행정안전부는 …`, `13일 정부가 …`) opens the main clause:
    /// the day is when its final verb happened (`… 협의해 … 교부할 예정이라고 밝혔다`), so that
    /// verb decides.
    static func reportedPast(_ t: DateText, after k: Int) -> Bool {
        var j = t[k] == 0x29 ? k + 1 : k                       // `오늘(26일) 밝혔다`
        for word in 0..<pastLookWords {
            let b = t.blanks(from: j)
            guard b > j else { return false }
            var e = b
            var last: UInt32 = 0, beforeLast: UInt32 = 0
            while true {
                let c = t[e]
                if c == 0 || DateText.isBlank(c) { break }
                // `5.6%`, `1,500억원`: a point or comma inside a number ends nothing.
                if L.clauseEnds.contains(value: c), !(DateText.isDigit(t[e - 1]) && DateText.isDigit(t[e + 1])) { return false }
                if DateText.isHangul(c) {
                    if Self.isPastSyllable(c) { return true }
                    beforeLast = last
                    last = c
                }
                e += 1
            }
            if e == b { return false }
            if word == 0, e - b >= 2, L.subjectParticles.contains(value: last),
               last != L.c("는") || !(L.verbBeforeNeun.contains(value: beforeLast) || L.openVerbStems.contains(value: beforeLast)) {
                return sentenceEndsInPast(t, from: e)
            }
            if L.verbFinals.contains(value: last), L.pastAdnominals.contains(String(String.UnicodeScalarView(t.scalars[b..<e]))) { return true }
            // `19일 … 심의회를 열고 결정했다`: a clause joined by 고/며 takes the tense of the verb that
            // ends it; not a quotation (`제출한다고`, `이라며`), whose verb is its own.
            if last == L.c("고") || last == L.c("며"), beforeLast != L.c("다"), beforeLast != L.c("라"), e - b >= 2 {
                j = e
                continue
            }
            if L.verbFinals.contains(value: last) || (last == L.c("는") && L.verbBeforeNeun.contains(value: beforeLast)) { return false }
            j = e
        }
        return false
    }

    /// Whether the sentence running on from `k` ends in a verb in the past tense (`…라고 밝혔다.`):
    /// its last word before `.` and a blank, or the line end, carries the ㅆ of 었/았/였/했/됐/혔.
    static func sentenceEndsInPast(_ t: DateText, from k: Int) -> Bool {
        var j = k
        var wordStart = k
        let limit = k + sentenceLookScalars
        while j < limit {
            let c = t[j]
            if c == 0 || c == 0x0A { break }
            if c == 0x2E, t[j + 1] == 0 || DateText.isBlank(t[j + 1]) || t[j + 1] == 0x0A { break }
            if DateText.isBlank(c) { wordStart = j + 1 }
            j += 1
        }
        guard j < limit else { return false }
        var i = wordStart
        while i < j {
            let c = t[i]
            if DateText.isHangul(c), Self.isPastSyllable(c) { return true }
            i += 1
        }
        return false
    }

    /// Whether the last word before `end` (after `from`) is a declarative `-다` without the past
    /// tense (`공시된다.`, `것이다.`, `있다.`); a past verb (`발표했다`) or a noun (`추진`) is not.
    static func endsInPresentDeclarative(_ t: DateText, before end: Int, from: Int) -> Bool {
        var e = end
        while e > from, !DateText.isHangul(t[e - 1]) { e -= 1 }
        guard e > from, t[e - 1] == L.c("다") else { return false }
        var b = e - 1
        while b > from, DateText.isHangul(t[b - 1]) { b -= 1 }
        for i in b..<e {
            let c = t[i]
            if Self.isPastSyllable(c) { return false }
        }
        return true
    }

    /// A Hangul syllable carrying the ㅆ of the past tense (었/았/였/했/됐/혔), not `있` or `겠`.
    @inline(__always)
    static func isPastSyllable(_ c: UInt32) -> Bool {
        (c - 0xAC00) % 28 == L.finalSsangSiot && c != L.c("있") && c != L.c("겠")
    }

    /// How far a sentence is followed to its final verb.
    static let sentenceLookScalars = 400

    /// How many words after a day are looked at for its verb.
    static let pastLookWords = 8

    /// `('21안)`, `'21년안`: the budget proposal (안) of that year, in budget tables — the end of
    /// the `안` when it closes the word.
    static func draft(_ t: DateText, at k: Int) -> Int? {
        guard t[k] == L.c("안"), !DateText.isHangul(t[k + 1]), !DateText.isDigit(t[k + 1]) else { return nil }
        return k + 1
    }

    /// `1일 2회`, `1일 3시간`: a rate per day, not the first of the month.
    static func perDay(_ t: DateText, after k: Int) -> Bool {
        guard let n = t.number(at: t.blanks(from: k)) else { return false }
        let c = t[n.end]
        if c == L.si { return t[n.end + 1] == L.gan }
        return DateText.isHangul(c) && c != L.c("차")
    }

    // MARK: pieces

    /// `N월` (1…12) at `j`, the month word checked for what follows it.
    static func month(_ t: DateText, at j: Int) -> (month: Int, end: Int)? {
        guard let m = t.number(at: j), m.digits <= 2, m.value >= 1, m.value <= 12, t[m.end] == L.wol else { return nil }
        return (m.value, m.end + 1)
    }

    /// `N일` (1…31) at `j`, not a number of days, with a time of day after it when written.
    static func day(_ t: DateText, at j: Int, point: inout DatePoint) -> Int? {
        guard let d = t.number(at: j), d.digits <= 2, d.value >= 1, d.value <= 31, t[d.end] == L.il else { return nil }
        var end = d.end + 1
        guard !dayIsDuration(t, after: end), !(d.value == 1 && perDay(t, after: end)) else { return nil }
        if let time = timeOfDay(t, at: end) {
            point.setTime(hour: time.hour, minute: time.minute)
            end = time.end
        } else if !datePartMayEnd(t, at: end) {
            return nil
        }
        point.day = d.value
        return end
    }

    /// `M월 D일`, `M월` at `j`; fills `point` and returns the end.
    static func monthDay(_ t: DateText, at j: Int, point: inout DatePoint) -> (variant: String, end: Int)? {
        guard let m = month(t, at: j) else { return nil }
        var p = point
        p.month = m.month
        if let end = day(t, at: t.blanks(from: m.end), point: &p) {
            point = p
            return ("month.day", end)
        }
        guard datePartMayEnd(t, at: m.end) else { return nil }
        point.month = m.month
        return ("month", m.end)
    }

    /// `상반기`, `하반기`, `전반기`, `후반기`.
    static func half(_ t: DateText, at j: Int) -> (half: Int, end: Int)? {
        guard let h = t.longest(L.halves, at: j), datePartMayEnd(t, at: h.end) else { return nil }
        return (h.value, h.end)
    }

    /// `N분기` or `N/4분기` (N = 1…4).
    static func quarter(_ t: DateText, at j: Int) -> (quarter: Int, end: Int)? {
        guard let n = t.number(at: j), n.digits == 1, n.value >= 1, n.value <= 4 else { return nil }
        var k = n.end
        if t[k] == 0x2F, t[k + 1] == 0x34 { k += 2 }           // 1/4분기
        guard let end = t.word(L.bungi, at: k), datePartMayEnd(t, at: end) else { return nil }
        // `2분기 연속 늘었다`, `2분기 만에`: a number of quarters, not the second one.
        let b = t.blanks(from: end)
        for w in L.quarterCounts where t.word(w, at: b) != nil { return nil }
        return (n.value, end)
    }

    /// After a date, the end of a particle glued to it (`4분기는`, `6월에는`), at most two letters.
    static func afterParticle(_ t: DateText, _ end: Int) -> Int {
        var k = end
        while k - end < 2, DateText.isHangul(t[k]), L.followers.contains(value: t[k]) { k += 1 }
        return k
    }

    /// What may follow a written year (`2025년`, `'25년`, `올해`): ` M월 D일`, ` M월`, ` 상반기`, ` 1분기`.
    static func afterYear(_ t: DateText, at j: Int, point: inout DatePoint) -> (variant: String, end: Int)? {
        let k = t.blanks(from: j)
        guard k == j || t[j] != 0x0A else { return nil }
        if let md = monthDay(t, at: k, point: &point) { return md }
        if let h = half(t, at: k) {
            point.half = h.half
            return ("half", h.end)
        }
        if let q = quarter(t, at: k) {
            point.quarter = q.quarter
            return ("quarter", q.end)
        }
        return nil
    }

    // MARK: time of day

    /// `21:15:17`, `11:00` at `k`.
    static func clock(_ t: DateText, at k: Int) -> (hour: Int, minute: Int, second: Int?, end: Int)? {
        guard let h = t.number(at: k), h.digits <= 2, h.value < 24, t[h.end] == 0x3A,
              let m = t.number(at: h.end + 1), m.digits == 2, m.value < 60 else { return nil }
        if t[m.end] == 0x3A {
            guard let s = t.number(at: m.end + 1), s.digits == 2, s.value < 60 else { return nil }
            return t[s.end] == 0x3A ? nil : (h.value, m.value, s.value, s.end)
        }
        return (h.value, m.value, nil, m.end)
    }

    /// A time of day after a day: ` 오후`, ` 오후 3시`, ` 오전 10시 30분`, ` 14:00`, ` 3시`.
    /// `hour` is nil when only `오전`/`오후` is written.
    static func timeOfDay(_ t: DateText, at k: Int) -> (hour: Int?, minute: Int?, end: Int)? {
        var j = t.blanks(from: k)
        var pm: Bool? = nil
        if let e = t.word(L.ohu, at: j) { pm = true; j = e } else if let e = t.word(L.ojeon, at: j) { pm = false; j = e }
        if pm != nil, DateText.isHangul(t[j]), !L.followers.contains(value: t[j]) { return nil }   // 오후반 is another word
        let afterMeridiem = j
        let n = t.blanks(from: j)
        if let c = clock(t, at: n), !DateText.isDigit(t[c.end]) {
            return (adjust(c.hour, pm), c.minute, c.end)
        }
        if let h = t.number(at: n), h.digits <= 2, h.value <= 24, t[h.end] == L.si, t[h.end + 1] != L.gan {
            var end = h.end + 1
            var minute: Int? = nil
            let mpos = t.blanks(from: end)
            if let m = t.number(at: mpos), m.digits <= 2, m.value < 60, t[m.end] == L.bun {
                minute = m.value
                end = m.end + 1
            } else if t.word(Self.halfHour, at: end) != nil, !DateText.isHangul(t[end + 1]) {
                minute = 30
                end += 1
            }
            return (adjust(h.value, pm), minute, end)
        }
        return pm == nil ? nil : (nil, nil, afterMeridiem)
    }

    static func adjust(_ hour: Int, _ pm: Bool?) -> Int {
        if pm == true, hour < 12 { return hour + 12 }
        if pm == false, hour == 12 { return 0 }
        return hour
    }

    /// `(수)`, `( 목 )`, `(목요일)` at `k`; the end of the parenthesis.
    static func weekday(_ t: DateText, at k: Int) -> Int? {
        guard t[k] == 0x28 else { return nil }
        var j = t.blanks(from: k + 1)
        guard L.weekdays.contains(value: t[j]) else { return nil }
        j += 1
        if let e = t.word(Self.weekdaySuffix, at: j) { j = e }
        j = t.blanks(from: j)
        return t[j] == 0x29 ? j + 1 : nil
    }
}
