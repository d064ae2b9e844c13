import Emit
import Foundation

/// A JSON Schema (draft 2020-12) validator for the keywords our schemas use: `type`, `properties`,
/// `required`, `additionalProperties`, `enum`, `const`, `items`, `$ref` to `#/$defs/…`, `minimum`,
/// `pattern`, `oneOf`, `allOf`, `if`/`then`/`else`. Any other keyword in a schema is reported as an
/// error, so a schema cannot silently rely on something this validator ignores.
struct SchemaValidator {
    let root: JSONValue

    static let known: Set<String> = [
        "$schema", "$id", "$defs", "title", "description", "type", "properties", "required",
        "additionalProperties", "enum", "const", "items", "$ref", "minimum", "pattern", "oneOf", "allOf",
        "if", "then", "else",
    ]

    /// The errors of `value` against the root schema (empty = valid).
    func errors(_ value: JSONValue) -> [String] {
        var out: [String] = []
        check(value, against: root, at: "$", into: &out)
        return out
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into out: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { out.append("\(path): no value is allowed here") }
            return
        }
        guard case .object(let keywords) = schema else {
            out.append("\(path): schema is not an object")
            return
        }
        for (keyword, _) in keywords where !Self.known.contains(keyword) {
            out.append("\(path): unsupported keyword \(keyword)")
        }
        if case .string(let ref)? = schema["$ref"] {
            guard let target = resolve(ref) else {
                out.append("\(path): unresolved $ref \(ref)")
                return
            }
            check(value, against: target, at: path, into: &out)
        }
        if let type = schema["type"] {
            let allowed: [String]
            switch type {
            case .string(let s): allowed = [s]
            case .array(let items): allowed = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { Self.has(value, type: $0) }) {
                out.append("\(path): expected \(allowed.joined(separator: "|")), found \(Self.describe(value))")
                return
            }
        }
        if let constant = schema["const"], constant != value {
            out.append("\(path): expected the constant \(Self.describe(constant)), found \(Self.describe(value))")
        }
        if case .array(let options)? = schema["enum"], !options.contains(value) {
            out.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if case .number(let minimum)? = schema["minimum"], case .number(let literal) = value,
           let bound = Decimal(string: minimum), let number = Decimal(string: literal), number < bound {
            out.append("\(path): \(literal) is below the minimum \(minimum)")
        }
        if case .string(let pattern)? = schema["pattern"], case .string(let text) = value {
            if ((try? Regex(pattern)).flatMap { try? $0.firstMatch(in: text) }) == nil {
                out.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if case .object(let pairs) = value {
            let properties: [(key: String, value: JSONValue)]
            if case .object(let p)? = schema["properties"] { properties = p } else { properties = [] }
            for (key, member) in pairs {
                if let sub = properties.first(where: { $0.key == key })?.value {
                    check(member, against: sub, at: path + "." + key, into: &out)
                } else if let additional = schema["additionalProperties"] {
                    if case .bool(false) = additional {
                        out.append("\(path): property \(key) is not allowed")
                    } else {
                        check(member, against: additional, at: path + "." + key, into: &out)
                    }
                }
            }
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where value[key] == nil {
                    out.append("\(path): required property \(key) is missing")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(i)]", into: &out) }
        }
        if case .array(let all)? = schema["allOf"] {
            for sub in all { check(value, against: sub, at: path, into: &out) }
        }
        if case .array(let options)? = schema["oneOf"] {
            let results = options.map { option -> [String] in
                var e: [String] = []
                check(value, against: option, at: path, into: &e)
                return e
            }
            let passing = results.filter(\.isEmpty).count
            if passing != 1 {
                // Report the branch with the fewest errors: for our schemas, the one of the record's type.
                let closest = results.min { $0.count < $1.count } ?? []
                out.append("\(path): \(passing) of the oneOf branches match (one must); closest: \(closest.joined(separator: "; "))")
            }
        }
        if let condition = schema["if"] {
            var e: [String] = []
            check(value, against: condition, at: path, into: &e)
            if e.isEmpty, let then = schema["then"] { check(value, against: then, at: path, into: &out) }
            if !e.isEmpty, let otherwise = schema["else"] { check(value, against: otherwise, at: path, into: &out) }
        }
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let next = node[String(part)] else { return nil }
            node = next
        }
        return node
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number):
            return true
        case ("integer", .number(let literal)):
            // 2020-12: a number with a zero fractional part is an integer; our writer never writes `1.0`.
            return !literal.contains(".") && !literal.lowercased().contains("e")
        default:
            return false
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return "\"\(s)\""
        case .number(let n): return n
        case .bool(let b): return String(b)
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
