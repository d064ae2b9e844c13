import ArgumentParser
import Extract
import Foundation
import Pipeline

extension KPolicy {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract mentions from files and folders into JSON Lines.",
            discussion: """
            PATH is a file, a folder (read recursively: .txt, .html, .htm) or - for standard input.
            Writes DIR/mentions.jsonl, DIR/documents.jsonl and DIR/sentences.jsonl, each replaced \
            atomically at the end of the run. Exit status: 0 when every input was processed, 1 when \
            some input failed (the others are still written), 2 for a usage error.
            """
        )

        @Argument(help: ArgumentHelp("Files or folders to read; - reads one document from standard input.", valueName: "PATH"))
        var paths: [String]

        @Option(name: .long, help: ArgumentHelp("Output folder, or - to write mentions to standard output.", valueName: "DIR"))
        var out: String = "Output"

        @Option(name: .long, help: ArgumentHelp("Resolve relative dates against this date when a document has no date line of its own.", valueName: "YYYY-MM-DD[THH:MM]"))
        var referenceDate: String?

        @Option(name: .long, help: ArgumentHelp("How to read standard input (-): text or html. Files go by their extension.", valueName: "FORMAT"))
        var format: String = "text"

        @Flag(name: .long, help: "Keep site menus, tickers, copyright footers and page markers.")
        var keepBoilerplate = false

        @Option(name: .long, help: ArgumentHelp("Refuse files larger than this many bytes.", valueName: "N"))
        var maxBytes: Int = PipelineOptions.defaultMaxBytes

        @Option(name: .long, help: ArgumentHelp("Documents processed in parallel (default: the number of cores).", valueName: "N"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(name: .long, help: "Print nothing but errors.")
        var quiet = false

        @Option(name: .long, help: ArgumentHelp("Process only shard K of N (1 ≤ K ≤ N): files are assigned by a hash of their path within the folder argument; see kpolicy merge.", valueName: "K/N"))
        var shard: Shard?

        func validate() throws {
            if let referenceDate, CalendarDate(iso: referenceDate) == nil {
                throw ValidationError("--reference-date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not '\(referenceDate)'")
            }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if format != "text" && format != "html" { throw ValidationError("--format must be text or html, not '\(format)'") }
            if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        }

        func run() throws {
            var pipeline = PipelineOptions(
                referenceDate: referenceDate.flatMap(CalendarDate.init(iso:)),
                keepBoilerplate: keepBoilerplate, maxBytes: maxBytes)
            pipeline.standardInputFormat = format
            if out != "-" { Interruption.removeOnInterrupt(BatchRunner.temporaryPaths(in: out)) }
            let runner = BatchRunner(options: BatchOptions(outDirectory: out == "-" ? nil : out, jobs: jobs, pipeline: pipeline))
            let summary: BatchSummary
            do {
                summary = try runner.run(inputs: InputCollector.collect(paths, shard: shard)) { printError($0) }
            } catch {
                throw RuntimeFailure(description: "kpolicy: \(error)")
            }
            if !quiet {
                let where_ = out == "-" ? "standard output" : out
                printError("\(summary.processed) documents, \(summary.mentions) mentions, \(summary.failed) failed, \(summary.skipped) skipped → \(where_)")
            }
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}
