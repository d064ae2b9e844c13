import Foundation
import Normalize
import SourceText

/// One row of `Resources/organizations.tsv`: a body under one official name for one period.
struct OrgEntry: Sendable, Hashable {
    var kind: String
    var canonical: String
    /// Other names (short forms, acronyms, English name); `contextOnly` ones only in bylines.
    var names: [String]
    var contextOnlyNames: [String]
    /// Inclusive validity as `yyyymmdd` integers; nil = open.
    var validFrom: Int?
    var validTo: Int?
    var english: String
    /// `government`, `public-institution`, `company`, `university`, `foreign`, `media`, `committee`,
    /// `association` (the row's seventh column).
    var category: String

    func isValid(on day: Int) -> Bool {
        if let validFrom, day < validFrom { return false }
        if let validTo, day > validTo { return false }
        return true
    }

    /// Days-ish distance (in yyyymmdd space, good enough to order candidates) from `day` to the period.
    func distance(to day: Int) -> Int {
        if let validFrom, day < validFrom { return validFrom - day }
        if let validTo, day > validTo { return day - validTo }
        return 0
    }
}

/// A gazetteer problem found while parsing the TSV, with its 1-based line.
struct GazetteerError: Error, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { "organizations.tsv line \(line): \(message)" }
}

/// The organization gazetteer: entries plus a trie over every normalized name.
///
/// The trie is walked directly over normalized scalars. A space inside a name is an edge that
/// matches any run of spaces/tabs, including none, so `M.AX 얼라이언스` also finds `M.AX얼라이언스`.
struct Gazetteer: Sendable {
    struct Payload: Sendable, Hashable {
        var entry: Int32
        /// The name is the entry's canonical name (as opposed to a short form or acronym).
        var isCanonical: Bool
        /// Only usable inside a byline or photo credit.
        var contextOnly: Bool
    }

    struct Node: Sendable {
        /// Children by scalar value, the values sorted and looked up by binary search: hashing a
        /// `UInt32` for a dictionary cost more than the rest of a step of the walk.
        var childScalars: [UInt32] = []
        var childNodes: [Int32] = []
        var spaceChild: Int32 = -1
        var payloads: [Payload] = []

        @inline(__always)
        func child(_ v: UInt32) -> Int32? {
            var lo = 0, hi = childScalars.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                let m = childScalars[mid]
                if m < v { lo = mid + 1 } else if m > v { hi = mid } else { return childNodes[mid] }
            }
            return nil
        }

        /// Adds a child for `v`, which has none yet.
        mutating func addChild(_ v: UInt32, _ node: Int32) {
            var lo = 0, hi = childScalars.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if childScalars[mid] < v { lo = mid + 1 } else { hi = mid }
            }
            childScalars.insert(v, at: lo)
            childNodes.insert(node, at: lo)
        }
    }

    /// A name found in text: its end (exclusive) and who it may be.
    struct Match {
        var end: Int
        var payloads: [Payload]
    }

    private(set) var entries: [OrgEntry] = []
    private(set) var nodes: [Node] = [Node()]
    /// The first scalars of all names (the root's children), for `canStart` at every position.
    private var startScalars = ScalarSet()
    /// The root's children by scalar (Basic Multilingual Plane; -1: none): every walk starts at
    /// the root, whose hundreds of children cost a dozen steps of binary search at each start.
    private var rootChildren = [Int32](repeating: -1, count: 0x10000)
    /// How many (name, entry) pairs the trie holds.
    private(set) var nameCount = 0
    /// Canonical name → category (the first row that carries the name decides).
    private(set) var categoryByCanonical: [String: String] = [:]
    /// Per entry, `categoryByCanonical[entry.canonical]`: a mention whose canonical name came from
    /// an entry gets its category without hashing the name.
    private var canonicalCategories: [String] = []
    /// Cities, counties and districts (`local` rows named `…시`/`…군`/`…구` with no other name):
    /// looked up by the word pass for words ending so, not walked in the trie, where their first
    /// syllables (most common syllables) would send the walk into the trie at nearly every word.
    private(set) var localWords: [UInt64: Int32] = [:]

    /// Loaded once, lazily, from the bundled resource. A broken resource is a programming error
    /// caught by the tests; at run time it degrades to an empty gazetteer rather than crashing.
    static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "organizations", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let gazetteer = try? Gazetteer.parse(text) else { return Gazetteer() }
        return gazetteer
    }()

    static func resourceText() throws -> String {
        guard let url = Bundle.module.url(forResource: "organizations", withExtension: "tsv") else {
            throw GazetteerError(line: 0, message: "resource missing from bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static let kinds: Set<String> = [
        "ministry", "agency", "institute", "university", "company", "committee", "department",
        "international", "local", "media", "other",
    ]

    static let categories: Set<String> = [
        "government", "public-institution", "company", "university", "foreign", "media", "committee", "association",
    ]

    /// Parses the TSV strictly: seven tab-separated columns, a known kind and category, well-formed dates.
    ///
    /// Lines and columns are cut on UTF-8 bytes: cutting a `String` walks it by grapheme clusters,
    /// which made this parse, run once per process, cost more than extracting a news article.
    static func parse(_ text: String) throws -> Gazetteer {
        var g = Gazetteer()
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine[...]
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let cols = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard cols.count == 7 else {
                throw GazetteerError(line: lineNumber, message: "expected 7 tab-separated columns, got \(cols.count)")
            }
            let category = cols[6]
            guard categories.contains(category) else {
                throw GazetteerError(line: lineNumber, message: "unknown category \(category)")
            }
            let kind = cols[0], canonical = cols[1]
            guard kinds.contains(kind) else { throw GazetteerError(line: lineNumber, message: "unknown kind \(kind)") }
            guard !canonical.isEmpty, !isPadded(canonical) else {
                throw GazetteerError(line: lineNumber, message: "empty or padded canonical name")
            }
            var names: [String] = [], contextOnly: [String] = []
            if !cols[2].isEmpty {
                for raw in cols[2].utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
                    var name = String(decoding: raw, as: UTF8.self)
                    let isContext = name.hasPrefix("@")
                    if isContext { name.removeFirst() }
                    guard !name.isEmpty, !isPadded(name) else {
                        throw GazetteerError(line: lineNumber, message: "empty or padded name in \(cols[2])")
                    }
                    guard !names.contains(name), !contextOnly.contains(name), name != canonical else {
                        throw GazetteerError(line: lineNumber, message: "duplicate name \(name)")
                    }
                    if isContext { contextOnly.append(name) } else { names.append(name) }
                }
            }
            let from = try parseDay(cols[3], line: lineNumber)
            let to = try parseDay(cols[4], line: lineNumber)
            if let from, let to, from > to {
                throw GazetteerError(line: lineNumber, message: "valid_from after valid_to")
            }
            let english = cols[5]
            let entry = OrgEntry(kind: kind, canonical: canonical, names: names, contextOnlyNames: contextOnly,
                                 validFrom: from, validTo: to, english: english,
                                 category: category)
            if let first = g.categoryByCanonical[canonical] {
                g.canonicalCategories.append(first)
            } else {
                g.categoryByCanonical[canonical] = category
                g.canonicalCategories.append(category)
            }
            let index = Int32(g.entries.count)
            g.entries.append(entry)
            let scalars = Array(canonical.unicodeScalars)
            if kind == "local", names.isEmpty, contextOnly.isEmpty, english.isEmpty,
               canonical.hasSuffix("시") || canonical.hasSuffix("군") || canonical.hasSuffix("구"),
               let key = Self.localKey(scalars, 0..<scalars.count) {
                if g.localWords[key] == nil { g.localWords[key] = index }
                continue
            }
            g.insert(canonical, Payload(entry: index, isCanonical: true, contextOnly: false))
            for name in names { g.insert(name, Payload(entry: index, isCanonical: false, contextOnly: false)) }
            for name in contextOnly { g.insert(name, Payload(entry: index, isCanonical: false, contextOnly: true)) }
            if !english.isEmpty, english != canonical, !names.contains(english) {
                g.insert(english, Payload(entry: index, isCanonical: false, contextOnly: false))
            }
        }
        return g
    }

    /// A blank (space, tab, any Unicode space) at either end.
    static func isPadded(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, let last = name.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }

    static func parseDay(_ s: String, line: Int) throws -> Int? {
        if s.isEmpty { return nil }
        guard let d = CalendarDate(iso: s), !s.contains("T") else {
            throw GazetteerError(line: line, message: "bad date \(s)")
        }
        return Self.day(d)
    }

    static func day(_ d: CalendarDate) -> Int { d.year * 10000 + d.month * 100 + d.day }

    private mutating func insert(_ name: String, _ payload: Payload) {
        // Names of Hangul syllables, ASCII letters, digits and spaces read the same normalized
        // (NFC, no full-width forms): most rows skip the normalizer.
        let normalized = name.unicodeScalars.allSatisfy(Self.isPlainNameScalar) ? name : TextNormalizer.normalize(name)
        var node = 0
        var pendingSpace = false
        var previous: Unicode.Scalar = " "
        for s in normalized.unicodeScalars {
            if s == " " || s == "\t" {
                pendingSpace = true
                previous = s
                continue
            }
            // `SK하이닉스` is also written `SK 하이닉스`: a Latin prefix may stand apart from the
            // Hangul after it (the space edge matches spaces or none).
            let p = previous.value
            if (p >= 0x41 && p <= 0x5A) || (p >= 0x61 && p <= 0x7A), s.value >= 0xAC00, s.value <= 0xD7A3 { pendingSpace = true }
            previous = s
            if pendingSpace {
                if nodes[node].spaceChild < 0 {
                    nodes.append(Node())
                    nodes[node].spaceChild = Int32(nodes.count - 1)
                }
                node = Int(nodes[node].spaceChild)
                pendingSpace = false
            }
            if let next = nodes[node].child(s.value) {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                nodes[node].addChild(s.value, next)
                if node == 0 {
                    startScalars.insert(s)
                    if s.value < 0x10000 { rootChildren[Int(s.value)] = next }
                }
                node = Int(next)
            }
        }
        if !nodes[node].payloads.contains(payload) {
            nodes[node].payloads.append(payload)
            nameCount += 1
        }
    }

    @inline(__always)
    static func isPlainNameScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            || v == 0x20
    }

    /// Cheap pre-check: can any name start with this scalar?
    @inline(__always)
    func canStart(_ s: Unicode.Scalar) -> Bool { startScalars.contains(s) }

    /// A name found in text by its trie node (the node's payloads say who it may be): what the
    /// gazetteer pass collects at every start, into one buffer, with no payload array copied.
    struct NodeMatch {
        var end: Int
        var node: Int32
    }

    /// Every name that starts at `start`, shortest first (the caller picks the longest that fits).
    func matches(in scalars: [Unicode.Scalar], at start: Int, limit: Int) -> [Match] {
        var found: [NodeMatch] = []
        nodeMatches(in: scalars, at: start, limit: limit, into: &found)
        return found.map { Match(end: $0.end, payloads: nodes[Int($0.node)].payloads) }
    }

    /// `matches` into a buffer the caller keeps (emptied first), shortest first; names of equal end
    /// stay in the order the walk found them.
    func nodeMatches(in scalars: [Unicode.Scalar], at start: Int, limit: Int, into out: inout [NodeMatch]) {
        // Most starts find nothing: emptying an empty buffer still cost a call.
        if !out.isEmpty { out.removeAll(keepingCapacity: true) }
        walk(scalars, node: 0, at: start, limit: limit, into: &out)
        // A stable insertion sort: the list is a handful long and nearly always in order already.
        if out.count > 1 {
            for i in 1..<out.count {
                let m = out[i]
                var j = i
                while j > 0, out[j - 1].end > m.end { out[j] = out[j - 1]; j -= 1 }
                out[j] = m
            }
        }
    }

    /// The child of node `n` for scalar value `v`.
    @inline(__always)
    private func child(of n: Int, _ v: UInt32) -> Int32? {
        if n == 0, v < 0x10000 {
            let c = rootChildren[Int(v)]
            return c < 0 ? nil : c
        }
        return nodes[n].child(v)
    }

    /// The payloads of a name `nodeMatches` found.
    @inline(__always)
    func payloads(_ m: NodeMatch) -> [Payload] { nodes[Int(m.node)].payloads }

    private func walk(_ scalars: [Unicode.Scalar], node: Int, at position: Int, limit: Int, into out: inout [NodeMatch]) {
        var n = node
        var p = position
        while true {
            if !nodes[n].payloads.isEmpty, p > position || n != node {
                out.append(NodeMatch(end: p, node: Int32(n)))
            }
            let spaceChild = nodes[n].spaceChild
            if spaceChild >= 0 {
                var q = p
                while q < limit, scalars[q] == " " || scalars[q] == "\t" { q += 1 }
                // Whitespace is only optional between two name characters.
                if q < limit { walk(scalars, node: Int(spaceChild), at: q, limit: limit, into: &out) }
            }
            guard p < limit, let next = child(of: n, scalars[p].value) else { return }
            n = Int(next)
            p += 1
        }
    }

    /// Picks the body a name means on `date`.
    ///
    /// Preference: an entry valid on the date whose canonical name is the name as written; else an
    /// entry valid on the date that lists the name as a short form; else the name as written
    /// (a canonical name always means itself, also after a rename); else the entry whose period is
    /// nearest the date. With no date the current body (open `valid_to`) is taken: a document
    /// without a date line is read as a document of today.
    func resolve(_ payloads: [Payload], on date: CalendarDate?, allowContextOnly: Bool) -> Payload? {
        let usable = payloads.filter { allowContextOnly || !$0.contextOnly }
        guard !usable.isEmpty else { return nil }
        if usable.count == 1 { return usable[0] }
        if let date {
            let day = Self.day(date)
            if let p = usable.first(where: { $0.isCanonical && entries[Int($0.entry)].isValid(on: day) }) { return p }
            if let p = usable.first(where: { entries[Int($0.entry)].isValid(on: day) }) { return p }
            if let p = usable.first(where: { $0.isCanonical }) { return p }
            return usable.min { entries[Int($0.entry)].distance(to: day) < entries[Int($1.entry)].distance(to: day) }
        }
        if let p = usable.first(where: { $0.isCanonical && entries[Int($0.entry)].validTo == nil }) { return p }
        if let p = usable.first(where: { entries[Int($0.entry)].validTo == nil }) { return p }
        if let p = usable.first(where: { $0.isCanonical }) { return p }
        return usable.max { (entries[Int($0.entry)].validTo ?? 0) < (entries[Int($1.entry)].validTo ?? 0) }
    }

    func entry(_ p: Payload) -> OrgEntry { entries[Int(p.entry)] }

    /// `categoryByCanonical[entries[entry].canonical]`, kept per entry.
    func categoryOfCanonical(entry: Int32) -> String { canonicalCategories[Int(entry)] }

    /// The city, county or district `scalars[r]` names as a whole word (`localWords`).
    func localWord(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> OrgEntry? {
        localWordEntry(scalars, r).map { entries[Int($0)] }
    }

    /// `localWord` as the index of its entry.
    func localWordEntry(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Int32? {
        guard let key = Self.localKey(scalars, r) else { return nil }
        return localWords[key]
    }

    /// Two to four Hangul syllables packed into one integer (14 bits each, the count on top): asked
    /// of every word that ends in 시, 군 or 구 (`연구`, `실시`), so no string is made for it.
    static func localKey(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> UInt64? {
        guard r.count >= 2, r.count <= 4 else { return nil }
        var key = UInt64(r.count) << 56
        for i in r {
            let v = scalars[i].value
            guard v >= 0xAC00, v <= 0xD7A3 else { return nil }
            key = key | (UInt64(v - 0xAC00) << (14 * UInt64(i - r.lowerBound)))
        }
        return key
    }
}
