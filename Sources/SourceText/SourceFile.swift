import CICU

/// The original bytes of one input, decoded to Unicode scalars, with the map back to the bytes.
public struct SourceFile: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    public let bytes: [UInt8]
    /// The encoding the bytes were decoded with (`UTF-8`, `UTF-16LE`, `EUC-KR`…).
    public let encoding: String
    /// A note about decoding worth telling the user (a fallback taken), or nil.
    public let decodingNote: String?
    /// The decoded original text, scalar by scalar (a byte-order mark, if any, is kept here and
    /// dropped by normalization).
    public let scalars: [Unicode.Scalar]
    public let map: SourceMap

    public init(path: String, bytes: [UInt8], encoding: String, decodingNote: String? = nil,
                scalars: [Unicode.Scalar], byteOffsets: [Int32]) {
        self.path = path
        self.bytes = bytes
        self.encoding = encoding
        self.decodingNote = decodingNote
        self.scalars = scalars
        self.map = SourceMap(scalars: scalars, byteOffsets: byteOffsets, byteLength: bytes.count)
    }

    /// Decodes in-memory UTF-8 text (a `String` is always valid UTF-8).
    /// One piece of a larger file, cut at a line start: `bytes` are the piece's, `origin` is where it
    /// starts in the file (0-based line, byte), so locations point into the whole file.
    public init(path: String, bytes: [UInt8], encoding: String, scalars: [Unicode.Scalar], byteOffsets: [Int32],
                origin: (line: Int, byte: Int)) {
        self.path = path
        self.bytes = bytes
        self.encoding = encoding
        self.decodingNote = nil
        self.scalars = scalars
        self.map = SourceMap(scalars: scalars, byteOffsets: byteOffsets, byteLength: bytes.count, origin: origin)
    }

    public init(path: String, text: String) {
        let bytes = Array(text.utf8)
        guard case .success(let decoded) = UTF8Decoding.decode(bytes) else {
            preconditionFailure("a Swift String is valid UTF-8")
        }
        self.init(path: path, bytes: bytes, encoding: "UTF-8", scalars: decoded.scalars, byteOffsets: decoded.byteOffsets)
    }
}

/// Why a file could not become text. The description names the file and says what to do.
public enum SourceError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case binary(path: String, byteOffset: Int)
    case undecodable(path: String, byteOffset: Int, detail: String)
    case notFound(path: String)

    public var path: String {
        switch self {
        case .unreadable(let p, _), .empty(let p), .tooLarge(let p, _, _), .binary(let p, _),
             .undecodable(let p, _, _), .notFound(let p):
            return p
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file (\(reason))"
        case .empty(let path):
            return "\(path): the file is empty"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): the file has \(bytes) bytes, more than the limit of \(limit) (raise it with --max-bytes)"
        case .binary(let path, let offset):
            return "\(path): this looks like a binary file, not text (NUL byte at offset \(offset))"
        case .undecodable(let path, let offset, let detail):
            return "\(path): not valid UTF-8 at byte \(offset), and \(detail)"
        case .notFound(let path):
            return "\(path): no such file or folder"
        }
    }
}

/// Turns raw bytes into a `SourceFile`: BOM-declared UTF-8/UTF-16, else strict UTF-8, else the
/// legacy Korean encodings that ICU detects with confidence (EUC-KR, CP949). Nothing is guessed
/// silently: a fallback is recorded in `decodingNote`.
public enum SourceDecoder {
    /// How much of the file is scanned for NUL bytes to call it binary.
    static let binaryProbeLength = 8192

    public static func decode(path: String, bytes: [UInt8], maxBytes: Int) -> Result<SourceFile, SourceError> {
        if bytes.isEmpty { return .failure(.empty(path: path)) }
        if bytes.count > maxBytes { return .failure(.tooLarge(path: path, bytes: bytes.count, limit: maxBytes)) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeWithICU(path: path, bytes: bytes, charset: bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", note: nil)
        }
        if let nul = bytes.prefix(binaryProbeLength).firstIndex(of: 0) {
            return .failure(.binary(path: path, byteOffset: nul))
        }
        switch UTF8Decoding.decode(bytes) {
        case .success(let decoded):
            return .success(SourceFile(path: path, bytes: bytes, encoding: "UTF-8",
                                       scalars: decoded.scalars, byteOffsets: decoded.byteOffsets))
        case .failure(let invalid):
            return decodeLegacy(path: path, bytes: bytes, utf8Failure: invalid.byteOffset)
        }
    }

    /// Korean legacy encodings: ICU's detector names EUC-KR for both EUC-KR and its superset
    /// CP949 (UHC), so we decode as windows-949, which accepts both.
    private static func decodeLegacy(path: String, bytes: [UInt8], utf8Failure: Int) -> Result<SourceFile, SourceError> {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { buf in
            kp_detect_charset(buf.baseAddress, Int32(min(buf.count, 1 << 20)), &name, Int32(name.count))
        }
        let detected = confidence >= 0 ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        guard detected == "EUC-KR" || detected == "ISO-2022-KR", confidence >= 10 else {
            let what: String
            if utf8Failure >= bytes.count - 3, isMostlyUTF8(bytes) {
                what = "the file ends inside a character (cut off?)"
            } else if isMostlyUTF8(bytes) {
                // A damaged sequence in UTF-8 text, not another encoding.
                what = "the rest of the file is UTF-8: a damaged byte sequence there"
            } else {
                what = detected.isEmpty ? "no other encoding could be detected" : "the detected encoding \(detected) (confidence \(confidence)) is not one kpolicy reads"
            }
            return .failure(.undecodable(path: path, byteOffset: utf8Failure, detail: what))
        }
        let charset = detected == "EUC-KR" ? "windows-949" : detected
        return decodeWithICU(path: path, bytes: bytes, charset: charset,
                             note: "not UTF-8 (byte \(utf8Failure)); decoded as \(charset), detected with confidence \(confidence)")
    }

    /// Some multi-byte characters and at most two damaged places (runs of invalid bytes) per
    /// thousand valid scalars: UTF-8 text with damage, rather than text in another encoding.
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var valid = 0, multiByte = 0, damaged = 0
        var inDamage = false
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                valid += 1
                if encoded.count > 1 { multiByte += 1 }
                inDamage = false
            case .error:
                if !inDamage { damaged += 1 }
                inDamage = true
            case .emptyInput:
                break loop
            }
        }
        return multiByte > 0 && damaged <= max(2, valid / 500)
    }

    private static func decodeWithICU(path: String, bytes: [UInt8], charset: String, note: String?) -> Result<SourceFile, SourceError> {
        var scalarValues = [UInt32](repeating: 0, count: bytes.count + 1)
        var offsets = [Int32](repeating: 0, count: bytes.count + 1)
        var errorOffset: Int32 = -1
        let count = bytes.withUnsafeBufferPointer { buf in
            kp_decode(charset, buf.baseAddress, Int32(buf.count), &scalarValues, &offsets, Int32(scalarValues.count), &errorOffset)
        }
        guard count >= 0 else {
            return .failure(.undecodable(path: path, byteOffset: Int(max(errorOffset, 0)),
                                         detail: "it is not valid \(charset) either"))
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(Int(count))
        for k in 0..<Int(count) {
            scalars.append(Unicode.Scalar(scalarValues[k]) ?? "\u{FFFD}")
        }
        if let nul = scalars.prefix(binaryProbeLength).firstIndex(of: "\0") {
            return .failure(.binary(path: path, byteOffset: Int(offsets[nul])))
        }
        return .success(SourceFile(path: path, bytes: bytes, encoding: charset, decodingNote: note,
                                   scalars: scalars, byteOffsets: Array(offsets.prefix(Int(count)))))
    }
}
