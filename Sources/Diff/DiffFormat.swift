import Foundation
import Records

/// The output formats of `kpolicy diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    case table, jsonl, csv
}

/// Renders a list of `FigureChange`s.
public enum DiffWriter {
    // MARK: JSON Lines

    /// One object per figure, keys in this order: `status`, `type`, `old`, `new` (the mention
    /// records exactly as read, or null), `key`, `delta`, `ratio` (null when not computable).
    public static func jsonl(_ changes: [FigureChange]) -> [UInt8] {
        var out: [UInt8] = []
        for c in changes {
            out += Array("{\"status\":".utf8)
            JSONObject.appendString(c.status.rawValue, to: &out)
            out += Array(",\"type\":".utf8)
            JSONObject.appendString(c.type, to: &out)
            out += Array(",\"old\":".utf8) + Array((c.old?.record.json ?? "null").utf8)
            out += Array(",\"new\":".utf8) + Array((c.new?.record.json ?? "null").utf8)
            out += Array(",\"key\":".utf8)
            JSONObject.appendString(c.key, to: &out)
            out += Array(",\"delta\":".utf8) + Array((c.delta ?? "null").utf8)
            out += Array(",\"ratio\":".utf8) + Array((c.ratio ?? "null").utf8)
            out += Array("}\n".utf8)
        }
        return out
    }

    // MARK: CSV

    /// The CSV columns, in this fixed order.
    public static let csvHeader = [
        "status", "type", "key", "old_value", "new_value", "delta", "ratio", "old_text", "new_text",
        "old_doc", "old_line", "old_column", "old_byteStart", "old_byteEnd",
        "new_doc", "new_line", "new_column", "new_byteStart", "new_byteEnd",
        "old_seriesDate", "new_seriesDate",
    ]

    /// RFC 4180: CRLF line ends, fields quoted when they hold `,`, `"`, CR or LF; UTF-8, with a BOM
    /// unless `bom` is false (Excel needs it to read Hangul).
    public static func csv(_ changes: [FigureChange], bom: Bool = true) -> [UInt8] {
        var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        func row(_ fields: [String]) {
            out += Array(fields.map(csvField).joined(separator: ",").utf8) + [0x0D, 0x0A]
        }
        row(csvHeader)
        for c in changes {
            func side(_ f: FigureRecord?) -> [String] {
                guard let r = f?.record else { return ["", "", "", "", ""] }
                return [r.string("doc") ?? "", r.number("line") ?? "", r.number("column") ?? "",
                        r.number("byteStart") ?? "", r.number("byteEnd") ?? ""]
            }
            row([c.status.rawValue, c.type, c.key, valueText(c.old), valueText(c.new), c.delta ?? "", c.ratio ?? "",
                 c.old?.text ?? "", c.new?.text ?? ""] + side(c.old) + side(c.new)
                + [c.old?.seriesDate ?? "", c.new?.seriesDate ?? ""])
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The exact value of a record: `value`, else `min~max` (ranges), else `from/to` (periods).
    static func valueText(_ f: FigureRecord?) -> String {
        guard let r = f?.record else { return "" }
        if let v = r.number("value") ?? r.string("value") { return v }
        let lo = r.number("min") ?? r.string("from") ?? "", hi = r.number("max") ?? r.string("to") ?? ""
        return lo.isEmpty && hi.isEmpty ? "" : lo + "~" + hi
    }

    // MARK: table

    /// Aligned columns for a terminal (East Asian wide characters count two columns):
    /// status, type, key, old → new as written, delta, ratio, and the lines of both sides.
    public static func table(_ changes: [FigureChange], oldLabel: String, newLabel: String,
                             showDocuments: Bool = false, keyWidth: Int = 40) -> String {
        var rows: [[String]] = [["status", "type", "key", "old → new", "delta", "ratio", "lines"]]
        for c in changes {
            let key = DisplayWidth.truncate(c.key, to: keyWidth)
            let values = "\(shown(c.old)) → \(shown(c.new))"
            let lines = "\(place(c.old, showDocuments)) → \(place(c.new, showDocuments))"
            rows.append([c.status.rawValue, c.type, key, values, c.delta.map { deltaText($0, type: c.type, currency: c.new?.currency) } ?? "",
                         c.ratio ?? "", lines])
        }
        var widths = Array(repeating: 0, count: rows[0].count)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], DisplayWidth.of(cell)) } }
        let rightAligned: Set<Int> = [4, 5]
        var text = "OLD  \(oldLabel)\nNEW  \(newLabel)\n\n"
        for row in rows {
            var line = ""
            for (k, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[k] - DisplayWidth.of(cell))
                if k > 0 { line += "  " }
                line += rightAligned.contains(k) ? pad + cell : (k == row.count - 1 ? cell : cell + pad)
            }
            text += line + "\n"
        }
        text += "\n" + DiffSummary(changes).line + "\n"
        return text
    }

    /// A figure as written, with its series date: `('24) 8,295억원`.
    static func shown(_ f: FigureRecord?) -> String {
        guard let f else { return "—" }
        guard let date = f.seriesDate else { return f.text }
        let label = date.count == 4 && date.allSatisfy(\.isNumber) ? "'" + date.suffix(2) : date
        return "(\(label)) \(f.text)"
    }

    static func place(_ f: FigureRecord?, _ showDocuments: Bool) -> String {
        guard let f else { return "—" }
        return showDocuments ? "\((f.doc as NSString).lastPathComponent):\(f.line)" : String(f.line)
    }

    /// A delta for reading: won in Korean units (`+277억원`, `-5억 4,000만원`), percent in points
    /// (`+3.3%p`), anything else as a signed number.
    static func deltaText(_ literal: String, type: String, currency: String?) -> String {
        let sign = literal.hasPrefix("-") ? "-" : (literal == "0" ? "" : "+")
        let magnitude = literal.hasPrefix("-") ? String(literal.dropFirst()) : literal
        switch type {
        case "money" where (currency ?? "KRW") == "KRW":
            guard let won = UInt64(magnitude) else { return sign + magnitude + "원" }
            return sign + koreanWon(won)
        case "percent": return sign + magnitude + "%p"
        default: return sign + grouped(magnitude)
        }
    }

    static func koreanWon(_ won: UInt64) -> String {
        if won == 0 { return "0원" }
        let units: [(UInt64, String)] = [(1_000_000_000_000, "조"), (100_000_000, "억"), (10_000, "만")]
        var rest = won
        var parts: [String] = []
        for (size, name) in units where rest >= size {
            parts.append(grouped(String(rest / size)) + name)
            rest %= size
        }
        if rest > 0 { parts.append(grouped(String(rest))) }
        return parts.joined(separator: " ") + "원"
    }

    /// `1234567` → `1,234,567` (the fraction, if any, untouched).
    static func grouped(_ digits: String) -> String {
        let whole = digits.split(separator: ".", maxSplits: 1).first.map(String.init) ?? digits
        let fraction = digits.dropFirst(whole.count)
        var out = ""
        for (k, ch) in whole.enumerated() {
            if k > 0 && (whole.count - k) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out + fraction
    }
}

/// How many terminal columns text takes: East Asian wide and full-width characters (Hangul, CJK,
/// full-width forms) two, combining marks none, everything else one.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(String(ch))
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
