/// Universities named by their short form in a list: `경기공업대, 대림대, … 순천제일대 등 15개 대학`,
/// `△건양대 △대전대 △한밭대 … 등 10곳`, `고려대(세종), 공주대, 목원대, 우송대는`.
///
/// A word `X대` (two or more syllables before `대`) is as often a university as anything else
/// (`미래세대`, `확대`), so it is read as one only inside a list — items apart by `,` `·` `△` `▲`
/// — that either holds a university already known (gazetteer, name shape) or is closed by a count
/// of universities (`등 15개 대학`, `등 10곳`, `등 4개교`).
extension OrgScan {
    mutating func universityListPass() {
        let items = universityShapedWords
        guard !items.isEmpty else { return }
        var knownUniversityStarts = Set<Int>()
        for c in candidates where c.kind == "university" { knownUniversityStarts.insert(c.range.lowerBound) }
        var k = 0
        while k < items.count {
            var last = k
            while last + 1 < items.count, onlyListSeparators(from: items[last].upperBound, to: items[last + 1].lowerBound) {
                last += 1
            }
            let run = items[k...last]
            let known = run.contains { knownUniversityStarts.contains($0.lowerBound) }
            if (known && run.count >= 2) || closedByUniversityCount(after: items[last].upperBound) {
                // `미래세대`, `디지털시대`: a generation or an era, unless known as a university (`연세대`).
                for r in run where !overlapsCandidate(r) && s[r.upperBound - 2] != "세" && s[r.upperBound - 2] != "시" {
                    add(r, canonical: lookup(r, allowContextOnly: false)?.0 ?? string(r) + "학교", kind: "university",
                        rule: "org.university-list", priority: 4)
                }
            }
            k = last + 1
        }
    }

    /// A word without its particle (`[a, e)`, ending in `대`) that reads `X대`: Hangul first, then
    /// Hangul or digits (`구미1대`), two to nine scalars before `대`.
    func universityShaped(_ a: Int, _ e: Int) -> Range<Int>? {
        guard e - a >= 3, e - a <= 10, K.isHangul(s[a]) else { return nil }
        for p in a..<e where !K.isHangul(s[p]) && !K.isDigit(s[p]) { return nil }
        return a..<e
    }

    /// Between two items: blanks, list separators and at most one short parenthesis (`고려대(세종), 공주대`).
    func onlyListSeparators(from a: Int, to b: Int) -> Bool {
        guard a < b, b - a <= 16 else { return false }
        var sawSeparator = false
        var p = a
        while p < b {
            switch s[p] {
            case " ", "\t": p += 1
            case ",", "·", "ㆍ", "、", "△", "▲": sawSeparator = true; p += 1
            case "(":
                var q = p + 1
                while q < b, s[q] != ")", s[q] != "\n" { q += 1 }
                guard q < b, s[q] == ")" else { return false }
                p = q + 1
            default: return false
            }
        }
        return sawSeparator
    }

    /// `등 15개 대학`, `등 10곳`, `등 4개교`, `등 3개 학교` right after the last item.
    func closedByUniversityCount(after e: Int) -> Bool {
        var p = e
        while p < n, K.isBlank(s[p]) { p += 1 }
        guard p > e, p < n, s[p] == "등" else { return false }
        p += 1
        while p < n, K.isBlank(s[p]) { p += 1 }
        let digits = p
        while p < n, K.isDigit(s[p]) || s[p] == "," { p += 1 }
        guard p > digits else { return false }
        while p < n, K.isBlank(s[p]) { p += 1 }
        return Self.universityCountWords.contains { matches($0, at: p) }
    }

    static let universityCountWords: [[Unicode.Scalar]] = ["개 대학", "개대학", "개교", "곳", "개 학교"].map {
        Array($0.unicodeScalars)
    }
}

/// Companies listed beside companies marked `(주)`: `▲(주)켐포트 ▲케이비엠 ▲매일식품(주) ▲(주)프릭사
/// ▲한성푸드 ▲보원엠앤피 등`. A bare word between list separators is a company when at least two
/// items of the same list carry the marker; read rightward from the first marked item.
extension OrgScan {
    mutating func companyListPass() {
        var markedByStart: [Int: Range<Int>] = [:]
        for c in candidates where c.rule == "org.company-marker" && c.kind == "company" {
            markedByStart[c.range.lowerBound] = c.range
        }
        guard markedByStart.count >= 2 else { return }
        var visited = Set<Int>()
        for start in markedByStart.keys.sorted() where !visited.contains(start) {
            var end = markedByStart[start]!.upperBound
            var marked = 1
            var bare: [Range<Int>] = []
            while true {
                var p = end
                // `(주)아이코디(콘텍트렌즈)`: a note on the item.
                if p < n, s[p] == "(" {
                    var q = p + 1
                    while q < n, q - p <= 16, s[q] != ")", s[q] != "\n" { q += 1 }
                    guard q < n, s[q] == ")" else { break }
                    p = q + 1
                }
                var q = p
                var separated = false
                while q < n, K.isBlank(s[q]) || Self.isListSeparator(s[q]) {
                    if Self.isListSeparator(s[q]) { separated = true }
                    q += 1
                }
                guard separated, q < n else { break }
                if let m = markedByStart[q] {
                    marked += 1
                    visited.insert(q)
                    end = m.upperBound
                    continue
                }
                var b = q
                while b < n, K.isWordChar(s[b]) { b += 1 }
                guard b > q, K.isHangul(s[q]) || K.isLatin(s[q]) else { break }
                let e = stripSubjectParticle(q, stripParticle(q, b, conservative: true))
                // A word that would be no partner either (`기타`, `미국`, `…업체`) is no company here.
                if e > q, partnerWord(q..<e), string(q..<e) != "기타", closesListItem(b) { bare.append(q..<e) }
                end = b
            }
            guard marked >= 2 else { continue }
            for r in bare where !overlapsCandidate(r) {
                add(r, canonical: canonicalFor(r), kind: "company", rule: "org.company-list", priority: 4)
            }
        }
    }

    static func isListSeparator(_ c: Unicode.Scalar) -> Bool {
        c == "▲" || c == "△" || c == "," || c == "·" || c == "、" || c == "ㆍ"
    }

    /// After a list item: a separator, `등`, a closing bracket or punctuation, or the line's end.
    func closesListItem(_ b: Int) -> Bool {
        var p = b
        while p < n, K.isBlank(s[p]) { p += 1 }
        guard p < n else { return true }
        let c = s[p]
        if Self.isListSeparator(c) || c == "\n" || c == ")" || c == "." { return true }
        return c == "등" && p > b && (p + 1 >= n || !K.isHangul(s[p + 1]) || s[p + 1] == "이" || s[p + 1] == "의" || s[p + 1] == "과")
    }
}
