import Normalize

/// Finds the document's own date line near its top.
///
/// A label (`등록`, `입력`, `기사입력`, `보도시점`, `보도일시`, `작성`, `승인`, `제출 연월일`, a bare
/// `연 월 일`…, or the weaker `수정`, `배포`, `업데이트`) followed — after blanks, `:`, `일`/`일시`,
/// or one line break — by a full date (`2026.01.28`, `2026-01-26`, `2025. 5. 28.`,
/// `2025년 5월 28일`), an optional weekday and an optional time. Publication labels win over
/// revision and distribution labels; among equals the first line wins. Without any label, a full
/// date with a time in the first lines is taken, else a line of a full date and a name
/// (`2023.01.04 해양수산부`, the byline of a briefing page).
public enum DocumentDateFinder {
    /// How far from the top a date line is looked for.
    static let lineLimit = 40
    static let unlabeledLineLimit = 10

    typealias L = DateLexicon

    /// Labels and their rank (lower wins).
    static let labels: [([UInt32], Int)] = [
        (L.w("기사입력"), 0), (L.w("입력"), 0), (L.w("등록"), 0), (L.w("보도"), 0), (L.w("작성"), 0), (L.w("게재"), 0), (L.w("승인"), 0), (L.w("발행"), 0),
        (L.w("연월일"), 0), (L.w("날짜"), 0), (L.w("일자"), 0),
        (L.w("최종수정"), 1), (L.w("수정"), 1), (L.w("업데이트"), 1), (L.w("배포"), 1), (L.w("송고"), 1),
    ]
    /// Words that may stand between a label and its date: `등록일`, `보도일시`, `입력 시간`.
    static let labelSuffixes: [([UInt32], Int)] = [
        (L.w("일시"), 0), (L.w("일자"), 0), (L.w("일"), 0), (L.w("시점"), 0), (L.w("시간"), 0), (L.w("시각"), 0),
    ]

    /// The document's own date (from a line such as `등록 2026.01.28 21:15:17`, `입력 2026-01-26 11:00`,
    /// `보도시점 2025. 5. 28.(수) 11:00`, `제출 연월일 2025. 5. 26.`) and the normalized range it was read from.
    public static func find(in text: NormalizedText) -> (date: CalendarDate, range: Range<Int>)? {
        let t = DateText(text.scalars)
        var limit = 0
        var lines = 0
        var unlabeledLimit = 0
        while limit < t.count, lines < lineLimit {
            if t[limit] == 0x0A {
                lines += 1
                if lines == unlabeledLineLimit { unlabeledLimit = limit }
            }
            limit += 1
        }
        if lines < unlabeledLineLimit { unlabeledLimit = limit }

        var best: (rank: Int, date: CalendarDate, range: Range<Int>)? = nil
        var unlabeled: (date: CalendarDate, range: Range<Int>)? = nil
        var byline: (date: CalendarDate, range: Range<Int>)? = nil
        var i = 0
        while i < limit {
            let v = t[i]
            if DateText.isHangul(v), t.startsWord(at: i), let label = label(t, at: i) {
                if let found = dateAfterLabel(t, at: label.end), best == nil || label.rank < best!.rank {
                    best = (label.rank, found.date, found.range)
                    if label.rank == 0 { break }
                }
            } else if unlabeled == nil, i < unlabeledLimit, t.startsNumber(at: i), let found = fullDate(t, at: i),
                      found.date.hour != nil {
                unlabeled = found
            } else if byline == nil, i < unlabeledLimit, t.startsNumber(at: i), let found = fullDate(t, at: i),
                      i == 0 || t[i - 1] == 0x0A ? bylineTail(t, from: found.range.upperBound)
                                                 : captionTail(t, from: found.range.upperBound) {
                byline = found
            }
            i += 1
        }
        if let best { return (best.date, best.range) }
        return unlabeled ?? byline
    }

    static let je = L.c("제")
    /// How long the name after a dated byline may be.
    static let bylineTailLimit = 24

    /// `2025.09.02 구혁채 제1차관`, `2023.01.04 해양수산부`: a line that is a full date and the name
    /// of who issued the text (the byline of a government briefing page) — letters after a blank
    /// up to the end of the line, no figure in them (an ordinal `제1` aside).
    static func bylineTail(_ t: DateText, from end: Int) -> Bool {
        var j = t.blanks(from: end)
        guard j > end else { return false }
        if isEmailLine(t, from: j) { return true }
        guard DateText.isHangul(t[j]) else { return false }
        let start = j
        while t[j] != 0x0A, t[j] != 0, j - start <= bylineTailLimit {
            let c = t[j]
            guard DateText.isHangul(c) || DateText.isBlank(c) || DateText.isLetter(c) || (DateText.isDigit(c) && (t[j - 1] == Self.je || DateText.isDigit(t[j - 1]))) else {
                return false
            }
            j += 1
        }
        return j - start <= bylineTailLimit
    }

    /// `… 심사를 벌인다. 2021.11.16 kilroy023@newspim.com`: a photo caption closes with its date and
    /// the photographer's address, after a sentence.
    static func captionTail(_ t: DateText, from end: Int) -> Bool {
        let j = t.blanks(from: end)
        return j > end && isEmailLine(t, from: j)
    }

    /// `2021.11.16 kilroy023@newspim.com`: the photographer's or reporter's address closing a
    /// caption, dated — an e-mail address alone up to the end of the line.
    static func isEmailLine(_ t: DateText, from start: Int) -> Bool {
        var j = start
        var at = 0
        while true {
            let c = t[j]
            if c == 0x0A || c == 0 { break }
            if c == 0x40 { at += 1 } else if !(DateText.isLetter(c) || DateText.isDigit(c) || c == 0x2E || c == 0x2D || c == 0x5F) {
                return false
            }
            j += 1
        }
        return at == 1 && t[start] != 0x40 && t[j - 1] != 0x40
    }

    static func label(_ t: DateText, at i: Int) -> (rank: Int, end: Int)? {
        var best: (rank: Int, end: Int)? = nil
        for (w, rank) in labels where w.first == t[i] {
            if let end = t.spacedWord(w, at: i), best == nil || end > best!.end { best = (rank, end) }
        }
        guard var found = best else { return nil }
        if let suffix = t.longest(labelSuffixes, at: found.end) {
            found.end = suffix.end
        } else if DateText.isBlank(t[i + 1]), let suffix = t.longest(labelSuffixes, at: t.blanks(from: found.end)), !DateText.isHangul(t[suffix.end]) {
            // `배 포 일`: a label spaced out letter by letter spaces its suffix too.
            found.end = suffix.end
        }
        return found
    }

    /// The date after a label: blanks, `:`, `|`, and at most one line break may stand between.
    static func dateAfterLabel(_ t: DateText, at k: Int) -> (date: CalendarDate, range: Range<Int>)? {
        var j = k
        var breaks = 0
        while true {
            let c = t[j]
            if DateText.isBlank(c) || c == 0x3A || c == 0x7C || c == 0x29 || c == 0x5D { j += 1; continue }
            if c == 0x0A, breaks == 0 { breaks += 1; j += 1; continue }
            break
        }
        return fullDate(t, at: j) ?? shortFullDate(t, at: j)
    }

    /// `작성일 18-12-10 09:35`: a board's date with a two-digit year (20YY), taken only after a label,
    /// where a code or a score cannot stand.
    static func shortFullDate(_ t: DateText, at j: Int) -> (date: CalendarDate, range: Range<Int>)? {
        guard let y = t.number(at: j), y.digits == 2 else { return nil }
        let sep = t[y.end]
        guard sep == 0x2D || sep == L.dot, let m = t.number(at: y.end + 1), m.digits == 2, t[m.end] == sep,
              let d = t.number(at: m.end + 1), d.digits == 2, !DateText.isDigit(t[d.end]),
              t[d.end] != sep || !DateText.isDigit(t[d.end + 1]),
              CalendarDate.isValid(year: 2000 + y.value, month: m.value, day: d.value) else { return nil }
        var date = CalendarDate(year: 2000 + y.value, month: m.value, day: d.value)
        var end = d.end
        let k = t.blanks(from: end)
        if k > end, let c = DateTails.clock(t, at: k), !DateText.isDigit(t[c.end]) {
            date.hour = c.hour
            date.minute = c.minute
            date.second = c.second
            end = c.end
        }
        return (date, j..<end)
    }

    /// A full date at `j` (`2026.01.28 21:15:17`, `2025. 5. 28.(수) 11:00`, `2025년 5월 28일 오후 2시`)
    /// with the time read past a weekday.
    static func fullDate(_ t: DateText, at j: Int) -> (date: CalendarDate, range: Range<Int>)? {
        var m = DateRules.ymdSeparated.read(t, j)
        if m == nil, let k = DateRules.yearKorean.read(t, j), k.point.day != nil { m = k }
        guard let match = m, case .absolute(let year) = match.point.year, let month = match.point.month,
              let day = match.point.day else { return nil }
        var date = CalendarDate(year: year, month: month, day: day, hour: match.point.hour,
                                minute: match.point.minute, second: match.point.second)
        var end = match.end
        if date.hour == nil, let w = DateTails.weekday(t, at: t.blanks(from: end)) {
            let k = t.blanks(from: w)
            if let c = DateTails.clock(t, at: k), !DateText.isDigit(t[c.end]) {
                date.hour = c.hour
                date.minute = c.minute
                date.second = c.second
                end = c.end
            } else if let time = DateTails.timeOfDay(t, at: w), let h = time.hour {
                date.hour = h
                date.minute = time.minute ?? 0
                end = time.end
            }
        }
        return (date, j..<end)
    }
}
