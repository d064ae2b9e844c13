import Segment

/// Which programme an amount belongs to (`산업혁신기반구축사업에 2,685억원`): the nearest
/// `program` mention before it in the same sentence or table row, else the nearest one after it
/// with no other amount in between (`2,685억원을 투입하는 산업혁신기반구축사업`). A pass over the
/// settled mentions of a document; linear (mentions and sentences are both in text order).
public enum MoneyPrograms {
    public static func attach(_ mentions: [Mention], sentences: [Sentence]) -> [Mention] {
        guard mentions.contains(where: { $0.type == .program }) else { return mentions }
        var out = mentions
        // Mentions grouped by sentence (a mention belongs to the sentence holding its start).
        var groups: [[Int]] = []
        var s = 0
        var current: [Int] = []
        var currentSentence = -1
        for (k, m) in out.enumerated() {
            while s < sentences.count, sentences[s].range.upperBound <= m.range.lowerBound { s += 1 }
            let inside = s < sentences.count && sentences[s].range.contains(m.range.lowerBound) ? s : -1
            if inside != currentSentence || inside == -1 {
                if !current.isEmpty { groups.append(current) }
                current = []
                currentSentence = inside
            }
            current.append(k)
        }
        if !current.isEmpty { groups.append(current) }

        for group in groups {
            var lastProgram: String? = nil
            var pendingAmounts: [Int] = []
            for k in group {
                switch out[k].value {
                case .program(let p):
                    // Amounts with no programme before them take the first one after them.
                    for a in pendingAmounts { setProgram(&out[a], p.name) }
                    pendingAmounts = []
                    lastProgram = p.name
                case .money:
                    if let name = lastProgram { setProgram(&out[k], name) } else { pendingAmounts = [k] }
                default:
                    break
                }
            }
        }
        return out
    }

    static func setProgram(_ m: inout Mention, _ name: String) {
        guard case .money(var v) = m.value else { return }
        v.program = name
        m.value = .money(v)
    }
}
