import SourceText

/// The plan or programme a period belongs to: `제8차 산업기술혁신계획('24∼'28)`,
/// `「반도체 특별 전략」('25~'27)`, `제8차 산업기술혁신계획 : 2024년 ∼ 2028년`.
///
/// A period opens a parenthesis (or follows a colon) right after a name whose last word ends in a
/// plan word (`계획`, `사업`, `전략`, `로드맵`, `프로그램`, `프로젝트`, `방안`, `대책`, `플랜`,
/// `이니셔티브`). The name is read backwards word by word — up to eight words (`및` joins two), over letters, digits
/// and `·&+-` — and stops at punctuation, a bullet, a line break, or a word that ends in a particle
/// or a verb ending (`정부는`, `추진하는`). A name inside `「」`/`『』`/`< >` is taken whole when
/// it, too, ends in a plan word (`「기술이전법」('24~'28)` names a law, not a plan).
/// The plan word alone (`사업('25~'29)`) names nothing and is not attached.
enum DatePlans {
    typealias L = DateLexicon

    static let planWords: [[UInt32]] = ["계획", "사업", "전략", "로드맵", "프로그램", "프로젝트", "방안", "대책", "플랜", "이니셔티브"]
        .map(L.w)
    /// Last syllables that end a word before a name rather than belong to it.
    static let stops: ScalarSet = ScalarSet("은는이가을를에서로와과및한된할될인던며고여해의도만른끌".unicodeScalars)
    /// Nouns that end like a particle (`국가 R&D 사업`).
    static let nouns: [[UInt32]] = ["국가", "평가", "전문가", "부가", "원가", "물가"].map(L.w)
    static let closers: [UInt32: UInt32] = [0x300D: 0x300C, 0x300F: 0x300E, 0x3009: 0x3008, 0x300B: 0x300A, 0x3E: 0x3C]

    static func isNameScalar(_ v: UInt32) -> Bool {
        DateText.isHangul(v) || DateText.isLetter(v) || DateText.isDigit(v) || v == L.middleDot || v == 0x26 || v == 0x2B || v == 0x2D
    }

    static func plan(before start: Int, in t: DateText) -> String? {
        var j = t.previousNonBlank(before: start)
        guard j >= 0, t[j] == 0x28 || t[j] == 0x3A else { return nil }
        j = t.previousNonBlank(before: j)
        guard j >= 0 else { return nil }
        if let opener = closers[t[j]] {
            // 「반도체 특별 전략」: the whole bracket.
            var k = j - 1
            while k >= 0, t[k] != opener, t[k] != 0x0A, j - k < 60 { k -= 1 }
            guard k >= 0, t[k] == opener, endsInPlanWord(t, end: t.previousNonBlank(before: j) + 1) else { return nil }
            return named(t, (k + 1)..<j)
        }
        let end = j + 1
        guard endsInPlanWord(t, end: end) else { return nil }
        var nameStart = end
        var s = end          // the end of the word to read next
        var words = 0
        while words < 8 {
            var k = s
            while k > 0, isNameScalar(t[k - 1]) { k -= 1 }
            guard k < s else { break }
            // A word ending in a particle or verb ending, or a bullet dash, is not part of the name
            // (the last word, which ends in the plan word, always is).
            let connector = s - k == 1 && t[k] == L.c("및")     // 인프라 및 활용기반 구축사업
            let noun = nouns.contains { w in w.count == s - k && t.word(w, at: k) != nil }
            if words > 0, !connector, !noun, stops.contains(value: t[s - 1]) || t[k] == 0x2D { break }
            nameStart = k
            words += 1
            let b = t.previousNonBlank(before: k)
            guard b >= 0, b < k - 1, isNameScalar(t[b]) else { break }
            s = b + 1
        }
        return named(t, nameStart..<end)
    }

    static func endsInPlanWord(_ t: DateText, end: Int) -> Bool {
        planWords.contains { w in end - w.count >= 0 && t.word(w, at: end - w.count) != nil }
    }

    /// The name as written, blanks folded; nil when it is the plan word alone or empty.
    static func named(_ t: DateText, _ r: Range<Int>) -> String? {
        // Gathered as scalars and compared with the plan words as numbers: no `String` until the end.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(r.count)
        var blank = false
        for i in r {
            let v = t[i]
            if DateText.isBlank(v) || v == 0x0A { blank = !out.isEmpty; continue }
            if blank { out.append(" ") }
            blank = false
            out.append(t.scalars[i])
        }
        if out.isEmpty || planWords.contains(where: { $0.elementsEqual(out.lazy.map(\.value)) }) {
            return nil
        }
        return String(scalars: out)
    }
}
