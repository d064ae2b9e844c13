import SourceText

/// Builds one JSON object with keys in the order they are added, as UTF-8 bytes. Absent optional
/// values are left out. Strings are escaped per RFC 8259 (control characters as `\uXXXX`); non-ASCII
/// text is written as UTF-8, not escaped, so Korean stays readable.
public struct JSONObject: Sendable {
    /// The object so far, less the bytes still in `pending`.
    private var stored: [UInt8]
    /// Keys, punctuation, numbers and short strings gather here and reach `stored` in one copy:
    /// appending to an array byte by byte checked its capacity and uniqueness for every byte,
    /// which made records the costliest part of emitting a document.
    private var pending = InlineArray<256, UInt8>(repeating: 0)
    private var pendingCount = 0
    private var empty = true

    /// The object so far, without its closing brace.
    public var bytes: [UInt8] {
        var copy = self
        copy.flush()
        return copy.stored
    }

    public init() {
        stored = []
        // Most records are 150–400 bytes: one allocation instead of growing from one byte.
        stored.reserveCapacity(384)
        put(UInt8(ascii: "{"))
    }

    /// An object written at the end of `buffer`, so that a document's records go straight into its
    /// output buffer instead of being built apart and copied; `finishLine()` hands the buffer back.
    public init(appendingTo buffer: [UInt8]) {
        stored = buffer
        put(UInt8(ascii: "{"))
    }

    /// Closes the object as one JSON Lines line and returns the whole buffer (leaving this empty).
    public mutating func finishLine() -> [UInt8] {
        put(UInt8(ascii: "}"))
        put(UInt8(ascii: "\n"))
        flush()
        defer { stored = [] }
        return stored
    }

    // MARK: writing

    /// Lets `body` write at most `capacity` bytes (it returns how many it wrote) at the end of the
    /// object: into `pending` when they fit, else into scratch memory copied in one go.
    @inline(__always)
    private mutating func write(atMost capacity: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if pendingCount + capacity > pending.count { flush() }
        if capacity <= pending.count {
            let at = pendingCount
            let n = withUnsafeMutableBytes(of: &pending) { raw in
                body(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + at)
            }
            pendingCount = at + n
        } else {
            writeLarge(atMost: capacity, body)
        }
    }

    /// `write` for more than `pending` holds (a long sentence). Out of line: its scratch memory
    /// on the stack gave every inlined write a stack check, for a path keys and numbers never take.
    @inline(never)
    private mutating func writeLarge(atMost capacity: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
            let n = body(scratch.baseAddress!)
            stored.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress!, count: n))
        }
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        write(atMost: 1) { p in p[0] = b; return 1 }
    }

    /// Moves `pending` to `stored`.
    private mutating func flush() {
        guard pendingCount > 0 else { return }
        let n = pendingCount
        pendingCount = 0
        withUnsafeBytes(of: &pending) { raw in
            stored.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<n]))
        }
    }

    /// Writes `bytes` (UTF-8) at `p[n]` as the inside of a JSON string, escaped, advancing `n`.
    @inline(__always)
    static func putEscaped(_ bytes: UnsafeBufferPointer<UInt8>, _ p: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
        guard let base = bytes.baseAddress else { return }
        var i = 0
        // Eight bytes at a time while none of them needs an escape (nearly always): one test of
        // the word instead of four per byte.
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            guard !needsEscape(word) else { break }
            UnsafeMutableRawPointer(p + n).storeBytes(of: word, as: UInt64.self)
            n += 8
            i += 8
        }
        while i < bytes.count {
            let b = base[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
                put(Unicode.Scalar(b), p, &n)
            } else {
                p[n] = b
                n += 1
            }
            i += 1
        }
    }

    /// Whether any byte of `word` is below 0x20 or is `"`, `\` or DEL (bytes of 0x80 and above,
    /// UTF-8 beyond ASCII, never are). Exact: the zero-byte and less-than tests used have no
    /// false answers about whether such a byte exists.
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0x7F))
    }

    /// `"key":` (after a comma unless it is the first key). Keys are literals (`StaticString`):
    /// their UTF-8 is at hand, with none of the checks a `String` goes through. They are field
    /// names written in the code (`byteStart`), copied as they are: nothing in them needs escaping.
    @inline(__always)
    private mutating func key(_ k: StaticString) {
        let first = empty
        empty = false
        if k.hasPointerRepresentation {
            // Every key but a one-letter one: its bytes copied from the literal, written in line
            // (some thirty keys a record; a call or two per key cost more than the bytes).
            let count = k.utf8CodeUnitCount
            let utf8 = k.utf8Start
            write(atMost: count + 4) { p in
                var n = 0
                if !first { p[0] = UInt8(ascii: ","); n = 1 }
                p[n] = UInt8(ascii: "\"")
                (p + n + 1).update(from: utf8, count: count)
                n += count + 1
                p[n] = UInt8(ascii: "\"")
                p[n + 1] = UInt8(ascii: ":")
                return n + 2
            }
            return
        }
        k.withUTF8Buffer { utf8 in
            assert(!utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }, "a JSON key that needs escaping")
            write(atMost: utf8.count + 4) { p in
                var n = 0
                if !first { p[n] = UInt8(ascii: ","); n += 1 }
                p[n] = UInt8(ascii: "\""); n += 1
                for b in utf8 { p[n] = b; n += 1 }
                p[n] = UInt8(ascii: "\""); n += 1
                p[n] = UInt8(ascii: ":"); n += 1
                return n
            }
        }
    }

    /// A string value, quoted and escaped.
    private mutating func putString(_ value: String) {
        var value = value
        value.withUTF8 { putQuoted($0) }
    }

    /// Valid UTF-8 bytes as a JSON string: quoted and escaped.
    private mutating func putQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        write(atMost: utf8.count * JSONObject.maxBytesPerScalar + 2) { p in
            var n = 0
            p[n] = UInt8(ascii: "\""); n += 1
            JSONObject.putEscaped(utf8, p, &n)
            p[n] = UInt8(ascii: "\""); n += 1
            return n
        }
    }

    /// Decimal digits of `value`, as `String(value)` writes them.
    private mutating func putInteger(_ value: Int64) {
        write(atMost: 20) { p in
            var n = 0
            if value < 0 { p[0] = UInt8(ascii: "-"); n = 1 }
            let magnitude = value.magnitude
            var digits = 1
            var rest = magnitude / 10
            while rest > 0 { digits += 1; rest /= 10 }
            rest = magnitude
            var i = n + digits
            repeat {
                i -= 1
                p[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            return n + digits
        }
    }

    /// Bytes copied as they are (a number literal, `true`).
    private mutating func putRaw(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(atMost: bytes.count) { p in
            if let base = bytes.baseAddress { p.update(from: base, count: bytes.count) }
            return bytes.count
        }
    }

    // MARK: fields

    /// A field whose name is known only at run time (the per-type `counts` of a document).
    public mutating func add(dynamicKey k: String, _ value: Int) {
        if !empty { put(UInt8(ascii: ",")) }
        empty = false
        putString(k)
        put(UInt8(ascii: ":"))
        putInteger(Int64(value))
    }

    public mutating func add(_ k: StaticString, _ value: String?) {
        guard let value else { return }
        key(k)
        putString(value)
    }

    /// A string given as Unicode scalars, written as escaped UTF-8 without building a `String`.
    public mutating func add(_ k: StaticString, scalars: ArraySlice<Unicode.Scalar>) {
        key(k)
        write(atMost: scalars.count * JSONObject.maxBytesPerScalar + 2) { p in
            var n = 0
            p[n] = UInt8(ascii: "\""); n += 1
            for s in scalars { JSONObject.put(s, p, &n) }
            p[n] = UInt8(ascii: "\""); n += 1
            return n
        }
    }

    /// A string given as Unicode scalars, written as one line: every run of scalars that `isBlank`
    /// says are blank becomes one space, and none is written at either end.
    @inline(__always)   // so that `isBlank` is inlined into the loop, not called per scalar
    public mutating func add(_ k: StaticString, oneLine scalars: ArraySlice<Unicode.Scalar>,
                             isBlank: (Unicode.Scalar) -> Bool) {
        key(k)
        write(atMost: scalars.count * JSONObject.maxBytesPerScalar + 2) { p in
            var n = 0
            p[n] = UInt8(ascii: "\""); n += 1
            var pendingSpace = false
            for s in scalars {
                if isBlank(s) {
                    pendingSpace = n > 1
                } else {
                    if pendingSpace { p[n] = 0x20; n += 1 }
                    pendingSpace = false
                    JSONObject.put(s, p, &n)
                }
            }
            p[n] = UInt8(ascii: "\""); n += 1
            return n
        }
    }

    /// The most bytes one scalar takes in a JSON string: `\u001f`.
    static let maxBytesPerScalar = 6

    /// Writes one scalar at `p[n]` as it appears inside a JSON string (UTF-8, escaped), advancing `n`.
    @inline(__always)
    static func put(_ s: Unicode.Scalar, _ p: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
        let v = s.value
        switch v {
        case 0..<0x80:
            if v < 0x20 || v == 0x22 || v == 0x5C || v == 0x7F {
                p[n] = 92
                switch v {
                case 0x22: p[n + 1] = 34; n += 2
                case 0x5C: p[n + 1] = 92; n += 2
                case 0x0A: p[n + 1] = UInt8(ascii: "n"); n += 2
                case 0x0D: p[n + 1] = UInt8(ascii: "r"); n += 2
                case 0x09: p[n + 1] = UInt8(ascii: "t"); n += 2
                default:
                    p[n + 1] = UInt8(ascii: "u"); p[n + 2] = 48; p[n + 3] = 48
                    p[n + 4] = hexDigit(UInt8(v >> 4)); p[n + 5] = hexDigit(UInt8(v & 0xF))
                    n += 6
                }
            } else {
                p[n] = UInt8(v); n += 1
            }
        default:
            // Beyond ASCII nothing is escaped: the scalar's UTF-8 as it is.
            UTF8Bytes.write(s, to: p, at: &n)
        }
    }

    @inline(__always)
    static func hexDigit(_ d: UInt8) -> UInt8 { d < 10 ? 48 + d : 87 + d }

    /// A string given as valid UTF-8 bytes (no `String` built, no re-validation).
    public mutating func add(_ k: StaticString, utf8: [UInt8]) {
        key(k)
        utf8.withUnsafeBufferPointer { putQuoted($0) }
    }

    public mutating func add(_ k: StaticString, _ value: Int?) {
        guard let value else { return }
        key(k)
        putInteger(Int64(value))
    }

    public mutating func add(_ k: StaticString, _ value: Int64?) {
        guard let value else { return }
        key(k)
        putInteger(value)
    }

    /// Decimal digits of `value`, as `String(value)` writes them, without building a `String`
    /// (records carry many integers: offsets, lines, columns, values).
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    public mutating func add(_ k: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(k)
        let literal: StaticString = value ? "true" : "false"
        literal.withUTF8Buffer { putRaw($0) }
    }

    /// A number given as its exact JSON literal (`4320000000`, `1.5`).
    public mutating func add(_ k: StaticString, number literal: String?) {
        guard var literal else { return }
        key(k)
        literal.withUTF8 { putRaw($0) }
    }

    public mutating func add(_ k: StaticString, _ object: JSONObject) {
        key(k)
        flush()
        stored.append(contentsOf: object.closed)
    }

    public mutating func add(_ k: StaticString, strings: [String]) {
        key(k)
        put(UInt8(ascii: "["))
        for (i, s) in strings.enumerated() {
            if i > 0 { put(UInt8(ascii: ",")) }
            putString(s)
        }
        put(UInt8(ascii: "]"))
    }

    /// The object with its closing brace.
    public var closed: [UInt8] {
        var copy = self
        copy.put(UInt8(ascii: "}"))
        copy.flush()
        return copy.stored
    }

    /// The object as one JSON Lines line.
    public var line: [UInt8] {
        var copy = self
        copy.put(UInt8(ascii: "}"))
        copy.put(UInt8(ascii: "\n"))
        copy.flush()
        return copy.stored
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public static func appendString(_ s: String, to out: inout [UInt8]) {
        var string = s
        string.withUTF8 { appendQuoted($0, to: &out) }
    }

    /// `bytes` (UTF-8) in quotes, escaped.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Copy runs of bytes that need no escaping in one go (rebased: a memcpy, not a loop).
        var runStart = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            runStart = i + 1
            appendEscape(b, to: &out)
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        out.append(UInt8(ascii: "\""))
    }

    /// The escape of one ASCII byte that JSON strings cannot hold as is.
    static func appendEscape(_ b: UInt8, to out: inout [UInt8]) {
        out.append(92)
        switch b {
        case 0x22: out.append(34)
        case 0x5C: out.append(92)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }
}
