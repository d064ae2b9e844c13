import ArgumentParser
import Diff
import Extract
import Foundation
import Pipeline

extension KPolicy {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the figures of two releases, or the time series inside one.",
            discussion: """
            OLD and NEW are each a document, a folder of documents, or an earlier output folder \
            (one holding mentions.jsonl). Figures are matched by what they are about (counted item, \
            table row and column, programme or organization of the sentence, surrounding words), not \
            by position, and reported as changed, added, removed or same. With --series, PATH's \
            documents are read alone and each time series (figures sharing seriesId) is reported \
            step by step, older → newer. Exit status: 0 on success (differences included), 1 when \
            an input could not be read, 2 for a usage error.
            """
        )

        @Argument(help: ArgumentHelp("OLD and NEW (or, with --series, the one PATH to read).", valueName: "PATH"))
        var paths: [String]

        @OptionGroup var dates: ReferenceDateOption

        @OptionGroup var parallel: JobsOption

        @Flag(name: .long, help: "Report the time series inside one input instead of comparing two.")
        var series = false

        @Option(name: .long, help: ArgumentHelp("table, jsonl, csv, or html (a self-contained side-by-side page).", valueName: "FORMAT"))
        var format: String = "table"

        @Option(name: .long, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "FILE"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Figure types to compare, comma-separated (money,count,percent,ratio,date).", valueName: "TYPES"))
        var types: String = "money,count,percent,ratio"

        @Flag(name: .long, help: "Leave out figures that are the same on both sides.")
        var hideSame = false

        @Flag(name: .long, help: "CSV without the UTF-8 byte order mark.")
        var noBom = false

        func validate() throws {
            if series && paths.count != 1 { throw ValidationError("--series reads exactly one PATH") }
            if !series && paths.count != 2 { throw ValidationError("give OLD and NEW (two paths), or --series PATH") }
            if DiffFormat(rawValue: format) == nil && format != "html" {
                throw ValidationError("--format must be table, jsonl, csv or html, not '\(format)'")
            }
            if let unknown = typeList.first(where: { !DiffOptions.allTypes.contains($0) }) {
                throw ValidationError("--types: unknown type '\(unknown)' (money, count, percent, ratio, date)")
            }
            if typeList.isEmpty { throw ValidationError("--types needs at least one type") }
            if paths.contains("-") { throw ValidationError("diff reads files and folders, not standard input") }
        }

        var typeList: [String] {
            types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func run() throws {
            let loader = DiffInputLoader(options: PipelineOptions(referenceDate: dates.date),
                                         jobs: parallel.jobs)
            let options = DiffOptions(types: Set(typeList))
            var failures: [String] = []
            var changes: [FigureChange]
            let oldLabel: String, newLabel: String
            var manyDocuments = false
            // A side with nothing readable would make every figure of the other side look added or
            // removed: report the failure and write nothing.
            func unreadable(_ side: DiffSide) -> Bool { side.documents.isEmpty && !side.failures.isEmpty }
            if series {
                let side = loader.load(paths[0])
                failures = side.failures
                for message in failures { printError(message) }
                if unreadable(side) { throw ExitCode(1) }
                changes = SeriesDiff.changes(in: side, types: options.types)
                manyDocuments = side.documents.count > 1
                (oldLabel, newLabel) = ("\(paths[0]) (earlier member of each series)", "\(paths[0]) (later member)")
            } else {
                let old = loader.load(paths[0]), new = loader.load(paths[1])
                failures = old.failures + new.failures
                for message in failures { printError(message) }
                if unreadable(old) || unreadable(new) { throw ExitCode(1) }
                changes = FigureDiffer.diff(old: old, new: new, options: options)
                manyDocuments = old.documents.count > 1 || new.documents.count > 1
                (oldLabel, newLabel) = (Self.label(old), Self.label(new))
            }
            if hideSame { changes.removeAll { $0.status == .same } }
            let bytes: [UInt8]
            if format == "html" {
                bytes = Array(DiffPage.render(changes, oldLabel: oldLabel, newLabel: newLabel).utf8)
            } else {
                switch DiffFormat(rawValue: format)! {
                case .jsonl: bytes = DiffWriter.jsonl(changes)
                case .csv: bytes = DiffWriter.csv(changes, bom: !noBom)
                case .table:
                    // Lines alone are ambiguous when a side has several documents: name the file too.
                    bytes = Array(DiffWriter.table(changes, oldLabel: oldLabel, newLabel: newLabel, showDocuments: manyDocuments).utf8)
                }
            }
            do {
                if let out { try Self.writeAtomically(bytes, to: out) } else { FileHandle.standardOutput.write(Data(bytes)) }
            } catch {
                throw RuntimeFailure(description: "kpolicy: \(out ?? "-"): cannot write the diff (\(error.localizedDescription))")
            }
            if !failures.isEmpty { throw ExitCode(1) }
        }

        /// `path (reference date 2025-05-28)` for a one-document side.
        static func label(_ side: DiffSide) -> String {
            if side.documents.count == 1, let date = side.documents[0].referenceDate {
                return "\(side.label) (reference date \(date))"
            }
            return side.documents.count == 1 ? side.label : "\(side.label) (\(side.documents.count) documents)"
        }

        /// Written beside the target and renamed into place, so a reader never sees half a file.
        static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
            let url = URL(fileURLWithPath: path)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary.path)
                throw DiffInputError(message: reason)
            }
        }
    }
}
