import SourceText

/// Builds one JSON object with keys in the order they are added, as UTF-8 bytes. Absent optional
/// values are left out. Strings are escaped per RFC 8259 (control characters as `\uXXXX`); non-ASCII
/// text is written as UTF-8, not escaped, so Korean stays readable.
public struct JSONObject: Sendable {
    public private(set) var bytes: [UInt8]
    private var empty = true

    public init() {
        bytes = [UInt8(ascii: "{")]
        // Most records are 150–400 bytes: one allocation instead of growing from one byte.
        bytes.reserveCapacity(384)
    }

    /// An object written at the end of `buffer`, so that a document's records go straight into its
    /// output buffer instead of being built apart and copied; `finishLine()` hands the buffer back.
    public init(appendingTo buffer: [UInt8]) {
        bytes = buffer
        bytes.append(UInt8(ascii: "{"))
    }

    /// Closes the object as one JSON Lines line and returns the whole buffer (leaving this empty).
    public mutating func finishLine() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(UInt8(ascii: "\n"))
        defer { bytes = [] }
        return bytes
    }

    private mutating func key(_ k: String) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        // Keys are literals, whose UTF-8 is at hand without the copy-and-check of `withUTF8`.
        let done: Void? = k.utf8.withContiguousStorageIfAvailable { JSONObject.appendQuoted($0, to: &bytes) }
        if done == nil { JSONObject.appendString(k, to: &bytes) }
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func add(_ k: String, _ value: String?) {
        guard let value else { return }
        key(k)
        JSONObject.appendString(value, to: &bytes)
    }

    /// A string given as Unicode scalars, written as escaped UTF-8 without building a `String`.
    public mutating func add(_ k: String, scalars: ArraySlice<Unicode.Scalar>) {
        key(k)
        bytes.append(UInt8(ascii: "\""))
        for s in scalars {
            let v = s.value
            if v >= 0x80 {
                UTF8Bytes.append(s, to: &bytes)
            } else if v < 0x20 || v == 0x22 || v == 0x5C || v == 0x7F {
                JSONObject.appendEscape(UInt8(v), to: &bytes)
            } else {
                bytes.append(UInt8(v))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string given as valid UTF-8 bytes (no `String` built, no re-validation).
    public mutating func add(_ k: String, utf8: [UInt8]) {
        key(k)
        utf8.withUnsafeBufferPointer { JSONObject.appendQuoted($0, to: &bytes) }
    }

    public mutating func add(_ k: String, _ value: Int?) {
        guard let value else { return }
        key(k)
        JSONObject.appendInteger(Int64(value), to: &bytes)
    }

    public mutating func add(_ k: String, _ value: Int64?) {
        guard let value else { return }
        key(k)
        JSONObject.appendInteger(value, to: &bytes)
    }

    /// Decimal digits of `value`, as `String(value)` writes them, without building a `String`
    /// (records carry many integers: offsets, lines, columns, values).
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    public mutating func add(_ k: String, _ value: Bool?) {
        guard let value else { return }
        key(k)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A number given as its exact JSON literal (`4320000000`, `1.5`).
    public mutating func add(_ k: String, number literal: String?) {
        guard let literal else { return }
        key(k)
        bytes.append(contentsOf: literal.utf8)
    }

    public mutating func add(_ k: String, _ object: JSONObject) {
        key(k)
        bytes.append(contentsOf: object.closed)
    }

    public mutating func add(_ k: String, strings: [String]) {
        key(k)
        bytes.append(UInt8(ascii: "["))
        for (i, s) in strings.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONObject.appendString(s, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The object with its closing brace.
    public var closed: [UInt8] { bytes + [UInt8(ascii: "}")] }

    /// The object as one JSON Lines line.
    public var line: [UInt8] { bytes + [UInt8(ascii: "}"), UInt8(ascii: "\n")] }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public static func appendString(_ s: String, to out: inout [UInt8]) {
        var string = s
        string.withUTF8 { appendQuoted($0, to: &out) }
    }

    /// `bytes` (UTF-8) in quotes, escaped.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Copy runs of bytes that need no escaping in one go (rebased: a memcpy, not a loop).
        var runStart = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            runStart = i + 1
            appendEscape(b, to: &out)
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        out.append(UInt8(ascii: "\""))
    }

    /// The escape of one ASCII byte that JSON strings cannot hold as is.
    static func appendEscape(_ b: UInt8, to out: inout [UInt8]) {
        out.append(92)
        switch b {
        case 0x22: out.append(34)
        case 0x5C: out.append(92)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }
}
