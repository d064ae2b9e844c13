import SourceText

/// Dates and periods: `2026.01.28 21:15:17`, `2025년 5월 28일`, `'25.1분기`, `'24~'28`,
/// `2030년까지`, `올해`, `지난달 24일`, `하반기`…
///
/// Three passes over the normalized scalars:
/// 1. `DateRules` read atoms (single dates as written) — at each position the longest reading wins;
/// 2. atoms joined by `~` become periods (`'25.4~12월`: the end inherits the start's year), an atom
///    after a lone `~` is an open end, one before a lone `~` an open start, one before `까지` a deadline;
/// 3. each date is resolved: written years as they are (two-digit years 20YY, or 19YY when that
///    is more than 50 years after the reference year: `DateResolver.century`), relative words
///    against the reference date, a month or half without a year against the year written just
///    before it (same sentence or within two lines), else the reference year. A relative date
///    carries what it was resolved against in `reference`; a period right after a plan's name
///    (`제8차 산업기술혁신계획('24∼'28)`) carries the name in `attachedTo` (`DatePlans`).
///
/// Then, where no date was read, lengths of time become `duration` mentions (`DateDurations`):
/// `4년` → `P4Y`, `향후 5년간` → `P5Y`, `9개월` → `P9M`.
public struct DateExtractor: Extractor {
    public init() {}

    public func extract(from input: ExtractionInput) -> [Mention] {
        let t = DateText(input.text.scalars)
        let atoms = Self.atoms(in: t)
        let spans = Self.spans(from: atoms, in: t)
        let dates = Self.resolve(spans, in: t, sentences: input.sentences.indices.map { input.sentences[$0].range }, reference: input.context.referenceDate)
        let durations = Self.anchored(DateDurations.scan(t, outside: spans.indices.map { spans[$0].range }), at: input.context.referenceDate)
        if durations.isEmpty { return dates }
        return (dates + durations).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `향후 5년간` written on 2025-05-30 is the interval `2025-05-30/P5Y`; `최근 10년` is
    /// `P10Y/2025-05-30`. Anchored at the reference day, not rounded to years: whether a plan's
    /// `향후 5년` means 2025–2029 or 2026–2030 is not in the words, and the interval says only what is.
    static func anchored(_ durations: [Mention], at reference: CalendarDate?) -> [Mention] {
        guard let reference else { return durations }
        let day = CalendarDate(year: reference.year, month: reference.month, day: reference.day).iso
        return durations.map { m in
            guard case .duration(var v) = m.value, let anchor = v.anchor else { return m }
            v.interval = anchor == .ahead ? day + "/" + v.value : v.value + "/" + day
            v.reference = reference.iso
            var anchoredMention = m
            anchoredMention.value = .duration(v)
            return anchoredMention
        }
    }

    // MARK: 1. atoms

    struct Atom {
        var range: Range<Int>
        var point: DatePoint
        var rule: String
        var bare: (value: Int, digits: Int)?
        /// Which of the document's rule names `rule` is (the same number for the same name).
        var ruleID = 0
    }

    /// The rules by where they may start, built once from their triggers: which to try at a
    /// number (by its length and the scalar after it), at an apostrophe, and at a Hangul syllable
    /// (by it and the scalar after it). Trying only these gives the same atoms as trying every
    /// rule of the trigger's kind, in the same order, at every position: the others read nothing
    /// there.
    struct RuleIndex {
        let rules = DateRules.all
        /// Rule indices, in `rules` order.
        var apostrophe: [Int] = []
        /// The scalars that may follow a number some digit rule reads.
        var numberFollowers: [UInt32] = []
        /// `rulesByNumber[f * maxDigits + digits - 1]`: the rules for a number of `digits` digits
        /// followed by `numberFollowers[f]`.
        var rulesByNumber: [[Int]] = []
        var maxDigits = 0
        /// For each Hangul syllable (`v - 0xAC00`), 1 + its index in `wordRules`, or 0.
        var syllableSlots = [UInt8](repeating: 0, count: 0xD7A4 - 0xAC00)
        /// For each syllable in `syllableSlots`, the scalars that may follow it and, for each,
        /// the rules to try.
        var wordRules: [[(second: UInt32, rules: [Int])]] = []

        init() {
            var numbers: [(rule: Int, digits: ClosedRange<Int>, followers: [UInt32])] = []
            for (k, rule) in rules.enumerated() {
                switch rule.trigger {
                case .digit(let digits, let followers):
                    numbers.append((k, digits, followers))
                    maxDigits = max(maxDigits, digits.upperBound)
                    for f in followers where !numberFollowers.contains(f) { numberFollowers.append(f) }
                case .apostrophe:
                    apostrophe.append(k)
                case .hangul(let words):
                    for w in words {
                        precondition(DateText.isHangul(w[0]) && w.count > 1, "a word trigger starts with a syllable")
                        // Unspaced, the second letter follows the first; spaced, also a blank.
                        var seconds: [UInt32] = w.contains(0x20) ? [0x20, 0x09] : []
                        if let second = w.dropFirst().first(where: { $0 != 0x20 }) { seconds.append(second) }
                        let v = Int(w[0] - 0xAC00)
                        if syllableSlots[v] == 0 {
                            wordRules.append([])
                            syllableSlots[v] = UInt8(wordRules.count)
                        }
                        let slot = Int(syllableSlots[v]) - 1
                        for second in seconds {
                            if let e = wordRules[slot].firstIndex(where: { $0.second == second }) {
                                // Rules come in `rules` order; a rule with two words here is listed once.
                                if wordRules[slot][e].rules.last != k { wordRules[slot][e].rules.append(k) }
                            } else {
                                wordRules[slot].append((second, [k]))
                            }
                        }
                    }
                }
            }
            starts = DateText.marks(Array(UInt32(0x30)...0x39) + [DateLexicon.apostrophe]
                + (0..<syllableSlots.count).filter { syllableSlots[$0] != 0 }.map { 0xAC00 + UInt32($0) })
            rulesByNumber = [[Int]](repeating: [], count: numberFollowers.count * maxDigits)
            for (f, follower) in numberFollowers.enumerated() {
                for d in 1...max(maxDigits, 1) {
                    rulesByNumber[f * maxDigits + d - 1] = numbers.filter { $0.digits.contains(d) && $0.followers.contains(follower) }.map(\.rule)
                }
            }
        }

        /// The scalars some rule may start on: digits, the apostrophe, the first syllables of words.
        var starts: [Bool] = []

        /// The rules that may read a word starting at `i` with the syllable `v`.
        @inline(__always)
        func wordRules(_ t: DateText, at i: Int, _ v: UInt32) -> [Int] {
            let next = t[i + 1]
            return wordRules[Int(syllableSlots[Int(v - 0xAC00)]) - 1].first(where: { $0.second == next })?.rules ?? []
        }

        /// The rules that may read the number at `i` (which starts a number).
        @inline(__always)
        func numberRules(_ t: DateText, at i: Int) -> [Int] {
            var end = i + 1
            while DateText.isDigit(t[end]) { end += 1 }
            let digits = end - i
            guard digits <= maxDigits, let f = numberFollowers.firstIndex(of: t[end]) else { return [] }
            return rulesByNumber[f * maxDigits + digits - 1]
        }
    }

    static let ruleIndex = RuleIndex()

    static func atoms(in t: DateText) -> [Atom] {
        var atoms: [Atom] = []
        var i = 0
        let n = t.count
        // Read once: a static read in the scan costs a `swift_once` check at every scalar.
        let index = Self.ruleIndex
        let rules = index.rules
        // `date.` + rule + variant, built once per kind of atom: three `String` appends per
        // atom cost more than reading it.
        var names: [(rule: Int, variant: String, name: String)] = []
        while true {
            i = t.firstMarked(from: i, index.starts)
            guard i < n else { break }
            let v = t[i]
            let tried: [Int]
            if DateText.isDigit(v) {
                tried = t.startsNumber(at: i) ? index.numberRules(t, at: i) : []
            } else if v == DateLexicon.apostrophe {
                tried = DateText.isDigit(t[i + 1]) ? index.apostrophe : []
            } else {
                tried = t.startsWord(at: i) ? index.wordRules(t, at: i, v) : []
            }
            if tried.isEmpty {
                i += 1
                // Skip the rest of a number that did not read as a date (`12345`), so its tail
                // digits are not read on their own.
                while DateText.isDigit(t[i]), DateText.isDigit(v) { i += 1 }
                continue
            }
            // The best rule by index: a `DateRule` (a name, a pattern, a closure) copied per try
            // cost more than most rules' reading. No rule yet while `bestRule` is -1 (a plain
            // variable, not an optional tuple, which was destroyed through its generic metadata).
            var bestRule = -1
            var bestMatch = DateRuleMatch(end: -1, point: DatePoint(year: .unspecified))
            for k in tried {
                guard let m = rules[k].read(t, i) else { continue }
                // Longer wins; a full reading beats a bare number of the same length.
                if bestRule >= 0, m.end < bestMatch.end || (m.end == bestMatch.end && (m.bare != nil || bestMatch.bare == nil)) { continue }
                bestRule = k
                bestMatch = m
            }
            if bestRule >= 0 {
                let variant = bestMatch.variant
                let id: Int
                if let known = names.firstIndex(where: { $0.rule == bestRule && $0.variant == variant }) {
                    id = known
                } else {
                    id = names.count
                    names.append((bestRule, variant, "date." + rules[bestRule].name + (variant.isEmpty ? "" : "." + variant)))
                }
                atoms.append(Atom(range: i..<bestMatch.end, point: bestMatch.point, rule: names[id].name, bare: bestMatch.bare, ruleID: id))
                i = bestMatch.end
            } else {
                i += 1
                // Skip the rest of a number that did not read as a date (`12345`), so its tail
                // digits are not read on their own.
                while DateText.isDigit(t[i]), DateText.isDigit(v) { i += 1 }
            }
        }
        return atoms
    }

    // MARK: 2. periods, open ends, deadlines

    enum SpanValue {
        case single(DatePoint)
        case period(from: DatePoint?, to: DatePoint?)
        case deadline(DatePoint)
    }

    struct Span {
        var range: Range<Int>
        var value: SpanValue
        var rule: String
    }

    /// Rule names of spans (`date.period(A~B)`), built once per document for each form and pair
    /// of atom rules: the appends cost more than joining the atoms did.
    struct SpanNames {
        private var known: [(form: Int, a: Int, b: Int, name: String)] = []

        mutating func name(_ form: Int, _ a: Atom, _ b: Atom?, _ build: () -> String) -> String {
            let bID = b?.ruleID ?? -1
            if let k = known.first(where: { $0.form == form && $0.a == a.ruleID && $0.b == bID }) { return k.name }
            let name = build()
            known.append((form, a.ruleID, bID, name))
            return name
        }
    }

    static func spans(from atoms: [Atom], in t: DateText) -> [Span] {
        var names = SpanNames()
        var spans: [Span] = []
        spans.reserveCapacity(atoms.count)     // at most one span per atom: no regrowth
        var k = 0
        while k < atoms.count {
            let a = atoms[k]
            let next = k + 1 < atoms.count ? atoms[k + 1] : nil
            // 2025년 3~5월, 5월 10~12일: the year (month) written once before a range of months (days).
            if a.bare == nil, k + 2 < atoms.count, let (from, to) = refined(a, atoms[k + 1], atoms[k + 2], in: t) {
                let b = atoms[k + 2]
                spans.append(Span(range: a.range.lowerBound..<b.range.upperBound, value: .period(from: from, to: to),
                                  rule: names.name(0, a, b) { "date.period(" + a.rule + " N~" + b.rule + ")" }))
                k += 3
                continue
            }
            // A ~ B
            var tildeAt = t.blanks(from: a.range.upperBound)
            // `2020. 12. 30.(수) ~ 2021. 2. 19.(금)`: the start's weekday before the tilde.
            if t[tildeAt] != DateLexicon.tilde, a.point.day != nil, let w = DateTails.weekday(t, at: tildeAt),
               t[t.blanks(from: w)] == DateLexicon.tilde {
                tildeAt = t.blanks(from: w)
            }
            // `2025. 1. ~ 12.`: the start month's own dot before the tilde.
            if t[tildeAt] == DateLexicon.dot, a.point.precision == 3, t[t.blanks(from: tildeAt + 1)] == DateLexicon.tilde {
                tildeAt = t.blanks(from: tildeAt + 1)
            }
            if t[tildeAt] == DateLexicon.tilde || isYearDash(t, tildeAt, a, next) {
                let bStart = t.blanks(from: tildeAt + 1)
                if let b = next, b.bare == nil, b.range.lowerBound == bStart, let (from, to) = joined(a, b) {
                    spans.append(Span(range: a.range.lowerBound..<b.range.upperBound, value: .period(from: from, to: to),
                                      rule: names.name(1, a, b) { "date.period(" + a.rule + "~" + b.rule + ")" }))
                    k += 2
                    continue
                }
                // `'25.1.15.~2.14.`: the end writes month and day only, in the start's year.
                if a.bare == nil, t[tildeAt] == DateLexicon.tilde, let am = a.point.month, let ad = a.point.day,
                   let (m, d, e) = dottedMonthDay(t, at: bStart), (m, d) > (am, ad),
                   next.map({ $0.range.lowerBound >= e || $0.range.lowerBound == bStart }) ?? true {
                    var to = DatePoint(year: a.point.year, month: m, day: d)
                    to.shortYear = a.point.shortYear
                    spans.append(Span(range: a.range.lowerBound..<e, value: .period(from: a.point, to: to),
                                      rule: names.name(2, a, nil) { "date.period(" + a.rule + "~M.D.)" }))
                    k += next.map { $0.range.lowerBound < e } ?? false ? 2 : 1
                    continue
                }
                // `2025. 1. ~ 12.`: the end writes its month with a dot, in the start's year.
                if a.bare == nil, t[tildeAt] == DateLexicon.tilde, a.point.precision == 3, let am = a.point.month,
                   a.point.year != .unspecified, let m = t.number(at: bStart), m.digits <= 2, m.value > am, m.value <= 12,
                   t[m.end] == DateLexicon.dot, !DateText.isDigit(t[m.end + 1]),
                   next.map({ $0.range.lowerBound > m.end }) ?? true {
                    var to = a.point
                    to.month = m.value
                    spans.append(Span(range: a.range.lowerBound..<(m.end + 1), value: .period(from: a.point, to: to),
                                      rule: names.name(3, a, nil) { "date.period(" + a.rule + "~M.)" }))
                    k += 1
                    continue
                }
                let after = t[bStart]
                if a.bare == nil, t[tildeAt] == DateLexicon.tilde, !DateText.isDigit(after), after != DateLexicon.apostrophe {
                    spans.append(Span(range: a.range.lowerBound..<(tildeAt + 1), value: .period(from: a.point, to: nil),
                                      rule: names.name(4, a, nil) { "date.period.open-end(" + a.rule + "~)" }))
                    k += 1
                    continue
                }
            }
            if let bare = a.bare {
                // 2037·2038년, 3·4분기: the first of a list takes its unit from the next.
                if t[a.range.upperBound] == DateLexicon.middleDot, let b = next, b.bare == nil,
                   b.range.lowerBound == a.range.upperBound + 1, let p = listed(bare, before: b.point) {
                    spans.append(Span(range: a.range, value: .single(p), rule: names.name(5, b, nil) { "date.listed(" + b.rule + ")" }))
                }
                k += 1
                continue
            }
            // ~B: an open start.
            var start = a.range.lowerBound
            var openStart = false
            let p = t.previousNonBlank(before: start)
            if p >= 0, t[p] == DateLexicon.tilde {
                let q = t.previousNonBlank(before: p)
                if q < 0 || !(DateText.isDigit(t[q]) || (spans.last?.range.upperBound ?? -1) == q + 1) {
                    start = p
                    openStart = true
                }
            }
            let end = a.range.upperBound
            // `17일(수)부터 25일(목)까지`: a weekday may stand between a day and its particle.
            let particleAt = afterWeekday(t, a, end)
            if let e = t.word(DateLexicon.kkaji, at: particleAt) ?? t.word(DateLexicon.malKkaji, at: t.blanks(from: end)) {
                spans.append(Span(range: start..<e, value: .deadline(a.point), rule: names.name(6, a, nil) { "date.deadline(" + a.rule + "까지)" }))
            } else if openStart {
                spans.append(Span(range: start..<end, value: .period(from: nil, to: a.point), rule: names.name(7, a, nil) { "date.period.open-start(~" + a.rule + ")" }))
            } else if let e = t.word(DateLexicon.buteo, at: particleAt), let b = next, b.bare == nil,
                      b.range.lowerBound == t.blanks(from: e),
                      let ke = t.word(DateLexicon.kkaji, at: afterWeekday(t, b, b.range.upperBound)),
                      let (from, to) = joined(a, b) {
                // A부터 B까지
                spans.append(Span(range: start..<ke, value: .period(from: from, to: to),
                                  rule: names.name(8, a, b) { "date.period(" + a.rule + "부터~" + b.rule + "까지)" }))
                k += 2
                continue
            } else {
                spans.append(Span(range: start..<end, value: .single(a.point), rule: a.rule))
            }
            k += 1
        }
        return spans
    }

    /// Whether a month, quarter or half of the reference year starts after the reference month.
    static func startsAfter(_ p: DatePoint, _ ref: CalendarDate) -> Bool {
        if let m = p.month { return m > ref.month }
        if let q = p.quarter { return (q - 1) * 3 + 1 > ref.month }
        if let h = p.half { return (h - 1) * 6 + 1 > ref.month }
        return false
    }

    /// After a day, the end of a weekday glued to it (`17일(수)`), else `end`.
    static func afterWeekday(_ t: DateText, _ a: Atom, _ end: Int) -> Int {
        guard a.point.day != nil, let w = DateTails.weekday(t, at: end) else { return end }
        return w
    }

    /// `a n~b` where `a` writes the year (or month) of both ends: `2025년 3~5월`, `올해 3~5월`,
    /// `5월 10~12일`.
    static func refined(_ a: Atom, _ n: Atom, _ b: Atom, in t: DateText) -> (DatePoint, DatePoint)? {
        guard let bare = n.bare, n.range.lowerBound == t.blanks(from: a.range.upperBound),
              b.bare == nil, b.point.year == .unspecified,
              b.range.lowerBound == t.blanks(from: t.blanks(from: n.range.upperBound) + 1) else { return nil }
        var from = a.point
        var to = a.point
        switch (a.point.precision, b.point.precision) {
        case (0, 3) where a.point.year != .unspecified:
            guard bare.value >= 1, bare.value < b.point.month! else { return nil }
            from.month = bare.value
            to.month = b.point.month
        case (3, 4) where b.point.month == nil:
            guard bare.value >= 1, bare.value < b.point.day! else { return nil }
            from.day = bare.value
            to.day = b.point.day
        default:
            return nil
        }
        return (from, to)
    }

    /// The first number of `N·B` with the unit of `B`: `2037·2038년`, `3·4분기`, `5·6월`.
    static func listed(_ bare: (value: Int, digits: Int), before b: DatePoint) -> DatePoint? {
        switch b.precision {
        case 0 where bare.digits == 4 && (1800...2199).contains(bare.value):
            return DatePoint(year: .absolute(bare.value))
        case 2 where bare.value >= 1 && bare.value < b.quarter!:
            var p = DatePoint(year: b.year, quarter: bare.value)
            p.shortYear = b.shortYear
            return p
        case 3 where bare.value >= 1 && bare.value < b.month!:
            var p = DatePoint(year: b.year, month: bare.value)
            p.shortYear = b.shortYear
            return p
        default:
            return nil
        }
    }

    /// `'24-'28`, `2024년-2028년`, `2022-2023년`: a dash joins two years (never months or days, which
    /// would be a written date or a code).
    static func isYearDash(_ t: DateText, _ at: Int, _ a: Atom, _ b: Atom?) -> Bool {
        guard t[at] == 0x2D, let b, b.point.precision == 0, case .absolute = b.point.year else { return false }
        // `2022-2023년`: a bare four-digit start takes 년 from the end.
        if let bare = a.bare { return bare.digits == 4 && DateText.yearDashYear(t, at: a.range.lowerBound) }
        guard a.point.precision == 0, case .absolute = a.point.year else { return false }
        return true
    }

    /// The two ends of `a ~ b`: the end inherits what it does not write from the start
    /// (`'25.4~12월`), and a bare start takes its unit from the end (`2024~2028년`, `3~5월`).
    /// `2.14.`, `2.14`, `1. 11.`: a month and a day apart by a dot, as the end of a period; the month,
    /// the day and where it ends.
    static func dottedMonthDay(_ t: DateText, at i: Int) -> (Int, Int, Int)? {
        // `2021. 1. 4 ~ 1. 11.`: blanks after the dot as the start writes them.
        guard let m = t.number(at: i), m.digits <= 2, (1...12).contains(m.value), t[m.end] == DateLexicon.dot,
              let d = t.number(at: t.blanks(from: m.end + 1)), d.digits <= 2, (1...31).contains(d.value) else { return nil }
        var e = d.end
        if t[e] == DateLexicon.dot { e += 1 }
        guard !DateText.isDigit(t[e]), t[e] != DateLexicon.dot else { return nil }
        return (m.value, d.value, e)
    }

    static func joined(_ a: Atom, _ b: Atom) -> (DatePoint, DatePoint)? {
        var from = a.point
        var to = b.point
        if let bare = a.bare {
            switch to.precision {
            case 0 where to.half == nil && to.quarter == nil:
                guard bare.digits == 4, (1800...2199).contains(bare.value) else { return nil }
                from = DatePoint(year: .absolute(bare.value))
            case 3:
                guard bare.value >= 1, bare.value <= 12, bare.value <= to.month! else { return nil }
                from = DatePoint(year: to.year, month: bare.value)
            case 4:
                guard bare.value >= 1, bare.value <= 31, to.month != nil || bare.value <= to.day! else { return nil }
                from = DatePoint(year: to.year, month: to.month, day: bare.value)
            default:
                return nil
            }
            return (from, to)
        }
        if to.year == .unspecified, from.year != .unspecified {
            if to.day != nil, to.month == nil {
                // `다음 달 1일부터 29일까지`: both days in the month the start names.
                if case .monthOffset = from.year, from.month == nil, from.day != nil {
                    to.year = from.year
                    return (from, to)
                }
                guard from.month != nil else { return nil }
                to.month = from.month
            }
            to.year = from.year
            to.shortYear = from.shortYear
        }
        return (from, to)
    }

    // MARK: 3. resolution

    /// How many sentences back `이날` looks for the day it names; never over two empty lines in a
    /// row (another section), while single empty lines and subheadings between paragraphs are
    /// passed over.
    public static let anaphoraSentences = 3

    /// How many line breaks may stand between a month and day and the earlier year of a report: two,
    /// as for a month's year, so that a large file cut between lines (`LargeTextDocument`: the two
    /// lines after a cut read no date from above) reads as it would whole.
    static let reportLines = 2
    /// …and how many scalars at most (both scans stay bounded on a text without line breaks).
    static let reportScalars = 2000

    /// The end of a period carries no year of its own: none was written (`~2월 28일`), or it
    /// took the start's when the periods were joined (`2024년 11월~2월`).
    static func yearNotWritten(_ end: DatePoint, start: DatePoint?) -> Bool {
        end.year == .unspecified || end.year == start?.year
    }

    static func resolve(_ spans: [Span], in t: DateText, sentences: [Range<Int>], reference: CalendarDate?) -> [Mention] {
        var mentions: [Mention] = []
        mentions.reserveCapacity(spans.count)
        // Written once: every relative date carries it.
        let referenceISO = reference?.iso
        // The last single date with a written (or reference-relative) year: its end, year, sentence.
        // `day`: the date names a day (`배포 2023. 5. 28.`), not the year a passage is about.
        var anchor: (end: Int, year: Int, sentence: Int, written: Bool, day: Bool)? = nil
        var s = 0
        func sentence(of position: Int) -> Int {
            while s + 1 < sentences.count, sentences[s + 1].lowerBound <= position { s += 1 }
            return s
        }
        func contextYear(at position: Int) -> Int? {
            guard let a = anchor else { return nil }
            if a.sentence == sentence(of: position) { return a.year }
            // A written year carries over a couple of lines (a heading, a table row above);
            // a relative word only within its sentence. A finished prose sentence (`…대비 두
            // 배다.`) hands its year to nobody: news compares with past years in passing.
            guard a.written, t.newlines(in: a.end..<position, limit: 2) <= 2 else { return nil }
            return a.sentence < sentences.count && endsProse(sentences[a.sentence]) ? nil : a.year
        }
        func endsProse(_ r: Range<Int>) -> Bool {
            var e = r.upperBound
            while e > r.lowerBound, DateText.isBlank(t[e - 1]) || t[e - 1] == 0x0A { e -= 1 }
            return e - r.lowerBound >= 2 && t[e - 1] == 0x2E && t[e - 2] == 0xB2E4  // `다.`
        }
        func one(_ p: DatePoint, at position: Int) -> ResolvedDate {
            let context = p.year == .unspecified && p.day == nil ? contextYear(at: position) : nil
            return DateResolver.resolve(p, reference: reference, referenceISO: referenceISO, contextYear: context)
        }
        // `< 2024년 신규 추진 … >` … `발표하고(10.17일 위원회)` in a document of 2025-05-30: a month and
        // day without a year that would lie after the document's date, within two lines after an
        // earlier written year (a year or month, not a dated line such as `배포 2023. 5. 28.`), is
        // in that year, unless the sentence plans (`예정`, `계획`) or is told in the present.
        func pastYearOfReport(_ p: DatePoint, _ r: ResolvedDate, at position: Int, end: Int) -> Int? {
            guard p.year == .unspecified, p.month != nil, p.day != nil, let ref = reference, let iso = r.iso,
                  let refISO = referenceISO, iso.prefix(10) > refISO.prefix(10), let a = anchor, a.written, !a.day, a.year < ref.year, a.end <= position,
                  position - a.end <= Self.reportScalars,
                  t.newlines(in: a.end..<position, limit: Self.reportLines) <= Self.reportLines,
                  !t.hasSectionBreak(in: a.end..<position) else { return nil }
            let s = sentence(of: position)
            let sentenceEnd = s < sentences.count ? max(sentences[s].upperBound, end) : t.count
            if t.contains(DateLexicon.plannedWords, in: end..<min(sentenceEnd, end + Self.reportScalars)) { return nil }
            // A report ends in the past (`했다`) or a noun (`추진`); `공시된다`, `것이다` tell of now or later.
            return DateTails.endsInPresentDeclarative(t, before: sentenceEnd, from: end) ? nil : a.year
        }
        // The last day written (`29일`, `2025년 5월 28일`) and its sentence, for `이날`.
        var lastDay: (date: CalendarDate, sentence: Int, end: Int)? = nil
        for span in spans {
            let position = span.range.lowerBound
            let value: DateValue
            switch span.value {
            case .single(let p):
                if p.anaphoric, let d = lastDay, sentence(of: position) - d.sentence <= anaphoraSentences,
                   !t.hasSectionBreak(in: d.end..<position) {
                    // `금융위원회는 29일 개최된 … 이날 의결된`: that day is the 29th, not the document's.
                    value = DateValue(value: d.date.iso, relative: true, reference: d.date.iso)
                    break
                }
                var r = one(p, at: position)
                // `4분기 가구당 … 비소비지출은 … 늘었다` in a release of 2024-02-29: a quarter, month or half
                // that has not begun by the document's date, told in the past tense, is last year's.
                if p.year == .unspecified, p.day == nil, let ref = reference, r.year == ref.year, r.against == referenceISO,
                   Self.startsAfter(p, ref), DateTails.reportedPast(t, after: DateTails.afterParticle(t, span.range.upperBound)) {
                    let back = DateResolver.resolve(p, reference: reference, referenceISO: referenceISO, contextYear: ref.year - 1)
                    r = ResolvedDate(iso: back.iso, year: back.year, relative: true, against: referenceISO)
                }
                // `'23.4분기 … 전년 동기 대비`: 전년 is the year before the one the sentence is about, or
                // the sentence just before it in the paragraph (`2019년도 예산이 … 확정됐다. … 관광 예산은
                // 전년도와 비슷한`, `내년도 … 중점 투자 분야로 … 전년 대비 12.9% 증액된`) — not a year a
                // series starts from (`지난 1990년부터 발간해 온 백서에는 전년도에 추진한`).
                var previousYear = false
                if case .offset(-1) = p.year, p.month == nil, t.word(DateLexicon.jeonnyeon, at: position) != nil {
                    previousYear = true
                }
                if previousYear, let a = anchor, a.end <= position, !DateLexicon.startsSeries(t, at: a.end),
                   a.sentence == sentence(of: position)
                    || (a.sentence + 1 == sentence(of: position) && t.newlines(in: a.end..<position, limit: 1) <= 1) {
                    // Through `올해`/`내년도` the chain still starts at the reference date.
                    r = ResolvedDate(iso: String(a.year - 1), year: a.year - 1, relative: true, against: a.written ? String(a.year) : r.against)
                }
                if let y = pastYearOfReport(p, r, at: position, end: span.range.upperBound) {
                    var q = p
                    q.year = .absolute(y)
                    let rolled = DateResolver.resolve(q, reference: reference, referenceISO: referenceISO, contextYear: nil)
                    r = ResolvedDate(iso: rolled.iso, year: y, relative: true, against: CalendarDate.pad(y, 4))
                }
                value = DateValue(value: r.iso, relative: r.relative, reference: r.against)
                if p.day != nil, !p.anaphoric, let iso = r.iso, let d = DateResolver.day(ofISO: iso) {
                    lastDay = (d, sentence(of: position), span.range.upperBound)
                }
                // The year compared with (`전년 대비`, `지난해 같은 기간에 비해`, `작년 동월보다`) is not
                // what the next sentences are about.
                let compared = previousYear || DateLexicon.comparedWith(t, after: span.range.upperBound)
                switch p.year {
                case .absolute, .offset:
                    if let y = r.year, !compared { anchor = (span.range.upperBound, y, sentence(of: position), !r.relative, p.day != nil) }
                default:
                    break
                }
            case .period(let from, let to):
                let f = from.map { one($0, at: position) }
                var e = to.map { one($0, at: position) }
                // `12월 31일~2월 28일`, `2024년 11월~2월`: a period ends after it starts, so an end
                // whose year was not written of its own lies in the year after the start's.
                if let fy = f?.year, let fi = f?.iso, let ei = e?.iso, e?.year == fy, ei < fi, var p = to,
                   p.month != nil, yearNotWritten(p, start: from) {
                    p.year = .absolute(fy + 1)
                    p.shortYear = false
                    let rolled = one(p, at: position)
                    e = ResolvedDate(iso: rolled.iso, year: rolled.year, relative: e?.relative ?? false, against: e?.against)
                }
                value = DateValue(from: f?.iso, to: e?.iso, relative: (f?.relative ?? false) || (e?.relative ?? false),
                                  reference: f?.against ?? e?.against,
                                  attachedTo: DatePlans.plan(before: span.range.lowerBound, in: t))
                // `올해 1~2월 … 3월(17만3000명)`: a period within one year that writes it is the
                // year the next months are in, as a single date would be.
                if let from, let fy = f?.year, e?.year == fy, from.year != .unspecified,
                   from.year == to?.year || to?.year == .unspecified {
                    switch from.year {
                    case .absolute, .offset:
                        anchor = (span.range.upperBound, fy, sentence(of: position), !(f?.relative ?? true), from.day != nil)
                    default:
                        break
                    }
                }
            case .deadline(let p):
                let r = one(p, at: position)
                value = DateValue(to: r.iso, relative: r.relative, deadline: true, reference: r.against)
            }
            mentions.append(Mention(range: span.range, value: .date(consume value), rule: span.rule))
        }
        return mentions
    }
}

extension DateExtractor {
    /// Whether a date on `line` could be resolved with what the lines above it say: a month,
    /// quarter or half written without a year takes the year written last (`2025년 …` / `3월`),
    /// `이날` the day written last, and `전년` the year before the one written on the line above, all
    /// over at most two line breaks. Conservative: any digit (ASCII or full-width), a half-year word
    /// (`상반기`, `하반기`, `전반기`, `후반기`), `이날`, `전년`, or decomposed Hangul (composed only when
    /// normalized). `LargeTextDocument` cuts a large file
    /// after a single empty line only when the line after it cannot (and takes the cut back when
    /// `mayNameDayAbove` says so of a later line), so that each piece reads as it would whole.
    public static func mayReadDateAbove(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        if mayNameDayAbove(line) { return true }                     // 이날, decomposed Hangul
        var previous: UInt32 = 0
        for scalar in line {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) { return true }
            if v == 0xAE30, previous == 0xBC18 { return true }       // 반기
            if v == 0xB144, previous == 0xC804 { return true }       // 전년: the year before the line above's
            previous = v
        }
        return false
    }

    /// Whether `line` could hold `이날` (or `이 날`), which names a day written up to three sentences above it,
    /// over any number of single empty lines (`LargeTextDocument` takes back a cut after a single
    /// empty line when such a line follows before two empty lines in a row). Conservative:
    /// decomposed Hangul counts.
    public static func mayNameDayAbove(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: UInt32 = 0
        var beforeBlanks: UInt32 = 0                                 // the letter before a run of blanks
        for scalar in line {
            let v = scalar.value
            if (0x1100...0x11FF).contains(v) { return true }
            if v == 0xB0A0, previous == 0xC774 || beforeBlanks == 0xC774 { return true }   // 이날, 이 날
            if v == 0x20 || v == 0x09 {
                if previous != 0x20 && previous != 0x09 { beforeBlanks = previous }
            } else {
                beforeBlanks = 0
            }
            previous = v
        }
        return false
    }
}
