import Foundation
import TestSupport
import Testing
import SourceText
@testable import Normalize

/// Hand-written pages shaped like Korean news portals, ministry boards and old EUC-KR table
/// layouts, with the main text each should give, written by hand.
enum HTMLFixtures {
    /// A portal article: gnb menu, breadcrumb, share buttons, an ad, a "많이 본 뉴스" list, a
    /// stock ticker and a copyright/registration footer around the article.
    static let portal = """
    <!DOCTYPE html>
    <html lang="ko">
    <head>
    <meta charset="utf-8">
    <title>정부, AI 팩토리에 2조 원 투자 | 한국일보</title>
    <meta property="og:title" content="정부, AI 팩토리에 2조 원 투자">
    <meta property="og:site_name" content="한국일보">
    <meta property="article:published_time" content="2025-03-04T09:30:00+09:00">
    <script>var gnb = "<p>정부는 3조 원</p>"; if (a < b) { x = "</div>"; }</script>
    <style>.x{color:red} p > a {}</style>
    </head>
    <body>
    <div id="gnb"><ul><li><a href="/">홈</a></li><li><a href="/pol">정치</a></li><li><a href="/eco">경제</a></li></ul></div>
    <div class="stock-ticker"><span>코스피 2,650.12 ▲12.3</span> <span>코스닥 870.55 ▼3.1</span></div>
    <div class="breadcrumb"><a href="/">홈</a> &gt; <a href="/eco">경제</a></div>
    <article>
    <header><h1 class="headline">정부, AI&nbsp;팩토리에 <b>2조</b> 원 투자</h1>
    <p class="date">입력 <time datetime="2025-03-04T09:30">2025.03.04 09:30</time></p></header>
    <div class="article-body">
    <p>산업통상자원부는 4일 AI&nbsp;팩토리 확산을 위해 내년까지 <b>2조</b> 원을 투자한다고 밝혔다.</p>
    <p>이번 사업에는 중소기업 &amp; 중견기업 300개사가 참여하며,<br>
    총 1,200억 원 규모의 전용 펀드도 조성된다.</p>
    <!-- ad slot <p>광고</p> -->
    <div class="ad-wrap"><a href="http://ad">광고 클릭하세요</a></div>
    <figure><img src="a.jpg"><figcaption>3일 서울 코엑스에서 열린 AI 팩토리 설명회 모습</figcaption></figure>
    <p>정부는 2026년 상반기 중 세부 계획을 발표할 예정이다.</p>
    </div>
    <div class="article-share"><button>공유</button><a href="#">페이스북</a><a href="#">트위터</a></div>
    <div class="reporter"><a href="mailto:hong@example.com">홍길동 기자</a></div>
    </article>
    <aside><h3>많이 본 뉴스</h3><ol><li><a href="/1">첫번째 인기 기사 제목입니다</a></li><li><a href="/2">두번째 인기 기사 제목</a></li></ol></aside>
    <footer><p>Copyright ⓒ 한국일보 All rights reserved. 무단전재 및 재배포 금지</p><p>서울특별시 중구 등록번호 서울아00001 발행인 홍길동</p></footer>
    </body>
    </html>
    """

    static let portalText = """
    정부, AI 팩토리에 2조 원 투자

    입력 2025.03.04 09:30

    산업통상자원부는 4일 AI 팩토리 확산을 위해 내년까지 2조 원을 투자한다고 밝혔다.

    이번 사업에는 중소기업 & 중견기업 300개사가 참여하며,
    총 1,200억 원 규모의 전용 펀드도 조성된다.

    3일 서울 코엑스에서 열린 AI 팩토리 설명회 모습

    정부는 2026년 상반기 중 세부 계획을 발표할 예정이다.
    """

    /// A ministry board page (XHTML, layout by divs): utility links, top menu, lnb, location
    /// bar, a view table, body paragraphs, a table of figures, attachments, footer.
    static let board = """
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" lang="ko">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>보도자료 상세 | 과학기술정보통신부</title>
    <script type="text/javascript" src="/js/common.js"></script>
    </head>
    <body>
    <div id="skipNav"><a href="#content">본문 바로가기</a></div>
    <div id="header">
      <div class="util"><a href="/login">로그인</a> <a href="/sitemap">사이트맵</a> <a href="/eng">ENGLISH</a></div>
      <ul id="topMenu"><li><a href="/1">정책·정보</a></li><li><a href="/2">알림·소식</a></li><li><a href="/3">정보공개</a></li></ul>
    </div>
    <div id="container">
      <div id="lnb"><h2>알림·소식</h2><ul><li><a href="/b1">보도자료</a></li><li><a href="/b2">설명자료</a></li><li><a href="/b3">공지사항</a></li></ul></div>
      <div id="content">
        <div class="location">홈 &gt; 알림·소식 &gt; 보도자료</div>
        <div class="board_view">
          <table class="view_table" summary="보도자료 상세">
            <tr><th scope="row">제목</th><td colspan="3">AI 반도체 혁신 생태계 조성에 5년간 1조 2천억 원 투입</td></tr>
            <tr><th scope="row">담당부서</th><td>정보통신산업정책관</td><th scope="row">등록일</th><td>2024-05-21</td></tr>
          </table>
          <div class="view_cont">
            <p>과학기술정보통신부(장관 이종호)는 5월 21일 「AI 반도체 혁신 생태계 조성 방안」을 발표했다.</p>
            <p>정부는 2028년까지 총 1조 2천억 원을 투입해 국산 AI 반도체의 데이터센터 적용을 확대할 계획이다.</p>
            <p>주요 사업별 투자 규모는 다음과 같다.</p>
            <table class="tbl_data">
              <caption>(단위: 억원)</caption>
              <thead><tr><th>구분</th><th>총 투자규모(억원)</th><th>지원 과제수</th></tr></thead>
              <tbody>
                <tr><td>AI 반도체 설계</td><td>4,500</td><td>30</td></tr>
                <tr><td>데이터센터 실증</td><td></td><td>12</td></tr>
              </tbody>
            </table>
          </div>
          <div class="file_list"><span>첨부파일</span> <a href="/f1.hwp">보도자료.hwp</a> <a href="/f1.pdf">보도자료.pdf</a></div>
          <div class="btn_area"><a href="/list">목록</a></div>
        </div>
      </div>
    </div>
    <div id="footer"><address>(30121) 세종특별자치시 갈매로 477 정부세종청사 4동 과학기술정보통신부 대표전화 1335</address><p class="copyright">COPYRIGHT © MINISTRY OF SCIENCE AND ICT. ALL RIGHTS RESERVED.</p></div>
    </body>
    </html>
    """

    static let boardText = """
    제목\tAI 반도체 혁신 생태계 조성에 5년간 1조 2천억 원 투입\t\t
    담당부서\t정보통신산업정책관\t등록일\t2024-05-21

    과학기술정보통신부(장관 이종호)는 5월 21일 「AI 반도체 혁신 생태계 조성 방안」을 발표했다.

    정부는 2028년까지 총 1조 2천억 원을 투입해 국산 AI 반도체의 데이터센터 적용을 확대할 계획이다.

    주요 사업별 투자 규모는 다음과 같다.

    (단위: 억원)

    구분\t총 투자규모(억원)\t지원 과제수
    AI 반도체 설계\t4,500\t30
    데이터센터 실증\t\t12
    """

    /// An old table-layout page in EUC-KR (declared by http-equiv), made with
    /// `iconv -f UTF-8 -t EUC-KR`: top links row, a nested menu table, `<font>`/`<br>` soup.
    static let euckrBytes = Array(Data(base64Encoded: "PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRleHQvaHRtbDsgY2hhcnNldD1ldWMta3IiPgo8dGl0bGU+uri1tcDat+EgLSDB37zSuqXDs7Hivve6zjwvdGl0bGU+CjwvaGVhZD4KPGJvZHkgYmdjb2xvcj0iI2ZmZmZmZiI+Cjx0YWJsZSB3aWR0aD0iOTAwIiBib3JkZXI9IjAiIGNlbGxwYWRkaW5nPSIwIiBjZWxsc3BhY2luZz0iMCI+Cjx0cj48dGQgY29sc3Bhbj0iMiI+PGEgaHJlZj0iLyI+PGltZyBzcmM9ImxvZ28uZ2lmIiBhbHQ9IsHfvNK6pcOzseK+97rOIj48L2E+IDxhIGhyZWY9Ii9hIj6x4rD8vNKwszwvYT4gfCA8YSBocmVmPSIvYiI+vsu4sri2tOc8L2E+IHwgPGEgaHJlZj0iL2MiPsGkuriw+LCzPC9hPjwvdGQ+PC90cj4KPHRyPgo8dGQgd2lkdGg9IjE4MCIgdmFsaWduPSJ0b3AiPjx0YWJsZT48dHI+PHRkPjxhIGhyZWY9Ii9uMSI+uri1tcDat+E8L2E+PC90ZD48L3RyPjx0cj48dGQ+PGEgaHJlZj0iL24yIj7H2LjtwNq34TwvYT48L3RkPjwvdHI+PHRyPjx0ZD48YSBocmVmPSIvbjMiPrD4wfa758fXPC9hPjwvdGQ+PC90cj48L3RhYmxlPjwvdGQ+Cjx0ZCB2YWxpZ249InRvcCI+Cjxmb250IHNpemU9IjQiPjxiPr26uLbGrrD4wOUgsbjD4CDB9r/4u+e+9yCw+LDtPC9iPjwvZm9udD48YnI+Cjxmb250IGNvbG9yPSJncmF5Ij617rfPwM8gMjAyNC4wMi4xNTwvZm9udD48YnI+PGJyPgrB37zSuqXDs7Hivve6zrTCIDE1wM8gvbq4tsausPjA5SCxuMPgIMH2v/i75773v6Egw9EgMywwMDC+7yC/+MC7IMX1wNTH0bTZsO0gueDH+7TZLjxicj4Kv8PH2LTCIMHfvNKx4r73IDEsNTAwsLO757imILyxwaTH2CCx4r73tOcgw9a06yAyvu8gv/jAuyDB9r/4x9G02S48YnI+PGJyPgq5rsDHJm5ic3A7OiZuYnNwO726uLbGrsGmwbbH9b3FsPogKDA0Mi00ODEtMDAwMCkKPC90ZD4KPC90cj4KPHRyPjx0ZCBjb2xzcGFuPSIyIiBhbGlnbj0iY2VudGVyIj48Zm9udCBzaXplPSIyIj5Db3B5cmlnaHQgKGMpIMHfvNK6pcOzseK+97rOLiBBbGwgcmlnaHRzIHJlc2VydmVkLjwvZm9udD48L3RkPjwvdHI+CjwvdGFibGU+CjwvYm9keT4KPC9odG1sPgo=")!)

    static let euckrText = """
    스마트공장 구축 지원사업 공고
    등록일 2024.02.15

    중소벤처기업부는 15일 스마트공장 구축 지원사업에 총 3,000억 원을 투입한다고 밝혔다.
    올해는 중소기업 1,500개사를 선정해 기업당 최대 2억 원을 지원한다.

    문의 : 스마트제조혁신과 (042-481-0000)
    """
}

@Suite struct HTMLFormatTests {
    static func decode(_ bytes: [UInt8], path: String = "page.html") -> Result<SourceFile, SourceError> {
        HTMLCharset.decode(path: path, bytes: bytes, maxBytes: 64 << 20)
    }

    static func analyze(_ html: String, keepBoilerplate: Bool = false) throws -> HTMLResult {
        try analyze(bytes: Array(html.utf8), keepBoilerplate: keepBoilerplate)
    }

    static func analyze(bytes: [UInt8], keepBoilerplate: Bool = false) throws -> HTMLResult {
        let source = try decode(bytes).get()
        return HTMLFormat().analyze(source, options: NormalizeOptions(keepBoilerplate: keepBoilerplate))
    }

    /// The original text of original scalar range `r`, taken from the file's bytes.
    static func original(_ source: SourceFile, _ r: Range<Int>) -> String {
        let b0 = source.map.byteOffset(ofScalar: r.lowerBound), b1 = source.map.byteOffset(ofScalar: r.upperBound)
        if source.encoding == "UTF-8" {
            return String(decoding: source.bytes[b0..<b1], as: UTF8.self)
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: source.scalars[r])
        return String(s)
    }

    /// Every kept scalar (grouped with the scalars sharing its origin, such as an NFC chunk)
    /// renormalizes from the visible text of its original range; separators map to empty ranges.
    /// Every line of the text does the same as a whole (cells compared without the TAB).
    static func checkProvenance(_ result: HTMLResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        checkScalars(result, sourceLocation: sourceLocation)
        checkSegments(result, sourceLocation: sourceLocation)
    }

    static func checkScalars(_ result: HTMLResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = result.document.text
        let source = result.document.source
        var i = 0
        while i < text.count {
            let o = text.originalRange(of: i..<(i + 1))
            var j = i + 1
            while j < text.count, text.originalRange(of: j..<(j + 1)) == o { j += 1 }
            let piece = text.string(i..<j)
            if o.isEmpty {
                #expect(piece.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || $0 == " " }, "synthetic \(piece.debugDescription) at \(i)",
                        sourceLocation: sourceLocation)
            } else if piece == "\n" {
                // A newline inside <pre> keeps its original line break.
                #expect(HTMLFormat.visibleText(ofOriginal: original(source, o)) == " ", sourceLocation: sourceLocation)
            } else {
                let visible = HTMLFormat.visibleText(ofOriginal: original(source, o))
                #expect(TextNormalizer.normalize(visible) == piece,
                        "scalar \(i) \(piece.debugDescription) ← \(original(source, o).debugDescription)",
                        sourceLocation: sourceLocation)
            }
            i = j
        }
    }

    /// Every line of the text, cell by cell, renormalizes from the visible text of its original
    /// range; returns how many did not (each is also recorded as an issue when `record`).
    @discardableResult
    static func checkSegments(_ result: HTMLResult, record: Bool = true,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (checked: Int, failed: Int) {
        let text = result.document.text
        let source = result.document.source
        var checked = 0, failed = 0
        var start = 0
        let scalars = text.scalars
        for k in 0...scalars.count where k == scalars.count || scalars[k] == "\n" || scalars[k] == "\t" {
            if k > start {
                let r = text.snappedToOrigin(start..<k)
                let o = text.originalRange(of: r)
                let visible = TextNormalizer.normalize(HTMLFormat.visibleText(ofOriginal: original(source, o)))
                checked += 1
                if visible != text.string(r) {
                    failed += 1
                    if record {
                        Issue.record("segment \(text.string(r).debugDescription) ← \(visible.debugDescription)", sourceLocation: sourceLocation)
                    }
                }
            }
            start = k + 1
        }
        return (checked, failed)
    }

    /// The original text of the first occurrence of `needle` in the normalized text.
    static func originalOf(_ needle: String, in result: HTMLResult) -> String? {
        let text = result.document.text
        let n = Array(needle.unicodeScalars)
        let s = text.scalars
        guard s.count >= n.count else { return nil }
        for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n {
            let r = text.snappedToOrigin(i..<(i + n.count))
            return original(result.document.source, text.originalRange(of: r))
        }
        return nil
    }

    // MARK: - Main text

    @Test func portalArticle() throws {
        let r = try Self.analyze(HTMLFixtures.portal)
        #expect(r.document.text.string == HTMLFixtures.portalText)
        #expect(r.stats.unalignedTextNodes == 0)
        #expect(r.document.source.decodingNote == nil)
        Self.checkProvenance(r)
        #expect(r.metadata.title == "정부, AI 팩토리에 2조 원 투자 | 한국일보")
        #expect(r.metadata.ogTitle == "정부, AI 팩토리에 2조 원 투자")
        #expect(r.metadata.headline == "정부, AI 팩토리에 2조 원 투자")
        #expect(r.metadata.siteName == "한국일보")
        #expect(r.metadata.publishedTime == "2025-03-04T09:30:00+09:00")
        #expect(r.metadata.timeDatetime == "2025-03-04T09:30")
    }

    @Test func ministryBoardWithTableOfFigures() throws {
        let r = try Self.analyze(HTMLFixtures.board)
        #expect(r.document.text.string == HTMLFixtures.boardText)
        #expect(r.stats.unalignedTextNodes == 0)
        Self.checkProvenance(r)
        #expect(r.metadata.title == "보도자료 상세 | 과학기술정보통신부")
        #expect(Self.originalOf("총 투자규모(억원)", in: r) == "총 투자규모(억원)")
    }

    /// Merged cells become empty cells, so that the columns of every row line up: `rowspan` leaves
    /// an empty cell in the rows below, `colspan` empty cells to the right.
    @Test func spannedCellsKeepColumnsInPlace() throws {
        let path = TestPackage.root.appendingPathComponent("Tests/Fixtures/html-eval/figure_tables_budget.html").path
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let r = HTMLFormat().analyze(try Self.decode(bytes).get(), options: NormalizeOptions())
        let lines = r.document.text.string.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("사업명\t예산\t\t지원 과제수"))
        #expect(lines.contains("\t2025년\t2026년\t"))
        #expect(lines.contains("AI 제조혁신\t - \t700\t60"))  // `&nbsp;-&nbsp;`
        Self.checkProvenance(r)
    }

    @Test func oldEUCKRTableLayout() throws {
        let source = try Self.decode(HTMLFixtures.euckrBytes).get()
        #expect(source.encoding == "windows-949")
        #expect(source.decodingNote == nil)
        let r = HTMLFormat().analyze(source, options: NormalizeOptions())
        #expect(r.document.text.string == HTMLFixtures.euckrText)
        #expect(r.stats.unalignedTextNodes == 0)
        Self.checkProvenance(r)
        #expect(r.metadata.title == "보도자료 - 중소벤처기업부")
        // `&nbsp;:&nbsp;` maps to the entities; byte offsets are EUC-KR bytes.
        #expect(Self.originalOf("문의 : 스마트", in: r) == "문의&nbsp;:&nbsp;스마트")
        let text = r.document.text
        let at = text.string.unicodeScalars.count - "(042-481-0000)".unicodeScalars.count
        let range = r.document.source.map.range(ofScalars: text.originalRange(of: at..<(at + 1)))
        #expect(Array(HTMLFixtures.euckrBytes[range.start.byte..<range.end.byte]) == Array("(".utf8))
    }

    @Test func keepBoilerplateKeepsMenusAndFooters() throws {
        let r = try Self.analyze(HTMLFixtures.portal, keepBoilerplate: true)
        let s = r.document.text.string
        #expect(s.contains("홈"))
        #expect(s.contains("많이 본 뉴스"))
        #expect(s.contains("무단전재"))
        #expect(s.contains("코스피"))
        #expect(!s.contains("3조"), "script contents are never text")
        Self.checkProvenance(r)
    }

    // MARK: - Provenance details

    @Test func nbspAndBoldSplitMentionsMapToTheirSpans() throws {
        let html = "<html><body><p>정부는 AI&nbsp;팩토리에 <b>2조</b> 원을 투입한다.</p></body></html>"
        let r = try Self.analyze(html)
        #expect(r.document.text.string == "정부는 AI 팩토리에 2조 원을 투입한다.")
        #expect(Self.originalOf("AI 팩토리", in: r) == "AI&nbsp;팩토리")
        #expect(Self.originalOf("2조 원", in: r) == "2조</b> 원")
        // Byte range and line/column of `2조 원`.
        let text = r.document.text
        let start = Array(text.scalars).firstIndex(of: "2")!
        let span = r.document.source.map.range(ofScalars: text.originalRange(of: start..<(start + 4)))
        let bytes = Array(html.utf8)
        #expect(String(decoding: bytes[span.start.byte..<span.end.byte], as: UTF8.self) == "2조</b> 원")
        #expect(span.start.line == 1 && span.start.column == 36)
        Self.checkProvenance(r)
    }

    @Test func entitiesCommentsScriptsAndCRLF() throws {
        let html = "<html>\r\n<head><script>document.write('<p>가짜</p>');</script></head>\r\n<body>\r\n"
            + "<p>값은 &#123;1&#125; &lt;2&gt; &amp; &#x1F600; &quot;인용&quot; &copy; A&amp;B &unknown; a &amp b</p>\r\n"
            + "<p>둘째<!-- 숨김 --> 문단\r\n이어짐</p>\r\n</body></html>"
        let r = try Self.analyze(html)
        #expect(r.document.text.string == "값은 {1} <2> & 😀 \"인용\" © A&B &unknown; a &amp b\n\n둘째 문단 이어짐")
        #expect(r.stats.unalignedTextNodes == 0)
        #expect(Self.originalOf("😀", in: r) == "&#x1F600;")
        #expect(Self.originalOf("{1}", in: r) == "&#123;1&#125;")
        #expect(Self.originalOf("문단 이어짐", in: r) == "문단\r\n이어짐")
        Self.checkProvenance(r)
    }

    @Test func brSoupUnclosedTagsAndStrayEndTags() throws {
        let html = """
        <body><div>첫째 줄<br>둘째 줄<br><br>새 문단 <font color=red>빨강</span> 글씨
        <p>닫히지 않은 문단<p>다음 문단</div></b>끝
        """
        let r = try Self.analyze(html)
        #expect(r.document.text.string == "첫째 줄\n둘째 줄\n\n새 문단 빨강 글씨\n\n닫히지 않은 문단\n\n다음 문단\n\n끝")
        #expect(r.stats.unalignedTextNodes == 0)
        Self.checkProvenance(r)
    }

    @Test func visibleTextHelper() {
        #expect(HTMLFormat.visibleText(ofOriginal: "AI&nbsp;팩토리") == "AI\u{00A0}팩토리")
        #expect(HTMLFormat.visibleText(ofOriginal: "2조</b> <i>원</i>") == "2조 원")
        #expect(HTMLFormat.visibleText(ofOriginal: "a<!-- x -->b<script>c</script>d") == "abd")
        #expect(HTMLFormat.visibleText(ofOriginal: "x &lt; y, 1 < 2, &#65;&#x42;") == "x < y, 1 < 2, AB")
        #expect(HTMLFormat.visibleText(ofOriginal: "a\r\n   b") == "a b")
    }

    // MARK: - Encodings and bad input

    @Test func declaredCharsetIsFound() {
        #expect(HTMLCharset.declaredCharset(Array("<head><meta charset=\"EUC-KR\">".utf8)[...]) == "euc-kr")
        #expect(HTMLCharset.declaredCharset(Array("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ks_c_5601-1987'>".utf8)[...]) == "ks_c_5601-1987")
        #expect(HTMLCharset.declaredCharset(Array("<!-- <meta charset=euc-kr> --><meta charset=utf-8>".utf8)[...]) == "utf-8")
        #expect(HTMLCharset.declaredCharset(Array("<p>charset=euc-kr</p>".utf8)[...]) == nil)
    }

    @Test func charsetThatLiesFallsBackWithANote() throws {
        // Declared EUC-KR, saved as UTF-8.
        let utf8Page = "<html><head><meta charset=\"euc-kr\"></head><body><p>정부는 2조 원을 투입한다.</p></body></html>"
        let a = try Self.decode(Array(utf8Page.utf8)).get()
        #expect(a.encoding == "UTF-8")
        #expect(a.decodingNote?.contains("declared charset euc-kr") == true)
        // Declared UTF-8, bytes in EUC-KR.
        var bytes = HTMLFixtures.euckrBytes
        let label = Array("euc-kr".utf8)
        let at = (0...(bytes.count - label.count)).first { Array(bytes[$0..<($0 + label.count)]) == label }!
        bytes.replaceSubrange(at..<(at + label.count), with: Array("utf-8".utf8))
        let b = try Self.decode(bytes).get()
        #expect(b.encoding == "windows-949")
        #expect(b.decodingNote?.contains("declared charset utf-8, but not valid UTF-8") == true)
        let r = HTMLFormat().analyze(b, options: NormalizeOptions())
        #expect(r.document.text.string == HTMLFixtures.euckrText)
        // Declared Latin-1 on a Korean EUC-KR page: not read as mojibake.
        bytes = HTMLFixtures.euckrBytes
        bytes.replaceSubrange(at..<(at + label.count), with: Array("iso-8859-1".utf8))
        let c = try Self.decode(bytes).get()
        #expect(c.encoding == "windows-949")
        #expect(c.decodingNote?.contains("iso-8859-1") == true)
    }

    @Test func binaryDataNamedHTMLIsAnError() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        png += Array(repeating: 0xFF, count: 64)
        guard case .failure(let e) = Self.decode(png) else { Issue.record("binary accepted"); return }
        #expect(e.description.contains("binary"))
        let noise: [UInt8] = (0..<2000).map { UInt8(truncatingIfNeeded: ($0 * 7919 + 13) % 251 + 1) }
        guard case .failure(let e2) = Self.decode(noise) else { Issue.record("noise accepted"); return }
        #expect(e2.description.contains("page.html"))
    }

    @Test func truncatedPageKeepsWhatIsThere() throws {
        let r = try Self.analyze("<html><body><div class=\"article\"><p>정부는 2조 원을 투입한다고 밝혔다.</p><p>추가로 3천억")
        #expect(r.document.text.string == "정부는 2조 원을 투입한다고 밝혔다.\n\n추가로 3천억")
        Self.checkProvenance(r)
        let cut = try Self.analyze("<html><body><p>정부는 2조 원을<b class=\"x")
        #expect(cut.document.text.string == "정부는 2조 원을")
        Self.checkProvenance(cut)
    }

    @Test func pageWithoutBodySaysSo() throws {
        let r = try Self.analyze("<html><head><title>빈 페이지</title></head></html>")
        #expect(r.document.text.count == 0)
        #expect(r.document.source.decodingNote == "no article text found in the HTML page")
        #expect(r.metadata.title == "빈 페이지")
        let blank = try Self.analyze("   \n  ")
        #expect(blank.document.text.count == 0)
        #expect(blank.document.source.decodingNote != nil)
    }

    @Test func preFormWrappedPagesNulAndDeepNesting() throws {
        let pre = try Self.analyze("<html><body><pre>제목: 보도자료\r\n\r\n  정부는 2조 원을\r\n투입한다.</pre></body></html>")
        #expect(pre.document.text.string == "제목: 보도자료\n\n정부는 2조 원을\n투입한다.")
        Self.checkProvenance(pre)
        // ASP.NET-style pages wrap everything in <form>: the article inside is kept.
        let form = try Self.analyze("<html><body><form id=\"form1\"><div id=\"gnb\"><a href=/>홈</a></div>"
            + "<div class=\"cont\"><h3>보도자료</h3><p>중소벤처기업부는 15일 스마트공장 구축 지원사업에 총 3,000억 원을 투입한다고 밝혔다.</p></div></form></body></html>")
        #expect(form.document.text.string == "보도자료\n\n중소벤처기업부는 15일 스마트공장 구축 지원사업에 총 3,000억 원을 투입한다고 밝혔다.")
        // A NUL past the binary probe: libxml2 sees a space, the text goes on.
        let nul = try Self.analyze("<html><body><p>" + String(repeating: "가나다 ", count: 3000) + "\u{0}뒤</p></body></html>")
        #expect(nul.document.text.string.hasSuffix("가나다 뒤"))
        #expect(nul.stats.unalignedTextNodes == 0)
        let deep = try Self.analyze(String(repeating: "<div>", count: 100_000) + "<p>정부는 2조 원을 투입한다고 밝혔다.</p>")
        #expect(deep.document.text.string == "정부는 2조 원을 투입한다고 밝혔다.")
    }
}
