import Foundation
import TestSupport
import Testing
import SourceText
import Extract
@testable import Pipeline

/// Property: whatever the text, every mention's provenance maps back to its text, and the same
/// input gives the same bytes. Inputs are made from corpus lines, cut at random scalar boundaries
/// and roughened the way scraped and PDF-extracted text is (CRLF, tabs, full-width digits, odd
/// spaces, curly apostrophes, wave dashes, page markers, repeated paragraphs), from a fixed seed.
@Suite struct ProvenancePropertyTests {
    typealias Generator = SplitMix64

    static let noise: [String] = [
        "\r\n", "\t", "\u{00A0}", "\u{3000}", "’", "‘", "∼", "～", "０", "５", "１２", "- 3 -\n", "\n\n", "ㅇ ", "□ ",
        "(", ")", "\"", "'", "억", "조", "원", "만", "개", "명", "년", "월", "일", ".", "~", "%", "\u{FEFF}", "e\u{0301}",
    ]

    static func roughDocument(from lines: [[Unicode.Scalar]], _ g: inout Generator) -> String {
        var out = String.UnicodeScalarView()
        for _ in 0..<(1 + g.below(8)) {
            let line = lines[g.below(lines.count)]
            guard !line.isEmpty else { continue }
            let a = g.below(line.count), b = min(line.count, a + 1 + g.below(160))
            var piece = Array(line[a..<b])
            for _ in 0..<g.below(4) {
                let at = g.below(piece.count + 1)
                piece.insert(contentsOf: noise[g.below(noise.count)].unicodeScalars, at: at)
            }
            out.append(contentsOf: piece)
            out.append(contentsOf: (g.below(3) == 0 ? "\r\n" : "\n").unicodeScalars)
        }
        var text = String(out)
        if g.below(5) == 0 { text += "\n" + text }     // a page carrying its article twice
        return text
    }

    @Test func provenanceHoldsOnRoughenedCorpusText() throws {
        var lines: [[Unicode.Scalar]] = []
        for file in try Support.corpusFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            lines += text.split(separator: "\n").map { Array($0.unicodeScalars) }
        }
        let processor = DocumentProcessor(options: PipelineOptions(referenceDate: CalendarDate(iso: "2025-05-30")))
        var g = Generator(state: 20_261_124)
        var mentions = 0
        for n in 0..<300 {
            let text = Self.roughDocument(from: lines, &g)
            let bytes = Array(text.utf8)
            guard case .success(let source) = SourceDecoder.decode(path: "doc\(n).txt", bytes: bytes, maxBytes: 1 << 20) else { continue }
            let analyzed = processor.analyze(source)
            mentions += analyzed.mentions.count
            let problems = ProvenanceAudit.violations(in: analyzed, bytes: bytes)
            #expect(problems.isEmpty, "document \(n): \(problems.prefix(3)) in \(text.debugDescription.prefix(300))")
            let input: Result<[UInt8], SourceError> = .success(bytes)
            let first = processor.emit(path: "doc\(n).txt", bytes: input)
            let again = processor.emit(path: "doc\(n).txt", bytes: input)
            let same = again.mentions == first.mentions && again.sentences == first.sentences
            #expect(same && again.document == first.document, "document \(n) differs on a second run")
        }
        #expect(mentions > 500, "the generated documents carry mentions to check (\(mentions))")
    }
}
