import Foundation
import Testing
import Normalize
@testable import Pipeline

/// Provenance must hold for every record: the original bytes [byteStart, byteEnd), normalized the
/// same way, give `text`, and line/column agree with those bytes.
@Suite struct ProvenanceTests {
    /// 1-based line and column (in scalars) of byte offset `offset`, counted directly on the bytes.
    static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            else if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    @Test func everyCorpusMentionPointsAtItsOriginalText() throws {
        let out = try Support.temporaryDirectory("provenance")
        defer { try? FileManager.default.removeItem(at: out) }
        let runner = BatchRunner(options: BatchOptions(outDirectory: out.path, jobs: 2, pipeline: PipelineOptions()))
        _ = try runner.run(inputs: InputCollector.collect([Support.corpus.path])) { _ in }
        let mentions = try Support.jsonLines(out.appendingPathComponent("mentions.jsonl"))
        let sentences = try Support.jsonLines(out.appendingPathComponent("sentences.jsonl"))
        #expect(mentions.count > 100, "the corpus should yield many mentions")
        var bytesByDoc: [String: [UInt8]] = [:]
        var sentenceCounts: [String: Int] = [:]
        for s in sentences { sentenceCounts[s["doc"] as! String, default: 0] += 1 }
        for m in mentions {
            let doc = m["doc"] as! String
            let bytes = try bytesByDoc[doc] ?? Array(Data(contentsOf: URL(fileURLWithPath: doc)))
            bytesByDoc[doc] = bytes
            let start = m["byteStart"] as! Int, end = m["byteEnd"] as! Int
            let original = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(TextNormalizer.normalize(original) == m["text"] as! String, "\(doc) bytes \(start)..<\(end)")
            let (line, column) = Self.lineColumn(of: start, in: bytes)
            let (endLine, endColumn) = Self.lineColumn(of: end, in: bytes)
            #expect(m["line"] as! Int == line && m["column"] as! Int == column, "\(doc):\(line):\(column) \(m)")
            #expect(m["endLine"] as! Int == endLine && m["endColumn"] as! Int == endColumn, "\(doc) end \(m)")
            let sentence = m["sentence"] as! Int
            #expect(sentence >= 0 && sentence < sentenceCounts[doc, default: 0])
        }
    }

    @Test func sentencesPointAtTheirOriginalLines() throws {
        let out = try Support.temporaryDirectory("sentences")
        defer { try? FileManager.default.removeItem(at: out) }
        let runner = BatchRunner(options: BatchOptions(outDirectory: out.path, jobs: 1, pipeline: PipelineOptions()))
        _ = try runner.run(inputs: InputCollector.collect([Support.corpus.path])) { _ in }
        for s in try Support.jsonLines(out.appendingPathComponent("sentences.jsonl")) {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: s["doc"] as! String)))
            let start = s["byteStart"] as! Int, end = s["byteEnd"] as! Int
            #expect(Self.lineColumn(of: start, in: bytes).0 == s["line"] as! Int)
            #expect(Self.lineColumn(of: end, in: bytes).0 == s["endLine"] as! Int)
            // The sentence text is its original text with whitespace folded.
            let original = TextNormalizer.normalize(String(decoding: bytes[start..<end], as: UTF8.self))
            let folded = original.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            #expect(folded == s["text"] as! String)
        }
    }
}
