import SourceText

/// Normalized text plus, for every normalized scalar, the range of original scalars it came from.
///
/// Every stage after normalization works on `scalars` with half-open, document-relative index
/// ranges; `originalRange(of:)` turns such a range back into original scalars, which the
/// document's `SourceMap` turns into lines, columns and bytes.
public struct NormalizedText: Sendable {
    public private(set) var scalars: [Unicode.Scalar] = []
    private var originStart: [Int32] = []
    private var originEnd: [Int32] = []

    public init() {}

    public var count: Int { scalars.count }

    /// Appends one normalized scalar that came from original scalars `origin`.
    @inline(__always)
    public mutating func append(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
        scalars.append(scalar)
        originStart.append(Int32(origin.lowerBound))
        originEnd.append(Int32(origin.upperBound))
    }

    /// Appends original scalars `range` of `source` unchanged, each from itself.
    @inline(__always)
    public mutating func appendUnchanged(_ source: [Unicode.Scalar], _ range: Range<Int>) {
        scalars.append(contentsOf: source[range])
        // The origins are the numbers lowerBound...upperBound: written once into scratch memory,
        // then copied twice (starts from the first, ends from the second). Appending a `Range`
        // went through the generic sequence path, element by element.
        let count = range.count
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count + 1) { numbers in
            let first = Int32(range.lowerBound)
            for k in 0...count { numbers[k] = first &+ Int32(truncatingIfNeeded: k) }
            originStart.append(contentsOf: UnsafeBufferPointer(rebasing: numbers[0..<count]))
            originEnd.append(contentsOf: UnsafeBufferPointer(rebasing: numbers[1...count]))
        }
    }

    /// Empties the text, keeping its storage for the next (a scratch text reused line by line).
    public mutating func removeAll(keepingCapacity: Bool) {
        scalars.removeAll(keepingCapacity: keepingCapacity)
        originStart.removeAll(keepingCapacity: keepingCapacity)
        originEnd.removeAll(keepingCapacity: keepingCapacity)
    }

    public mutating func reserveCapacity(_ n: Int) {
        scalars.reserveCapacity(n)
        originStart.reserveCapacity(n)
        originEnd.reserveCapacity(n)
    }

    /// The original scalars that produced normalized `range` (empty ranges map to a point).
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < count ? Int(originStart[range.lowerBound])
                : (count > 0 ? Int(originEnd[count - 1]) : 0)
            return at..<at
        }
        return Int(originStart[range.lowerBound])..<Int(originEnd[range.upperBound - 1])
    }

    /// Widens `range` so that it neither starts nor ends inside the expansion of one original scalar
    /// (an NFC chunk, `㈜` → `(주)`), so that renormalizing its original text gives back exactly
    /// these scalars.
    public func snappedToOrigin(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return range }
        var lower = range.lowerBound
        while lower > 0, originStart[lower - 1] == originStart[range.lowerBound] { lower -= 1 }
        var upper = range.upperBound
        while upper < count, originEnd[upper] == originEnd[range.upperBound - 1] { upper += 1 }
        return lower..<upper
    }

    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    public var string: String { string(0..<count) }
}
