import Testing
import Extract
import Pipeline
import SourceText
@testable import Report

/// The figures table and chart for short documents written after the corpus's sentences.
@Suite struct FiguresTests {
    static func document(_ text: String) -> ReportDocument {
        let processor = DocumentProcessor(options: PipelineOptions())
        return ReportDocument(processor.analyze(SourceFile(path: "t.txt", text: text)))
    }

    struct Row: Equatable, CustomStringConvertible {
        var text, item, organization, date: String
        var description: String { "\(text) | \(item) | \(organization) | \(date)" }
    }

    @Test func figuresTakeOrganizationAndDateFromTheirSentence() {
        let d = Self.document("""
        등록 2025.03.04 10:00
        산업통상자원부는 2025년 AI 팩토리 500개 구축에 1조 5000억 원을 투입한다.
        한편 중소벤처기업부는 스타트업 30곳에 100억 원을 지원한다.
        """)
        let rows = Figures.rows(of: d).map { Row(text: $0.text, item: $0.item, organization: $0.organization, date: $0.date) }
        #expect(rows == [
            Row(text: "500개", item: "AI 팩토리", organization: "산업통상자원부", date: "2025"),
            Row(text: "1조 5000억 원", item: "", organization: "산업통상자원부", date: "2025"),
            Row(text: "30곳", item: "스타트업", organization: "중소벤처기업부", date: ""),
            Row(text: "100억 원", item: "", organization: "중소벤처기업부", date: ""),
        ])
    }

    @Test func chartShowsEachLargestAmountOnceLargestFirst() {
        let d = Self.document("""
        정부는 1조 원을 투입한다.
        이 가운데 3000억 원은 연구에, 7000억 원은 설비에 쓴다.
        다시 말해 총 1조 원 규모다.
        """)
        let bars = Figures.largestAmounts(of: d, rows: Figures.rows(of: d))
        #expect(bars.map(\.won) == [1_000_000_000_000, 700_000_000_000, 300_000_000_000])
        #expect(bars.map(\.text) == ["1조 원", "7000억 원", "3000억 원"])
        #expect(bars.map(\.name) == ["line 1", "line 2", "line 2"])
        var svg = ""
        BarChart.render(bars, document: 0, into: &svg)
        // 330 px for the largest, in proportion for the others.
        #expect(svg.contains("width=\"330\" height=\"18\""))
        #expect(svg.contains("width=\"231\" height=\"18\""))
        #expect(svg.contains("width=\"99\" height=\"18\""))
        #expect(Support.tagProblems(svg) == [])
    }

    @Test(arguments: [(Int64(1), Int64(1_000_000), 2), (500, 1000, 165), (1000, 1000, 330)])
    func barLengths(won: Int64, largest: Int64, expected: Int) {
        #expect(BarChart.barLength(won, largest: largest) == expected)
    }

    @Test(arguments: [("산업혁신기반구축사업", 14, "산업혁신기반구축사업"), ("K-화학산업 대전환 R&D 프로젝트", 14, "K-화학산업 대전환 R&…")])
    func truncation(text: String, limit: Int, expected: String) {
        #expect(BarChart.truncated(text, to: limit) == expected)
    }
}
