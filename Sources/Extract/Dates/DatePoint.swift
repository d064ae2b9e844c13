/// Where a written date gets its year (and, for month words, its month) from.
enum YearSpec: Sendable, Hashable {
    /// Written: `2025년`, `'25`, `2026.1.22`.
    case absolute(Int)
    /// The reference year plus an offset: `올해` 0, `내년` +1, `지난해` -1.
    case offset(Int)
    /// The reference month plus an offset: `이달` 0, `지난달` -1, `다음 달` +1.
    case monthOffset(Int)
    /// The reference day plus an offset in days: `오늘`/`이날` 0, `어제`/`전날` -1, `그제` -2.
    case dayOffset(Int)
    /// `지난 6월`, `지난 5일`: the latest such month or day up to the reference date.
    case past
    /// `오는 6월`, `오는 10일`: the next such month or day from the reference date.
    case coming
    /// Not written: `5월`, `28일`, `하반기` — the year around it in the text, else the reference.
    case unspecified
}

/// One date as written, at the precision written; a period is two of them.
struct DatePoint: Sendable, Hashable {
    var year: YearSpec
    var month: Int? { get { Self.read(_month) } set { _month = Self.stored(newValue) } }
    var day: Int? { get { Self.read(_day) } set { _day = Self.stored(newValue) } }
    var half: Int? { get { Self.read(_half) } set { _half = Self.stored(newValue) } }
    var quarter: Int? { get { Self.read(_quarter) } set { _quarter = Self.stored(newValue) } }
    var hour: Int? { get { Self.read(_hour) } set { _hour = Self.stored(newValue) } }
    var minute: Int? { get { Self.read(_minute) } set { _minute = Self.stored(newValue) } }
    var second: Int? { get { Self.read(_second) } set { _second = Self.stored(newValue) } }
    // Months, days, halves, quarters, hours, minutes and seconds are small (the rules check them
    // against the calendar before storing them): two bytes each, `Int16.min` for none. A point is
    // copied with every rule's reading, atom and span; as seven optional `Int`s it took 136 bytes.
    private var _month = Int16.min, _day = Int16.min, _half = Int16.min, _quarter = Int16.min
    private var _hour = Int16.min, _minute = Int16.min, _second = Int16.min
    @inline(__always) private static func read(_ v: Int16) -> Int? { v == .min ? nil : Int(v) }
    @inline(__always) private static func stored(_ v: Int?) -> Int16 { v.map { Int16($0) } ?? .min }
    /// The year was written with two digits (`'98`, `25년 상반기`): `.absolute` holds 20YY, and the
    /// resolver moves it a century back when the reference date says so (see `DateResolver.century`).
    var shortYear = false
    /// `이날` (that day): the day written last before it, when that is close; else the reference day.
    var anaphoric = false

    init(year: YearSpec, month: Int? = nil, day: Int? = nil, half: Int? = nil, quarter: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.half = half
        self.quarter = quarter
    }

    /// The precision, coarse to fine: 0 year, 1 half, 2 quarter, 3 month, 4 day.
    var precision: Int {
        if day != nil { return 4 }
        if month != nil { return 3 }
        if quarter != nil { return 2 }
        if half != nil { return 1 }
        return 0
    }

    mutating func setTime(hour h: Int?, minute mi: Int?, second s: Int? = nil) {
        hour = h
        minute = h == nil ? nil : (mi ?? 0)
        second = h == nil ? nil : s
    }
}

/// A resolved date: ISO text at the written precision, the year it lies in, and whether the
/// reference date (or the year around it in the text) was needed.
struct ResolvedDate: Sendable, Hashable {
    var iso: String?
    var year: Int?
    var relative: Bool
    /// What a relative date was resolved against: the reference date (ISO), or the year written
    /// just before it (`2024` for the `5월` after `'24년`).
    var against: String? = nil
}

enum DateResolver {
    /// Resolves `p` against the reference date and, for a month, half or quarter without a year,
    /// against `contextYear` (the year written just before it).
    static func resolve(_ p: DatePoint, reference r: CalendarDate?, contextYear: Int?) -> ResolvedDate {
        resolve(p, reference: r, referenceISO: r?.iso, contextYear: contextYear)
    }

    /// The same, with `r.iso` given: a document resolves thousands of dates against one
    /// reference, and writing its ISO text for each cost a third of the resolution.
    static func resolve(_ p: DatePoint, reference r: CalendarDate?, referenceISO against: String?, contextYear: Int?) -> ResolvedDate {
        switch p.year {
        case .absolute(let written):
            let y = p.shortYear ? century(written, reference: r) : written
            return ResolvedDate(iso: iso(p, year: y, month: p.month), year: y, relative: false)
        case .offset(let k):
            guard let r else { return ResolvedDate(iso: nil, year: nil, relative: true) }
            return ResolvedDate(iso: iso(p, year: r.year + k, month: p.month), year: r.year + k, relative: true, against: against)
        case .monthOffset(let k):
            guard let r else { return ResolvedDate(iso: nil, year: nil, relative: true) }
            let (y, m) = addMonths(r.year, r.month, k)
            return ResolvedDate(iso: iso(p, year: y, month: m), year: y, relative: true, against: against)
        case .dayOffset(let k):
            guard let r else { return ResolvedDate(iso: nil, year: nil, relative: true) }
            let (y, m, d) = addDays(r.year, r.month, r.day, k)
            var day = p
            day.day = d
            return ResolvedDate(iso: iso(day, year: y, month: m), year: y, relative: true, against: against)
        case .past, .coming:
            guard let r else { return ResolvedDate(iso: nil, year: nil, relative: true) }
            let past = p.year == .past
            var y = r.year
            var m = p.month ?? r.month
            if let month = p.month {
                if past, month > r.month { y -= 1 }
                if !past, month < r.month { y += 1 }
            } else if let d = p.day {
                if past, d > r.day { (y, m) = addMonths(r.year, r.month, -1) }
                if !past, d < r.day { (y, m) = addMonths(r.year, r.month, 1) }
                // `지난 31일` on 12월 10일 is 10월 31일: a month without that day is passed over.
                var step = 0
                while !CalendarDate.isValid(year: y, month: m, day: d), step < 2 {
                    (y, m) = addMonths(y, m, past ? -1 : 1)
                    step += 1
                }
            }
            return ResolvedDate(iso: iso(p, year: y, month: m), year: y, relative: true, against: against)
        case .unspecified:
            if p.day != nil {
                // A day is read against the reference date: `28일`, `5.29.(목)`, `3월 5일`.
                guard let r else { return ResolvedDate(iso: nil, year: nil, relative: true) }
                return ResolvedDate(iso: iso(p, year: r.year, month: p.month ?? r.month), year: r.year, relative: true, against: against)
            }
            if let y = contextYear {
                return ResolvedDate(iso: iso(p, year: y, month: p.month), year: y, relative: true, against: CalendarDate.pad(y, 4))
            }
            guard let r else { return ResolvedDate(iso: nil, year: nil, relative: true) }
            return ResolvedDate(iso: iso(p, year: r.year, month: p.month), year: r.year, relative: true, against: against)
        }
    }

    /// The day of `iso` (`2025-03-05`, `2025-03-05T11:00`): `CalendarDate(iso:)` of its first ten
    /// characters, read from the bytes without splitting strings (a hundredfold cheaper).
    static func day(ofISO iso: String) -> CalendarDate? {
        var fields = (0, 0, 0)
        var ok = iso.utf8.count >= 10
        if ok {
            for (k, b) in iso.utf8.prefix(10).enumerated() {
                if k == 4 || k == 7 {
                    if b != UInt8(ascii: "-") { ok = false; break }
                    continue
                }
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { ok = false; break }
                let digit = Int(b - UInt8(ascii: "0"))
                if k < 4 { fields.0 = fields.0 * 10 + digit } else if k < 7 { fields.1 = fields.1 * 10 + digit } else { fields.2 = fields.2 * 10 + digit }
            }
        }
        // Anything else (never written by `iso(_:year:month:)`) goes the long way.
        guard ok else { return CalendarDate(iso: String(iso.prefix(10))) }
        guard CalendarDate.isValid(year: fields.0, month: fields.1, day: fields.2) else { return nil }
        return CalendarDate(year: fields.0, month: fields.1, day: fields.2)
    }

    /// How far after the reference year a two-digit year may lie before it is read as 19YY.
    static let centuryWindow = 50

    /// Two-digit years: 20YY (2000–2099), unless that lies more than `centuryWindow` years after
    /// the reference year, then 19YY. With a 2025 reference `'75` is 2075 and `'76`…`'99` are
    /// 1976…1999; with a 1995 reference `'91` is 1991 and `'45` 2045; without a reference, 20YY.
    static func century(_ written: Int, reference r: CalendarDate?) -> Int {
        guard let r, written - r.year > centuryWindow else { return written }
        return written - 100
    }

    static func addMonths(_ year: Int, _ month: Int, _ k: Int) -> (Int, Int) {
        let total = year * 12 + (month - 1) + k
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return (y, total - y * 12 + 1)
    }

    /// The civil date `k` days after `year-month-day` (days counted from 1970-01-01 and back, in
    /// the proleptic Gregorian calendar).
    static func addDays(_ year: Int, _ month: Int, _ day: Int, _ k: Int) -> (Int, Int, Int) {
        civil(fromDays: days(year, month, day) + k)
    }

    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays n: Int) -> (Int, Int, Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO 8601 at the precision of `p`: `2025`, `2025-H1`, `2025-Q1`, `2025-03`, `2025-03-05`,
    /// `2025-03-05T11:00`; nil for an impossible day.
    static func iso(_ p: DatePoint, year: Int, month: Int?) -> String? {
        guard year >= 1, year <= 9999 else { return nil }
        if let d = p.day {
            guard let m = month, CalendarDate.isValid(year: year, month: m, day: d) else { return nil }
            return CalendarDate(year: year, month: m, day: d, hour: p.hour, minute: p.minute, second: p.second).iso
        }
        // ASCII bytes in scratch memory, then one (small) `String`, as `CalendarDate.iso` writes a
        // day: joining padded `String`s cost most of a date's resolution. `putPadded` writes what
        // `CalendarDate.pad` and `String(_:)` would; a year, a separator and an `Int` fit in 48.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            let b = buffer.baseAddress!
            var n = 0
            CalendarDate.putPadded(year, 4, b, &n)
            if let m = month {
                b[n] = UInt8(ascii: "-"); n += 1
                CalendarDate.putPadded(m, 2, b, &n)
            } else if let q = p.quarter {
                b[n] = UInt8(ascii: "-"); b[n + 1] = UInt8(ascii: "Q"); n += 2
                CalendarDate.putPadded(q, 1, b, &n)
            } else if let h = p.half {
                b[n] = UInt8(ascii: "-"); b[n + 1] = UInt8(ascii: "H"); n += 2
                CalendarDate.putPadded(h, 1, b, &n)
            }
            return String(decoding: UnsafeBufferPointer(start: b, count: n), as: UTF8.self)
        }
    }
}
