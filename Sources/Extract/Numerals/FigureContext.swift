import SourceText

/// What the words around a figure say about it, read after the figures themselves are found:
/// the year it belongs to (`('25) 30억원`, `총 100억('25년 25억)`), what it is per (`과제당 4억원`,
/// `110억원/年`, `연 100억원`) and the time series it is a member of (`('24) 8,295억원 → ('25)
/// 8,272억원`). Every reader looks at a few scalars next to the figure, so the pass is linear.

/// Years written next to a figure: `'25년`, `2025년`, `('25)`, `(2025년)`, `(’23, 반도체)`.
enum FigureYears {
    /// A year token that ends right before `i` (one space allowed between): `'25년 25억`,
    /// `('24) 8,295억원`, `2025년 100억원`. A period end (`'24~'28년`) is not a year of its own.
    static func before(_ t: FigureText, _ i: Int) -> String? {
        let s = t.s
        var e = t.skipGapBackward(i, maxSpaces: 1)
        guard e > 0 else { return nil }
        // `('24) 최대 1,241만원`, `('25) 연간 2,341만원`: a bound or period word between year and amount.
        if e < i, let w = qualifiers.first(where: { FigureScalars.hasBefore(s, at: e, $0) }) {
            let b = e - w.count
            if b > 0, s[b - 1] == " " || s[b - 1] == ")" { e = t.skipGapBackward(b, maxSpaces: 1) }
        }
        if s[e - 1] == ")" {
            // `('25)`, `(2025년)`: the whole parenthesis is the year.
            var open = e - 2
            while open >= 0, e - 1 - open <= 8, s[open] != "(" { open -= 1 }
            guard open >= 0, s[open] == "(" else { return nil }
            guard let (year, end) = token(s, at: open + 1, end: e - 1), end == e - 1 else { return nil }
            return year
        }
        // `'25년`, `'25년도`, `2025년`: find the token start by walking back over `년도`, digits, `'`.
        var k = e
        if FigureScalars.hasBefore(s, at: k, Array("년도".unicodeScalars)) { k -= 2 }
        else if k > 0, s[k - 1] == "년" { k -= 1 }
        else { return nil }
        var b = k
        while b > 0, FigureScalars.isDigit(s[b - 1]) { b -= 1 }
        if b > 0, s[b - 1] == "'" { b -= 1 }
        guard b < k, FigureBoundary.isStart(s, at: b) else { return nil }
        if b > 0, s[b - 1] == "~" || FigureScalars.isDigit(s[b - 1]) || s[b - 1] == "." { return nil }
        guard let (year, end) = token(s, at: b, end: e), end == e else { return nil }
        return year
    }

    /// Words that may stand between a year and its amount: a bound or what the amount is per.
    static let qualifiers: [[Unicode.Scalar]] = ["최대", "최소", "연간", "연", "월", "月", "年", "약", "총"]
        .map { Array($0.unicodeScalars) }

    /// The position after a qualifier word and its space at `k` (`최대 1,601만원` → the figure), else `k`.
    static func skipQualifier(_ t: FigureText, at k: Int, before limit: Int) -> Int {
        for w in qualifiers where k + w.count < limit && FigureScalars.has(t.s, at: k, end: limit, w) && t.s[k + w.count] == " " {
            return t.skipGap(k + w.count, maxSpaces: 1)
        }
        return k
    }

    /// A parenthesized year right after `i` (one space allowed): `8,129억원('23)`, `3개교(‘23,
    /// 반도체)`, `182개 (’24)`.
    static func after(_ t: FigureText, _ i: Int) -> String? {
        let s = t.s
        let k = t.skipGap(i, maxSpaces: 1)
        guard k < t.end, s[k] == "(" else { return nil }
        guard let (year, end) = token(s, at: k + 1, end: Swift.min(t.end, k + 10)), end < t.end else { return nil }
        return s[end] == ")" || s[end] == "," ? year : nil
    }

    /// `'25`, `'25년`, `'25년도`, `'25안`, `2025`, `2025년` at `i`: the ISO year and where the token ends.
    /// A short year is 20YY (policy text of this century; `'99` is 1999).
    static func token(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (String, Int)? {
        var k = i
        let short = k < end && s[k] == "'"
        if short { k += 1 }
        var v = 0
        var digits = 0
        while k < end, FigureScalars.isDigit(s[k]) {
            v = v * 10 + Int(s[k].value - 0x30)
            digits += 1
            k += 1
        }
        let year: Int
        if short, digits == 2 {
            year = v < 70 ? 2000 + v : 1900 + v
        } else if !short, digits == 4, v >= 1950, v <= 2100 {
            year = v
        } else {
            return nil
        }
        // A bare four-digit number is a year only with `년` (a table cell `2024` is handled apart).
        if k < end, s[k] == "년" {
            k += 1
            if k < end, s[k] == "도" { k += 1 }
        } else if !short {
            return nil
        }
        // `('21안)`, `('21년안)`: the year's budget proposal.
        if k < end, s[k] == "안", k + 1 >= end || !FigureScalars.isHangul(s[k + 1]) { k += 1 }
        if k < end, s[k] == "~" || s[k] == "." || FigureScalars.isDigit(s[k]) { return nil }
        return (String(year), k)
    }
}

/// `per`: what a figure is per. Before it, a word ending in `당` (`과제당`, `기업당 최대`, `1인당`,
/// `개소당`) or a yearly/monthly word (`연`, `연간`, `年`, `매년` → `년`; `월`, `매월` → `월`);
/// after it, a slash (`110억원/年`, `/년`, `/과제`).
enum FigurePer {
    /// Words ending in `당` that are not "per": `해당`, `상당`, `정당`, `수당`… (also at the end of
    /// a compound: `직무수당`). Kept short so that `회사당`, `과제당`, `대학당` stay "per".
    static let notPer: Set<String> = ["해당", "상당", "정당", "담당", "할당", "배당", "적당", "부당", "타당", "마당", "식당",
                                       "충당", "당당", "본당", "일당", "감당", "전당", "성당", "여당", "야당", "수당", "명당",
                                       "강당", "서당", "응당", "지당",
                                       // `분당 782억`: the city district; per minute is written with a number (`10분당`).
                                       "분당"]
    static let yearly: [String: String] = ["연": "년", "연간": "년", "年": "년", "매년": "년", "연평균": "년",
                                          "월": "월", "매월": "월", "월간": "월", "月": "월", "매일": "일"]
    /// Words that may stand between the per word and the figure: `기업당 최대 15백만원`.
    static let between: [[Unicode.Scalar]] = ["최대", "최소", "약", "평균", "총", "연", "연간"].map { Array($0.unicodeScalars) }

    static func per(_ figure: Range<Int>, in t: FigureText) -> String? {
        let s = t.s
        var found: [String] = []
        var k = figure.lowerBound
        // Up to three words back: `과제당 연 최대 4억원`.
        for _ in 0..<3 {
            let e = t.skipGapBackward(k, maxSpaces: 1)
            guard e > 0 else { break }
            var b = e
            while b > 0, isWordScalar(s[b - 1]) { b -= 1 }
            guard b < e else { break }
            let word = text(s, b..<e)
            if let unit = yearly[word] {
                found.insert(unit, at: 0)
            } else if word == "당", let noun = spacedPerNoun(before: b, in: t) {
                // `1개소 당 10억원`: 당 written apart from its noun.
                found.insert(noun, at: 0)
                break
            } else if s[e - 1] == "당", e - b >= 2 {
                var stem = b
                while stem < e - 1, FigureScalars.isDigit(s[stem]) { stem += 1 }
                let noun = text(s, stem..<(e - 1))
                // `직무수당`, `해당`: a compound ending in a word of its own, not "per".
                let compound = notPer.contains { word.hasSuffix($0) }
                if !noun.isEmpty, stem > b || !compound { found.insert(noun, at: 0) }
                break
            } else if !between.contains(where: { $0.count == e - b && FigureScalars.has(s, at: b, end: e, $0) }) {
                break
            }
            k = b
        }
        // After: `110억원/年`, `4억원/과제`.
        let a = figure.upperBound
        if a + 1 < t.end, s[a] == "/" {
            var e = a + 1
            while e < t.end, isWordScalar(s[e]), e - a <= 4 { e += 1 }
            if e > a + 1, e - a <= 4, e == t.end || !isWordScalar(s[e]) {
                var word = text(s, (a + 1)..<e)
                // `30만원/월을 지급`, `4억원/과제를`: the particle closes the sentence's word, not the unit.
                if e - a >= 3, particlesAfterUnit.contains(s[e - 1]) {
                    let stem = text(s, (a + 1)..<(e - 1))
                    if e - a >= 4 || yearly[stem] != nil || shortUnits.contains(stem) { word = stem }
                }
                found.append(yearly[word] ?? word)
            }
        }
        var unique: [String] = []
        for w in found where !unique.contains(w) { unique.append(w) }
        return unique.isEmpty ? nil : unique.joined(separator: "·")
    }

    static let particlesAfterUnit: Set<Unicode.Scalar> = ["을", "를", "은", "는", "이", "가", "의", "에", "로", "도", "씩", "과", "와", "만"]
    /// One-syllable units a rate may be per (`/년`, `/명`, `/회`).
    static let shortUnits: Set<String> = ["년", "일", "주", "명", "인", "회", "개", "건", "곳"]

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        FigureScalars.isHangul(c) || FigureScalars.isDigit(c) || c == "年" || c == "月"
    }

    /// The noun before a `당` written as a word of its own (`1개소 당`, `기업 당`): the word
    /// right before it, without its leading digits.
    static func spacedPerNoun(before b: Int, in t: FigureText) -> String? {
        let s = t.s
        let e = t.skipGapBackward(b, maxSpaces: 1)
        guard e < b, e > 0 else { return nil }
        var start = e
        while start > 0, isWordScalar(s[start - 1]) { start -= 1 }
        while start < e, FigureScalars.isDigit(s[start]) { start += 1 }
        guard start < e, (start..<e).allSatisfy({ FigureScalars.isHangul(s[$0]) }) else { return nil }
        return text(s, start..<e)
    }

    static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: s[r])
    }
}

/// Time series: figures of one kind joined by arrows (`('24) 8,295억원 → ('25) 8,272억원`,
/// `(’23년 66개 → ’24년 247개)`, `152개(’23) → 182개 (’24)`, `44개 → 500개`). Between two members
/// there may be only the first one's parenthesized year, the arrow and the second one's year;
/// anything else (`23억원) → ’24년 반도체 산업(2개 산업, 100억원`) is not a series.
enum FigureSeries {
    static let arrows: [[Unicode.Scalar]] = ["→", "➝", "➔", "➡", "⇒", "⟶", "->", "=>"].map { Array($0.unicodeScalars) }

    /// First scalars of `arrows`: `link` asks at every scalar of the document, and nearly none starts one.
    static let arrowFirsts = ScalarSet(arrows.map { $0[0] })

    static func arrowLength(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard i >= 0, i < end, arrowFirsts.contains(s[i]) else { return nil }
        for a in arrows where FigureScalars.has(s, at: i, end: end, a) { return a.count }
        return nil
    }

    /// Series links for `figures` (sorted, non-overlapping ranges) where `sameKind(i, i+1)` says two
    /// neighbours may be compared (same currency, same counter). The id is `s` + the ordinal of the
    /// series' first arrow among all arrows of the document, so money and count series never share
    /// an id and the id does not depend on which extractor ran.
    static func link(_ figures: [Range<Int>], in t: FigureText, sameKind: (Int, Int) -> Bool) -> [Int: SeriesLink] {
        guard figures.count >= 2 else { return [:] }
        let arrowPositions = t.arrowPositions
        guard !arrowPositions.isEmpty else { return [:] }
        func ordinal(_ p: Int) -> Int {
            var lo = 0, hi = arrowPositions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if arrowPositions[mid] < p { lo = mid + 1 } else { hi = mid }
            }
            return lo + 1
        }
        var out: [Int: SeriesLink] = [:]
        var currentId: String? = nil
        for k in 0..<(figures.count - 1) {
            guard sameKind(k, k + 1), let arrow = arrowBetween(figures[k], figures[k + 1], t) else {
                currentId = nil
                continue
            }
            if currentId == nil || out[k] == nil {
                currentId = "s\(ordinal(arrow))"
                out[k] = SeriesLink(id: currentId!, date: date(of: figures[k], t))
            }
            out[k + 1] = SeriesLink(id: currentId!, date: date(of: figures[k + 1], t))
        }
        return out
    }

    /// Where the arrows of `s` start, in order (an arrow's scalars are not looked at again).
    static func arrows(in s: [Unicode.Scalar], end: Int) -> [Int] {
        var positions: [Int] = []
        var i = 0
        let firsts = arrowFirsts
        while i < end {
            // The first-scalar test here too, so that most positions make no call.
            if firsts.contains(s[i]), let n = arrowLength(s, at: i, end: end) { positions.append(i); i += n } else { i += 1 }
        }
        return positions
    }

    static func date(of r: Range<Int>, _ t: FigureText) -> String? {
        FigureYears.before(t, r.lowerBound) ?? FigureYears.after(t, r.upperBound)
    }

    /// The arrow's position when the text between `a` and `b` is a series joint, else nil.
    static func arrowBetween(_ a: Range<Int>, _ b: Range<Int>, _ t: FigureText) -> Int? {
        let s = t.s
        guard b.lowerBound - a.upperBound <= 40 else { return nil }
        var k = t.skipGap(a.upperBound, maxSpaces: 1)
        // The first member's own parenthesis: `('23)`, `(‘23, 반도체)`, `(884개 과제)` is not.
        if k < b.lowerBound, s[k] == "(" {
            var e = k + 1
            while e < b.lowerBound, s[e] != ")", s[e] != "(", s[e] != "\n" { e += 1 }
            guard e < b.lowerBound, s[e] == ")", FigureYears.token(s, at: k + 1, end: e) != nil else { return nil }
            k = t.skipGap(e + 1, maxSpaces: 1)
        }
        guard let n = arrowLength(s, at: k, end: b.lowerBound) else { return nil }
        let arrow = k
        k = t.skipGap(k + n, maxSpaces: 1)
        if k == b.lowerBound { return arrow }
        // The second member's year before it.
        if s[k] == "(" {
            var e = k + 1
            while e < b.lowerBound, s[e] != ")" { e += 1 }
            guard e < b.lowerBound, let (_, end) = FigureYears.token(s, at: k + 1, end: e), end == e else { return nil }
            k = t.skipGap(e + 1, maxSpaces: 1)
        } else {
            guard let (_, end) = FigureYears.token(s, at: k, end: b.lowerBound), s[end - 1] == "년" || s[end - 1] == "도" else {
                return nil
            }
            k = t.skipGap(end, maxSpaces: 1)
        }
        if k < b.lowerBound { k = FigureYears.skipQualifier(t, at: k, before: b.lowerBound) }
        return k == b.lowerBound ? arrow : nil
    }

    /// `(’24) 900 → (’25) 1,200억원`: a bare number before the arrow that shares the unit of the
    /// amount after it. Returns the bare number (its range and value) when `start` begins such a
    /// right-hand member. A four-digit number without a comma (`2024`) is a year, not a member.
    static func bareLeftMember(before start: Int, _ t: FigureText) -> KoreanNumber? {
        let s = t.s
        var k = t.skipGapBackward(start, maxSpaces: 1)
        // The right member's year: `('25)` or `'25년`.
        if k > 0, s[k - 1] == ")" {
            var open = k - 2
            while open >= 0, k - 1 - open <= 8, s[open] != "(" { open -= 1 }
            guard open >= 0, s[open] == "(", let (_, end) = FigureYears.token(s, at: open + 1, end: k - 1), end == k - 1 else {
                return nil
            }
            k = t.skipGapBackward(open, maxSpaces: 1)
        } else if k > 0, s[k - 1] == "년" || s[k - 1] == "도" {
            var b = k - 1
            while b > 0, s[b - 1] != "'" && s[b - 1] != " " && k - b < 6 { b -= 1 }
            if b > 0, s[b - 1] == "'" { b -= 1 }
            guard let (_, end) = FigureYears.token(s, at: b, end: k), end == k else { return nil }
            k = t.skipGapBackward(b, maxSpaces: 1)
        }
        // The arrow.
        var arrowFound = false
        for a in arrows where FigureScalars.hasBefore(s, at: k, a) {
            k = t.skipGapBackward(k - a.count, maxSpaces: 1)
            arrowFound = true
            break
        }
        guard arrowFound, k > 0 else { return nil }
        // The left member's own parenthesized year: `900('24) →`.
        if s[k - 1] == ")" {
            var open = k - 2
            while open >= 0, k - 1 - open <= 8, s[open] != "(" { open -= 1 }
            guard open >= 0, s[open] == "(", FigureYears.token(s, at: open + 1, end: k - 1) != nil else { return nil }
            k = t.skipGapBackward(open, maxSpaces: 1)
        }
        var b = k
        while b > 0, FigureScalars.isDigit(s[b - 1]) || s[b - 1] == "," || s[b - 1] == "." { b -= 1 }
        while b < k, !FigureScalars.isDigit(s[b]) { b += 1 }
        guard b < k, KoreanNumerals.isArabicStart(s, at: b), case .number(let n) = KoreanNumerals.parse(t, at: b),
              n.range.upperBound == k, n.highestScale == 0, !n.approx else { return nil }
        if k - b == 4, !s[b..<k].contains(",") { return nil }
        return n
    }
}
