import ArgumentParser
import Foundation

/// `kpolicy`: figures, dates and organizations out of Korean policy documents, with provenance.
@main
struct KPolicy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpolicy",
        abstract: "Extract money, dates, counts and organizations from Korean policy documents.",
        version: KPolicyVersion.string,
        subcommands: [Extract.self, Segment.self, Diff.self, Report.self, Stream.self, Merge.self, Schema.self],
        defaultSubcommand: nil
    )

    /// The contract: 0 when every input was processed, 1 when some input failed, 2 for a usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(error is RuntimeFailure ? 1 : 2)
        }
    }
}

enum KPolicyVersion {
    static let string = "0.1.0"
}

/// A failure while running (not a usage error): exit status 1.
struct RuntimeFailure: Error, CustomStringConvertible {
    let description: String
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("kpolicy: " + message + "\n").utf8))
}
