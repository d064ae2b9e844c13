import Normalize

/// The wrap width of a document (`Run.estimateWrapWidth`) counted line by line, for a large
/// document read in pieces: a histogram of line widths instead of the lines themselves. Lines are
/// normalized lines without their terminator; blank lines and table rows do not count, as in the
/// segmenter. `estimate` equals `estimateWrapWidth` over the same lines.
public struct WrapWidthTally: Sendable {
    private var counts: [Int: Int] = [:]
    private var lines = 0
    private var total = 0

    public init() {}

    /// The width the segmenter gives the line, or nil when it does not count (blank, table row).
    public static func width(of line: ArraySlice<Unicode.Scalar>) -> Int? {
        var s = line.startIndex
        var e = line.endIndex
        while s < e, line[s] == " " || line[s] == "\t" { s += 1 }
        while e > s, line[e - 1] == " " || line[e - 1] == "\t" { e -= 1 }
        guard s < e else { return nil }
        var width = 0
        for k in s..<e {
            let c = line[k]
            if c == "\t" { return nil }
            width += Run.displayWidth(c)
        }
        return width
    }

    /// `width(of:)` of each line of `scalars` (split at `\n`) that counts, in order.
    public static func forEachWidth(ofLinesIn scalars: [Unicode.Scalar], _ body: (Int) -> Void) {
        var a = 0
        while a <= scalars.count {
            var b = a
            while b < scalars.count, scalars[b] != "\n" { b += 1 }
            if let w = width(of: scalars[a..<b]) { body(w) }
            a = b + 1
        }
    }

    public mutating func add(width: Int) {
        counts[width, default: 0] += 1
        lines += 1
        total += width
    }

    /// Takes back a line added before (one that later turned out to be dropped).
    public mutating func remove(width: Int) {
        counts[width, default: 0] -= 1
        lines -= 1
        total -= width
    }

    public var estimate: Int? {
        guard lines >= 6, total > 0 else { return nil }
        var acc = 0
        var w = counts.keys.max()!
        for x in counts.keys.sorted() where counts[x]! > 0 {
            let c = counts[x]!
            // The first width at which the running sum reaches 85% of the total.
            if Double(acc + x * c) >= 0.85 * Double(total) { w = x; break }
            acc += x * c
        }
        return (40...160).contains(w) ? w : nil
    }
}
