import Foundation
import TestSupport
import Testing
import SourceText
@testable import Normalize

/// The line-by-line boilerplate scan of large documents must drop the lines the whole-text
/// filters drop, and `keepsScalars` must only accept lines that normalize to themselves.
@Suite struct LineDropScanTests {
    static func lines(_ text: String) -> (SourceFile, [Range<Int>]) {
        let source = SourceFile(path: "t.txt", text: text)
        let lines = (0..<source.map.lineCount).map { source.map.scalarRange(ofLine: $0, in: source.scalars) }
        return (source, lines)
    }

    static func wholeDropped(_ text: String) -> [Int] {
        let (source, lines) = Self.lines(text)
        return Array(Set(BoilerplateFilter.droppedLines(scalars: source.scalars, lines: lines))
            .union(PageFurniture.droppedLines(scalars: source.scalars, lines: lines))).sorted()
    }

    static func scanDropped(_ text: String) -> [Int] {
        let (source, lines) = Self.lines(text)
        var scan = LineDropScan()
        for (i, r) in lines.enumerated() { _ = scan.add(source.scalars[r], index: i) { _ in i } }
        return scan.finish().dropped
    }

    /// Hand-made: a running header (`2025 업무계획`) around three page markers is furniture; a
    /// headline list runs until a prose line; a copyright footer.
    @Test func handMadePagesAndLists() {
        var text = ""
        for page in 1...3 {
            text += "본문 \(page)쪽의 첫 줄은 정책 설명이다.\n둘째 줄도 본문이다\n\n- \(page) -\n2025 업무계획\n"
        }
        text += "주요뉴스\n▶ 첫 기사 제목\n두 번째 기사 제목\n정부는 내년 예산을 크게 늘려 지역 산업을 지원하기로 했다.\nⓒ 무단전재 및 재배포 금지\n"
        let expected = [3, 4, 8, 9, 13, 14, 15, 16, 17, 19]
        #expect(Self.wholeDropped(text) == expected)
        #expect(Self.scanDropped(text) == expected)
    }

    /// The sample corpus, whole and concatenated (its page furniture counts over every copy).
    @Test func corpusDocumentsDropTheSameLines() throws {
        let root = TestPackage.root
        let files = try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("Corpus"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        var all = ""
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            all += text
            #expect(Self.scanDropped(text) == Self.wholeDropped(text), "\(url.lastPathComponent)")
        }
        #expect(!Self.wholeDropped(all + all).isEmpty)
        #expect(Self.scanDropped(all + all) == Self.wholeDropped(all + all))
    }

    @Test(arguments: [
        ("산업부, 지역 R&D에 2조 원 투입…5극3특 성장엔진 육성", true),
        ("□ (현황) 국내 기업 ※ 참고 · 항목\t100", true),
        ("`24년", true),                      // the backtick becomes an apostrophe, one column either way
        ("지난 ’24년", false),                // a curly apostrophe is folded
        ("ＡＩ 팩토리", false),               // full-width letters are folded
        ("㈜한국", false),                     // expands to (주)
        ("e\u{301}", false),                  // a combining mark joins the letter before it
        ("\u{2126}", false),                  // OHM SIGN: NFC makes it Ω
        ("가\u{00A0}나", false),              // a no-break space becomes a space
        ("漢字", true),
    ])
    func keepsScalars(line: String, expected: Bool) {
        let scalars = Array(line.unicodeScalars)
        #expect(TextNormalizer.keepsScalars(scalars[...]) == expected)
        if expected {
            #expect(TextNormalizer.normalize(line) == line.replacingOccurrences(of: "`", with: "'"))
        }
    }
}
