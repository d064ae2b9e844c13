/// A set of Unicode scalars for lookups in scanning loops: a bitmap over the Basic Multilingual
/// Plane (8 KB, one shift and mask per lookup) and a hashed set for the rare scalars above it.
/// `Set<Unicode.Scalar>` hashes on every lookup, which cost more than the scans themselves.
public struct ScalarSet: Sendable {
    // Read by the inlined lookups in other modules (the scans of Segment and Extract).
    @usableFromInline var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    @usableFromInline var astral: Set<UInt32> = []

    public init() {}

    public init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        for s in scalars { insert(s) }
    }

    /// The scalars with these values (values that are not scalars are left out).
    public init<S: Sequence<UInt32>>(values: S) {
        for v in values { if let s = Unicode.Scalar(v) { insert(s) } }
    }

    public mutating func insert(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x10000 {
            bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
        } else {
            astral.insert(v)
        }
    }

    @inlinable @inline(__always)
    public func contains(_ s: Unicode.Scalar) -> Bool { contains(value: s.value) }

    /// Membership of the scalar with value `v` (any `UInt32`; values that are not scalars are absent).
    @inlinable @inline(__always)
    public func contains(value v: UInt32) -> Bool {
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}
