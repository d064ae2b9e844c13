import Testing
@testable import Extract

/// One expected count: text, value, unit, item (nil: none expected or not checked), approx.
struct CountCase: CustomStringConvertible, Sendable {
    var text: String
    var value: Int64
    var unit: String
    var item: String?
    var approx = false

    var description: String { text }
}

func count(_ text: String, _ v: Int64, _ unit: String, _ item: String? = nil, approx: Bool = false) -> CountCase {
    CountCase(text: text, value: v, unit: unit, item: item, approx: approx)
}

/// The counts found in `sentence` are exactly `expected` (texts in order; value, unit, approx and,
/// where given, item).
func expectCounts(_ sentence: String, _ expected: [CountCase]) {
    let found = mentions(CountExtractor().extract(from:), sentence)
    #expect(found.map(\.0) == expected.map(\.text), "\(sentence)")
    for (want, (text, m)) in zip(expected, found) where want.text == text {
        guard case .count(let v) = m.value else { Issue.record("not a count"); continue }
        #expect(v.value == want.value, "\(text) value")
        #expect(v.unit == want.unit, "\(text) unit")
        #expect(v.approx == want.approx, "\(text) approx")
        if let item = want.item { #expect(v.item == item, "\(text) item") }
    }
}

@Suite struct CountTests {
    static let cases: [(String, [CountCase])] = [
        // Real corpus sentences.
        ("산업 R&D 혁신방안 발표…30개 산-연 연구실 구축", [count("30개", 30, "개", "산-연 연구실")]),
        ("500개 AI 팩토리 구축…1조 원 사업화 펀드 조성도", [count("500개", 500, "개", "AI 팩토리")]),
        ("이에 2030년까지 AI 팩토리 500개를 구축하고, 대·중·소 협력을 통해 제조 AI 선도 모델 15개를 개발하는 한편",
         [count("500개", 500, "개", "AI 팩토리"), count("15개", 15, "개", "제조 AI 선도 모델")]),
        ("5극3특과 연계해 첨단산업 특성화 대학원 6곳을 추가 선정하고, 공공연 등 지역혁신기관을 중심으로 2030년까지 산연 공동연구실 30곳을 구축한다.",
         [count("6곳", 6, "곳", "첨단산업 특성화 대학원"), count("30곳", 30, "곳", "산연 공동연구실")]),
        ("'지역을 위한 R&D, 산업경쟁력 강화를 위한 R&D'라는 3대 혁신방향 중심으로 전환해 나갈 계획이다.",
         [count("3대", 3, "대", "혁신방향")]),
        ("첨단 신산업 중심으로 30대 산업규제 혁신과제를 선정해 집중 해소하고", [count("30대", 30, "대", "산업규제 혁신과제")]),
        ("산업부는 올해 지난해보다 12개 늘어난 28개 신규 과제를 선정하고",
         [count("12개", 12, "개"), count("28개", 28, "개", "신규 과제")]),
        ("올해 사업 공고는 총 3회로 나눠 진행되며 27일 1차 공고를 통해 9개 과제를 우선 선정한다.",
         [count("3회", 3, "회"), count("9개", 9, "개", "과제")]),
        ("10대 '게임 체인저 기술' 발굴을 위한 연구도 해외에 문호를 열기로 했다.", [count("10대", 10, "대", "게임 체인저 기술")]),
        ("정부가 반도체 패키징 등 한국 주력산업의 취약점이 되는 '초격차 급소 기술' 80개를 최대한 빨리 확보하기 위해",
         [count("80개", 80, "개", "초격차 급소 기술")]),
        ("ㅇ (전략투자) 11대 분야 45개 초격차 프로젝트 본격화*, 알키미스트",
         [count("11대", 11, "대", "분야"), count("45개", 45, "개", "초격차 프로젝트")]),
        ("ㅇ 200대 핵심전략기술* 및 185대 산업공급망 안정품목 투자** 확대",
         [count("200대", 200, "대", "핵심전략기술"), count("185대", 185, "대", "산업공급망 안정품목")]),
        ("* 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원(884개 과제)", [count("884개", 884, "개", "과제")]),
        ("* 리더스 포럼 멘토링(’25.4월~12월, 30명), * 현장체험 여학생(’25.4~12월, 1,667명)",
         [count("30명", 30, "명"), count("1,667명", 1667, "명")]),
        ("* 신진연구자 주도 수요기술 개발(9개월, 36개 과제) 및 수요매칭지원단 컨설팅(‘25년 40억원)",
         [count("36개", 36, "개", "과제")]),
        ("* ’24년 2개교 → ‘25년 13개교, 40차시로 확대, 첨단기술키트 활용교육 2종 개발",
         [count("2개교", 2, "개교"), count("13개교", 13, "개교"), count("40차시", 40, "차시"),
          count("2종", 2, "종", "첨단기술키트 활용교육")]),
        ("* (규제특례신산업창출(R&D)사업) ‘25년 20억원, 3개 내외 신규과제 지원 예정",
         [count("3개", 3, "개", "신규과제", approx: true)]),
        ("* 1단계 개념연구(신규) 3개, 2단계 선행연구 3개, 3단계 본연구 7개 테마 지원",
         [count("3개", 3, "개", "개념연구"), count("3개", 3, "개", "선행연구"), count("7개", 7, "개", "테마")]),
        ("ㅇ 리빙랩 확대('24년 6개 → '25년 10개) 및 실증 안착 컨설팅 추진('25.下~)",
         [count("6개", 6, "개", "리빙랩"), count("10개", 10, "개", "리빙랩")]),
        ("* 산업기술협력센터: (‘24년) 6개 ➝ (‘25년) 8개, 누적", [count("6개", 6, "개", "산업기술협력센터"), count("8개", 8, "개")]),
        ("ㅇ 586건 수요 발굴(’24.2~4월) 및 신규(’24~’26) 과제·사업 40건 기획 추진",
         [count("586건", 586, "건", "수요"), count("40건", 40, "건", "과제·사업")]),
        ("현재 산업부 지원으로 조성된 연구기반센터는 전국에 286곳(작년 기준)에 달한다.", [count("286곳", 286, "곳")]),
        // Forms.
        ("22개국 205개 기관이 참여", [count("22개국", 22, "개국"), count("205개", 205, "개", "기관")]),
        ("1만 명의 인재를 양성", [count("1만 명", 10_000, "명")]),
        ("3천명", [count("3천명", 3000, "명")]),
        ("100여 명이 참석", [count("100여 명", 100, "명", approx: true)]),
        ("약 30개 기업", [count("30개", 30, "개", "기업", approx: true)]),
        ("협력사 15개사", [count("15개사", 15, "개사", "협력사")]),
        ("전국 10개소에 설치", [count("10개소", 10, "개소")]),
        ("전기차 3만 대 보급", [count("3만 대", 30_000, "대", "전기차")]),
        ("1,200건의 특허", [count("1,200건", 1200, "건")]),
        ("전국 17개 시도, 226개 시군구", [count("17개", 17, "개", "시도"), count("226개", 226, "개", "시군구")]),
        // Dwellings and beds (housing and health releases).
        ("올해 공공주택 14만 호를 공급한다고 밝혔다.", [count("14만 호", 140_000, "호", "공공주택")]),
        ("이 중 8만 4천 호(60%)는 상반기에 집중 공급하며", [count("8만 4천 호", 84_000, "호")]),
        ("수도권에 총 50만 호를 공급하겠다", [count("50만 호", 500_000, "호")]),
        ("국토부, 올해 공공주택 14만 호 공급…상반기에 60% 조기 집행", [count("14만 호", 140_000, "호", "공공주택")]),
        ("  - 권역책임의료기관 17개소 지정('24년 상반기)", [count("17개소", 17, "개소", "권역책임의료기관")]),
        ("전국에 드론 300대 배치", [count("300대", 300, "대", "드론")]),
        ("매입임대 1,200호씩 공급", [count("1,200호", 1200, "호", "매입임대")]),
        ("임대주택 1,000세대가 입주", [count("1,000세대", 1000, "세대", "임대주택")]),
        ("권역별 중환자 병상 500병상을 추가 확보", [count("500병상", 500, "병상")]),
    ]

    static let negatives: [String] = [
        // The unit a rate is per: `1명당`, `1개소 당`.
        "신규 고용인력 1명당 500만원 이내에서 납부한다",
        "1개소당 10억원의 국비를 지원한다",
        "1개소 당 10억원의 국비를 지원한다",
        "ㅇ 생산기술발전 5개년 계획 : 1991년 ∼ 1995년",
        "* 신진연구자 주도 수요기술 개발(9개월)",
        "올해 제1차 산업 R&D 전략기획투자협의회를 열어",
        "(제 72 회)",
        "* ‘24년 31회째 개최된 산업기술대전이 개최되는 주간 지정",
        "1단계 개념연구",
        "대비 2.5배 증가한 수치다",
        "30% 확대하고",
        "5극3특 성장엔진",
        "세계 4위 제조업 경쟁력",
        "3대 1의 경쟁률",
        "20대 청년 고용률",
        "기간\t'24~'28년(4년)",
        "044-203-4515",
        "의안번호 제 2 호",
        "지하철 3호선 연장",
        "원전 2호기 계속운전",
        "국내 1호 기업형 벤처캐피털",
        "제19호 태풍 솔릭",
        "지식경제부공고 제2012 – 457호",       // the notice's number after its year
        "중소벤처기업부 공고 제2024-622호",
        "5세대 이동통신(5G) 장비",
        "150호점 개점",
        "첨단 반도체(12인치급 웨이퍼 기반)",
        "1,2개 과제",
        "2025. 5. 30.",
        "‘25년 3월",
        "M.AX 얼라이언스",
        "1차 공고",
        "3개월간",
        "제21대 국회",
        "1회용품 사용",
        "60대 이상",
        // Labour statistics by age group, and a college's name (news, 2009–2021).
        "30대의 취업자수 감소에 대해 통계청은 분석했다",
        "30대 취업자수가 감소한 것으로 분석했다",
        "경기공업대, 대림대, 두원공과대, 명지전문대, 구미1대, 대구과학대",
        // A decrease with a minus sign: the tail after the scale word is no count of its own.
        "반면 도매 및 소매업(-11만 3000명), 제조업(-7만 6000명) 등에서 감소했다.",
        "농림어업(-3만1000명, -1.9%), 건설업(-1만8000명, -1.0%)에서 감소했다.",
    ]

    @Test(arguments: cases)
    func reads(_ c: (String, [CountCase])) {
        expectCounts(c.0, c.1)
    }

    /// Bounds and ranges (issue 6, item 1): hand-computed.
    static let bounded: [(String, String, Int64, Int64?, Int64?, String?)] = [
        ("3개 이상의 기관이 참여", "3개", 3, 3, nil, "이상"),
        ("참여기업 10개 이하로 구성", "10개", 10, nil, 10, "이하"),
        ("최대 5곳을 선정한다", "5곳", 5, nil, 5, "최대"),
        ("최소 2명 이상 배치", "2명", 2, 2, nil, "이상"),
        ("10~20개 과제를 지원", "10~20개", 10, 10, 20, nil),
        ("3~5개 기관", "3~5개", 3, 3, 5, nil),
        ("연구원 1,000~1,500명 규모", "1,000~1,500명", 1000, 1000, 1500, nil),
        ("30개 산-연 연구실 구축", "30개", 30, nil, nil, nil),
        // Verbs of passing the figure, after its particle (news, 2019–2024).
        ("관람객이 1만 명이 넘게 몰렸다", "1만 명", 10000, 10000, nil, "넘게"),
        ("직원 300명 넘는 기업", "300명", 300, 300, nil, "넘는"),
        ("참여 기관이 10곳을 넘지 않도록", "10곳", 10, nil, nil, nil),
    ]

    @Test(arguments: bounded)
    func bounds(_ c: (String, String, Int64, Int64?, Int64?, String?)) {
        let found = mentions(CountExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == [c.1], "\(c.0)")
        guard let m = found.first?.1, case .count(let v) = m.value else { Issue.record("no count"); return }
        #expect(v.value == c.2)
        #expect(v.min == c.3)
        #expect(v.max == c.4)
        #expect(v.bound == c.5)
    }

    /// Households counted by the noun itself: `농가`, `어가` (farm and fishing households).
    static let households: [(String, [CountCase])] = [
        ("올해 지급 대상은 113만 8천여 농가입니다.", [count("113만 8천여 농가", 1_138_000, "농가", approx: true)]),
        ("쌀 직불금이 77만 농가에, 밭 직불금은 22만 농가에 지급된다.",
         [count("77만 농가", 770_000, "농가"), count("22만 농가", 220_000, "농가")]),
        ("조건불리 직불금은 14만 9천 농가에 지급된다.", [count("14만 9천 농가", 149_000, "농가")]),
        ("양식 3천 어가가 피해를 입었다.", [count("3천 어가", 3_000, "어가")]),
        ("피해 농가 2농가를 지원한다.", []),
    ]

    @Test(arguments: households)
    func householdCounts(_ c: (String, [CountCase])) {
        expectCounts(c.0, c.1)
        for (text, m) in mentions(CountExtractor().extract(from:), c.0) {
            if case .count(let v) = m.value { #expect(v.item == nil, "\(text) item \(v.item ?? "")") }
        }
    }

    /// The counted noun, or none (nil): verbs, adverbs and time words next to a count are not
    /// what it counts. Written by hand after news sentences.
    static let items: [(String, String, String?)] = [
        ("주택건설은 4만 가구 증가했지만 수도권은 줄었다", "4만 가구", nil),
        ("또 57개 전체 기금의 운용규모는", "57개", nil),
        ("연말까지 총 31개 업체에서 할인행사를 연다", "31개", "업체"),
        ("사업은 총 166개로 이중 24개는 중앙행정기관에서 운영한다", "24개", nil),
        ("취업사관학교가 신규 운영돼 3800명에게 기회를 제공한다", "3800명", nil),
        ("17개 참여기업으로부터 현물을 유치했다", "17개", "참여기업"),
        ("지난 한 해 동안 총 1505건의 연구과제를 진행했다", "1505건", nil),
        ("전년 426건을 웃도는 성과다", "426건", nil),
        ("정부과제 456건을 수주했다", "456건", "정부과제"),
        // Adverbs, verbs and what a change is measured against are not what is counted (news, 2011–2021).
        ("임시근로자는 31만 2000명 각각 증가했다", "31만 2000명", nil),
        ("비경제활동인구는 1675만 8000명으로 전년동월대비 10만 6000명 감소했다", "10만 6000명", nil),
        ("기재부, 1만4452명 결정", "1만4452명", nil),
        ("전일제로 환산하면 553명의 일자리다", "553명", nil),
        ("반면 기타공공기관(총 178개)은 4.2%(336명) 감소했다", "178개", "기타공공기관"),
        ("이들 기업이 협약 내용대로 투자하면 일자리 180개가 신규 창출될 것이라고 설명했다", "180개", "일자리"),
        ("18개 기관 증가, 7개 기관 감소···과기부 \"수입구조 포트폴리오 개선 등 반영\"", "7개", "기관"),
        ("주요 20개국(G20) 재무장관·중앙은행총재 회의 참석차", "20개국", nil),
        ("대체 인력·시간제 2400명↑ 전체 정원 6300명 늘어나", "6300명", "정원"),
        ("2019년 대비 예산이 증액된 기관은 18개 기관이며, 7개 기관은 삭감됐다", "18개", "기관"),
        ("나머지 3개 팹은 추후 설립될 예정이다", "3개", "팹"),
        ("공공기관중 공기업(총 30개)과 준정부기관(총 87개)이 각각 늘었다", "30개", "공기업"),
        ("2015년 14개과제 14억 유치 실적올려", "14개", "과제"),
        ("지난해 말까지 1386개업체에 631건이며", "1386개", "업체"),
        ("올 상반기에는 82개 업체에 49건의 기술을 이전하는 등 총 1468개 업체 680건이다", "680건", nil),
        ("2020년 연구과제 1286건, 연구비 1317억2700만원 대비 큰 폭으로 상승한 수치다", "1286건", "연구과제"),
        ("한국기계연구원 등 12개 출연연, 106개 주요 사업 수행", "106개", "주요 사업"),
        ("사업신청 단체(법인)별 1개 사업 신청이 원칙이다", "1개", "사업"),
    ]

    @Test(arguments: items)
    func countedNoun(_ c: (String, String, String?)) {
        let found = mentions(CountExtractor().extract(from:), c.0)
        let m = found.first { $0.0 == c.1 }?.1
        guard let m, case .count(let v) = m.value else { Issue.record("no count \(c.1) in \(c.0)"); return }
        #expect(v.item == c.2, "\(c.0)")
    }

    @Test(arguments: negatives)
    func ignores(_ sentence: String) {
        let found = mentions(CountExtractor().extract(from:), sentence)
        #expect(found.isEmpty, "\(sentence): \(found.map(\.0))")
    }

    /// Bare cells under `지원 과제수` (Corpus/004 lines 76-94, shortened): counts of 과제.
    @Test func tableCountColumn() {
        let doc = """
        분야\t지원 과제수\t총 투자규모(억원)\t'25년 투자규모(억원)
        AI 팩토리\t44\t1,516\t627
        조선\t5\t205\t39
        총합\t445\t18,858\t4,787
        """
        let found = mentions(CountExtractor().extract(from:), doc)
        #expect(found.map(\.0) == ["44", "5", "445"])
        for (text, m) in found {
            guard case .count(let v) = m.value else { continue }
            #expect(v.unit == "개" && v.item == "과제" && v.unitFromHeader, "\(text)")
            #expect(String(v.value) == text)
        }
    }

    @Test func tableCounterInParentheses() {
        let doc = """
        구분\t참여기업(개)\t참여인원(명)
        1차\t12\t1,340
        """
        let found = mentions(CountExtractor().extract(from:), doc)
        #expect(found.map(\.0) == ["12", "1,340"])
        let values = found.compactMap { if case .count(let v) = $0.1.value { return v } else { return nil } }
        #expect(values.map(\.value) == [12, 1340])
        #expect(values.map(\.unit) == ["개", "명"])
        #expect(values.map(\.item) == ["참여기업", "참여인원"])
    }
}
