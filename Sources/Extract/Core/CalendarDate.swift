/// A calendar date, optionally with a time of day: the reference against which relative dates
/// (`올해`, `28일`, `지난달 24일`) resolve, and the date that decides an organization's name.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` and `YYYY-MM-DDTHH:MM:SS`; nil when malformed or
    /// not a real date.
    public init?(iso: String) {
        let parts = iso.split(separator: "T", maxSplits: 1)
        let ymd = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard ymd.count == 3, ymd[0].count == 4, ymd[1].count == 2, ymd[2].count == 2,
              let y = Int(ymd[0]), let m = Int(ymd[1]), let d = Int(ymd[2]),
              CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
        self.init(year: y, month: m, day: d)
        if parts.count == 2 {
            let hms = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard hms.count == 2 || hms.count == 3, hms.allSatisfy({ $0.count == 2 }),
                  let h = Int(hms[0]), let mi = Int(hms[1]), h < 24, mi < 60 else { return nil }
            hour = h
            minute = mi
            if hms.count == 3 {
                guard let s = Int(hms[2]), s < 60 else { return nil }
                second = s
            }
        }
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1 else { return false }
        return day <= daysIn(year: year, month: month)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2026-01-28`, or `2026-01-28T21:15:17` / `2026-01-26T11:00` with the time as precise as known.
    public var iso: String {
        // ASCII bytes in scratch memory, then one `String`: joining padded `String`s (each
        // counting its characters) cost thousands of instructions per date. Six fields of at
        // most 20 bytes and five separators fit in 128.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            let p = buffer.baseAddress!
            var n = 0
            Self.putPadded(year, 4, p, &n)
            p[n] = UInt8(ascii: "-"); n += 1
            Self.putPadded(month, 2, p, &n)
            p[n] = UInt8(ascii: "-"); n += 1
            Self.putPadded(day, 2, p, &n)
            if let hour, let minute {
                p[n] = UInt8(ascii: "T"); n += 1
                Self.putPadded(hour, 2, p, &n)
                p[n] = UInt8(ascii: ":"); n += 1
                Self.putPadded(minute, 2, p, &n)
                if let second {
                    p[n] = UInt8(ascii: ":"); n += 1
                    Self.putPadded(second, 2, p, &n)
                }
            }
            return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        }
    }

    /// `pad(value, width)` as UTF-8 at `p[n]`, advancing `n`.
    static func putPadded(_ value: Int, _ width: Int, _ p: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
        guard value >= 0 else {
            for b in pad(value, width).utf8 { p[n] = b; n += 1 }
            return
        }
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        for _ in digits..<max(width, digits) { p[n] = UInt8(ascii: "0"); n += 1 }
        rest = value
        for k in stride(from: n + digits - 1, through: n, by: -1) {
            p[k] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        n += digits
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day, a.hour ?? -1, a.minute ?? -1, a.second ?? -1)
            < (b.year, b.month, b.day, b.hour ?? -1, b.minute ?? -1, b.second ?? -1)
    }
}
