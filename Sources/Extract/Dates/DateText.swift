import SourceText

/// Scalar-level reading helpers shared by the date rules and the document-date finder.
///
/// Everything works on `UInt32` scalar values with document-relative indices; reading outside the
/// text yields `0`, so rules never need bounds checks of their own.
struct DateText {
    let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var count: Int { scalars.count }

    @inline(__always)
    subscript(i: Int) -> UInt32 {
        i >= 0 && i < scalars.count ? scalars[i].value : 0
    }

    // MARK: character classes

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    @inline(__always) static func isHangul(_ v: UInt32) -> Bool { v >= 0xAC00 && v <= 0xD7A3 }
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    @inline(__always) static func isBlank(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 }

    // MARK: reading

    /// A run of ASCII digits starting exactly at `i`: its value (saturating past 9 digits), its
    /// length and where it ends.
    @inline(__always)
    func number(at i: Int) -> (value: Int, digits: Int, end: Int)? {
        guard Self.isDigit(self[i]) else { return nil }
        var j = i
        var value = 0
        while Self.isDigit(self[j]) {
            if j - i < 9 { value = value * 10 + Int(self[j] - 0x30) }
            j += 1
        }
        return (value, j - i, j)
    }

    /// The first index at or after `i` that is not a space or tab.
    @inline(__always)
    func blanks(from i: Int) -> Int {
        var j = i
        while Self.isBlank(self[j]) { j += 1 }
        return j
    }

    /// The last index before `i` that is not a space or tab (or -1).
    @inline(__always)
    func previousNonBlank(before i: Int) -> Int {
        var j = i - 1
        while j >= 0, Self.isBlank(self[j]) { j -= 1 }
        return j
    }

    /// The end of `word` when it is written at `i`.
    @inline(__always)
    func word(_ word: [UInt32], at i: Int) -> Int? {
        for (k, v) in word.enumerated() where self[i + k] != v { return nil }
        return i + word.count
    }

    /// The end of `word` at `i`, allowing blanks between its letters (`연 월 일`, `보 도 시 점`).
    /// A blank inside the word in the table (`다음 달`) matches zero or more blanks.
    func spacedWord(_ word: [UInt32], at i: Int) -> Int? {
        var j = i
        for (k, v) in word.enumerated() {
            if v == 0x20 { continue }
            if k > 0 { j = blanks(from: j) }
            guard self[j] == v else { return nil }
            j += 1
        }
        return j
    }

    /// The longest entry of `table` written at `i` (blanks inside entries may vary).
    func longest<T>(_ table: [([UInt32], T)], at i: Int) -> (value: T, end: Int)? {
        var best: (value: T, end: Int)? = nil
        for (w, value) in table {
            guard w.first == self[i], let end = w.contains(0x20) ? spacedWord(w, at: i) : word(w, at: i) else { continue }
            if best == nil || end > best!.end { best = (value, end) }
        }
        return best
    }

    /// One flag per scalar of the Basic Multilingual Plane, for `firstMarked`.
    static func marks(_ scalars: [UInt32]) -> [Bool] {
        var marks = [Bool](repeating: false, count: 0x10000)
        for v in scalars where v < 0x10000 { marks[Int(v)] = true }
        return marks
    }

    /// The first index from `i` on whose scalar is marked (`marks`), else `count`. A scan that
    /// looks at every scalar of the document to find where its rules may start: one load and
    /// test per scalar.
    func firstMarked(from i: Int, _ marks: [Bool]) -> Int {
        scalars.withUnsafeBufferPointer { scalars in
            marks.withUnsafeBufferPointer { marks in
                var j = max(i, 0)
                while j < scalars.count {
                    let v = scalars[j].value
                    if v < 0x10000, marks[Int(v)] { return j }
                    j += 1
                }
                return scalars.count
            }
        }
    }

    /// True when a number may start at `i`: `i` is a digit and not the continuation of a larger
    /// number, a decimal, a code or a time (`1,516`, `2.5`, `044-203`, `21:15`, `A4`, `'24`).
    @inline(__always)
    func startsNumber(at i: Int) -> Bool {
        guard Self.isDigit(self[i]) else { return false }
        let p = self[i - 1]
        if Self.isDigit(p) || Self.isLetter(p) { return false }
        // `'25` is a short year read at its apostrophe; `'2024년 7월 고용동향'` opens a quotation.
        if p == 0x27 { return Self.isDigit(self[i + 3]) && !Self.isDigit(self[i + 4]) && Self.isDigit(self[i + 1]) && Self.isDigit(self[i + 2]) }
        if p == 0x2E || p == 0x2C || p == 0x3A || p == 0x2D || p == 0x2F {      // . , : - /
            // `2022-2023년`: the end of a range of years, not the tail of a code.
            return !Self.isDigit(self[i - 2]) || (p == 0x2D && Self.yearDashYear(self, at: i - 5))
        }
        return true
    }

    /// `2022-2023년 국정감사 현황`: two four-digit years joined by a dash, the second written with 년.
    static func yearDashYear(_ t: DateText, at i: Int) -> Bool {
        guard !isDigit(t[i - 1]), t[i - 1] != 0x2D, let a = t.number(at: i), a.digits == 4, t[a.end] == 0x2D,
              let b = t.number(at: a.end + 1), b.digits == 4, t[b.end] == DateLexicon.nyeon,
              (1900...2100).contains(a.value), a.value < b.value, b.value <= 2100 else { return false }
        return true
    }

    /// True when a word may start at `i`: the scalar before it is not a Hangul syllable.
    @inline(__always)
    func startsWord(at i: Int) -> Bool {
        !Self.isHangul(self[i - 1])
    }

    /// Whether `range` holds two empty lines in a row (three line breaks with only blanks
    /// between them): a section break.
    func hasSectionBreak(in range: Range<Int>) -> Bool {
        var breaks = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let v = self[i]
            if v == 0x0A {
                breaks += 1
                if breaks == 3 { return true }
            } else if !Self.isBlank(v) {
                breaks = 0
            }
            i += 1
        }
        return false
    }

    /// Whether one of `words` is written somewhere in `range`.
    func contains(_ words: [[UInt32]], in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            for w in words where w[0] == self[i] && word(w, at: i) != nil { return true }
            i += 1
        }
        return false
    }

    /// Counts `\n` in `range`, stopping early once `limit` is exceeded.
    func newlines(in range: Range<Int>, limit: Int) -> Int {
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if self[i] == 0x0A {
                n += 1
                if n > limit { return n }
            }
            i += 1
        }
        return n
    }
}

/// Words and letters the date rules read, as scalar values.
enum DateLexicon {
    static func w(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
    static func c(_ s: Unicode.Scalar) -> UInt32 { s.value }

    static let nyeon = c("년"), wol = c("월"), il = c("일"), do_ = c("도"), si = c("시"), bun = c("분")
    static let gi = c("기"), dae = c("대"), gan = c("간"), jjae = c("째")
    static let upper = c("上"), lower = c("下")
    static let tilde: UInt32 = 0x7E, middleDot: UInt32 = 0xB7, apostrophe: UInt32 = 0x27, dot: UInt32 = 0x2E
    static let kkaji = w("까지"), malKkaji = w("말까지"), buteo = w("부터")
    static let ojeon = w("오전"), ohu = w("오후")
    static let bungi = w("분기")
    static let schoolYear = w("학년도")
    /// `이날`, also spaced `이 날` (older releases: `이 날 기념식에서는`).
    static let thatDay = w("이 날")
    /// `전년` (the year before): relative to the year under discussion, not to the writing.
    static let jeonnyeon = w("전년")
    static let budget = w("예산")
    /// After `N분기`, words that count quarters (`2분기 연속`, `2분기 만에`).
    static let quarterCounts: [[UInt32]] = [w("연속"), w("만에"), w("동안")]
    /// Words of a plan (`개최 예정`, `추진 계획`): what follows them has not happened yet.
    static let plannedWords: [[UInt32]] = [w("예정"), w("계획")]
    /// After a year, words that make it the base of a comparison (`전년 대비`, `2023년보다`, `작년
    /// 동월보다`, `지난해 같은 기간에 비해`).
    static let comparisonWords: [[UInt32]] = [w("대비"), w("보다"), w("같은"), w("동기"), w("동월"), w("동분기")]
    static func comparedWith(_ t: DateText, after end: Int) -> Bool {
        if followedByOne(of: comparisonWords, t, end) { return true }
        // `지난해에 비해`, `2020년과 비교해`
        let c = t[end]
        if c == c_e || c == c_wa || c == c_gwa {
            let j = t.blanks(from: end + 1)
            return comparisonVerbs.contains { t.word($0, at: j) != nil }
        }
        return false
    }
    static let c_e = c("에"), c_wa = c("와"), c_gwa = c("과")
    /// After `에`/`와`/`과`: `비해`, `비하`, `비교`.
    static let comparisonVerbs: [[UInt32]] = [w("비해"), w("비하"), w("비교")]
    /// After a year, words that make it the start of a series (`1990년부터`, `2010년 이래`).
    static let seriesStarts: [[UInt32]] = [w("부터"), w("이래"), w("이후")]
    static func startsSeries(_ t: DateText, at end: Int) -> Bool {
        followedByOne(of: seriesStarts, t, end)
    }

    /// Whether one of `words` follows `end`, glued or after blanks.
    static func followedByOne(of words: [[UInt32]], _ t: DateText, _ end: Int) -> Bool {
        let k = t.blanks(from: end)
        // The first letters compared before the words: most dates are followed by none of them.
        let glued = t[end], spaced = t[k]
        for w in words where (w[0] == glued && t.word(w, at: end) != nil) || (w[0] == spaced && t.word(w, at: k) != nil) {
            return true
        }
        return false
    }
    /// `올` (this year) before what it dates, and `한 해` (a whole year) after it: `올 한 해`.
    static let ol = c("올"), wholeYear = w("한 해")
    /// `올` alone, before a blank (`올 하반기`), as `relativeYear` reads it: what its trigger starts on.
    static let olAlone = w("올 ")
    /// Last syllables of a verb that is not in the past tense (`제출한다`, `열고`, `발표할`, `열린`, `된`).
    static let verbFinals: ScalarSet = ScalarSet("다고며면할될한된린던해돼".unicodeScalars)
    /// Particles that mark the subject or topic of a clause (`행정안전부는`, `정부가`, `시장은`).
    static let subjectParticles: ScalarSet = ScalarSet("는은가".unicodeScalars)
    /// `끝나는`, `오는`, `가는`, `보는`, `주는`: open verb stems whose 는 is an adnominal ending, kept
    /// apart from `verbBeforeNeun` because they also end nouns (`국가는`), so only the subject test
    /// after a day, which must not misread a verb, uses them.
    static let openVerbStems: ScalarSet = ScalarSet("나오가보주르".unicodeScalars)
    /// `개최되는`, `하는`, `있는`: 는 after these ends a verb, not a noun's topic (`정부는`).
    static let verbBeforeNeun: ScalarSet = ScalarSet("하되있리이".unicodeScalars)
    /// Past adnominals of the event verbs of news (`열린 회의`, `발표한 계획`, `개최된 행사`):
    /// ㄴ after an action verb is past, but the same ending on an adjective (`필요한`) is not,
    /// so the verbs are listed.
    static let pastAdnominals: Set<String> = [
        "열린", "개최한", "개최된", "진행한", "진행된", "실시한", "실시된", "발표한", "발표된", "공개한", "공개된",
        "의결한", "의결된", "확정한", "확정된", "통과한", "통과된", "출범한", "체결한", "체결된", "공포한", "공포된",
        "시행된", "발생한", "방문한", "참석한", "주재한",
    ]
    /// Words after `N일` that count days left or ahead (`3일 남겨두고`, `3일 남은`, `5일 앞두고`), not
    /// name a day of the month; `남` alone is too short (`13일 남부지방`).
    static let daysLeftWords: [[UInt32]] = [w("남은"), w("남겨"), w("남기"), w("남았"), w("남짓"), w("앞두"), w("앞둔")]
    /// What ends the clause a day belongs to.
    static let clauseEnds: ScalarSet = ScalarSet(".,?!;\n".unicodeScalars)
    /// The index of the final consonant ㅆ in a Hangul syllable ((scalar - 0xAC00) % 28).
    static let finalSsangSiot: UInt32 = 20

    /// First scalars of the words that may follow a date directly (`5월에`, `올해부터`, `6월중`,
    /// `5일자`); any other Hangul syllable means the digits belong to another word (`5개`, `2조`).
    static let followers: ScalarSet = ScalarSet("에은는이가의도과와로으부까엔중말초경께및을를만보내전후상하자야뿐"
        .unicodeScalars)

    /// `상반기`, `하반기`, `전반기`, `후반기` → 1 or 2.
    static let halves: [([UInt32], Int)] = [(w("상반기"), 1), (w("하반기"), 2), (w("전반기"), 1), (w("후반기"), 2)]

    /// Weekday letters inside `(수)`, `(목요일)`.
    static let weekdays: ScalarSet = ScalarSet("월화수목금토일".unicodeScalars)
    /// After `M.D일`, what marks a date whatever the day's digits: a weekday, a particle, a range.
    static let monthDotDayFollowers: ScalarSet = ScalarSet("(에부까자~·".unicodeScalars)
    /// After `N.N일`, what marks a length of days (`1.5일간`, `2.5일 동안`, `3.5일분`, `0.5일치`).
    static let durationFollowers: ScalarSet = ScalarSet("간동분치째씩가정이내".unicodeScalars)

    /// Year words resolved against the reference date, with their offset in years.
    static let relativeYears: [([UInt32], Int)] = [
        (w("올해"), 0), (w("금년"), 0), (w("내년"), 1), (w("명년"), 1), (w("내후년"), 2),
        (w("지난해"), -1), (w("작년"), -1), (w("전년"), -1), (w("재작년"), -2), (w("지지난해"), -2),
    ]

    /// Month words resolved against the reference date, with their offset in months. A blank in
    /// the word matches any number of blanks (`다음 달`, `다음달`).
    static let relativeMonths: [([UInt32], Int)] = [
        (w("이달"), 0), (w("이번 달"), 0), (w("금월"), 0), (w("당월"), 0),
        (w("지난 달"), -1), (w("전월"), -1),
        (w("다음 달"), 1), (w("내달"), 1), (w("익월"), 1),
    ]

    /// Day words resolved against the reference date, with their offset in days. `내일`, `당일`
    /// and `다음 날` are left out: in policy text they are figures of speech (`대한민국의 내일`) or
    /// count from an event, not from the document's date.
    static let relativeDays: [([UInt32], Int)] = [
        (w("오늘"), 0), (w("금일"), 0), (w("이 날"), 0), (w("어제"), -1), (w("전날"), -1), (w("전일"), -1),
        (w("그제"), -2), (w("그저께"), -2),
    ]

    /// `지난 6월` (the latest June up to the reference date) and `오는 10일` (the next 10th).
    static let pastOrComing: [([UInt32], YearSpec)] = [(w("지난"), .past), (w("오는"), .coming)]

    /// Words before a month that make it recurring rather than a date (`매년 3월`).
    static let recurring: [[UInt32]] = [w("매년"), w("매월"), w("매달"), w("격년"), w("해마다")]

    /// Signs of multiplication: in a budget's calculation (`86,666원×8명×12월`) a month or day after
    /// one is a factor (twelve months), not a date.
    static let times: ScalarSet = ScalarSet(values: [0xD7, 0x2715, 0x2716, 0x2A2F])

    /// `×` at `p` (the last non-blank before a date), a Latin `x`/`X` standing alone as one
    /// (`5,000 X 12월`), or `*` inside a line (`32,000원 * 17일 * 20명`); a `*` that opens a line
    /// is a footnote's mark.
    static func isFactor(_ t: DateText, at p: Int) -> Bool {
        let c = t[p]
        if times.contains(value: c) { return true }
        if c == 0x2A {
            var j = p - 1
            while j >= 0, t[j] == 0x2A || DateText.isBlank(t[j]) { j -= 1 }
            return j >= 0 && t[j] != 0x0A && t[j] != 0x0D
        }
        guard c == 0x78 || c == 0x58 else { return false }
        let b = t[p - 1]
        return !((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A))
    }
}
