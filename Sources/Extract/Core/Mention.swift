/// The kinds of figures and names kpolicy extracts. The first four are the foundation's record
/// contract; `percent`, `ratio`, `duration` and `program` were added later (consumers that know only
/// the first four can skip the others by `type`).
public enum MentionType: String, Sendable, CaseIterable, Hashable {
    case money, date, count, org, percent, ratio, duration, program
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
        case .percent: return .percent
        case .ratio: return .ratio
        case .duration: return .duration
        case .program: return .program
        }
    }
}

/// The normalized value of a mention, one case per `MentionType`.
///
/// `indirect`: the payloads (a money value has a dozen optional fields) live in one shared box, so a
/// `Mention` is a few words. Mention arrays are copied by overlap resolution and programme attachment
/// and were the largest part of peak memory on large documents.
public indirect enum MentionValue: Sendable, Hashable {
    case money(MoneyValue)
    case date(DateValue)
    case count(CountValue)
    case org(OrgValue)
    case percent(PercentValue)
    case ratio(RatioValue)
    case duration(DurationValue)
    case program(ProgramValue)
}

/// Where a figure sits in a table: the labels of its row and column (`AI 팩토리` × `'25년 투자규모`).
/// In records they are `rowLabel` and `columnLabel` (`column` is the provenance start column).
public struct FigureCell: Sendable, Hashable {
    /// The first non-numeric cell of the row.
    public var rowLabel: String?
    /// The header cell above, without its unit (`'25년 투자규모(억원)` → `'25년 투자규모`).
    public var columnLabel: String?

    public init(rowLabel: String? = nil, columnLabel: String? = nil) {
        self.rowLabel = rowLabel
        self.columnLabel = columnLabel
    }
}

/// Links the figures of one time series (`('24) 8,295억원 → ('25) 8,272억원`): every member carries
/// the same `id` (unique within the document: `s` + the ordinal of the series' first arrow among
/// the document's arrows) and the date of its own side.
public struct SeriesLink: Sendable, Hashable {
    public var id: String
    /// The date this member belongs to, ISO 8601 at the precision written (`2024`).
    public var date: String?

    public init(id: String, date: String? = nil) {
        self.id = id
        self.date = date
    }
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
    /// A per-unit figure: what it is per (`과제` in `과제당 4억원`, `년` in `110억원/年` and `연 100억원`;
    /// both joined by `·`: `과제·년` for `과제당 연 4억원`).
    public var per: String?
    /// The year an amount belongs to, ISO 8601: written before it (`'25년` in `총 100억('25년 25억)`,
    /// `('25) 30억원`), in parentheses right after it (`8,129억원('23)`), or named by its table
    /// column (`'25년 투자규모(억원)`).
    public var date: String?
    /// Row and column labels when the amount is a table cell.
    public var cell: FigureCell?
    /// Membership in a time series.
    public var series: SeriesLink?
    /// The programme the amount belongs to (`산업혁신기반구축사업` in `산업혁신기반구축사업에
    /// 2,685억원`), set by `MoneyPrograms.attach` after all extractors ran.
    public var program: String?

    public init(value: ExactDecimal? = nil, min: ExactDecimal? = nil, max: ExactDecimal? = nil, currency: String = "KRW",
                approx: Bool = false, bound: String? = nil, unitFromHeader: Bool = false,
                per: String? = nil, date: String? = nil, cell: FigureCell? = nil, series: SeriesLink? = nil,
                program: String? = nil) {
        self.value = value
        self.min = min
        self.max = max
        self.currency = currency
        self.approx = approx
        self.bound = bound
        self.unitFromHeader = unitFromHeader
        self.per = per
        self.date = date
        self.cell = cell
        self.series = series
        self.program = program
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
    /// For a relative date, the reference it was resolved against (ISO 8601).
    public var reference: String?
    /// The plan or programme a period belongs to (`제8차 산업기술혁신계획` for `('24∼'28)`).
    public var attachedTo: String?

    public init(value: String? = nil, from: String? = nil, to: String? = nil, relative: Bool = false, deadline: Bool = false,
                reference: String? = nil, attachedTo: String? = nil) {
        self.value = value
        self.from = from
        self.to = to
        self.relative = relative
        self.deadline = deadline
        self.reference = reference
        self.attachedTo = attachedTo
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
    /// Open ends: `3개 이상` → min 3 (bound `이상`); `10~20개` → min 10, max 20.
    public var min: Int64?
    public var max: Int64?
    public var bound: String?
    /// Row and column labels when the count is a table cell.
    public var cell: FigureCell?
    /// Membership in a time series (`'24년 6개 → '25년 10개`).
    public var series: SeriesLink?

    public init(value: Int64, unit: String, item: String? = nil, approx: Bool = false, unitFromHeader: Bool = false,
                min: Int64? = nil, max: Int64? = nil, bound: String? = nil, cell: FigureCell? = nil, series: SeriesLink? = nil) {
        self.value = value
        self.unit = unit
        self.item = item
        self.approx = approx
        self.unitFromHeader = unitFromHeader
        self.min = min
        self.max = max
        self.bound = bound
        self.cell = cell
        self.series = series
    }
}

/// An organization with its canonical (full official) name for the document's date.
public struct OrgValue: Sendable, Hashable {
    public var canonical: String
    /// `ministry`, `agency`, `institute`, `university`, `company`, `committee`, `department`,
    /// `international`, `local`, `media`, `other`.
    public var kind: String?
    /// `government`, `public-institution`, `company`, `university`, `foreign`, `media`, `committee`,
    /// `association`.
    public var category: String?

    public init(canonical: String, kind: String? = nil, category: String? = nil) {
        self.canonical = canonical
        self.kind = kind
        self.category = category
    }
}

/// A percentage: `30%`, `11.5%`, `70% 이상`, `5%p` (`points: true`).
public struct PercentValue: Sendable, Hashable {
    public var value: ExactDecimal
    public var min: ExactDecimal?
    public var max: ExactDecimal?
    public var bound: String?
    public var approx: Bool
    /// Percentage points (`%p`), not a percentage.
    public var points: Bool

    public init(value: ExactDecimal, min: ExactDecimal? = nil, max: ExactDecimal? = nil, bound: String? = nil,
                approx: Bool = false, points: Bool = false) {
        self.value = value
        self.min = min
        self.max = max
        self.bound = bound
        self.approx = approx
        self.points = points
    }
}

/// A ratio or multiple: `2.5배` → 2.5.
public struct RatioValue: Sendable, Hashable {
    public var value: ExactDecimal
    public var approx: Bool

    public init(value: ExactDecimal, approx: Bool = false) {
        self.value = value
        self.approx = approx
    }
}

/// A length of time, not a date: `4년`, `9개월`, `5년간`, `향후 5년간` → ISO 8601 durations `P4Y`, `P9M`, `P5Y`.
public struct DurationValue: Sendable, Hashable {
    public var value: String
    public var approx: Bool
    /// Which way a duration anchored at the document's date runs: `향후 5년간` ahead, `최근 10년` back.
    public var anchor: DurationAnchor?
    /// The anchored duration as an ISO 8601 interval: `2025-05-30/P5Y` ahead, `P10Y/2025-05-30` back.
    public var interval: String?
    /// The date the interval is anchored at (the document's reference date).
    public var reference: String?

    public init(value: String, approx: Bool = false, anchor: DurationAnchor? = nil) {
        self.value = value
        self.approx = approx
        self.anchor = anchor
    }
}

/// The leading word of a duration that ties it to the document's date.
public enum DurationAnchor: String, Sendable, Hashable {
    /// `향후`, `앞으로`: from the reference date on.
    case ahead
    /// `최근`, `지난`, `과거`: up to the reference date.
    case back
}

/// A programme, project or plan (`산업혁신기반구축사업`, `제8차 산업기술혁신계획`, `알키미스트 프로젝트`).
public struct ProgramValue: Sendable, Hashable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}
