import Foundation
@testable import Diff
import Pipeline
import TestSupport

/// Paths and helpers shared by the diff tests.
enum Support {
    static let packageRoot = TestPackage.root

    static func fixture(_ path: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/diff").appendingPathComponent(path).path
    }

    static func temporaryDirectory(_ name: String) throws -> URL { try TestPackage.temporaryDirectory("diff-" + name) }

    static func load(_ path: String, jobs: Int = 1) -> DiffSide {
        DiffInputLoader(options: PipelineOptions(), jobs: jobs).load(path)
    }

    /// Runs `kpolicy` with `arguments` in the package root.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: Data, err: String) {
        let run = try KPolicyCommand.run(arguments)
        return (run.status, run.stdout, run.stderr)
    }
}

/// One expected figure of a hand-made pair: status, type, and `line:text` of each side (or nil).
struct ExpectedFigure: Hashable, CustomStringConvertible {
    let status: String
    let type: String
    let old: String?
    let new: String?

    init(status: String, type: String, old: String?, new: String?) {
        self.status = status
        self.type = type
        self.old = old
        self.new = new
    }

    init(_ change: FigureChange) {
        status = change.status.rawValue
        type = change.type
        old = change.old.map { "\($0.line):\($0.text)" }
        new = change.new.map { "\($0.line):\($0.text)" }
    }

    var description: String { "\(status) \(type) \(old ?? "-") → \(new ?? "-")" }

    /// Reads an expected.tsv: `status<TAB>type<TAB>old<TAB>new`, `-` for a missing side, `#` comments.
    static func read(_ path: String) throws -> [ExpectedFigure] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4 else { throw NSError(domain: "bad expected line: \(line)", code: 1) }
            return ExpectedFigure(status: cells[0], type: cells[1], old: cells[2] == "-" ? nil : cells[2], new: cells[3] == "-" ? nil : cells[3])
        }
    }
}

/// Precision and recall of predicted figures against an expected list: a predicted figure is
/// right when the expected list has exactly it (same status, type, and both sides' line and text).
struct MatchScore {
    let correct: Int
    let predicted: Int
    let expected: Int
    let missed: [ExpectedFigure]
    let wrong: [ExpectedFigure]

    init(predicted: [ExpectedFigure], expected: [ExpectedFigure]) {
        var remaining: [ExpectedFigure: Int] = [:]
        for e in expected { remaining[e, default: 0] += 1 }
        var correct = 0
        var wrong: [ExpectedFigure] = []
        for p in predicted {
            if let n = remaining[p], n > 0 { remaining[p] = n - 1; correct += 1 } else { wrong.append(p) }
        }
        self.correct = correct
        self.predicted = predicted.count
        self.expected = expected.count
        self.wrong = wrong
        self.missed = expected.filter { (remaining[$0] ?? 0) > 0 }
    }

    var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    var recall: Double { expected == 0 ? 0 : Double(correct) / Double(expected) }
}
