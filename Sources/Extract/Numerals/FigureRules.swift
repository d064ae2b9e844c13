/// A tiny rule engine for figures, in the spirit of Duckling's `Rules.hs`: a rule is a name, a
/// pattern (a sequence of pieces: a number, a word from a lexicon, a gap, a literal) and a small
/// function that builds the value from what the pattern matched. The extractors scan the document
/// once, try their rules where a number can begin, and keep the longest matches.

/// What a unit word means.
struct UnitInfo: Sendable {
    enum Kind: Sendable {
        /// A currency word or symbol (`원`, `달러`, `US$`); ISO 4217 code.
        case currency(String)
        /// A counter word (`개`, `곳`, `명`, `대`…); `gapAllowed`: may stand after a space (`1만 명`).
        case counter(gapAllowed: Bool)
        /// An English scale word after an amount (`$1.5 billion`): the power of ten.
        case englishScale(Int)
        /// A word that makes a number something other than money or a count (`년`, `배`, `%`).
        case measure
    }

    let kind: Kind
}

enum FigurePiece: Sendable {
    /// A number (Arabic, mixed or, when `hangul` is set, Hangul numerals).
    case number(hangul: Bool)
    /// At most `n` spaces (a joinable line break counts as one).
    case gap(Int)
    /// Exactly these scalars (`~`).
    case literal([Unicode.Scalar])
    /// One word of the lexicon, standing as a word of its own (`원`, not the `원` of `원전`).
    case word(FigureLexicon<UnitInfo>)
    /// One word of the lexicon that must not be glued to an ASCII letter (`USD`, `$`).
    case symbol(FigureLexicon<UnitInfo>)
    /// The piece, or nothing.
    indirect case optional(FigurePiece)
    /// The pieces in order, all or nothing (inside `optional`).
    case sequence([FigurePiece])
}

/// What one piece matched.
enum FigureToken {
    case number(KoreanNumber)
    case word(range: Range<Int>, text: String, info: UnitInfo)
    case literal(Range<Int>)
}

/// A pattern that matched at a position: the tokens in order and the scalars covered.
struct FigureMatch {
    var range: Range<Int>
    var tokens: [FigureToken]

    /// The numbers matched, in order. A view of `tokens`, not an array: the rules ask for them on
    /// every match, and building an array each time cost an allocation per match.
    var numbers: TokenView<KoreanNumber> { TokenView(tokens, FigureToken.number) }

    /// The words matched, in order (a view of `tokens`, like `numbers`).
    var words: TokenView<FigureToken.Word> { TokenView(tokens, FigureToken.word) }

    /// The tokens `pick` takes, in order, read in place.
    struct TokenView<Element>: RandomAccessCollection {
        let tokens: [FigureToken]
        let pick: (FigureToken) -> Element?
        let endIndex: Int
        var startIndex: Int { 0 }

        init(_ tokens: [FigureToken], _ pick: @escaping (FigureToken) -> Element?) {
            self.tokens = tokens
            self.pick = pick
            var n = 0
            for t in tokens where pick(t) != nil { n += 1 }
            endIndex = n
        }

        /// The `k`th picked token: patterns have a handful of tokens, so counting beats an index table.
        subscript(k: Int) -> Element {
            var seen = 0
            for t in tokens {
                guard let e = pick(t) else { continue }
                if seen == k { return e }
                seen += 1
            }
            preconditionFailure("token \(k) of \(endIndex)")
        }
    }
}

extension FigureToken {
    typealias Word = (range: Range<Int>, text: String, info: UnitInfo)

    static func number(_ t: FigureToken) -> KoreanNumber? {
        if case .number(let n) = t { return n } else { return nil }
    }

    static func word(_ t: FigureToken) -> Word? {
        if case .word(let r, let text, let info) = t { return (r, text, info) } else { return nil }
    }
}

/// What a rule's builder says about a match.
enum FigureOutcome<Value> {
    case value(Value)
    /// The pattern matched but cannot be read exactly: nothing may be read inside it either.
    case block
    /// Not this rule after all.
    case reject
}

struct FigureRule<Value>: @unchecked Sendable {
    let name: String
    let pattern: [FigurePiece]
    let build: (FigureMatch, FigureText) -> FigureOutcome<Value>
}

/// A candidate found by a rule, before overlaps are settled.
struct FigureCandidate<Value> {
    var range: Range<Int>
    /// nil: a blocker (matched, means nothing, hides what is inside it).
    var value: Value?
    var rule: String
}

/// Numbers read while the rules of a scan are tried at one position, by where they start: nearly
/// every rule opens with a number at that position, and reading it again for each rule (and
/// allocating its tokens) cost more than matching the rules. Reading a number depends only on the
/// text and the position, so a remembered reading is the same reading.
struct NumberMemo {
    private var starts: [Int] = []
    private var readings: [NumeralScan] = []

    mutating func removeAll() {
        // From the end, as the tokens are (see `FigureMatcher.match`).
        while starts.popLast() != nil {}
        while readings.popLast() != nil {}
    }

    mutating func parse(_ t: FigureText, at i: Int) -> NumeralScan {
        if let k = starts.firstIndex(of: i) { return readings[k] }
        let reading = KoreanNumerals.parse(t, at: i)
        starts.append(i)
        readings.append(reading)
        return reading
    }
}

enum FigureMatcher {
    /// Matches `pattern` at `start`; a malformed number inside the pattern is returned as a block.
    /// `tokens` is scratch space (emptied here, its capacity kept) and `numbers` the numbers already
    /// read at this start, both shared by the rules tried at one position.
    static func match(_ pattern: [FigurePiece], in t: FigureText, at start: Int,
                      tokens: inout [FigureToken], numbers: inout NumberMemo) -> MatchResult {
        // Emptied from the end: `removeAll(keepingCapacity:)` took the generic range-replacing path
        // for these few tokens at every try.
        while tokens.popLast() != nil {}
        var i = start
        switch matchPieces(pattern[...], in: t, at: &i, tokens: &tokens, numbers: &numbers) {
        case .ok:
            // Trailing gaps are not part of the match.
            var e = i
            while e > start, FigureScalars.isWhite(t.s[e - 1]) { e -= 1 }
            return .matched(FigureMatch(range: start..<e, tokens: tokens))
        case .fail:
            return .none
        case .malformed(let r):
            return .malformed(r)
        }
    }

    enum MatchResult {
        case matched(FigureMatch)
        case malformed(Range<Int>)
        case none
    }

    private enum Step { case ok, fail, malformed(Range<Int>) }

    private static func matchPieces(_ pieces: ArraySlice<FigurePiece>, in t: FigureText, at i: inout Int,
                                    tokens: inout [FigureToken], numbers: inout NumberMemo) -> Step {
        // By index: `for piece in pieces` copied each piece (retaining its words) per try.
        for k in pieces.indices {
            switch matchPiece(pieces[k], in: t, at: &i, tokens: &tokens, numbers: &numbers) {
            case .ok: continue
            case let other: return other
            }
        }
        return .ok
    }

    private static func matchPiece(_ piece: FigurePiece, in t: FigureText, at i: inout Int,
                                   tokens: inout [FigureToken], numbers: inout NumberMemo) -> Step {
        let s = t.s
        switch piece {
        case .number(let hangul):
            guard i < t.end else { return .fail }
            let startsHere = FigureScalars.isDigit(s[i]) || (hangul && KoreanNumerals.isHangulNumeral(s[i]))
            guard startsHere else { return .fail }
            switch numbers.parse(t, at: i) {
            case .none: return .fail
            case .malformed(let r): return .malformed(r)
            case .number(let n):
                if !hangul && !n.hasArabic { return .fail }
                tokens.append(.number(n))
                i = n.range.upperBound
                return .ok
            }
        case .gap(let n):
            i = t.skipGap(i, maxSpaces: n)
            return .ok
        case .literal(let word):
            guard FigureScalars.has(s, at: i, end: t.end, word) else { return .fail }
            tokens.append(.literal(i..<(i + word.count)))
            i += word.count
            return .ok
        case .word(let lexicon):
            guard let e = lexicon.firstMatch(s, at: i, end: t.end, where: { FigureBoundary.isEnd(s, at: i + $0.word.count, end: t.end) })
            else { return .fail }
            tokens.append(.word(range: i..<(i + e.word.count), text: e.text, info: e.payload))
            i += e.word.count
            return .ok
        case .symbol(let lexicon):
            if i > 0, FigureScalars.isASCIILetter(s[i - 1]) { return .fail }
            let symbol = lexicon.firstMatch(s, at: i, end: t.end) { e in
                let after = i + e.word.count
                return !(FigureScalars.isASCIILetter(e.word[e.word.count - 1]) && after < t.end && FigureScalars.isASCIILetter(s[after]))
            }
            guard let e = symbol else { return .fail }
            let after = i + e.word.count
            tokens.append(.word(range: i..<after, text: e.text, info: e.payload))
            i = after
            return .ok
        case .optional(let inner):
            var j = i
            var extra: [FigureToken] = []
            if case .ok = matchPiece(inner, in: t, at: &j, tokens: &extra, numbers: &numbers) {
                i = j
                tokens.append(contentsOf: extra)
            }
            return .ok
        case .sequence(let inner):
            return matchPieces(inner[...], in: t, at: &i, tokens: &tokens, numbers: &numbers)
        }
    }

    /// Longest candidates win; on equal length a blocker wins, then the earlier rule; the result is
    /// sorted and blockers are dropped. Linear apart from sorting: candidates are settled per
    /// cluster of overlapping spans (clusters never interact), and clusters are small.
    static func resolve<Value>(_ candidates: [FigureCandidate<Value>]) -> [FigureCandidate<Value>] {
        let byStart = candidates.indices.sorted { a, b in
            let ra = candidates[a].range, rb = candidates[b].range
            return ra.lowerBound != rb.lowerBound ? ra.lowerBound < rb.lowerBound : a < b
        }
        var out: [FigureCandidate<Value>] = []
        var i = 0
        while i < byStart.count {
            var j = i + 1
            var clusterEnd = candidates[byStart[i]].range.upperBound
            while j < byStart.count, candidates[byStart[j]].range.lowerBound < clusterEnd {
                clusterEnd = Swift.max(clusterEnd, candidates[byStart[j]].range.upperBound)
                j += 1
            }
            if j == i + 1 {
                if candidates[byStart[i]].value != nil { out.append(candidates[byStart[i]]) }
            } else {
                let ranked = byStart[i..<j].sorted { a, b in
                    let ca = candidates[a], cb = candidates[b]
                    if ca.range.count != cb.range.count { return ca.range.count > cb.range.count }
                    let ab = ca.value == nil, bb = cb.value == nil
                    if ab != bb { return ab }
                    return a < b
                }
                var kept: [Int] = []
                for k in ranked where !kept.contains(where: { candidates[$0].range.overlaps(candidates[k].range) }) {
                    kept.append(k)
                }
                for k in kept.sorted(by: { candidates[$0].range.lowerBound < candidates[$1].range.lowerBound })
                where candidates[k].value != nil {
                    out.append(candidates[k])
                }
            }
            i = j
        }
        return out
    }

    /// `∆` (U+2206, INCREMENT) stands for `△` in text typed on web pages (`∆155`, `∆34.47%`).
    static let signMarkers: Set<Unicode.Scalar> = ["△", "▲", "▽", "▼", "∆"]

    /// `signMarkers` as a switch: asked at every scalar, where hashing cost more than the scan.
    @inline(__always)
    static func isSignMarker(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "△", "▲", "▽", "▼", "∆": return true
        default: return false
        }
    }

    /// What the scalar a pattern starts at must be: the first test of its first piece, asked before
    /// the pattern is tried (a Hangul numeral or a currency symbol starts a handful of rules,
    /// a digit nearly all).
    enum FirstScalar {
        case digit
        case digitOrHangulNumeral
        case scalar(Unicode.Scalar)
        case any

        init(_ pattern: ArraySlice<FigurePiece>) {
            switch pattern.first {
            case .number(let hangul)?: self = hangul ? .digitOrHangulNumeral : .digit
            case .literal(let word)?: self = word.first.map { .scalar($0) } ?? .any
            case .sequence(let inner)?: self = FirstScalar(inner[...])
            default: self = .any
            }
        }

        @inline(__always)
        func admits(_ c: Unicode.Scalar) -> Bool {
            switch self {
            case .digit: return FigureScalars.isDigit(c)
            case .digitOrHangulNumeral: return FigureScalars.isDigit(c) || KoreanNumerals.isHangulNumeral(c)
            case .scalar(let first): return c == first
            case .any: return true
            }
        }
    }

    /// Where any scanner of figures may start: the union of the `startsAt` of money (which takes
    /// every start of counts: a number or `제`), percentages and ratios (a number). A scanner
    /// whose `startsAt` holds elsewhere must be added here.
    @inline(__always)
    static func mayStart(_ t: FigureText, _ i: Int) -> Bool {
        MoneyRules.startsAt(t, i) || CountRules.startsAt(t, i) || PercentRules.startsAt(t, i)
    }

    /// The positions of `t` where `mayStart` holds, in order.
    static func starts(in t: FigureText) -> [Int] {
        var out: [Int] = []
        for i in 0..<t.end where mayStart(t, i) { out.append(i) }
        return out
    }

    /// Runs `rules` wherever a number (or a currency symbol, `제`…) may begin (`startsAt`, asked
    /// at `t.figureStarts` only). Inlined into each extractor so that its `startsAt` is a direct
    /// call, not a closure's.
    @inline(__always)
    static func scan<Value>(_ t: FigureText, rules: [FigureRule<Value>], startsAt: (FigureText, Int) -> Bool)
        -> [FigureCandidate<Value>] {
        var out: [FigureCandidate<Value>] = []
        var tokens: [FigureToken] = []
        tokens.reserveCapacity(8)
        var numbers = NumberMemo()
        let firsts = rules.map { FirstScalar($0.pattern[...]) }
        for i in t.figureStarts {
            // `△1,234억원`: a decrease (minus) in budget prose, or a news bullet? The sign cannot be
            // told, so the figure is not read (table cells read `△` as minus, see TableFigures).
            // Asked after `startsAt` (both only read the text), which most scalars fail at once.
            if startsAt(t, i), i == 0 || !isSignMarker(t.s[i - 1]) {
                numbers.removeAll()
                let c = t.s[i]
                // By index: a rule copied out per try (its name, pattern and closure retained and
                // released) cost more than most tries.
                for k in rules.indices where firsts[k].admits(c) {
                    switch match(rules[k].pattern, in: t, at: i, tokens: &tokens, numbers: &numbers) {
                    case .none:
                        continue
                    case .malformed(let r):
                        out.append(FigureCandidate(range: r, value: nil, rule: "blocked.malformed-number"))
                    case .matched(let m):
                        switch rules[k].build(m, t) {
                        case .value(let v): out.append(FigureCandidate(range: m.range, value: v, rule: rules[k].name))
                        case .block: out.append(FigureCandidate(range: m.range, value: nil, rule: rules[k].name))
                        case .reject: break
                        }
                    }
                }
            }
        }
        return out
    }
}

/// Words and rules both extractors share.
enum FigureLexicons {
    /// Ordinals: `제1차`, `제 72 회`, `제5조` (an article of a law, not 5 trillion won).
    static func ordinalBlocker<Value>() -> FigureRule<Value> {
        FigureRule(name: "blocked.ordinal", pattern: [.literal(["제"]), .gap(1), .number(hangul: false)]) { m, t in
            guard FigureBoundary.isStart(t.s, at: m.range.lowerBound) else { return .reject }
            return .block
        }
    }

    /// `31회째`, `1단계`, `3차`: ordinal suffixes after a number.
    static let ordinalSuffixes = FigureLexicon<UnitInfo>(
        ["차", "차년도", "단계", "번째", "째", "위", "호", "등", "기", "회째", "회차", "차례", "번"].map { ($0, UnitInfo(kind: .measure)) })

    /// Words after a number that make it neither money nor a count.
    static let measures = FigureLexicon<UnitInfo>([
        "년", "개년", "년간", "개월", "월", "일", "시", "시간", "분", "초", "주", "주년", "세", "살", "배", "%", "퍼센트",
        "톤", "t", "kg", "g", "km", "㎞", "m", "㎡", "평", "ha", "리터", "L", "kW", "MW", "GW", "kWh", "MWh", "GWh",
        "TWh", "W", "화소", "인치", "광년", "도", "℃", "bp", "p", "포인트", "위", "등", "차", "단계", "호", "번째",
        "인", "가지", "표", "석", "점", "권", "부", "장", "편", "뷰", "회분", "명분", "배럴", "대1", "대 1",
    ].map { ($0, UnitInfo(kind: .measure)) })
}
