import Diff
import Report

/// `kpolicy diff --format html`: the diff's figure changes drawn by the report's side-by-side view.
/// Both modules name their type `FigureChange` (one is the comparison, the other what the page
/// needs to draw it), so this file is the one place that sees both.
enum DiffPage {
    static func render(_ changes: [Diff.FigureChange], oldLabel: String, newLabel: String) -> String {
        let rows = changes.map { c in
            Report.FigureChange(
                status: Report.FigureChange.Status(rawValue: c.status.rawValue) ?? .same,
                type: c.type, key: c.key,
                old: c.old.map { Report.FigureChange.Side(value: $0.text, line: $0.line) },
                new: c.new.map { Report.FigureChange.Side(value: $0.text, line: $0.line) },
                delta: c.delta.map { $0.hasPrefix("-") || $0 == "0" ? $0 : "+" + $0 })
        }
        return Report.renderDiff(rows, oldLabel: oldLabel, newLabel: newLabel)
    }
}
