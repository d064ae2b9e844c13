/// Series ids (`s` + the ordinal of a series' first arrow among the document's arrows) for a large
/// document read in pieces: a piece's ids count only its own arrows, so the pipeline adds the
/// number of arrows in the pieces before it (`count(in:)`, then `renumbered`).
public enum SeriesArrows {
    /// The arrows of `scalars` as `FigureSeries.link` counts them.
    public static func count(in scalars: [Unicode.Scalar]) -> Int {
        FigureSeries.arrows(in: scalars, end: scalars.count).count
    }

    /// `m` with its series id moved on by `offset` arrows (`s3` → `s10` for an offset of 7).
    public static func renumbered(_ m: Mention, by offset: Int) -> Mention {
        guard offset != 0 else { return m }
        func shift(_ link: SeriesLink?) -> SeriesLink? {
            guard var link, link.id.hasPrefix("s"), let n = Int(link.id.dropFirst()) else { return link }
            link.id = "s\(n + offset)"
            return link
        }
        var out = m
        switch m.value {
        case .money(var v):
            guard v.series != nil else { return m }
            v.series = shift(v.series)
            out.value = .money(v)
        case .count(var v):
            guard v.series != nil else { return m }
            v.series = shift(v.series)
            out.value = .count(v)
        default:
            return m
        }
        return out
    }
}
