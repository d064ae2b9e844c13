import Extract

/// The two texts a mention's value becomes on the page: `machineValue` for `data-value` (what
/// tools compare: the record's `value`, else its range) and `label`, the readable form shown on
/// hover/focus and in the tables.
public enum MentionDisplay {
    /// The record's `value` as text; for a range without one, `min/max` (money, count, percent) or
    /// `from/to` (dates: the ISO 8601 interval notation), an open side left empty; for an
    /// organization its canonical name, for a programme its name; empty for a relative date that
    /// had nothing to be resolved against.
    public static func machineValue(_ value: MentionValue) -> String {
        switch value {
        case .money(let v):
            if let single = v.value { return single.literal }
            return (v.min?.literal ?? "") + "/" + (v.max?.literal ?? "")
        case .date(let v):
            if let single = v.value { return single }
            if v.from == nil && v.to == nil { return "" }
            return (v.from ?? "") + "/" + (v.to ?? "")
        case .count(let v):
            return String(v.value)
        case .org(let v):
            return v.canonical
        case .percent(let v):
            return v.value.literal
        case .ratio(let v):
            return v.value.literal
        case .duration(let v):
            return v.value
        case .program(let v):
            return v.name
        }
    }

    /// A short readable value: `4,320,000,000원 (43억 2,000만 원)`, `2024 ~ 2028`, `445개 · 과제`.
    public static func label(_ value: MentionValue) -> String {
        switch value {
        case .money(let v):
            var parts: [String] = []
            if v.approx { parts.append("약") }
            if let single = v.value {
                parts.append(money(single, currency: v.currency))
            } else {
                parts.append(range(v.min.map { money($0, currency: v.currency) }, v.max.map { money($0, currency: v.currency) }))
            }
            if let bound = v.bound { parts.append(bound) }
            var text = parts.joined(separator: " ")
            if let per = v.per { text += " / " + per }
            if let date = v.date { text += " · " + date }
            return text
        case .date(let v):
            if v.value == nil && v.from == nil && v.to == nil { return "unresolved (no reference date)" }
            var text = v.value ?? range(v.from, v.to)
            if v.deadline { text += " (deadline)" }
            if v.relative, let reference = v.reference { text += " (relative to \(reference))" }
            if let plan = v.attachedTo { text += " · " + plan }
            return text
        case .count(let v):
            var text = v.approx ? "약 " : ""
            if let min = v.min, let max = v.max { text += grouped(String(min)) + " ~ " + grouped(String(max)) }
            else { text += grouped(String(v.value)) }
            text += v.unit
            if let bound = v.bound { text += " " + bound }
            if let item = v.item { text += " · " + item }
            return text
        case .org(let v):
            return [v.canonical, v.category].compactMap { $0 }.joined(separator: " · ")
        case .percent(let v):
            let sign = v.points ? "%p" : "%"
            var text = v.approx ? "약 " : ""
            if let min = v.min, let max = v.max { text += min.literal + sign + " ~ " + max.literal + sign }
            else { text += v.value.literal + sign }
            if let bound = v.bound { text += " " + bound }
            return text
        case .ratio(let v):
            return (v.approx ? "약 " : "") + "×" + v.value.literal
        case .duration(let v):
            return (v.approx ? "약 " : "") + v.value
        case .program(let v):
            return v.name
        }
    }

    /// The amount alone, for the figures table, whose other columns carry the item and the date:
    /// `30개`, `약 2,000,000,000,000원 (2조 원)`.
    public static func amount(_ value: MentionValue) -> String {
        switch value {
        case .money(var v):
            v.per = nil
            v.date = nil
            return label(.money(v))
        case .count(var v):
            v.item = nil
            return label(.count(v))
        default:
            return label(value)
        }
    }

    /// A date or period in few characters: `2025-05-30`, `2024~2028`, `~2030` (a deadline), `?`
    /// (a relative date with nothing to resolve it against).
    public static func shortDate(_ v: DateValue) -> String {
        if v.value == nil && v.from == nil && v.to == nil { return "?" }
        return v.value ?? (v.from ?? "") + "~" + (v.to ?? "")
    }

    /// `a ~ b`; an open side is left out (`~ 2030`, `2024 ~`).
    private static func range(_ low: String?, _ high: String?) -> String {
        [low, "~", high].compactMap { $0 }.joined(separator: " ")
    }

    /// Won as `4,320,000,000원 (43억 2,000만 원)`; other currencies as `1.5 USD`.
    static func money(_ amount: ExactDecimal, currency: String) -> String {
        guard currency == "KRW", amount.scale == 0 else { return grouped(amount.literal) + " " + currency }
        let full = grouped(amount.literal) + "원"
        guard amount.units.magnitude >= 10_000 else { return full }
        return full + " (" + koreanUnits(amount.units) + ")"
    }

    /// `4320000000` → `43억 2,000만 원`, `1500000000000` → `1조 5,000억 원`: the amount in the
    /// 조/억/만 units Korean documents write (`1조 5000억 원`), empty groups left out.
    public static func koreanUnits(_ won: Int64) -> String {
        var rest = won.magnitude
        var parts: [String] = []
        for (unit, size) in [("경", UInt64(10_000_000_000_000_000)), ("조", 1_000_000_000_000), ("억", 100_000_000), ("만", 10_000)] {
            let amount = rest / size
            rest %= size
            if amount > 0 { parts.append(grouped(String(amount)) + unit) }
        }
        if rest > 0 || parts.isEmpty { parts.append(grouped(String(rest))) }
        return (won < 0 ? "-" : "") + parts.joined(separator: " ") + " 원"
    }

    /// Digits grouped by three with commas: `1725` → `1,725`, `-1234.5` → `-1,234.5`.
    public static func grouped(_ number: String) -> String {
        var sign = ""
        var digits = Substring(number)
        if digits.first == "-" { sign = "-"; digits = digits.dropFirst() }
        let whole = digits.prefix { $0 != "." }
        let fraction = digits.dropFirst(whole.count)
        var out = ""
        for (i, ch) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return sign + out + fraction
    }
}
