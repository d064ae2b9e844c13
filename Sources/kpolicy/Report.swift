import ArgumentParser
import Extract
import Foundation
import Pipeline
import Report

extension KPolicy {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML page showing every mention in its text.",
            discussion: """
            PATH is a file, a folder (read recursively: .txt, .html, .htm) or - for standard input. \
            The page (inline CSS and script, no network) shows each document's normalized text with \
            its mentions highlighted by type, a table of its mentions and a sortable table and chart \
            of its figures. It is written to a temporary file and renamed into place. Exit status: 0 \
            when every input was processed, 1 when some input failed (the page still shows the \
            others), 2 for a usage error.
            """
        )

        @Argument(help: ArgumentHelp("Files or folders to read; - reads one document from standard input.", valueName: "PATH"))
        var paths: [String]

        @OptionGroup var dates: ReferenceDateOption

        @OptionGroup var parallel: JobsOption

        @Option(name: .long, help: ArgumentHelp("The HTML file to write.", valueName: "FILE"))
        var out: String = "Output/report.html"

        @Option(name: .long, help: ArgumentHelp("How to read standard input (-): text or html. Files go by their extension.", valueName: "FORMAT"))
        var format: String = "text"

        @Flag(name: .long, help: "Keep site menus, tickers, copyright footers and page markers.")
        var keepBoilerplate = false

        @Option(name: .long, help: ArgumentHelp("Refuse files larger than this many bytes.", valueName: "N"))
        var maxBytes: Int = PipelineOptions.defaultMaxBytes

        @Option(name: .long, help: ArgumentHelp("The page's title.", valueName: "TEXT"))
        var title: String = "kpolicy report"

        @Flag(name: .long, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            if format != "text" && format != "html" { throw ValidationError("--format must be text or html, not '\(format)'") }
            if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
            if out.isEmpty || out.hasSuffix("/") { throw ValidationError("--out must name a file, not '\(out)'") }
        }

        func run() throws {
            var pipeline = PipelineOptions(
                referenceDate: dates.date,
                keepBoilerplate: keepBoilerplate, maxBytes: maxBytes)
            pipeline.standardInputFormat = format
            let entries = ReportBuilder(pipeline: pipeline, jobs: parallel.jobs).entries(for: InputCollector.collect(paths))
            var failed = 0
            for entry in entries {
                switch entry {
                case .failed(_, let message):
                    failed += 1
                    printError(message)
                case .skipped(_, let message):
                    if !quiet { printError(message) }
                case .document:
                    break
                }
            }
            Interruption.removeOnInterrupt([AtomicFile.temporaryPath(for: out)])
            do {
                try AtomicFile.write(ReportPage.render(entries, title: title), to: out)
            } catch {
                throw RuntimeFailure(description: "kpolicy: \(error)")
            }
            if !quiet {
                let documents = entries.count { if case .document = $0 { true } else { false } }
                printError("\(documents) documents, \(failed) failed → \(out)")
            }
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
