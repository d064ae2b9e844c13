import Normalize
import SourceText
import Segment

/// Finds organizations: who funds, who runs, who takes part.
///
/// Two sources of evidence, scanned directly over the normalized scalars:
/// - the gazetteer (`Resources/organizations.tsv`): official names, short forms and acronyms with
///   validity periods, so that `산업부` is 산업통상자원부 in a 2024 release and 산업통상부 in a 2026 one;
/// - the shape of Korean names: suffixes (`…진흥원`, `…위원회`, `…대학교`, `…도청`), company markers
///   (`(주)`, `주식회사`), division names in contact lines (`문의 : … 산업기술정책과`), bylines and
///   photo credits, participant lists in project tables, and `이름(ACRONYM)` pairs;
/// - context cues for names known from nothing else: a list closed by `등 기업` / `등이 참석` with one
///   known member, the word before `와 협력` / `과 손잡고`, the word between `참석한` and `관계자`.
///
/// Every mention carries a `category` (government, public-institution, company, university, foreign,
/// media, committee, association): the gazetteer row's when the canonical name is known, else one
/// read off the kind and the rule that found it.
///
/// A mention's `text` is the name as written without its particle; `canonical` is the full
/// official name for the document's reference date.
public struct OrganizationExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        var scan = OrgScan(scalars: input.text.scalars, date: input.context.referenceDate, gazetteer: Gazetteer.shared)
        return scan.run()
    }
}

/// One candidate before overlaps are settled.
struct OrgCandidate {
    var range: Range<Int>
    var canonical: String
    var kind: String
    var rule: String
    /// Lower wins among candidates of equal length.
    var priority: Int
    var fromGazetteer: Bool
    /// The gazetteer row `canonical` was taken from, when it was (else -1): its category is then
    /// known without looking the name up by string.
    var entry: Int32 = -1
}

struct OrgScan {
    typealias K = KoreanNames
    let s: [Unicode.Scalar]
    let n: Int
    let date: CalendarDate?
    let gazetteer: Gazetteer
    var candidates: [OrgCandidate] = []
    /// Web addresses, e-mail addresses and copyright lines: no organization inside.
    var blocked: [Range<Int>] = []
    /// Per scalar: 1 = inside some candidate, 2 = inside a gazetteer candidate (overlap checks in O(length)).
    var covered: [UInt8]
    /// End of each gazetteer candidate → its kind (a division follows its ministry).
    var gazetteerEnds: [Int: String] = [:]
    /// Words shaped like a university's short form (`대림대`), noted by the word pass for
    /// `universityListPass`.
    var universityShapedWords: [Range<Int>] = []
    /// Where each pass's cues may start, found in one scan (see `OrgCues`).
    var cues = OrgCues()
    /// Tables asked at every word, held here: a static is reached through a lazy-initialization
    /// check at each use.
    let rules = K.rules
    let rulesByLast = K.rulesByLast
    let particleFinals = K.particleFinals
    let strippableByLast = K.strippableByLast
    /// `OrgCues.table`, whose word bits `readWords` asks.
    let cueTable = OrgCues.table

    /// The last syllables a word (as written or without its particle) must end in for `reading` to
    /// find anything: a suffix rule's, `군` `시` `구` (local words), `대` (universities), `부`
    /// (`X부 장관`), `과` (divisions). Marked in `OrgCues.table`.
    static let wordEndings: [Unicode.Scalar] = K.rules.map { $0.suffix.last! } + ["군", "시", "구", "대", "부", "과"]

    /// `OrgCues.table`'s bits for `c`.
    @inline(__always)
    func cueBits(_ c: Unicode.Scalar) -> UInt16 { c.value < 0x10000 ? cueTable[Int(c.value)] : 0 }

    init(scalars: [Unicode.Scalar], date: CalendarDate?, gazetteer: Gazetteer) {
        self.s = scalars
        self.n = scalars.count
        self.date = date
        self.gazetteer = gazetteer
        self.covered = [UInt8](repeating: 0, count: scalars.count)
    }

    mutating func run() -> [Mention] {
        cues = OrgCues(s, gazetteer: gazetteer)
        findBlocked()
        gazetteerPass()
        wordPass()
        companyMarkerPass()
        bylinePass()
        latinInstitutionPass()
        participantListPass()
        listCuePass()
        universityListPass()
        companyListPass()
        cooperationCuePass()
        attendanceCuePass()
        var kept = Self.settle(candidates.filter { !isBlocked($0.range) && !isPlace($0) }, count: n)
        mergeAcronymPairs(&kept)
        return kept.map {
            Mention(range: $0.range, value: .org(OrgValue(canonical: $0.canonical, kind: $0.kind,
                                                          category: category(of: $0))), rule: $0.rule)
        }
    }

    /// The gazetteer's category when the canonical name is a known body, else one read off the
    /// kind and the shape of the name.
    func category(of c: OrgCandidate) -> String {
        // `c.canonical` is that row's canonical name: what `categoryByCanonical` would be asked.
        if c.entry >= 0 { return gazetteer.categoryOfCanonical(entry: c.entry) }
        if let known = gazetteer.categoryByCanonical[c.canonical] { return known }
        // `세계은행그룹(WBG)`, `프라운호퍼연구회`: a name that starts with a body abroad is part of it.
        if !c.fromGazetteer, gazetteer.canStart(s[c.range.lowerBound]) {
            for m in gazetteer.matches(in: s, at: c.range.lowerBound, limit: c.range.upperBound) where m.end < c.range.upperBound {
                if let p = gazetteer.resolve(m.payloads, on: date, allowContextOnly: false),
                   gazetteer.entry(p).category == "foreign" { return "foreign" }
            }
        }
        return Self.category(kind: c.kind, canonical: c.canonical, rule: c.rule)
    }

    static func category(kind: String, canonical: String, rule: String) -> String {
        // `University of Stirling`: an institution named in English and unknown here is one abroad.
        if rule == "org.latin-name" { return "foreign" }
        // `헝가리과학원`, `중국과학원`, `미국국립보건원`: a body named after another country is one abroad.
        if kind != "ministry", let first = canonical.unicodeScalars.first, K.countryFirsts.contains(first),
           K.countryStarts.contains(where: { canonical.hasPrefix($0) }) { return "foreign" }
        switch kind {
        case "ministry", "local", "department": return "government"
        case "agency", "institute": return "public-institution"
        case "university": return "university"
        case "company": return "company"
        case "committee": return "committee"
        case "international": return "foreign"
        case "media": return "media"
        default:
            for suffix in ["협회", "학회", "연합회", "재단", "조합", "협동조합", "포럼", "진흥회"] where canonical.hasSuffix(suffix) {
                return "association"
            }
            if canonical.hasSuffix("은행") || canonical.hasSuffix("그룹") { return "company" }
            if canonical.hasPrefix("(사)") || canonical.hasPrefix("사단법인") || canonical.hasPrefix("(재)") ||
                canonical.hasPrefix("재단법인") { return "association" }
            if canonical.hasSuffix("병원") || canonical.hasSuffix("센터") { return "public-institution" }
            return rule == "org.participant-list" ? "company" : "public-institution"
        }
    }

    // MARK: Helpers

    func string(_ r: Range<Int>) -> String {
        String(scalars: s[r])
    }

    func matches(_ lit: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + lit.count <= n else { return false }
        for k in 0..<lit.count where s[i + k] != lit[k] { return false }
        return true
    }

    func hasSuffix(_ a: Int, _ e: Int, _ suf: [Unicode.Scalar]) -> Bool {
        e - a >= suf.count && matches(suf, at: e - suf.count)
    }

    func lineStart(_ i: Int) -> Int {
        var j = i
        while j > 0, s[j - 1] != "\n" { j -= 1 }
        return j
    }

    func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < n, s[j] != "\n" { j += 1 }
        return j
    }

    /// Hangul syllables plus one per Latin/digit run.
    func weight(_ a: Int, _ e: Int) -> Int { K.weight(s, a..<e) }

    func isBlocked(_ r: Range<Int>) -> Bool {
        // `blocked` is sorted by lower bound.
        var lo = 0, hi = blocked.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocked[mid].upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < blocked.count && blocked[lo].overlaps(r)
    }

    func overlapsCandidate(_ r: Range<Int>) -> Bool {
        r.contains { covered[$0] != 0 }
    }

    mutating func add(_ r: Range<Int>, canonical: String, kind: String, rule: String, priority: Int, gazetteer: Bool = false,
                      entry: Int32 = -1) {
        guard !r.isEmpty else { return }
        candidates.append(OrgCandidate(range: r, canonical: canonical, kind: kind, rule: rule, priority: priority,
                                       fromGazetteer: gazetteer, entry: entry))
        for i in r { covered[i] |= gazetteer ? 3 : 1 }
        if gazetteer { gazetteerEnds[r.upperBound] = kind }
    }

    /// The gazetteer reading of exactly `r`, if the whole of `r` is a known name.
    func lookup(_ r: Range<Int>, allowContextOnly: Bool) -> (String, String)? {
        guard !r.isEmpty, gazetteer.canStart(s[r.lowerBound]) else { return nil }
        for m in gazetteer.matches(in: s, at: r.lowerBound, limit: r.upperBound) where m.end == r.upperBound {
            if let p = gazetteer.resolve(m.payloads, on: date, allowContextOnly: allowContextOnly) {
                let e = gazetteer.entry(p)
                return (e.canonical, e.kind)
            }
        }
        return nil
    }

    /// The end of `[a, e)` without a trailing particle, when the rest is still a word of two or more.
    ///
    /// `conservative` (for names known from nothing but their position: list items, the name after
    /// `주식회사`) keeps endings that are as often the last syllable of a name as a particle
    /// (`디퍼아이`, `인투스카이`).
    func stripParticle(_ a: Int, _ e: Int, conservative: Bool = false) -> Int {
        guard e > a, particleFinals.contains(s[e - 1]) else { return e }
        let last = s[e - 1]
        // The last scalar first: most particles end otherwise, and it costs no call.
        for p in (conservative ? K.strippableConservativeByLast : strippableByLast).candidates(endingWith: last)
        where p.last == last && e - a - p.count >= 2 && hasSuffix(a, e, p) {
            return e - p.count
        }
        return e
    }

    /// `(주)디바이스이엔지가 519%p`: the subject particle that fits the syllable before it (`가`
    /// after a vowel, `이` after a final consonant) comes off a name known only from its marker;
    /// `디퍼아이`, `인투스카이` keep their `이`, which follows a vowel.
    func stripSubjectParticle(_ a: Int, _ e: Int) -> Int {
        guard e - a >= 3, K.isHangul(s[e - 2]) else { return e }
        let last = s[e - 1]
        if last == "가", !K.hasFinalConsonant(s[e - 2]) { return e - 1 }
        if last == "이", K.hasFinalConsonant(s[e - 2]) { return e - 1 }
        return e
    }

    // MARK: Blocked stretches

    mutating func findBlocked() {
        let www = Self.www, http = Self.http
        var ranges: [Range<Int>] = []
        // Only where `w`, `h`, `@` or `.` stands; an address found is skipped whole.
        var next = 0
        for i in cues.address where i >= next {
            let c = s[i]
            if (c == "w" && matches(www, at: i)) || (c == "h" && matches(http, at: i) && (i + 4 < n) && (s[i + 4] == ":" || s[i + 4] == "s")) {
                var j = i
                while j < n, !K.isSpace(s[j]), !K.isHangul(s[j]), s[j] != ")", s[j] != "]", s[j] != ">", s[j] != "\"" { j += 1 }
                ranges.append(i..<j)
                next = j
                continue
            }
            if c == "@", i > 0, i + 1 < n, K.isAlnum(s[i - 1]), K.isLatin(s[i + 1]) || K.isDigit(s[i + 1]) {
                var a = i
                while a > 0, Self.isAddressChar(s[a - 1]) { a -= 1 }
                var b = i + 1
                while b < n, Self.isAddressChar(s[b]) { b += 1 }
                ranges.append(a..<b)
                next = b
                continue
            }
            // A bare domain: `ikbn.news`, `hankyung.com`.
            if c == ".", i > 0, K.isLatin(s[i - 1]), i + 2 < n, K.isLatin(s[i + 1]) {
                var b = i + 1
                while b < n, K.isLatin(s[b]) { b += 1 }
                let tld = string(i + 1..<b).lowercased()
                if ["com", "kr", "net", "org", "news", "co", "go", "or", "re", "ac", "io"].contains(tld) {
                    var a = i
                    while a > 0, Self.isAddressChar(s[a - 1]) { a -= 1 }
                    while b < n, Self.isAddressChar(s[b]) || s[b] == "/" { b += 1 }
                    ranges.append(a..<b)
                    next = b
                    continue
                }
            }
        }
        // Copyright lines (kept when the boilerplate filter is off, or in another layout): only
        // lines where a marker's first letter stands are read, each once, in order.
        var lineDone = -1
        for i in cues.copyright where i > lineDone {
            guard copyrightMarker(at: i) else { continue }
            let start = lineStart(i), end = lineEnd(i)
            if end - start > 8 { ranges.append(start..<end) }
            lineDone = end
        }
        blocked = ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    static let www: [Unicode.Scalar] = Array("www.".unicodeScalars)
    static let http: [Unicode.Scalar] = Array("http".unicodeScalars)

    /// One of `copyrightMarkers` starts at `i`, ASCII letters compared without case. A marker
    /// holds no line break, so one that matches lies within the line of `i`.
    func copyrightMarker(at i: Int) -> Bool {
        var c = s[i].value
        if c >= 0x41 && c <= 0x5A { c += 0x20 }
        for pattern in Self.copyrightMarkers where pattern[0].value == c && i + pattern.count <= n {
            var k = 1
            while k < pattern.count {
                var d = s[i + k].value
                if d >= 0x41 && d <= 0x5A { d += 0x20 }
                if d != pattern[k].value { break }
                k += 1
            }
            if k == pattern.count { return true }
        }
        return false
    }

    static let copyrightMarkers: [[Unicode.Scalar]] = ["copyright", "all rights reserved", "무단 전재", "무단전재",
                                                       "재배포 금지", "재배포금지"].map { Array($0.unicodeScalars) }
    static func isAddressChar(_ c: Unicode.Scalar) -> Bool {
        K.isLatin(c) || K.isDigit(c) || c == "." || c == "_" || c == "-" || c == "%" || c == "+"
    }

    // MARK: Gazetteer

    /// A name may start where no letter or digit runs into it.
    @inline(__always) func leftOK(_ i: Int) -> Bool { i == 0 || !K.isAlnum(s[i - 1]) }

    /// A name may end before a non-letter, before a particle or a title, never inside a word
    /// (`전자연` is not in `전자연구소`, `MIT` is not in `MITRE`).
    func rightOK(_ end: Int) -> Bool {
        if end >= n { return true }
        let last = s[end - 1], c = s[end]
        if (K.isLatin(last) || K.isDigit(last)) && (K.isLatin(c) || K.isDigit(c) || c == "&") { return false }
        // `한전KPS` is not `한전`.
        if K.isHangul(last) && K.isLatin(c) { return false }
        if K.isHangul(c) {
            var j = end
            while j < n, K.isHangul(s[j]), j - end < 8 { j += 1 }
            if j < n, K.isHangul(s[j]) { return false }
            return K.acceptableTail(string(end..<j))
        }
        return true
    }

    mutating func gazetteerPass() {
        // One buffer for the names found at every start (`cues.gazetteer`: where a name may start).
        var found: [Gazetteer.NodeMatch] = []
        found.reserveCapacity(8)
        for i in cues.gazetteer {
            gazetteer.nodeMatches(in: s, at: i, limit: n, into: &found)
            for m in found.reversed() where rightOK(m.end) {
                guard let p = gazetteer.resolve(gazetteer.payloads(m), on: date, allowContextOnly: false) else { continue }
                let e = gazetteer.entry(p)
                let rule = p.isCanonical ? "org.gazetteer" : "org.gazetteer.alias"
                add(i..<m.end, canonical: e.canonical, kind: e.kind, rule: rule, priority: 0, gazetteer: true, entry: p.entry)
                break
            }
        }
    }

    // MARK: Words and their suffixes

    /// Every word of two or more ending in a Hangul syllable (`cues.words`): the candidate it gives,
    /// and whether it is shaped like a university's short form.
    ///
    /// The words are read by `readWords`, which does not mutate, up to the next one that gives a
    /// candidate: a mutating method calling a non-mutating one copied the whole scan at each call,
    /// once per word; now once per candidate.
    mutating func wordPass() {
        let words = cues.words
        var shaped: [Range<Int>] = []
        var k = 0
        while let (at, c) = readWords(words, from: k, universityShaped: &shaped) {
            add(c.range, canonical: c.canonical, kind: c.kind, rule: c.rule, priority: c.priority, gazetteer: c.fromGazetteer,
                entry: c.entry)
            k = at + 1
        }
        universityShapedWords.append(contentsOf: shaped)
    }

    /// Reads `words` from `k` on; stops at the first that gives a candidate (its index and the
    /// candidate). Words shaped like a university's short form go to `universityShaped`.
    func readWords(_ words: [Range<Int>], from k: Int, universityShaped: inout [Range<Int>]) -> (Int, OrgCandidate)? {
        var k = k
        while k < words.count {
            let a = words[k].lowerBound, b = words[k].upperBound
            // `stripParticle`'s own first test, and `reading`'s, from one table: most words end in
            // no particle and in none of `wordEndings`, and are done without a call. (The cue scan
            // left out the words whose last syllable is neither.)
            let last = cueBits(s[b - 1])
            let stripped = last & OrgCues.particleFinalBit != 0 ? stripParticle(a, b) : b
            if last & OrgCues.wordEndingBit != 0 || cueBits(s[stripped - 1]) & OrgCues.wordEndingBit != 0 {
                let (shaped, found) = reading(ofWord: a, b, stripped: stripped)
                if let shaped { universityShaped.append(shaped) }
                if let found { return (k, found) }
            }
            k += 1
        }
        return nil
    }

    /// What the word `[a, b)` (two or more scalars, the last a Hangul syllable) gives to `wordPass`.
    /// `stripped`: `stripParticle(a, b)`; the word, with or without it, ends in one of `wordEndings`
    /// (every reading below needs that).
    func reading(ofWord a: Int, _ b: Int, stripped: Int) -> (universityShaped: Range<Int>?, found: OrgCandidate?) {
        func found(_ r: Range<Int>, canonical: String, kind: String, rule: String, priority: Int,
                   gazetteer: Bool = false) -> OrgCandidate {
            OrgCandidate(range: r, canonical: canonical, kind: kind, rule: rule, priority: priority, fromGazetteer: gazetteer)
        }
        let shaped = s[stripped - 1] == "대" ? universityShaped(a, stripped) : nil
        // `진천군은`, `창원시와`, `서초구는`: a city, county or district the gazetteer knows by its whole word.
        if s[stripped - 1] == "군" || s[stripped - 1] == "시" || s[stripped - 1] == "구", stripped - a >= 2,
           !overlapsCandidate(a..<stripped),
           let index = gazetteer.localWordEntry(s, a..<stripped) {
            let e = gazetteer.entries[Int(index)]
            var c = found(a..<stripped, canonical: e.canonical, kind: e.kind, rule: "org.gazetteer", priority: 0, gazetteer: true)
            c.entry = index
            return (shaped, c)
        }
        // The word as written, then without its particle (no array per word: this runs on every word).
        let ends = stripped != b ? 2 : 1
        let acronym = stripped == b && acronymFollows(b)
        for k in 0..<ends {
            let e = k == 0 ? b : stripped
            if let index = classifyIndex(a, e, acronymFollows: acronym) {
                let rule = rules[index]
                if rule.head {
                    return (shaped, committee(a, e, rule))
                } else {
                    let canonical = rule.name == "hospital" ? hospitalCanonical(a..<e)
                        : rule.name == "local" ? localOfficeCanonical(a..<e) : canonicalFor(a..<e)
                    // `물리·재료연구소(MFI)`: a field joined by a middle dot is part of the name the acronym stands for.
                    var start = a
                    if acronym, a >= 3, s[a - 1] == "·", K.isHangul(s[a - 2]) {
                        var f = a - 1
                        while f > 0, K.isHangul(s[f - 1]), a - 1 - f < 4 { f -= 1 }
                        if f == 0 || !K.isWordChar(s[f - 1]), classifyIndex(f, a - 1) == nil { start = f }
                    }
                    return (shaped, found(start..<e, canonical: start == a ? canonical : string(start..<e), kind: rule.kind,
                                          rule: "org.suffix." + rule.name, priority: 2))
                }
            }
        }
        // `X부 장관`: a ministry whatever its field.
        if s[stripped - 1] == "부", weight(a, stripped) >= 2, followedByMinister(stripped) {
            return (shaped, found(a..<stripped, canonical: canonicalFor(a..<stripped), kind: "ministry",
                                  rule: "org.suffix.ministry-title", priority: 2))
        }
        // `순천향대 연구팀`: a university by its short form, from the words after it.
        if s[stripped - 1] == "대", stripped == b || K.particles.contains(string(stripped..<b)),
           weight(a, stripped) >= 3, (a..<stripped).allSatisfy({ K.isHangul(s[$0]) }), followedByUniversityWord(b) {
            let r = a..<stripped
            return (shaped, found(r, canonical: lookup(r, allowContextOnly: false)?.0 ?? string(r) + "학교", kind: "university",
                                  rule: "org.university-short", priority: 3))
        }
        for k in 0..<ends {
            let e = k == 0 ? b : stripped
            if s[e - 1] == "과", isDivision(a, e) {
                return (shaped, found(a..<e, canonical: string(a..<e), kind: "department", rule: "org.division", priority: 3))
            }
        }
        return (shaped, nil)
    }

    /// `(BRC)`, `(IFC)`: two or more capitals (digits, `&`, `-` among them) in parentheses right after.
    func acronymFollows(_ e: Int) -> Bool {
        guard e < n, s[e] == "(" else { return false }
        var k = e + 1
        var capitals = 0
        while k < n, k - e <= 12, K.isUpper(s[k]) || K.isDigit(s[k]) || s[k] == "&" || s[k] == "-" {
            if K.isUpper(s[k]) { capitals += 1 }
            k += 1
        }
        return k < n && s[k] == ")" && capitals >= 2
    }

    func followedByUniversityWord(_ e: Int) -> Bool {
        var j = e
        while j < n, K.isBlank(s[j]) { j += 1 }
        guard j > e || e == n else { return false }
        return K.universityWords.contains { matches($0, at: j) }
    }

    func followedByMinister(_ e: Int) -> Bool {
        var j = e
        while j < n, K.isBlank(s[j]) { j += 1 }
        return j > e && matches(Self.minister, at: j)
    }

    static let minister: [Unicode.Scalar] = Array("장관".unicodeScalars)

    /// The gazetteer's canonical name when the word is a known name, else the word.
    func canonicalFor(_ r: Range<Int>) -> String {
        lookup(r, allowContextOnly: false)?.0 ?? string(r)
    }

    /// `경북교육청`, `서울시교육청`: an education office is named after its province or city in
    /// full (`경상북도교육청`, `서울특별시교육청`, `강원특별자치도교육청` from 2023-06-11); so is the
    /// office of the province or city itself (`충북도청` → 충청북도청, `대전시청` → 대전광역시청).
    func localOfficeCanonical(_ r: Range<Int>) -> String {
        let name = string(r)
        let key: [Unicode.Scalar]
        if name.hasSuffix("교육청") {
            let region = String(name.dropLast(3))
            key = Array((K.regionShortForms[region] ?? region).unicodeScalars)
        } else if name.hasSuffix("도청") || name.hasSuffix("시청") || name.hasSuffix("군청") || name.hasSuffix("구청") {
            key = Array(name.dropLast().unicodeScalars)
        } else {
            return canonicalFor(r)
        }
        for m in gazetteer.matches(in: key, at: 0, limit: key.count).reversed() where m.end == key.count {
            guard let p = gazetteer.resolve(m.payloads, on: date, allowContextOnly: false) else { continue }
            let e = gazetteer.entry(p)
            if e.kind == "local" { return e.canonical + (name.hasSuffix("교육청") ? "교육청" : "청") }
        }
        if let e = gazetteer.localWord(key, 0..<key.count) { return e.canonical + (name.hasSuffix("교육청") ? "교육청" : "청") }
        return canonicalFor(r)
    }

    /// `서울대병원`, `전북대병원`: `대병원` is the clipped `대학교병원`, the hospital's full name.
    func hospitalCanonical(_ r: Range<Int>) -> String {
        if let known = lookup(r, allowContextOnly: false)?.0 { return known }
        let name = string(r)
        guard name.hasSuffix("대병원"), name.count >= 4 else { return name }
        return String(name.dropLast(2)) + "학교병원"
    }

    /// `acronymFollows`: the word stands right before `(ACRONYM)` (`효소연구소(BRC)`,
    /// `국제금융공사(IFC)`), evidence enough for a name shorter than the rule asks or without the
    /// region the rule asks it to start with.
    func classify(_ a: Int, _ e: Int, acronymFollows: Bool = false) -> K.SuffixRule? {
        classifyIndex(a, e, acronymFollows: acronymFollows).map { rules[$0] }
    }

    /// `classify` as an index into `rules`: asked of every word, so no rule is copied out.
    func classifyIndex(_ a: Int, _ e: Int, acronymFollows: Bool = false) -> Int? {
        guard e > a else { return nil }
        let candidates = rulesByLast.candidates(endingWith: s[e - 1])
        guard !candidates.isEmpty else { return nil }
        // The word's weight only once a suffix fits: most words ending in a rule's syllable end
        // in none of its suffixes.
        var weightOfWord: Int? = nil
        for index in candidates where hasSuffix(a, e, rules[index].suffix) {
            let rule = rules[index]
            let w = weightOfWord ?? weight(a, e)
            weightOfWord = w
            let minWeight = acronymFollows ? min(rule.minWeight, rule.suffix.count + 2) : rule.minWeight
            if w < minWeight && !(rule.head && e - a == rule.suffix.count) { continue }
            if rule.hangulPrefix, !K.isHangul(s[a]) { continue }
            if !acronymFollows, !rule.starts.isEmpty, !rule.starts.contains(where: { matches($0, at: a) && a + $0.count < e }) { continue }
            if !rule.endings.isEmpty, !rule.endings.contains(where: { hasSuffix(a, e, $0) }) { continue }
            if rule.excludedEndings.contains(where: { hasSuffix(a, e, $0) }) { continue }
            let prefixEnd = e - rule.suffix.count
            if !rule.excludedPrefixes.isEmpty, rule.excludedPrefixes.contains(string(a..<prefixEnd)) { continue }
            if rule.latinPrefix {
                guard K.isUpper(s[a]) else { continue }
                var j = a
                while j < prefixEnd, K.isLatin(s[j]) || K.isDigit(s[j]) || s[j] == "&" { j += 1 }
                // The Latin part is the whole prefix, or Latin then Hangul (`HD현대중공업`).
                guard j > a + 1, j - a <= 5 else { continue }
                if K.genericLatin.contains(string(a..<j).uppercased()) { continue }
            }
            return index
        }
        return nil
    }

    /// `위원회`, `협의회`, `얼라이언스`: a head whose modifiers may stand in the words before it.
    func committee(_ a: Int, _ e: Int, _ rule: K.SuffixRule) -> OrgCandidate? {
        let prefixEnd = e - rule.suffix.count
        let bare = prefixEnd == a
        let takesModifiers = bare || K.activityNouns.contains { hasSuffix(a, prefixEnd, $0) }
        var start = a
        if takesModifiers {
            var taken = 0
            while taken < 2 {
                // The word before, on the same line.
                var j = start
                while j > 0, K.isBlank(s[j - 1]) { j -= 1 }
                guard j < start, j > 0 else { break }
                var k = j
                while k > 0, !K.isSpace(s[k - 1]) { k -= 1 }
                var chunkStart = k
                var opened = false
                while chunkStart < j, "「『<'\"(“‘[".unicodeScalars.contains(s[chunkStart]) { chunkStart += 1; opened = true }
                guard chunkStart < j, modifierWord(chunkStart, j), !overlapsGazetteer(chunkStart..<j) else { break }
                start = chunkStart
                taken += 1
                if opened || k != chunkStart { break }
            }
        }
        if bare && start == a { return nil }
        let r = start..<e
        let canonical = lookup(r, allowContextOnly: false)?.0 ?? string(r)
        return OrgCandidate(range: r, canonical: canonical, kind: rule.kind, rule: "org.committee", priority: 2,
                            fromGazetteer: false)
    }

    func overlapsGazetteer(_ r: Range<Int>) -> Bool {
        r.contains { covered[$0] & 2 != 0 }
    }

    /// A bare noun that can stand inside a committee name: `초격차`, `프로젝트`, `R&D`, `M.AX`.
    func modifierWord(_ a: Int, _ e: Int) -> Bool {
        guard e > a, !K.isDigit(s[a]) else { return false }
        var hasHangul = false, hasDigit = false
        for i in a..<e {
            let c = s[i]
            if K.isHangul(c) { hasHangul = true } else if K.isDigit(c) { hasDigit = true }
            else if !(K.isLatin(c) || c == "&" || c == "." || c == "·" || (c == "-" && i > a && i + 1 < e)) { return false }
        }
        // `제1차`, `2차` are ordinals, not names; `5G`, `M.AX` are.
        if hasHangul && hasDigit { return false }
        if K.nonNameFinals.contains(s[e - 1]) { return false }
        if K.nonNameWords.contains(string(a..<e)) { return false }
        if e - a == 1, K.isHangul(s[a]) { return false }
        return true
    }

    /// A ministry division (`산업기술정책과`, `(반도체과)`) in a context that says so.
    func isDivision(_ a: Int, _ e: Int) -> Bool {
        guard weight(a, e) >= 3, K.isHangul(s[a]) else { return false }
        if K.nonDivisionEndings.contains(where: { hasSuffix(a, e, $0) }) { return false }
        // `(반도체과)`
        if a > 0, s[a - 1] == "(", e < n, s[e] == ")" { return true }
        // After a ministry or a bureau (`산업기술정책관`, `기획조정실`) on the same line.
        var j = a
        while j > 0, K.isBlank(s[j - 1]) { j -= 1 }
        if j < a, j > 0 {
            var k = j
            while k > 0, K.isWordChar(s[k - 1]) { k -= 1 }
            if k < j {
                if let kind = gazetteerEnds[j], kind == "ministry" || kind == "agency" { return true }
                let last = s[j - 1]
                if (last == "관" || last == "국" || last == "실"), weight(k, j) >= 3 { return true }
            }
        }
        // On a contact line: `문의`, `담당 부서`, `제 출 자`. The line start is looked for no further
        // back than 200 (`max(lineStart(a), a - 200)` without walking a long paragraph).
        var ls = a
        let floor = max(0, a - 200)
        while ls > floor, s[ls - 1] != "\n" { ls -= 1 }
        var compact: [Unicode.Scalar] = []
        compact.reserveCapacity(a - ls)
        for i in ls..<a where !K.isSpace(s[i]) { compact.append(s[i]) }
        for label in K.divisionLabels where compact.count >= label.count {
            for p in 0...(compact.count - label.count) where Self.holds(compact, label, at: p) {
                // `부서: 행정과 정책: 군민화합과 자치행정`: another field's label (a colon) between
                // `부서` and the name; the name is that field's (a policy's), not a division.
                // The label's word may go on before its colon (`문의전화: 진천군 경제과`).
                var q = p + label.count
                while q < compact.count, K.isHangul(compact[q]) { q += 1 }
                if q < compact.count, compact[q] == ":" { q += 1 } else { q = p + label.count }
                if !compact[q...].contains(":") { return true }
            }
        }
        // The second row of a contact table names the division first: `\t스마트농업정책과\t담당자\t사무관`.
        // The line end is looked for no further than 40 on (`min(lineEnd(e), e + 40)`).
        var le = e
        let ceiling = min(n, e + 40)
        while le < ceiling, s[le] != "\n" { le += 1 }
        var after: [Unicode.Scalar] = []
        for i in e..<le where !K.isSpace(s[i]) { after.append(s[i]) }
        for label in K.contactRoleLabels where after.count >= label.count {
            for p in 0...(after.count - label.count) where Self.holds(after, label, at: p) { return true }
        }
        return false
    }

    /// `label` stands in `scalars` at `p` (which leaves room for it): compared scalar by scalar,
    /// where comparing array slices went through the generic sequence comparison.
    @inline(__always)
    static func holds(_ scalars: [Unicode.Scalar], _ label: [Unicode.Scalar], at p: Int) -> Bool {
        for k in 0..<label.count where scalars[p + k] != label[k] { return false }
        return true
    }

    // MARK: Company markers

    mutating func companyMarkerPass() {
        let markers = Self.companyMarkers, firsts = Self.companyMarkerFirsts
        // Only where a marker's first scalar stands (`cues.companyMarker`); a marker is taken out
        // of the list only when its first scalar is the one here.
        for i in cues.companyMarker {
            let c = s[i]
            for k in 0..<firsts.count where firsts[k] == c {
                let (marker, kind) = markers[k]
                if matches(marker, at: i) { companyMarker(i, i + marker.count, kind: kind, spelledOut: marker[0] != "(") }
            }
        }
    }

    static let companyMarkerFirsts: [Unicode.Scalar] = companyMarkers.map { $0.0[0] }
    static let companyMarkers: [([Unicode.Scalar], String)] = [
        (Array("(주)".unicodeScalars), "company"), (Array("(사)".unicodeScalars), "other"), (Array("(재)".unicodeScalars), "other"),
        (Array("주식회사".unicodeScalars), "company"), (Array("사단법인".unicodeScalars), "other"), (Array("재단법인".unicodeScalars), "other"),
        // Farm companies and other forms of company (`복을만드는사람들 농업회사법인`, `(유)…`).
        (Array("농업회사법인".unicodeScalars), "company"), (Array("영농조합법인".unicodeScalars), "company"),
        (Array("유한회사".unicodeScalars), "company"), (Array("(유)".unicodeScalars), "company"),
    ]

    mutating func companyMarker(_ m: Int, _ me: Int, kind: String, spelledOut: Bool) {
        // The name after: `(주)한독`, `주식회사 알케`.
        var after: Range<Int>? = nil
        var a = me
        if a < n, s[a] == " " { a += 1 }
        if a < n, K.isWordChar(s[a]) {
            var b = a
            while b < n, K.isWordChar(s[b]) { b += 1 }
            if a == me, K.particles.contains(string(a..<b)) {
                after = nil  // `주식회사는`, `복만사(주)와`: the particle closes a name written before
            } else {
                after = a..<stripSubjectParticle(a, stripParticle(a, b, conservative: true))
            }
        }
        // The name before: `엠에프씨 주식회사`, `한국방송뉴스(주)`.
        var before: Range<Int>? = nil
        var j = m
        if spelledOut, j >= 2, s[j - 1] == " ", K.isWordChar(s[j - 2]) { j -= 1 }
        if j > 0, K.isWordChar(s[j - 1]) {
            var k = j
            while k > 0, K.isWordChar(s[k - 1]) { k -= 1 }
            if j - k >= 2 { before = k..<j }
        }
        let useBefore: Bool
        if spelledOut {
            useBefore = before != nil  // the official order is `엠에프씨 주식회사`; a list item may be `주식회사 알케`
        } else {
            useBefore = before != nil && !(after != nil && a == me)
        }
        let nameRange: Range<Int>
        let span: Range<Int>
        if useBefore, let before {
            nameRange = before
            span = before.lowerBound..<me
        } else if let after {
            nameRange = after
            span = m..<after.upperBound
        } else { return }
        let canonical = lookup(nameRange, allowContextOnly: false)?.0 ?? string(nameRange)
        add(span, canonical: canonical, kind: kind, rule: "org.company-marker", priority: 1)
    }

    // MARK: Bylines and credits

    mutating func bylinePass() {
        let reporter: [Unicode.Scalar] = Array("기자".unicodeScalars)
        let correspondent: [Unicode.Scalar] = Array("특파원".unicodeScalars)
        // Only where `[`, `(`, `ⓒ` or `©` stands (`cues.byline`).
        for i in cues.byline {
            let c = s[i]
            if c == "[" || c == "(" {
                // `[한국방송/문종덕기자]`, `(서울=연합뉴스)`
                var close = i + 1
                while close < n, close - i < 48, s[close] != "]", s[close] != ")", s[close] != "\n" { close += 1 }
                if close < n, s[close] == "]" || s[close] == ")" {
                    var sep = i + 1
                    while sep < close, s[sep] != "/", s[sep] != "=" { sep += 1 }
                    if sep < close {
                        let inner = i + 1..<close
                        var hasReporter = false
                        for k in inner where matches(reporter, at: k) || matches(correspondent, at: k) { hasReporter = true; break }
                        if hasReporter, c == "[", s[sep] == "=" {
                            // `[세종=아시아경제 주상돈 기자]`: a dateline place, then the medium;
                            // `[경상매일신문=권호경기자]`: the medium, then the reporter.
                            var e = sep + 1
                            while e < close, K.isBlank(s[e]) { e += 1 }
                            let start = e
                            while e < close, K.isWordChar(s[e]) { e += 1 }
                            let after = start..<e, before = trimmed(i + 1..<sep)
                            if lookup(after, allowContextOnly: true) != nil || endsLikeMedia(after) {
                                media(after)
                            } else if lookup(before, allowContextOnly: true) != nil || endsLikeMedia(before) {
                                media(before)
                            }
                        } else if hasReporter, c == "[" {
                            media(trimmed(i + 1..<sep))
                        } else if s[sep] == "=", !hasReporter {
                            let name = trimmed(sep + 1..<close)
                            if lookup(name, allowContextOnly: true) != nil || endsLikeMedia(name) { media(name) }
                        }
                    }
                }
            } else if c == "ⓒ" || c == "©" {
                var a = i + 1
                while a < n, s[a] == " " { a += 1 }
                var b = a
                while b < n, K.isWordChar(s[b]) { b += 1 }
                if b - a >= 2 { media(a..<b) }
            }
        }
    }

    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, K.isBlank(s[a]) { a += 1 }
        while b > a, K.isBlank(s[b - 1]) { b -= 1 }
        return a..<b
    }

    func endsLikeMedia(_ r: Range<Int>) -> Bool {
        for suf in ["뉴스", "일보", "신문", "방송", "경제", "통신", "TV", "데일리", "타임스"] where hasSuffix(r.lowerBound, r.upperBound, Array(suf.unicodeScalars)) {
            return true
        }
        return false
    }

    mutating func media(_ r: Range<Int>) {
        guard r.count >= 2, r.count <= 20 else { return }
        for i in r where !(K.isWordChar(s[i]) || s[i] == " ") { return }
        let known = lookup(r, allowContextOnly: true)
        add(r, canonical: known?.0 ?? string(r), kind: known?.1 ?? "media", rule: "org.byline", priority: 1)
    }

    // MARK: Latin names of institutions

    mutating func latinInstitutionPass() {
        let university: [Unicode.Scalar] = Array("University".unicodeScalars)
        let institute: [Unicode.Scalar] = Array("Institute".unicodeScalars)
        // Only where `U` or `I` stands (`cues.latin`); a name found is skipped whole.
        var next = 0
        for i in cues.latin where i >= next {
            if leftOK(i) {
                let head = matches(university, at: i) ? university.count : (matches(institute, at: i) ? institute.count : 0)
                if head > 0, i + head <= n, i + head == n || !K.isLatin(s[i + head]) {
                    var start = i
                    // Capitalized words before: `Stanford University`.
                    var taken = 0
                    while taken < 3 {
                        var j = start
                        while j > 0, s[j - 1] == " " { j -= 1 }
                        guard j < start, j > 0, K.isLatin(s[j - 1]) else { break }
                        var k = j
                        while k > 0, K.isLatin(s[k - 1]) { k -= 1 }
                        guard K.isUpper(s[k]), leftOK(k) else { break }
                        start = k
                        taken += 1
                    }
                    var end = i + head
                    // `of Stirling`, `of Technology`.
                    let of: [Unicode.Scalar] = Array(" of ".unicodeScalars)
                    if matches(of, at: end) {
                        var b = end + of.count
                        var words = 0
                        while words < 3, b < n, K.isUpper(s[b]) {
                            var k = b
                            while k < n, K.isLatin(s[k]) { k += 1 }
                            end = k
                            words += 1
                            if k + 1 < n, s[k] == " ", K.isUpper(s[k + 1]) { b = k + 1 } else { break }
                        }
                    }
                    if end > i + head || start < i {
                        let r = start..<end
                        let kind = head == university.count ? "university" : "institute"
                        add(r, canonical: canonicalFor(r), kind: kind, rule: "org.latin-name", priority: 2)
                    }
                    next = end
                    continue
                }
            }
        }
    }

    // MARK: Participant lists

    mutating func participantListPass() {
        // Only where a label's first syllable stands (`cues.participant`).
        for i in cues.participant {
            let c = s[i]
            for label in K.participantLabels where label[0] == c && matches(label, at: i) && leftOK(i) {
                participantList(after: i + label.count)
                break
            }
        }
    }

    mutating func participantList(after labelEnd: Int) {
        var p = labelEnd
        var sawSeparator = false
        while p < n, K.isBlank(s[p]) || s[p] == ":" || s[p] == "：" {
            if s[p] == ":" || s[p] == "：" || s[p] == "\t" { sawSeparator = true }
            p += 1
        }
        guard sawSeparator else { return }
        var end = p
        while end < n, s[end] != "\n", s[end] != "\t", s[end] != ")", s[end] != "]" { end += 1 }
        // Items: comma-separated, each possibly several space-separated names.
        var q = p
        while q < end {
            while q < end, !K.isWordChar(s[q]) { q += 1 }
            var b = q
            while b < end, K.isWordChar(s[b]) { b += 1 }
            if b > q {
                let e = stripParticle(q, b, conservative: true)
                let text = string(q..<e)
                if !overlapsCandidate(q..<b), !K.genericItems.contains(text), weight(q, e) >= 2,
                   !(q..<e).allSatisfy({ K.isDigit(s[$0]) }) {
                    var item = text
                    if item.hasSuffix("등"), item.count >= 3 { item.removeLast() }
                    let rr = q..<(q + item.unicodeScalars.count)
                    if item.hasSuffix("대"), weight(rr.lowerBound, rr.upperBound) >= 3, rr.allSatisfy({ K.isHangul(s[$0]) }) {
                        add(rr, canonical: item + "학교", kind: "university", rule: "org.participant-list", priority: 4)
                    } else {
                        add(rr, canonical: canonicalFor(rr), kind: "other", rule: "org.participant-list", priority: 4)
                    }
                }
            }
            q = b
        }
    }

    // MARK: Places and the bodies that govern them

    /// `전북특별자치도에서 열린`, `서울특별시 지역`: a province or city named as a place, not as the
    /// body that governs it. The name is the body when a title follows (`전북특별자치도 도지사`) or
    /// when it acts (`강원도는`, `서울특별시와 협약`); `…도청`, `…시청` are always the body.
    func isPlace(_ c: OrgCandidate) -> Bool {
        // `…도청`, `…시청` and councils (`서울시의회에 제출`) are bodies wherever they stand.
        guard c.kind == "local", !c.canonical.hasSuffix("청"), !c.canonical.hasSuffix("의회") else { return false }
        let e = c.range.upperBound
        guard e < n else { return false }
        if K.isHangul(s[e]) {
            var j = e
            while j < n, K.isHangul(s[j]), j - e < 6 { j += 1 }
            let tail = string(e..<j)
            return !Self.agentParticles.contains(tail)
        }
        var j = e
        while j < n, K.isBlank(s[j]) { j += 1 }
        if j > e, j < n, Self.localTitles.contains(where: { matches($0, at: j) }) { return false }
        // A bare name before punctuation or a line end (a list of bodies, a byline) stays a body.
        return j > e && j < n && K.isHangul(s[j])
    }

    static let agentParticles: Set<String> = ["는", "은", "가", "이", "와", "과", "와의", "과의", "로부터", "으로부터", "측",
                                              "측은", "측과", "도", "와도", "과도", "는물론", "에서는"]
    static let localTitles: [[Unicode.Scalar]] = ["도지사", "지사", "시장", "군수", "구청장", "교육감", "부지사", "부시장",
                                                  "관계자", "공무원", "측", "담당"].map { Array($0.unicodeScalars) }

    // MARK: Lists closed by a cue

    /// `삼성전자, 알케, 디퍼아이 등 기업`, `…, 한독 등이 참석했다`, `… 등과 협력`: the items of a list
    /// that a cue says are bodies. At least one item must already be known as an organization
    /// (gazetteer or name shape), so that lists of sectors (`반도체, 자동차 등 기업`) stay out.
    mutating func listCuePass() {
        // Only where `등` stands (`cues.listCue`).
        for i in cues.listCue where i >= 1 {
            if K.isBlank(s[i - 1]), followedByListCue(i + 1) { listItems(before: i - 1) }
        }
    }

    static let listCueNouns: [[Unicode.Scalar]] = ["기업", "대기업", "중소기업", "중견기업", "글로벌 기업", "국내외 기업", "업체",
                                                   "기관", "회사", "참여기업", "참여기관", "협력기관", "연구기관"].map { Array($0.unicodeScalars) }
    static let listCueVerbs: [[Unicode.Scalar]] = ["이 참석", "이 참여", "이 참가", "과 협력", "과의 협력", "과 함께", "이 함께"]
        .map { Array($0.unicodeScalars) }

    func followedByListCue(_ p: Int) -> Bool {
        guard p < n else { return false }
        if Self.listCueVerbs.contains(where: { matches($0, at: p) }) { return true }
        var q = p
        while q < n, K.isBlank(s[q]) { q += 1 }
        guard q > p else { return false }
        // `등 5개 기업`, `등 20여개사`
        var d = q
        while d < n, K.isDigit(s[d]) { d += 1 }
        if d > q {
            if d < n, s[d] == "여" { d += 1 }
            guard d < n, s[d] == "개" else { return false }
            if d + 1 < n, s[d + 1] == "사" { return true }
            q = d + 1
            while q < n, K.isBlank(s[q]) { q += 1 }
        }
        return Self.listCueNouns.contains { matches($0, at: q) }
    }

    mutating func listItems(before end: Int) {
        var items: [Range<Int>] = []
        var j = end
        while j > 0 {
            var k = j
            while k > 0, K.isWordChar(s[k - 1]) { k -= 1 }
            guard k < j else { break }
            // `전북 테크노파크`: a province or city written apart before the name is part of it.
            if k > 1, K.isBlank(s[k - 1]) {
                var w = k - 1
                while w > 0, K.isWordChar(s[w - 1]) { w -= 1 }
                if w < k - 1, K.regionStarts.contains(where: { $0.count == k - 1 - w && matches($0, at: w) }) { k = w }
            }
            items.append(k..<j)
            // The separator before: `, ` or `·`; anything else closes the list.
            var p = k
            while p > 0, K.isBlank(s[p - 1]) { p -= 1 }
            guard p > 0, s[p - 1] == "," || s[p - 1] == "·" || s[p - 1] == "、" else { break }
            p -= 1
            while p > 0, K.isBlank(s[p - 1]) { p -= 1 }
            j = p
        }
        guard items.count >= 2, items.contains(where: { overlapsCandidate($0) }) else { return }
        for r in items where !overlapsCandidate(r) {
            let text = string(r)
            guard weight(r.lowerBound, r.upperBound) >= 2, !K.genericItems.contains(text),
                  !r.allSatisfy({ K.isDigit(s[$0]) }) else { continue }
            // `전북 테크노파크`, `중소기업이업종대구경북연합회`: what the name's end says, whatever the cue says.
            let kind = classify(r.lowerBound, r.upperBound)?.kind
                ?? (K.associationSuffixes.contains(where: { hasSuffix(r.lowerBound, r.upperBound, $0) }) ? "other" : "company")
            add(r, canonical: canonicalFor(r), kind: kind, rule: "org.list-cue", priority: 4)
        }
    }

    /// `알케와 협력해`, `KT와 손잡고`: the one word before a cooperation cue is a partner body,
    /// unless it is a generic noun, a place or a country.
    mutating func cooperationCuePass() {
        // Only where `와` or `과` stands (`cues.cooperation`).
        for i in cues.cooperation where i >= 1 {
            let c = s[i]
            if K.isWordChar(s[i - 1]) {
                var q = i + 1
                if q < n, s[q] == "의" { q += 1 }
                var r = q
                while r < n, K.isBlank(s[r]) { r += 1 }
                if r > q, Self.cooperationWords.contains(where: { matches($0, at: r) }) {
                    var k = i
                    while k > 0, K.isWordChar(s[k - 1]) { k -= 1 }
                    let w = k..<i
                    // The particle must fit the word: `과` after a final consonant, `와` after a vowel or a Latin letter.
                    let last = s[i - 1]
                    let fits = K.isHangul(last) ? (K.hasFinalConsonant(last) == (c == "과")) : true
                    if fits, leftOK(k), !overlapsCandidate(w), partnerWord(w) {
                        add(w, canonical: canonicalFor(w), kind: "company", rule: "org.cooperation-cue", priority: 5)
                    }
                }
            }
        }
    }

    static let cooperationWords: [[Unicode.Scalar]] = ["협력", "손잡고", "손을 잡고", "공동개발", "공동연구", "업무협약", "MOU", "협약을"]
        .map { Array($0.unicodeScalars) }

    /// Nouns and places that cooperate without being a body's name.
    static let nonPartners: Set<String> = [
        // Parts of a body, not a partner (`본부와 MOU`).
        "본부", "본사", "지사",
        "정부", "기업", "대학", "기관", "지자체", "부처", "업계", "산업계", "학계", "연구계", "지역", "해외", "국내", "민간", "현장",
        "전문가", "관계부처", "유관기관", "공공기관", "수요기업", "공급기업", "국가", "나라", "각국", "동맹국", "우방국", "주요국",
        "중앙정부", "지방정부", "산학연", "관계기관", "협력사", "대기업", "중소기업", "중견기업", "스타트업", "파트너", "글로벌",
        "미국", "일본", "중국", "독일", "영국", "프랑스", "유럽", "인도", "캐나다", "호주", "베트남", "싱가포르", "대만", "이스라엘",
        "네덜란드", "스웨덴", "핀란드", "사우디", "사우디아라비아", "아세안", "중동", "북미", "남미", "아프리카", "러시아", "브라질",
        "멕시코", "폴란드", "체코", "헝가리", "이탈리아", "스페인", "스위스", "노르웨이", "덴마크", "인도네시아", "태국", "말레이시아",
        "필리핀", "몽골", "UAE", "EU", "US", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북",
        "충남", "전북", "전남", "경북", "경남", "제주", "수도권", "지방", "이들", "양국", "양측", "상호", "서로", "이웃", "동료",
    ]

    func partnerWord(_ r: Range<Int>) -> Bool {
        guard weight(r.lowerBound, r.upperBound) >= 2 || r.allSatisfy({ K.isUpper(s[$0]) }) && r.count >= 2 else { return false }
        let text = string(r)
        if Self.nonPartners.contains(text) || K.genericItems.contains(text) || K.nonNameWords.contains(text) { return false }
        if r.contains(where: { K.isDigit(s[$0]) }) { return false }
        // Generic heads: `…기관`, `…기업`, `…업체`, `…부처`, `…국`, `…들`, `…계`, `…시`, `…도`, `…군`.
        for suffix in ["기관", "기업", "업체", "부처", "국가", "정부", "들", "계", "국", "시", "도", "군", "구", "인", "자", "사업", "분야",
                       "기술", "산업", "대학", "연구소", "단체", "협회", "센터", "팀", "진", "측", "원", "장", "님", "생", "가", "층",
                       // Events (`공동워크숍과 업무협약`, `세미나와 함께`).
                       "워크숍", "세미나", "간담회", "회의", "행사"] where text.hasSuffix(suffix) {
            return false
        }
        return true
    }

    /// `간담회에 참석한 알케 관계자는`: the word between an attendance verb and a representative
    /// noun is a body (a person would be followed by a title: `참석한 김정관 장관`, not matched).
    mutating func attendanceCuePass() {
        // Only where `참` stands (`cues.attendance`).
        for i in cues.attendance {
            if Self.attendanceVerbs.contains(where: { matches($0, at: i) }) {
                var a = i + 3
                while a < n, K.isBlank(s[a]) { a += 1 }
                var b = a
                while b < n, K.isWordChar(s[b]) { b += 1 }
                var r = b
                while r < n, K.isBlank(s[r]) { r += 1 }
                if b > a, r > b, Self.representativeWords.contains(where: { matches($0, at: r) }) {
                    let w = a..<b
                    if !overlapsCandidate(w), partnerWord(w) {
                        add(w, canonical: canonicalFor(w), kind: "company", rule: "org.attendance-cue", priority: 5)
                    }
                }
            }
        }
    }

    static let attendanceVerbs: [[Unicode.Scalar]] = ["참석한", "참여한", "참가한"].map { Array($0.unicodeScalars) }
    static let representativeWords: [[Unicode.Scalar]] = ["관계자", "임원", "대표단", "실무자", "담당자", "CTO", "최고기술책임자"]
        .map { Array($0.unicodeScalars) }

    // MARK: Overlaps and acronym pairs

    /// Longest first; among equal lengths the stronger evidence (gazetteer, then markers, then shapes).
    static func settle(_ all: [OrgCandidate], count: Int) -> [OrgCandidate] {
        // The candidates' sort keys are sorted, not the candidates: moving whole candidates (with
        // their strings) cost more than comparing. The sort is stable, as the candidates' was.
        let keys = all.map { (length: $0.range.count, priority: $0.priority, start: $0.range.lowerBound) }
        let ranked = keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority < b.priority }
            return a.start < b.start
        }
        var taken = [Bool](repeating: false, count: count)
        var kept: [OrgCandidate] = []
        for index in ranked where !all[index].range.contains(where: { taken[$0] }) {
            let c = all[index]
            for i in c.range { taken[i] = true }
            kept.append(c)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `한국산업기술진흥원(KIAT)`, `매사추세츠공대(MIT)`, `다르파(DARPA)`: one mention for the pair.
    func mergeAcronymPairs(_ kept: inout [OrgCandidate]) {
        var out: [OrgCandidate] = []
        var i = 0
        while i < kept.count {
            var c = kept[i]
            let e = c.range.upperBound
            if e < n, s[e] == "(" {
                var k = e + 1
                var letters = 0
                while k < n, k - e <= 12, K.isUpper(s[k]) || K.isDigit(s[k]) || s[k] == "&" || s[k] == "-" || s[k] == "." {
                    if K.isUpper(s[k]) { letters += 1 }
                    k += 1
                }
                if k < n, s[k] == ")", letters >= 2 {
                    let inner = e + 1..<k
                    if i + 1 < kept.count, kept[i + 1].range == inner {
                        let next = kept[i + 1]
                        if !c.fromGazetteer && next.fromGazetteer {
                            c.canonical = next.canonical
                            c.kind = next.kind
                            c.entry = next.entry
                        }
                        c.range = c.range.lowerBound..<(k + 1)
                        c.rule = "org.acronym-pair"
                        out.append(c)
                        i += 2
                        continue
                    } else if c.fromGazetteer || c.priority <= 2 {
                        c.range = c.range.lowerBound..<(k + 1)
                        c.rule = "org.acronym-pair"
                        out.append(c)
                        i += 1
                        continue
                    }
                }
            }
            out.append(c)
            i += 1
        }
        kept = out
    }
}
