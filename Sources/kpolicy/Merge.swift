import ArgumentParser
import Emit
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

        @Option(name: .long, help: ArgumentHelp("""
            Output formats, comma-separated (jsonl, csv, sqlite); default: the formats the shards were \
            written in (their kpolicy.manifest.json), else jsonl. CSV and SQLite are laid out again \
            from the merged JSON Lines, which the shards must have.
            """, valueName: "FORMATS"))
        var format: String?

        @Flag(name: .long, help: "Write CSV files without the UTF-8 byte order mark.")
        var noBom = false

        @Flag(name: .long, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            if folders.isEmpty { throw ValidationError("give at least one FOLDER") }
            if let format {
                for word in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
                    where OutputFormat(rawValue: word) == nil {
                    throw ValidationError("--format takes jsonl, csv, sqlite, not '\(word)'")
                }
            }
        }

        /// The manifest the merged folder gets: the shards' own, when they all carry the same tool
        /// version and record options (they were one run, split); nil when none has one.
        func mergedManifest() throws -> Manifest? {
            let manifests = folders.map { Manifest.read(in: $0) }
            guard let first = manifests.compactMap({ $0 }).first else { return nil }
            for (folder, manifest) in zip(folders, manifests) {
                guard let manifest, manifest.version == first.version, manifest.options == first.options else {
                    throw RuntimeFailure(description: "kpolicy: \(folder): its kpolicy.manifest.json differs from the other shards' (another tool build or other options); merge shards of one run")
                }
            }
            return first
        }

        func run() throws {
            Interruption.removeOnInterrupt(ShardMerge.temporaryPaths(in: out) + OutputFiles.temporaryPaths(in: out))
            let summary: MergeSummary
            let manifest = try mergedManifest()
            let shardFormats = manifest?.formats.compactMap(OutputFormat.init(rawValue:)) ?? [.jsonl]
            let asked = format.map { $0.split(separator: ",").compactMap { OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) } }
            let formats = OutputFormat.allCases.filter((asked ?? shardFormats).contains)
            do {
                summary = try ShardMerge.merge(folders, into: out)
                if let manifest {
                    // CSV, SQLite and the manifest, laid out from the merged lines as one run would.
                    var merged = manifest
                    merged.formats = formats.map(\.rawValue)
                    try ShardMerge.reemit(in: out, formats: formats, byteOrderMark: !noBom, manifest: merged)
                } else if formats != [.jsonl] {
                    try ShardMerge.reemit(in: out, formats: formats, byteOrderMark: !noBom,
                                          manifest: Manifest(version: "unversioned", options: "", formats: formats))
                }
            } catch let failure as RuntimeFailure {
                throw failure
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
