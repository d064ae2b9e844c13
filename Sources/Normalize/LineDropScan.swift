/// The lines `PlainTextFormat` drops as boilerplate, found by reading a document one line at a
/// time (a large document read piece by piece) instead of all at once. Gives the same lines as the
/// whole-text filters: the headline-list state of `BoilerplateFilter` is carried from line to line,
/// and page furniture (`PageFurniture`, which counts lines around page markers over the whole
/// document) is settled in `finish()`, once every marker has been seen.
public struct LineDropScan {
    private var inList = false
    private var furniture = PageFurniture.Tally()
    /// Lines dropped by the boilerplate filter, in order.
    private var filtered: [Int] = []

    public init() {}

    /// Feeds line `index` (lines in order from 0, without their terminator). Returns whether the
    /// boilerplate filter drops it (page furniture is known only at the end) and, for a line it
    /// keeps, `payload` of the line (else -1): a number the caller wants back from `finish()` if furniture
    /// drops the line after all (a concrete type: a generic one is not specialized across modules).
    public mutating func add(_ line: ArraySlice<Unicode.Scalar>, index: Int,
                             payload: (ArraySlice<Unicode.Scalar>) -> Int) -> (dropped: Bool, payload: Int) {
        let drop = BoilerplateFilter.drops(line, inList: &inList)
        if drop { filtered.append(index) }
        let kept = drop ? -1 : payload(line)
        furniture.add(line, index: index, payload: kept)
        return (drop, kept)
    }

    /// Every dropped line (sorted), and the furniture lines the filter had kept, with their payloads.
    public func finish() -> (dropped: [Int], furnitureOnly: [(line: Int, payload: Int)]) {
        let furnitureLines = furniture.dropped()
        let filteredSet = Set(filtered)
        let only = furnitureLines.filter { !filteredSet.contains($0.line) }
        let all = Set(filtered).union(furnitureLines.map(\.line)).sorted()
        return (all, only)
    }
}

extension PageFurniture {
    /// `droppedLines` fed line by line. Only the (at most `window`) non-empty lines on each side of
    /// a page marker can be furniture, so only those are kept, with their compact keys interned.
    struct Tally {
        struct Entry {
            var line: Int
            var key: Int
            var candidate: Bool
            var payload: Int
        }
        /// The last non-empty lines since the last marker (most recent last), as they are: their
        /// keys are built only if a marker follows (most lines are never next to one).
        private var recent: [(line: Int, text: ArraySlice<Unicode.Scalar>, payload: Int)] = []
        /// Per marker: its neighbours before (nearest first) and after.
        private var markers: [(before: [Entry], after: [Entry])] = []
        /// The marker whose following neighbours are still being read.
        private var openMarker: Int? = nil
        private var keyIds: [[Unicode.Scalar]: Int] = [:]

        mutating func intern(_ key: [Unicode.Scalar]) -> Int {
            if let id = keyIds[key] { return id }
            let id = keyIds.count
            keyIds[key] = id
            return id
        }

        mutating func entry(_ line: Int, _ text: ArraySlice<Unicode.Scalar>, payload: Int) -> Entry {
            let compact = compacted(text, limit: maximumLength)
            return Entry(line: line, key: intern(compact), candidate: isCandidate(compact, text), payload: payload)
        }

        mutating func add(_ line: ArraySlice<Unicode.Scalar>, index: Int, payload kept: Int) {
            if isPageMarker(line: line) {
                var before: [Entry] = []
                for r in recent.reversed() {
                    before.append(entry(r.line, r.text, payload: r.payload))
                }
                markers.append((before, []))
                recent.removeAll()
                openMarker = markers.count - 1
                return
            }
            // A line `compacted` leaves empty (blanks only) is skipped.
            guard line.contains(where: { kind(of: $0) != .space }) else { return }
            if let m = openMarker {
                markers[m].after.append(entry(index, line, payload: kept))
                if markers[m].after.count == window { openMarker = nil }
            }
            if recent.count < window {
                recent.append((index, line, kept))
            } else {
                // Shifted down in place: `removeFirst` moved the storage through the general
                // replace path for every line.
                for k in 0..<(window - 1) { recent[k] = recent[k + 1] }
                recent[window - 1] = (index, line, kept)
            }
        }

        /// The furniture lines, sorted, each once.
        func dropped() -> [(line: Int, payload: Int)] {
            guard markers.count >= minimumBreaks else { return [] }
            var breaks: [Int: Int] = [:]
            for m in markers {
                var seen = Set<Int>()
                for e in m.before + m.after where e.candidate && seen.insert(e.key).inserted {
                    breaks[e.key, default: 0] += 1
                }
            }
            var out: [Int: Int] = [:]
            for m in markers {
                for side in [m.before, m.after] {
                    for e in side {
                        guard (breaks[e.key] ?? 0) >= minimumBreaks else { break }
                        out[e.line] = e.payload
                    }
                }
            }
            return out.keys.sorted().map { ($0, out[$0]!) }
        }
    }
}

extension DuplicateParagraphs {
    /// `ranges(in:)` over a document given in pieces (each cut at a line end): lines of earlier
    /// pieces are remembered by a 128-bit key (two 64-bit hashes of the non-space scalars and
    /// their count) instead of their text, so memory grows with the number of distinct lines, not
    /// with the document.
    public struct Tracker {
        private var seen = Set<LineKey>()
        private var seenSentences = Set<LineKey>()

        public init() {}

        /// Normalized ranges of the piece's lines that repeat a line seen before (in this or an
        /// earlier piece), in order.
        public mutating func ranges(in text: NormalizedText) -> [Range<Int>] {
            var repeats: [Range<Int>] = []
            forEachLongLine(text.scalars) { line, key in
                if !seen.insert(key).inserted { repeats.append(line) }
            }
            return repeats
        }

        /// `ranges(in:)` and the piece's `sentences` that repeat a sentence seen before, merged as
        /// `DuplicateParagraphs.ranges(in:sentences:)` gives them for a whole document.
        public mutating func ranges(in text: NormalizedText, sentences: [Range<Int>]) -> [Range<Int>] {
            var repeated: [Range<Int>] = []
            for sentence in sentences {
                if let key = key(of: text.scalars[sentence]), !seenSentences.insert(key).inserted { repeated.append(sentence) }
            }
            return merged(ranges(in: text), repeated)
        }
    }
}
