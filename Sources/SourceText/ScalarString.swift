extension String {
    /// The string of `scalars`, built as UTF-8 bytes in one buffer. Equal to appending the scalars
    /// to a `String.UnicodeScalarView`, which is several times slower (it re-checks its storage on
    /// every append) and dominated record building in profiles.
    @inlinable
    public init<C: Collection<Unicode.Scalar>>(scalars: C) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8Bytes.append(s, to: &bytes) }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

/// UTF-8 encoding of one scalar onto a byte buffer.
public enum UTF8Bytes {
    @inlinable @inline(__always)
    public static func append(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
