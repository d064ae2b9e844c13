/// The time series inside documents: figures that share a `seriesId` (`('24) 8,295억원 →
/// ('25) 8,272억원`) reported as steps from each member to the next.
public enum SeriesDiff {
    /// For each document of `side`, each series sorted by `seriesDate` (then document order), one
    /// change per consecutive pair of members, in the order of the later member in the document.
    public static func changes(in side: DiffSide, types: Set<String> = DiffOptions.defaultTypes) -> [FigureChange] {
        var result: [FigureChange] = []
        for document in side.documents {
            var order: [String] = []
            var members: [String: [FigureRecord]] = [:]
            for figure in document.mentions where types.contains(figure.type) {
                guard let id = figure.seriesId else { continue }
                if members[id] == nil { order.append(id) }
                members[id, default: []].append(figure)
            }
            var steps: [FigureChange] = []
            for id in order {
                let sorted = (members[id] ?? []).sorted {
                    let a = $0.seriesDate ?? "", b = $1.seriesDate ?? ""
                    return a != b ? a < b : $0.order < $1.order
                }
                for k in sorted.indices.dropFirst() {
                    steps.append(.matched(old: sorted[k - 1], new: sorted[k], key: "series=\(id)"))
                }
            }
            result += steps.sorted { ($0.new?.order ?? 0, $0.old?.order ?? 0) < ($1.new?.order ?? 0, $1.old?.order ?? 0) }
        }
        return result
    }
}
