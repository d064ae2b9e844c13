/// A JSON value read back from our own record lines. Numbers keep their literal (`4320000000`,
/// `1.5`) so that nothing is rounded through `Double`; objects keep their keys in order.
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    /// A number as its literal text, exactly as written.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)), let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value of `key` in an object (nil for other values or a missing key).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// What the reader does with a key an object repeats.
    public enum DuplicateKeys: Sendable {
        /// An error: our records never repeat a key, and a reader taking the first or the last
        /// would hide the bug.
        case rejected
        /// Every occurrence kept in order: outputs written before `rowLabel`/`columnLabel` put a
        /// table cell's `column` label beside the provenance `column`, and `kpolicy diff` still
        /// reads them.
        case kept
    }

    /// Parses one complete JSON text (RFC 8259); a repeated key is an error unless `duplicateKeys`
    /// is `.kept`.
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes, duplicateKeys: DuplicateKeys = .rejected) throws -> JSONValue {
        var reader = JSONReader(bytes: Array(bytes), keepsDuplicateKeys: duplicateKeys == .kept)
        let value = try reader.value()
        reader.skipSpace()
        guard reader.atEnd else { throw reader.error("text after the value") }
        return value
    }
}

/// Why a line is not the JSON we expected, with the byte offset.
public struct JSONReadError: Error, CustomStringConvertible {
    public let offset: Int
    public let reason: String
    public var description: String { "JSON error at byte \(offset): \(reason)" }
}

/// A small recursive-descent reader over UTF-8 bytes.
struct JSONReader {
    let bytes: [UInt8]
    let keepsDuplicateKeys: Bool
    var i = 0

    init(bytes: [UInt8], keepsDuplicateKeys: Bool = false) {
        self.bytes = bytes
        self.keepsDuplicateKeys = keepsDuplicateKeys
    }

    var atEnd: Bool { i >= bytes.count }

    func error(_ reason: String) -> JSONReadError { JSONReadError(offset: i, reason: reason) }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func expect(_ literal: String) throws {
        for b in literal.utf8 {
            guard i < bytes.count, bytes[i] == b else { throw error("expected \(literal)") }
            i += 1
        }
    }

    mutating func value() throws -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func object() throws -> JSONValue {
        i += 1
        var pairs: [(key: String, value: JSONValue)] = []
        var keys = Set<String>()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try string()
            guard keepsDuplicateKeys || keys.insert(key).inserted else { throw error("duplicate key \"\(key)\"") }
            skipSpace()
            try expect(":")
            pairs.append((key, try value()))
            skipSpace()
            guard i < bytes.count else { throw error("unclosed object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            throw error("expected , or }")
        }
    }

    mutating func array() throws -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw error("unclosed array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw error("expected , or ]")
        }
    }

    mutating func number() throws -> String {
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ r: inout JSONReader) -> Int {
            let s = r.i
            while r.i < r.bytes.count, (0x30...0x39).contains(r.bytes[r.i]) { r.i += 1 }
            return r.i - s
        }
        let intStart = i
        guard digits(&self) > 0 else { throw error("expected a value") }
        if bytes[intStart] == 0x30, i - intStart > 1 { throw error("leading zero") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw error("digits expected after .") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw error("digits expected in exponent") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw error("unclosed string") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 0x20 { throw error("control character in string") }
            if b != UInt8(ascii: "\\") {
                // Copy the run of plain bytes up to the next quote, backslash or control byte at once.
                var end = i + 1
                while end < bytes.count, bytes[end] >= 0x20, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue
            }
            i += 1
            guard i < bytes.count else { throw error("unclosed escape") }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    try expect("\\u")
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let s = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                out.append(contentsOf: Array(String(s).utf8))
            default: throw error("unknown escape")
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8") }
        return s
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw error("bad hex digit")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }
}
