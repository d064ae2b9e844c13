import Extract

/// One row of a document's figures table: a money amount or a count with what it is about.
public struct FigureRow: Sendable, Hashable {
    public let mentionIndex: Int
    public let type: MentionType
    public let text: String
    /// The amount as read (`30개`, `약 2,000,000,000,000원 (2조 원)`), without item or date.
    public let label: String
    /// The number the table sorts by: the amount (or the upper end of a range) in its main unit.
    public let sortValue: String
    /// What the figure counts or pays for: the count's own noun, the table row it sits in, what a
    /// per-unit amount is per, else the programme named in the same sentence.
    public let item: String
    /// Organizations named in the same sentence (canonical names, in order, without repeats).
    public let organization: String
    /// The figure's own date (a breakdown year, a series member), else the dates of its sentence
    /// (`2024~2028` for a period, `~2030` for a deadline).
    public let date: String
    public let line: Int
}

/// Builds the figures table and the bar chart data of one document.
public enum Figures {
    /// Money and counts in text order, repeated paragraphs left out. Organizations, dates and
    /// programmes are looked up in the mention's sentence (mentions are sorted, so one pass
    /// groups them by sentence).
    public static func rows(of document: ReportDocument) -> [FigureRow] {
        var orgs: [Int: [String]] = [:]
        var dates: [Int: [String]] = [:]
        var programs: [Int: [String]] = [:]
        for m in document.mentions where !m.duplicate {
            switch m.value {
            case .org(let v): appendOnce(v.canonical, to: &orgs[m.sentence, default: []])
            case .date(let v): appendOnce(MentionDisplay.shortDate(v), to: &dates[m.sentence, default: []])
            case .program(let v): appendOnce(v.name, to: &programs[m.sentence, default: []])
            default: break
            }
        }
        var rows: [FigureRow] = []
        for (i, m) in document.mentions.enumerated() where !m.duplicate {
            let ownItem: String?
            let ownDate: String?
            let sortValue: String
            switch m.value {
            case .money(let v):
                ownItem = v.cell?.rowLabel ?? v.program ?? v.per
                ownDate = v.date ?? v.series?.date
                sortValue = (v.value ?? v.max ?? v.min)?.literal ?? "0"
            case .count(let v):
                ownItem = v.item ?? v.cell?.rowLabel
                ownDate = v.series?.date
                sortValue = String(v.max ?? v.value)
            default:
                continue
            }
            rows.append(FigureRow(
                mentionIndex: i, type: m.type, text: m.text, label: MentionDisplay.amount(m.value), sortValue: sortValue,
                item: ownItem ?? programs[m.sentence]?.first ?? "",
                organization: orgs[m.sentence]?.joined(separator: ", ") ?? "",
                date: ownDate ?? dates[m.sentence]?.joined(separator: ", ") ?? "",
                line: m.line))
        }
        return rows
    }

    private static func appendOnce(_ value: String, to list: inout [String]) {
        if !list.contains(value) { list.append(value) }
    }

    /// One bar of the chart.
    public struct Bar: Sendable, Hashable {
        public let won: Int64
        public let text: String
        /// What the bar is labelled with: the figure's item, else its organization, else its line.
        public let name: String
        public let mentionIndex: Int
    }

    /// The `limit` largest won amounts, each amount once (a headline and its body often repeat
    /// the same figure), largest first; ties keep text order.
    public static func largestAmounts(of document: ReportDocument, rows: [FigureRow], limit: Int = 8) -> [Bar] {
        var seen: Set<Int64> = []
        var bars: [Bar] = []
        for row in rows where row.type == .money {
            guard case .money(let v) = document.mentions[row.mentionIndex].value, v.currency == "KRW",
                  let amount = v.value ?? v.max, amount.scale == 0, amount.units > 0,
                  seen.insert(amount.units).inserted else { continue }
            let name = !row.item.isEmpty ? row.item : !row.organization.isEmpty ? row.organization : "line \(row.line)"
            bars.append(Bar(won: amount.units, text: row.text, name: name, mentionIndex: row.mentionIndex))
        }
        // Stable: sort by amount, then by position in the text.
        bars.sort { $0.won != $1.won ? $0.won > $1.won : $0.mentionIndex < $1.mentionIndex }
        return Array(bars.prefix(limit))
    }
}
