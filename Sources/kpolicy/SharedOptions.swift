import ArgumentParser
import Extract
import Foundation

/// `--reference-date`, read and checked the same way by every command that resolves relative dates.
struct ReferenceDateOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Resolve relative dates against this date when a document has no date of its own (a date line; in stream, also a \"date\" field).", valueName: "YYYY-MM-DD[THH:MM]"))
    var referenceDate: String?

    func validate() throws {
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not '\(referenceDate)'")
        }
    }

    /// The parsed date (validated above, so nil only when the option is absent).
    var date: CalendarDate? { referenceDate.flatMap(CalendarDate.init(iso:)) }
}

/// `--jobs`, shared by the commands that process documents in parallel.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Documents processed in parallel (default: the number of cores).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
