import Testing
import SourceText
@testable import Normalize

/// Random tag soup from the pieces real pages are made of: nothing crashes, every kept scalar
/// maps back to its original (the same check as for the hand-written pages), and libxml2's
/// text is almost always aligned.
@Suite struct HTMLFuzzTests {
    static let pieces: [String] = [
        "<p>", "</p>", "<div class=\"article\">", "</div>", "<br>", "<br/>", "<b>", "</b>", "<span>", "</span>",
        "<table>", "<tr>", "<td>", "</td>", "<th>", "</tr>", "</table>", "<ul>", "<li>", "</ul>", "<a href=\"/x?a=1&b=2\">",
        "</a>", "<!-- 주석 <p>x</p> -->", "<script>var s = '<p>가짜</p>';</script>", "<style>p>a{}</style>",
        "&nbsp;", "&amp;", "&lt;", "&gt;", "&#123;", "&#xAC00;", "&quot;", "&copy;", "&unknown;", "&amp", "& ",
        "정부는", " 2조", " 원을", "투입한다.", "AI", "팩토리", "\n", "\r\n", "  ", "\t", "<", " < ", "3<4", "</ b>",
        "<img src=\"a.jpg\" alt=\"x>y\">", "<h1>", "</h1>", "<nav>", "</nav>", "<pre>", "</pre>",
        "<font color=red>", "</font>", "<![CDATA[x]]>", "<?php echo 1; ?>", "</html>", "<body>",
    ]

    @Test func randomTagSoupKeepsProvenance() throws {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var unaligned = 0
        var nodes = 0
        var segments = 0, badSegments = 0
        for _ in 0..<400 {
            var page = ""
            for _ in 0..<(5 + next() % 60) { page += Self.pieces[next() % Self.pieces.count] }
            let source = try HTMLCharset.decode(path: "fuzz.html", bytes: Array(page.utf8), maxBytes: 1 << 20).get()
            for keep in [false, true] {
                let r = HTMLFormat().analyze(source, options: NormalizeOptions(keepBoilerplate: keep))
                HTMLFormatTests.checkScalars(r)
                let (c, f) = HTMLFormatTests.checkSegments(r, record: false)
                segments += c
                badSegments += f
                unaligned += r.stats.unalignedTextNodes
                nodes += r.stats.textNodes
            }
        }
        #expect(unaligned * 100 <= nodes, "\(unaligned) of \(nodes) text nodes unaligned")
        // Lines whose original range shows more than they hold: tag soup the parser ignores
        // (stray `</td>`, `<body>` inside the body) read as a space by `visibleText`.
        #expect(badSegments * 10 <= segments, "\(badSegments) of \(segments) segments")
        print("fuzz: \(unaligned) of \(nodes) text nodes unaligned; \(badSegments) of \(segments) line segments differ")
    }
}
