import Segment

/// Which programme an amount belongs to (`산업혁신기반구축사업에 2,685억원`): the nearest
/// `program` mention before it in the same sentence or table row, else the nearest one after it
/// with no other amount in between (`2,685억원을 투입하는 산업혁신기반구축사업`). A pass over the
/// settled mentions of a document; linear (mentions and sentences are both in text order).
public enum MoneyPrograms {
    /// `mentions` is consumed: the amounts are updated in place, not in a copy of the array.
    public static func attach(_ mentions: consuming [Mention], sentences: [Sentence]) -> [Mention] {
        var out = consume mentions
        guard out.contains(where: { $0.type == .program }) else { return out }
        // One pass in text order; what a sentence has seen is forgotten when the next begins (a
        // mention belongs to the sentence holding its start; outside any, it stands alone).
        var s = 0
        var currentSentence = -1
        var lastProgram: String? = nil
        // An amount with no programme before it takes the first one after it.
        var waiting: Int? = nil
        for k in out.indices {
            let start = out[k].range.lowerBound
            while s < sentences.count, sentences[s].range.upperBound <= start { s += 1 }
            let inside = s < sentences.count && sentences[s].range.contains(start) ? s : -1
            if inside != currentSentence || inside == -1 {
                currentSentence = inside
                lastProgram = nil
                waiting = nil
            }
            switch out[k].type {
            case .program:
                guard case .program(let p) = out[k].value else { continue }
                if let a = waiting { setProgram(&out[a], p.name) }
                waiting = nil
                lastProgram = p.name
            case .money:
                if let name = lastProgram { setProgram(&out[k], name) } else { waiting = k }
            default:
                break
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
