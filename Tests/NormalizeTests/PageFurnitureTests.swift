import Testing
import SourceText
@testable import Normalize

/// A document as lines, and the 0-based lines that are running headers or footers (page markers
/// themselves are not listed: `BoilerplateFilter` drops those). Written by hand.
struct FurnitureCase: CustomTestStringConvertible, Sendable {
    let name: String
    let lines: [String]
    let furniture: [Int]
    var testDescription: String { name }
}

@Suite struct PageFurnitureTests {
    static func dropped(_ lines: [String]) -> [Int] {
        let source = SourceFile(path: "t", text: lines.joined(separator: "\n"))
        let scalars = source.scalars
        let ranges = (0..<source.map.lineCount).map { source.map.scalarRange(ofLine: $0, in: scalars) }
        return PageFurniture.droppedLines(scalars: scalars, lines: ranges)
    }

    static let cases: [FurnitureCase] = [
        FurnitureCase(
            name: "ministry footer before every page marker",
            lines: [
                "ㅇ 반도체 설비투자 세액공제를 확대한다.",   // 0
                "산업통상자원부",                           // 1
                "- 1 -",                                   // 2
                "ㅇ 이차전지 공급망을 안정화한다.",          // 3
                "산업통상자원부",                           // 4
                "- 2 -",                                   // 5
                "ㅇ 바이오 인력을 양성한다.",                // 6
                "산업통상자원부",                           // 7
                "- 3 -",                                   // 8
                "ㅇ 수출 시장을 다변화한다.",                // 9
            ],
            furniture: [1, 4, 7]),
        FurnitureCase(
            name: "title header after every marker; the title on the first page stays",
            lines: [
                "2025년도 산업기술혁신 시행계획",            // 0
                "1. 추진 배경",                             // 1
                "- 1 -",                                   // 2
                "2025년도 산업기술혁신 시행계획",            // 3
                "2. 추진 실적",                             // 4
                "- 2 -",                                   // 5
                "2025년도 산업기술혁신 시행계획",            // 6
                "3. 추진 과제",                             // 7
                "- 3 -",                                   // 8
                "2025년도 산업기술혁신 시행계획",            // 9
                "4. 향후 계획",                             // 10
            ],
            furniture: [3, 6, 9]),
        FurnitureCase(
            name: "footer and header around each marker, with blank lines between",
            lines: [
                "정부는 연구개발 투자를 늘린다.",            // 0
                "",                                        // 1
                "산업통상자원부",                           // 2
                "",                                        // 3
                "- 1 -",                                   // 4
                "",                                        // 5
                "제8차 산업기술혁신계획",                   // 6
                "기업은 민간 투자를 확대한다.",              // 7
                "산업통상자원부",                           // 8
                "- 2 -",                                   // 9
                "제8차 산업기술혁신계획",                   // 10
                "",                                        // 11
                "대학은 인력을 양성한다.",                  // 12
                "산업통상자원부",                           // 13
                "- 3 -",                                   // 14
                "제8차 산업기술혁신계획",                   // 15
                "연구소는 기술을 이전한다.",                // 16
            ],
            furniture: [2, 6, 8, 10, 13, 15]),
        FurnitureCase(
            name: "a page number inside the running header still matches",
            lines: [
                "본문 첫째 쪽이다.",                        // 0
                "- 1 -",                                   // 1
                "산업기술혁신계획 | 2",                      // 2
                "본문 둘째 쪽이다.",                        // 3
                "- 2 -",                                   // 4
                "산업기술혁신계획 | 3",                      // 5
                "본문 셋째 쪽이다.",                        // 6
                "- 3 -",                                   // 7
                "산업기술혁신계획 | 4",                      // 8
                "본문 넷째 쪽이다.",                        // 9
            ],
            furniture: [2, 5, 8]),
        FurnitureCase(
            name: "compact and dashed marker shapes",
            lines: [
                "본문 가.",                                 // 0
                "산업통상자원부",                           // 1
                "-1-",                                     // 2
                "본문 나.",                                 // 3
                "산업통상자원부",                           // 4
                "— 2 —",                                   // 5
                "본문 다.",                                 // 6
                "산업 통상 자원부",                          // 7
                "– 3 –",                                   // 8
                "본문 라.",                                 // 9
            ],
            furniture: [1, 4, 7]),
        FurnitureCase(
            name: "only two page breaks: not enough to call it furniture",
            lines: [
                "본문 가.",
                "산업통상자원부",
                "- 1 -",
                "본문 나.",
                "산업통상자원부",
                "- 2 -",
                "본문 다.",
            ],
            furniture: []),
        FurnitureCase(
            name: "three markers but the line is next to only two of them",
            lines: [
                "본문 가.",                                 // 0
                "산업통상자원부",                           // 1
                "- 1 -",                                   // 2
                "본문 나.",                                 // 3
                "산업통상자원부",                           // 4
                "- 2 -",                                   // 5
                "본문 다.",                                 // 6
                "- 3 -",                                   // 7
                "본문 라.",                                 // 8
            ],
            furniture: []),
        FurnitureCase(
            name: "the same words elsewhere in the page are content",
            lines: [
                "본문 가.",                                 // 0
                "산업통상자원부",                           // 1
                "- 1 -",                                   // 2
                "주관 부처",                                // 3
                "산업통상자원부",                           // 4: a table cell, mid-page
                "본문 나.",                                 // 5
                "산업통상자원부",                           // 6
                "- 2 -",                                   // 7
                "본문 다.",                                 // 8
                "산업통상자원부",                           // 9
                "- 3 -",                                   // 10
                "본문 라.",                                 // 11
                "문의: 산업통상자원부",                      // 12
            ],
            furniture: [1, 6, 9]),
        FurnitureCase(
            name: "furniture only as far as the first content line from the marker",
            lines: [
                "본문 가.",                                 // 0
                "- 1 -",                                   // 1
                "1. 개요",                                  // 2
                "산업통상자원부",                           // 3: after content, not a header
                "본문 나.",                                 // 4
                "산업통상자원부",                           // 5
                "- 2 -",                                   // 6
                "본문 다.",                                 // 7
                "산업통상자원부",                           // 8
                "- 3 -",                                   // 9
                "본문 라.",                                 // 10
                "산업통상자원부",                           // 11
                "- 4 -",                                   // 12
            ],
            furniture: [5, 8, 11]),
        FurnitureCase(
            name: "a sentence cut by the page is different at every break: nothing dropped",
            lines: [
                "ㅇ 반도체 설비투자에 대한 세액공제를",
                "- 1 -",
                "확대하고 인력 양성을 지원한다.",
                "ㅇ 이차전지 공급망 안정화를 위해",
                "- 2 -",
                "핵심광물 비축을 늘린다.",
                "ㅇ 바이오 분야 규제를",
                "- 3 -",
                "개선한다.",
            ],
            furniture: []),
        FurnitureCase(
            name: "bullet items repeated at page breaks are content",
            lines: [
                "- 1 -",
                "ㅇ (계속)",
                "본문 가.",
                "- 2 -",
                "ㅇ (계속)",
                "본문 나.",
                "- 3 -",
                "ㅇ (계속)",
                "본문 다.",
            ],
            furniture: []),
        FurnitureCase(
            name: "a repeated sentence is content, not a header",
            lines: [
                "- 1 -",
                "이 계획은 산업기술혁신촉진법 제5조에 따라 산업통상자원부 장관이 관계 중앙행정기관의 장과 협의하여 매년 수립하는 시행계획이다",
                "- 2 -",
                "이 계획은 산업기술혁신촉진법 제5조에 따라 산업통상자원부 장관이 관계 중앙행정기관의 장과 협의하여 매년 수립하는 시행계획이다",
                "- 3 -",
                "이 계획은 산업기술혁신촉진법 제5조에 따라 산업통상자원부 장관이 관계 중앙행정기관의 장과 협의하여 매년 수립하는 시행계획이다",
            ],
            furniture: []),
        FurnitureCase(
            name: "a long repeated line is content, not a header",
            lines: [
                "- 1 -",
                "산업기술혁신촉진법 제5조 및 같은 법 시행령 제3조에 따른 연도별 시행계획 (관계 중앙행정기관 합동 수립)",
                "- 2 -",
                "산업기술혁신촉진법 제5조 및 같은 법 시행령 제3조에 따른 연도별 시행계획 (관계 중앙행정기관 합동 수립)",
                "- 3 -",
                "산업기술혁신촉진법 제5조 및 같은 법 시행령 제3조에 따른 연도별 시행계획 (관계 중앙행정기관 합동 수립)",
            ],
            furniture: []),
        FurnitureCase(
            name: "no page markers",
            lines: ["산업통상자원부", "본문 가.", "산업통상자원부", "본문 나.", "산업통상자원부", "본문 다.", "산업통상자원부"],
            furniture: []),
        FurnitureCase(name: "empty", lines: [""], furniture: []),
    ]

    @Test(arguments: cases)
    func furnitureLines(_ c: FurnitureCase) {
        #expect(Self.dropped(c.lines) == c.furniture)
    }

    // MARK: - Through PlainTextFormat

    static let document = [
        "ㅇ 반도체 설비투자 세액공제를 확대한다.",
        "산업통상자원부",
        "- 1 -",
        "ㅇ 이차전지 공급망을 안정화한다.",
        "산업통상자원부",
        "- 2 -",
        "ㅇ 바이오 인력을 양성한다.",
        "산업통상자원부",
        "- 3 -",
        "문의: 산업통상자원부",
    ].joined(separator: "\n")

    @Test func plainTextDropsMarkersAndFurniture() {
        let source = SourceFile(path: "t", text: Self.document)
        let normalized = PlainTextFormat().normalize(source, options: NormalizeOptions())
        #expect(normalized.droppedLines == [1, 2, 4, 5, 7, 8])
        #expect(normalized.text.string == "ㅇ 반도체 설비투자 세액공제를 확대한다.\n\n\nㅇ 이차전지 공급망을 안정화한다.\n\n\nㅇ 바이오 인력을 양성한다.\n\n\n문의: 산업통상자원부")
    }

    @Test func keepBoilerplateKeepsFurniture() {
        let source = SourceFile(path: "t", text: Self.document)
        let normalized = PlainTextFormat().normalize(source, options: NormalizeOptions(keepBoilerplate: true))
        #expect(normalized.droppedLines == [])
        #expect(normalized.text.string == Self.document)
    }

    @Test func droppedFurnitureStaysInTheSourceMap() {
        let source = SourceFile(path: "t", text: Self.document)
        let normalized = PlainTextFormat().normalize(source, options: NormalizeOptions())
        // The sentence after the first footer still points at its original line.
        let scalars = normalized.text.scalars
        let start = scalars.firstIndex(of: "이")!
        let original = normalized.text.originalRange(of: start..<(start + 1))
        #expect(source.map.location(ofScalar: original.lowerBound).line == 4)  // 1-based
    }
}

/// `compacted` keys written by hand, and its fast answers checked against the Unicode properties
/// they stand for.
@Suite struct PageFurnitureKeyTests {
    static let keys: [(String, String)] = [
        ("- 12 -", "-0-"),
        ("산업통상자원부 | 3", "산업통상자원부|0"),
        ("Ministry of SMEs 2024. 3. 5.", "ministryofsmes0.0.0."),
        ("’24년 □ 추진 → ➊ 완료", "’0년□추진→➊완료"),
        ("\u{3000}제\u{00A0}１２장", "제0장"),     // ideographic space and NBSP skipped, full-width digits
        ("", ""),
    ]

    @Test(arguments: keys)
    func key(line: String, expected: String) {
        let scalars = Array(line.unicodeScalars)
        #expect(String(String.UnicodeScalarView(PageFurniture.compacted(scalars[...], limit: 40))) == expected)
    }

    @Test func tooLongLinesShareOneKey() {
        let line = Array(String(repeating: "가", count: 41).unicodeScalars)
        #expect(PageFurniture.compacted(line[...], limit: 40) == [Unicode.Scalar](repeating: "\u{0}", count: 41))
        let fits = Array(String(repeating: "가 ", count: 40).unicodeScalars)
        #expect(PageFurniture.compacted(fits[...], limit: 40).count == 40)
    }

    static let markers: [(String, Bool)] = [
        ("- 3 -", true), ("-12-", true), ("– 3 –", true), ("— 12 —", true), ("  -\u{3000}７\u{00A0}-  ", true),
        ("− 4 −", true), ("- 3", false), ("3 -", false), ("- 3 –", false), ("- a -", false), ("- 3 - 4", false),
        ("-- 3 --", false), ("- 1.2 -", false), ("－ 3 －", false), ("", false), ("- -", false),
    ]

    /// Page markers found without building the compact form, as `compacted` + `isPageMarker` find them.
    @Test(arguments: markers)
    func marker(line: String, expected: Bool) {
        let scalars = Array(line.unicodeScalars)
        #expect(PageFurniture.isPageMarker(line: scalars[...]) == expected)
        #expect(PageFurniture.isPageMarker(PageFurniture.compacted(scalars[...], limit: 40)) == expected)
    }

    /// The ranges `kind(of:)` answers without the property tables hold no whitespace and no decimal
    /// digit: every scalar of them must get the answer the tables give.
    @Test func fastRangesAgreeWithUnicodeProperties() {
        for v in UInt32(0)...0x2FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected: PageFurniture.Kind = s.properties.isWhitespace ? .space
                : (s.properties.numericType == .decimal ? .digit : .other)
            #expect(PageFurniture.kind(of: s) == expected, "U+\(String(v, radix: 16))")
        }
    }
}
