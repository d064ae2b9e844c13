import Testing
@testable import SourceText

@Suite struct SourceMapTests {
    // (text, scalar index, expected line, column, byte) worked out by hand.
    static let locations: [(String, Int, Int, Int, Int)] = [
        ("가\n나다", 0, 1, 1, 0),
        ("가\n나다", 1, 1, 2, 3),          // the newline itself ends line 1
        ("가\n나다", 2, 2, 1, 4),
        ("가\n나다", 3, 2, 2, 7),
        ("가\n나다", 4, 2, 3, 10),         // end of file
        ("ab\r\ncd", 4, 2, 1, 4),          // CRLF is one line break
        ("ab\rcd", 3, 2, 1, 3),            // a lone CR too
        ("a\n\nb", 3, 3, 1, 3),
        ("  • 등록 2026", 4, 1, 5, 6),     // • is 3 bytes, 등 starts at byte 6
    ]

    @Test(arguments: locations)
    func location(text: String, index: Int, line: Int, column: Int, byte: Int) {
        let source = SourceFile(path: "t", text: text)
        let loc = source.map.location(ofScalar: index)
        #expect(loc == SourceLocation(line: line, column: column, byte: byte))
    }

    @Test func rangeIsHalfOpen() {
        let source = SourceFile(path: "t", text: "산업부는\n2조 원을")
        let range = source.map.range(ofScalars: 5..<9)   // "2조 원"
        #expect(range.start == SourceLocation(line: 2, column: 1, byte: 13))
        #expect(range.end == SourceLocation(line: 2, column: 5, byte: 21))
    }

    @Test func lineRangesExcludeTerminators() {
        let source = SourceFile(path: "t", text: "ab\r\ncd\n\nef")
        #expect(source.map.lineCount == 4)
        #expect(source.map.scalarRange(ofLine: 0, in: source.scalars) == 0..<2)
        #expect(source.map.scalarRange(ofLine: 1, in: source.scalars) == 4..<6)
        #expect(source.map.scalarRange(ofLine: 2, in: source.scalars) == 7..<7)
        #expect(source.map.scalarRange(ofLine: 3, in: source.scalars) == 8..<10)
    }
}

@Suite struct UTF8DecodingTests {
    // (bytes, offset of the first bad sequence) — each sequence is ill-formed per Unicode §3.9.
    static let invalid: [([UInt8], Int)] = [
        ([0x61, 0xFF], 1),                   // never valid
        ([0xC0, 0xAF], 0),                   // overlong '/'
        ([0x61, 0x62, 0xE0, 0x80, 0xAF], 2), // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),             // UTF-16 surrogate
        ([0xEA, 0xB0], 0),                   // truncated 가
        ([0xF4, 0x90, 0x80, 0x80], 0),       // above U+10FFFF
        ([0xEA, 0xB0, 0x80, 0x80], 3),       // stray continuation after 가
        ([0x61, 0xED, 0xBF, 0xBF], 1),       // last UTF-16 surrogate
        ([0x61, 0xEA, 0x41, 0x80], 1),       // 3-byte lead, then ASCII
        ([0xEA, 0xB0, 0x80, 0xEA, 0xB0], 3), // 가, then a truncated 가 at the end
        ([0xC3], 0),                         // truncated 2-byte
        ([0xF0, 0x8F, 0xBF, 0xBF], 0),       // overlong 4-byte
        ([0x80], 0),                         // continuation byte first
    ]

    @Test(arguments: invalid)
    func rejects(bytes: [UInt8], offset: Int) {
        guard case .failure(let error) = UTF8Decoding.decode(bytes) else {
            Issue.record("decoded ill-formed bytes \(bytes)")
            return
        }
        #expect(error.byteOffset == offset)
    }

    @Test func decodesEveryLength() throws {
        // U+007F, U+0080, U+07FF, U+0800, U+D7FF (before the surrogates), U+E000, U+FFFF, U+10000, U+10FFFF.
        let text = "\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}"
        let decoded = try UTF8Decoding.decode(Array(text.utf8)).get()
        #expect(decoded.scalars.map(\.value) == [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF])
        #expect(decoded.byteOffsets == [0, 1, 3, 5, 8, 11, 14, 17, 21])
        #expect(try UTF8Decoding.decode([]).get().scalars.isEmpty)
    }

    /// Korean text with one byte changed at a time: decoding succeeds exactly when the standard
    /// library's validation does, with the same scalars.
    @Test func agreesWithTheStandardLibrary() {
        let valid = Array("2024년 예산은 1조 2,000억 원(’23년 대비 5%↑)이다. ①".utf8)
        for position in valid.indices {
            for replacement: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF] {
                var bytes = valid
                bytes[position] = replacement
                let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
                switch UTF8Decoding.decode(bytes) {
                case .success(let decoded): #expect(decoded.scalars == expected, "byte \(position) = \(replacement)")
                case .failure: #expect(expected == nil, "byte \(position) = \(replacement)")
                }
            }
        }
    }

    /// `scalars(_:)` (text nodes of HTML) accepts and rejects what `decode` does.
    @Test(arguments: invalid)
    func scalarsRejects(bytes: [UInt8], offset: Int) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Decoding.scalars($0) } == nil)
    }

    @Test func scalarsOfValidText() {
        let bytes = Array("예산 1조 원 ①😀".utf8)
        #expect(bytes.withUnsafeBufferPointer { UTF8Decoding.scalars($0) }?.map(\.value)
                == [0xC608, 0xC0B0, 0x20, 0x31, 0xC870, 0x20, 0xC6D0, 0x20, 0x2460, 0x1F600])
        #expect([UInt8]().withUnsafeBufferPointer { UTF8Decoding.scalars($0) } == [])
    }

    @Test func keepsByteOffsets() throws {
        let decoded = try UTF8Decoding.decode(Array("a가😀b".utf8)).get()
        #expect(decoded.scalars.map(\.value) == [0x61, 0xAC00, 0x1F600, 0x62])
        #expect(decoded.byteOffsets == [0, 1, 4, 8])
    }
}

@Suite struct SourceDecoderTests {
    /// "산업부는 올해 2조 원을 투입한다.\n" in EUC-KR (made with iconv).
    static let eucKR: [UInt8] = [0xbb, 0xea, 0xbe, 0xf7, 0xba, 0xce, 0xb4, 0xc2, 0x20, 0xbf, 0xc3, 0xc7, 0xd8, 0x20, 0x32, 0xc1,
                                 0xb6, 0x20, 0xbf, 0xf8, 0xc0, 0xbb, 0x20, 0xc5, 0xf5, 0xc0, 0xd4, 0xc7, 0xd1, 0xb4, 0xd9, 0x2e, 0x0a]

    @Test func emptyFileIsAnError() {
        guard case .failure(.empty(let path)) = SourceDecoder.decode(path: "e.txt", bytes: [], maxBytes: 100) else {
            Issue.record("empty file accepted")
            return
        }
        #expect(path == "e.txt")
    }

    @Test func binaryFileIsAnError() {
        let result = SourceDecoder.decode(path: "b.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], maxBytes: 100)
        guard case .failure(let error) = result, case .binary(_, let offset) = error else {
            Issue.record("binary file accepted")
            return
        }
        #expect(offset == 4)
        #expect(error.description.hasPrefix("b.txt: "))
    }

    @Test func hugeFileIsAnError() {
        let result = SourceDecoder.decode(path: "h.txt", bytes: Array(repeating: 0x61, count: 101), maxBytes: 100)
        guard case .failure(.tooLarge(_, 101, 100)) = result else {
            Issue.record("over-limit file accepted")
            return
        }
    }

    @Test func eucKRIsDetectedAndDecodedWithOffsets() throws {
        let source = try SourceDecoder.decode(path: "k.txt", bytes: Self.eucKR, maxBytes: 1000).get()
        #expect(source.encoding == "windows-949")
        #expect(source.decodingNote != nil)
        #expect(String(String.UnicodeScalarView(source.scalars)) == "산업부는 올해 2조 원을 투입한다.\n")
        // "2조" starts at scalar 8; in EUC-KR each syllable is 2 bytes, ASCII 1.
        #expect(source.map.location(ofScalar: 8) == SourceLocation(line: 1, column: 9, byte: 14))
        #expect(source.map.location(ofScalar: 9).byte == 15)
    }

    @Test func cp949ExtensionSyllables() throws {
        // "똠방각하 1천억원" in CP949: 똠 is outside EUC-KR's 2,350 syllables.
        let bytes: [UInt8] = [0x8c, 0x63, 0xb9, 0xe6, 0xb0, 0xa2, 0xc7, 0xcf, 0x20, 0x31, 0xc3, 0xb5, 0xbe, 0xef, 0xbf, 0xf8]
        let result = SourceDecoder.decode(path: "c.txt", bytes: bytes, maxBytes: 1000)
        if case .success(let source) = result {
            #expect(String(String.UnicodeScalarView(source.scalars)) == "똠방각하 1천억원")
        } else if case .failure(let error) = result {
            // Detection on 16 bytes may fail; then the error must still name the file.
            #expect(error.description.hasPrefix("c.txt: "))
        }
    }

    @Test func latinGarbageIsAnErrorNamingTheFile() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait".utf8)
        let result = SourceDecoder.decode(path: "x.txt", bytes: bytes, maxBytes: 1000)
        guard case .failure(let error) = result else {
            Issue.record("Latin-1 text decoded as if it were Korean")
            return
        }
        #expect(error.description.hasPrefix("x.txt: not valid UTF-8 at byte 3"))
    }

    /// UTF-8 cut off inside its last character, or with one damaged byte, is still UTF-8: the
    /// message says so instead of naming UTF-8 as an encoding kpolicy does not read.
    @Test func damagedUTF8SaysWhatIsWrong() {
        let text = Array(String(repeating: "산업통상자원부는 올해 2조 원을 투입한다.\n", count: 20).utf8)
        let cut = Array(text.dropLast(3))
        if case .failure(let error) = SourceDecoder.decode(path: "cut.txt", bytes: cut, maxBytes: 1 << 20) {
            #expect(error.description.hasPrefix("cut.txt: not valid UTF-8 at byte"))
            #expect(!error.description.contains("not one kpolicy reads"))
        } else {
            Issue.record("a truncated file decoded")
        }
        var damaged = text
        damaged[100] = 0xFF
        if case .failure(let error) = SourceDecoder.decode(path: "bad.txt", bytes: damaged, maxBytes: 1 << 20) {
            #expect(error.description.hasPrefix("bad.txt: not valid UTF-8 at byte 98"))  // the damaged character starts there
            #expect(!error.description.contains("not one kpolicy reads"))
        } else {
            Issue.record("a damaged file decoded")
        }
    }

    @Test func utf16WithBOM() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0xAC, 0x0A, 0x00, 0x98, 0xB0]  // BOM 가 \n 나
        let source = try SourceDecoder.decode(path: "u.txt", bytes: bytes, maxBytes: 100).get()
        #expect(source.encoding == "UTF-16LE")
        #expect(source.map.location(ofScalar: 3) == SourceLocation(line: 2, column: 1, byte: 6))
    }
}

@Suite struct SHA256Tests {
    // FIPS 180-4 test vectors.
    @Test func knownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The compression function in use (the SHA extensions where the processor has them) gives
    /// the portable code's state on 1 to 20 blocks of varied bytes, from varied starting states.
    @Test func compressionAgreesWithPortableCode() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return seed >> 11 }
        for blocks in 1...20 {
            let bytes = (0..<(64 * blocks)).map { _ in UInt8(truncatingIfNeeded: next()) }
            var a: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
                UInt32(truncatingIfNeeded: next()), UInt32(truncatingIfNeeded: next()), UInt32(truncatingIfNeeded: next()),
                UInt32(truncatingIfNeeded: next()), UInt32(truncatingIfNeeded: next()), UInt32(truncatingIfNeeded: next()),
                UInt32(truncatingIfNeeded: next()), UInt32(truncatingIfNeeded: next()))
            var b = a
            bytes.withUnsafeBufferPointer { SHA256.compress($0, blocks: blocks, into: &a) }
            bytes.withUnsafeBufferPointer { SHA256.compressPortable($0, blocks: blocks, into: &b) }
            #expect([a.0, a.1, a.2, a.3, a.4, a.5, a.6, a.7] == [b.0, b.1, b.2, b.3, b.4, b.5, b.6, b.7], "\(blocks) blocks")
        }
    }

    /// Fed in parts of every size from 1 to 130 bytes, the digest is that of the whole.
    @Test func partsGiveTheDigestOfTheWhole() {
        let whole = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        // From Python's hashlib: hashlib.sha256(bytes((i * 131 + 7) & 255 for i in range(1000))).
        let expected = "533b698850849b7908b20a22658f639c0b2a476f1791f85f50188287c31a9aba"
        for size in 1...130 {
            var hasher = SHA256.Hasher()
            var start = 0
            while start < whole.count {
                let end = min(start + size, whole.count)
                hasher.update(whole[start..<end])
                start = end
            }
            #expect(hasher.hex() == expected, "parts of \(size)")
        }
    }
}
