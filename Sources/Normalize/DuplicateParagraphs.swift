/// Finds paragraphs that repeat an earlier paragraph of the same document — scraped pages often
/// carry the article twice (a print view, a caption under two photos) — so that their mentions can
/// be flagged as duplicates instead of being counted twice.
///
/// A paragraph is one line of normalized text; it counts as a repeat when, whitespace ignored, it is
/// identical to an earlier line and long enough (`minimumLength` scalars) not to be a coincidence.
public enum DuplicateParagraphs {
    public static let minimumLength = 20

    /// Normalized ranges of the lines that repeat an earlier line, in order.
    public static func ranges(in text: NormalizedText) -> [Range<Int>] {
        let scalars = text.scalars
        // Lines seen so far, by their key; equal keys are compared in full.
        var seen: [LineKey: [Range<Int>]] = [:]
        var repeats: [Range<Int>] = []
        forEachLongLine(scalars) { line, key in
            if let earlier = seen[key], earlier.contains(where: { sameText(scalars[$0], scalars[line]) }) {
                repeats.append(line)
            } else {
                seen[key, default: []].append(line)
            }
        }
        return repeats
    }

    /// A line by its non-space scalars: two 64-bit hashes and their count. FNV-1a and a
    /// multiply-xorshift take a few instructions a scalar where `Hasher` takes dozens.
    struct LineKey: Hashable {
        var a: UInt64
        var b: UInt64
        var length: Int
    }

    /// Each line of `scalars` with at least `minimumLength` non-space scalars, and its key.
    static func forEachLongLine(_ scalars: [Unicode.Scalar], _ body: (Range<Int>, LineKey) -> Void) {
        var start = 0
        let n = scalars.count
        while start < n {
            var end = start
            var a: UInt64 = 0xcbf2_9ce4_8422_2325
            var b: UInt64 = 0x9e37_79b9_7f4a_7c15
            var length = 0
            while end < n, scalars[end] != "\n" {
                let s = scalars[end]
                if s != " " && s != "\t" {
                    a = (a ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
                    b = (b &+ UInt64(s.value)) &* 0xff51_afd7_ed55_8ccd
                    b ^= b >> 29
                    length += 1
                }
                end += 1
            }
            if length >= minimumLength { body(start..<end, LineKey(a: a, b: b, length: length)) }
            start = end + 1
        }
    }

    /// Equal once spaces and tabs are ignored.
    private static func sameText(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        a.lazy.filter { $0 != " " && $0 != "\t" }.elementsEqual(b.lazy.filter { $0 != " " && $0 != "\t" })
    }
}
