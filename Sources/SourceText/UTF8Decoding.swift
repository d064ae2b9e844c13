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
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count)
        let n = bytes.count
        var i = 0
        let failure: Int? = bytes.withUnsafeBufferPointer { buf -> Int? in
            while i < n {
                let b0 = buf[i]
                if b0 < 0x80 {
                    scalars.append(Unicode.Scalar(b0))
                    offsets.append(Int32(i))
                    i += 1
                    continue
                }
                let length: Int
                var value: UInt32
                var minimum: UInt32
                switch b0 {
                case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F); minimum = 0x80
                case 0xE0...0xEF: length = 3; value = UInt32(b0 & 0x0F); minimum = 0x800
                case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07); minimum = 0x10000
                default: return i
                }
                if i + length > n { return i }
                for k in 1..<length {
                    let b = buf[i + k]
                    if b & 0xC0 != 0x80 { return i }
                    value = (value << 6) | UInt32(b & 0x3F)
                }
                guard value >= minimum, value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else { return i }
                scalars.append(scalar)
                offsets.append(Int32(i))
                i += length
            }
            return nil
        }
        if let failure { return .failure(Invalid(byteOffset: failure)) }
        return .success(Decoded(scalars: scalars, byteOffsets: offsets))
    }
}
