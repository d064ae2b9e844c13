import Foundation

/// What a diff compares and how strict a match must be.
public struct DiffOptions: Sendable {
    /// Mention types compared: by default money, count, percent and ratio; `date` may be added.
    public var types: Set<String>
    /// The lowest score a pair of figures may have to be matched (see `FigureMatcher.score`).
    public var threshold: Double
    /// How much each piece of evidence counts.
    public var weights: MatchWeights

    public static let defaultTypes: Set<String> = ["money", "count", "percent", "ratio"]
    public static let allTypes: Set<String> = ["money", "count", "percent", "ratio", "date"]

    public init(types: Set<String> = DiffOptions.defaultTypes, threshold: Double = FigureMatcher.defaultThreshold,
                weights: MatchWeights = .standard) {
        self.types = types
        self.threshold = threshold
        self.weights = weights
    }
}

/// The weight of each piece of evidence that two figures are the same (the table on
/// `FigureMatcher`). Labels count `agree` when both sides have one and they are equal, `disagree`
/// when both have one and they differ; similarities (0…1) are multiplied by their weight.
public struct MatchWeights: Sendable {
    public var rowAgree = 3.0, rowDisagree = -3.0
    public var columnAgree = 1.0, columnDisagree = -1.0
    /// A table cell against a figure in prose is rarely the same figure.
    public var cellAgainstProse = -1.0
    /// Items of one parenthesised list (`AI팩토리(…), 자율주행차(…)`) are different things.
    public var groupAgree = 3.0, groupDisagree = -5.0
    /// The counted item is weak alone (`과제` counts half the figures of a release).
    public var itemAgree = 2.0, itemDisagree = -2.0
    public var perAgree = 1.0, perDisagree = -1.0
    public var anchors = 2.0
    public var lead = 3.0
    public var trail = 1.0
    public var sentence = 2.0
    public var sameValue = 1.0
    /// Jaccard of the values of the other figures in the sentence.
    public var neighbors = 1.0
    /// Values more than `apartFactor` times apart, per tenfold beyond it: one budget line rarely
    /// grows or shrinks tenfold between two releases, so only strong evidence pairs such values
    /// (an item or row label: `AI 팩토리 44 → 500`). Money, counts, percentages.
    public var moneyApart = -2.0, countApart = -1.0, percentApart = -1.0
    public var apartFactor = 2.0
    /// Values close but not equal: the same figure rounded (`15조 6,256억` and `15조 6천억`,
    /// `51조 5,060억` and `51.5조`) or revised a little (a budget proposed and passed). The bonus
    /// falls from `closeValue` for nearly equal values to nothing at `closeRange` apart.
    public var closeValue = 0.5
    public var closeRange = 0.05
    /// Whether a shared programme or organization counts by its specificity (`AnchorSpecificity`)
    /// rather than fully.
    public var anchorSpecificity = true

    public static let standard = MatchWeights()
}

/// Matches the figures of two versions of a document by what they are about, never by position.
///
/// Every pair of figures of the same type (and the same currency, counter word or `%p`) gets a
/// score from the evidence below; pairs are then taken greedily, best score first, each figure at
/// most once, while the score stays at or above the threshold. Greedy best-first is used rather than
/// an optimal (Hungarian) assignment because the evidence is strongly peaked — a figure's true
/// counterpart shares its row, item and words — and greedy keeps each decision explainable by the
/// one `key` it reports. Exact ties are broken by the closer relative position in the two
/// documents, then by document order, so the output never depends on hashing.
///
/// | evidence | weight |
/// |---|---|
/// | table row label equal / different | +3 / −3 |
/// | table column label equal / different | +1 / −1 |
/// | one is a table cell, the other is not | −1 |
/// | word before the enclosing parenthesis (`AI팩토리(44개 과제, 627억원)`) equal / different | +3 / −5 |
/// | counted `item` equal / different | +2 / −2 |
/// | `per` equal / different or on one side only | +1 / −1 |
/// | programmes and organizations of the sentence (Jaccard, each shared one by its specificity) | ×2 |
/// | words just before the figure (bigram Dice, 24 scalars) | ×3 |
/// | words just after the figure (bigram Dice, 12 scalars) | ×1 |
/// | words of the whole sentence, digits removed (bigram Dice) | ×2 |
/// | same value | +1 |
/// | values close (the same figure rounded or revised): from equal to 5% apart | +0.5 … 0 |
/// | values more than twice apart, per tenfold beyond that: money / count / percent | −2 / −1 / −1 |
/// | values of the other figures of the sentence (Jaccard) | ×1 |
public enum FigureMatcher {
    public static let defaultThreshold = 2.0

    /// Pairs the figures of two versions of one document: for each matched NEW figure (by index),
    /// its OLD figure and the pair's score; and the OLD figures left unmatched, in order.
    static func match(old: DocumentFeatures, new: DocumentFeatures, options: DiffOptions) -> (matched: [Int: (Int, Double)], unmatchedOld: [Int]) {
        struct Candidate { let score: Double; let distance: Double; let i: Int; let j: Int }
        var candidates: [Candidate] = []
        // Bucket by type and unit so only compatible figures are scored against each other.
        var newByBucket: [String: [Int]] = [:]
        for (j, f) in new.figures.enumerated() { newByBucket[bucket(f), default: []].append(j) }
        var sentenceDice: [Int64: Double] = [:]
        let specificity = AnchorSpecificity(old.figures + new.figures)
        // Per OLD figure, the specificity of each of its anchors, looked up once.
        let anchorWeights = old.figures.map { f in f.anchors.map { options.weights.anchorSpecificity ? specificity.of($0) : 1 } }
        for (i, a) in old.figures.enumerated() {
            for j in newByBucket[bucket(a)] ?? [] {
                let b = new.figures[j]
                if a.figure.type == "count", a.figure.unit != b.figure.unit,
                   a.figure.item == nil || a.figure.item != b.figure.item { continue }
                var whole = 0.0
                if let sa = a.sentence, let sb = b.sentence {
                    let key = Int64(sa) << 32 | Int64(sb)
                    if let cached = sentenceDice[key] { whole = cached } else {
                        whole = DocumentFeatures.dice(old.sentenceBigrams[sa] ?? .empty, new.sentenceBigrams[sb] ?? .empty)
                        sentenceDice[key] = whole
                    }
                }
                let s = score(a, b, sentenceDice: whole, anchorWeights: anchorWeights[i], weights: options.weights)
                if s >= options.threshold {
                    candidates.append(Candidate(score: s, distance: abs(a.relativePosition - b.relativePosition), i: i, j: j))
                }
            }
        }
        candidates.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.distance != $1.distance { return $0.distance < $1.distance }
            if $0.j != $1.j { return $0.j < $1.j }
            return $0.i < $1.i
        }
        var usedOld = Set<Int>()
        var matched: [Int: (Int, Double)] = [:]
        for c in candidates where matched[c.j] == nil && !usedOld.contains(c.i) {
            matched[c.j] = (c.i, c.score)
            usedOld.insert(c.i)
        }
        let unmatchedOld = old.figures.indices.filter { !usedOld.contains($0) }
        return (matched, unmatchedOld)
    }

    /// Figures that may be compared at all: same type, same currency, same `%p`-ness.
    static func bucket(_ f: FigureFeatures) -> String {
        switch f.figure.type {
        case "money": return "money/" + (f.figure.currency ?? "KRW")
        case "percent": return f.pointsFlag ? "percent/points" : "percent"
        default: return f.figure.type
        }
    }

    /// The evidence that `a` (OLD) and `b` (NEW) are the same figure; see the table above.
    /// `anchorWeights`: how much each of `a`'s anchors counts when shared (`AnchorSpecificity`;
    /// nil: each fully).
    static func score(_ a: FigureFeatures, _ b: FigureFeatures, sentenceDice: Double,
                      anchorWeights: [Double]? = nil, weights w: MatchWeights = .standard) -> Double {
        /// `agree` or `disagree` when both sides have the label, nothing otherwise.
        func labels(_ x: String?, _ y: String?, _ agree: Double, _ disagree: Double) -> Double {
            guard let x, let y else { return 0 }
            return x == y ? agree : disagree
        }
        var s = 0.0
        s += labels(a.rowKey, b.rowKey, w.rowAgree, w.rowDisagree)
        s += labels(a.columnKey, b.columnKey, w.columnAgree, w.columnDisagree)
        if (a.rowLabel == nil) != (b.rowLabel == nil) { s += w.cellAgainstProse }
        s += labels(a.groupKey, b.groupKey, w.groupAgree, w.groupDisagree)
        s += labels(a.itemKey, b.itemKey, w.itemAgree, w.itemDisagree)
        // `per` on one side only is a different kind of figure (`과제당 4억원` against `4억원`).
        s += (a.perKey == nil) != (b.perKey == nil) ? w.perDisagree : labels(a.perKey, b.perKey, w.perAgree, w.perDisagree)
        if !a.anchors.isEmpty && !b.anchors.isEmpty {
            var shared = 0
            var weight = 0.0
            for (k, x) in a.anchors.enumerated() where b.anchors.contains(where: { $0.sameAs(x) }) {
                shared += 1
                weight += anchorWeights?[k] ?? 1
            }
            s += w.anchors * weight / Double(a.anchors.count + b.anchors.count - shared)
        }
        s += w.lead * a.lead.dice(b.lead)
        s += w.trail * a.trail.dice(b.trail)
        s += w.sentence * sentenceDice
        if a.figure.sameValue(as: b.figure) {
            s += w.sameValue
        } else if let x = a.magnitude, let y = b.magnitude, x != 0, y != 0, (x > 0) == (y > 0) {
            let apart = abs(log10(abs(y / x)))
            let close = log10(1 + w.closeRange)
            if apart < close { s += w.closeValue * (1 - apart / close) }
            let beyond = apart - log10(w.apartFactor)
            if beyond > 0 {
                switch a.figure.type {
                case "money": s += w.moneyApart * beyond
                case "count": s += w.countApart * beyond
                case "percent": s += w.percentApart * beyond
                default: break
                }
            }
        }
        if !a.neighbors.isEmpty && !b.neighbors.isEmpty {
            s += w.neighbors * sortedJaccard(a.neighbors, b.neighbors)
        }
        return s
    }

    /// |a ∩ b| / |a ∪ b| of two sorted lists, each element used once.
    static func sortedJaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// What a matched pair agrees on, readable: `row=AI 팩토리, column=#3`, `item=과제, context=올해 총`.
    static func key(_ a: FigureFeatures, _ b: FigureFeatures) -> String {
        var parts: [String] = []
        if let y = b.rowLabel, a.rowKey != nil, a.rowKey == b.rowKey { parts.append("row=\(y)") }
        if let y = b.columnLabel, a.columnKey != nil, a.columnKey == b.columnKey { parts.append("column=\(y)") }
        if let y = b.groupLabel, a.groupKey != nil, a.groupKey == b.groupKey { parts.append("label=\(y)") }
        if let y = b.figure.item, a.itemKey != nil, a.itemKey == b.itemKey { parts.append("item=\(y)") }
        if let y = b.figure.per, a.perKey != nil, a.perKey == b.perKey { parts.append("per=\(y)") }
        // A programme says more about a figure than the ministry announcing it.
        let shared = b.anchors.filter { x in a.anchors.contains { $0.sameAs(x) } }
        if let shared = shared.first(where: { $0.kind == "program" }) ?? shared.first {
            parts.append("\(shared.kind)=\(shared.name)")
        }
        if (parts.isEmpty || DocumentFeatures.dice(a.lead, b.lead) >= 0.5), !b.leadWords.isEmpty, a.rowLabel == nil {
            parts.append("context=\(b.leadWords)")
        }
        return parts.isEmpty ? "context=(sentence)" : parts.joined(separator: ", ")
    }

    /// What an added or removed figure is about.
    static func key(_ f: FigureFeatures) -> String {
        var parts: [String] = []
        if let r = f.rowLabel { parts.append("row=\(r)") }
        if let c = f.columnLabel { parts.append("column=\(c)") }
        if let g = f.groupLabel { parts.append("label=\(g)") }
        if let i = f.figure.item { parts.append("item=\(i)") }
        if let p = f.figure.per { parts.append("per=\(p)") }
        if let anchor = f.anchors.first(where: { $0.kind == "program" }) ?? f.anchors.first {
            parts.append("\(anchor.kind)=\(anchor.name)")
        }
        if f.rowLabel == nil, !f.leadWords.isEmpty { parts.append("context=\(f.leadWords)") }
        return parts.joined(separator: ", ")
    }
}

/// Pairs the documents of two sides, then matches figures within each pair.
public enum FigureDiffer {
    /// The diff of OLD and NEW: NEW's figures in document order (changed, same or added), then the
    /// figures only OLD has (removed), in OLD's document order.
    public static func diff(old: DiffSide, new: DiffSide, options: DiffOptions = DiffOptions()) -> [FigureChange] {
        let pairs = DocumentPairing.pair(old: old.documents, new: new.documents)
        var changes: [FigureChange] = []
        var removed: [(doc: Int, changes: [FigureChange])] = []
        var oldPaired = Set<Int>()
        for (j, newDocument) in new.documents.enumerated() {
            let newFeatures = DocumentFeatures(newDocument, types: options.types)
            guard let i = pairs[j] else {
                changes += newFeatures.figures.map {
                    FigureChange(status: .added, type: $0.figure.type, old: nil, new: $0.figure, key: FigureMatcher.key($0))
                }
                continue
            }
            oldPaired.insert(i)
            let oldFeatures = DocumentFeatures(old.documents[i], types: options.types)
            let result = FigureMatcher.match(old: oldFeatures, new: newFeatures, options: options)
            for (n, b) in newFeatures.figures.enumerated() {
                if let (m, score) = result.matched[n] {
                    let a = oldFeatures.figures[m]
                    changes.append(.matched(old: a.figure, new: b.figure, key: FigureMatcher.key(a, b), score: score))
                } else {
                    changes.append(FigureChange(status: .added, type: b.figure.type, old: nil, new: b.figure, key: FigureMatcher.key(b)))
                }
            }
            removed.append((i, result.unmatchedOld.map {
                let a = oldFeatures.figures[$0]
                return FigureChange(status: .removed, type: a.figure.type, old: a.figure, new: nil, key: FigureMatcher.key(a))
            }))
        }
        for (i, oldDocument) in old.documents.enumerated() where !oldPaired.contains(i) {
            let features = DocumentFeatures(oldDocument, types: options.types)
            removed.append((i, features.figures.map {
                FigureChange(status: .removed, type: $0.figure.type, old: $0.figure, new: nil, key: FigureMatcher.key($0))
            }))
        }
        for group in removed.sorted(by: { $0.doc < $1.doc }) { changes += group.changes }
        return changes
    }
}

/// Which OLD document each NEW document is compared with.
///
/// In order: the same path relative to the given folder; the same file name; then, among the
/// documents left, the most similar text first (character-bigram Dice of the whole documents, at
/// least `minimumSimilarity`; skipped when more than `similarityLimit` pairs would be compared); and
/// when exactly one document is still left on each side (the usual `kpolicy diff old.txt new.txt`),
/// those two. Documents left over have all their figures added or removed.
public enum DocumentPairing {
    public static let minimumSimilarity = 0.3
    public static let similarityLimit = 250_000

    /// For each NEW document index, the OLD document index it is paired with.
    public static func pair(old: [DiffDocument], new: [DiffDocument]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var usedOld = Set<Int>()
        for key in [\DiffDocument.relativePath, \DiffDocument.fileName] {
            var oldByKey: [String: Int] = [:]
            for (i, d) in old.enumerated() where !usedOld.contains(i) && oldByKey[d[keyPath: key]] == nil {
                oldByKey[d[keyPath: key]] = i
            }
            for (j, d) in new.enumerated() where result[j] == nil {
                if let i = oldByKey[d[keyPath: key]], !usedOld.contains(i) {
                    result[j] = i
                    usedOld.insert(i)
                }
            }
        }
        var leftOld = old.indices.filter { !usedOld.contains($0) }
        var leftNew = new.indices.filter { result[$0] == nil }
        if leftOld.count > 1 || leftNew.count > 1, leftOld.count * leftNew.count <= similarityLimit {
            let oldText = leftOld.map { textBigrams(old[$0]) }
            let newText = leftNew.map { textBigrams(new[$0]) }
            var candidates: [(score: Double, j: Int, i: Int)] = []
            for (b, j) in leftNew.enumerated() {
                for (a, i) in leftOld.enumerated() {
                    let score = oldText[a].dice(newText[b])
                    if score >= minimumSimilarity { candidates.append((score, j, i)) }
                }
            }
            candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.j, $0.i) < ($1.j, $1.i) }
            for c in candidates where result[c.j] == nil && !usedOld.contains(c.i) {
                result[c.j] = c.i
                usedOld.insert(c.i)
            }
            leftOld = old.indices.filter { !usedOld.contains($0) }
            leftNew = new.indices.filter { result[$0] == nil }
        }
        if leftOld.count == 1, leftNew.count == 1 { result[leftNew[0]] = leftOld[0] }
        return result
    }

    /// The bigrams of a document's sentences, or of its mentions' texts when the sentences are not
    /// known (an output folder without sentences.jsonl).
    static func textBigrams(_ document: DiffDocument) -> Bigrams {
        var all: [UInt64] = []
        if document.sentences.isEmpty {
            for m in document.mentions { all += DocumentFeatures.bigrams(Array(m.text.unicodeScalars)[...]).sorted }
        } else {
            for index in document.sentences.keys.sorted() {
                all += DocumentFeatures.bigrams(Array(document.sentences[index]!.text.unicodeScalars)[...]).sorted
            }
        }
        return Bigrams(all)
    }
}

extension DiffDocument {
    var fileName: String { (relativePath as NSString).lastPathComponent }
}

/// How much a shared programme or organization says about two figures: 1 − the share of all the
/// figures of both documents that have it in their sentence. The ministry that issues a release is
/// named beside most of its figures and tells none of them apart; a programme named beside two
/// figures ties them.
struct AnchorSpecificity {
    private var shares: [(anchor: Anchor, share: Double)] = []

    init(_ figures: [FigureFeatures]) {
        guard !figures.isEmpty else { return }
        var counts: [(anchor: Anchor, count: Int)] = []
        for f in figures {
            for x in f.anchors {
                if let k = counts.firstIndex(where: { $0.anchor.sameAs(x) }) { counts[k].count += 1 } else { counts.append((x, 1)) }
            }
        }
        shares = counts.map { ($0.anchor, Double($0.count) / Double(figures.count)) }
    }

    /// 1 for an anchor not counted (no figures given).
    func of(_ anchor: Anchor) -> Double {
        guard let share = shares.first(where: { $0.anchor.sameAs(anchor) })?.share else { return 1 }
        return 1 - share
    }
}
