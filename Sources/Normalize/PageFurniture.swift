import SourceText

/// Finds the running headers and footers of text extracted from a PDF: short lines, such as the
/// document title or the ministry's name (`산업통상자원부`), printed on every page and so repeated
/// right before or right after the page markers (`- 3 -`) that the extraction leaves between pages.
///
/// A line is furniture when the same short line (compared without spaces, digit runs read as one
/// digit, so `… | 3` and `… | 4` match) sits next to page markers at three or more page breaks.
/// Only its occurrences next to a marker are dropped (at most two lines on each side, nearest
/// first, blank lines skipped): the same words elsewhere in the text, such as the title on the first
/// page or a sentence that happens to repeat, stay.
enum PageFurniture {
    /// A line must sit next to page markers at this many page breaks.
    static let minimumBreaks = 3
    /// Running headers are short: longer lines are content.
    static let maximumLength = 40
    /// How many non-blank lines on each side of a marker may be furniture.
    static let window = 2

    /// 0-based indices of the lines to drop, ascending. Page markers themselves are not included
    /// (`BoilerplateFilter` drops them).
    static func droppedLines(scalars: [Unicode.Scalar], lines: [Range<Int>]) -> [Int] {
        // Most texts have no page markers at all: found first without building any key.
        var markerCount = 0
        for range in lines where isPageMarker(line: scalars[range]) {
            markerCount += 1
            if markerCount == minimumBreaks { break }
        }
        guard markerCount >= minimumBreaks else { return [] }
        var keys: [[Unicode.Scalar]?] = []
        keys.reserveCapacity(lines.count)
        var markers: [Int] = []
        for (index, range) in lines.enumerated() {
            let compact = compacted(scalars[range], limit: maximumLength)
            if isPageMarker(compact) {
                markers.append(index)
                keys.append(nil)
            } else {
                keys.append(compact)
            }
        }
        guard markers.count >= minimumBreaks else { return [] }

        // The candidate lines next to each marker, and at how many page breaks each key occurs.
        var breaks: [[Unicode.Scalar]: Int] = [:]
        var neighbours: [[Int]] = []
        for marker in markers {
            let around = Set(nearby(marker, keys: keys, step: -1) + nearby(marker, keys: keys, step: 1))
            neighbours.append(Array(around))
            var seen = Set<[Unicode.Scalar]>()
            for line in around {
                guard let key = keys[line], isCandidate(key, scalars[lines[line]]), seen.insert(key).inserted else { continue }
                breaks[key, default: 0] += 1
            }
        }
        func isFurniture(_ line: Int) -> Bool {
            guard let key = keys[line], let n = breaks[key] else { return false }
            return n >= minimumBreaks
        }

        // Drop, from each marker outward, the furniture lines up to the first line that is not.
        var dropped = Set<Int>()
        for marker in markers {
            for step in [-1, 1] {
                for line in nearby(marker, keys: keys, step: step) {
                    guard isFurniture(line) else { break }
                    dropped.insert(line)
                }
            }
        }
        return dropped.sorted()
    }

    /// Up to `window` non-blank, non-marker lines from `marker` in direction `step`, nearest first;
    /// stops at another marker.
    private static func nearby(_ marker: Int, keys: [[Unicode.Scalar]?], step: Int) -> [Int] {
        var out: [Int] = []
        var line = marker + step
        while line >= 0, line < keys.count, out.count < window {
            guard let key = keys[line] else { break }
            if !key.isEmpty { out.append(line) }
            line += step
        }
        return out
    }

    /// Short, not a list item and not a sentence: a running header does not start with a bullet
    /// and does not end in the declarative `다` (`…한다.`, `…이다`).
    static func isCandidate(_ key: [Unicode.Scalar], _ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !key.isEmpty, key.count <= maximumLength else { return false }
        let first = line.first { kind(of: $0) != .space }
        if let first, bullets.contains(first) { return false }
        let last = key.last { $0 != "." && $0 != "\"" && $0 != "'" && $0 != ")" }
        return last != "다"
    }

    static let bullets = ScalarSet("ㅇ□■◇◆○●◦•·*-–—▶▷▲△▪▫※✓✔➢►❶❷❸❹❺❻❼❽❾❿①②③④⑤⑥⑦⑧⑨⑩➊➋➌➍➎➏".unicodeScalars)

    /// Without whitespace, ASCII letters lowercased, each run of decimal digits as one `0`.
    /// Longer than `limit`: `tooLong`, one shared array that can be neither a marker nor furniture.
    /// Written straight into the array's storage (appending checked capacity and uniqueness for
    /// every scalar).
    static func compacted(_ line: ArraySlice<Unicode.Scalar>, limit: Int) -> [Unicode.Scalar] {
        var tooLongLine = false
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: min(line.count, limit + 1)) { buffer, written in
            var n = 0
            forEachCompactScalar(of: line) { element in
                buffer.initializeElement(at: n, to: element)
                n += 1
                if n > limit { tooLongLine = true; return false }
                return true
            }
            written = n
        }
        return tooLongLine ? tooLong : out
    }

    /// The scalars of `compacted(line)`, in order, while `body` returns true: whitespace skipped,
    /// each run of decimal digits as one `0`, ASCII letters lowercased.
    @inline(__always)
    static func forEachCompactScalar(of line: ArraySlice<Unicode.Scalar>, _ body: (Unicode.Scalar) -> Bool) {
        var inDigits = false
        for s in line {
            let element: Unicode.Scalar
            switch kind(of: s) {
            case .space:
                continue
            case .digit:
                if inDigits { continue }
                inDigits = true
                element = "0"
            case .other:
                inDigits = false
                let v = s.value
                element = v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : s
            }
            if !body(element) { return }
        }
    }

    enum Kind { case space, digit, other }

    /// Whether `compacted` skips `s` (whitespace), reads it as a digit (a decimal digit) or keeps it.
    @inline(__always)
    static func kind(of s: Unicode.Scalar) -> Kind {
        // ASCII, Hangul, and the Latin-1 signs, punctuation, arrows, shapes and CJK symbols of
        // Korean documents (`· ’ • → □ ➊ 「 ㅇ`: no whitespace and no decimal digit among them, which
        // a test checks) answer without the Unicode property tables, which cost more than the rest
        // of the loop.
        let v = s.value
        if v < 0x80 {
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return .space }
            return v >= 0x30 && v <= 0x39 ? .digit : .other
        }
        if (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x00A1 && v <= 0x00FF) || (v >= 0x2010 && v <= 0x2027)
            || (v >= 0x2030 && v <= 0x205E) || (v >= 0x2190 && v <= 0x27BF) || (v >= 0x3001 && v <= 0x30FF)
            || (v >= 0x3131 && v <= 0x318E) {
            return .other
        }
        if s.properties.isWhitespace { return .space }
        return s.properties.numericType == .decimal ? .digit : .other
    }

    private static let tooLong = [Unicode.Scalar](repeating: "\u{0}", count: maximumLength + 1)

    /// `- 3 -`, `-12-`, `– 3 –`, `— 3 —` (after `compacted`, the number is one `0`).
    static func isPageMarker(_ compact: [Unicode.Scalar]) -> Bool {
        compact.count == 3 && isMarker(compact[0], compact[1], compact[2])
    }

    /// `isPageMarker(compacted(line, limit:))` without building the compact form: it stops at the
    /// fourth scalar the compact form would have.
    static func isPageMarker(line: ArraySlice<Unicode.Scalar>) -> Bool {
        var n = 0
        var c: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = ("\u{0}", "\u{0}", "\u{0}")
        forEachCompactScalar(of: line) { element in
            switch n {
            case 0: c.0 = element
            case 1: c.1 = element
            case 2: c.2 = element
            default: break
            }
            n += 1
            return n <= 3
        }
        return n == 3 && isMarker(c.0, c.1, c.2)
    }

    @inline(__always)
    private static func isMarker(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool {
        guard b == "0", c == a else { return false }
        switch a {
        case "-", "\u{2013}", "\u{2014}", "\u{2212}": return true
        default: return false
        }
    }
}
