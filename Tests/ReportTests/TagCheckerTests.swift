import Testing

/// The tag-balance checker the other tests rely on must itself catch broken pages.
@Suite struct TagCheckerTests {
    @Test(arguments: [
        ("<div><p>글</p></div>", [String]()),
        ("<meta charset=\"utf-8\"><svg><rect x=\"1\"/></svg>", []),
        ("<style>a>b{}</style><script>if(a<b){}</script>", []),
        ("<div><p>글</div>", ["</div> closes <p> at scalar 14", "left open: [\"div\", \"p\"]"]),
        ("<b>1 < 2</b>", ["raw < at scalar 5"]),
        ("<b>2 > 1</b>", ["raw > at scalar 5"]),
        ("<mark title=\"a<b\">x</mark>", ["raw < in an attribute of <mark> at scalar 14"]),
        ("<script>alert(1)", ["<script> never closed", "left open: [\"script\"]"]),
    ])
    func findsProblems(html: String, expected: [String]) {
        #expect(Support.tagProblems(html) == expected)
    }
}
