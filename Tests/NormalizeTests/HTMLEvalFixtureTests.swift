import Foundation
import Testing
import SourceText
@testable import Normalize

/// The main-text evaluation pages (`Tests/Fixtures/html-eval`, measured by `kpolicy-html-eval`):
/// every page keeps its provenance and stays close to its hand-written expected text, so that a
/// change to extraction cannot silently lose what the README reports.
@Suite struct HTMLEvalFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/html-eval")

    static func lines(_ s: String) -> [String] {
        s.split(separator: "\n").map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }.filter { !$0.isEmpty }
    }

    @Test func fixturePagesMatchTheirExpectedText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".html") }.sorted()
        #expect(names.count >= 8)
        var leakedTotal = 0
        for name in names {
            let url = Self.folder.appendingPathComponent(name)
            let expectedURL = Self.folder.appendingPathComponent(String(name.dropLast(5)) + ".expected.txt")
            let bytes = [UInt8](try Data(contentsOf: url))
            let source = try HTMLCharset.decode(path: name, bytes: bytes, maxBytes: 64 << 20).get()
            if name.hasPrefix("euckr") { #expect(source.encoding == "windows-949", "\(name): \(source.encoding)") }
            let result = HTMLFormat().analyze(source, options: NormalizeOptions())
            HTMLFormatTests.checkProvenance(result)
            let got = Self.lines(result.document.text.string)
            let want = Self.lines(TextNormalizer.normalize(try String(contentsOf: expectedURL, encoding: .utf8)))
            // Every expected line is extracted as a whole line.
            for w in want { #expect(got.contains(w), "\(name): missing \(w)") }
            let leaked = got.filter { g in !want.contains { $0 == g || $0.contains(g) || g.contains($0) } }
            #expect(leaked.count <= 3, "\(name): leaked \(leaked)")
            leakedTotal += leaked.count
            // Nothing a reader would call page furniture.
            for g in got {
                for marker in ["Copyright", "등록번호", "많이 본", "주요 뉴스", "암호화폐", "코스피", "로그인", "댓글을"] {
                    #expect(!g.contains(marker), "\(name): furniture line \(g)")
                }
            }
        }
        #expect(leakedTotal <= 8)
    }

    @Test func breadcrumbsAndTickerRowsAreLineFurniture() {
        let text = "오늘의 증시\n코스피 1,198.72 ▲5.31\n코스닥 373.10 ▼1.02\n홈 > 경제 > 산업\n정부는 올해 2조 원을 투입한다.\n1분기\t24,300\t+4.1%"
        let scalars = Array(text.unicodeScalars)
        var lines: [Range<Int>] = []
        var start = 0
        for (k, s) in scalars.enumerated() where s == "\n" { lines.append(start..<k); start = k + 1 }
        lines.append(start..<scalars.count)
        #expect(HTMLContent.furnitureLines(scalars, lines).sorted() == [0, 1, 2, 3])
    }

    @Test func aLongFooterSentenceDoesNotBecomeTheArticle() throws {
        let html = """
        <html><body><div class="view"><h1>제목</h1>
        <p>정부는 올해 중소기업 연구개발 예산을 늘린다고 밝혔다.</p><p>신규 과제는 모두 28개로 지난해보다 12개 늘었다.</p>
        <p>사업 공고는 세 차례로 나눠 진행된다고 덧붙였다.</p></div>
        <footer><p>본 누리집에 게시된 이메일 주소가 자동 수집되는 것을 거부하며, 이를 위반 시 정보통신망법에 의해 처벌됨을 유념하시기 바랍니다.</p></footer>
        </body></html>
        """
        let source = try HTMLCharset.decode(path: "a.html", bytes: Array(html.utf8), maxBytes: 1 << 20).get()
        let text = HTMLFormat().analyze(source, options: NormalizeOptions()).document.text.string
        #expect(text.contains("신규 과제는 모두 28개"))
        #expect(!text.contains("누리집"))
    }
}
