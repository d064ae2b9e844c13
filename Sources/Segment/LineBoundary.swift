/// How one line bears on the sentence boundaries around it, as `SentenceSegmenter` classifies
/// lines: whether it starts a unit of its own (a bullet, heading or table row: the sentence open
/// above closes before it) and whether the sentence open at its end closes there whatever line
/// follows (a final ending such as `…다.` or `…함.`, a heading, a table row). A large document is
/// cut between two lines only where one of these holds (`LineCuts` in Pipeline).
public struct LineBoundary: Sendable, Equatable {
    public var startsUnit: Bool
    public var endsSentence: Bool

    public init(startsUnit: Bool, endsSentence: Bool) {
        self.startsUnit = startsUnit
        self.endsSentence = endsSentence
    }

    /// The classification of `line`, one line of normalized text without its line break (not blank).
    public init(line: [Unicode.Scalar]) {
        let info = Run(scalars: line).classify(0, line.count)
        startsUnit = info.isStructural
        switch info.role {
        case .blank: endsSentence = false
        case .table, .heading: endsSentence = true
        // A bare `다` may be a word the page cut (`다\n양한`): see `Run.closesAfter`.
        case .plain, .bullet: endsSentence = info.ending == .final && !info.bareDa
        }
    }
}
