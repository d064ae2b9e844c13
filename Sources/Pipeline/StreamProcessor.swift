import Foundation
import Extract
import Normalize
import Records
import SourceText

/// Which records `kpolicy stream` writes besides the mentions (those are always written, exactly
/// as in mentions.jsonl). Extra kinds carry a leading `"record"` key so they can be told apart.
public struct StreamOptions: Sendable {
    public var pipeline: PipelineOptions
    public var sentences: Bool
    public var documents: Bool

    public init(pipeline: PipelineOptions, sentences: Bool = false, documents: Bool = false) {
        self.pipeline = pipeline
        self.sentences = sentences
        self.documents = documents
    }

    /// The longest input line read whole: twice `maxBytes` (a text of `maxBytes` written with
    /// `\uXXXX` escapes for Hangul, as Python's `json.dumps` does by default, takes twice its
    /// UTF-8 size) plus room for the other fields. Longer lines are refused without being held.
    public var lineLimit: Int {
        let (twice, tooBig) = pipeline.maxBytes.multipliedReportingOverflow(by: 2)
        let (limit, stillTooBig) = twice.addingReportingOverflow(64 << 10)
        return tooBig || stillTooBig ? Int.max : limit
    }
}

/// What one input line of `kpolicy stream` produced: output lines ready to write, and the error
/// message when the line was refused (then the output is exactly one error record).
public struct StreamResult: Sendable {
    public var output: [UInt8]
    public var error: String?
    public var mentions: Int
}

/// One line of `kpolicy stream` input → that document's records, entirely in memory. The line is
/// `{"id": …, "text": …}` or `{"id": …, "html": …}`, with optional `"date"` (reference date) and
/// `"source"` (copied into every record after `doc`, to say where the text came from).
/// Provenance (line, column, byte offsets) is relative to the UTF-8 bytes of the `text`/`html` value.
public struct StreamProcessor: Sendable {
    public let options: StreamOptions
    private let processor: DocumentProcessor

    public init(options: StreamOptions) {
        self.options = options
        self.processor = DocumentProcessor(options: options.pipeline)
    }

    /// The error record: `{"doc":ID,"type":"error","message":…,"line":N}`; `doc` is left out when
    /// the line gave no usable id.
    public static func errorRecord(doc: String?, message: String, line: Int) -> [UInt8] {
        var o = JSONObject()
        o.add("doc", doc)
        o.add("type", "error")
        o.add("message", message)
        o.add("line", line)
        return o.line
    }

    private static func failure(_ doc: String?, _ message: String, _ line: Int) -> StreamResult {
        let where_ = doc.map { "\($0) (input line \(line))" } ?? "input line \(line)"
        let full = "\(where_): \(message)"
        return StreamResult(output: errorRecord(doc: doc, message: full, line: line), error: full, mentions: 0)
    }

    /// A line longer than `lineLimit`, of which only `prefix` was kept: refused, naming its id when
    /// the prefix shows one.
    public func oversizeLine(prefix: [UInt8], length: Int, lineNumber: Int) -> StreamResult {
        Self.failure(Self.skimID(prefix), "the line has \(length) bytes, more than the limit of \(options.lineLimit) (2 × --max-bytes + 64 KiB; raise --max-bytes)", lineNumber)
    }

    /// Processes one input line (without its line terminator).
    public func process(line: [UInt8], lineNumber: Int) -> StreamResult {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
            return Self.failure(Self.skimID(line), "not valid JSON; expected {\"id\": …, \"text\": …}", lineNumber)
        }
        guard let object = parsed as? [String: Any] else {
            return Self.failure(nil, "expected a JSON object {\"id\": …, \"text\": …}", lineNumber)
        }
        guard let rawID = object["id"] else {
            return Self.failure(nil, "no \"id\"", lineNumber)
        }
        guard let id = Self.idString(rawID) else {
            return Self.failure(nil, "\"id\" must be a string or an integer", lineNumber)
        }
        let text = object["text"], html = object["html"]
        if text != nil && html != nil { return Self.failure(id, "give \"text\" or \"html\", not both", lineNumber) }
        guard let content = text ?? html else { return Self.failure(id, "no \"text\" or \"html\"", lineNumber) }
        guard let string = content as? String else {
            return Self.failure(id, "\"\(text != nil ? "text" : "html")\" must be a string", lineNumber)
        }
        var source: String? = nil
        if let value = object["source"], !(value is NSNull) {
            guard let s = value as? String else { return Self.failure(id, "\"source\" must be a string", lineNumber) }
            source = s
        }
        var pipeline = options.pipeline
        if let value = object["date"], !(value is NSNull) {
            guard let s = value as? String, let date = CalendarDate(iso: s) else {
                return Self.failure(id, "\"date\" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM", lineNumber)
            }
            pipeline.referenceDate = date
        }
        let processor = pipeline.referenceDate == options.pipeline.referenceDate ? self.processor : DocumentProcessor(options: pipeline)
        let bytes = Array(string.utf8)
        let decoded = html != nil
            ? HTMLCharset.decode(path: id, bytes: bytes, maxBytes: pipeline.maxBytes)
            : SourceDecoder.decode(path: id, bytes: bytes, maxBytes: pipeline.maxBytes)
        let emitted: EmittedDocument
        switch decoded {
        case .failure(let error):
            return Self.failure(id, Self.describe(error, field: html != nil ? "html" : "text"), lineNumber)
        case .success(let source):
            var analyzed = processor.analyze(source, format: html != nil ? HTMLFormat() : PlainTextFormat())
            if pipeline.referenceDate != options.pipeline.referenceDate, analyzed.dateSource == "--reference-date" {
                analyzed = analyzed.withDateSource("input date")
            }
            emitted = DocumentProcessor.emit(analyzed)
        }
        var output: [UInt8] = []
        output.reserveCapacity(emitted.mentions.count + (options.documents ? emitted.document.count : 0))
        if options.documents { Self.appendLines(emitted.document, record: "document", doc: id, source: source, to: &output) }
        if options.sentences { Self.appendLines(emitted.sentences, record: "sentence", doc: id, source: source, to: &output) }
        Self.appendLines(emitted.mentions, record: nil, doc: id, source: source, to: &output)
        let count = emitted.mentions.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return StreamResult(output: output, error: nil, mentions: count)
    }

    /// Copies JSON Lines that all start `{"doc":DOC,` inserting `"record":…` first and `"source":…`
    /// after `doc`; with neither, the lines are copied as they are.
    static func appendLines(_ lines: [UInt8], record: String?, doc: String, source: String?, to output: inout [UInt8]) {
        guard record != nil || source != nil else {
            output.append(contentsOf: lines)
            return
        }
        var head = JSONObject()
        head.add("record", record)
        head.add("doc", doc)
        head.add("source", source)
        var docOnly = JSONObject()
        docOnly.add("doc", doc)
        let skip = docOnly.bytes.count   // `{"doc":"…"` — the rest of each line starts with `,` or `}`
        var start = 0
        while start < lines.count {
            let end = lines[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? lines.count
            output.append(contentsOf: head.bytes)
            output.append(contentsOf: lines[(start + skip)..<end])
            start = end
        }
    }

    /// `"abc"` → abc; an integer → its digits. Anything else is not an id.
    static func idString(_ value: Any) -> String? {
        if let s = value as? String { return s }
        if let n = value as? NSNumber, !(value is Bool), let i = Int64(exactly: n.doubleValue), n.stringValue == String(i) {
            return String(i)
        }
        return nil
    }

    /// Why a text was refused, in the words of the stream (a text, not a file).
    static func describe(_ error: SourceError, field: String) -> String {
        switch error {
        case .empty: return "\"\(field)\" is empty"
        case .tooLarge(_, let bytes, let limit):
            return "\"\(field)\" has \(bytes) bytes of UTF-8, more than the limit of \(limit) (raise it with --max-bytes)"
        case .binary(_, let offset):
            return "\"\(field)\" holds a NUL character (\\u0000) at byte \(offset): this looks like binary data, not text"
        default:
            let prefix = error.path + ": "
            let message = error.description
            return message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
        }
    }

    /// The `"id"` of a line that could not be parsed whole (cut short, or invalid further on): the
    /// first `"id"` key followed by a string or an integer. A key cannot be confused with text
    /// inside a string value, where quotes are always escaped.
    static func skimID(_ line: [UInt8]) -> String? {
        let key = Array("\"id\"".utf8)
        guard line.count >= key.count else { return nil }
        var i = 0
        while i + key.count <= line.count {
            guard line[i] == 0x22, Array(line[i..<(i + key.count)]) == key else { i += 1; continue }
            // The key must follow `{` or `,` (skipping spaces): otherwise it is the end of a value.
            var b = i - 1
            while b >= 0, [0x20, 0x09, 0x0D, 0x0A].contains(line[b]) { b -= 1 }
            var j = i + key.count
            i += 1
            guard b >= 0, line[b] == UInt8(ascii: "{") || line[b] == UInt8(ascii: ",") else { continue }
            while j < line.count, [0x20, 0x09, 0x0D, 0x0A].contains(line[j]) { j += 1 }
            guard j < line.count, line[j] == UInt8(ascii: ":") else { continue }
            j += 1
            while j < line.count, [0x20, 0x09, 0x0D, 0x0A].contains(line[j]) { j += 1 }
            guard j < line.count else { return nil }
            var end = j
            if line[j] == 0x22 {
                end += 1
                while end < line.count, line[end] != 0x22 { end += line[end] == 0x5C ? 2 : 1 }
                guard end < line.count else { return nil }
                end += 1
            } else {
                while end < line.count, (0x30...0x39).contains(line[end]) || line[end] == UInt8(ascii: "-") { end += 1 }
            }
            guard end > j, let value = try? JSONSerialization.jsonObject(with: Data(line[j..<end]), options: [.fragmentsAllowed]) else { return nil }
            return idString(value)
        }
        return nil
    }
}

extension AnalyzedDocument {
    /// The same analysis, its reference date said to come from elsewhere (a stream line's `date`).
    func withDateSource(_ dateSource: String) -> AnalyzedDocument {
        AnalyzedDocument(document: document, format: format, sentences: sentences, mentions: mentions,
                         mentionSentences: mentionSentences, mentionDuplicates: mentionDuplicates, context: context,
                         dateSource: dateSource, ownDate: ownDate, title: title, site: site)
    }
}

/// Reads a byte stream line by line (LF, with a CR before it dropped) through a fixed buffer, so
/// memory stays bounded: a line longer than `limit` is not held, only its first `prefixKept` bytes.
public struct LineReader {
    public enum Line: Equatable {
        case line([UInt8])
        case oversize(prefix: [UInt8], length: Int)
    }

    private let read: (UnsafeMutableRawBufferPointer) -> Int
    private let limit: Int
    private let prefixKept: Int
    private var chunk: [UInt8]
    private var chunkStart = 0
    private var chunkEnd = 0
    private var atEnd = false

    /// `read` fills the buffer and returns the byte count: 0 at the end, negative on error.
    public init(limit: Int, prefixKept: Int = 64 << 10, chunkSize: Int = 1 << 20,
                read: @escaping (UnsafeMutableRawBufferPointer) -> Int) {
        self.read = read
        self.limit = limit
        self.prefixKept = prefixKept
        self.chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    /// A reader of a file descriptor (standard input is 0), retrying on EINTR.
    public init(fileDescriptor: Int32, limit: Int) {
        self.init(limit: limit) { buffer in
            while true {
                let n = Foundation.read(fileDescriptor, buffer.baseAddress, buffer.count)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
    }

    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The next line, or nil at the end of the stream (a last line without LF counts).
    public mutating func next() throws -> Line? {
        var line: [UInt8] = []
        var length = 0
        var sawAny = false
        while true {
            if chunkStart == chunkEnd {
                if atEnd { break }
                let n = chunk.withUnsafeMutableBytes { read($0) }
                if n < 0 { throw ReadError(description: "cannot read standard input (errno \(errno))") }
                if n == 0 { atEnd = true; break }
                chunkStart = 0
                chunkEnd = n
            }
            sawAny = true
            let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: 0x0A)
            let pieceEnd = newline ?? chunkEnd
            let pieceLength = pieceEnd - chunkStart
            if length + pieceLength <= limit {
                line.append(contentsOf: chunk[chunkStart..<pieceEnd])
            } else if line.count < prefixKept {
                let room = prefixKept - line.count
                line.append(contentsOf: chunk[chunkStart..<min(pieceEnd, chunkStart + room)])
            }
            length += pieceLength
            if length > limit, line.count > prefixKept { line.removeSubrange(prefixKept...) }
            chunkStart = newline.map { $0 + 1 } ?? chunkEnd
            if newline != nil { return finish(line, length) }
        }
        return sawAny ? finish(line, length) : nil
    }

    private func finish(_ line: [UInt8], _ length: Int) -> Line {
        if length > limit { return .oversize(prefix: line, length: length) }
        if line.last == 0x0D { return .line(Array(line.dropLast())) }
        return .line(line)
    }
}
