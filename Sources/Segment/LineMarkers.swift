import SourceText

/// What the start of a line says about its role: a bullet item (and how deep), a heading, a page
/// marker, a labelled item (`(에너지) …`). Shape only — no words of particular documents.
enum LineMarkers {
    /// Bullet rank: lower is higher in the outline. `□` items contain `ㅇ` items, which contain
    /// `-` items, which carry `*` footnotes. Enumerators (`❶`, `①`, `1)`) rank with `□`.
    static func bulletRank(_ s: Unicode.Scalar) -> Int {
        switch s {
        case "□", "■", "◆", "◇", "❍", "◈", "▣": return 1
        case "ㅇ", "○", "◦", "●", "•", "◎", "▶", "▷", "►", "➢", "➤", "o", "▲", "△", "▸", "▹": return 2
        case "-", "·", "Ÿ", "▪", "▫", "✓", "✔", "v", "ü", "Ø", "–": return 3
        case "*", "※", "⁃": return 4
        default: return 1
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    /// Enumerators that stand alone: `① … ⑳`, `❶ … ❿`, `➀ … ➓`, `⑴ … ⒇`, `⒜…`, `Ⓐ…ⓩ`.
    @inline(__always)
    static func isEnumerator(_ v: UInt32) -> Bool {
        (0x2460...0x24FF).contains(v) || (0x2776...0x2793).contains(v) || (0x3251...0x325F).contains(v)
            || (0x32B1...0x32BF).contains(v)
    }

    /// Markers that are bullets even when glued to the text (`▲지난달…`, `※ 자료`).
    static let gluedMarkers = ScalarSet([
        "□", "■", "◆", "◇", "❍", "◈", "▣", "○", "◦", "●", "•", "◎", "▶", "▷", "►", "➢", "➤", "▲", "△", "▸", "▹",
        "※", "✓", "✔", "▪", "▫", "⁃",
    ] as [Unicode.Scalar])

    /// Markers that are bullets only before a space (`ㅇ 내용`, `- 내용`, `v 내용`, `* 내용`).
    static let spacedMarkers = ScalarSet(["ㅇ", "-", "·", "v", "o", "Ÿ", "ü", "Ø", "–", "*"] as [Unicode.Scalar])

    /// `△0.4`, `▲12`: in a table cell the triangle is the sign of a change (Korean tables write a
    /// decrease as `△`), not a bullet.
    static func isSignedNumber(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i + 1 < end, t[i] == "△" || t[i] == "▲" || t[i] == "▽" || t[i] == "▼" else { return false }
        return isDigit(t[i + 1])
    }

    /// Korean enumerator syllables used as `가.`, `나)`.
    static let hangulEnumerators = ScalarSet("가나다라마바사아자차카타파하".unicodeScalars)

    /// If a bullet starts at `i`, the index after its marker (and the marker's first scalar).
    /// `(서울=뉴스1) 남해인 기자 = …`: a news lead opens with its dateline, place = agency, in
    /// parentheses; such a line starts a sentence, it does not continue the line above.
    static func startsDateline(_ t: [Unicode.Scalar], at s: Int, end: Int) -> Bool {
        guard s < end, t[s] == "(" else { return false }
        var k = s + 1
        var equals = false
        while k < end, k - s <= datelineLength {
            let c = t[k]
            if c == ")" { return equals && k > s + 3 }
            if c == "=" { equals = true }
            k += 1
        }
        return false
    }

    /// How long the parenthesis of a dateline may be (`(청주=연합뉴스)`).
    static let datelineLength = 16

    static func bullet(_ t: [Unicode.Scalar], at i: Int, end: Int) -> (body: Int, marker: Unicode.Scalar)? {
        guard i < end else { return nil }
        let s = t[i]
        let next: Unicode.Scalar? = i + 1 < end ? t[i + 1] : nil
        if isEnumerator(s.value) || (0xE000...0xF8FF).contains(s.value) { return (i + 1, s) }
        if s == "*" {
            var j = i
            while j < end, t[j] == "*" { j += 1 }
            if j - i >= 2 || (j < end && t[j] == " ") { return (j, s) }
            return nil
        }
        if gluedMarkers.contains(s) { return (i + 1, s) }
        if spacedMarkers.contains(s) {
            if next == " " || next == "\t" { return (i + 1, s) }
            return nil
        }
        // `1)`, `12)`, `(1)`, `가.`, `가)`, `(가)` followed by a space.
        var j = i
        var paren = false
        if s == "(" { paren = true; j += 1 }
        let numStart = j
        while j < end, j - numStart < 2, isDigit(t[j]) { j += 1 }
        if j == numStart, j < end, hangulEnumerators.contains(t[j]) { j += 1 }
        guard j > numStart, j < end else { return nil }
        let isHangulEnum = !isDigit(t[numStart])
        if t[j] == ")" {
            if j + 1 < end, t[j + 1] == " " { return (j + 1, paren ? "(" : ")") }
            return nil
        }
        if !paren, isHangulEnum, t[j] == ".", j + 1 < end, t[j + 1] == " " { return (j + 1, ".") }
        return nil
    }

    /// Page markers: `- 3 -`, `-3-`, `- 12 -`.
    static func isPageMarker(_ t: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard end - start >= 3, t[start] == "-", t[end - 1] == "-" else { return false }
        var sawDigit = false
        for k in (start + 1)..<(end - 1) {
            if isDigit(t[k]) { sawDigit = true } else if t[k] != " " { return false }
        }
        return sawDigit
    }

    /// Roman numerals used for chapter headings: `Ⅰ`…`Ⅻ`, `ⅰ`…, and ASCII `I`, `II`, `IV`….
    static func romanNumeralEnd(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        if (0x2160...0x217F).contains(t[i].value) { return i + 1 }
        var j = i
        while j < end, j - i < 5, t[j] == "I" || t[j] == "V" || t[j] == "X" { j += 1 }
        return j > i ? j : nil
    }

    /// Words that head numbered sections: `전략 1 …`, `과제 2.`, `참고1`, `붙임 2`.
    static let sectionWords: [[Unicode.Scalar]] = [
        "전략", "과제", "목표", "분야", "부문", "단계", "참고", "붙임", "별첨", "첨부", "부록", "별표", "별지", "추진과제",
        "세부과제", "중점과제", "핵심과제", "정책과제", "전략과제", "추진전략", "Part", "PART", "Chapter", "STEP", "Step",
    ].map { Array($0.unicodeScalars) }

    /// True when the line (content `start..<end`, display width `width`) is a heading: a numbered or
    /// lettered section title, a bracketed caption, a page marker. `ending` is how the line ends.
    static func isHeading(_ t: [Unicode.Scalar], from start: Int, to end: Int, width: Int, ending: LineEnding) -> Bool {
        let first = t[start]
        if isPageMarker(t, from: start, to: end) { return true }
        // `< 5.29.(목) 조간 >`, `〈 공공연구자 창업 관련 기술이전법 개정 〉`, `[별첨] 시행계획`, `【 참고 】`.
        let last = t[end - 1]
        if (first == "<" && last == ">") || (first == "〈" && last == "〉") || (first == "《" && last == "》")
            || (first == "【" && last == "】") {
            return width <= 120
        }
        guard ending != .final, width <= 70 else { return false }
        if first == "[" || first == "【" {
            // `[별첨] 시행계획`, `[참고 1] …` — a short bracketed lead, not `[한국방송/기자] 정부는…`.
            var k = start + 1
            while k < end, t[k] != "]" && t[k] != "】" { k += 1 }
            return k < end && k - start <= 12 && ending != .continues
        }
        // `Ⅰ. 추진 개요`, `II. 비전체계`, `1. 의결주문`, `1 추진 배경`, `2 (민간주도) 시장성과 극대화`.
        if let r = romanNumeralEnd(t, at: start, end: end), r < end, t[r] == "." || t[r] == " " {
            if r + 1 < end, t[r] == "." && t[r + 1] != " " { return false }
            return ending != .continues
        }
        if isDigit(first) {
            var j = start
            while j < end, isDigit(t[j]) { j += 1 }
            guard j - start <= 2, j < end else { return false }
            if t[j] == "." {
                // `1. 의결주문` (not `2025. 5. 30.` nor `2.5배`).
                guard j + 1 < end, t[j + 1] == " ", j + 2 < end, !isDigit(t[j + 2]) else { return false }
                return ending != .continues
            }
            if t[j] == " " {
                guard j + 1 < end else { return false }
                let n = t[j + 1]
                guard KoreanEndings.isHangul(n) || n == "(" || n == "[" else { return false }
                return width <= 50 && ending == .open
            }
            return false
        }
        // `전략 1 [전략투자] …`, `참고1`, `붙임 2 …`, `제3장 …`.
        for word in sectionWords where end - start >= word.count {
            var ok = true
            for (k, w) in word.enumerated() where t[start + k] != w { ok = false; break }
            guard ok else { continue }
            var j = start + word.count
            if j < end, t[j] == " " { j += 1 }
            guard j < end, isDigit(t[j]) else { continue }
            while j < end, isDigit(t[j]) { j += 1 }
            if j == end || t[j] == " " || t[j] == "." || t[j] == ")" || t[j] == "]" { return ending != .continues }
        }
        if first == "제", start + 1 < end, isDigit(t[start + 1]) {
            var j = start + 1
            while j < end, isDigit(t[j]) { j += 1 }
            if j < end, t[j] == "장" || t[j] == "절" || t[j] == "편" || t[j] == "부" {
                return j + 1 == end || t[j + 1] == " "
            }
        }
        return false
    }

    /// A parenthesized label that opens an item: `(차세대원자력) i-SMR…`, `(전략투자) 11대 분야…`.
    /// Letters only (no digits or quotes, so `('24.12월) 등` and `(주)` are not labels), then a space.
    static func labelEnd(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard i < end, t[i] == "(" else { return nil }
        var j = i + 1
        var letters = 0
        while j < end, t[j] != ")" {
            let s = t[j]
            if KoreanEndings.isHangul(s) || isLatin(s) || (s.value >= 0x4E00 && s.value <= 0x9FFF) {
                letters += 1
            } else if s != " " && s != "·" && s != "/" && s != "&" && s != "+" {
                return nil
            }
            j += 1
            if j - i > 14 { return nil }
        }
        guard j < end, letters >= 2, j + 1 < end, t[j + 1] == " " else { return nil }
        return j + 1
    }
}
