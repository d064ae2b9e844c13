import Foundation
import Testing
import Normalize
import Pipeline
import Records
import SourceText
@testable import Report

/// The report of the five corpus documents, checked against the records `kpolicy extract` writes.
@Suite struct CorpusReportTests {
    /// What a mention's record says, read back from its JSON line (not from the page's code).
    struct Expected: Equatable, CustomStringConvertible {
        var type: String
        var value: String
        var text: String
        var line: Int
        var column: Int
        var description: String { "\(type) \(text) =\(value) @\(line):\(column)" }
    }

    static func literal(_ any: Any?) -> String? {
        switch any {
        case let s as String: s
        case let n as NSNumber: n.stringValue
        default: nil
        }
    }

    /// The records of every corpus document, in order, reduced to what the marks must carry:
    /// `value`, else the range (`min/max`, `from/to`), else the canonical name or the programme name,
    /// else nothing (a relative date left unresolved).
    static func expectedMentions() throws -> [Expected] {
        let processor = DocumentProcessor(options: PipelineOptions())
        var expected: [Expected] = []
        for item in InputCollector.collect([Support.corpus]) {
            guard case .file(let path) = item else { continue }
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            let source = try SourceDecoder.decode(path: path, bytes: bytes, maxBytes: 1 << 26).get()
            let analyzed = processor.analyze(source)
            for (i, m) in analyzed.mentions.enumerated() {
                let line = Records.mention(m, doc: path, document: analyzed.document, sentence: analyzed.mentionSentences[i]).closed
                let record = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
                let value = literal(record["value"])
                    ?? (record["min"] != nil || record["max"] != nil ? (literal(record["min"]) ?? "") + "/" + (literal(record["max"]) ?? "") : nil)
                    ?? (record["from"] != nil || record["to"] != nil ? (literal(record["from"]) ?? "") + "/" + (literal(record["to"]) ?? "") : nil)
                    ?? literal(record["canonical"]) ?? literal(record["name"]) ?? ""
                expected.append(Expected(type: record["type"] as! String, value: value, text: record["text"] as! String,
                                         line: record["line"] as! Int, column: record["column"] as! Int))
            }
        }
        return expected
    }

    @Test func everyMentionIsMarkedOnceWithItsValue() throws {
        let expected = try Self.expectedMentions()
        #expect(expected.count > 500, "the corpus yields many mentions")
        let html = Support.report([Support.corpus]).html
        let marks = Support.marks(in: html).map { mark in
            Expected(type: mark.attributes["data-type"] ?? "", value: mark.attributes["data-value"] ?? "", text: mark.text,
                     line: Int(mark.attributes["data-line"] ?? "") ?? 0, column: Int(mark.attributes["data-col"] ?? "") ?? 0)
        }
        #expect(marks.count == expected.count)
        for (mark, record) in zip(marks, expected) where mark != record {
            Issue.record("mark \(mark) ≠ record \(record)")
        }
        // Every mark has an id, a title carrying its value, and can take the keyboard focus.
        let raw = html.components(separatedBy: "<mark ").count - 1
        #expect(raw == expected.count, "no <mark> outside the expected ones")
        let ids = Support.marks(in: html).compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == expected.count)
        #expect(Support.marks(in: html).allSatisfy { $0.attributes["tabindex"] == "0" && ($0.attributes["title"] ?? "").hasPrefix($0.attributes["data-type"]! + ": ") })
    }

    @Test func pageIsWellFormedSmallAndSelfContained() {
        let html = Support.report([Support.corpus]).html
        #expect(Support.tagProblems(html) == [])
        #expect(html.utf8.count < 5_000_000)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ko\">"))
        // Nothing is fetched: no external URL in src/href, no @import or url() in the CSS.
        for needle in ["src=\"", "http://", "https://", "@import", "url(", "<link"] {
            #expect(!html.contains(needle), "found \(needle)")
        }
        #expect(html.components(separatedBy: "<script").count - 1 == 1, "only the page's own script")
        #expect(html.components(separatedBy: "<section class=\"doc\"").count - 1 == 5)
    }

    @Test func rerunsAndJobCountsGiveTheSameBytes() {
        let first = Support.report([Support.corpus], jobs: 1).html
        let second = Support.report([Support.corpus], jobs: 2).html
        #expect(first == second)
    }

    /// The per-type counts of a document header agree with the non-repeated marks of its type.
    @Test func countsPerTypeMatchTheMarks() {
        let html = Support.report([Support.corpus]).html
        let sections = html.components(separatedBy: "<section class=\"doc\"").dropFirst()
        #expect(sections.count == 5)
        for section in sections {
            let marks = Support.marks(in: section).filter { !($0.attributes["class"] ?? "").contains("dup") }
            for type in ["money", "date", "count", "org"] {
                let n = marks.filter { $0.attributes["data-type"] == type }.count
                if n > 0 { #expect(section.contains("\">\(MentionStyle.of(.init(rawValue: type)!).letter)</span>\(type) \(n)</li>"), "\(type) \(n)") }
            }
        }
    }
}
