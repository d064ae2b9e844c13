/// Strict UTF-8 decoding that keeps the byte offset of every scalar.
public enum UTF8Decoding {
    public struct Decoded: Sendable {
        public var scalars: [Unicode.Scalar]
        public var byteOffsets: [Int32]
    }

    /// The byte offset of the first ill-formed sequence.
    public struct Invalid: Error, Sendable {
        public let byteOffset: Int
    }

    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, Invalid> {
        let n = bytes.count
        var failure: Int? = nil
        var offsets: [Int32] = []
        // Both arrays are written through their storage: appending scalar by scalar checked
        // capacity and uniqueness twice per scalar, which cost more than the decoding itself.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarBuffer, scalarCount in
            offsets = [Int32](unsafeUninitializedCapacity: n) { offsetBuffer, offsetCount in
                bytes.withUnsafeBufferPointer { buf in
                    let (written, failedAt) = decode(buf, into: scalarBuffer, offsets: offsetBuffer)
                    scalarCount = written
                    offsetCount = written
                    failure = failedAt
                }
            }
        }
        if let failure { return .failure(Invalid(byteOffset: failure)) }
        return .success(Decoded(scalars: scalars, byteOffsets: offsets))
    }

    /// The scalars of `bytes` when they are well-formed UTF-8 (the same checks as `decode`), else nil.
    public static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var valid = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalarBuffer, scalarCount in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: bytes.count) { offsets in
                let (written, failedAt) = decode(bytes, into: scalarBuffer, offsets: offsets)
                scalarCount = written
                valid = failedAt == nil
            }
        }
        return valid ? scalars : nil
    }

    /// Decodes `buf` into `scalars` and `offsets` (each with room for `buf.count` elements):
    /// how many were written, and the offset of the first ill-formed sequence if there is one.
    /// The checks are those of the general case: shortest form, no surrogates, at most U+10FFFF.
    @inline(__always)
    private static func decode(_ buf: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               offsets: UnsafeMutableBufferPointer<Int32>) -> (Int, Int?) {
        let n = buf.count
        guard n > 0 else { return (0, nil) }
        let p = buf.baseAddress!
        let out = scalars.baseAddress!
        let at = offsets.baseAddress!
        var i = 0
        var w = 0
        while i < n {
            let b0 = p[i]
            if b0 < 0x80 {
                out[w] = Unicode.Scalar(b0)
                at[w] = Int32(truncatingIfNeeded: i)
                w += 1
                i += 1
                continue
            }
            // Three bytes (Hangul, CJK, most punctuation of Korean text) first.
            if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 3 <= n else { return (w, i) }
                let b1 = p[i + 1], b2 = p[i + 2]
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (w, i) }
                let value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                guard value >= 0x800, value & 0xF800 != 0xD800 else { return (w, i) }
                out[w] = unsafeBitCast(value, to: Unicode.Scalar.self)     // checked above: a scalar value
                at[w] = Int32(truncatingIfNeeded: i)
                w += 1
                i += 3
                continue
            }
            let length: Int
            var value: UInt32
            let minimum: UInt32
            switch b0 {
            case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F); minimum = 0x80
            case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07); minimum = 0x10000
            default: return (w, i)
            }
            if i + length > n { return (w, i) }
            for k in 1..<length {
                let b = p[i + k]
                if b & 0xC0 != 0x80 { return (w, i) }
                value = (value << 6) | UInt32(b & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, value & 0xFFFFF800 != 0xD800 else { return (w, i) }
            out[w] = unsafeBitCast(value, to: Unicode.Scalar.self)     // checked above: a scalar value
            at[w] = Int32(truncatingIfNeeded: i)
            w += 1
            i += length
        }
        return (w, nil)
    }
}
