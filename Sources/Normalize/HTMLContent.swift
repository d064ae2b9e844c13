@preconcurrency internal import CLibXML2
import SourceText

/// One parsed node, flattened in document order (pre-order). An element's subtree is the index
/// range `(index + 1)..<end`.
struct HTMLNode {
    var isText: Bool
    /// Lowercased element name; empty for text.
    var tag: String
    /// What the layout and the boilerplate rules ask about the element, looked up once from `tag`.
    var classes: TagClass = []
    var parent: Int32
    var end: Int32
    /// Text nodes: their scalars in `HTMLContent.texts` and, when aligned, their origins.
    var textStart: Int32 = 0
    var textCount: Int32 = 0
    var aligned = false
    /// Elements: class/id tokens mark page furniture.
    var furniture = false
    /// Table cells: the columns and rows the cell spans (`colspan`, `rowspan`), 1 to `maxSpan`.
    var colspan: UInt8 = 1
    var rowspan: UInt8 = 1
    // Statistics over the subtree.
    var chars: Int32 = 0       // non-space scalars of text
    var linkChars: Int32 = 0   // of which inside <a>
    var hasH1 = false
    var hasAnchor = false
    /// A heading (h1–h3) with text outside links somewhere in the subtree.
    var hasHeading = false
    /// A form control (input, textarea, select) somewhere in the subtree.
    var hasControl = false
    /// Copyright, registration or licence-notice text somewhere in the subtree.
    var hasFooterMarker = false
}

/// Main-content extraction and layout of a parsed HTML page; see `HTMLFormat`.
struct HTMLContent {
    let source: SourceFile
    let keepBoilerplate: Bool

    var nodes: [HTMLNode] = []
    var texts: [Unicode.Scalar] = []
    var textOriginStart: [Int32] = []
    var textOriginEnd: [Int32] = []

    var metadata = HTMLMetadata()
    var stats = HTMLStats()
    var output = NormalizedText()
    var droppedLines: [Int] = []

    init(source: SourceFile, keepBoilerplate: Bool) {
        self.source = source
        self.keepBoilerplate = keepBoilerplate
    }

    // MARK: - Element classes

    /// Never text: dropped even with `keepBoilerplate`.
    static let invisible: Set<String> = ["script", "style", "template", "head", "title", "meta", "link", "base"]
    /// Controls and embedded objects: dropped unless `keepBoilerplate`.
    static let controls: Set<String> = ["noscript", "svg", "iframe", "object", "embed", "canvas", "button", "select",
                                        "textarea", "input", "option", "optgroup", "datalist", "audio", "video", "map"]
    /// Page structure that is furniture unless it holds the article.
    static let furnitureElements: Set<String> = ["nav", "aside", "footer", "form", "header", "menu"]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "section", "article",
        "main", "blockquote", "figure", "figcaption", "address", "pre", "center", "hr", "caption", "details",
        "summary", "fieldset", "legend", "table", "thead", "tbody", "tfoot", "body", "html", "header", "footer",
        "nav", "aside", "form", "hgroup", "dir", "menu", "noscript",
    ]
    /// Elements whose link density is judged.
    static let densityJudged: Set<String> = [
        "div", "section", "ul", "ol", "dl", "li", "dd", "dt", "p", "table", "tbody", "tr", "td", "th",
        "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "form",
    ]
    /// Tags that end a line or separate cells: `HTMLFormat.visibleText` reads them as a space.
    /// (Not `html`/`body`: libxml2 ignores a repeated one, and the first precedes all text.)
    static let separating: Set<String> = blocks.union(["br", "tr", "td", "th", "thead", "tbody", "tfoot"])
        .subtracting(["html", "body"])
    /// class/id tokens of page furniture (compared after splitting on `-`, `_`, spaces and camelCase).
    static let furnitureTokens: Set<String> = [
        "menu", "gnb", "lnb", "snb", "tnb", "nav", "navi", "navigation", "breadcrumb", "breadcrumbs", "location",
        "share", "sharing", "sns", "social", "comment", "comments", "reply", "replies", "related", "ranking", "rank",
        "popular", "mostviewed", "mostread", "ticker", "banner", "banners", "ad", "ads", "advert", "advertisement",
        "footer", "copyright", "sidebar", "skip", "quick", "quickmenu", "sitemap", "familysite", "tags", "keyword",
        "stock", "stocks", "coin", "crypto", "marquee", "topbar", "path", "cate", "category",
    ]
    /// Fragments (lowercased, spaces removed) of copyright, registration and licence notices.
    static let footerMarkers: [String] = ["copyright", "allrightsreserved", "ⓒ", "©", "무단전재", "재배포금지", "공공누리"]
    /// With `등록번호`, one of these makes a publisher's imprint (`등록번호 … 발행인 …`).
    static let imprintMarkers: [String] = ["발행인", "편집인", "등록일", "주소", "전화", "tel"]

    /// A footer's words in `c` (compacted text), compared as `String`s: by characters, under
    /// canonical equivalence.
    static func hasFooterMarker(string c: String) -> Bool {
        footerMarkers.contains(where: { c.contains($0) })
            || (c.contains("등록번호") && imprintMarkers.contains(where: { c.contains($0) }))
    }

    /// The same test on scalars, for text whose every scalar is a character of its own with no
    /// other canonically equivalent spelling (`isOneScalarCharacter`): there, comparing characters
    /// is comparing scalars, and a scalar search avoids `String` searching (most of the HTML time).
    static func hasFooterMarker(scalars c: [Unicode.Scalar]) -> Bool {
        func has(_ word: [Unicode.Scalar]) -> Bool {
            guard word.count <= c.count else { return false }
            var i = 0
            while i + word.count <= c.count {
                if c[i] == word[0] {
                    var k = 1
                    while k < word.count, c[i + k] == word[k] { k += 1 }
                    if k == word.count { return true }
                }
                i += 1
            }
            return false
        }
        return footerMarkerScalars.contains(where: has) || (has(registration) && imprintMarkerScalars.contains(where: has))
    }

    static let footerMarkerScalars = footerMarkers.map { Array($0.unicodeScalars) }
    static let imprintMarkerScalars = imprintMarkers.map { Array($0.unicodeScalars) }
    static let registration = Array("등록번호".unicodeScalars)

    /// Scalars that always form a character of their own, in blocks without combining marks,
    /// conjoining jamo, joiners or prepended marks (so no neighbour can join them into one
    /// character), and none of which is canonically equivalent to a scalar of the markers
    /// (lowercase ASCII, Hangul syllables, `©`, `ⓒ`) other than itself: ASCII but CR (which joins
    /// a following LF), Latin-1, Latin Extended-A (precomposed letters: `Ÿ`), general punctuation
    /// without the invisible format controls, letterlike symbols to dingbats (`①`, `→`, `□`, `✓`),
    /// CJK punctuation without the tone marks, katakana (`・`; the combining voicing marks are in
    /// the hiragana block), compatibility jamo, enclosed CJK, CJK ideographs, Hangul syllables,
    /// fullwidth forms.
    @inline(__always)
    static func isOneScalarCharacter(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x0C, 0x0E...0x7F, 0xA0...0x17F, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF,
             0x3000...0x3029, 0x3030...0x303F, 0x30A0...0x30FF, 0x3130...0x318F, 0x3200...0x33FF, 0x4E00...0x9FFF,
             0xAC00...0xD7A3, 0xFF01...0xFF60, 0xFFE0...0xFFEE:
            return true
        default:
            return false
        }
    }

    // MARK: - Run

    /// Parses and lays out the page; false when libxml2 returned no document.
    mutating func run() -> Bool {
        _ = libxml2Initialized
        var utf8: [UInt8]
        if source.encoding == "UTF-8" {
            utf8 = source.bytes
        } else {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: source.scalars)
            utf8 = Array(String(s).utf8)
        }
        // libxml2 stops at NUL; a space in its place keeps the rest (the aligner pairs them).
        if utf8.contains(0) {
            utf8 = utf8.map { $0 == 0 ? 0x20 : $0 }
        }
        guard !utf8.isEmpty else { return false }
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return false }
        defer { xmlFreeDoc(doc) }
        flatten(doc)
        computeStatistics()
        layout()
        return true
    }

    // MARK: - Flatten and align

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// A larger span is taken as this many: a cell spans a table's columns, not thousands.
    static let maxSpan = 32

    /// `colspan="2"`: the span a cell attribute gives, 1 when absent or not a number.
    static func span(_ attributes: [(String, String)], _ name: String) -> UInt8 {
        guard let value = attributes.first(where: { $0.0 == name })?.1,
              let n = Int(String(value.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" })), n > 1 else { return 1 }
        return UInt8(min(n, maxSpan))
    }

    /// The attributes of an element as (lowercased name, value).
    private static func attributes(_ node: xmlNodePtr) -> [(String, String)] {
        var result: [(String, String)] = []
        var attr = node.pointee.properties
        while let a = attr {
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if let content = c.pointee.content { value += String(cString: content) }
                child = c.pointee.next
            }
            result.append((string(a.pointee.name).lowercased(), value))
            attr = a.pointee.next
        }
        return result
    }

    private mutating func flatten(_ doc: htmlDocPtr) {
        var aligner = HTMLAligner(source.scalars)
        var openNodes: [Int] = []
        var openPointers: [xmlNodePtr] = []
        var current: xmlNodePtr? = doc.pointee.children
        var inHead = 0
        var inBody = false
        var titleDepth = -1
        var titleText = ""
        while true {
            guard let n = current else {
                guard let p = openPointers.popLast(), let idx = openNodes.popLast() else { break }
                nodes[idx].end = Int32(nodes.count)
                if nodes[idx].tag == "head" { inHead -= 1 }
                if idx == titleDepth {
                    metadata.title = Self.collapsed(titleText)
                    titleDepth = -1
                }
                current = p.pointee.next
                continue
            }
            let parent = Int32(openNodes.last ?? -1)
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let index = nodes.count
                var node = HTMLNode(isText: true, tag: "", parent: parent, end: Int32(index + 1))
                node.textStart = Int32(texts.count)
                if let content = n.pointee.content {
                    let before = texts.count
                    // libxml2 holds text as UTF-8: decoded straight from its bytes (through a
                    // `String` and its scalar view, element by element, it cost more than parsing).
                    let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
                    if let decoded = UTF8Decoding.scalars(bytes) {
                        if titleDepth >= 0 { titleText += String(decoding: bytes, as: UTF8.self) }
                        texts.append(contentsOf: decoded)
                    } else {
                        let str = String(cString: content)
                        if titleDepth >= 0 { titleText += str }
                        texts.append(contentsOf: str.unicodeScalars)
                    }
                    node.textCount = Int32(texts.count - before)
                    let piece = Array(texts[before...])
                    stats.textNodes += 1
                    node.aligned = aligner.align(piece, starts: &textOriginStart, ends: &textOriginEnd)
                    if !node.aligned {
                        // Keep the origin arrays parallel to `texts`.
                        textOriginStart.append(contentsOf: repeatElement(-1, count: piece.count))
                        textOriginEnd.append(contentsOf: repeatElement(-1, count: piece.count))
                    }
                }
                nodes.append(node)
                current = n.pointee.next
            case XML_ELEMENT_NODE:
                let tag = Self.string(n.pointee.name).lowercased()
                let index = nodes.count
                var node = HTMLNode(isText: false, tag: tag, parent: parent, end: Int32(index + 1))
                node.classes = TagClass.of(tag)
                let attributes = Self.attributes(n)
                if !attributes.isEmpty {
                    node.furniture = Self.isFurniture(attributes)
                    collectMetadata(tag: tag, attributes: attributes, inBody: inBody)
                    if tag == "td" || tag == "th" {
                        node.colspan = Self.span(attributes, "colspan")
                        node.rowspan = Self.span(attributes, "rowspan")
                    }
                }
                nodes.append(node)
                if tag == "head" { inHead += 1 }
                if tag == "body" { inBody = true }
                // Script and style contents are raw text the aligner skips with the markup.
                if tag != "script", tag != "style", let child = n.pointee.children {
                    if tag == "title", titleDepth < 0, metadata.title == nil { titleDepth = index; titleText = "" }
                    openNodes.append(index)
                    openPointers.append(n)
                    current = child
                } else {
                    current = n.pointee.next
                }
            default:
                current = n.pointee.next
            }
        }
        _ = inHead
    }

    private mutating func collectMetadata(tag: String, attributes: [(String, String)], inBody: Bool) {
        func value(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }
        if tag == "meta", let content = value("content").map(Self.collapsed), !content.isEmpty {
            let key = (value("property") ?? value("name") ?? value("itemprop") ?? "").lowercased()
            switch key {
            case "og:title": if metadata.ogTitle == nil { metadata.ogTitle = content }
            case "og:site_name": if metadata.siteName == nil { metadata.siteName = content }
            case "article:published_time", "datepublished", "pubdate", "publishdate", "article:published",
                 "dc.date.issued", "dcterms.created", "og:published_time", "date":
                if metadata.publishedTime == nil { metadata.publishedTime = content }
            default: break
            }
        } else if tag == "time", inBody, metadata.timeDatetime == nil, let dt = value("datetime").map(Self.collapsed), !dt.isEmpty {
            metadata.timeDatetime = dt
        }
    }

    /// Whether class or id tokens name page furniture: `gnb`, `article-share`, `snsBox`, `most_viewed`.
    static func isFurniture(_ attributes: [(String, String)]) -> Bool {
        for (name, value) in attributes where name == "class" || name == "id" {
            var tokens: [String] = []
            var current = ""
            var previousLower = false
            for ch in value.unicodeScalars {
                let v = ch.value
                let isUpper = v >= 0x41 && v <= 0x5A
                let isLower = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
                if !isUpper && !isLower {
                    if !current.isEmpty { tokens.append(current); current = "" }
                    previousLower = false
                    continue
                }
                if isUpper && previousLower, !current.isEmpty { tokens.append(current); current = "" }
                current.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 0x20)! : ch)
                previousLower = isLower
            }
            if !current.isEmpty { tokens.append(current) }
            for (k, token) in tokens.enumerated() {
                if furnitureTokens.contains(token) { return true }
                if k + 1 < tokens.count, furnitureTokens.contains(token + tokens[k + 1]) { return true }
            }
        }
        return false
    }

    // MARK: - Statistics

    @inline(__always) private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        HTMLLexer.isCollapsible(s.value) || s.value == 0xA0 || s.value == 0x3000
    }

    private mutating func computeStatistics() {
        // The anchor: the longest text node that reads like prose, else the longest; in the body.
        var best = -1
        var bestScore = 0
        var inHead = false
        var headEnd = -1
        // Prose also scores its block and, half, the block around that (as readability does):
        // the anchor is then the block that holds most of the prose, not one long sentence that
        // may sit in a footer.
        var blockScore: [Int32: Int] = [:]
        func block(of k: Int32) -> Int32 {
            var p = k
            while p >= 0, nodes[Int(p)].classes.isDisjoint(with: [.block, .cell]) {
                p = nodes[Int(p)].parent
            }
            return p
        }
        for i in nodes.indices {
            if i == headEnd { inHead = false }
            if !nodes[i].isText {
                if nodes[i].tag == "head" { inHead = true; headEnd = Int(nodes[i].end) }
                continue
            }
            let start = Int(nodes[i].textStart), count = Int(nodes[i].textCount)
            var chars = 0
            var compact: [Unicode.Scalar] = []
            compact.reserveCapacity(count)
            var simple = true
            for k in start..<(start + count) where !Self.isSpace(texts[k]) {
                chars += 1
                let v = texts[k].value
                compact.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : texts[k])
                if !Self.isOneScalarCharacter(v) { simple = false }
            }
            nodes[i].chars = Int32(chars)
            if inHead || chars == 0 { continue }
            if simple ? Self.hasFooterMarker(scalars: compact) : Self.hasFooterMarker(string: String(scalars: compact)) {
                nodes[i].hasFooterMarker = true
            }
            var score = chars
            if Self.readsLikeProse(texts, start..<(start + count)) {
                score += 1_000_000
                // Prose in a footer, menu or widget does not vote for its block.
                var p = nodes[i].parent, inFurniture = false
                while p >= 0, !inFurniture {
                    let c = nodes[Int(p)].classes
                    inFurniture = nodes[Int(p)].furniture || (c.contains(.furnitureElement) && !c.contains(.header))
                    p = nodes[Int(p)].parent
                }
                if inFurniture { score -= 500_000; if score > bestScore { bestScore = score; best = i }; continue }
                let b1 = block(of: nodes[i].parent)
                if b1 >= 0 {
                    blockScore[b1, default: 0] += chars
                    let b2 = block(of: nodes[Int(b1)].parent)
                    if b2 >= 0 { blockScore[b2, default: 0] += chars / 2 }
                }
            }
            if score > bestScore { bestScore = score; best = i }
        }
        if let (block, _) = blockScore.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
            nodes[Int(block)].hasAnchor = true
        } else if best >= 0 {
            nodes[best].hasAnchor = true
        }
        for i in nodes.indices.reversed() {
            let c = nodes[i].classes
            if c.contains(.link) { nodes[i].linkChars = nodes[i].chars }
            if c.contains(.h1), nodes[i].chars > 0 { nodes[i].hasH1 = true }
            if c.contains(.heading), nodes[i].chars > nodes[i].linkChars { nodes[i].hasHeading = true }
            if c.contains(.formControl) { nodes[i].hasControl = true }
            let p = Int(nodes[i].parent)
            guard p >= 0 else { continue }
            nodes[p].chars += nodes[i].chars
            nodes[p].linkChars += nodes[i].linkChars
            nodes[p].hasH1 = nodes[p].hasH1 || nodes[i].hasH1
            nodes[p].hasAnchor = nodes[p].hasAnchor || nodes[i].hasAnchor
            nodes[p].hasHeading = nodes[p].hasHeading || nodes[i].hasHeading
            nodes[p].hasControl = nodes[p].hasControl || nodes[i].hasControl
            nodes[p].hasFooterMarker = nodes[p].hasFooterMarker || nodes[i].hasFooterMarker
        }
    }

    /// Long enough and ending like a Korean declarative sentence.
    static func readsLikeProse(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(s[end - 1]) || s[end - 1] == "\"" || s[end - 1] == "'" || s[end - 1] == ")" { end -= 1 }
        guard end - range.lowerBound >= 30 else { return false }
        let last = s[end - 1]
        if last == "다" || last == "요" { return true }
        if last == "." && end - 2 >= range.lowerBound { return s[end - 2] == "다" || s[end - 2] == "요" }
        return false
    }

    /// Whether element `i` is left out with its content; `inArticle` when inside article/main.
    private func drops(_ i: Int, inArticle: Bool) -> Bool {
        let node = nodes[i]
        let classes = node.classes
        if classes.contains(.invisible) { return true }
        if keepBoilerplate { return false }
        if classes.contains(.control) { return true }
        if classes.contains(.neverDropped) { return false }
        if node.hasAnchor { return false }
        if classes.contains(.furnitureElement) {
            // A header that holds the article's title (a heading, few links) is the article's.
            if classes.contains(.header), inArticle || node.hasH1 || (node.hasHeading && node.linkChars * 2 < node.chars) { return false }
            return true
        }
        if node.furniture { return true }
        // Copyright, registration and licence notices, with what surrounds them outside the article.
        if node.hasFooterMarker, node.chars <= 400, !node.hasH1 { return true }
        // A small form (comment box, survey) with a line of text around its controls.
        if node.hasControl, node.chars < 80, !node.hasH1 { return true }
        if classes.contains(.densityJudged), !node.hasH1, node.chars > 0, node.linkChars * 2 > node.chars { return true }
        return false
    }

    /// A table of data (cells become TAB-separated rows) rather than page layout: no nested table,
    /// no long cell, and at least two cells in some row.
    private func isDataTable(_ i: Int) -> Bool {
        var maxCells = 0
        var cells = 0
        var k = i + 1
        let end = Int(nodes[i].end)
        while k < end {
            let node = nodes[k]
            if !node.isText {
                switch node.tag {
                case "table": return false
                case "tr": maxCells = max(maxCells, cells); cells = 0
                case "td", "th":
                    cells += 1
                    if node.chars > 400 { return false }
                default: break
                }
            }
            k += 1
        }
        return max(maxCells, cells) >= 2
    }

    /// A row of a layout table that reads as data: at least two cells with text, none nested
    /// table, none long.
    private func isDataRow(_ i: Int) -> Bool {
        var cells = 0
        var k = i + 1
        let end = Int(nodes[i].end)
        while k < end {
            let node = nodes[k]
            if !node.isText {
                switch node.tag {
                case "table": return false
                case "td", "th":
                    if node.chars > 200 { return false }
                    if node.chars > 0 { cells += 1 }
                default: break
                }
            }
            k += 1
        }
        return cells >= 2
    }

    // MARK: - Layout

    private mutating func layout() {
        var builder = LayoutBuilder(limit: source.scalars.count)
        builder.reserve(texts.count)
        var closing: [(end: Int, index: Int)] = []
        var tables: [Bool] = []       // data table?
        var cellDepth = 0             // inside a cell of a data table
        var rowCells: [Int] = []      // columns filled in the current row, per data table
        // Per data table, how many more rows each column is covered by a cell above (`rowspan`).
        // Merged cells become empty cells, so that every row of a table has its columns in place:
        // `<th rowspan=2>사업명</th><th colspan=2>예산</th>` / `<th>2025년</th><th>2026년</th>` gives
        // `사업명\t예산\t\t` / `\t2025년\t2026년`, the shape the table rules of plain text read.
        var covered: [[Int]] = []
        // Per open cell (innermost last): the empty cells to add after it (`colspan` - 1).
        var colspanRest: [Int] = []

        /// Adds the empty cells of columns covered from above, from the current column on.
        func fillCovered(_ builder: inout LayoutBuilder) {
            let t = rowCells.count - 1
            while rowCells[t] < covered[t].count, covered[t][rowCells[t]] > 0 {
                covered[t][rowCells[t]] -= 1
                if rowCells[t] > 0 { builder.cellSeparator() }
                rowCells[t] += 1
            }
        }

        /// The end of a row: columns covered from above that no cell reached are passed over.
        func endRow(_ builder: inout LayoutBuilder) {
            let t = rowCells.count - 1
            fillCovered(&builder)
            for c in rowCells[t]..<max(rowCells[t], covered[t].count) where covered[t][c] > 0 { covered[t][c] -= 1 }
        }
        var dataRows: Set<Int> = []   // rows of layout tables laid out as data rows
        var preDepth = 0
        var articleDepth = 0
        var i = 0
        let count = nodes.count

        func close(_ idx: Int, _ builder: inout LayoutBuilder) {
            let tag = nodes[idx].tag
            switch tag {
            case "table":
                tables.removeLast()
                rowCells.removeLast()
                covered.removeLast()
                builder.blockBreak()
            case "tr" where dataRows.contains(idx):
                builder.rowBreak()
                tables.removeLast()
                rowCells.removeLast()
                covered.removeLast()
            case "tr" where tables.last == true:
                endRow(&builder)
                builder.rowBreak()
            case "thead" where tables.last == true, "tbody" where tables.last == true, "tfoot" where tables.last == true:
                break
            case "td" where tables.last == true, "th" where tables.last == true:
                cellDepth -= 1
                let rest = colspanRest.removeLast()
                for _ in 0..<rest { builder.cellSeparator() }
                rowCells[rowCells.count - 1] += rest
            case "pre":
                preDepth -= 1
                builder.blockBreak()
            case "article", "main":
                articleDepth -= 1
                builder.blockBreak()
            default:
                if !nodes[idx].classes.isDisjoint(with: [.block, .row, .cell]) {
                    if cellDepth > 0 { builder.softSpace() } else { builder.blockBreak() }
                }
            }
        }

        while i < count {
            while let top = closing.last, top.end <= i {
                closing.removeLast()
                close(top.index, &builder)
            }
            let node = nodes[i]
            if node.isText {
                if node.textCount > 0 {
                    if node.aligned {
                        let start = Int(node.textStart)
                        builder.appendText(texts, textOriginStart, textOriginEnd, start..<(start + Int(node.textCount)), pre: preDepth > 0)
                    } else if node.chars > 0 {
                        stats.unalignedTextNodes += 1
                        builder.rowBreak()
                    }
                }
                i += 1
                continue
            }
            if drops(i, inArticle: articleDepth > 0) {
                if !node.classes.contains(.invisible) { stats.droppedElements += 1 }
                // Text left out inside a line ends the line there, so that no line of the
                // result spans text that is not in it.
                if node.chars > 0 { builder.rowBreak() }
                i = Int(node.end)
                continue
            }
            switch node.tag {
            case "br":
                if cellDepth > 0 { builder.softSpace() } else { builder.lineBreak() }
            case "table":
                let data = isDataTable(i)
                tables.append(data)
                rowCells.append(0)
                covered.append([])
                builder.blockBreak()
            case "tr" where tables.last == false && isDataRow(i):
                // A row of short cells in a layout table (a board's 제목 | … row) reads as data.
                dataRows.insert(i)
                tables.append(true)
                rowCells.append(0)
                covered.append([])
                builder.rowBreak()
            case "tr" where tables.last == true:
                rowCells[rowCells.count - 1] = 0
                builder.rowBreak()
            case "thead" where tables.last == true, "tbody" where tables.last == true, "tfoot" where tables.last == true:
                break
            case "td" where tables.last == true, "th" where tables.last == true:
                fillCovered(&builder)
                let t = rowCells.count - 1
                if rowCells[t] > 0 { builder.cellSeparator() }
                let (columns, rows) = (Int(node.colspan), Int(node.rowspan))
                if rows > 1 {
                    let last = rowCells[t] + columns
                    if covered[t].count < last { covered[t] += repeatElement(0, count: last - covered[t].count) }
                    for c in rowCells[t]..<last { covered[t][c] = rows - 1 }
                }
                rowCells[t] += 1
                colspanRest.append(columns - 1)
                cellDepth += 1
            case "pre":
                preDepth += 1
                builder.blockBreak()
            case "article", "main":
                articleDepth += 1
                builder.blockBreak()
            default:
                if !node.classes.isDisjoint(with: [.block, .row, .cell]) {
                    if cellDepth > 0 { builder.softSpace() } else { builder.blockBreak() }
                }
            }
            closing.append((Int(node.end), i))
            i += 1
        }
        while let top = closing.popLast() { close(top.index, &builder) }
        if let h1 = nodes.firstIndex(where: { $0.tag == "h1" && $0.chars > 0 }) {
            metadata.headline = Self.collapsed(text(of: h1))
        }
        assemble(builder)
    }

    /// All text under element `i`, as parsed.
    private func text(of i: Int) -> String {
        var s = String.UnicodeScalarView()
        for k in (i + 1)..<Int(nodes[i].end) where nodes[k].isText {
            let start = Int(nodes[k].textStart)
            s.append(contentsOf: texts[start..<(start + Int(nodes[k].textCount))])
        }
        return String(s)
    }

    static func collapsed(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                out.append(c)
                space = false
            }
        }
        return String(out)
    }

    /// Lines of layout-table pages that no element marks: breadcrumbs (`홈 > 경제 > 산업`) and
    /// market ticker rows (`코스피 2,612.35 ▲12.40`) with the short heading above them.
    static func furnitureLines(_ s: [Unicode.Scalar], _ lines: [Range<Int>]) -> [Int] {
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
        // `▲▼△▽↑↓` as a switch: searching a string's scalars decoded it for every word.
        func isTickerArrow(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "▲", "▼", "△", "▽", "↑", "↓": return true
            default: return false
            }
        }
        func isBreadcrumb(_ r: Range<Int>) -> Bool {
            // Parts between separators, each of 1 to 12 non-space scalars, counted as they end
            // (no array of part sizes per line).
            var parts = 1
            var size = 0
            for k in r {
                let c = s[k]
                if c == ">" || c == "›" || c == "〉" || c == "»" {
                    guard size >= 1, size <= 12 else { return false }
                    parts += 1
                    size = 0
                } else if !isSpace(c) {
                    size += 1
                }
            }
            return parts >= 2 && size >= 1 && size <= 12
        }
        func isTicker(_ r: Range<Int>) -> Bool {
            // Word by word, and no further than a seventh: a paragraph is not split into words
            // (nor is an array of words built for every line).
            var words = 0
            var marked = false
            var k = r.lowerBound
            while k < r.upperBound {
                while k < r.upperBound, isSpace(s[k]) { k += 1 }
                guard k < r.upperBound else { break }
                let start = k
                while k < r.upperBound, !isSpace(s[k]) { k += 1 }
                words += 1
                if words > 6 { return false }
                if words == 1 {
                    if isDigit(s[start]) { return false }
                } else if !marked {
                    let a = s[start], count = k - start
                    if isTickerArrow(a), count > 1, isDigit(s[start + 1]) { marked = true }
                    if count >= 3, s[k - 1] == "%", a == "+" || a == "-", isDigit(s[start + 1]) { marked = true }
                }
            }
            return marked
        }
        var out: [Int] = []
        var ticker = [Bool](repeating: false, count: lines.count)
        for (l, r) in lines.enumerated() where !s[r].contains("\t") {
            if isBreadcrumb(r) { out.append(l) } else if isTicker(r) { ticker[l] = true; out.append(l) }
        }
        // The heading of a ticker block: a short line right before two ticker rows.
        var l = 0
        while l + 2 < lines.count {
            // Skip blank lines between the heading and the rows.
            var n = l + 1
            while n < lines.count, s[lines[n]].allSatisfy(isSpace) { n += 1 }
            if !ticker[l], n + 1 < lines.count, ticker[n] {
                var m = n + 1
                while m < lines.count, s[lines[m]].allSatisfy(isSpace) { m += 1 }
                let size = s[lines[l]].filter { !isSpace($0) }.count
                if m < lines.count, ticker[m], size >= 1, size <= 12 { out.append(l) }
            }
            l += 1
        }
        return out
    }

    /// Lines → line-level boilerplate filter → normalization, origins carried to the original.
    private mutating func assemble(_ b: LayoutBuilder) {
        let inter = b.scalars
        var lines: [Range<Int>] = []
        var terminators: [Int] = []
        var start = 0
        for (k, s) in inter.enumerated() where s == "\n" {
            lines.append(start..<k)
            terminators.append(k)
            start = k + 1
        }
        if start < inter.count { lines.append(start..<inter.count); terminators.append(-1) }
        let dropped = keepBoilerplate ? [] : Array(Set(BoilerplateFilter.droppedLines(scalars: inter, lines: lines))
            .union(Self.furnitureLines(inter, lines))).sorted()
        droppedLines = dropped
        var out = NormalizedText()
        out.reserveCapacity(inter.count)
        var pending: [Int] = []
        var nextDropped = 0
        for (l, range) in lines.enumerated() {
            let isDropped = nextDropped < dropped.count && dropped[nextDropped] == l
            if isDropped { nextDropped += 1 }
            let blank = inter[range].allSatisfy { Self.isSpace($0) || $0 == "\t" }
            if !isDropped && !blank {
                if out.count > 0 {
                    for t in pending.prefix(2) {
                        out.append("\n", from: Int(b.originStart[t])..<Int(b.originEnd[t]))
                    }
                }
                pending.removeAll(keepingCapacity: true)
                if TextNormalizer.keepsScalars(inter[range]) {
                    // Most lines normalize to themselves, scalar for scalar (`` ` `` becomes `'`).
                    for k in range {
                        let c = inter[k]
                        let lo = Int(b.originStart[k]), hi = Int(b.originEnd[k])
                        out.append(c == "`" ? "'" : c, from: lo..<max(lo, hi))
                    }
                } else {
                    var piece = NormalizedText()
                    TextNormalizer.append(inter, range: range, to: &piece)
                    for j in 0..<piece.count {
                        let r = piece.originalRange(of: j..<(j + 1))
                        let lo = Int(b.originStart[r.lowerBound]), hi = Int(b.originEnd[r.upperBound - 1])
                        out.append(piece.scalars[j], from: lo..<max(lo, hi))
                    }
                }
            }
            if terminators[l] >= 0 { pending.append(terminators[l]) }
        }
        output = out
    }
}

/// The page laid out as text before normalization: scalars with their original ranges.
/// Whitespace runs collapse to one space (mapped to the first whitespace scalar); breaks and cell
/// separators are synthetic: an empty range one scalar into the markup that caused them (just
/// after the last text), so that they share no boundary with a real scalar's range and
/// `NormalizedText.snappedToOrigin` never pulls them into a mention.
struct LayoutBuilder {
    /// The number of original scalars (synthetic positions stay within it).
    let limit: Int32
    var scalars: [Unicode.Scalar] = []
    var originStart: [Int32] = []
    var originEnd: [Int32] = []
    private var pendingBreak = 0
    private var pendingSpace: (Int32, Int32)? = nil
    private var lineHasContent = false
    private var segmentHasText = false
    private var lastPosition: Int32 = 0

    init(limit: Int) {
        self.limit = Int32(limit)
    }

    private var syntheticPosition: Int32 { min(lastPosition + 1, limit) }

    mutating func reserve(_ n: Int) {
        scalars.reserveCapacity(n)
        originStart.reserveCapacity(n)
        originEnd.reserveCapacity(n)
    }

    private mutating func put(_ s: Unicode.Scalar, _ start: Int32, _ end: Int32) {
        scalars.append(s)
        originStart.append(start)
        originEnd.append(end)
    }

    private mutating func flushBreak() {
        guard pendingBreak > 0 else { return }
        if !scalars.isEmpty {
            for _ in 0..<pendingBreak { put("\n", syntheticPosition, syntheticPosition) }
        }
        pendingBreak = 0
        pendingSpace = nil
        lineHasContent = false
        segmentHasText = false
    }

    /// A `<br>`: a line break; a second one in a row makes a paragraph break.
    mutating func lineBreak() {
        pendingSpace = nil
        if pendingBreak > 0 { pendingBreak = 2 } else if lineHasContent { pendingBreak = 1 }
    }

    /// The end or start of a table row: a line break.
    mutating func rowBreak() {
        pendingSpace = nil
        if lineHasContent, pendingBreak == 0 { pendingBreak = 1 }
    }

    /// The end or start of a block: a paragraph break.
    mutating func blockBreak() {
        pendingSpace = nil
        if lineHasContent || pendingBreak > 0 { pendingBreak = 2 }
    }

    /// Between cells of a data-table row.
    mutating func cellSeparator() {
        flushBreak()
        pendingSpace = nil
        put("\t", syntheticPosition, syntheticPosition)
        lineHasContent = true
        segmentHasText = false
    }

    /// A block boundary inside a table cell: a space at most.
    mutating func softSpace() {
        if segmentHasText, pendingSpace == nil { pendingSpace = (syntheticPosition, syntheticPosition) }
    }

    private mutating func newline(_ start: Int32, _ end: Int32) {
        flushBreak()
        pendingSpace = nil
        put("\n", start, end)
        lastPosition = end
        lineHasContent = false
        segmentHasText = false
    }

    mutating func appendText(_ text: [Unicode.Scalar], _ starts: [Int32], _ ends: [Int32], _ range: Range<Int>, pre: Bool) {
        var k = range.lowerBound
        while k < range.upperBound {
            let s = text[k]
            let v = s.value
            if pre, v == 0x0A || v == 0x0D {
                var e = k + 1
                if v == 0x0D, e < range.upperBound, text[e] == "\n" { e += 1 }
                newline(starts[k], ends[e - 1])
                k = e
                continue
            }
            if HTMLLexer.isCollapsible(v) {
                if segmentHasText, pendingSpace == nil { pendingSpace = (starts[k], ends[k]) }
                k += 1
                continue
            }
            flushBreak()
            if let space = pendingSpace {
                put(" ", space.0, space.1)
                pendingSpace = nil
            }
            put(s, starts[k], ends[k])
            lastPosition = ends[k]
            lineHasContent = true
            segmentHasText = true
            k += 1
        }
    }
}

/// The classes of element names the content rules ask about, as bits: `HTMLContent`'s name sets
/// (`blocks`, `invisible`…) asked once per element instead of hashing its name at every question.
struct TagClass: OptionSet {
    let rawValue: UInt16

    static let invisible = TagClass(rawValue: 1 << 0)
    static let control = TagClass(rawValue: 1 << 1)
    static let furnitureElement = TagClass(rawValue: 1 << 2)
    static let block = TagClass(rawValue: 1 << 3)
    static let densityJudged = TagClass(rawValue: 1 << 4)
    /// `html`, `body`, `article`, `main`, `h1`: never dropped as boilerplate.
    static let neverDropped = TagClass(rawValue: 1 << 5)
    /// `td`, `th`.
    static let cell = TagClass(rawValue: 1 << 6)
    /// `tr`.
    static let row = TagClass(rawValue: 1 << 7)
    /// `a`.
    static let link = TagClass(rawValue: 1 << 8)
    static let h1 = TagClass(rawValue: 1 << 9)
    /// `h1`–`h3`.
    static let heading = TagClass(rawValue: 1 << 10)
    /// `input`, `textarea`, `select`.
    static let formControl = TagClass(rawValue: 1 << 11)
    static let header = TagClass(rawValue: 1 << 12)

    /// Every element name that has a class, with its classes.
    static let byName: [String: TagClass] = {
        var table: [String: TagClass] = [:]
        func add(_ names: some Sequence<String>, _ c: TagClass) { for n in names { table[n, default: []].insert(c) } }
        add(HTMLContent.invisible, .invisible)
        add(HTMLContent.controls, .control)
        add(HTMLContent.furnitureElements, .furnitureElement)
        add(HTMLContent.blocks, .block)
        add(HTMLContent.densityJudged, .densityJudged)
        add(["html", "body", "article", "main", "h1"], .neverDropped)
        add(["td", "th"], .cell)
        add(["tr"], .row)
        add(["a"], .link)
        add(["h1"], .h1)
        add(["h1", "h2", "h3"], .heading)
        add(["input", "textarea", "select"], .formControl)
        add(["header"], .header)
        return table
    }()

    static func of(_ tag: String) -> TagClass { byName[tag] ?? [] }
}
