import Foundation
import TestSupport
import Testing
import Normalize
import SourceText
@testable import Segment

/// The wrap width of a large document is counted as a histogram of line widths, piece by piece;
/// it must equal the segmenter's own estimate over the whole text.
@Suite struct WrapWidthTallyTests {
    static func tally(_ text: NormalizedText) -> Int? {
        var tally = WrapWidthTally()
        WrapWidthTally.forEachWidth(ofLinesIn: text.scalars) { tally.add(width: $0) }
        return tally.estimate
    }

    static func segmenterEstimate(_ text: NormalizedText) -> Int? {
        var run = Run(scalars: text.scalars)
        run.scanLines()
        return Run.estimateWrapWidth(run.lines)
    }

    /// Ten lines of 25 Hangul syllables (width 50) and two short ones (7, 5): 85% of the 512 columns
    /// is reached within the 50s, so the width is 50. A table row and blank lines do not count.
    @Test func handMadeLines() {
        let long = String(repeating: "가", count: 25)
        let text = (Array(repeating: long, count: 10) + ["짧은 줄", "", "  ", "구분\t100", "끝 줄"]).joined(separator: "\n")
        var normalized = NormalizedText()
        let source = SourceFile(path: "", text: text)
        TextNormalizer.append(source.scalars, range: 0..<source.scalars.count, to: &normalized)
        #expect(Self.tally(normalized) == 50)
        #expect(Self.segmenterEstimate(normalized) == 50)
        var removed = WrapWidthTally()
        for _ in 0..<6 { removed.add(width: 50) }
        removed.add(width: 7)
        removed.remove(width: 50)
        #expect(removed.estimate == 50)
        removed.remove(width: 50)
        #expect(removed.estimate == nil)   // five lines are too few to tell
    }

    @Test func corpusDocumentsGiveTheSegmenterEstimate() throws {
        let root = TestPackage.root
        let files = try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("Corpus"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        var widths: [Int?] = []
        for url in files {
            let source = SourceFile(path: url.path, text: try String(contentsOf: url, encoding: .utf8))
            let text = PlainTextFormat().normalize(source, options: NormalizeOptions()).text
            #expect(Self.tally(text) == Self.segmenterEstimate(text), "\(url.lastPathComponent)")
            widths.append(Self.segmenterEstimate(text))
        }
        // The PDF plan (003) is hard-wrapped; the news pages are not.
        #expect(widths[3] != nil)
    }
}
