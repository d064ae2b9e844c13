import SourceText

/// The counted noun next to a count: after it (`445개 과제`, `500개 AI 팩토리 구축`, `10대 '게임
/// 체인저 기술'`) or before it (`AI 팩토리 500개를`, `'초격차 급소 기술' 80개`, `리빙랩 확대('24년
/// 6개 → '25년 10개)`). A noun phrase is read word by word and ends at a particle, a verb, a
/// verbal noun (`구축`, `개발`…) or punctuation.
enum CountItems {
    static let maxWords = 4

    /// Words that end a noun phrase and are not part of it: verbal nouns of policy text,
    /// qualifiers, adverbs.
    static let stopWords = ScalarWordSet([
        "등", "내외", "이상", "이하", "미만", "초과", "규모", "수준", "정도", "가량", "남짓", "안팎", "여", "총", "약", "각",
        "개발", "구축", "추진", "선정", "지원", "확보", "착수", "발굴", "투자", "도출", "조성", "추가", "포함", "목표",
        "육성", "확대", "운영", "기획", "개최", "본격화", "연구개발", "계속", "신설", "설치", "유치", "배출", "참여",
        "달성", "완료", "마련", "수립", "시행", "실시", "돌파", "감소", "증가", "이내", "중", "외", "외에도", "모두",
        "전체", "이외", "누적", "올해", "내년", "작년", "지난해", "매년", "현재", "기준", "제작", "체결", "출범",
        "보급", "배포", "양성", "채용", "고용", "창출", "인증", "지정", "개설", "개소", "설립", "선발", "모집", "제공",
        "공급", "입주", "건설", "착공", "준공", "완공", "매입", "분양", "투입", "집행", "배정", "편성", "발표",
        "배치", "도입", "확충", "증설", "구매", "수행", "신청",
        "및", "또는", "그리고", "이", "그", "저", "새", "전", "후", "당", "간", "별", "대비", "통해", "위해", "대한",
        // Adverbs and time words that stand next to a count without being what is counted
        // (`또 57개`, `이중 24개는`, `한 해 동안 총 1505건`, `전년 426건`).
        "또", "또한", "이중", "동안", "전년", "전년도", "금년", "연말", "연초", "당초", "이번", "이날", "최근", "그간",
        // What a count is per or how it ranks, not what it counts (`연 50만건`, `신규 2개소`, `역대 최대`).
        "연", "연간", "월", "매월", "역대", "최대", "최소", "평균",
        // Adverbs and verbs of news copy next to a count (`31만 2000명 각각 증가`, `60만명 육박`,
        // `1만4452명 결정`, `6300명 늘리기로`, `반면 기타공공기관(총 178개)`, `9개 대표 등이`).
        "각각", "반면", "육박", "결정", "늘어나", "늘리기", "줄이기", "등이", "등을", "등은", "등의", "등과", "등에", "등도",
    ])

    /// Words that qualify a counted noun but are none on their own (`신규 2개소`; `28개 신규 과제` is 과제).
    static let notItems = ScalarWordSet(["신규", "기존", "추가", "주요"])

    /// Last syllables of a verb nominalized to end a bullet (`3.1만명 늘어남`, `증가함`, `완료됨`).
    static let nominalizedEndings = ScalarSet(["남", "함", "됨", "짐"] as [Unicode.Scalar])

    /// Particles glued to the last word of a phrase (`과제를`, `기반으로`, `세부과제별`).
    static let particles: [[Unicode.Scalar]] = [
        // The copula ends a noun like a particle does (`18개 기관이며`, `10곳이다`).
        "으로부터", "로부터", "에서부터", "에게서", "이었다", "으로", "에서", "까지", "부터", "에게", "이며", "이고", "이다",
        "과", "와", "을", "를", "은", "는",
        "에", "의", "도", "로", "별", "만", "이", "가",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Particles of time and place that end a word standing before a count (`연말까지 총 31개`).
    static let adverbialParticles: [[Unicode.Scalar]] = ["까지", "부터", "에서", "에게"].map { Array($0.unicodeScalars) }

    /// Endings of verbs and adnominal forms: a word ending so is not part of a noun phrase.
    static let verbEndings = ScalarSet(["한", "된", "난", "는", "할", "될", "해", "고", "며", "서", "던", "운", "린",
                                        "인", "여", "게", "히", "다", "써", "돼", "져"] as [Unicode.Scalar])

    /// A verb in the past tense (`증가했지만`, `늘었고`, `선정됐으며`): a syllable with the final
    /// consonant ㅆ (었/았/였/했/됐), which no noun of policy text carries; 있 (to be) and 겠 (will)
    /// are verbs too.
    static func isVerbForm(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        // `환산하면 553명`, `투자하면 일자리 180개`: a conditional (하면, 되면, 으면, 다면).
        if r.count >= 3, s[r.upperBound - 1] == "면" {
            switch s[r.upperBound - 2] {
            case "하", "되", "으", "다": return true
            default: break
            }
        }
        for i in r {
            let v = s[i].value
            if v >= 0xAC00, v <= 0xD7A3, (v - 0xAC00) % 28 == 20 { return true }
        }
        return false
    }

    /// Qualifiers between a count and its noun (`3개 내외 신규과제`): skipped.
    static let qualifiers = ScalarWordSet(["내외", "여", "가량", "정도", "남짓", "안팎", "이상", "이하", "미만", "초과", "규모", "수준"])

    /// Heads that close a phrase rather than extend it (`혁신방향 중심으로`, `기술 분야로`).
    static let genericHeads = ScalarWordSet(["중심", "분야", "도약", "구체화", "위주", "관련", "대상", "형태", "방식", "단위", "차원"])

    /// Whether the word at `r` ends a noun phrase without being part of it. Asked of the scalars
    /// where they lie: most words of a document are asked once or twice.
    static func isStop(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        if stopWords.contains(s, r) { return true }
        // `전년동월대비 10만 6000명`, `전년동기대비`: what a change is measured against.
        if r.count > 2, s[r.upperBound - 2] == "대", s[r.upperBound - 1] == "비" { return true }
        // `개발·구축`: words joined by a middle dot (or U+0387, the same character under canonical
        // equivalence), each of them a stop word.
        guard s[r].contains(where: isMiddleDot) else { return false }
        var parts = 0
        var start = r.lowerBound
        for k in r.lowerBound...r.upperBound where k == r.upperBound || isMiddleDot(s[k]) {
            if k > start {
                guard stopWords.contains(s, start..<k) else { return false }
                parts += 1
            }
            start = k + 1
        }
        return parts > 1
    }

    @inline(__always)
    static func isMiddleDot(_ c: Unicode.Scalar) -> Bool { c == "\u{B7}" || c == "\u{387}" }

    static func item(number: Range<Int>, counterEnd: Int, in t: FigureText) -> String? {
        if let after = itemAfter(counterEnd, t), !notItems.contains(after) { return after }
        guard let before = itemBefore(number.lowerBound, t), !notItems.contains(before) else { return nil }
        // `총 1468개 업체 680건`: the noun right after another count is that count's.
        var k = number.lowerBound
        if k > 0, t.s[k - 1] == " " { k -= 1 }
        let start = k - before.unicodeScalars.count
        if start >= 3, t.s[start - 1] == " ", before.unicodeScalars.elementsEqual(t.s[start..<k]),
           followsCount(t.s, at: start - 1) {
            return nil
        }
        return before
    }

    /// A number and a counter end at `e` (`1468개`, `82곳`), not a year (`’24년`).
    static func followsCount(_ s: [Unicode.Scalar], at e: Int) -> Bool {
        for entry in CountRules.counters.entries where entry.word.count < e {
            let b = e - entry.word.count
            if FigureScalars.isDigit(s[b - 1]), FigureScalars.has(s, at: b, end: e, entry.word) { return true }
        }
        return false
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        FigureScalars.isHangul(c) || FigureScalars.isASCIILetter(c) || FigureScalars.isDigit(c)
            || c == "·" || c == "-" || c == "+" || c == "&" || c == "/" || (c.value >= 0x4E00 && c.value <= 0x9FFF)
    }

    /// A bullet dash or a lone `&` is not a word of the phrase (`- 권역책임의료기관 17개소`).
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        FigureScalars.isHangul(c) || FigureScalars.isASCIILetter(c) || (c.value >= 0x4E00 && c.value <= 0x9FFF)
    }

    static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: s[r])
    }

    /// A quoted phrase starting at `i` (`'게임 체인저 기술'`): its inside, or nil.
    static func quoted(_ s: [Unicode.Scalar], from i: Int, end: Int, forward: Bool) -> Range<Int>? {
        guard i >= 0, i < end else { return nil }
        let q = s[i]
        guard q == "'" || q == "\"" || q == "「" || q == "『" || q == "」" || q == "』" else { return nil }
        let close: Unicode.Scalar = q == "「" ? "」" : (q == "『" ? "』" : (q == "」" ? "「" : (q == "』" ? "『" : q)))
        var k = forward ? i + 1 : i - 1
        var n = 0
        while k >= 0, k < end, n < 40 {
            if s[k] == close { return forward ? (i + 1)..<k : (k + 1)..<i }
            if s[k] == "\n" { return nil }
            k += forward ? 1 : -1
            n += 1
        }
        return nil
    }

    static func stripParticle(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (Range<Int>, Bool) {
        // A one-syllable particle needs a stem of two syllables: `시도` is a word, `과제를` is 과제 + 를.
        for p in particles where r.count > p.count + (p.count == 1 ? 1 : 0)
            && FigureScalars.hasBefore(s, at: r.upperBound, start: r.lowerBound, p) {
            return (r.lowerBound..<(r.upperBound - p.count), true)
        }
        // `3개 팹은`: a topic or object particle that fits a one-syllable stem (은/을 after a final
        // consonant, 는/를 after a vowel) ends the word.
        if r.count == 2, FigureScalars.isHangul(s[r.lowerBound]) {
            let final = (s[r.lowerBound].value - 0xAC00) % 28 != 0
            switch s[r.lowerBound + 1] {
            case "은", "을": if final { return (r.lowerBound..<(r.lowerBound + 1), true) }
            case "는", "를": if !final { return (r.lowerBound..<(r.lowerBound + 1), true) }
            default: break
            }
        }
        return (r, false)
    }

    static func itemAfter(_ start: Int, _ t: FigureText) -> String? {
        let s = t.s
        // `14개과제`: a noun glued to `개` (headlines drop the space).
        if start < t.end, start > 0, s[start - 1] == "개", FigureScalars.isHangul(s[start]) {
            var e = start
            while e < t.end, FigureScalars.isHangul(s[e]) { e += 1 }
            let (stem, _) = stripParticle(s, start..<e)
            guard stem.count >= 2, !isStop(s, stem), !isVerbForm(s, stem),
                  !verbEndings.contains(s[stem.upperBound - 1]) else { return nil }
            return text(s, stem)
        }
        guard start < t.end, s[start] == " " else { return nil }
        let i = start + 1
        if let q = quoted(s, from: i, end: t.end, forward: true), !q.isEmpty { return text(s, q) }
        // The phrase's words as a count and their span: no array per question.
        var words = 0
        var phraseStart = 0, phraseEnd = 0
        var k = i
        while words < 3, k < t.end {
            var e = k
            // `7개 기관 감소···과기부`: a run of middle dots is an ellipsis, not a joint of words.
            while e < t.end, isWordScalar(s[e]), !(s[e] == "·" && e + 1 < t.end && s[e + 1] == "·") { e += 1 }
            if e == k { break }
            let w = k..<e
            if s[w].contains(where: FigureScalars.isDigit) || !s[w].contains(where: isLetter) { break }
            if words == 0, qualifiers.contains(s, w), e < t.end, s[e] == " " {
                k = e + 1
                continue
            }
            if isStop(s, w) || isVerbForm(s, w) { break }
            if w.count >= 3, nominalizedEndings.contains(s[w.upperBound - 1]) { break }
            if words > 0, genericHeads.contains(s, w) { break }
            var (stem, hadParticle) = stripParticle(s, w)
            // `권역별로`: `별` (each) before the particle.
            if hadParticle, stem.count > 2, s[stem.upperBound - 1] == "별" { stem = stem.lowerBound..<(stem.upperBound - 1) }
            if hadParticle {
                if !isStop(s, stem), words == 0 || !genericHeads.contains(s, stem) {
                    if words == 0 { phraseStart = stem.lowerBound }
                    phraseEnd = stem.upperBound
                    words += 1
                }
                break
            }
            if let last = s[w].last, verbEndings.contains(last) { break }
            if words == 0 { phraseStart = w.lowerBound }
            phraseEnd = w.upperBound
            words += 1
            // Punctuation or the end of the line closes the phrase.
            if e >= t.end || s[e] != " " { break }
            k = e + 1
        }
        guard words > 0 else { return nil }
        return text(s, phraseStart..<phraseEnd)
    }

    static func itemBefore(_ numberStart: Int, _ t: FigureText) -> String? {
        let s = t.s
        var k = numberStart
        if k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0 else { return nil }
        if let q = quoted(s, from: k - 1, end: t.end, forward: false), !q.isEmpty { return text(s, q) }
        if s[k - 1] == "(" || s[k - 1] == "," || s[k - 1] == "~" || s[k - 1] == ")" || s[k - 1] == "→" || s[k - 1] == "➝" {
            // Inside parentheses (`리빙랩 확대('24년 6개 → '25년 10개)`): the phrase before them.
            if let open = enclosingParen(s, before: numberStart) { return phraseBefore(open, s, skipStopWords: true, maxWords: 2) }
            if s[k - 1] == ")", let open = matchingOpen(s, close: k - 1) {
                // `개념연구(신규) 3개`: skip the parenthetical.
                return phraseBefore(open, s, skipStopWords: false)
            }
            return nil
        }
        if let open = enclosingParen(s, before: numberStart), !s[open..<numberStart].contains(where: isWordScalar) {
            return phraseBefore(open, s, skipStopWords: true, maxWords: 2)
        }
        return phraseBefore(k, s, skipStopWords: false) ?? enclosingParen(s, before: numberStart).flatMap {
            phraseBefore($0, s, skipStopWords: true, maxWords: 2)
        }
    }

    /// The `(` of the parenthesis the position is in (same line, close by), or nil.
    static func enclosingParen(_ s: [Unicode.Scalar], before i: Int) -> Int? {
        var k = i - 1
        var n = 0
        while k >= 0, n < 30, s[k] != "\n" {
            if s[k] == ")" { return nil }
            if s[k] == "(" { return k }
            k -= 1
            n += 1
        }
        return nil
    }

    static func matchingOpen(_ s: [Unicode.Scalar], close: Int) -> Int? {
        var k = close - 1
        var n = 0
        while k >= 0, n < 30, s[k] != "\n" {
            if s[k] == "(" { return k }
            k -= 1
            n += 1
        }
        return nil
    }

    /// A last syllable that is a particle or a connective ending (`을`, `과`, `며`…): the word is no
    /// part of the phrase before a count.
    @inline(__always)
    static func endsWithParticleSyllable(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "을", "를", "은", "에", "의", "과", "와", "로", "서", "며", "고": return true
        default: return false
        }
    }

    /// The noun phrase that ends right before `end` (spaces and `*` skipped).
    static func phraseBefore(_ end: Int, _ s: [Unicode.Scalar], skipStopWords: Bool, maxWords: Int = CountItems.maxWords) -> String? {
        var k = end
        while k > 0, s[k - 1] == " " || s[k - 1] == "*" || s[k - 1] == ":" { k -= 1 }
        if k > 0, let q = quoted(s, from: k - 1, end: s.count, forward: false), !q.isEmpty { return text(s, q) }
        // The phrase's words as a count and their span: no array per question.
        var words = 0
        var phraseStart = 0, phraseEnd = 0
        var skipping = skipStopWords
        while words < maxWords, k > 0 {
            var b = k
            while b > 0, isWordScalar(s[b - 1]) { b -= 1 }
            if b == k { break }
            let w = b..<k
            if s[w].contains(where: FigureScalars.isDigit) || !s[w].contains(where: isLetter) { break }
            if isStop(s, w) {
                if skipping || words == 0 && w.count == 1 && (s[b] == "총" || s[b] == "약") {
                    if b == 0 || s[b - 1] != " " { break }
                    k = b - 1
                    continue
                }
                break
            }
            skipping = false
            // `공공기관중 공기업(총 30개)`: a word glued to `중` (among) stands outside the phrase.
            if w.count >= 3, s[w.upperBound - 1] == "중" { break }
            if isVerbForm(s, w) || adverbialParticles.contains(where: { $0.count < w.count && FigureScalars.hasBefore(s, at: k, start: b, $0) }) {
                break
            }
            if let last = s[w].last, verbEndings.contains(last) || endsWithParticleSyllable(last) { break }
            // Words are read backwards: this one starts the phrase, the first one read ends it.
            if words == 0 { phraseEnd = w.upperBound }
            phraseStart = w.lowerBound
            words += 1
            if b == 0 || s[b - 1] != " " { break }
            k = b - 1
        }
        guard words > 0 else { return nil }
        return text(s, phraseStart..<phraseEnd)
    }
}
