import CICU

/// What normalization does to text, scalar by scalar, after NFC: the foldings that make Korean
/// policy text from different sources compare equal.
///
/// - full-width ASCII (`０-９`, `Ａ-Ｚ`, `％`, `（`…) → ASCII
/// - the apostrophes and primes used for short years (`’24`, `‘24`, `` `24 ``, `´24`) → `'`
/// - curly double quotes → `"`; wave dashes and tildes (`∼`, `〜`) → `~`; dash variants → `-`
/// - middle dots (`・`, `‧`, `ㆍ`, `•` is a bullet and stays) → `·`
/// - NBSP, ideographic and other odd spaces → space; zero-width characters and soft hyphens dropped
/// - enclosed `㈜`/`㈔` → `(주)`/`(사)`; bullets (`ㅇ □ ❶ ①`…) are kept as they are
enum ScalarFolding {
    enum Result {
        case keep
        case replace(Unicode.Scalar)
        case drop
        case expand([Unicode.Scalar])
    }

    @inline(__always)
    static func fold(_ v: UInt32) -> Result {
        if v < 0x80 {
            switch v {
            case 0x60: return .replace("'")                  // grave accent used as apostrophe
            case 0x09, 0x0A: return .keep
            case 0x00..<0x20, 0x7F: return .replace(" ")     // other controls
            default: return .keep
            }
        }
        if v >= 0xAC00 && v <= 0xD7A3 { return .keep }
        switch v {
        case 0xFF01...0xFF5E:
            return .replace(Unicode.Scalar(v - 0xFEE0)!)
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680:
            return .replace(" ")
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD:
            return .drop
        case 0x0080...0x009F:
            return .replace(" ")
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x00B4, 0x2032, 0x02BC, 0x02B9:
            return .replace("'")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
            return .replace("\"")
        case 0x223C, 0x301C, 0x2053:
            return .replace("~")
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63:
            return .replace("-")
        case 0x30FB, 0x2027, 0x318D, 0xFF65, 0x2219:
            return .replace("\u{00B7}")
        case 0x2028, 0x2029:
            return .replace("\n")
        case 0x321C:
            return .expand(["(", "주", ")"])
        case 0x3214:
            return .expand(["(", "사", ")"])
        default:
            return .keep
        }
    }
}

/// Unicode NFC through system ICU, with a fast path for the scalars that dominate Korean text.
enum NFC {
    /// True when no scalar before `v` can combine with it, so text can be cut before `v`.
    @inline(__always)
    static func hasBoundaryBefore(_ v: UInt32) -> Bool {
        if v < 0x300 || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x3131 && v <= 0x318E) || (v >= 0x4E00 && v <= 0x9FFF) {
            return true
        }
        return kp_nfc_has_boundary_before(v) != 0
    }

    /// True when a single scalar `v` is already in NFC on its own.
    @inline(__always)
    static func isStableAlone(_ v: UInt32) -> Bool {
        if v < 0x300 || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x3131 && v <= 0x318E) || (v >= 0x4E00 && v <= 0x9FFF) {
            return true
        }
        return v < 0x3400 && stableAloneBelow3400[Int(v)]
    }

    /// Below U+3400, the answer of `isStableAlone` (ICU asked once per scalar): the symbols of
    /// Korean documents (`’ □ • → ① ※`) then skip a call to the normalizer each.
    static let stableAloneBelow3400: [Bool] = (0..<UInt32(0x3400)).map { v in
        v < 0x300 || kp_nfc_is_normalized_alone(v) != 0
    }

    static func normalize(_ chunk: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let input = chunk.map { $0.value }
        var output = [UInt32](repeating: 0, count: input.count * 4 + 8)
        let written = kp_nfc_normalize(input, Int32(input.count), &output, Int32(output.count))
        guard written >= 0 else { return Array(chunk) }
        return output.prefix(Int(written)).compactMap(Unicode.Scalar.init)
    }
}
