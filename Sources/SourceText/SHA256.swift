import CSHA256

/// SHA-256 (FIPS 180-4) of a byte array, as lowercase hex. Small and dependency-free: documents.jsonl
/// records the hash of every input so reruns and incremental runs can tell files apart. On x86-64
/// processors with the SHA extensions the rounds run on them (`CSHA256`, about twenty times fewer
/// instructions); elsewhere on the portable code below, which gives the same digests.
public enum SHA256 {
    /// The round constants, from the one table `CSHA256` keeps for both implementations.
    private static let k = Array(UnsafeBufferPointer(start: kp_sha256_round_constants(), count: 64))

    /// SHA-256 fed in parts (a large file read piece by piece): `update` with each part in order,
    /// then `hex`. Gives the same digest as `SHA256.hex` of the parts joined.
    public struct Hasher: Sendable {
        private var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        /// Bytes not yet forming a whole 64-byte block.
        private var pending: [UInt8] = []
        private var length = 0

        public init() {}

        public mutating func update(_ bytes: ArraySlice<UInt8>) {
            length += bytes.count
            var rest = bytes
            if !pending.isEmpty {
                let take = min(64 - pending.count, rest.count)
                pending.append(contentsOf: rest.prefix(take))
                rest = rest.dropFirst(take)
                guard pending.count == 64 else { return }
                pending.withUnsafeBufferPointer { SHA256.compress($0, blocks: 1, into: &h) }
                pending.removeAll(keepingCapacity: true)
            }
            let whole = rest.count / 64 * 64
            rest.withUnsafeBufferPointer { SHA256.compress($0, blocks: whole / 64, into: &h) }
            pending.append(contentsOf: rest.dropFirst(whole))
        }

        public func hex() -> String {
            var h = self.h
            var tail = pending
            SHA256.pad(&tail, length: length)
            tail.withUnsafeBufferPointer { SHA256.compress($0, blocks: tail.count / 64, into: &h) }
            return SHA256.digits(h)
        }
    }

    static func pad(_ tail: inout [UInt8], length: Int) {
        let bitLength = UInt64(length) &* 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
    }

    static func digits(_ h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for word in [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7] {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return out
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        // Whole blocks are compressed straight from the input (no copy of a file that may be tens
        // of MB), then the padded tail.
        var hasher = Hasher()
        hasher.update(bytes[...])
        return hasher.hex()
    }

    /// Whether this processor has the SHA extensions (asked once).
    static let hasSHAExtensions = kp_sha256_shani_available() != 0

    /// The compression function over the first `blocks` 64-byte blocks of `m`.
    static func compress(_ m: UnsafeBufferPointer<UInt8>, blocks: Int,
                         into h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
        guard blocks > 0 else { return }
        if hasSHAExtensions {
            withUnsafeMutableBytes(of: &h) { state in
                kp_sha256_compress_shani(state.baseAddress!.assumingMemoryBound(to: UInt32.self), m.baseAddress!, blocks)
            }
        } else {
            compressPortable(m, blocks: blocks, into: &h)
        }
    }

    /// `compress` in Swift, for every processor.
    static func compressPortable(_ m: UnsafeBufferPointer<UInt8>, blocks: Int,
                                 into h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
        guard blocks > 0 else { return }
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for block in 0..<blocks {
                    let chunk = block * 64
                    for t in 0..<16 {
                        let i = chunk + t * 4
                        w[t] = UInt32(m[i]) << 24 | UInt32(m[i + 1]) << 16 | UInt32(m[i + 2]) << 8 | UInt32(m[i + 3])
                    }
                    for t in 16..<64 {
                        let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] &>> 3)
                        let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] &>> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = h
                    // Eight rounds per step with the working variables renamed instead of shifted
                    // down one by one after every round.
                    var t = 0
                    while t < 64 {
                        round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                        round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                        round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                        round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
                        t += 8
                    }
                    h.0 &+= a; h.1 &+= b; h.2 &+= c; h.3 &+= d; h.4 &+= e; h.5 &+= f; h.6 &+= g; h.7 &+= hh
                }
            }
        }
    }

    /// One round: `d` becomes the new `e` and `h` the new `a` (FIPS 180-4, 6.2.2 step 3, with
    /// Ch(e,f,g) = g ^ (e & (f ^ g)) and Maj(a,b,c) = (a & b) | (c & (a | b))).
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        d &+= t1
        h = t1 &+ (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 - n)) }
}
