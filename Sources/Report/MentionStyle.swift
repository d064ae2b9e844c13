import Extract

/// How one mention type looks on the page: a colour AND a letter (and a border style), so the
/// types stay apart in greyscale print and for readers who do not see the colours.
public struct MentionStyle: Sendable, Hashable {
    public let type: MentionType
    /// Shown in a badge before every mention of the type and in the legend.
    public let letter: String
    /// Background of the highlight (light, so dark text stays readable).
    public let colour: String
    /// CSS border style under the highlight: a second cue besides the letter.
    public let border: String

    /// One row per type, in the order of `MentionType.allCases` (the legend's order).
    public static let all: [MentionStyle] = [
        MentionStyle(type: .money, letter: "M", colour: "#ffd966", border: "solid"),
        MentionStyle(type: .date, letter: "D", colour: "#9fd3f5", border: "dashed"),
        MentionStyle(type: .count, letter: "C", colour: "#a8dca8", border: "dotted"),
        MentionStyle(type: .org, letter: "O", colour: "#d7b8ec", border: "double"),
        MentionStyle(type: .percent, letter: "P", colour: "#ffbf99", border: "solid"),
        MentionStyle(type: .ratio, letter: "R", colour: "#f5b3cf", border: "dashed"),
        MentionStyle(type: .duration, letter: "T", colour: "#c9d3da", border: "dotted"),
        MentionStyle(type: .program, letter: "G", colour: "#d9ecb0", border: "double"),
    ]

    public static func of(_ type: MentionType) -> MentionStyle {
        all.first { $0.type == type }!
    }
}
