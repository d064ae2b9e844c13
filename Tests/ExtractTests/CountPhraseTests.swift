import Testing
@testable import Extract

/// Counts in typical policy phrases (and the corpus), values and counted nouns read by hand.
@Suite struct CountPhraseTests {
    static let cases: [(String, [CountCase])] = [
        // A PDF line break inside the sentence, with the next line indented, is one space.
        ("□ 국가식품클러스터는 '08년 종합계획 수립 이후 총 5,535억원을 투입하여\n  기업 입주, 연구개발 지원 등 인프라를 구축\n"
            + "  ㅇ 현재 입주기업은 176개사(분양률 86.2%)이며, 고용인원은 2,712명\n    수준으로 '23년 대비 12% 증가",
         [count("176개사", 176, "개사"), count("2,712명", 2712, "명", approx: true)]),
        ("3개 기관이 참여한다", [count("3개", 3, "개", "기관")]),
        ("10개 과제를 선정", [count("10개", 10, "개", "과제")]),
        ("1,000개 기업을 지원", [count("1,000개", 1000, "개", "기업")]),
        ("4개 부처가 합동으로", [count("4개", 4, "개", "부처")]),
        ("15개 공공기관", [count("15개", 15, "개", "공공기관")]),
        ("7개 권역별로", [count("7개", 7, "개", "권역")]),
        ("참여기관 12곳", [count("12곳", 12, "곳", "참여기관")]),
        ("거점 5곳을 지정", [count("5곳", 5, "곳", "거점")]),
        ("특허 1,200건", [count("1,200건", 1200, "건", "특허")]),
        ("기술이전 35건", [count("35건", 35, "건", "기술이전")]),
        ("석박사급 인재 1,500명을 양성", [count("1,500명", 1500, "명", "석박사급 인재")]),
        ("1만 명", [count("1만 명", 10_000, "명")]),
        ("3만5천 명", [count("3만5천 명", 35_000, "명")]),
        ("2만 5천명", [count("2만 5천명", 25_000, "명")]),
        ("50여 명", [count("50여 명", 50, "명", approx: true)]),
        ("100여 개", [count("100여 개", 100, "개", approx: true)]),
        ("약 200개", [count("200개", 200, "개", approx: true)]),
        ("30개 내외", [count("30개", 30, "개", approx: true)]),
        ("12대 국가전략기술", [count("12대", 12, "대", "국가전략기술")]),
        ("10대 게임 체인저 기술", [count("10대", 10, "대", "게임 체인저 기술")]),
        ("30개국 대표단", [count("30개국", 30, "개국", "대표단")]),
        ("11개교 참여", [count("11개교", 11, "개교")]),
        ("6개소 구축", [count("6개소", 6, "개소")]),
        ("5개社 선별", [count("5개社", 5, "개社")]),
        ("협력기업 20개사", [count("20개사", 20, "개사", "협력기업")]),
        ("교육 40차시", [count("40차시", 40, "차시", "교육")]),
        ("활용교육 2종 개발", [count("2종", 2, "종", "활용교육")]),
        ("총 3회 개최", [count("3회", 3, "회")]),
        ("445개 과제", [count("445개", 445, "개", "과제")]),
        ("884개 과제", [count("884개", 884, "개", "과제")]),
        ("수소버스 2천대", [count("2천대", 2000, "대", "수소버스")]),
        ("연구팀 8개팀", [count("8개팀", 8, "개팀", "연구팀")]),
        ("1,200가구", [count("1,200가구", 1200, "가구")]),
        ("48개 기술 개발에 착수", [count("48개", 48, "개", "기술")]),
        ("'24년 기준: 11개 분야 45개 프로젝트 구체화",
         [count("11개", 11, "개", "분야"), count("45개", 45, "개", "프로젝트")]),
        ("24개 기업 선정평가를 통해 5개社 선별", [count("24개", 24, "개"), count("5개社", 5, "개社")]),
        ("(’24년 11개 과제 → ’25년 14개 과제)", [count("11개", 11, "개", "과제"), count("14개", 14, "개", "과제")]),
        ("‘24년 320개 -> ’25년 330개로 지원", [count("320개", 320, "개"), count("330개", 330, "개")]),
        ("첨단산업 글로벌 이공계 인재육성 지원 확대(’24년 340명→ ’25년 480명)",
         [count("340명", 340, "명"), count("480명", 480, "명")]),
        ("추진체계(그랜드컨소시엄) 확대 (참여기관; 152개(’23) → 182개 (’24))",
         [count("152개", 152, "개"), count("182개", 182, "개")]),
        ("3개 이내 과제", [count("3개", 3, "개")]),
        ("5곳 이상", [count("5곳", 5, "곳")]),
        ("최대 3개", [count("3개", 3, "개")]),
        ("세부과제 21개", [count("21개", 21, "개", "세부과제")]),
        ("올해 신규 30과제를 선정", [count("30과제", 30, "과제")]),
        ("총 12과제 지원", [count("12과제", 12, "과제")]),
    ]

    /// Not counts: percentages, multipliers, ordinals, years, phone and page numbers, names.
    static let negatives: [String] = [
        "제8차 산업기술혁신계획",
        "1단계 개념연구",
        "2부 행사",
        "2025년 업무계획",
        "문의 044-203-4510",
        "- 3 -",
        "5극3특 전략",
        "30% 증가",
        "2.5배 확대",
        "9개월간",
        "3년간 지원",
        "4차 산업혁명",
        "제2회 포럼",
        "세계 1위",
        "2번째 회의",
        "20대 청년",
        "3대 1의 경쟁률",
        "100억원 투입",
        "'24~'28년",
        "10:30 개최",
    ]

    @Test(arguments: cases)
    func reads(_ c: (String, [CountCase])) {
        let found = mentions(CountExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == c.1.map(\.text), "\(c.0)")
        for (expected, (text, m)) in zip(c.1, found) where expected.text == text {
            guard case .count(let v) = m.value else { Issue.record("not a count"); continue }
            #expect(v.value == expected.value, "\(text) value")
            #expect(v.unit == expected.unit, "\(text) unit")
            #expect(v.approx == expected.approx, "\(text) approx")
            if let item = expected.item { #expect(v.item == item, "\(text) item") }
        }
    }

    @Test(arguments: negatives)
    func ignores(_ sentence: String) {
        let found = mentions(CountExtractor().extract(from:), sentence)
        #expect(found.isEmpty, "\(sentence): \(found.map(\.0))")
    }
}
