import Foundation
import Testing
@testable import Report

/// The side-by-side diff table, with changes made by hand as the diff command would give them.
@Suite struct DiffViewTests {
    static let changes: [FigureChange] = [
        FigureChange(status: .changed, type: "money", key: "AI 팩토리 · 산업통상부 · 2025",
                     old: .init(value: "1조 5000억 원", line: 12), new: .init(value: "1조 6500억 원", line: 14), delta: "+150000000000"),
        FigureChange(status: .added, type: "count", key: "스타트업 · 중소벤처기업부", new: .init(value: "30곳", line: 20)),
        FigureChange(status: .removed, type: "money", key: "CVC펀드", old: .init(value: "1,725억원", line: 31)),
        FigureChange(status: .same, type: "count", key: "초격차 프로젝트", old: .init(value: "45개", line: 8), new: .init(value: "45개", line: 8), delta: "0"),
    ]

    /// The body rows, cell texts in order (tags stripped, entities decoded).
    static func rows(_ html: String) -> [[String]] {
        let body = html.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
        return body.components(separatedBy: "</tr>").dropLast().map { row in
            row.components(separatedBy: "</td>").dropLast().map { cell in
                Support.unescape(cell.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    .trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }

    @Test func rowsShowBothSidesAndTheStatusInWords() {
        let html = DiffView.table(Self.changes, oldLabel: "2025-05-26", newLabel: "2025-05-30")
        #expect(Self.rows(html) == [
            ["~ changed", "money", "AI 팩토리 · 산업통상부 · 2025", "1조 5000억 원", "12", "1조 6500억 원", "14", "+150000000000"],
            ["+ added", "count", "스타트업 · 중소벤처기업부", "", "", "30곳", "20", ""],
            ["− removed", "money", "CVC펀드", "1,725억원", "31", "", "", ""],
            ["= same", "count", "초격차 프로젝트", "45개", "8", "45개", "8", "0"],
        ])
        #expect(html.contains("<tr class=\"changed\" data-status=\"changed\">"))
        #expect(html.contains("<tr class=\"removed\" data-status=\"removed\">"))
        #expect(html.contains(">2025-05-26</th>") && html.contains(">2025-05-30</th>"))
        #expect(Support.tagProblems(html) == [])
    }

    @Test func pageCountsStatusesAndEscapes() {
        var changes = Self.changes
        changes.append(FigureChange(status: .added, type: "money", key: "<script>alert(1)</script>", new: .init(value: "\"><b>1원</b>")))
        let html = renderDiff(changes, oldLabel: "old <v1>", newLabel: "new")
        #expect(html.contains("1 changed, 2 added, 1 removed, 1 same"))
        #expect(html.contains("old &lt;v1&gt; → new"))
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;b&gt;1원&lt;/b&gt;"))
        #expect(html.contains("data-filter=\"same\""))
        #expect(Support.tagProblems(html) == [])
    }

    @Test func noChangesSaySo() {
        #expect(Self.rows(DiffView.table([])) == [["No figures."]])
    }
}
