@preconcurrency internal import CLibXML2

/// Reads the decoded original of an HTML page the way libxml2's HTML parser (2.9, recovery mode)
/// reads it: which `<` starts markup, how far markup reaches (tags with quoted attribute values,
/// comments, `<!DOCTYPE>`, `<?…>`, the raw contents of `<script>` and `<style>`), and which `&…`
/// is an entity. Everything works on `[Unicode.Scalar]` indices.
struct HTMLLexer {
    let src: [Unicode.Scalar]

    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// HTML "ASCII whitespace" as collapsed by rendering (NBSP is not).
    @inline(__always) static func isCollapsible(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0C
    }

    @inline(__always) private func lower(_ i: Int) -> UInt32 {
        let v = src[i].value
        return (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
    }

    /// Whether `src[i...]` starts with the ASCII text `word` (lowercase), ignoring case.
    private func hasPrefix(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= src.count else { return false }
        return word.withUTF8Buffer { buf in
            for k in 0..<n where lower(i + k) != UInt32(buf[k]) { return false }
            return true
        }
    }

    /// When `src[i]` is `<` and starts markup, the index just after that markup (for `<script>`
    /// and `<style>` start tags: after their raw contents, before the end tag); nil when libxml2
    /// reads this `<` as a character.
    func markupEnd(at i: Int) -> Int? {
        let n = src.count
        guard i + 1 < n else { return nil }
        let next = src[i + 1].value
        if next == 0x21 /* ! */ {
            if i + 3 < n, src[i + 2] == "-", src[i + 3] == "-" {
                var j = i + 4
                while j + 2 < n {
                    if src[j] == "-", src[j + 1] == "-", src[j + 2] == ">" { return j + 3 }
                    j += 1
                }
                return n  // an unterminated comment swallows the rest, as in libxml2
            }
            if hasPrefix("doctype", at: i + 2) { return skipTo(">", from: i + 2) }
            return nil
        }
        if next == 0x3F /* ? */ { return skipTo(">", from: i + 2) }
        if next == 0x2F /* / */ {
            guard i + 2 < n, Self.isASCIILetter(src[i + 2].value) else { return i + 2 }
            return skipTo(">", from: i + 2)
        }
        guard Self.isASCIILetter(next) else { return nil }
        // A start tag: the name, then attributes whose quoted values may hold `>`.
        var j = i + 1
        while j < n, !Self.isCollapsible(src[j].value), src[j] != ">", src[j] != "/" { j += 1 }
        let nameEnd = j
        var selfClosing = false
        while j < n {
            let c = src[j]
            if c == ">" {
                selfClosing = j > i + 1 && src[j - 1] == "/"
                j += 1
                break
            }
            if c == "=" {
                j += 1
                while j < n, Self.isCollapsible(src[j].value) { j += 1 }
                if j < n, src[j] == "\"" || src[j] == "'" {
                    let quote = src[j]
                    j += 1
                    while j < n, src[j] != quote { j += 1 }
                    if j < n { j += 1 }
                }
                continue
            }
            j += 1
        }
        if !selfClosing, let raw = rawTextName(i + 1, nameEnd) {
            return rawTextEnd(from: j, name: raw)
        }
        return j
    }

    /// Whether the markup at `i` is a start tag that ends a line or a cell, or the end tag of a
    /// paragraph, item or cell. (Other end tags are often stray in broken pages, and libxml2
    /// ignores a stray end tag.)
    func isSeparatingTag(at i: Int) -> Bool {
        var j = i + 1
        let isEnd = j < src.count && src[j] == "/"
        if isEnd { j += 1 }
        var name = ""
        while j < src.count, name.unicodeScalars.count < 12 {
            let v = src[j].value
            guard Self.isASCIILetter(v) || (v >= 0x30 && v <= 0x39) else { break }
            name.unicodeScalars.append(Unicode.Scalar(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)!)
            j += 1
        }
        if isEnd { return HTMLLexer.separatingEndTags.contains(name) }
        return !name.isEmpty && HTMLContent.separating.contains(name)
    }

    static let separatingEndTags: Set<String> = ["p", "li", "dd", "dt", "td", "th", "tr", "br"]

    private func skipTo(_ c: Unicode.Scalar, from i: Int) -> Int {
        var j = i
        while j < src.count, src[j] != c { j += 1 }
        return min(j + 1, src.count)
    }

    private func rawTextName(_ start: Int, _ end: Int) -> StaticString? {
        if end - start == 6, hasPrefix("script", at: start) { return "script" }
        if end - start == 5, hasPrefix("style", at: start) { return "style" }
        return nil
    }

    /// libxml2 in recovery mode ends a script or style at `</` followed by the element's name.
    private func rawTextEnd(from i: Int, name: StaticString) -> Int {
        var j = i
        while j + 1 < src.count {
            if src[j] == "<", src[j + 1] == "/", hasPrefix(name, at: j + 2) { return j }
            j += 1
        }
        return src.count
    }

    /// When `src[i]` is `&` and starts a reference libxml2 decodes: the index after it and the
    /// scalar it stands for (nil for a numeric reference libxml2 drops, such as `&#0;`).
    /// Named references need their `;` and must be known to libxml2; numeric ones may omit it.
    func entity(at i: Int) -> (end: Int, value: Unicode.Scalar?)? {
        let n = src.count
        guard i + 1 < n else { return nil }
        if src[i + 1] == "#" {
            var j = i + 2
            var hex = false
            if j < n, src[j] == "x" || src[j] == "X" { hex = true; j += 1 }
            var value: UInt32 = 0
            while j < n {
                let v = src[j].value
                let digit: UInt32
                if v >= 0x30 && v <= 0x39 { digit = v - 0x30 }
                else if hex, v >= 0x61 && v <= 0x66 { digit = v - 0x61 + 10 }
                else if hex, v >= 0x41 && v <= 0x46 { digit = v - 0x41 + 10 }
                else { break }
                value = min(value * (hex ? 16 : 10) + digit, 0x110000)
                j += 1
            }
            if j < n, src[j] == ";" { j += 1 }
            return (j, Self.isXMLChar(value) ? Unicode.Scalar(value) : nil)
        }
        // A name: a letter, `_` or `:`, then letters, digits, `.`, `-`, `_`, `:`.
        var j = i + 1
        guard Self.isASCIILetter(src[j].value) || src[j] == "_" || src[j] == ":" else { return nil }
        j += 1
        while j < n, j - i <= 32 {
            let v = src[j].value
            if Self.isASCIILetter(v) || (v >= 0x30 && v <= 0x39) || v == 0x2E || v == 0x2D || v == 0x5F || v == 0x3A {
                j += 1
            } else {
                break
            }
        }
        guard j < n, src[j] == ";" else { return nil }
        guard let value = Self.namedEntity(src[(i + 1)..<j]) else { return nil }
        return (j + 1, value)
    }

    @inline(__always) static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
            || (v >= 0x10000 && v <= 0x10FFFF)
    }

    /// The named references libxml2 knows (its HTML 4 table), asked of libxml2 itself.
    static func namedEntity(_ name: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.count + 1)
        for s in name { bytes.append(UInt8(truncatingIfNeeded: s.value)) }
        switch bytes {
        case [0x6E, 0x62, 0x73, 0x70]: return "\u{00A0}"  // nbsp
        case [0x61, 0x6D, 0x70]: return "&"
        case [0x6C, 0x74]: return "<"
        case [0x67, 0x74]: return ">"
        case [0x71, 0x75, 0x6F, 0x74]: return "\""
        default: break
        }
        bytes.append(0)
        guard let desc = htmlEntityLookup(bytes) else { return nil }
        return Unicode.Scalar(desc.pointee.value)
    }
}

/// Aligns the decoded text nodes libxml2 returns, in document order, against the original scalars
/// with one forward cursor: markup is skipped and entities decoded on the original side, so that
/// every text scalar gets the range of original scalars it came from (all of `&nbsp;` for the
/// NBSP it stands for, `\r\n` for a newline libxml2 normalized).
struct HTMLAligner {
    let lexer: HTMLLexer
    /// Original index just after the last aligned text.
    private(set) var cursor = 0
    /// How many non-space original characters the search for a node's start may pass (text that
    /// libxml2 dropped); beyond it the node is given up, not matched somewhere far away.
    static let maxSkippedText = 4096
    /// How many start positions the search may try in all for one node.
    static let maxCandidates = 1 << 16

    init(_ scalars: [Unicode.Scalar]) {
        lexer = HTMLLexer(src: scalars)
    }

    /// Aligns `text` at or after the cursor. On success appends one origin per scalar of `text`
    /// to `starts`/`ends` and moves the cursor past it; on failure leaves everything unchanged.
    mutating func align(_ text: [Unicode.Scalar], starts: inout [Int32], ends: inout [Int32]) -> Bool {
        guard !text.isEmpty else { return true }
        let src = lexer.src
        let n = src.count
        var s = cursor
        var skipped = 0
        var candidates = 0
        let first = text[0]
        while s < n, candidates < Self.maxCandidates {
            let c = src[s]
            if c == "<", let e = lexer.markupEnd(at: s) {
                s = e
                continue
            }
            candidates += 1
            if c == first || c == "&" || (c == "\r" && first == "\n") {
                let mark = starts.count
                if let end = match(text, from: s, starts: &starts, ends: &ends) {
                    cursor = end
                    return true
                }
                starts.removeSubrange(mark...)
                ends.removeSubrange(mark...)
            }
            // Move on by one visible unit.
            if c == "&", let (e, _) = lexer.entity(at: s) {
                s = e
                skipped += 1
            } else {
                if !HTMLLexer.isCollapsible(c.value) { skipped += 1 }
                s += 1
            }
            if skipped > Self.maxSkippedText { break }
        }
        return false
    }

    /// Matches all of `text` starting exactly at original index `start`; returns the end.
    private func match(_ text: [Unicode.Scalar], from start: Int, starts: inout [Int32], ends: inout [Int32]) -> Int? {
        let src = lexer.src
        let n = src.count
        var s = start
        var k = 0
        let m = text.count
        while k < m {
            guard s < n else { return nil }
            let c = src[s]
            let t = text[k]
            if c == "<" {
                if let e = lexer.markupEnd(at: s) {
                    // Markup inside one node: libxml2 merges text around tags it ignores.
                    s = e
                    continue
                }
                guard t == "<" else { return nil }
                starts.append(Int32(s)); ends.append(Int32(s + 1))
                s += 1; k += 1
                continue
            }
            if c == "&", let (e, value) = lexer.entity(at: s) {
                guard let value else { s = e; continue }  // a reference libxml2 drops
                if value == t {
                    starts.append(Int32(s)); ends.append(Int32(e))
                    s = e; k += 1
                    continue
                }
            }
            if c == t {
                starts.append(Int32(s)); ends.append(Int32(s + 1))
                s += 1; k += 1
                continue
            }
            if t == " ", c == "\0" {
                // NUL, given to libxml2 as a space.
                starts.append(Int32(s)); ends.append(Int32(s + 1))
                s += 1; k += 1
                continue
            }
            if t == "\n", c == "\r" {
                let e = s + 1 < n && src[s + 1] == "\n" ? s + 2 : s + 1
                starts.append(Int32(s)); ends.append(Int32(e))
                s = e; k += 1
                continue
            }
            return nil
        }
        return s
    }
}

extension HTMLFormat {
    /// What a stretch of original HTML shows as text: tags, comments and script/style contents
    /// removed (block-level and cell tags such as `<p>`, `<br>`, `<td>` read as a space), entities
    /// decoded, and each run of HTML whitespace (space, tab, CR, LF, FF; not NBSP) collapsed into
    /// one space, also across tags.
    ///
    /// The provenance rule for HTML: for every record, `TextNormalizer.normalize` of the visible
    /// text of its original bytes `[byteStart, byteEnd)` equals its `text` (for ranges within one
    /// line of the normalized text; line and cell breaks are synthetic).
    public static func visibleText(ofOriginal original: String) -> String {
        let lexer = HTMLLexer(src: Array(original.unicodeScalars))
        let src = lexer.src
        var out = String.UnicodeScalarView()
        var inSpace = false
        var i = 0
        @inline(__always) func put(_ s: Unicode.Scalar) {
            if HTMLLexer.isCollapsible(s.value) {
                if !inSpace { out.append(" "); inSpace = true }
            } else {
                out.append(s)
                inSpace = false
            }
        }
        while i < src.count {
            let c = src[i]
            if c == "<", let e = lexer.markupEnd(at: i) {
                if lexer.isSeparatingTag(at: i) { put(" ") }
                i = e
                continue
            }
            if c == "&", let (e, value) = lexer.entity(at: i) {
                if let value { put(value) }
                i = e
                continue
            }
            put(c)
            i += 1
        }
        return String(out)
    }
}
