import Extract

/// A horizontal bar chart of a document's largest won amounts as inline SVG: one bar per amount,
/// its label (what it is for, else its line) on the left, the amount as written after the bar.
/// Geometry is whole pixels computed here, so the markup is the same on every run.
enum BarChart {
    static let width = 720
    static let labelWidth = 190
    static let barArea = 330
    static let rowHeight = 24

    static func render(_ bars: [Figures.Bar], document: Int, into out: inout String) {
        guard let largest = bars.first?.won, largest > 0 else { return }
        let height = bars.count * rowHeight + 8
        out += "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-label=\"Largest amounts in won\">\n"
        out += "<title>Largest amounts in won</title>\n"
        for (i, bar) in bars.enumerated() {
            let y = 4 + i * rowHeight
            let length = barLength(bar.won, largest: largest)
            out += "<a href=\"#d\(document)-m\(bar.mentionIndex)\"><g><title>"
            HTMLEscape.append(MentionDisplay.money(ExactDecimal(units: bar.won), currency: "KRW"), to: &out)
            out += "</title><text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\">"
            HTMLEscape.append(truncated(bar.name, to: 14), to: &out)
            out += "</text><rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\"/>"
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 16)\">"
            HTMLEscape.append(truncated(bar.text, to: 24), to: &out)
            out += "</text></g></a>\n"
        }
        out += "</svg>\n"
    }

    /// Bar length in pixels, proportional to the amount, at least 2 so that a small amount still shows.
    static func barLength(_ won: Int64, largest: Int64) -> Int {
        let scaled = Int((Double(won) / Double(largest) * Double(barArea)).rounded())
        return max(2, min(barArea, scaled))
    }

    /// `text` cut to `limit` characters with `…` when longer (labels must fit the label column).
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
