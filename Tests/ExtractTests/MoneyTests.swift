import Testing
@testable import Extract

/// One expected money mention. Values worked out by hand from the written amount.
struct MoneyCase: CustomStringConvertible, Sendable {
    var text: String
    var value: ExactDecimal?
    var min: ExactDecimal? = nil
    var max: ExactDecimal? = nil
    var currency = "KRW"
    var approx = false
    var bound: String? = nil
    var unitFromHeader = false

    var description: String { text }
}

func won(_ text: String, _ v: Int64, approx: Bool = false, bound: String? = nil, min: Int64? = nil, max: Int64? = nil) -> MoneyCase {
    MoneyCase(text: text, value: ExactDecimal(units: v), min: min.map { ExactDecimal(units: $0) },
              max: max.map { ExactDecimal(units: $0) }, approx: approx, bound: bound)
}

func wonRange(_ text: String, _ lo: Int64, _ hi: Int64, approx: Bool = false) -> MoneyCase {
    MoneyCase(text: text, value: nil, min: ExactDecimal(units: lo), max: ExactDecimal(units: hi), approx: approx)
}

func mentions(_ extract: (ExtractionInput) -> [Mention], _ sentence: String) -> [(String, Mention)] {
    let input = ExtractionInput(string: sentence)
    return extract(input).map { (input.text.string($0.range), $0) }
}

@Suite struct MoneyTests {
    static let cases: [(String, [MoneyCase])] = [
        // Real corpus sentences.
        ("산업부, 지역 R&D에 2조 원 투입…5극3특 성장엔진 육성", [won("2조 원", 2_000_000_000_000)]),
        ("500개 AI 팩토리 구축…1조 원 사업화 펀드 조성도", [won("1조 원", 1_000_000_000_000)]),
        ("정부는 올해 지역 산업기술 혁신을 위한 연구개발(R&D)에 2조 원 규모를 투입해 5극3특 성장엔진을 육성한다.",
         [won("2조 원", 2_000_000_000_000, approx: true)]),
        ("또 제조 AI 전환(M.AX) 얼라이언스를 위해 500개 AI 팩토리 구축과 15개 제조 AI 선도모델 개발도 추진하고, 1조 원 규모의 사업화 펀드를 조성한다.",
         [won("1조 원", 1_000_000_000_000, approx: true)]),
        ("아울러 1조 5000억 원 규모의 'K-화학산업 대전환 R&D 프로젝트'를 추진하는 등",
         [won("1조 5000억 원", 1_500_000_000_000, approx: true)]),
        ("성과를 낼 수 있는 R&D에 집중할 수 있도록 100억 원 이상 대형과제를 2030년까지 30% 확대하고",
         [won("100억 원", 10_000_000_000, bound: "이상", min: 10_000_000_000)]),
        ("산업부, 'AI 제조 혁신'에 역대 최대 2685억 투입", [won("2685억", 268_500_000_000)]),
        // 만 inside the count of 억 (a county's budget report, 2019).
        ("국도 29호(부여∼청양) 확장·포장(3780억원), 충청산업문화철도(1만8760억원), 농촌자원 복합산업화 지원(112억원) 등이다.",
         [won("3780억원", 378_000_000_000), won("1만8760억원", 1_876_000_000_000), won("112억원", 11_200_000_000)]),
        ("□ 향후 5년간('25~'29) 입주기업 지원에 최대\n  3,150억원을 투자하여 입주기업을 250개사로 확대하고, 수출액 달성을 목표로 추진",
         [won("3,150억원", 315_000_000_000, bound: "최대", max: 315_000_000_000)]),
        ("  ㅇ 다만, 수출액은 '23년 1,205억원\n    내외로 목표 대비 부진하며, 기업 간 협력도 미흡한 상황",
         [won("1,205억원", 120_500_000_000, approx: true)]),
        ("정부가 올해 역대 최대 규모인 2685억 원을 투입해 제조업 현장의 인공지능(AI) 전환과",
         [won("2685억 원", 268_500_000_000)]),
        ("산업부는 올해 지난해보다 12개 늘어난 28개 신규 과제를 선정하고, 여기에 배정된 280억 원 중 약 40%를 AI 기반 구축에 쏟아붓는다.",
         [won("280억 원", 28_000_000_000)]),
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중 6%에 못 미친 국제 협력 비중을 2018년까지 15% 이상으로 확대하는 방향을 제시했다.",
         [won("5조7000억원", 5_700_000_000_000)]),
        ("내년 1천487억원을 투입해 48개 기술 개발에 먼저 착수하고 2030년까지 총 1조2000억원을 투자한다.",
         [won("1천487억원", 148_700_000_000), won("1조2000억원", 1_200_000_000_000)]),
        ("이처럼 국제 공동 R&D를 통해 총 180개 기술 확보에 약 1조9000억원이 투입될 예정이다.",
         [won("1조9000억원", 1_900_000_000_000, approx: true)]),
        ("한국의 국가 R&D 예산은 올해 기준으로 31조원에 달했다. 과학기술정보통신부가 기초 분야를 중심으로 가장 많은 약 9조7000억원을 관리 중이며,",
         [won("31조원", 31_000_000_000_000), won("9조7000억원", 9_700_000_000_000, approx: true)]),
        ("지원하고 CVC펀드 조성(1,725억원)으로 민간 중심 기술사업화 촉진", [won("1,725억원", 172_500_000_000)]),
        ("* 산업현장 맞춤형 온-디바이스 AI 반도체 기술개발사업(‘25년 43.2억 투입)", [won("43.2억", 4_320_000_000)]),
        ("* 바이오파운드리 인프라 및 활용기반 구축사업(‘25~’29, ’25년 51.7억원)", [won("51.7억원", 5_170_000_000)]),
        ("* 저품위 산화광 니켈원료 제조공정 기술개발사업 신규 기획(‘25~’29, 총 35억원 규모)",
         [won("35억원", 3_500_000_000, approx: true)]),
        ("* 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원(884개 과제)",
         [won("8,295억원", 829_500_000_000), won("8,272억원", 827_200_000_000)]),
        ("* 반도체첨단산업기술개발사업(‘26~’30, 3,497.3억) 예비타당성조사 실시 중(’25)", [won("3,497.3억", 349_730_000_000)]),
        ("ㅇ 기술사업화 CVC펀드 500억원 규모 조성 및 CVC투자연계R&D 신규", [won("500억원", 50_000_000_000, approx: true)]),
        ("사업 착수('25년 18.75억원) 등 기술금융지원 확대", [won("18.75억원", 1_875_000_000)]),
        ("* ‘24년 초격차 프로젝트 대상 1조 3,099억원 투자", [won("1조 3,099억원", 1_309_900_000_000)]),
        ("규모\t총 100억('25년 25억)\t주관기관\tDN솔루션즈", [won("100억", 10_000_000_000), won("25억", 2_500_000_000)]),
        ("- '23년 산업 AI 기술개발 투자규모인 1,860억원 대비 2.5배 증가", [won("1,860억원", 186_000_000_000)]),
        ("분야별로는 AI팩토리(44개 과제, 627억원), 디스플레이(14개, 138억원) 등",
         [won("627억원", 62_700_000_000), won("138억원", 13_800_000_000)]),
        // Forms.
        ("예산은 100~200억원 수준이다.", [wonRange("100~200억원", 10_000_000_000, 20_000_000_000, approx: true)]),
        ("100억~200억원을 투입", [wonRange("100억~200억원", 10_000_000_000, 20_000_000_000)]),
        ("3~5조 원 규모", [wonRange("3~5조 원", 3_000_000_000_000, 5_000_000_000_000, approx: true)]),
        ("15백만원", [won("15백만원", 15_000_000)]),
        ("월 3천만 원을 지원", [won("3천만 원", 30_000_000)]),
        ("2억5천만원", [won("2억5천만원", 250_000_000)]),
        ("총 삼십억 원", [won("삼십억 원", 3_000_000_000)]),
        ("이천오백만원", [won("이천오백만원", 25_000_000)]),
        ("3십억원", [won("3십억원", 3_000_000_000)]),
        ("약 300억원", [won("300억원", 30_000_000_000, approx: true)]),
        ("약300억원", [won("300억원", 30_000_000_000, approx: true)]),
        ("300억원 내외", [won("300억원", 30_000_000_000, approx: true)]),
        ("300억원 가량", [won("300억원", 30_000_000_000, approx: true)]),
        ("300억원 남짓", [won("300억원", 30_000_000_000, approx: true)]),
        ("300억원 정도", [won("300억원", 30_000_000_000, approx: true)]),
        ("300억여 원", [won("300억여 원", 30_000_000_000, approx: true)]),
        ("100여억 원", [won("100여억 원", 10_000_000_000, approx: true)]),
        ("수백억원대 중 1조원대 시장", [won("1조원", 1_000_000_000_000, approx: true)]),
        ("최대 500억원", [won("500억원", 50_000_000_000, bound: "최대", max: 50_000_000_000)]),
        ("최소 10억원", [won("10억원", 1_000_000_000, bound: "최소", min: 1_000_000_000)]),
        ("500억원 미만", [won("500억원", 50_000_000_000, bound: "미만", max: 50_000_000_000)]),
        ("500억원 초과", [won("500억원", 50_000_000_000, bound: "초과", min: 50_000_000_000)]),
        ("1억원 이하", [won("1억원", 100_000_000, bound: "이하", max: 100_000_000)]),
        // Verbs of passing the figure, after its particle: a bound as with 초과 / 미만 (news, 2019–2024).
        ("수출액이 1조원을 넘는 기업", [won("1조원", 1_000_000_000_000, bound: "넘는", min: 1_000_000_000_000)]),
        ("시장 규모는 300억 원을 웃도는 것으로", [won("300억 원", 30_000_000_000, bound: "웃도는", min: 30_000_000_000)]),
        ("평균 소득이 200만 원을 밑도는 가구", [won("200만 원", 2_000_000, bound: "밑도는", max: 2_000_000)]),
        // `넘지 않는` bounds the other way, `넘었다` tells a fact: neither is read as a bound.
        ("지원 규모는 100억원을 넘지 않는 범위", [won("100억원", 10_000_000_000)]),
        ("매출이 5000억원을 넘었다", [won("5000억원", 500_000_000_000)]),
        ("예산은 100억 원 이번에 늘었다", [won("100억 원", 10_000_000_000)]),
        ("5억 달러를 투자한다", [MoneyCase(text: "5억 달러", value: ExactDecimal(units: 500_000_000), currency: "USD")]),
        ("US$ 1.5 billion", [MoneyCase(text: "US$ 1.5 billion", value: ExactDecimal(units: 1_500_000_000), currency: "USD")]),
        ("$300", [MoneyCase(text: "$300", value: ExactDecimal(units: 300), currency: "USD")]),
        ("1.5달러", [MoneyCase(text: "1.5달러", value: ExactDecimal(units: 15, scale: 1), currency: "USD")]),
        ("20억 유로", [MoneyCase(text: "20억 유로", value: ExactDecimal(units: 2_000_000_000), currency: "EUR")]),
        ("€20", [MoneyCase(text: "€20", value: ExactDecimal(units: 20), currency: "EUR")]),
        ("100억엔", [MoneyCase(text: "100억엔", value: ExactDecimal(units: 10_000_000_000), currency: "JPY")]),
        ("¥500", [MoneyCase(text: "¥500", value: ExactDecimal(units: 500), currency: "JPY")]),
        ("50억 위안", [MoneyCase(text: "50억 위안", value: ExactDecimal(units: 5_000_000_000), currency: "CNY")]),
        ("100만원~300만원", [wonRange("100만원~300만원", 1_000_000, 3_000_000)]),
        ("100억~200억 투입", [wonRange("100억~200억", 10_000_000_000, 20_000_000_000)]),
        ("도시정비 80조 시장 열린다", [won("80조", 80_000_000_000_000)]),
        ("총 사업비 2,345억 2,000만원", [won("2,345억 2,000만원", 234_520_000_000)]),
        ("정부는 내년 예산을 656조 6천억원으로 편성했다.", [won("656조 6천억원", 656_600_000_000_000)]),
        ("1억 2천만 원", [won("1억 2천만 원", 120_000_000)]),
        // Hanja scale words of headlines.
        ("내년 예산 18.9兆 확정", [won("18.9兆", 18_900_000_000_000)]),
        ("R&D 예산 30兆 첫 돌파", [won("30兆", 30_000_000_000_000)]),
        ("3000億원 규모 펀드", [won("3000億원", 300_000_000_000, approx: true)]),
        ("1조2000億 투입", [won("1조2000億", 1_200_000_000_000)]),
        ("100억원을 투입하고 24조 원전 수주", [won("100억원", 10_000_000_000), won("24조", 24_000_000_000_000)]),
        // An amount next to a law's name still says so with its currency; a bare 조 after other words is won.
        ("국가재정법 개정으로 86조 원을 편성했다", [won("86조 원", 86_000_000_000_000)]),
        ("정부는 올해 예산 86조를 편성했다", [won("86조", 86_000_000_000_000)]),
        // An ellipsis before the amount is no decimal point (news headlines, 2023–2024).
        ("휴지통에 버리기 일쑤였는데...100억 기술이전 달성한 출연연, 비결은", [won("100억", 10_000_000_000)]),
        ("'금산군 2025년 본예산안' 편성...8652억 원, 역대 최대 규모", [won("8652억 원", 865_200_000_000)]),
        // `등` apart from the amount is "and so on" (news headline, 2022).
        ("교육부 3단계 산학연협력 선도대학 육성사업 기술혁신 평균 55억·수요맞춤 성장형 평균 40억 등 지원",
         [won("55억", 5_500_000_000), won("40억", 4_000_000_000)]),
    ]

    /// Sentences that hold no money at all.
    static let negatives: [String] = [
        "ㅇ 「산업기술혁신촉진법 제5조」에 따라 산업기술혁신의 중장기 정책",
        "* (법적 근거) 산업기술혁신촉진법 제5조(산업기술혁신계획)",
        "  • 등록 2026.01.28 21:15:17",
        "과 장\t정 권\t044-203-4510",
        "    • 128,429,000",
        "5극3특 성장엔진 육성",
        "제조 AI 전환(M.AX) 얼라이언스",
        "이는 전년 대비 11.5% 증가한 규모로",
        "세계 인구 80억 명",
        "46억 년 전",
        "2억5천 투입",
        "1,2345억원",
        "923경 원",
        "천만 다행이다",
        "만원 버스",
        "금액(천원)",
        "일조량이 늘었다",
        "일조 시간",
        "수백억 원",
        "수조 원",
        "0.5원",
        "'25년 25",
        "기간\t'24~'28년(4년)\t참여기관\t서울과기대",
        "제1조 5000억",
        "3억 명이 본 영상",
        "전년 대비 △1,234억원 감소",
        "3억 5천",
        "동법 시행령 제5조의2",
        "법 제12조제3항에 따라",
        // Articles of a law written without `제` (a news article, 2018; budget notices).
        "공직선거법 86조 제2항에 의거 하반기 사업을 중단했다",
        "국가재정법 89조 1항에 따라 추경을 편성했다",
        "같은 법 시행령 3조 2호에 해당한다",
        "지방자치법 9조에 따른 사무",
    ]

    @Test(arguments: cases)
    func reads(_ c: (String, [MoneyCase])) {
        let found = mentions(MoneyExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == c.1.map(\.text), "\(c.0)")
        for (expected, (text, m)) in zip(c.1, found) where expected.text == text {
            guard case .money(let v) = m.value else { Issue.record("not money"); continue }
            #expect(v.value == expected.value, "\(text) value")
            #expect(v.min == expected.min, "\(text) min")
            #expect(v.max == expected.max, "\(text) max")
            #expect(v.currency == expected.currency, "\(text) currency")
            #expect(v.approx == expected.approx, "\(text) approx")
            #expect(v.bound == expected.bound, "\(text) bound")
            #expect(v.unitFromHeader == expected.unitFromHeader, "\(text) unitFromHeader")
        }
    }

    @Test(arguments: negatives)
    func ignores(_ sentence: String) {
        let found = mentions(MoneyExtractor().extract(from:), sentence)
        #expect(found.isEmpty, "\(sentence): \(found.map(\.0))")
    }

    /// Table cells under a `(억원)` column header (Corpus/004 lines 74-94, shortened).
    @Test func tableUnderUnitHeader() {
        let doc = """
        <산업 AI 기술개발 지원 과제 수 및 투자 규모>

        분야\t지원 과제수\t총 투자규모(억원)\t'25년 투자규모(억원)
        AI 팩토리\t44\t1,516\t627
        국제협력\t3\t11\t3
        총합\t445\t18,858\t4,787

        ※ AI팩토리, 자동차 분야는 6월중 개최되는 사업심의위원회 종료 후 일부 변동이 있을 수 있음
        """
        let found = mentions(MoneyExtractor().extract(from:), doc)
        let expected: [(String, Int64)] = [
            ("1,516", 151_600_000_000), ("627", 62_700_000_000),
            ("11", 1_100_000_000), ("3", 300_000_000),
            ("18,858", 1_885_800_000_000), ("4,787", 478_700_000_000),
        ]
        #expect(found.map(\.0) == expected.map(\.0))
        for ((text, m), (_, v)) in zip(found, expected) {
            guard case .money(let mv) = m.value else { continue }
            #expect(mv.value == ExactDecimal(units: v), "\(text)")
            #expect(mv.unitFromHeader)
            #expect(m.rule == "money.table-cell")
        }
    }

    /// A caption `(단위: 백만원)`, years as column headers, a label column, a ratio column.
    @Test func tableUnderCaption() {
        let doc = """
        (단위: 백만원, %)
        구분\t2024\t2025\t증감률
        연구개발\t1,200\t1,350\t12.5
        인력양성\t△30\t45\t-
        """
        let found = mentions(MoneyExtractor().extract(from:), doc)
        let expected: [(String, Int64)] = [
            ("1,200", 1_200_000_000), ("1,350", 1_350_000_000), ("△30", -30_000_000), ("45", 45_000_000),
        ]
        #expect(found.map(\.0) == expected.map(\.0))
        for ((text, m), (_, v)) in zip(found, expected) {
            guard case .money(let mv) = m.value else { continue }
            #expect(mv.value == ExactDecimal(units: v), "\(text)")
        }
    }

    /// A table row without a unit header gives no money; a blank line ends a table.
    @Test func tableWithoutUnit() {
        let doc = """
        (단위: 억원)
        구분\t예산

        분야\t과제
        AI\t44
        """
        #expect(mentions(MoneyExtractor().extract(from:), doc).isEmpty)
    }
}
