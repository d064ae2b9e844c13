import ArgumentParser
import Emit
import Foundation

extension KPolicy {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of mentions.jsonl, documents.jsonl or sentences.jsonl.",
            discussion: "The same files are in schema/ in the repository."
        )

        @Argument(help: ArgumentHelp("mentions, documents or sentences.", valueName: "KIND"))
        var kind: String = "mentions"

        func validate() throws {
            if RecordKind(rawValue: kind) == nil {
                throw ValidationError("KIND must be mentions, documents or sentences, not '\(kind)'")
            }
        }

        func run() throws {
            do {
                FileHandle.standardOutput.write(Data(try Schemas.text(for: RecordKind(rawValue: kind)!).utf8))
            } catch {
                throw RuntimeFailure(description: "kpolicy: \(error)")
            }
        }
    }
}
