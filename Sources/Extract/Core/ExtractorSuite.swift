/// Runs every dimension's extractor over a document and settles overlaps between them.
///
/// Overlapping mentions of the same type keep the longer one. Across types, a mention that lies
/// inside a longer one of another type is dropped (the longer reading wins), and two that cross
/// keep the one of higher priority: money, date, count, percent, ratio, duration, org, program.
public struct ExtractorSuite: Sendable {
    public let extractors: [any Extractor]

    public init(extractors: [any Extractor]) {
        self.extractors = extractors
    }

    /// Every dimension.
    public static let standard = ExtractorSuite(extractors: [
        MoneyExtractor(), DateExtractor(), CountExtractor(), OrganizationExtractor(), ProgramExtractor(),
        PercentExtractor(), RatioExtractor(),
    ])

    public func extract(from input: ExtractionInput) -> [Mention] {
        var input = input
        input.figureText = input.figures
        if input.tableCells == nil { input.tableCells = TableFigures.cells(in: input.figures) }
        var all: [Mention] = []
        for extractor in extractors {
            // Empty ranges taken out in place: `filter` copied every mention into a second array.
            var found = extractor.extract(from: input)
            found.removeAll { $0.range.isEmpty }
            if all.isEmpty { all = found } else { all.append(contentsOf: found) }
        }
        // After overlaps are settled: an amount takes the programme named beside it.
        return MoneyPrograms.attach(Self.resolve(all), sentences: input.sentences)
    }

    static func priority(_ t: MentionType) -> Int {
        switch t {
        case .money: return 0
        case .date: return 1
        case .count: return 2
        case .percent: return 3
        case .ratio: return 4
        case .duration: return 5
        case .org: return 6
        case .program: return 7
        }
    }

    /// Sorted by position; overlaps resolved as described above.
    static func resolve(_ mentions: [Mention]) -> [Mention] {
        // Strongest first: longer, then by type priority, then earlier, then in the order found.
        // Sorting small keys rather than the mentions themselves (large values, copied per move).
        // The keys read by index in one pass: `map(\.range.count)` went through `swift_getAtKeyPath`
        // per element, and `map { $0.range }` copied each mention (retaining and releasing every
        // string it holds) once per key.
        var length: [Int] = [], rankOfType: [Int] = [], start: [Int] = []
        length.reserveCapacity(mentions.count)
        rankOfType.reserveCapacity(mentions.count)
        start.reserveCapacity(mentions.count)
        var base = Int.max, top = 0
        for i in mentions.indices {
            let r = mentions[i].range
            length.append(r.count)
            start.append(r.lowerBound)
            rankOfType.append(priority(mentions[i].type))
            base = Swift.min(base, r.lowerBound)
            top = Swift.max(top, r.upperBound)
        }
        if mentions.isEmpty { base = 0 }
        let order = mentions.indices.sorted { i, j in
            if length[i] != length[j] { return length[i] > length[j] }
            if rankOfType[i] != rankOfType[j] { return rankOfType[i] < rankOfType[j] }
            if start[i] != start[j] { return start[i] < start[j] }
            return i < j
        }
        // Claimed scalars, relative to the lowest start: linear in the text covered.
        var claimed = [Bool](repeating: false, count: max(0, top - base))
        var keptIndices: [Int] = []
        keptIndices.reserveCapacity(mentions.count)
        for i in order {
            let r = (start[i] - base)..<(start[i] + length[i] - base)
            if claimed[r].contains(true) { continue }
            for i in r { claimed[i] = true }
            keptIndices.append(i)
        }
        // In text order; at one start, by priority; otherwise as ranked above.
        let rank = keptIndices.indices.sorted { x, y in
            let i = keptIndices[x], j = keptIndices[y]
            if start[i] != start[j] { return start[i] < start[j] }
            if rankOfType[i] != rankOfType[j] { return rankOfType[i] < rankOfType[j] }
            return x < y
        }
        return rank.map { mentions[keptIndices[$0]] }
    }
}
