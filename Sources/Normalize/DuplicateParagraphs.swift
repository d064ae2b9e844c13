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
        // Lines seen so far, by a hash of their non-space scalars; equal hashes are compared in full.
        var seen: [Int: [Range<Int>]] = [:]
        var repeats: [Range<Int>] = []
        var start = 0
        let n = scalars.count
        while start < n {
            var end = start
            // FNV-1a over scalar values: a few instructions a scalar where `Hasher` takes dozens;
            // collisions only cost a full comparison.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var length = 0
            while end < n, scalars[end] != "\n" {
                let s = scalars[end]
                if s != " " && s != "\t" {
                    hash = (hash ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
                    length += 1
                }
                end += 1
            }
            if length >= minimumLength {
                let key = Int(truncatingIfNeeded: hash)
                let line = start..<end
                if let earlier = seen[key], earlier.contains(where: { sameText(scalars[$0], scalars[line]) }) {
                    repeats.append(line)
                } else {
                    seen[key, default: []].append(line)
                }
            }
            start = end + 1
        }
        return repeats
    }

    /// Equal once spaces and tabs are ignored.
    private static func sameText(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        a.lazy.filter { $0 != " " && $0 != "\t" }.elementsEqual(b.lazy.filter { $0 != " " && $0 != "\t" })
    }
}
