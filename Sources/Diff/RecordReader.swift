import Emit

/// One field value of a JSON Lines record, as Emit's `JSONValue` read it: a number stays its
/// literal text (`268500000000`, `11.5`) so that amounts never pass through floating point.
public enum RecordValue: Sendable, Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    /// A nested object or array (documents.jsonl's `counts`), keys in the order written.
    case nested(JSONValue)

    init(_ value: JSONValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .number(let n): self = .number(n)
        case .bool(let b): self = .bool(b)
        case .null: self = .null
        case .array, .object: self = .nested(value)
        }
    }
}

/// One JSON object read from a line of mentions.jsonl, documents.jsonl or sentences.jsonl:
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

/// Reads one JSON object per line through Emit's `JSONValue`, the one JSON reader of the
/// project, keeping a repeated key (older outputs repeat `column`) and the object's exact text.
public enum RecordReader {
    public static func object(_ line: String) throws -> RecordObject {
        try object(line.utf8)
    }

    static func object<Line: BidirectionalCollection<UInt8>>(_ line: Line) throws -> RecordObject {
        let value: JSONValue
        do {
            value = try JSONValue.parse(line, duplicateKeys: .kept)
        } catch let error as JSONReadError {
            throw RecordSyntaxError(offset: error.offset, reason: error.reason)
        }
        // The line parsed as one value, so without its surrounding JSON white space it is exactly
        // that value's text.
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        let start = line.firstIndex { !isSpace($0) } ?? line.endIndex
        guard case .object(let pairs) = value, let last = line.lastIndex(where: { !isSpace($0) }) else {
            throw RecordSyntaxError(offset: line.distance(from: line.startIndex, to: start), reason: "expected an object")
        }
        return RecordObject(json: String(decoding: line[start...last], as: UTF8.self),
                            fields: pairs.map { (key: $0.key, value: RecordValue($0.value)) })
    }

    /// Every non-blank line of `text` as an object; `name` names the file in errors.
    public static func lines(_ text: String, name: String) throws -> [RecordObject] {
        var result: [RecordObject] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) { continue }
            do {
                result.append(try object(line.utf8))
            } catch {
                throw DiffInputError(message: "\(name) line \(number): \(error)")
            }
        }
        return result
    }
}
