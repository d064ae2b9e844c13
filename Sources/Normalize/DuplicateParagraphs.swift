/// Finds paragraphs that repeat an earlier paragraph of the same document — scraped pages often
/// carry the article twice (a print view, a caption under two photos) — so that their mentions can
/// be flagged as duplicates instead of being counted twice.
///
/// A paragraph is one line of normalized text; it counts as a repeat when, whitespace ignored, it is
/// identical to an earlier line and long enough (`minimumLength` scalars) not to be a coincidence.
/// A sentence counts as a repeat on the same terms against earlier sentences: pages also carry their
/// article a second time with its paragraphs run together into one line (a summary box, a print
/// view), where no line repeats but every sentence does.
public enum DuplicateParagraphs {
    public static let minimumLength = 20

    /// The ranges that repeat earlier text: the lines that repeat an earlier line and the
    /// `sentences` (normalized ranges, in order) that repeat an earlier sentence, sorted, with
    /// overlapping ones merged.
    public static func ranges(in text: NormalizedText, sentences: [Range<Int>]) -> [Range<Int>] {
        let scalars = text.scalars
        var seen: [LineKey: [Range<Int>]] = [:]
        var repeated: [Range<Int>] = []
        for sentence in sentences {
            guard let key = key(of: scalars[sentence]) else { continue }
            if let earlier = seen[key], earlier.contains(where: { sameText(scalars[$0], scalars[sentence]) }) {
                repeated.append(sentence)
            } else {
                seen[key, default: []].append(sentence)
            }
        }
        return merged(ranges(in: text), repeated)
    }

    /// Two sorted lists of ranges as one sorted list of disjoint ranges.
    public static func merged(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var all = a + b
        all.sort { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        out.reserveCapacity(all.count)
        for r in all {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// The key of a stretch of text (a sentence), or nil when it is shorter than `minimumLength`.
    static func key(of text: ArraySlice<Unicode.Scalar>) -> LineKey? {
        var key = LineKey()
        for s in text where s != "\n" { key.add(s) }
        return key.length >= minimumLength ? key : nil
    }

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
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x9e37_79b9_7f4a_7c15
        var length = 0

        /// Takes in one more scalar; spaces and tabs do not count.
        @inline(__always)
        mutating func add(_ s: Unicode.Scalar) {
            guard s != " " && s != "\t" else { return }
            a = (a ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
            b = (b &+ UInt64(s.value)) &* 0xff51_afd7_ed55_8ccd
            b ^= b >> 29
            length += 1
        }
    }

    /// Each line of `scalars` with at least `minimumLength` non-space scalars, and its key.
    static func forEachLongLine(_ scalars: [Unicode.Scalar], _ body: (Range<Int>, LineKey) -> Void) {
        var start = 0
        let n = scalars.count
        while start < n {
            var end = start
            var key = LineKey()
            while end < n, scalars[end] != "\n" {
                key.add(scalars[end])
                end += 1
            }
            if key.length >= minimumLength { body(start..<end, key) }
            start = end + 1
        }
    }

    /// Equal once spaces, tabs and line breaks are ignored.
    private static func sameText(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        a.lazy.filter { $0 != " " && $0 != "\t" && $0 != "\n" }.elementsEqual(b.lazy.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
    }
}
