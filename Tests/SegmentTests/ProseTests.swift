import Foundation
import Testing
@testable import Segment

/// Ordinary news and blog prose (Tests/Fixtures/sentences/prose.jsonl, written and segmented by
/// hand): boundary F1 over the whitespace-free text, the measure `eval_sentences.py` uses.
@Suite struct ProseTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/sentences/prose.jsonl").standardized

    /// Offsets, in the text with all whitespace removed, where each sentence but the last ends.
    static func boundaries(_ sentences: [String]) -> Set<Int> {
        var result = Set<Int>()
        var offset = 0
        for s in sentences.dropLast() {
            offset += s.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            result.insert(offset)
        }
        return result
    }

    @Test func newsAndBlogProse() throws {
        let data = try String(contentsOf: Self.fixture, encoding: .utf8)
        var truePositives = 0, predicted = 0, expected = 0
        var misses: [String] = []
        for line in data.split(separator: "\n") {
            let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let gold = doc["sentences"] as! [String]
            let got = sentences(doc["text"] as! String)
            let g = Self.boundaries(gold), p = Self.boundaries(got)
            truePositives += g.intersection(p).count
            predicted += p.count
            expected += g.count
            if g != p { misses.append("\(doc["id"]!): \(got)") }
        }
        let precision = Double(truePositives) / Double(max(predicted, 1))
        let recall = Double(truePositives) / Double(max(expected, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        #expect(expected > 40, "the fixture holds the hand-segmented documents")
        #expect(f1 >= 0.95, "boundary F1 \(f1) (P \(precision), R \(recall)); differs: \(misses)")
        #expect(precision >= 0.99, "a split inside a sentence: \(misses)")
    }
}
