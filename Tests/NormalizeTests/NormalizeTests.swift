import Testing
import SourceText
@testable import Normalize

@Suite struct TextNormalizerTests {
    // (original, normalized), written by hand.
    static let foldings: [(String, String)] = [
        ("１조 ５０００억 원", "1조 5000억 원"),               // full-width digits
        ("’24.3", "'24.3"), ("‘24.5", "'24.5"), ("`24∼`28", "'24~'28"), ("´25년", "'25년"),
        ("2024년 ∼ 2028년", "2024년 ~ 2028년"),
        ("（주）한독", "(주)한독"), ("㈜한독", "(주)한독"),
        ("산업・기술융합", "산업·기술융합"), ("도약ㆍ성장", "도약·성장"),
        ("2조\u{00A0}원", "2조 원"), ("2조\u{3000}원", "2조 원"), ("2조\u{200B}원", "2조원"),
        ("\u{1112}\u{1161}\u{11AB}국", "한국"),                 // conjoining jamo → precomposed (NFC)
        ("“혁신”", "\"혁신\""),
        ("a\r\nb\rc", "a\nb\nc"),
        ("ㅇ □ ❶ ① ▲ 上 下 內", "ㅇ □ ❶ ① ▲ 上 下 內"),         // bullets and hanja stay
        ("ＡＩ팩토리", "AI팩토리"),
        // Runs copied as they are must still let the next scalar combine with their last one.
        ("가\u{11A8} 산업", "각 산업"),                       // syllable + trailing jamo → 각
        ("cafe\u{0301} 2조", "café 2조"),                      // ASCII + combining acute
        ("A\u{030A}ngstrom", "Ångstrom"),
        ("한국`24년`", "한국'24년'"),                           // a grave accent inside a run
        ("탭\t구분\n줄", "탭\t구분\n줄"),
        ("漢字와 한글 ABC", "漢字와 한글 ABC"),
    ]

    @Test(arguments: foldings)
    func folds(original: String, expected: String) {
        #expect(TextNormalizer.normalize(original) == expected)
    }

    @Test func originsPointBackToOriginalScalars() {
        let source = SourceFile(path: "t", text: "\u{1112}\u{1161}\u{11AB}국 ㈜")
        var text = NormalizedText()
        TextNormalizer.append(source.scalars, range: 0..<source.scalars.count, to: &text)
        #expect(text.string == "한국 (주)")
        #expect(text.originalRange(of: 0..<1) == 0..<3)      // 한 came from three jamo
        #expect(text.originalRange(of: 1..<2) == 3..<4)
        #expect(text.originalRange(of: 3..<6) == 5..<6)      // (주) came from ㈜
        // A range inside an expansion widens to the whole expansion.
        #expect(text.snappedToOrigin(4..<5) == 3..<6)
    }

    @Test func originsThroughCopiedRunsAndCombiningMarks() {
        let source = SourceFile(path: "t", text: "산업가\u{11A8} e\u{0301}x")
        var text = NormalizedText()
        TextNormalizer.append(source.scalars, range: 0..<source.scalars.count, to: &text)
        #expect(text.string == "산업각 éx")
        #expect(text.originalRange(of: 0..<2) == 0..<2)      // copied as they are
        #expect(text.originalRange(of: 2..<3) == 2..<4)      // 각 from 가 + ᆨ
        #expect(text.originalRange(of: 3..<4) == 4..<5)
        #expect(text.originalRange(of: 4..<5) == 5..<7)      // é from e + ◌́
        #expect(text.originalRange(of: 5..<6) == 7..<8)
    }
}

@Suite struct PlainTextFormatTests {
    func normalized(_ s: String, keep: Bool = false) -> String {
        PlainTextFormat().normalize(SourceFile(path: "t", text: s), options: NormalizeOptions(keepBoilerplate: keep)).text.string
    }

    @Test func pageMarkersAreDropped() {
        #expect(normalized("계획을 수립함\n- 3 -\n다음 줄") == "계획을 수립함\n\n다음 줄")
        #expect(normalized("계획\n-12-\n끝") == "계획\n\n끝")
        #expect(normalized("- 전세계 기술·기업·인재를 연결하는 서비스 개시") == "- 전세계 기술·기업·인재를 연결하는 서비스 개시")
    }

    @Test func footersAreDropped() {
        let text = "본문이다.\nCopyright @2009 한국방송뉴스 Corp. All rights reserved.\n등록번호 서울 아 02188, 등록일 2009-07-17, 발행인:이헌양.\n무단 전재, 복사, 배포 등을 금합니다."
        #expect(normalized(text) == "본문이다.\n\n\n")
        #expect(normalized(text, keep: true) == text)
    }

    @Test func relatedNewsListsAreDroppedUntilProse() {
        let text = """
        산업부는 올해 총 2685억 원을 지원한다고 26일 밝혔다.
        주요 뉴스
          • 금값, 사상 첫 5000달러 돌파…'트럼프 리스크'에 안전자산 열풍
          • 도시정비 80조 시장 열린다
          • 삼천당제약, 비만치료제 도전…수익성 개선에 팔 걷었다
          • 128,429,000
        오늘의 상승종목
        """
        #expect(normalized(text) == "산업부는 올해 총 2685억 원을 지원한다고 26일 밝혔다.\n\n\n\n\n\n")
    }

    @Test func droppedLinesStayInTheMap() {
        let source = SourceFile(path: "t", text: "가\n- 1 -\n나")
        let document = PlainTextFormat().normalize(source, options: NormalizeOptions())
        #expect(document.droppedLines == [1])
        // 나 is scalar 3 of the normalized text ("가\n\n나") and scalar 8 of the original, line 3.
        let original = document.text.originalRange(of: 3..<4)
        #expect(source.map.location(ofScalar: original.lowerBound).line == 3)
    }
}

@Suite struct DuplicateParagraphsTests {
    @Test func repeatedParagraphsAreFoundOnlyTheSecondTime() {
        // 002 carries its article twice; 001 repeats a photo caption.
        let first = "내년 1천487억원을 투입해 48개 기술 개발에 먼저 착수하고 2030년까지 총 1조2000억원을 투자한다."
        let text = TextNormalizer.normalize("\(first)\n짧은 줄\n짧은 줄\n다른 문단이 여기에 길게 이어진다고 하자.\n\(first)\n")
        var normalized = NormalizedText()
        let scalars = Array(text.unicodeScalars)
        TextNormalizer.append(scalars, range: 0..<scalars.count, to: &normalized)
        let ranges = DuplicateParagraphs.ranges(in: normalized)
        #expect(ranges.count == 1)   // the short line repeats too, but is too short to count
        #expect(ranges.first.map { normalized.string($0) } == first)
        #expect(ranges.first?.lowerBound ?? 0 > first.unicodeScalars.count)
    }

    /// A page that repeats its article with the paragraphs run together into one line (a summary
    /// box): no line repeats, every sentence does. Sentences are given as the segmenter would.
    @Test func repeatedSentencesInsideAJoinedParagraph() {
        let a = "과학기술정보통신부 내년도 예산은 올해보다 6000억원 줄어든 18조3000억원이다."
        let b = "30일 과기정통부에 따르면 내년도 예산은 18조2899억원으로 3.1% 감소했다."
        let short = "짧은 문장이다."
        let text = TextNormalizer.normalize("\(a)\n\(b)\n\(short)\n\(a) \(short) \(b) 새 문장도 하나 길게 덧붙여 둔다고 하자.\n")
        var normalized = NormalizedText()
        let scalars = Array(text.unicodeScalars)
        TextNormalizer.append(scalars, range: 0..<scalars.count, to: &normalized)
        func range(_ sentence: String, from: Int = 0) -> Range<Int> {
            let s = Array(sentence.unicodeScalars)
            var i = from
            while !scalars[i..<(i + s.count)].elementsEqual(s) { i += 1 }
            return i..<(i + s.count)
        }
        let line4 = range(a, from: range(a).upperBound).lowerBound     // the joined line starts with `a` again
        let last = "새 문장도 하나 길게 덧붙여 둔다고 하자."
        let sentences = [range(a), range(b), range(short), range(a, from: line4), range(short, from: line4),
                         range(b, from: line4), range(last)]
        // Lines alone: nothing repeats.
        #expect(DuplicateParagraphs.ranges(in: normalized).isEmpty)
        // With the sentences: the second `a` and `b` (the short sentence is too short to count),
        // each its own range, in order.
        let ranges = DuplicateParagraphs.ranges(in: normalized, sentences: sentences)
        #expect(ranges == [sentences[3], sentences[5]])
        // In pieces, the tracker finds the same across a piece boundary.
        var tracker = DuplicateParagraphs.Tracker()
        var first = NormalizedText(), second = NormalizedText()
        let cut = line4
        TextNormalizer.append(scalars, range: 0..<cut, to: &first)
        TextNormalizer.append(scalars, range: cut..<scalars.count, to: &second)
        #expect(tracker.ranges(in: first, sentences: Array(sentences[0..<3])).isEmpty)
        let shifted = sentences[3...].map { ($0.lowerBound - cut)..<($0.upperBound - cut) }
        #expect(tracker.ranges(in: second, sentences: shifted) == [shifted[0], shifted[2]])
    }

    @Test func mergedRanges() {
        #expect(DuplicateParagraphs.merged([0..<10, 20..<30], [5..<12, 30..<31, 40..<41]) == [0..<12, 20..<31, 40..<41])
        #expect(DuplicateParagraphs.merged([], [3..<4]) == [3..<4])
        #expect(DuplicateParagraphs.merged([3..<4], []) == [3..<4])
    }
}

/// `NFC.isStableAlone` answers from a table below U+3400: it must say what ICU's normalizer does.
@Suite struct NFCStableAloneTests {
    // (scalar, whether NFC leaves it alone as it is), by hand from the Unicode decompositions.
    static let cases: [(UInt32, Bool)] = [
        (0x2019, true), (0x25A1, true), (0x2022, true), (0x2192, true), (0x2460, true), (0x203B, true),
        (0x3147, true), (0x00E9, true),                  // ㅇ, é (precomposed)
        (0x0340, false),                                 // combining grave tone mark → U+0300
        (0x2126, false), (0x212B, false),                // ohm → Ω, angstrom → Å
        (0x2000, false),                                 // en quad → en space
        (0x0958, false),                                 // a composition exclusion
    ]

    @Test(arguments: cases)
    func stableAlone(value: UInt32, expected: Bool) {
        #expect(NFC.isStableAlone(value) == expected)
    }

    @Test func tableAgreesWithNormalizing() {
        for v in UInt32(0)..<0x3400 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(NFC.isStableAlone(v) == (NFC.normalize([s][...]) == [s]), "U+\(String(v, radix: 16))")
        }
    }
}
