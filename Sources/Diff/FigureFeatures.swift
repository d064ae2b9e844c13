import Foundation

/// What one figure is about, as the matcher compares it: the labels written next to it (counted
/// item, table row and column, `per`), the programmes and organizations of its sentence, and the
/// words around it with every digit removed.
struct FigureFeatures: Sendable {
    let figure: FigureRecord
    /// Position among the figures of its document, 0…1; used only to break exact ties.
    let relativePosition: Double
    let rowLabel: String?
    let columnLabel: String?
    /// The word just before the parenthesis the figure stands in: `AI팩토리` for both figures of
    /// `AI팩토리(44개 과제, 627억원)`, `투자규모` in `투자규모(1,860억원)`.
    let groupLabel: String?
    /// The programmes (`program`) and organizations (`org`) named in the same sentence.
    let anchors: [Anchor]
    /// Character bigrams of the words just before / just after the figure (digits left out).
    let lead: Bigrams
    let trail: Bigrams
    /// The sentence index into the document's bigram table (nil when the sentence is unknown).
    let sentence: Int?
    /// The last words before the figure, as written, for a readable `key`.
    let leadWords: String
    /// The values of the other figures of the sentence, sorted (`valueKey`s): a table row or list
    /// keeps most of its numbers when one of them is corrected, and a row of bare numbers has no
    /// words to match on.
    /// Each is a 64-bit FNV-1a hash of type and `valueKey` (deterministic, compared as integers).
    var neighbors: [UInt64] = []

    /// The labels without spaces (`AI 팩토리` = `AI팩토리`), computed once for all pairs.
    let rowKey: String?
    let columnKey: String?
    let groupKey: String?
    let itemKey: String?
    let perKey: String?
    let pointsFlag: Bool
    /// The value as a number (money in won), for how far apart two values are.
    let magnitude: Double?

    init(figure: FigureRecord, relativePosition: Double, rowLabel: String?, columnLabel: String?, groupLabel: String?,
         anchors: [Anchor], lead: Bigrams, trail: Bigrams, sentence: Int?, leadWords: String) {
        self.figure = figure
        self.relativePosition = relativePosition
        self.rowLabel = rowLabel
        self.columnLabel = columnLabel
        self.groupLabel = groupLabel
        self.anchors = anchors
        self.lead = lead
        self.trail = trail
        self.sentence = sentence
        self.leadWords = leadWords
        rowKey = rowLabel.map(Self.key)
        // A column header names its year (`'25년 투자규모(억원)`), which is what changes between
        // this year's release and last year's: compared without digits. `#2` (place in the row) as is.
        columnKey = columnLabel.map { $0.hasPrefix("#") ? $0 : Self.key($0).filter { !$0.isNumber } }
        groupKey = groupLabel.map(Self.key)
        itemKey = figure.item.map(Self.key)
        perKey = figure.per.map(Self.key)
        pointsFlag = figure.record.bool("points")
        magnitude = figure.record.number("value").flatMap(Double.init)
    }

    static func key(_ label: String) -> String { label.filter { !$0.isWhitespace } }
}

/// A programme or organization named in a figure's sentence.
struct Anchor: Sendable {
    /// `program` or `org`.
    let kind: String
    /// The programme name, or the organization's canonical name for the document's date.
    let name: String
    /// As written (`산업부`).
    let written: String

    /// The same name: the canonical names agree, or the names as written do (`산업부` is
    /// 산업통상자원부 in a 2025 release and 산업통상부 in a 2026 one).
    func sameAs(_ other: Anchor) -> Bool {
        kind == other.kind && (name == other.name || written == other.written)
    }
}

/// The features of every figure of one document.
struct DocumentFeatures: Sendable {
    let figures: [FigureFeatures]
    /// Bigrams of each sentence with digits removed (the sentence's words around all its numbers).
    let sentenceBigrams: [Int: Bigrams]

    /// How many scalars before and after a figure count as its near context.
    static let leadWindow = 24
    static let trailWindow = 12

    static let numericTypes: Set<String> = ["money", "count", "percent", "ratio"]

    /// How many mentions either side of a figure in its sentence count as its neighbours.
    static let neighbourhood = 16

    static func fnv1a(_ s: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The index of `value` in the sorted `list` (binary search; `value` is in it).
    static func position(of value: Int, in list: [Int]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    init(_ document: DiffDocument, types: Set<String>) {
        var bySentence: [Int: [Int]] = [:]
        for (i, m) in document.mentions.enumerated() {
            if let s = m.sentence { bySentence[s, default: []].append(i) }
        }
        // Where each mention starts in its sentence's text: mentions are in order and do not
        // overlap, so each is searched for after the previous one.
        var offsets: [Int: Range<Int>] = [:]
        var sentenceScalars: [Int: [Unicode.Scalar]] = [:]
        var bigrams: [Int: Bigrams] = [:]
        for (s, members) in bySentence {
            guard let sentence = document.sentences[s] else { continue }
            let scalars = Array(sentence.text.unicodeScalars)
            sentenceScalars[s] = scalars
            bigrams[s] = Self.bigrams(scalars[...])
            var cursor = 0
            for i in members {
                let needle = Array(Self.foldSpaces(document.mentions[i].text).unicodeScalars)
                if let found = Self.find(needle, in: scalars, from: cursor) {
                    offsets[i] = found
                    cursor = found.upperBound
                }
            }
        }
        let selected = document.mentions.indices.filter { types.contains(document.mentions[$0].type) }
        var result: [FigureFeatures] = []
        result.reserveCapacity(selected.count)
        for (n, i) in selected.enumerated() {
            let m = document.mentions[i]
            var lead = Bigrams.empty, trail = Bigrams.empty
            var leadWords = ""
            var rowLabel = m.rowLabel
            var columnLabel = m.columnLabel
            var anchors: [Anchor] = []
            /// Each is a 64-bit FNV-1a hash of type and `valueKey` (deterministic, compared as integers).
    var neighbors: [UInt64] = []
            var groupLabel: String? = nil
            if let s = m.sentence, let scalars = sentenceScalars[s] {
                let members = bySentence[s] ?? []
                if let range = offsets[i] {
                    let before = scalars[max(0, range.lowerBound - Self.leadWindow)..<range.lowerBound]
                    lead = Self.bigrams(before)
                    trail = Self.bigrams(scalars[range.upperBound..<min(scalars.count, range.upperBound + Self.trailWindow)])
                    leadWords = Self.lastWords(before)
                    groupLabel = Self.groupLabel(scalars, before: range.lowerBound)
                    // A table row without labels from the extractor: the row's text before its first
                    // figure names the row, and the figure's place among the row's figures its column.
                    if document.sentences[s]?.kind == "tableRow" {
                        let numeric = members.filter { Self.numericTypes.contains(document.mentions[$0].type) && offsets[$0] != nil }
                        if rowLabel == nil, let first = numeric.first, let start = offsets[first]?.lowerBound {
                            let label = String(String.UnicodeScalarView(scalars[..<start])).trimmingCharacters(in: .whitespaces)
                            if !label.isEmpty { rowLabel = label }
                        }
                        if columnLabel == nil, let k = numeric.firstIndex(of: i) { columnLabel = "#\(k + 1)" }
                    }
                }
                // Names and numbers near the figure: within `neighbourhood` mentions either side, so
                // that a sentence of thousands of mentions (a table flattened to one line) stays linear.
                let at = Self.position(of: i, in: members)
                let nearby = members[max(0, at - Self.neighbourhood)..<min(members.count, at + Self.neighbourhood + 1)]
                for j in nearby where j != i {
                    let other = document.mentions[j]
                    if Self.numericTypes.contains(other.type) { neighbors.append(Self.fnv1a(other.type + ":" + other.valueKey)) }
                    let anchor: Anchor
                    switch other.type {
                    case "program": anchor = Anchor(kind: "program", name: other.record.string("name") ?? other.text, written: other.text)
                    case "org": anchor = Anchor(kind: "org", name: other.record.string("canonical") ?? other.text, written: other.text)
                    default: continue
                    }
                    if !anchors.contains(where: { $0.sameAs(anchor) }) { anchors.append(anchor) }
                }
            }
            var features = FigureFeatures(
                figure: m, relativePosition: selected.count > 1 ? Double(n) / Double(selected.count - 1) : 0,
                rowLabel: rowLabel, columnLabel: columnLabel, groupLabel: groupLabel, anchors: anchors, lead: lead, trail: trail,
                sentence: m.sentence.flatMap { bigrams[$0] == nil ? nil : $0 }, leadWords: leadWords)
            features.neighbors = neighbors.sorted()
            result.append(features)
        }
        figures = result
        sentenceBigrams = bigrams
    }

    /// Bigrams of consecutive letters (Hangul, Latin lower-cased, …), skipping digits, spaces and
    /// punctuation, so `2,685억 원을 지원` and `2,408억 원을 지원` share every bigram.
    static func bigrams(_ scalars: ArraySlice<Unicode.Scalar>) -> Bigrams {
        var result: [UInt64] = []
        var previous: UInt32? = nil
        for scalar in scalars {
            guard scalar.properties.isAlphabetic, scalar.properties.numericType == nil else { continue }
            var value = scalar.value
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            if let p = previous { result.append(UInt64(p) << 32 | UInt64(value)) }
            previous = value
        }
        return Bigrams(result)
    }

    static func dice(_ a: Bigrams, _ b: Bigrams) -> Double { a.dice(b) }

    static func foldSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i..<i + needle.count }
            i += 1
        }
        return nil
    }

    /// The word before the unclosed `(` that encloses `offset`, when it is a word (two letters or
    /// more, no digits): the label of a `항목(N개 과제, M억원)` list item.
    static func groupLabel(_ scalars: [Unicode.Scalar], before offset: Int) -> String? {
        var depth = 0
        var p = offset - 1
        while p >= 0 {
            let c = scalars[p]
            if c == ")" { depth += 1 } else if c == "(" {
                if depth == 0 { break }
                depth -= 1
            }
            p -= 1
        }
        guard p > 0 else { return nil }
        var start = p
        while start > 0 {
            let c = scalars[start - 1]
            if c.properties.isWhitespace || ",;:·()[]<>'\"".unicodeScalars.contains(c) { break }
            start -= 1
        }
        let word = scalars[start..<p]
        guard !word.contains(where: { $0.properties.numericType != nil }),
              word.filter({ $0.properties.isAlphabetic }).count >= 2 else { return nil }
        return String(String.UnicodeScalarView(word))
    }

    /// Up to three words before the figure, for a readable key (`올해 총`).
    static func lastWords(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let text = String(String.UnicodeScalarView(scalars))
        let words = text.split(whereSeparator: { $0.isWhitespace })
        var tail = words.suffix(3).joined(separator: " ")
        if tail.count > 20 { tail = "…" + String(tail.suffix(20)) }
        return tail
    }
}

/// A set of character bigrams as a sorted array: Dice is a merge, with no hashing, since it is
/// computed for every pair of compatible figures.
struct Bigrams: Sendable {
    let sorted: [UInt64]

    static let empty = Bigrams([])

    init(_ items: [UInt64]) {
        var s = items.sorted()
        var unique: [UInt64] = []
        unique.reserveCapacity(s.count)
        for x in s where unique.last != x { unique.append(x) }
        s = unique
        sorted = s
    }

    var isEmpty: Bool { sorted.isEmpty }

    /// 2·|a ∩ b| / (|a| + |b|); 0 when either is empty.
    func dice(_ other: Bigrams) -> Double {
        let a = sorted, b = other.sorted
        if a.isEmpty || b.isEmpty { return 0 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
