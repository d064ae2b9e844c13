import Foundation

/// An exact decimal read from a JSON number literal (`268500000000`, `11.5`, `-0.25`).
///
/// Foundation's `Decimal` holds 38 significant digits, so won amounts (integers up to about 10^18)
/// and their differences stay exact; nothing passes through `Double`.
public struct DecimalLiteral: Sendable, Hashable {
    public let value: Decimal

    public init?(_ literal: String) {
        guard Self.isPlainNumber(literal),
              let decimal = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        value = decimal
    }

    init(value: Decimal) { self.value = value }

    /// `-?digits(.digits)?`, the form records write; `Decimal(string:)` alone would read the
    /// `2024` of `2024-05`.
    static func isPlainNumber(_ s: String) -> Bool {
        var scalars = Substring(s).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
    }

    public static func == (a: DecimalLiteral, b: DecimalLiteral) -> Bool { a.value == b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(literal) }

    /// The number as a JSON literal without exponent or trailing zeros: `27700000000`, `3.3`, `-5`.
    public var literal: String {
        var v = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 18, .plain)
        return Self.plainString(rounded)
    }

    /// `new − old`, exact.
    public static func delta(old: DecimalLiteral, new: DecimalLiteral) -> DecimalLiteral {
        DecimalLiteral(value: new.value - old.value)
    }

    /// `new / old` rounded half away from zero to `digits` decimals and written with exactly that
    /// many (`1.1151`, `1.0000`); nil when `old` is zero.
    public static func ratio(old: DecimalLiteral, new: DecimalLiteral, digits: Int = ratioDigits) -> String? {
        if old.value.isZero { return nil }
        var quotient = new.value / old.value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, digits, .plain)
        return fixed(rounded, digits: digits)
    }

    /// Decimal places of `ratio` in every output.
    public static let ratioDigits = 4

    /// `d` with exactly `digits` decimals.
    static func fixed(_ d: Decimal, digits: Int) -> String {
        var text = plainString(d)
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        var whole = text, fraction = ""
        if let dot = text.firstIndex(of: ".") {
            whole = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        if fraction.count < digits { fraction += String(repeating: "0", count: digits - fraction.count) }
        let body = digits == 0 ? whole : whole + "." + fraction.prefix(digits)
        return negative && body.contains(where: { $0 != "0" && $0 != "." }) ? "-" + body : body
    }

    /// Decimal's own text, never with an exponent (it writes plain digits), `.` as separator.
    static func plainString(_ d: Decimal) -> String {
        var copy = d
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }
}
