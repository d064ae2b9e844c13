extension String {
    /// The string of `scalars`, built as UTF-8 bytes in one buffer. Equal to appending the scalars
    /// to a `String.UnicodeScalarView`, which is several times slower (it re-checks its storage on
    /// every append) and dominated record building in profiles.
    /// The bytes are written straight into the string's storage (no array first).
    @inlinable
    public init<C: Collection<Unicode.Scalar>>(scalars: C) {
        self = String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for s in scalars { UTF8Bytes.write(s, to: buffer.baseAddress!, at: &n) }
            return n
        }
    }
}

/// UTF-8 encoding of one scalar onto a byte buffer.
public enum UTF8Bytes {
    /// Writes the scalar's bytes at `p[n]` (room for four), advancing `n`.
    @inlinable @inline(__always)
    public static func write(_ s: Unicode.Scalar, to p: UnsafeMutablePointer<UInt8>, at n: inout Int) {
        let v = s.value
        switch v {
        case 0..<0x80:
            p[n] = UInt8(v)
            n += 1
        case 0x80..<0x800:
            p[n] = UInt8(0xC0 | (v >> 6))
            p[n + 1] = UInt8(0x80 | (v & 0x3F))
            n += 2
        case 0x800..<0x10000:
            p[n] = UInt8(0xE0 | (v >> 12))
            p[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            p[n + 2] = UInt8(0x80 | (v & 0x3F))
            n += 3
        default:
            p[n] = UInt8(0xF0 | (v >> 18))
            p[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            p[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            p[n + 3] = UInt8(0x80 | (v & 0x3F))
            n += 4
        }
    }

    /// Appends the scalar's bytes to `out` (the bytes `write` gives).
    @inlinable @inline(__always)
    public static func append(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        if s.value < 0x80 {
            out.append(UInt8(s.value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { bytes in
            var n = 0
            write(s, to: bytes.baseAddress!, at: &n)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<n]))
        }
    }
}
