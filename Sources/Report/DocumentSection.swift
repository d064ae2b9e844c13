import Extract

/// One document's part of the page: header, counts, the marked-up text beside the table of its
/// mentions, then its figures (bar chart and sortable table).
enum DocumentSection {
    static func render(_ d: ReportDocument, index: Int, into out: inout String) {
        out += "<section class=\"doc\" id=\"doc-\(index)\" data-doc=\""
        HTMLEscape.append(d.path, to: &out)
        out += "\">\n<h2>"
        HTMLEscape.append(d.path, to: &out)
        out += "</h2>\n<p class=\"meta\">"
        var facts = [d.format, d.encoding]
        if let title = d.title { facts.append("title: " + title) }
        if let date = d.date { facts.append("dated " + date) }
        else if let reference = d.referenceDate { facts.append("relative dates against " + reference) }
        facts.append("\(d.sentenceCount) sentences")
        facts.append("\(d.mentions.count) mentions")
        let repeats = d.mentions.filter(\.duplicate).count
        if repeats > 0 { facts.append("\(repeats) in repeated paragraphs (faded, not counted)") }
        if let note = d.note { facts.append(note) }
        HTMLEscape.append(facts.joined(separator: " · "), to: &out)
        out += "</p>\n<ul class=\"counts\">"
        for (type, count) in d.counts where count > 0 {
            let style = MentionStyle.of(type)
            out += "<li><span class=\"badge t-\(type.rawValue)\">\(style.letter)</span>\(type.rawValue) \(count)</li>"
        }
        out += "</ul>\n<div class=\"columns\">\n<div class=\"text\" lang=\"ko\">"
        markedText(d, index: index, into: &out)
        out += "</div>\n<div class=\"side\">"
        mentionTable(d, index: index, into: &out)
        out += "</div>\n</div>\n"
        let rows = Figures.rows(of: d)
        out += "<h3>Figures</h3>\n"
        if rows.isEmpty {
            out += "<p class=\"empty\">No money amounts or counts.</p>\n"
        } else {
            BarChart.render(Figures.largestAmounts(of: d, rows: rows), document: index, into: &out)
            figureTable(rows, index: index, into: &out)
        }
        out += "</section>\n"
    }

    /// The normalized text with each mention wrapped in its `<mark>`. Mentions come sorted; one that
    /// would start inside the previous one (never seen so far) starts where that one ends, so marks
    /// never overlap and every mention still gets exactly one.
    static func markedText(_ d: ReportDocument, index: Int, into out: inout String) {
        var cursor = 0
        for (i, m) in d.mentions.enumerated() {
            let start = min(max(m.range.lowerBound, cursor), d.text.count)
            let end = min(max(m.range.upperBound, start), d.text.count)
            appendText(d.text[cursor..<start], into: &out)
            out += "<mark id=\"d\(index)-m\(i)\" class=\"t-\(m.type.rawValue)\(m.duplicate ? " dup" : "")\" data-type=\"\(m.type.rawValue)\" data-value=\""
            HTMLEscape.append(m.machineValue, to: &out)
            out += "\" data-line=\"\(m.line)\" data-col=\"\(m.column)\" tabindex=\"0\" title=\""
            // The value only: where the mention is goes to the bar at the bottom on click.
            HTMLEscape.append("\(m.type.rawValue): \(m.label)", to: &out)
            out += "\">"
            appendText(d.text[start..<end], into: &out)
            out += "</mark>"
            cursor = end
        }
        appendText(d.text[cursor...], into: &out)
    }

    static func appendText(_ scalars: ArraySlice<Unicode.Scalar>, into out: inout String) {
        for s in scalars { HTMLEscape.append(s, to: &out) }
    }

    /// Every mention in text order: type, text (a link to its mark), value and position.
    static func mentionTable(_ d: ReportDocument, index: Int, into out: inout String) {
        out += "<table class=\"mentions sortable\"><caption class=\"meta\">Mentions</caption>\n<thead><tr>"
        out += "<th scope=\"col\" data-sort=\"num\"><button type=\"button\">#</button></th>"
        out += "<th scope=\"col\"><button type=\"button\">type</button></th>"
        out += "<th scope=\"col\"><button type=\"button\">text</button></th>"
        out += "<th scope=\"col\"><button type=\"button\">value</button></th>"
        out += "<th scope=\"col\" data-sort=\"num\"><button type=\"button\">line:col</button></th>"
        out += "</tr></thead>\n<tbody>\n"
        for (i, m) in d.mentions.enumerated() {
            let t = m.type.rawValue
            out += "<tr class=\"t-\(t)\"><td class=\"num\">\(i + 1)</td><td><span class=\"badge t-\(t)\">\(MentionStyle.of(m.type).letter)</span>\(t)</td><td><a href=\"#d\(index)-m\(i)\">"
            HTMLEscape.append(m.text, to: &out)
            out += "</a></td><td>"
            HTMLEscape.append(m.label, to: &out)
            // Sorts by line, then column: 12:5 → 12.00005.
            out += "</td><td class=\"num\" data-sort=\"\(m.line).\(String(100_000 + m.column).dropFirst())\">\(m.line):\(m.column)</td></tr>\n"
        }
        out += "</tbody></table>"
    }

    static func figureTable(_ rows: [FigureRow], index: Int, into out: inout String) {
        out += "<table class=\"figures sortable\">\n<thead><tr>"
        for (name, numeric) in [("type", false), ("figure", false), ("value", true), ("item", false),
                                ("organization", false), ("date", false), ("line", true)] {
            out += "<th scope=\"col\"\(numeric ? " data-sort=\"num\"" : "")><button type=\"button\">\(name)</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            let t = row.type.rawValue
            out += "<tr class=\"t-\(t)\"><td><span class=\"badge t-\(t)\">\(MentionStyle.of(row.type).letter)</span>\(t)</td><td><a href=\"#d\(index)-m\(row.mentionIndex)\">"
            HTMLEscape.append(row.text, to: &out)
            out += "</a></td><td class=\"num\" data-sort=\""
            HTMLEscape.append(row.sortValue, to: &out)
            out += "\">"
            HTMLEscape.append(row.label, to: &out)
            for cell in [row.item, row.organization, row.date] {
                out += "</td><td>"
                HTMLEscape.append(cell, to: &out)
            }
            out += "</td><td class=\"num\">\(row.line)</td></tr>\n"
        }
        out += "</tbody></table>\n"
    }
}
