/// A set of short words asked about runs of scalars in scanning loops (`is 과제 a stop word?`).
/// `Set<String>` needs a `String` built from the scalars and hashed with SipHash for every
/// question, which cost more than reading the phrase; this hashes the scalars where they lie.
///
/// Words are compared scalar by scalar. Both the words and the text are NFC, where that is the
/// same as comparing them as `String`s.
public struct ScalarWordSet: Sendable {
    /// Every word's scalars, one after another; word `k` is `scalars[starts[k]..<starts[k + 1]]`.
    // `usableFromInline`: the lookups are inlined into the scans of other modules.
    @usableFromInline var scalars: [Unicode.Scalar] = []
    @usableFromInline var starts: [Int] = [0]
    /// Open addressing: a word's index, or -1 for an empty slot. A power of two, at most half full.
    @usableFromInline var slots: [Int32] = []
    /// The length of the longest word, in scalars.
    public private(set) var longest = 0

    public init<S: Sequence<String>>(_ words: S) {
        var list: [[Unicode.Scalar]] = []
        for w in words {
            let s = Array(w.unicodeScalars)
            if !list.contains(s) { list.append(s) }
        }
        var size = 8
        while size < list.count * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (k, w) in list.enumerated() {
            scalars.append(contentsOf: w)
            starts.append(scalars.count)
            longest = max(longest, w.count)
            var slot = Self.hash(w[...]) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k)
        }
    }

    public var count: Int { starts.count - 1 }

    @inlinable @inline(__always)
    static func hash(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(word.count)
        for s in word { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inlinable
    public func contains(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !word.isEmpty, word.count <= longest else { return false }
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return false }
            if starts[k + 1] - starts[k] == word.count, scalars[starts[k]..<starts[k + 1]].elementsEqual(word) { return true }
            slot = (slot + 1) & mask
        }
    }

    @inlinable @inline(__always)
    public func contains(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        contains(text[range])
    }

    public func contains(_ word: String) -> Bool {
        contains(Array(word.unicodeScalars)[...])
    }
}
