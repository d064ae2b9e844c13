/// Overflow-checked arithmetic on `ExactDecimal` (`units / 10^scale`). Every operation returns nil
/// instead of wrapping: a number too large for Int64 gives no mention, never a wrong one.
extension ExactDecimal {
    static let powersOf10: [Int64] = {
        var p: [Int64] = [1]
        for _ in 1...18 { p.append(p.last! * 10) }
        return p
    }()

    static func pow10(_ e: Int) -> Int64? { e >= 0 && e <= 18 ? powersOf10[e] : nil }

    /// Trailing fractional zeros removed (`4320.0` → `4320`).
    var reduced: ExactDecimal {
        var u = units, sc = scale
        while sc > 0, u % 10 == 0 { u /= 10; sc -= 1 }
        return ExactDecimal(units: u, scale: sc)
    }

    var isInteger: Bool { reduced.scale <= 0 }

    /// `self × 10^e`, exact.
    func timesPow10(_ e: Int) -> ExactDecimal? {
        if e == 0 { return self }
        if scale >= e { return ExactDecimal(units: units, scale: scale - e).reduced }
        guard let p = Self.pow10(e - scale) else { return units == 0 ? ExactDecimal(units: 0) : nil }
        let (u, o) = units.multipliedReportingOverflow(by: p)
        return o ? nil : ExactDecimal(units: u, scale: 0)
    }

    /// The same value written with `target` fraction digits (target ≥ scale).
    func rescaled(to target: Int) -> Int64? {
        if target == scale { return units }
        guard target > scale, let p = Self.pow10(target - scale) else { return nil }
        let (u, o) = units.multipliedReportingOverflow(by: p)
        return o ? nil : u
    }

    func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let sc = Swift.max(scale, other.scale)
        guard let a = rescaled(to: sc), let b = other.rescaled(to: sc) else { return nil }
        let (u, o) = a.addingReportingOverflow(b)
        return o ? nil : ExactDecimal(units: u, scale: sc).reduced
    }

    var negated: ExactDecimal? {
        units == .min ? nil : ExactDecimal(units: -units, scale: scale)
    }

    /// -1, 0, 1; nil when the two cannot be aligned without overflow.
    func compare(_ other: ExactDecimal) -> Int? {
        let sc = Swift.max(scale, other.scale)
        guard let a = rescaled(to: sc), let b = other.rescaled(to: sc) else { return nil }
        return a < b ? -1 : (a == b ? 0 : 1)
    }
}
