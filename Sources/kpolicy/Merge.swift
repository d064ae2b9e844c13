import ArgumentParser
import Foundation
import Pipeline

extension KPolicy {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine the output folders of extract --shard runs into what one run would have written.",
            discussion: """
            Merges mentions.jsonl, documents.jsonl and sentences.jsonl of every FOLDER into OUT, \
            byte for byte the files of one run over the whole input (documents in path order), each \
            written to a temporary file and renamed into place only when all three are complete. \
            Refused, with OUT unchanged: a FOLDER without those files, a document present in two \
            FOLDERs, or a FOLDER whose documents are not in path order.
            """
        )

        @Argument(help: ArgumentHelp("Output folders of kpolicy extract --shard K/N.", valueName: "FOLDER"))
        var folders: [String]

        @Option(name: .long, help: ArgumentHelp("Folder to write the merged files to.", valueName: "DIR"))
        var out: String

        @Flag(name: .long, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            if folders.isEmpty { throw ValidationError("give at least one FOLDER") }
        }

        func run() throws {
            Interruption.removeOnInterrupt(ShardMerge.temporaryPaths(in: out))
            let summary: MergeSummary
            do {
                summary = try ShardMerge.merge(folders, into: out)
            } catch {
                throw RuntimeFailure(description: "kpolicy: \(error)")
            }
            if !quiet {
                let counts = ShardMerge.outputNames.map { "\(summary.lines[$0] ?? 0) \($0)" }.joined(separator: ", ")
                printError("merged \(folders.count) folders: \(counts) lines → \(out)")
            }
        }
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }
}
