import Foundation
import Pipeline
import Report
import TestSupport

/// Paths, a tiny HTML reader and the tag-balance checker shared by the report tests.
enum Support {
    static let packageRoot = TestPackage.root
    static let corpus = packageRoot.appendingPathComponent("Corpus").path
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/report").path

    static func report(_ paths: [String], jobs: Int = 1) -> (entries: [ReportEntry], html: String) {
        let entries = ReportBuilder(pipeline: PipelineOptions(), jobs: jobs).entries(for: InputCollector.collect(paths))
        return (entries, ReportPage.render(entries))
    }

    static func temporaryDirectory(_ name: String) throws -> URL { try TestPackage.temporaryDirectory("report-" + name) }

    /// The five character references the page writes, decoded.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// One `<mark>` of the page: its attributes (decoded) and its text (decoded).
    struct Mark: Equatable {
        var attributes: [String: String]
        var text: String
    }

    /// Every `<mark …>…</mark>` in page order (marks hold text only, never other tags).
    static func marks(in html: String) -> [Mark] {
        let pattern = try! NSRegularExpression(pattern: "<mark ([^>]*)>([^<]*)</mark>")
        let attribute = try! NSRegularExpression(pattern: "([a-z-]+)=\"([^\"]*)\"")
        let ns = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { match in
            let attrs = ns.substring(with: match.range(at: 1))
            var dict: [String: String] = [:]
            for a in attribute.matches(in: attrs, range: NSRange(location: 0, length: (attrs as NSString).length)) {
                dict[(attrs as NSString).substring(with: a.range(at: 1))] = unescape((attrs as NSString).substring(with: a.range(at: 2)))
            }
            return Mark(attributes: dict, text: unescape(ns.substring(with: match.range(at: 2))))
        }
    }

    /// Checks that tags nest: every start tag is closed by the matching end tag in order, void
    /// elements and `/>` close themselves, `<script>`/`<style>` hold raw text up to their end tag.
    /// Also checks that no `<` or `>` stands outside a tag (text and attribute values must be
    /// escaped). Returns the problems found (empty when the page is well formed).
    static func tagProblems(_ html: String) -> [String] {
        let voids: Set<String> = ["meta", "input", "br", "img", "hr", "link", "col", "wbr", "source", "area", "base"]
        let s = Array(html.unicodeScalars)
        var stack: [String] = []
        var problems: [String] = []
        var i = 0
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-"
        }
        func startsWith(_ prefix: String, at j: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            return j + p.count <= s.count && Array(s[j..<j + p.count]).map { Character($0).lowercased() } == p.map { Character($0).lowercased() }
        }
        while i < s.count {
            let c = s[i]
            if c == ">" { problems.append("raw > at scalar \(i)"); i += 1; continue }
            guard c == "<" else { i += 1; continue }
            if startsWith("<!--", at: i) {
                while i < s.count, !startsWith("-->", at: i) { i += 1 }
                i += 3
                continue
            }
            if startsWith("<!", at: i) {
                while i < s.count, s[i] != ">" { i += 1 }
                i += 1
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < s.count, isNameScalar(s[j]) { name.unicodeScalars.append(s[j]); j += 1 }
            if name.isEmpty { problems.append("raw < at scalar \(i)"); i += 1; continue }
            name = name.lowercased()
            // Attributes: skip to the closing `>`, minding quotes; no `<` may appear inside.
            var quote: Unicode.Scalar? = nil
            var selfClosing = false
            while j < s.count {
                let d = s[j]
                if let q = quote {
                    if d == q { quote = nil }
                    else if d == "<" || d == ">" { problems.append("raw \(d) in an attribute of <\(name)> at scalar \(j)") }
                } else if d == "\"" || d == "'" { quote = d }
                else if d == ">" { selfClosing = j > 0 && s[j - 1] == "/"; break }
                else if d == "<" { problems.append("< inside tag <\(name)> at scalar \(j)") }
                j += 1
            }
            i = j + 1
            if closing {
                if stack.last == name { stack.removeLast() }
                else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")> at scalar \(j)") }
            } else if name == "script" || name == "style" {
                stack.append(name)
                while i < s.count, !startsWith("</\(name)", at: i) { i += 1 }
                if i >= s.count { problems.append("<\(name)> never closed") }
            } else if !voids.contains(name) && !selfClosing {
                stack.append(name)
            }
        }
        if !stack.isEmpty { problems.append("left open: \(stack)") }
        return problems
    }
}
