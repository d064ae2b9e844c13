import Normalize
import SourceText
import Segment

/// Finds programmes, projects and plans: `산업혁신기반구축사업`, `제8차 산업기술혁신계획`,
/// `알키미스트 프로젝트`, `K-화학산업 대전환 R&D 프로젝트`.
///
/// A programme name ends in a head noun (`사업`, `프로젝트`, `계획`, `프로그램`, `전략`) and carries a
/// name before it: either glued to the head (`…구축사업`) or as bare nouns in the words before
/// (`알키미스트 프로젝트`), optionally opened by an ordinal (`제8차`). The head alone, or the head
/// after a determiner or a generic noun (`이 사업은`, `본 사업`, `세부 추진계획`, `사업 공고`), is not
/// a name. `펀드` is left out on purpose: in these releases it names a financial vehicle (a fund
/// raised and invested), not a programme run by a body.
public struct ProgramExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        ProgramScan(s: input.text.scalars).run()
    }
}

struct ProgramScan {
    typealias K = KoreanNames
    let s: [Unicode.Scalar]
    // The tables are held by the scan: a static read costs a `swift_once` check each time, and
    // `Gazetteer.shared` copied the whole gazetteer struct (a retain per array) at every read.
    let heads = ProgramScan.heads
    let headFinalSet = ProgramScan.headFinalSet
    /// `OrgCues.table`, whose `programHeadFinalBit` the word search asks of every scalar.
    let cueTable = OrgCues.table
    let longestParticle = ProgramScan.longestParticle
    let strippableByLast = K.strippableByLast
    let genericModifiers = ProgramScan.genericModifiers
    let nonNameWords = ProgramScan.nonNameWords
    let nonNameFinals = ProgramScan.nonNameFinals
    let verbLike = ProgramScan.verbLike
    let openers = ProgramScan.openers
    let gazetteer = Gazetteer.shared
    var n: Int { s.count }

    static let heads: [[Unicode.Scalar]] = ["프로젝트", "프로그램", "사업", "계획", "전략"].map { Array($0.unicodeScalars) }

    /// The last scalar of each head (`트`, `램`, `업`, `획`, `략`).
    static let headFinals: [UInt32] = heads.map { $0.last!.value }
    static let headFinalSet = ScalarSet(values: headFinals)
    static let longestParticle = K.strippable.map(\.count).max() ?? 0

    // The word lists below are asked about scalar runs of the text (`ScalarWordSet`, `ScalarSet`):
    // a `Set<String>` needed a `String` built and hashed for every question. The words in the text
    // are Hangul syllables, ASCII, `-` and `·`, so comparing scalars is comparing strings.

    /// Nouns that do not make a name on their own (`추진계획`, `지원사업`, `세부 추진계획`).
    static let genericModifiers = ScalarWordSet([
        "세부", "추진", "시행", "실행", "연도별", "향후", "후속", "관련", "투자", "운영", "지원", "연구", "신규", "기존",
        "해당", "전체", "종합", "기본", "중장기", "이행", "개발", "정부", "국가", "공모", "본", "동", "이", "그", "각",
        "주요", "핵심", "대형", "단기", "장기", "중기", "연구개발", "R&D", "재정", "예산", "민간", "공공", "협력", "공동",
        "세부사업", "내역", "단위", "내내", "총", "전", "현", "새", "신", "후", "올해", "내년", "금년", "작년", "같은",
        "다른", "위한", "통한", "이번", "이날", "당초", "기획", "계획", "사업", "발전", "활성화", "육성", "강화", "대응",
        "실천", "추가", "보완", "변경", "수정", "최종", "잠정", "예비", "시범", "본격", "단계", "1단계", "2단계", "3단계",
        "착수", "연관", "그간", "신청", "참여", "선정", "평가", "관리", "수행", "집행", "종료", "계속", "일반", "기타", "전략", "핵심전략",
    ])

    /// Adnominal verb forms ending in ㄹ that precede a noun (`판을 바꿀 알키미스트 프로젝트`).
    static let verbLike = ScalarWordSet(["바꿀", "만들", "이끌", "열", "펼칠", "이룰", "키울", "나갈", "해결할", "추진할", "지원할",
                                         "새로울", "놀랄", "살릴", "늘릴", "넓힐", "높일", "줄일", "끌"])

    /// `KoreanNames.nonNameWords` and `KoreanNames.nonNameFinals`, as scalar sets.
    static let nonNameWords = ScalarWordSet(K.nonNameWords)
    static let nonNameFinals = ScalarSet(K.nonNameFinals)

    /// What may open a quoted or bracketed name right before its first modifier (`「알키미스트 프로젝트」`).
    static let openers = ScalarSet("「『<'\"(“‘[".unicodeScalars)

    /// Endings of a body's name (`산업통상부`, `한국산업기술기획평가원`, `…센터`): such a word is who runs a
    /// programme, not part of its name.
    static let bodySuffixes: [[Unicode.Scalar]] = ["부", "청", "처", "원", "회", "공사", "공단", "재단", "대학교", "센터"]
        .map { Array($0.unicodeScalars) }

    /// Words after the head that make the head part of a body's name (`초격차 프로젝트 운영위원회`).
    static let bodyHeads: [[Unicode.Scalar]] = ["위원회", "협의회", "추진단", "사업단", "기획단", "지원단", "얼라이언스", "TF",
                                                "단장", "본부"].map { Array($0.unicodeScalars) }

    func matches(_ lit: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + lit.count <= n else { return false }
        for k in 0..<lit.count where s[i + k] != lit[k] { return false }
        return true
    }

    func weight(_ a: Int, _ e: Int) -> Int { K.weight(s, a..<e) }

    /// A word of a programme name: Hangul, Latin, digits, `&`, and an inner `-`/`·` (`K-화학산업`).
    static func isNameChar(_ c: Unicode.Scalar) -> Bool { K.isWordChar(c) || c == "-" || c == "·" }

    /// Every word is a run of name characters without the `-`/`·` it starts with. Only a word that
    /// holds a head noun can end in one (`headEnd`), so the scan looks for the heads (`nextHead`)
    /// and reads just the words around them, in text order, each once: reading every word of the
    /// document cost more than the programme rules themselves.
    func run() -> [Mention] {
        var out: [Mention] = []
        var k = nextHead(from: 0)
        while k < n {
            // The word around the head's last scalar `k`: back to the start of the run of name
            // characters, past the `-`/`·` that open it (the head is Hangul, so the word starts at
            // or before it), on to the run's end.
            var a = k
            while a > 0, Self.isNameChar(s[a - 1]) { a -= 1 }
            while !K.isWordChar(s[a]) { a += 1 }
            var b = k + 1
            while b < n, Self.isNameChar(s[b]) { b += 1 }
            if let m = program(wordStart: a, wordEnd: b), out.last.map({ $0.range.upperBound <= m.range.lowerBound }) ?? true {
                out.append(m)
            }
            k = nextHead(from: b)
        }
        return out
    }

    /// The position of the last scalar of the first head noun at or after `start`, or `n`. Most of
    /// the heads' last scalars are not in a head (`업` of `산업`, `기업`): a word holding only those
    /// is not read.
    func nextHead(from start: Int) -> Int {
        var k = nextHeadFinal(from: start)
        // A head is all Hangul, so it lies inside the word around `k`: any word start will do.
        while k < n, headCount(endingAt: k + 1, from: 0) == nil { k = nextHeadFinal(from: k + 1) }
        return k
    }

    /// The first position from `start` on that holds a head's last scalar, or `n`. Read through
    /// buffer pointers: this loop visits every scalar of the document, and the checked indexing of
    /// the text and of a `ScalarSet` doubled its cost.
    func nextHeadFinal(from start: Int) -> Int {
        cueTable.withUnsafeBufferPointer { table in
            s.withUnsafeBufferPointer { text in
                var i = start
                while i < text.count {
                    let v = text[i].value
                    // Every head ends in a Hangul syllable, inside the table's plane.
                    if v < 0x10000, table[Int(v)] & OrgCues.programHeadFinalBit != 0 { return i }
                    i += 1
                }
                return text.count
            }
        }
    }

    /// The head's end inside `[a, b)`: the word without its particle, when it ends in a head noun.
    func headEnd(_ a: Int, _ b: Int) -> (end: Int, head: Int)? {
        // A head ends at `b` or just before a particle, so one of the last few scalars of the word
        // must be a head's last scalar; most words have none and skip the particle search.
        var k = b - 1
        var mayEndInHead = false
        let reach = longestParticle + 1
        while k >= a + 1, b - k <= reach {
            if headFinalSet.contains(s[k]) { mayEndInHead = true; break }
            k -= 1
        }
        guard mayEndInHead else { return nil }
        // At the end of the word, else before a particle (the longest first): only the particles
        // ending in the word's last scalar, and only where a head's last scalar precedes them.
        if headFinalSet.contains(s[b - 1]), let h = headCount(endingAt: b, from: a) { return (b, h) }
        for p in strippableByLast.candidates(endingWith: s[b - 1])
        where b - a > p.count && headFinalSet.contains(s[b - p.count - 1]) && matches(p, at: b - p.count) {
            if let h = headCount(endingAt: b - p.count, from: a) { return (b - p.count, h) }
        }
        return nil
    }

    /// The length of the head noun ending at `e` inside a word starting at `a`, if one does.
    /// (The heads' last scalars differ, so at most one head can end at `e`: the one it picks.)
    func headCount(endingAt e: Int, from a: Int) -> Int? {
        let last = s[e - 1]
        for h in heads where h[h.count - 1] == last && e - a >= h.count && matches(h, at: e - h.count) { return h.count }
        return nil
    }

    func program(wordStart a: Int, wordEnd b: Int) -> Mention? {
        guard let (e, headCount) = headEnd(a, b) else { return nil }
        // `…사업은` is the end of the word; `…사업비`, `…사업화` never reach here.
        let prefixEnd = e - headCount
        let hasGluedPrefix = prefixEnd > a
        if hasGluedPrefix {
            // A prefix ending in `-` or `·` is not a name.
            if s[prefixEnd - 1] == "-" || s[prefixEnd - 1] == "·" { return nil }
        }
        // A body's name, not a programme: `초격차 프로젝트 운영위원회`.
        if b == e {
            var after = b
            while after < n, K.isBlank(s[after]) { after += 1 }
            var k = after
            while k < n, Self.isNameChar(s[k]) { k += 1 }
            if after > b, Self.bodyHeads.contains(where: { h in
                after + h.count <= k && (after...(k - h.count)).contains { matches(h, at: $0) }
            }) { return nil }
        }
        // Modifier words before, on the same line: bare nouns, optionally opened by an ordinal.
        // They are counted from the head leftwards; bit `i` of `genericMask` says the `i`-th is a
        // generic modifier (no list of them is kept: only their number and kinds are read after).
        var start = a
        var modifierCount = 0
        var genericMask: UInt8 = 0
        var ordinal = false
        while modifierCount < 4 {
            var j = start
            while j > 0, K.isBlank(s[j - 1]) { j -= 1 }
            guard j < start, j > 0 else { break }
            var k = j
            while k > 0, Self.isNameChar(s[k - 1]) { k -= 1 }
            guard k < j, k == 0 || K.isSpace(s[k - 1]) || openers.contains(s[k - 1]) else { break }
            if isOrdinal(k, j) {
                start = k
                ordinal = true
                break
            }
            guard modifierWord(k, j) else { break }
            if genericModifiers.contains(s, k..<j) { genericMask |= 1 << modifierCount }
            modifierCount += 1
            start = k
        }
        // Generic modifiers at the left edge are not part of the name (`올해 산업혁신사업` has none anyway).
        while modifierCount > 0, genericMask & (1 << (modifierCount - 1)) != 0, !ordinal {
            modifierCount -= 1
            var k = start
            while k < n, Self.isNameChar(s[k]) { k += 1 }
            while k < n, K.isBlank(s[k]) { k += 1 }
            start = k
        }
        // Something must name the programme: a glued prefix or a modifier that is not generic.
        let namedByPrefix = hasGluedPrefix && !genericModifiers.contains(s, a..<prefixEnd) && weight(a, prefixEnd) >= 2
        let allModifiers: UInt8 = (1 << modifierCount) - 1
        let namedByModifier = genericMask & allModifiers != allModifiers
        guard namedByPrefix || namedByModifier || (ordinal && hasGluedPrefix) else { return nil }
        guard weight(start, e) >= 5 else { return nil }
        let name = String(scalars: s[start..<e])
        return Mention(range: start..<e, value: .program(ProgramValue(name: name)),
                       rule: ordinal ? "program.ordinal" : (modifierCount == 0 ? "program.compound" : "program.modified"))
    }

    /// `제8차`, `2차`, `제 4차`.
    func isOrdinal(_ a: Int, _ e: Int) -> Bool {
        var i = a
        if i < e, s[i] == "제" { i += 1 }
        let digits = i
        while i < e, K.isDigit(s[i]) { i += 1 }
        return i > digits && i + 1 == e && s[i] == "차"
    }

    /// A bare noun that can stand inside a programme name: `알키미스트`, `R&D`, `K-화학산업`.
    func modifierWord(_ a: Int, _ e: Int) -> Bool {
        guard e > a, !K.isDigit(s[a]), s[e - 1] != "-", s[e - 1] != "·" else { return false }
        var hasHangul = false, hasDigit = false
        for i in a..<e {
            if K.isHangul(s[i]) { hasHangul = true } else if K.isDigit(s[i]) { hasDigit = true }
        }
        if hasHangul && hasDigit { return false }
        if nonNameFinals.contains(s[e - 1]) || s[e - 1] == "의" || s[e - 1] == "을" { return false }
        if nonNameWords.contains(s, a..<e) { return false }
        // Verb forms before a noun (`바꿀`, `만들`): a syllable ending in ㄹ after a verb stem.
        if e - a == 2, K.isHangul(s[e - 1]), (s[e - 1].value - 0xAC00) % 28 == 8, verbLike.contains(s, a..<e) { return false }
        if e - a == 1, K.isHangul(s[a]) { return false }
        // An organization is who runs the programme, not part of its name (`산업통상부 …사업`).
        if gazetteer.canStart(s[a]), gazetteer.matches(in: s, at: a, limit: e).contains(where: { $0.end == e }) { return false }
        // Compared as scalars: a word here is Hangul, Latin, digits, `&`, `-`, `·`, one scalar per character.
        for suffix in Self.bodySuffixes where e - a > suffix.count && matches(suffix, at: e - suffix.count) {
            return false
        }
        return true
    }
}
