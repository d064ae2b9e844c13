import SourceText

/// Appends normalized text for a stretch of original scalars: NFC, then `ScalarFolding`, with the
/// origin of every output scalar kept. `\r\n` and a lone `\r` become `\n`.
///
/// Normalization is local: the output for a range depends only on the scalars in it (cut at NFC
/// boundaries), which is what lets a record's original bytes be renormalized to its `text`.
public enum TextNormalizer {
    public static func append(_ scalars: [Unicode.Scalar], range: Range<Int>, to text: inout NormalizedText) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let v = scalars[i].value
            if copiesAsIs(v) {
                // Most of a Korean document: a run copied in one go. Its last scalar stays out when
                // the next one may combine with it (a trailing jamo, a combining accent).
                var k = i + 1
                while k < end, copiesAsIs(scalars[k].value) { k += 1 }
                if k < end, !NFC.hasBoundaryBefore(scalars[k].value) { k -= 1 }
                if k > i {
                    text.appendUnchanged(scalars, i..<k)
                    i = k
                    continue
                }
            }
            if v == 0x0D {
                if i + 1 < end, scalars[i + 1].value == 0x0A {
                    text.append("\n", from: i..<(i + 2))
                    i += 2
                } else {
                    text.append("\n", from: i..<(i + 1))
                    i += 1
                }
                continue
            }
            var j = i + 1
            while j < end, !NFC.hasBoundaryBefore(scalars[j].value) { j += 1 }
            if j == i + 1, NFC.isStableAlone(v) {
                appendFolded(scalars[i], origin: i..<j, to: &text)
            } else {
                for scalar in NFC.normalize(scalars[i..<j]) {
                    appendFolded(scalar, origin: i..<j, to: &text)
                }
            }
            i = j
        }
    }

    /// Scalars that NFC and the foldings leave as they are and that start an NFC chunk of their
    /// own: printable ASCII but the grave accent, tab and line feed, Hangul syllables, CJK
    /// ideographs.
    @inline(__always)
    static func copiesAsIs(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x20 && v != 0x60 && v != 0x7F) || v == 0x0A || v == 0x09 }
        return (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x4E00 && v <= 0x9FFF)
    }

    @inline(__always)
    private static func appendFolded(_ scalar: Unicode.Scalar, origin: Range<Int>, to text: inout NormalizedText) {
        switch ScalarFolding.fold(scalar.value) {
        case .keep: text.append(scalar, from: origin)
        case .replace(let r): text.append(r, from: origin)
        case .drop: break
        case .expand(let list): for s in list { text.append(s, from: origin) }
        }
    }

    /// Whether normalization turns `v` into white space or a line break, or drops it (`ScalarFolding`):
    /// two such scalars in a row may become a wide gap, and a line of them an empty one.
    public static func becomesBlank(_ v: UInt32) -> Bool {
        if v == 0x20 || v == 0x09 || v == 0x0A { return true }
        switch ScalarFolding.fold(v) {
        case .replace(let r): return r == " " || r == "\n"
        case .drop: return true
        case .keep, .expand: return false
        }
    }

    /// Whether normalizing `line` (a line without its terminator) gives back the same scalars,
    /// except `` ` `` which becomes `'`: every scalar is one that NFC and folding leave alone and
    /// that starts an NFC chunk of its own. Lets a large document's first pass measure most lines
    /// without normalizing them.
    public static func keepsScalars(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // On buffer pointers: asked of every line of a large file, where the checked indexing of
        // the slice and of the table cost more than the tests.
        line.withUnsafeBufferPointer { scalars in
            inertBelow3400.withUnsafeBufferPointer { table in
                for c in scalars {
                    let v = c.value
                    if v < 0x3400 {
                        if !table[Int(v)] { return false }
                    } else if !((v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x4E00 && v <= 0x9FFF)) {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// Below U+3400, the scalars `keepsScalars` accepts (computed once).
    static let inertBelow3400: [Bool] = (0..<UInt32(0x3400)).map { v in
        guard Unicode.Scalar(v) != nil else { return false }
        if v == 0x60 || v == 0x09 { return true }
        guard case .keep = ScalarFolding.fold(v), v != 0x0A, NFC.hasBoundaryBefore(v) else { return false }
        return NFC.isStableAlone(v)
    }

    /// Normalizes a whole string (for tests, and to check provenance: the original text of a
    /// record's range, normalized, equals its `text`).
    public static func normalize(_ string: String) -> String {
        let source = SourceFile(path: "", text: string)
        var text = NormalizedText()
        append(source.scalars, range: 0..<source.scalars.count, to: &text)
        return text.string
    }
}
