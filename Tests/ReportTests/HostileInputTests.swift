import Foundation
import Testing
@testable import Report

/// Document text, titles and paths are untrusted: whatever markup they hold must reach the page
/// as text. The fixtures carry `<script>`, event-handler attributes, a fake `<mark>` and closing
/// tags meant to break out of the page's own elements.
@Suite struct HostileInputTests {
    static let fixtures = ["hostile.txt", "hostile.html"].map { Support.fixtures + "/" + $0 }

    @Test func markupInTheInputShowsAsText() throws {
        let (entries, html) = Support.report(Self.fixtures)
        #expect(entries.count == 2)
        // The page's own script is the only one; the inputs' scripts and tags are escaped.
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(!html.contains("<img"))
        #expect(!html.contains("onerror=alert(1)>"))
        #expect(!html.contains("<b onmouseover"))
        #expect(!html.contains("<style>body{display:none}"))
        #expect(html.contains("&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;/mark&gt;&lt;/div&gt;&lt;/section&gt;&lt;mark data-type=&quot;money&quot; data-value=&quot;666&quot;&gt;가짜&lt;/mark&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;entity&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;b onmouseover=&quot;alert(1)&quot;&gt;굵게&lt;/b&gt;"))
        #expect(Support.tagProblems(html) == [])
    }

    /// The fake `<mark data-value="666">` in the text is not a mark; the real figures are.
    @Test func onlyRealMentionsAreMarked() {
        let marks = Support.marks(in: Support.report([Self.fixtures[0]]).html)
        #expect(!marks.contains { $0.attributes["data-value"] == "666" })
        let money = marks.filter { $0.attributes["data-type"] == "money" }.map { [$0.text, $0.attributes["data-value"]!] }
        #expect(money == [["1조 5000억 원", "1500000000000"], ["3,000억 원", "300000000000"]])
    }

    /// Paths and messages go into attributes and headings escaped, too.
    @Test func hostilePathsAndMessagesAreEscaped() {
        let html = ReportPage.render([.failed(path: "x\"><script>alert(1)</script>.txt", message: "x\"><script>alert(2)</script>: no such file")],
                                     title: "<script>alert(3)</script>")
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(html.contains("data-doc=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.txt\""))
        #expect(html.contains("<title>&lt;script&gt;alert(3)&lt;/script&gt;</title>"))
        #expect(Support.tagProblems(html) == [])
    }

    /// The page forbids every fetch and any script but its own, by hash.
    @Test func contentSecurityPolicyAllowsOnlyThePagesOwnScript() {
        let html = ReportPage.render([])
        let policy = PageAssets.contentSecurityPolicy
        #expect(policy.hasPrefix("default-src 'none'; "))
        #expect(policy.contains("script-src 'sha256-\(PageAssets.base64SHA256(PageAssets.script))'"))
        #expect(html.contains("<script>" + PageAssets.script + "</script>"))
        #expect(html.contains("<style>" + PageAssets.css + "</style>"))
    }
}
