/// One figure of a diff: how it changed between OLD and NEW, both records, and what matched them.
/// A value type so that any report (terminal, JSON Lines, CSV, HTML) can render it.
public struct FigureChange: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case changed, added, removed, same
    }

    public let status: Status
    /// The mention type (`money`, `count`, `percent`, `ratio`, `date`).
    public let type: String
    public let old: FigureRecord?
    public let new: FigureRecord?
    /// What the two were matched on, readable (`row=AI 팩토리, column=#3`, `item=과제, context=올해 총`);
    /// for an added or removed figure, what it is about.
    public let key: String
    /// `new − old` as an exact JSON number (integer won for money); nil unless both have a value.
    public let delta: String?
    /// `new / old` with `DecimalLiteral.ratioDigits` decimals; nil unless both have a value and old ≠ 0.
    public let ratio: String?
    /// The matching score of the pair (nil for added/removed and series steps).
    public let score: Double?

    public init(status: Status, type: String, old: FigureRecord?, new: FigureRecord?, key: String, score: Double? = nil) {
        self.status = status
        self.type = type
        self.old = old
        self.new = new
        self.key = key
        self.score = score
        if let o = old?.record.number("value").flatMap(DecimalLiteral.init), let n = new?.record.number("value").flatMap(DecimalLiteral.init) {
            delta = DecimalLiteral.delta(old: o, new: n).literal
            ratio = DecimalLiteral.ratio(old: o, new: n)
        } else {
            delta = nil
            ratio = nil
        }
    }

    /// A matched pair: `same` when the values agree, else `changed`.
    public static func matched(old: FigureRecord, new: FigureRecord, key: String, score: Double? = nil) -> FigureChange {
        FigureChange(status: old.sameValue(as: new) ? .same : .changed, type: new.type, old: old, new: new, key: key, score: score)
    }
}

/// How many figures of each status a diff holds.
public struct DiffSummary: Sendable, Equatable {
    public var changed = 0, added = 0, removed = 0, same = 0

    public init(_ changes: [FigureChange]) {
        for c in changes {
            switch c.status {
            case .changed: changed += 1
            case .added: added += 1
            case .removed: removed += 1
            case .same: same += 1
            }
        }
    }

    public var line: String { "\(changed) changed, \(added) added, \(removed) removed, \(same) same" }
}
