import XCTest
@testable import Diff

/// The hand-made release pairs under Tests/Fixtures/diff: precision and recall of the matched figures
/// against the hand-written expected lists (README.md, section Diff, reports these figures).
final class FixtureMatchingTests: XCTestCase {
    func score(_ pair: String, reversed: Bool = false, options: DiffOptions = DiffOptions()) throws -> MatchScore {
        let old = Support.load(Support.fixture("\(pair)/old.txt"))
        let new = Support.load(Support.fixture("\(pair)/new.txt"))
        XCTAssertEqual(old.failures + new.failures, [])
        let changes = reversed ? FigureDiffer.diff(old: new, new: old, options: options) : FigureDiffer.diff(old: old, new: new, options: options)
        var expected = try ExpectedFigure.read(Support.fixture("\(pair)/expected.tsv"))
        if reversed { expected = expected.map(Self.mirrored) }
        let result = MatchScore(predicted: changes.map(ExpectedFigure.init), expected: expected)
        let name = reversed ? "\(pair) (reversed)" : pair
        print("diff fixture \(name): \(result.correct) correct of \(result.predicted) predicted, \(result.expected) expected;"
              + " precision \(String(format: "%.3f", result.precision)), recall \(String(format: "%.3f", result.recall))")
        for m in result.missed { print("  missed: \(m)") }
        for w in result.wrong { print("  wrong:  \(w)") }
        return result
    }

    static func mirrored(_ e: ExpectedFigure) -> ExpectedFigure {
        let status = e.status == "added" ? "removed" : e.status == "removed" ? "added" : e.status
        return ExpectedFigure(status: status, type: e.type, old: e.new, new: e.old)
    }

    func testCorrectedReissue() throws {
        let result = try score("reissue")
        XCTAssertGreaterThanOrEqual(result.precision, 0.98)
        XCTAssertGreaterThanOrEqual(result.recall, 0.98)
    }

    func testLastYearsBudgetRelease() throws {
        let result = try score("budget-year")
        XCTAssertGreaterThanOrEqual(result.precision, 0.9)
        XCTAssertGreaterThanOrEqual(result.recall, 0.9)
    }

    func testLastYearsBudgetTable() throws {
        let result = try score("budget-table")
        XCTAssertGreaterThanOrEqual(result.precision, 0.9)
        XCTAssertGreaterThanOrEqual(result.recall, 0.9)
    }

    func testProposalAndPassedBudgetNews() throws {
        let result = try score("budget-news")
        XCTAssertEqual(result.precision, 1)
        XCTAssertEqual(result.recall, 1)
    }

    /// Without weighing the ministry by how many figures it is named beside, and without doubting
    /// values far apart, the ministry alone pairs figures of different things: OLD's R&D budget
    /// with NEW's field budgets, the level of 기초연구 with its increase.
    func testWithoutAnchorSpecificityAndMagnitude() throws {
        var weights = MatchWeights.standard
        weights.anchorSpecificity = false
        weights.moneyApart = 0
        weights.countApart = 0
        weights.percentApart = 0
        let result = try score("budget-news", options: DiffOptions(weights: weights))
        XCTAssertLessThan(result.precision, 0.8)
        XCTAssertTrue(result.wrong.contains(ExpectedFigure(status: "changed", type: "money", old: "15:2조5000억원", new: "13:2,078억 원")))
    }

    /// The matcher as first written, without the parenthesis label and the table/prose rule, and
    /// with the counted item at +3: it pairs 스마트공장's figures of the prose list with
    /// 에너지신산업's and a table cell with a prose figure. The rules are what fix it.
    func testWithoutTheParenthesisLabelRule() throws {
        var weights = MatchWeights.standard
        weights.groupAgree = 0
        weights.groupDisagree = 0
        weights.cellAgainstProse = 0
        weights.itemAgree = 3
        let result = try score("budget-table", options: DiffOptions(weights: weights))
        XCTAssertLessThan(result.precision, 1)
        XCTAssertEqual(result.wrong.count, 3)
    }

    /// Swapping OLD and NEW swaps added and removed and keeps every pair.
    func testReversedPairsMirror() throws {
        for pair in ["reissue", "budget-year", "budget-table", "budget-news"] {
            let result = try score(pair, reversed: true)
            XCTAssertGreaterThanOrEqual(result.recall, 0.9, pair)
        }
    }

    /// The one corrected figure of the reissue and the budget's headline figure, with delta and ratio
    /// worked out by hand.
    func testHeadlineChanges() throws {
        let reissue = FigureDiffer.diff(old: Support.load(Support.fixture("reissue/old.txt")),
                                        new: Support.load(Support.fixture("reissue/new.txt")))
        let corrected = try XCTUnwrap(reissue.first { $0.new?.line == 12 && $0.new?.text == "1,260억원" })
        XCTAssertEqual(corrected.status, .changed)
        XCTAssertEqual(corrected.old?.text, "1,206억원")
        XCTAssertEqual(corrected.delta, "5400000000")     // 54억 원
        XCTAssertEqual(corrected.ratio, "1.0448")         // 1260 / 1206 = 1.04477…
        let cell = try XCTUnwrap(reissue.first { $0.new?.line == 81 && $0.new?.text == "1,260" })
        XCTAssertEqual(cell.key, "row=자율주행차, column='25년 투자규모")   // the table's header label, as the extractor reads it

        let budget = FigureDiffer.diff(old: Support.load(Support.fixture("budget-year/old.txt")),
                                       new: Support.load(Support.fixture("budget-year/new.txt")))
        let programme = try XCTUnwrap(budget.first { $0.new?.line == 26 })
        XCTAssertEqual(programme.old?.text, "2408억 원")
        XCTAssertEqual(programme.delta, "27700000000")   // 2,685억 − 2,408억 = 277억
        XCTAssertEqual(programme.ratio, "1.1150")        // 2685 / 2408 = 1.11503…
        XCTAssertTrue(programme.key.hasPrefix("program=산업혁신기반구축사업"), programme.key)
    }

    /// Output order: NEW's figures in document order, then the removed ones in OLD's order.
    func testOrder() throws {
        let changes = FigureDiffer.diff(old: Support.load(Support.fixture("reissue/old.txt")),
                                        new: Support.load(Support.fixture("reissue/new.txt")))
        let newLines = changes.compactMap { $0.new?.line }
        XCTAssertEqual(newLines, newLines.sorted())
        let firstRemoved = try XCTUnwrap(changes.firstIndex { $0.status == .removed })
        XCTAssertTrue(changes[firstRemoved...].allSatisfy { $0.status == .removed })
        XCTAssertEqual(changes[firstRemoved...].map { $0.old!.text }, ["3", "11", "3"])
    }
}

/// A release compared with itself: every figure `same`, each paired with itself (same byte range),
/// even where the same value is written several times in one sentence or table.
final class SelfDiffTests: XCTestCase {
    /// The corpus and the HTML evaluation pages (whose tables have rows of bare numbers, `- 700 60`,
    /// with no word to match on).
    func testEveryCorpusDocumentAgainstItself() throws {
        let corpus = Support.packageRoot.appendingPathComponent("Corpus")
        let pages = Support.packageRoot.appendingPathComponent("Tests/Fixtures/html-eval")
        let texts = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let html = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertEqual(texts.count, 5)
        XCTAssertEqual(html.count, 10)
        let files = texts.map { corpus.appendingPathComponent($0).path } + html.map { pages.appendingPathComponent($0).path }
        for file in files {
            let side = Support.load(file)
            let changes = FigureDiffer.diff(old: side, new: side)
            XCTAssertFalse(changes.isEmpty, file)
            for c in changes {
                XCTAssertEqual(c.status, .same, "\(file): \(ExpectedFigure(c))")
                XCTAssertEqual(c.old?.record.int("byteStart"), c.new?.record.int("byteStart"), "\(file): \(ExpectedFigure(c))")
            }
        }
    }
}
