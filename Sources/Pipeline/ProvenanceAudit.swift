import Normalize
import SourceText

/// Checks the provenance promise on an analyzed document, independently of `SourceMap`: for every
/// mention, the original bytes of its range normalize to its text, the range lies inside the file in
/// order, line and column agree with a plain count over the bytes, and its sentence exists.
/// Used by the fuzz harness and the property tests; returns what is wrong, empty when all holds.
public enum ProvenanceAudit {
    public static func violations(in analyzed: AnalyzedDocument, bytes: [UInt8]) -> [String] {
        let text = analyzed.document.text
        let map = analyzed.document.source.map
        var problems: [String] = []
        var previousEnd = 0
        var counter = LineCounter(bytes: bytes)
        for (i, mention) in analyzed.mentions.enumerated() {
            let range = text.snappedToOrigin(mention.range)
            if range.lowerBound < previousEnd { problems.append("mention \(i) overlaps the one before") }
            previousEnd = max(previousEnd, range.upperBound)
            let original = map.range(ofScalars: text.originalRange(of: range))
            guard 0 <= original.start.byte, original.start.byte <= original.end.byte, original.end.byte <= bytes.count else {
                problems.append("mention \(i): bytes \(original.start.byte)..<\(original.end.byte) outside the file")
                continue
            }
            let written = String(decoding: bytes[original.start.byte..<original.end.byte], as: UTF8.self)
            let normalized = text.string(range)
            if TextNormalizer.normalize(written) != normalized {
                problems.append("mention \(i): bytes give '\(written)', text is '\(normalized)'")
            }
            let start = counter.lineColumn(at: original.start.byte)
            let end = counter.lineColumn(at: original.end.byte)
            if start != (original.start.line, original.start.column) || end != (original.end.line, original.end.column) {
                problems.append("mention \(i): line/column \(original.start.line):\(original.start.column) but the bytes say \(start.0):\(start.1)")
            }
            if !analyzed.sentences.isEmpty, analyzed.mentionSentences[i] >= analyzed.sentences.count {
                problems.append("mention \(i): sentence \(analyzed.mentionSentences[i]) does not exist")
            }
        }
        return problems
    }

    /// 1-based line and column (in scalars) of byte offsets, counted on the bytes; offsets must be
    /// asked in increasing order of line start (mentions are sorted), so one pass serves them all.
    struct LineCounter {
        let bytes: [UInt8]
        var line = 1
        var lineStart = 0
        var position = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func lineColumn(at offset: Int) -> (Int, Int) {
            if offset < lineStart { line = 1; lineStart = 0; position = 0 }
            while position < offset {
                let b = bytes[position]
                if b == 0x0A {
                    line += 1; lineStart = position + 1
                } else if b == 0x0D {
                    if position + 1 < bytes.count, bytes[position + 1] == 0x0A {
                        // CRLF is one line break; an offset between the two still belongs to this line.
                        if position + 1 == offset { break }
                        position += 1
                    }
                    line += 1; lineStart = position + 1
                }
                position += 1
            }
            var column = 1
            var k = lineStart
            while k < offset {
                if bytes[k] & 0xC0 != 0x80 { column += 1 }
                k += 1
            }
            return (line, column)
        }
    }
}
