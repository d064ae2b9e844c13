import SourceText
import Segment

/// Bare numbers in table rows whose unit is given by a column header
/// (`총 투자규모(억원)`, `(백만원)`, `지원 과제수`, `(명)`) or by a caption above the table
/// (`(단위: 억원)`). A table is a run of consecutive row lines (`TableLayout`: cells apart by tabs,
/// bars or wide spacing; rule lines); a blank line or a line of text ends it. The header of a data row is the nearest row above it (in the same table) without
/// numeric cells; a multi-row header is read from the nearest row up.
struct TableCell {
    enum Column: Equatable {
        /// A money column: the cell is multiplied by 10^exponent.
        case money(currency: String, exponent: Int)
        case count(unit: String, item: String?)
        /// A share or a rate of change in percent (`구성비`, `증감률`, `비중(%)`).
        case percent
    }

    var range: Range<Int>
    var number: ExactDecimal
    var column: Column
    /// The first non-numeric cell of the row (`AI 팩토리`).
    var rowLabel: String? = nil
    /// The header cell above, without its unit (`'25년 투자규모` for `'25년 투자규모(억원)`).
    var columnLabel: String? = nil
    /// The year the column header names (`'25년 투자규모`, `2025`), ISO 8601.
    var date: String? = nil
}

enum TableFigures {
    static let unitMarker = Array("단위".unicodeScalars)

    static func cells(in t: FigureText) -> [TableCell] {
        let s = t.s
        var out: [TableCell] = []
        var lines: [Range<Int>] = []
        var start = 0
        var block: [(line: Range<Int>, separator: TableLayout.Separator?)] = []
        var blockFirstLine = 0

        func flush() {
            if !block.isEmpty {
                out.append(contentsOf: readTable(block, captionLines: lines[Swift.max(0, blockFirstLine - 4)..<blockFirstLine], t))
                block.removeAll()
            }
        }

        var i = 0
        // A tab, a bar or two spaces in a row on the line so far: without any, the line is no row
        // (`TableLayout.separator` would say so after reading it again).
        var mayBeRow = false
        while i <= t.end {
            if i < t.end, s[i] != "\n" {
                let c = s[i]
                if c == "\t" || TableLayout.isBar(c) || (c == " " && i > start && s[i - 1] == " ") { mayBeRow = true }
                i += 1
                continue
            }
            let line = start..<i
            lines.append(line)
            let separator = mayBeRow ? TableLayout.separator(s, line) : nil
            mayBeRow = false
            if separator != nil || TableLayout.isRule(s, line) {
                if block.isEmpty { blockFirstLine = lines.count - 1 }
                block.append((line, separator))
            } else {
                flush()
            }
            start = i + 1
            i += 1
        }
        flush()
        return out
    }


    /// A cell that is one number and nothing else: `1,516`, `3.5`, `△12` or `∆12` (minus, the
    /// budget convention), `-12`. `044-203-4510` and `'25` are not.
    static func cellNumber(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> ExactDecimal? {
        guard !r.isEmpty else { return nil }
        var i = r.lowerBound
        var negative = false
        switch s[i] {
        case "△", "▽", "∆", "-", "−": negative = true; i += 1
        case "+": i += 1
        default: break
        }
        while i < r.upperBound, s[i] == " " { i += 1 }
        guard i < r.upperBound, FigureScalars.isDigit(s[i]) else { return nil }
        // `007`: a code, not a figure.
        if s[i] == "0", i + 1 < r.upperBound, FigureScalars.isDigit(s[i + 1]) { return nil }
        guard case .value(let v, let e) = KoreanNumerals.parseArabic(s, at: i, end: r.upperBound), e == r.upperBound else {
            return nil
        }
        return negative ? v.negated : v
    }

    /// `2024`: four digits, 1950–2100, no comma.
    static func isYear(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard r.count == 4, s[r].allSatisfy(FigureScalars.isDigit) else { return false }
        var v = 0
        for c in s[r] { v = v * 10 + Int(c.value - 0x30) }
        return v >= 1950 && v <= 2100
    }

    static func isParenthesizedNumber(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        r.count >= 3 && s[r.lowerBound] == "(" && s[r.upperBound - 1] == ")"
            && cellNumber((r.lowerBound + 1)..<(r.upperBound - 1), s) != nil
    }

    static func isNumericCell(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool { cellNumber(r, s) != nil }

    static func readTable(_ rows: [(line: Range<Int>, separator: TableLayout.Separator?)],
                          captionLines: ArraySlice<Range<Int>>, _ t: FigureText) -> [TableCell] {
        let s = t.s
        var out: [TableCell] = []
        // A unit for the whole table, from a caption line or a row that says `단위`.
        var tableUnit: TableCell.Column? = nil
        var captionCount: TableCell.Column? = nil
        // Caption lines end at another table above.
        for line in captionLines.reversed() where !line.isEmpty {
            if TableLayout.separator(s, line) != nil { break }
            if let u = unitAfterMarker(line, s) { tableUnit = u; captionCount = Self.captionCount(line, s); break }
        }
        var headers: [[Range<Int>]] = []
        var pendingShift: [Int] = []
        var previousWasHeader = true
        for (row, separator) in rows {
            guard let separator else { continue }     // a rule line
            let cells = TableLayout.cells(s, row, separator)
            var numeric = cells.map { isNumericCell($0, s) }
            // `구분\t2024\t2025` at the top of a table: years naming the columns.
            if previousWasHeader, numeric.contains(true),
               zip(cells, numeric).allSatisfy({ !$0.1 || isYear($0.0, s) }) {
                numeric = numeric.map { _ in false }
            }
            // `(17.2)  (17.7)`: a sub-row of figures in parentheses (`(교부금 제외)`) names no column.
            if !numeric.contains(true), cells.contains(where: { isParenthesizedNumber($0, s) }) { continue }
            previousWasHeader = !numeric.contains(true)
            if !numeric.contains(true) {
                if let u = unitAfterMarker(row, s) {
                    tableUnit = u
                    if cells.filter({ !$0.isEmpty }).count <= 1 { continue }
                }
                // A lower header row whose first column was merged into the row above (`구분`
                // spanning two rows) has lost that cell: `예산액 | 구성비 | 예산액 | 구성비`.
                if !headers.isEmpty, let first = cells.first, !first.isEmpty, let top = headers.first?.first,
                   !top.isEmpty, isLabelHeader(top, s) {
                    var shifted = cells
                    shifted.insert(first.lowerBound..<first.lowerBound, at: 0)
                    pendingShift.append(headers.count)
                    headers.append(shifted)
                } else {
                    headers.append(cells)
                }
                continue
            }
            // Undo a shift that the data rows do not bear out (as many cells as the header).
            for h in pendingShift where h < headers.count {
                let written = headers[h].dropFirst().lastIndex(where: { !$0.isEmpty }).map { $0 } ?? 0
                let data = cells.lastIndex(where: { !$0.isEmpty }) ?? 0
                if written > data { headers[h].removeFirst() }
            }
            pendingShift.removeAll()
            let rowLabel = zip(cells, numeric).first(where: { !$0.1 && !$0.0.isEmpty }).map { label($0.0, s) }
            for (c, cell) in cells.enumerated() where numeric[c] {
                guard let number = cellNumber(cell, s) else { continue }
                guard let column = column(c, headers: headers, tableUnit: tableUnit, captionCount: captionCount, s)
                else { continue }
                let header = headerCell(c, headers: headers)
                let columnLabel = header.map { label($0, s) }
                out.append(TableCell(range: cell, number: number, column: column, rowLabel: rowLabel,
                                     columnLabel: columnLabel, date: header.flatMap { year(of: $0, s) }))
            }
        }
        return out
    }

    /// The header cell of column `c`: the nearest header row with a cell there (a merged cell
    /// `예산(억원)\t\t` spans to the right).
    static func headerCell(_ c: Int, headers: [[Range<Int>]]) -> Range<Int>? {
        for header in headers.reversed() {
            if let cell = resolvedCell(c, in: header) { return cell }
        }
        return nil
    }

    /// Column `c`'s cell in one header row, a merged cell spanning from the left included.
    static func resolvedCell(_ c: Int, in header: [Range<Int>]) -> Range<Int>? {
        guard c < header.count else { return nil }
        if !header[c].isEmpty { return header[c] }
        var k = c - 1
        while k > 0, header[k].isEmpty { k -= 1 }
        return k >= 1 && k < c ? header[k] : nil
    }

    /// A cell as a label: its text without a trailing unit in parentheses (`총 투자규모(억원)` →
    /// `총 투자규모`); a cell that is only a unit stays as written.
    static func label(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> String {
        var hi = r.upperBound
        if hi > r.lowerBound, s[hi - 1] == ")" {
            var open = hi - 1
            while open > r.lowerBound, s[open] != "(" { open -= 1 }
            if s[open] == "(", open > r.lowerBound, headerUnit(open..<hi, s) != nil || markerEnd((open + 1)..<(hi - 1), s) != nil {
                hi = open
                while hi > r.lowerBound, s[hi - 1] == " " { hi -= 1 }
            }
        }
        // `합  계`, `구  분`: a letter-spaced label reads with one space.
        var scalars: [Unicode.Scalar] = []
        for k in r.lowerBound..<hi where !(s[k] == " " && scalars.last == " ") { scalars.append(s[k]) }
        return String(scalars: scalars[...])
    }

    /// `'25년 투자규모` → 2025; `2024` → 2024.
    static func year(of r: Range<Int>, _ s: [Unicode.Scalar]) -> String? {
        if isYear(r, s) { return KoreanNumerals.text(s, r) }
        // `2024예산(A)`, `2023결산`, `2025예산안(B)`: a budget column of that year.
        if r.count > 4, isYear(r.lowerBound..<(r.lowerBound + 4), s),
           budgetColumnWords.contains(where: { FigureScalars.has(s, at: r.lowerBound + 4, end: r.upperBound, $0) }) {
            return KoreanNumerals.text(s, r.lowerBound..<(r.lowerBound + 4))
        }
        return FigureYears.token(s, at: r.lowerBound, end: r.upperBound)?.0
    }

    /// The meaning of column `c` from the header rows above (nearest first), else the table unit.
    static func column(_ c: Int, headers: [[Range<Int>]], tableUnit: TableCell.Column?,
                       captionCount: TableCell.Column? = nil, _ s: [Unicode.Scalar]) -> TableCell.Column? {
        var label = false
        for header in headers.reversed() {
            // A merged header cell spans to the right: `예산(억원)\t\t`.
            guard let cell = resolvedCell(c, in: header) else { continue }
            if let u = headerUnit(cell, s) { return u }
            // Only a header written over the column itself: a merged cell (`구성비` spanning to the
            // right over `특별회계`'s amounts) is too loose a guide for a unit.
            if c < header.count, header[c] == cell, contains(cell, percentWords, s) { return .percent }
            if isLabelHeader(cell, s) { label = true }
        }
        if label || c == 0 { return nil }
        if case .money = tableUnit {
            // `(단위: 억원, 개)`: a column whose headers name no amount holds the count (`예산` over
            // `2025년 | 2026년` names it for both years).
            if let count = captionCount, let header = headerCell(c, headers: headers),
               !headers.contains(where: { row in resolvedCell(c, in: row).map { contains($0, moneyWords, s) } ?? false }),
               case .count(let unit, _) = count {
                return .count(unit: unit, item: lastWord(header, s))
            }
            return tableUnit
        }
        return nil
    }

    /// Words glued after a year in a budget table's column header (`2024예산`, `2023결산`).
    static let budgetColumnWords: [[Unicode.Scalar]] = ["예산", "결산", "본예산", "추경", "실적", "계획", "정부안"]
        .map { Array($0.unicodeScalars) }

    /// Header words of an amount column (`'24 예산`, `사업비`, `증감`).
    static let moneyWords: [[Unicode.Scalar]] = ["예산", "금액", "액", "사업비", "비용", "투자", "증감", "계", "국비",
                                                  "지방비", "결산", "원"].map { Array($0.unicodeScalars) }

    /// Whether one of `words` occurs anywhere inside `r`.
    static func contains(_ r: Range<Int>, _ words: [[Unicode.Scalar]], _ s: [Unicode.Scalar]) -> Bool {
        for w in words {
            var k = r.lowerBound
            while k + w.count <= r.upperBound {
                if FigureScalars.has(s, at: k, end: r.upperBound, w) { return true }
                k += 1
            }
        }
        return false
    }

    // MARK: - Header words

    static let ratioWords: [[Unicode.Scalar]] = ["율", "률", "비중", "비율", "구성비", "%", "증감률", "연도", "년도", "순위", "번호",
                                                  "코드", "구분", "분야", "기간", "연월", "일자", "점수"]
        .map { Array($0.unicodeScalars) }

    /// Header words of a column in percent: a share (`구성비`, `비중`) or a rate of change (`증감률`).
    static let percentWords: [[Unicode.Scalar]] = ["%", "구성비", "비중", "비율", "증감률", "증감율", "증가율", "감소율"]
        .map { Array($0.unicodeScalars) }

    static func isLabelHeader(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        contains(r, ratioWords, s)
    }

    /// Words ending in `수` that are not a number of things.
    static let notCounts: Set<String> = ["지수", "점수", "계수", "일수", "변수", "함수", "배수", "호수", "인수", "감수", "접수",
                                        "수수", "정수", "상수", "교수", "연수", "보수", "세수", "평균수", "분수", "횟수"]

    /// People counted: the counter is `명`.
    static let personNouns: [[Unicode.Scalar]] = ["인원", "인력", "학생", "참여자", "인재", "연구자", "연구원", "종사자",
                                                   "직원", "근로자", "고용", "채용", "수혜자", "수강생", "졸업생", "교원"]
        .map { Array($0.unicodeScalars) }

    /// `총 투자규모(억원)` → money ×10^8; `(개)` → count; `지원 과제수` → count of 과제.
    static func headerUnit(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> TableCell.Column? {
        // A parenthesized unit.
        var k = r.lowerBound
        while k < r.upperBound {
            if s[k] == "(" {
                var e = k + 1
                while e < r.upperBound, s[e] != ")" { e += 1 }
                if e < r.upperBound {
                    var inner = (k + 1)..<e
                    if let m = markerEnd(inner, s) { inner = m..<e }
                    if let u = unitExpression(inner, s) {
                        if case .count(let unit, _) = u {
                            return .count(unit: unit, item: lastWord(r.lowerBound..<k, s))
                        }
                        return u
                    }
                }
                k = e
            }
            k += 1
        }
        // `과제수`, `과제 수`, `기업수`: a number of things.
        var e = r.upperBound
        while e > r.lowerBound, s[e - 1] == " " { e -= 1 }
        if e > r.lowerBound, s[e - 1] == "수", let whole = lastWord(r.lowerBound..<e, s),
           !notCounts.contains(whole), !notCounts.contains(where: { $0.unicodeScalars.count > 2 && whole.hasSuffix($0) }) {
            var b = e - 1
            while b > r.lowerBound, s[b - 1] == " " { b -= 1 }
            guard let noun = lastWord(r.lowerBound..<b, s), !noun.isEmpty else { return nil }
            let nounScalars = Array(noun.unicodeScalars)
            let person = personNouns.contains { w in
                nounScalars.count >= w.count && Array(nounScalars.suffix(w.count)) == w
            } || nounScalars.last == "자"
            return .count(unit: person ? "명" : "개", item: noun)
        }
        return nil
    }

    /// After `단위` and an optional colon: the position where the unit starts.
    static func markerEnd(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        var k = r.lowerBound
        while k < r.upperBound, s[k] == " " { k += 1 }
        guard FigureScalars.has(s, at: k, end: r.upperBound, unitMarker) else { return nil }
        k += unitMarker.count
        while k < r.upperBound, s[k] == " " || s[k] == ":" { k += 1 }
        return k
    }

    /// `(단위: 억원)` or `단위 : 백만원` anywhere in a line.
    static func unitAfterMarker(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> TableCell.Column? {
        unitsAfterMarker(line, s).first
    }

    /// The units a caption lists, in order: `(단위: 억원, 개)` → 억원, 개; `(단위: 백만원, %)` → 백만원.
    static func unitsAfterMarker(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> [TableCell.Column] {
        var k = line.lowerBound
        while k + unitMarker.count <= line.upperBound {
            if FigureScalars.has(s, at: k, end: line.upperBound, unitMarker), let m = markerEnd(k..<line.upperBound, s) {
                var units: [TableCell.Column] = []
                var a = m
                while a < line.upperBound {
                    var e = a
                    while e < line.upperBound, s[e] != ")" && s[e] != "," && s[e] != "]" && s[e] != "\t" { e += 1 }
                    if let u = unitExpression(a..<e, s) { units.append(u) } else if units.isEmpty { break }
                    guard e < line.upperBound, s[e] == "," else { break }
                    a = e + 1
                }
                if !units.isEmpty { return units }
            }
            k += 1
        }
        return []
    }

    /// A count unit a caption lists after a money unit (`(단위: 억원, 개)`): the unit of the
    /// columns whose header names no amount.
    static func captionCount(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> TableCell.Column? {
        let units = unitsAfterMarker(line, s)
        guard case .money = units.first else { return nil }
        return units.first { if case .count = $0 { return true } else { return false } }
    }

    /// `억원`, `백만원`, `천원`, `원`, `억 달러`, `백만 달러`, `개`, `명`, `건`.
    static func unitExpression(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> TableCell.Column? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, s[lo] == " " { lo += 1 }
        while hi > lo, s[hi - 1] == " " { hi -= 1 }
        guard lo < hi else { return nil }
        // Multiplier words, then a currency word.
        var exponent = 0
        var k = lo
        var lastSmall = 4
        var lastBig = Int.max
        while k < hi {
            if let e = KoreanNumerals.multiplier(s[k]), e < lastSmall, lastBig == Int.max {
                exponent += e; lastSmall = e; k += 1; continue
            }
            if let e = KoreanNumerals.bigScale(s[k]), e < lastBig {
                exponent += e; lastBig = e; k += 1; continue
            }
            break
        }
        while k < hi, s[k] == " " { k += 1 }
        if let w = MoneyRules.currencyWords.longest(s, at: k, end: hi), k + w.word.count == hi,
           case .currency(let code) = w.payload.kind {
            return .money(currency: code, exponent: exponent)
        }
        if exponent == 0, let w = CountRules.counters.longest(s, at: lo, end: hi), lo + w.word.count == hi {
            return .count(unit: w.text, item: nil)
        }
        return nil
    }

    /// The last space-separated word of a range (`지원 과제` → `과제`), or nil.
    static func lastWord(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> String? {
        var hi = r.upperBound
        while hi > r.lowerBound, s[hi - 1] == " " { hi -= 1 }
        var lo = hi
        while lo > r.lowerBound, s[lo - 1] != " " { lo -= 1 }
        guard lo < hi else { return nil }
        return String(scalars: s[lo..<hi])
    }
}
