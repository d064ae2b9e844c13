/// One value of a JSON Lines record, kept as written: a number stays its literal text
/// (`268500000000`, `11.5`) so that amounts never pass through floating point.
public enum RecordValue: Sendable, Hashable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    /// A nested object or array, as its JSON text.
    case nested(String)
}

/// One flat JSON object read from a line of mentions.jsonl, documents.jsonl or sentences.jsonl:
/// its text exactly as read (so it can be written back unchanged) and its fields in order.
public struct RecordObject: Sendable {
    /// The object's JSON text as read.
    public let json: String
    /// Every field in the order written (a repeated key keeps every occurrence).
    public let fields: [(key: String, value: RecordValue)]

    /// The first occurrence of `key`.
    public subscript(key: String) -> RecordValue? {
        fields.first { $0.key == key }?.value
    }

    public func string(_ key: String) -> String? {
        for field in fields where field.key == key {
            if case .string(let s) = field.value { return s }
        }
        return nil
    }

    /// The literal of a number field.
    public func number(_ key: String) -> String? {
        for field in fields where field.key == key {
            if case .number(let s) = field.value { return s }
        }
        return nil
    }

    public func int(_ key: String) -> Int? {
        number(key).flatMap { Int($0) }
    }

    public func bool(_ key: String) -> Bool {
        if case .bool(let b)? = self[key] { return b }
        return false
    }
}

/// Why a record line could not be read.
public struct RecordSyntaxError: Error, Sendable, CustomStringConvertible {
    public let offset: Int
    public let reason: String
    public var description: String { "invalid JSON at byte \(offset): \(reason)" }
}

/// A small reader for one JSON object per line. Records are flat objects of strings, numbers,
/// booleans and null (documents.jsonl nests one `counts` object), so a full JSON library is not
/// needed, and keeping numbers as text keeps them exact.
public enum RecordReader {
    public static func object(_ line: String) throws -> RecordObject {
        var reader = Cursor(bytes: Array(line.utf8))
        reader.skipSpace()
        let start = reader.index
        let fields = try reader.readObjectFields()
        let end = reader.index
        reader.skipSpace()
        if !reader.atEnd { throw reader.error("text after the object") }
        let json = String(decoding: reader.bytes[start..<end], as: UTF8.self)
        return RecordObject(json: json, fields: fields)
    }

    /// Every non-blank line of `text` as an object; `name` names the file in errors.
    public static func lines(_ text: String, name: String) throws -> [RecordObject] {
        var result: [RecordObject] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) { continue }
            do {
                result.append(try object(String(line)))
            } catch {
                throw DiffInputError(message: "\(name) line \(number): \(error)")
            }
        }
        return result
    }

    struct Cursor {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index >= bytes.count }

        func error(_ reason: String) -> RecordSyntaxError { RecordSyntaxError(offset: index, reason: reason) }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
                index += 1
            }
        }

        mutating func expect(_ byte: UInt8) throws {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else {
                throw error("expected '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }

        mutating func readObjectFields() throws -> [(key: String, value: RecordValue)] {
            try expect(UInt8(ascii: "{"))
            var fields: [(key: String, value: RecordValue)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return fields
            }
            while true {
                skipSpace()
                let key = try readString()
                try expect(UInt8(ascii: ":"))
                fields.append((key, try readValue()))
                skipSpace()
                guard index < bytes.count else { throw error("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return fields }
                throw error("expected ',' or '}'")
            }
        }

        mutating func readValue() throws -> RecordValue {
            skipSpace()
            guard index < bytes.count else { throw error("missing value") }
            switch bytes[index] {
            case UInt8(ascii: "\""): return .string(try readString())
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let start = index
                try skipNested()
                return .nested(String(decoding: bytes[start..<index], as: UTF8.self))
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try readNumber())
            }
        }

        mutating func literal(_ word: String) throws {
            let w = Array(word.utf8)
            guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else { throw error("expected \(word)") }
            index += w.count
        }

        mutating func readNumber() throws -> String {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            while index < bytes.count {
                let b = bytes[index]
                let isDigit = b >= 0x30 && b <= 0x39
                guard isDigit || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") else { break }
                index += 1
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard let first = text.last, first.isNumber else { throw RecordSyntaxError(offset: start, reason: "not a number") }
            return text
        }

        /// Skips an object or array, strings inside included.
        mutating func skipNested() throws {
            var depth = 0
            repeat {
                guard index < bytes.count else { throw error("unterminated object or array") }
                switch bytes[index] {
                case UInt8(ascii: "\""): _ = try readString(); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                index += 1
            } while depth > 0
        }

        mutating func readString() throws -> String {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string") }
            index += 1
            var out: [UInt8] = []
            while true {
                guard index < bytes.count else { throw error("unterminated string") }
                let b = bytes[index]
                index += 1
                if b == UInt8(ascii: "\"") { break }
                if b != UInt8(ascii: "\\") { out.append(b); continue }
                guard index < bytes.count else { throw error("unterminated escape") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: out.append(e) // \" \\ \/
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                throw error("bad \\u escape")
            }
            index += 4
            return v
        }
    }
}
