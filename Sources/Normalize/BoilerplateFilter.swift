import SourceText

/// Finds the lines of a scraped page that are not the article: copyright and registration footers,
/// page markers (`- 3 -`), and the link lists that follow a section heading such as `주요 뉴스` or
/// `많이 본 뉴스` (headlines, tickers) up to the next line that reads like article prose.
///
/// Rules are about the shape of such lines, not about particular sites.
enum BoilerplateFilter {
    /// Headings that introduce lists of other articles or market data, never the article itself.
    static let listHeadings: [[Unicode.Scalar]] = [
        "주요뉴스", "많이본뉴스", "많이본기사", "관련기사", "관련뉴스", "인기기사", "인기뉴스", "최신기사",
        "최신뉴스", "추천기사", "추천뉴스", "실시간뉴스", "오늘의뉴스", "포토뉴스", "이시각주요뉴스",
        "핫뉴스", "헤드라인뉴스", "많이본", "랭킹뉴스", "실시간인기", "오늘의상승종목", "실시간암호화폐시세",
    ].map { Array($0.unicodeScalars) }
    static let longestHeading = listHeadings.map(\.count).max() ?? 0

    /// Fragments that only occur in footers.
    static let footerMarkers: [[Unicode.Scalar]] = [
        "allrightsreserved", "무단전재", "재배포금지", "재배포를금", "무단복제",
    ].map { Array($0.unicodeScalars) }
    static let footerPrefixes: [[Unicode.Scalar]] = ["copyright", "©", "ⓒ"].map { Array($0.unicodeScalars) }
    static let registration: [Unicode.Scalar] = Array("등록번호".unicodeScalars)
    static let registrationCompanions: [[Unicode.Scalar]] = ["발행인", "편집인", "등록일"].map { Array($0.unicodeScalars) }

    static func droppedLines(scalars: [Unicode.Scalar], lines: [Range<Int>]) -> [Int] {
        var dropped: [Int] = []
        var inList = false
        for (index, range) in lines.enumerated() where drops(scalars[range], inList: &inList) {
            dropped.append(index)
        }
        return dropped
    }

    /// Whether one line is dropped; `inList` carries the open headline list from line to line (a
    /// large document read piece by piece carries it across pieces).
    static func drops(_ line: ArraySlice<Unicode.Scalar>, inList: inout Bool) -> Bool {
        // The compact form lives in scratch memory (on the stack for all but very long lines):
        // an array per line cost an allocation for every line of the document.
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: line.count) { buffer in
            let n = compactLowercased(line, into: buffer)
            return drops(line, compact: UnsafeBufferPointer(rebasing: buffer[0..<n]), inList: &inList)
        }
    }

    private static func drops(_ line: ArraySlice<Unicode.Scalar>, compact: UnsafeBufferPointer<Unicode.Scalar>,
                              inList: inout Bool) -> Bool {
        if compact.isEmpty {
            return false
        }
        if isPageMarker(compact) || isFooter(compact) {
            return true
        }
        let heading = compact.drop(while: isHeadingBullet)
        if heading.count <= longestHeading, listHeadings.contains(where: { $0.elementsEqual(heading) }) {
            inList = true
            return true
        }
        if inList {
            // Items of the list (headlines, ticker rows) start with a bullet, whatever they end with.
            let first = compact.first!
            if isHeadingBullet(first) || first == "▲" || first == "△" {
                return true
            } else if readsLikeProse(line) {
                inList = false
            } else {
                return true
            }
        }
        return false
    }

    /// Bullets before a list heading (`• 주요뉴스`): `•·-*▶▷■□◆◇○●`. A switch: searching a
    /// string's scalars decoded its UTF-8 on every line.
    @inline(__always)
    private static func isHeadingBullet(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "•", "·", "-", "*", "▶", "▷", "■", "□", "◆", "◇", "○", "●": return true
        default: return false
        }
    }

    /// Lowercased, without spaces, written at the start of `buffer` (room for `line.count`);
    /// returns how many scalars were written.
    @inline(__always)
    private static func compactLowercased(_ line: ArraySlice<Unicode.Scalar>,
                                          into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var n = 0
        for s in line {
            let v = s.value
            if v >= 0x41 && v <= 0x5A {
                buffer.initializeElement(at: n, to: Unicode.Scalar(v + 0x20)!)
                n += 1
            } else if !isSpace(v) {
                buffer.initializeElement(at: n, to: s)
                n += 1
            }
        }
        return n
    }

    @inline(__always)
    private static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `- 3 -`, `-3-`, `— 12 —`.
    private static func isPageMarker(_ compact: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard compact.count >= 3, compact.first == "-", compact.last == "-" else { return false }
        let inner = compact.dropFirst().dropLast()
        return !inner.isEmpty && inner.count <= 4 && inner.allSatisfy { $0.properties.numericType == .decimal }
    }

    /// The first scalars of every fragment `isFooter` looks for anywhere in a line.
    static let fragmentFirsts = ScalarSet((footerMarkers + [registration] + registrationCompanions).map { $0[0] })

    /// One pass over the line, trying the fragments only where one of them can start (the line
    /// was searched once per fragment, seven passes for every line of a document).
    private static func isFooter(_ compact: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if footerPrefixes.contains(where: { compact.starts(with: $0) }) { return true }
        var registered = false, companion = false
        for i in compact.indices where fragmentFirsts.contains(compact[i]) {
            if footerMarkers.contains(where: { has(compact, at: i, $0) }) { return true }
            if !registered, has(compact, at: i, registration) { registered = true }
            if !companion, registrationCompanions.contains(where: { has(compact, at: i, $0) }) { companion = true }
        }
        return registered && companion
    }

    /// Whether `needle` is spelled at `i`.
    @inline(__always)
    private static func has(_ haystack: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ needle: [Unicode.Scalar]) -> Bool {
        guard haystack.count - i >= needle.count else { return false }
        for k in needle.indices where haystack[i + k] != needle[k] { return false }
        return true
    }

    /// A full sentence of prose: long enough and ending like a Korean declarative sentence.
    private static func readsLikeProse(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last.properties.isWhitespace || last == "\"" || last == "'" || last == ")" {
            trimmed = trimmed.dropLast()
        }
        guard trimmed.count >= 30 else { return false }
        let tail = String(String.UnicodeScalarView(trimmed.suffix(3)))
        return tail.hasSuffix("다.") || tail.hasSuffix("다") || tail.hasSuffix("요.")
    }
}
