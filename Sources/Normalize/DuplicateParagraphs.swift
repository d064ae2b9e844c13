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
        var seen = Set<String>()
        var repeats: [Range<Int>] = []
        var start = 0
        let n = scalars.count
        while start < n {
            var end = start
            while end < n, scalars[end] != "\n" { end += 1 }
            var key = String.UnicodeScalarView()
            for s in scalars[start..<end] where s != " " && s != "\t" { key.append(s) }
            if key.count >= minimumLength {
                if !seen.insert(String(key)).inserted { repeats.append(start..<end) }
            }
            start = end + 1
        }
        return repeats
    }
}
