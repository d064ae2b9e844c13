/// The four kinds of figures and names kpolicy extracts.
public enum MentionType: String, Sendable, CaseIterable, Hashable {
    case money, date, count, org
}

/// One extracted mention: where it is in the normalized text, what it means, and which rule said so.
public struct Mention: Sendable, Hashable {
    /// Half-open range of normalized scalars, document-relative.
    public var range: Range<Int>
    public var value: MentionValue
    /// The name of the rule that produced the mention (travels into the record as `rule`).
    public var rule: String

    public init(range: Range<Int>, value: MentionValue, rule: String) {
        self.range = range
        self.value = value
        self.rule = rule
    }

    public var type: MentionType {
        switch value {
        case .money: return .money
        case .date: return .date
        case .count: return .count
        case .org: return .org
        }
    }
}

/// The normalized value of a mention, one case per `MentionType`.
public enum MentionValue: Sendable, Hashable {
    case money(MoneyValue)
    case date(DateValue)
    case count(CountValue)
    case org(OrgValue)
}

/// An exact decimal: `units / 10^scale`. Money in won is always `scale == 0`; a decimal written in
/// another currency (`1.5달러`) keeps its digits instead of drifting through floating point.
public struct ExactDecimal: Sendable, Hashable {
    public var units: Int64
    public var scale: Int

    public init(units: Int64, scale: Int = 0) {
        self.units = units
        self.scale = scale
    }

    /// The decimal as JSON number text: `4320000000`, `1.5`, `-0.25`.
    public var literal: String {
        if scale <= 0 { return String(units) }
        let negative = units < 0
        var digits = String(units.magnitude)
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -scale)
        var fraction = digits[split...]
        while fraction.last == "0" { fraction = fraction.dropLast() }
        let whole = String(digits[..<split])
        let body = fraction.isEmpty ? whole : whole + "." + fraction
        return negative ? "-" + body : body
    }
}

/// A money amount. `value` for a single amount (also with a bound word: `100억 원 이상` keeps
/// `value` and adds `min`); `min`/`max` for ranges. Won amounts are integers.
public struct MoneyValue: Sendable, Hashable {
    public var value: ExactDecimal?
    public var min: ExactDecimal?
    public var max: ExactDecimal?
    /// ISO 4217: `KRW`, `USD`, `EUR`, `JPY`, `CNY`.
    public var currency: String
    /// 약, 규모, 내외, 여, 가량, 수준, 남짓…
    public var approx: Bool
    /// The bound word as written (`이상`, `초과`, `이하`, `미만`, `최소`, `최대`), when there is one.
    public var bound: String?
    /// The amount is a bare number whose unit comes from a table header such as `(억원)`.
    public var unitFromHeader: Bool

    public init(value: ExactDecimal? = nil, min: ExactDecimal? = nil, max: ExactDecimal? = nil, currency: String = "KRW",
                approx: Bool = false, bound: String? = nil, unitFromHeader: Bool = false) {
        self.value = value
        self.min = min
        self.max = max
        self.currency = currency
        self.approx = approx
        self.bound = bound
        self.unitFromHeader = unitFromHeader
    }
}

/// A date or period as ISO 8601 at the precision written: `2025`, `2025-H1`, `2025-Q1`, `2025-03`,
/// `2025-05-30`, `2026-01-28T21:15:17`. A single date has `value`; a period has `from`/`to`
/// (an open period only one of them).
public struct DateValue: Sendable, Hashable {
    public var value: String?
    public var from: String?
    public var to: String?
    /// Resolved against the document's reference date (`올해`, `28일`, `지난달 24일`).
    public var relative: Bool
    /// A deadline (`2030년까지`): `to` is set, `from` is not.
    public var deadline: Bool

    public init(value: String? = nil, from: String? = nil, to: String? = nil, relative: Bool = false, deadline: Bool = false) {
        self.value = value
        self.from = from
        self.to = to
        self.relative = relative
        self.deadline = deadline
    }
}

/// A count: `445개 과제` → value 445, unit `개`, item `과제`.
public struct CountValue: Sendable, Hashable {
    public var value: Int64
    /// The counter word as written (`개`, `곳`, `명`, `개국`, `대`…).
    public var unit: String
    /// The counted noun when it stands next to the count.
    public var item: String?
    public var approx: Bool
    /// A bare table cell whose counter comes from its column header (`지원 과제수`).
    public var unitFromHeader: Bool

    public init(value: Int64, unit: String, item: String? = nil, approx: Bool = false, unitFromHeader: Bool = false) {
        self.value = value
        self.unit = unit
        self.item = item
        self.approx = approx
        self.unitFromHeader = unitFromHeader
    }
}

/// An organization with its canonical (full official) name for the document's date.
public struct OrgValue: Sendable, Hashable {
    public var canonical: String
    /// `ministry`, `agency`, `institute`, `university`, `company`, `committee`, `department`,
    /// `international`, `local`, `media`, `other`.
    public var kind: String?

    public init(canonical: String, kind: String? = nil) {
        self.canonical = canonical
        self.kind = kind
    }
}
