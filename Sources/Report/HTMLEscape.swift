/// Escaping for text that goes into the page. Document text is untrusted (a scraped page may carry
/// `<script>`), so every string from a document, a path or a value passes through here, in element
/// content and in attribute values alike: the five characters that can end a text run or an
/// attribute are written as character references, and C0 control characters other than tab and
/// line feed (which HTML does not allow, even as references) become U+FFFD.
public enum HTMLEscape {
    /// `s` escaped for element content or a double- or single-quoted attribute value.
    public static func escaped(_ s: String) -> String {
        var out = ""
        append(s, to: &out)
        return out
    }

    /// Appends `s` escaped to `out` (no intermediate string per call).
    public static func append(_ s: String, to out: inout String) {
        for scalar in s.unicodeScalars { append(scalar, to: &out) }
    }

    /// Appends one scalar, escaped, to `out`.
    @inline(__always)
    public static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t", "\n": out.unicodeScalars.append(scalar)
        case "\r": out.unicodeScalars.append("\n")
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out.unicodeScalars.append("\u{FFFD}")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
}
