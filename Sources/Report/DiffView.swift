/// One figure compared between two versions of a document, as the diff view takes it. The diff
/// module decides what matches what; this type only carries the outcome to the page.
public struct FigureChange: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case changed, added, removed, same

        /// A sign that says the status without colour: `~` changed, `+` added, `−` removed, `=` same.
        var sign: String {
            switch self {
            case .changed: "~"
            case .added: "+"
            case .removed: "−"
            case .same: "="
            }
        }
    }

    /// One version's side of a figure: its value as text and its line in that version.
    public struct Side: Sendable, Hashable {
        public var value: String
        public var line: Int?

        public init(value: String, line: Int? = nil) {
            self.value = value
            self.line = line
        }
    }

    public var status: Status
    /// The mention type (`money`, `count`, …), as in the records.
    public var type: String
    /// What identifies the figure in both versions (its item, organization, date…).
    public var key: String
    /// Absent for an added figure.
    public var old: Side?
    /// Absent for a removed figure.
    public var new: Side?
    /// New minus old, as text (`+150000000000`), when both sides are numbers.
    public var delta: String?

    public init(status: Status, type: String, key: String, old: Side? = nil, new: Side? = nil, delta: String? = nil) {
        self.status = status
        self.type = type
        self.key = key
        self.old = old
        self.new = new
        self.delta = delta
    }
}

/// The side-by-side page of figure changes (`kpolicy diff --format html`).
public enum DiffView {
    /// A whole self-contained page: the counts per status, a box to hide unchanged figures, and
    /// the table (`table(_:oldLabel:newLabel:)`).
    public static func page(_ changes: [FigureChange], oldLabel: String = "old", newLabel: String = "new",
                            title: String = "kpolicy diff") -> String {
        var out = ""
        PageShell.open(title: title, into: &out)
        out += "<header class=\"top\">\n<h1>"
        HTMLEscape.append(title, to: &out)
        out += "</h1>\n<p class=\"summary\">"
        HTMLEscape.append(oldLabel, to: &out)
        out += " → "
        HTMLEscape.append(newLabel, to: &out)
        out += ": "
        out += FigureChange.Status.allCases.map { status in
            "\(changes.filter { $0.status == status }.count) \(status.rawValue)"
        }.joined(separator: ", ")
        out += "</p>\n<fieldset class=\"filters\"><legend>Show</legend><label><input type=\"checkbox\" checked data-filter=\"same\"> unchanged figures</label></fieldset>\n</header>\n<main>\n"
        out += table(changes, oldLabel: oldLabel, newLabel: newLabel)
        out += "</main>\n"
        PageShell.close(into: &out)
        return out
    }

    /// The table alone: status (sign and word, not only colour), type, key, then the old and new
    /// value and line side by side, and the delta. Rows keep the order given.
    public static func table(_ changes: [FigureChange], oldLabel: String = "old", newLabel: String = "new") -> String {
        var out = "<table class=\"diff sortable\">\n<thead><tr><th scope=\"col\" rowspan=\"2\"><button type=\"button\">status</button></th>"
        out += "<th scope=\"col\" rowspan=\"2\"><button type=\"button\">type</button></th><th scope=\"col\" rowspan=\"2\"><button type=\"button\">figure</button></th>"
        out += "<th scope=\"colgroup\" colspan=\"2\" class=\"side\">"
        HTMLEscape.append(oldLabel, to: &out)
        out += "</th><th scope=\"colgroup\" colspan=\"2\" class=\"side\">"
        HTMLEscape.append(newLabel, to: &out)
        out += "</th><th scope=\"col\" rowspan=\"2\">delta</th></tr>\n"
        out += "<tr><th scope=\"col\" class=\"side\">value</th><th scope=\"col\">line</th><th scope=\"col\" class=\"side\">value</th><th scope=\"col\">line</th></tr></thead>\n<tbody>\n"
        for change in changes {
            let status = change.status.rawValue
            out += "<tr class=\"\(status)\" data-status=\"\(status)\"><td class=\"status\">\(change.status.sign) \(status)</td><td>"
            HTMLEscape.append(change.type, to: &out)
            out += "</td><td>"
            HTMLEscape.append(change.key, to: &out)
            out += "</td>"
            side(change.old, column: "old", into: &out)
            side(change.new, column: "new", into: &out)
            out += "<td class=\"num\">"
            HTMLEscape.append(change.delta ?? "", to: &out)
            out += "</td></tr>\n"
        }
        if changes.isEmpty { out += "<tr><td colspan=\"8\" class=\"empty\">No figures.</td></tr>\n" }
        out += "</tbody></table>\n"
        return out
    }

    private static func side(_ side: FigureChange.Side?, column: String, into out: inout String) {
        out += "<td class=\"\(column) num\">"
        HTMLEscape.append(side?.value ?? "", to: &out)
        out += "</td><td class=\"num\">"
        if let line = side?.line { out += String(line) }
        out += "</td>"
    }
}

/// The entry point the `diff` command calls for `--format html`: the whole page for `changes`.
public func renderDiff(_ changes: [FigureChange], oldLabel: String = "old", newLabel: String = "new") -> String {
    DiffView.page(changes, oldLabel: oldLabel, newLabel: newLabel)
}
