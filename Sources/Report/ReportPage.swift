import Extract

/// Renders the whole report: one self-contained HTML5 page (inline CSS and script, no network).
/// Every string that comes from a document or a path is escaped (`HTMLEscape`); the output depends
/// only on the entries, so a rerun gives the same bytes.
public enum ReportPage {
    public static func render(_ entries: [ReportEntry], title: String = "kpolicy report") -> String {
        var out = ""
        out.reserveCapacity(64 * 1024)
        let documents = entries.compactMap { if case .document(let d) = $0 { d } else { nil } }
        var totals = [Int](repeating: 0, count: MentionType.allCases.count)
        for d in documents { for (i, c) in d.counts.enumerated() { totals[i] += c.1 } }
        let mentionTotal = documents.reduce(0) { $0 + $1.mentions.count }
        let failed = entries.filter { if case .failed = $0 { true } else { false } }.count

        PageShell.open(title: title, into: &out)
        out += "<header class=\"top\">\n<h1>"
        HTMLEscape.append(title, to: &out)
        out += "</h1>\n<p class=\"summary\">\(documents.count) documents, \(mentionTotal) mentions"
        if failed > 0 { out += ", \(failed) failed" }
        out += ". Click a mention for its file, line and column; hover or focus it for its value.</p>\n"
        filters(totals: totals, into: &out)
        out += "<nav class=\"toc\" aria-label=\"Documents\">"
        for (i, entry) in entries.enumerated() {
            out += "<a href=\"#doc-\(i)\">"
            HTMLEscape.append(fileName(path(of: entry)), to: &out)
            out += "</a>"
        }
        out += "</nav>\n</header>\n<main>\n"
        for (i, entry) in entries.enumerated() {
            switch entry {
            case .document(let d): DocumentSection.render(d, index: i, into: &out)
            case .failed(let path, let message): problem(path: path, message: message, index: i, kind: "failed", into: &out)
            case .skipped(let path, let message): problem(path: path, message: message, index: i, kind: "skipped", into: &out)
            }
        }
        if entries.isEmpty { out += "<p class=\"empty\">No documents.</p>\n" }
        out += "</main>\n<p id=\"where\" role=\"status\" aria-live=\"polite\" hidden></p>\n"
        PageShell.close(into: &out)
        return out
    }

    /// The legend: one checkbox per type that occurs, with its letter, colour and total.
    static func filters(totals: [Int], into out: inout String) {
        out += "<fieldset class=\"filters\"><legend>Show</legend>"
        for (i, style) in MentionStyle.all.enumerated() where totals[i] > 0 {
            let t = style.type.rawValue
            out += "<label><input type=\"checkbox\" checked data-filter=\"\(t)\"> <span class=\"badge t-\(t)\">\(style.letter)</span>\(t) \(totals[i])</label>"
        }
        out += "</fieldset>\n"
    }

    static func problem(path: String, message: String, index: Int, kind: String, into out: inout String) {
        out += "<section class=\"doc \(kind)\" id=\"doc-\(index)\" data-doc=\""
        HTMLEscape.append(path, to: &out)
        out += "\">\n<h2>"
        HTMLEscape.append(path, to: &out)
        out += "</h2>\n<p class=\"meta\">\(kind): "
        HTMLEscape.append(message, to: &out)
        out += "</p>\n</section>\n"
    }

    static func path(of entry: ReportEntry) -> String {
        switch entry {
        case .document(let d): d.path
        case .failed(let path, _), .skipped(let path, _): path
        }
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// The `<!DOCTYPE>`, `<head>` and closing tags shared by the report and the diff page.
enum PageShell {
    static func open(title: String, into out: inout String) {
        out += "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(PageAssets.contentSecurityPolicy)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        HTMLEscape.append(title, to: &out)
        out += "</title>\n<style>" + PageAssets.css + "</style>\n</head>\n<body>\n"
    }

    static func close(into out: inout String) {
        out += "<script>" + PageAssets.script + "</script>\n</body>\n</html>\n"
    }
}
