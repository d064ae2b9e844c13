import CICU
import SourceText

/// Decodes the bytes of an HTML page: a byte-order mark first, then the charset the page declares
/// (`<meta charset>` or an `http-equiv` `content="…; charset=…"` in the first few KB), then UTF-8,
/// then ICU's detector. A declaration that the bytes contradict is not obeyed blindly: the page is
/// decoded as what it is, and `decodingNote` says so.
public enum HTMLCharset {
    /// How much of the page is searched for a charset declaration.
    public static let prescanLength = 4096
    static let binaryProbeLength = 8192

    public static func decode(path: String, bytes: [UInt8], maxBytes: Int) -> Result<SourceFile, SourceError> {
        // Empty, too large, a BOM, NUL bytes: exactly as for text.
        if bytes.isEmpty || bytes.count > maxBytes || hasBOM(bytes) || bytes.prefix(binaryProbeLength).contains(0) {
            return SourceDecoder.decode(path: path, bytes: bytes, maxBytes: maxBytes)
        }
        let declared = declaredCharset(bytes.prefix(prescanLength))
        let utf8 = UTF8Decoding.decode(bytes)
        guard let declared else {
            return SourceDecoder.decode(path: path, bytes: bytes, maxBytes: maxBytes)
        }
        let charset = icuName(forLabel: declared)
        if charset == "UTF-8" {
            switch utf8 {
            case .success(let d):
                return .success(SourceFile(path: path, bytes: bytes, encoding: "UTF-8",
                                           scalars: d.scalars, byteOffsets: d.byteOffsets))
            case .failure(let invalid):
                return detectAndDecode(path: path, bytes: bytes,
                                       why: "declared charset \(declared), but not valid UTF-8 at byte \(invalid.byteOffset)",
                                       failureOffset: invalid.byteOffset,
                                       detail: "the page declares charset \(declared)")
            }
        }
        // A legacy charset is declared. Bytes with non-ASCII text that are valid UTF-8 are UTF-8
        // (legacy Korean text practically never is): the page was re-saved, its meta tag was not.
        if case .success(let d) = utf8, bytes.contains(where: { $0 >= 0x80 }) {
            return .success(SourceFile(path: path, bytes: bytes, encoding: "UTF-8",
                                       decodingNote: "declared charset \(declared), but the bytes are valid UTF-8; decoded as UTF-8",
                                       scalars: d.scalars, byteOffsets: d.byteOffsets))
        }
        // Western single-byte labels are a common lie on Korean pages: they decode anything.
        if isWesternSingleByte(charset), let (detected, confidence) = detect(bytes), detected == "EUC-KR", confidence >= 30,
           case .success(let file) = decodeICU(path: path, bytes: bytes, charset: "windows-949",
                                               note: "declared charset \(declared), but the text is Korean; decoded as windows-949 (detected EUC-KR, confidence \(confidence))") {
            return .success(file)
        }
        switch decodeICU(path: path, bytes: bytes, charset: charset, note: nil) {
        case .success(let file):
            return .success(file)
        case .failure(.undecodable(_, let offset, let detail)) where detail == "unknown charset":
            switch utf8 {
            case .success(let d):
                return .success(SourceFile(path: path, bytes: bytes, encoding: "UTF-8",
                                           decodingNote: "declared charset \(declared) is unknown; decoded as UTF-8",
                                           scalars: d.scalars, byteOffsets: d.byteOffsets))
            case .failure(let invalid):
                _ = offset
                return detectAndDecode(path: path, bytes: bytes, why: "declared charset \(declared) is unknown, and the bytes are not UTF-8",
                                       failureOffset: invalid.byteOffset,
                                       detail: "the declared charset \(declared) is unknown")
            }
        case .failure(.undecodable(_, let offset, _)):
            if case .success(let d) = utf8 {
                return .success(SourceFile(path: path, bytes: bytes, encoding: "UTF-8",
                                           decodingNote: "declared charset \(declared), but not valid \(charset) at byte \(offset); decoded as UTF-8",
                                           scalars: d.scalars, byteOffsets: d.byteOffsets))
            }
            let utf8Offset: Int
            if case .failure(let invalid) = utf8 { utf8Offset = invalid.byteOffset } else { utf8Offset = 0 }
            return detectAndDecode(path: path, bytes: bytes,
                                   why: "declared charset \(declared), but not valid \(charset) at byte \(offset) nor UTF-8",
                                   failureOffset: utf8Offset,
                                   detail: "not valid \(charset) (the declared charset \(declared)) at byte \(offset) either",
                                   except: charset)
        case .failure(let error):
            return .failure(error)
        }
    }

    private static func hasBOM(_ b: [UInt8]) -> Bool {
        (b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            || (b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
    }

    /// The charset label of the first `<meta>` that declares one, lowercased; nil when none does.
    public static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
        let b = Array(bytes)
        let n = b.count
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        func matches(_ word: [UInt8], at i: Int) -> Bool {
            guard i + word.count <= n else { return false }
            for k in 0..<word.count where lower(b[i + k]) != word[k] { return false }
            return true
        }
        let meta = Array("<meta".utf8), charset = Array("charset".utf8), comment = Array("<!--".utf8)
        var i = 0
        while i < n {
            if b[i] != 0x3C { i += 1; continue }
            if matches(comment, at: i) {
                // Skip comments: an old commented-out meta tag must not count.
                var j = i + 4
                while j + 2 < n, !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                i = j + 3
                continue
            }
            guard matches(meta, at: i) else { i += 1; continue }
            var j = i + 5
            while j < n, b[j] != 0x3E {
                if matches(charset, at: j) {
                    var k = j + 7
                    while k < n, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D { k += 1 }
                    if k < n, b[k] == 0x3D {
                        k += 1
                        while k < n, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x22 || b[k] == 0x27 { k += 1 }
                        var label: [UInt8] = []
                        while k < n, label.count < 40 {
                            let c = lower(b[k])
                            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A else { break }
                            label.append(c)
                            k += 1
                        }
                        if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                    }
                }
                j += 1
            }
            i = j
        }
        return nil
    }

    /// The ICU converter name for a declared label: the Korean labels all become windows-949 (a
    /// superset of EUC-KR that Korean pages labelled EUC-KR use), UTF-16 labels in an ASCII
    /// readable page mean UTF-8 (as browsers do), Latin-1 means windows-1252.
    static func icuName(forLabel label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "x-user-defined":
            return "UTF-8"
        case "euc-kr", "euckr", "x-euc-kr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ks_c_5601", "ksc5601",
             "ksc_5601", "ks_c_5601_1987", "csksc56011987", "iso-ir-149", "korean", "cp949", "ms949", "uhc",
             "windows-949", "x-windows-949":
            return "windows-949"
        case "iso-8859-1", "latin1", "l1", "iso8859-1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "windows-1252":
            return "windows-1252"
        default:
            return label
        }
    }

    private static func isWesternSingleByte(_ charset: String) -> Bool {
        charset == "windows-1252" || charset.hasPrefix("iso-8859") || charset.hasPrefix("windows-125")
    }

    /// ICU's guess: canonical name and confidence.
    static func detect(_ bytes: [UInt8]) -> (String, Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { buf in
            kp_detect_charset(buf.baseAddress, Int32(min(buf.count, 1 << 20)), &name, Int32(name.count))
        }
        guard confidence >= 0 else { return nil }
        return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
    }

    /// The fallback when the declaration failed: the Korean legacy encodings ICU detects.
    private static func detectAndDecode(path: String, bytes: [UInt8], why: String, failureOffset: Int,
                                        detail: String, except tried: String? = nil) -> Result<SourceFile, SourceError> {
        if let (detected, confidence) = detect(bytes), detected == "EUC-KR" || detected == "ISO-2022-KR", confidence >= 10 {
            let charset = detected == "EUC-KR" ? "windows-949" : detected
            if charset != tried {
                let result = decodeICU(path: path, bytes: bytes, charset: charset,
                                       note: "\(why); decoded as \(charset), detected with confidence \(confidence)")
                if case .success = result { return result }
            }
        }
        return .failure(.undecodable(path: path, byteOffset: failureOffset,
                                     detail: "\(detail), and no other encoding kpolicy reads fits"))
    }

    static func decodeICU(path: String, bytes: [UInt8], charset: String, note: String?) -> Result<SourceFile, SourceError> {
        var values = [UInt32](repeating: 0, count: bytes.count + 1)
        var offsets = [Int32](repeating: 0, count: bytes.count + 1)
        var errorOffset: Int32 = -1
        let count = bytes.withUnsafeBufferPointer { buf in
            kp_decode(charset, buf.baseAddress, Int32(buf.count), &values, &offsets, Int32(values.count), &errorOffset)
        }
        if count == -1 {
            return .failure(.undecodable(path: path, byteOffset: 0, detail: "unknown charset"))
        }
        guard count >= 0 else {
            return .failure(.undecodable(path: path, byteOffset: Int(max(errorOffset, 0)), detail: "it is not valid \(charset) either"))
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(Int(count))
        for k in 0..<Int(count) { scalars.append(Unicode.Scalar(values[k]) ?? "\u{FFFD}") }
        if let nul = scalars.prefix(binaryProbeLength).firstIndex(of: "\0") {
            return .failure(.binary(path: path, byteOffset: Int(offsets[nul])))
        }
        return .success(SourceFile(path: path, bytes: bytes, encoding: charset, decodingNote: note,
                                   scalars: scalars, byteOffsets: Array(offsets.prefix(Int(count)))))
    }
}
