import Testing
@testable import Extract

/// One expected amount with its context fields. Every value is worked out by hand from the words
/// (억 = 10^8, 만 = 10^4, 조 = 10^12, 천/백/십 inside a scale).
struct AmountCase: CustomStringConvertible, Sendable {
    var text: String
    var value: Int64?
    var currency = "KRW"
    var approx = false
    var bound: String? = nil
    var min: Int64? = nil
    var max: Int64? = nil
    var per: String? = nil
    var date: String? = nil

    var description: String { text }
}

func amount(_ text: String, _ v: Int64, _ currency: String = "KRW", approx: Bool = false, bound: String? = nil,
            min: Int64? = nil, max: Int64? = nil, per: String? = nil, date: String? = nil) -> AmountCase {
    AmountCase(text: text, value: v, currency: currency, approx: approx, bound: bound, min: min, max: max, per: per, date: date)
}

func amountRange(_ text: String, _ lo: Int64, _ hi: Int64, _ currency: String = "KRW", approx: Bool = false) -> AmountCase {
    AmountCase(text: text, value: nil, currency: currency, approx: approx, min: lo, max: hi)
}

@Suite struct MoneyPhraseTests {
    /// Typical phrases of Korean budget releases and the corpus, one table per concern.
    static let plain: [(String, [AmountCase])] = [
        // Scale words and digits.
        ("총사업비 1,234억 5,678만원 규모", [amount("1,234억 5,678만원", 123_456_780_000, approx: true)]),
        ("총 4조 3,000억원을 투입한다", [amount("4조 3,000억원", 4_300_000_000_000)]),
        ("예산 12조 5천억원", [amount("12조 5천억원", 12_500_000_000_000)]),
        ("창업자에게 3,000만원을 지원", [amount("3,000만원", 30_000_000)]),
        ("참가비 500만 원", [amount("500만 원", 5_000_000)]),
        ("1억원을 출연", [amount("1억원", 100_000_000)]),
        ("2천만원을 지원한다", [amount("2천만원", 20_000_000)]),
        ("7백만원", [amount("7백만원", 7_000_000)]),
        ("350백만원", [amount("350백만원", 350_000_000)]),
        ("1,500백만원", [amount("1,500백만원", 1_500_000_000)]),
        ("0.5억원", [amount("0.5억원", 50_000_000)]),
        ("2.5조원", [amount("2.5조원", 2_500_000_000_000)]),
        ("1.2조 원", [amount("1.2조 원", 1_200_000_000_000)]),
        ("10만원 상당의 상품권", [amount("10만원", 100_000)]),
        ("5천원", [amount("5천원", 5_000)]),
        ("수수료 300원", [amount("300원", 300)]),
        ("1,000원", [amount("1,000원", 1_000)]),
        ("1조 2천억 원", [amount("1조 2천억 원", 1_200_000_000_000)]),
        ("3조 6,000억원", [amount("3조 6,000억원", 3_600_000_000_000)]),
        ("656조 6천억원", [amount("656조 6천억원", 656_600_000_000_000)]),
        ("17.7조원", [amount("17.7조원", 17_700_000_000_000)]),
        ("32.5억원", [amount("32.5억원", 3_250_000_000)]),
        ("132.66억원", [amount("132.66억원", 13_266_000_000)]),
        ("3억 5,000만원", [amount("3억 5,000만원", 350_000_000)]),
        ("10억 5천만원", [amount("10억 5천만원", 1_050_000_000)]),
        ("1조5천억원", [amount("1조5천억원", 1_500_000_000_000)]),
        ("2,995억", [amount("2,995억", 299_500_000_000)]),
        ("9,786억원", [amount("9,786억원", 978_600_000_000)]),
        ("11,410억원", [amount("11,410억원", 1_141_000_000_000)]),
        // Hangul numerals.
        ("이백억 원", [amount("이백억 원", 20_000_000_000)]),
        ("오천만 원", [amount("오천만 원", 50_000_000)]),
        ("삼천억원", [amount("삼천억원", 300_000_000_000)]),
        ("십억 원", [amount("십억 원", 1_000_000_000)]),
        ("구백만원", [amount("구백만원", 9_000_000)]),
        ("일조 원", [amount("일조 원", 1_000_000_000_000)]),
        ("칠십오억 원", [amount("칠십오억 원", 7_500_000_000)]),
        // Qualifiers and bounds.
        ("약 1조 2,000억원", [amount("1조 2,000억원", 1_200_000_000_000, approx: true)]),
        ("2,000억원 규모", [amount("2,000억원", 200_000_000_000, approx: true)]),
        ("100억원대 시장", [amount("100억원", 10_000_000_000, approx: true)]),
        ("5억원 이상", [amount("5억원", 500_000_000, bound: "이상", min: 500_000_000)]),
        ("10억원 미만", [amount("10억원", 1_000_000_000, bound: "미만", max: 1_000_000_000)]),
        ("최대 3억원", [amount("3억원", 300_000_000, bound: "최대", max: 300_000_000)]),
        ("최소 1억원", [amount("1억원", 100_000_000, bound: "최소", min: 100_000_000)]),
        ("30억원 이내", [amount("30억원", 3_000_000_000, bound: "이내", max: 3_000_000_000)]),
        ("1,000억원 안팎", [amount("1,000억원", 100_000_000_000, approx: true)]),
        ("200억 원 수준", [amount("200억 원", 20_000_000_000, approx: true)]),
        ("50억원가량", [amount("50억원", 5_000_000_000, approx: true)]),
        ("30여억원", [amount("30여억원", 3_000_000_000, approx: true)]),
        ("역대 최대 2685억 투입", [amount("2685억", 268_500_000_000)]),
        ("1억 원 초과", [amount("1억 원", 100_000_000, bound: "초과", min: 100_000_000)]),
        // Ranges.
        ("50억~100억원", [amountRange("50억~100억원", 5_000_000_000, 10_000_000_000)]),
        ("1~2조원", [amountRange("1~2조원", 1_000_000_000_000, 2_000_000_000_000)]),
        ("5천만원~1억원", [amountRange("5천만원~1억원", 50_000_000, 100_000_000)]),
        ("300~500만원", [amountRange("300~500만원", 3_000_000, 5_000_000)]),
        ("20~30억 원 규모", [amountRange("20~30억 원", 2_000_000_000, 3_000_000_000, approx: true)]),
        // Currencies.
        ("10억 달러", [amount("10억 달러", 1_000_000_000, "USD")]),
        ("3억 유로", [amount("3억 유로", 300_000_000, "EUR")]),
        ("1,000억 엔", [amount("1,000억 엔", 100_000_000_000, "JPY")]),
        ("20억 위안", [amount("20억 위안", 2_000_000_000, "CNY")]),
        ("US$ 500만", [amount("US$ 500만", 5_000_000, "USD")]),
        ("$2.5 billion", [amount("$2.5 billion", 2_500_000_000, "USD")]),
        ("1.5억 달러", [amount("1.5억 달러", 150_000_000, "USD")]),
        ("50만 달러", [amount("50만 달러", 500_000, "USD")]),
        ("€ 300 million", [amount("€ 300 million", 300_000_000, "EUR")]),
        // Real corpus lines (Corpus/003, 004).
        ("ㅇ 철강 등 온실가스 多배출 4대 업종* 친환경 전환에 '25년 1,286억원을",
         [amount("1,286억원", 128_600_000_000, date: "2025")]),
        ("ㅇ 알키미스트+(미래 판기술 프로젝트) 사업 본격 추진('25년 50억원)", [amount("50억원", 5_000_000_000, date: "2025")]),
        ("* 백신·원부자재 생산 고도화(’24년 67억원), 첨단바이오신소재 개발(’24년 338억원) 등",
         [amount("67억원", 6_700_000_000, date: "2024"), amount("338억원", 33_800_000_000, date: "2024")]),
        ("* 산업혁신기반구축사업(AI+ 산업혁신 리빙랩 표준 플랫폼 구축(가칭), ’26년 80억 규모)",
         [amount("80억", 8_000_000_000, approx: true, date: "2026")]),
        ("* ‘알키미스트+’(미래 판기술 프로젝트) 사업(‘25~’34, 총 예산(안) 9,786억원) → ‘24.8 예타면제",
         [amount("9,786억원", 978_600_000_000)]),
        ("* ’25년 확정 10억원 -> ‘26년 60억원으로 증액 요구",
         [amount("10억원", 1_000_000_000), amount("60억원", 6_000_000_000, date: "2026")]),
        ("규모\t총 63억('25년 10억)\t주관기관\t엠에프씨 주식회사",
         [amount("63억", 6_300_000_000), amount("10억", 1_000_000_000, date: "2025")]),
        ("규모\t총 22억('25년 8억)\t주관기관\t디퍼아이", [amount("22억", 2_200_000_000), amount("8억", 800_000_000, date: "2025")]),
        ("內 한국과 기술협력 거점 마련(’24년 180억원(30억원/센터), 6개 센터))",
         [amount("180억원", 18_000_000_000, date: "2024"), amount("30억원", 3_000_000_000, per: "센터")]),
        ("* 공공연 창업기획 및 사업화 지원(’24~, 공공연 예비창업자 대상 기업당 최대 15백만원)",
         [amount("15백만원", 15_000_000, bound: "최대", max: 15_000_000, per: "기업")]),
        ("* 공공연 창업기획 및 사업화 지원(’25년 기업당 0.3억원 지원, ‘24년 대비 183% 증액)",
         [amount("0.3억원", 30_000_000, per: "기업")]),
        ("110억원/年 내외", [amount("110억원", 11_000_000_000, approx: true, per: "년")]),
        ("10억원/年 내외 2:1", [amount("10억원", 1_000_000_000, approx: true, per: "년")]),
    ]

    /// `per`: what an amount is per.
    static let perUnit: [(String, [AmountCase])] = [
        ("과제당 4억원 내외를 지원한다", [amount("4억원", 400_000_000, approx: true, per: "과제")]),
        ("연 100억원을 투자", [amount("100억원", 10_000_000_000, per: "년")]),
        ("연간 50억원 규모", [amount("50억원", 5_000_000_000, approx: true, per: "년")]),
        ("1인당 300만원을 지급", [amount("300만원", 3_000_000, per: "인")]),
        ("개소당 20억원 내외", [amount("20억원", 2_000_000_000, approx: true, per: "개소")]),
        ("4억원/과제", [amount("4억원", 400_000_000, per: "과제")]),
        ("월 50만원씩 지원", [amount("50만원", 500_000, per: "월")]),
        ("과제당 연 2억원 이내", [amount("2억원", 200_000_000, bound: "이내", max: 200_000_000, per: "과제·년")]),
        ("매년 1조원을 투입", [amount("1조원", 1_000_000_000_000, per: "년")]),
        ("기업당 평균 3억원", [amount("3억원", 300_000_000, per: "기업")]),
        ("건당 500만원 한도", [amount("500만원", 5_000_000, per: "건")]),
        ("1개사당 최대 2억원", [amount("2억원", 200_000_000, bound: "최대", max: 200_000_000, per: "개사")]),
        ("팀당 1,000만원", [amount("1,000만원", 10_000_000, per: "팀")]),
        ("110억원/년", [amount("110억원", 11_000_000_000, per: "년")]),
        // A particle after the unit of a rate belongs to the sentence (`/월을 지급`).
        ("참여자에게는 활동비 30만원/월을 지급한다.", [amount("30만원", 300_000, per: "월")]),
        ("사업비 4억원/과제를 지원", [amount("4억원", 400_000_000, per: "과제")]),
        ("年 30억원", [amount("30억원", 3_000_000_000, per: "년")]),
        // Not per: `해당`, `상당` end in 당 but are other words.
        ("해당 100억원은 국비", [amount("100억원", 10_000_000_000)]),
        ("10만원 상당의 경품", [amount("10만원", 100_000)]),
        ("정당 보조금 400억원", [amount("400억원", 40_000_000_000)]),
        ("직무수당 30만원", [amount("30만원", 300_000)]),
        ("시간당 1만원", [amount("1만원", 10_000, per: "시간")]),
        ("회당 50만원", [amount("50만원", 500_000, per: "회")]),
        ("회사당 2억원", [amount("2억원", 200_000_000, per: "회사")]),
        ("대학당 10억원 내외", [amount("10억원", 1_000_000_000, approx: true, per: "대학")]),
        ("가구당 월 30만원", [amount("30만원", 300_000, per: "가구·월")]),
        // `분당` is the city district before an amount; per minute takes a number (`10분당`).
        ("본원 1668억·분당 782억 수주", [amount("1668억", 166_800_000_000), amount("782억", 78_200_000_000)]),
        ("10분당 1,000원", [amount("1,000원", 1000, per: "분")]),
        // `당` written apart from its noun.
        ("1개소 당 10억원의 국비를 지원", [amount("10억원", 1_000_000_000, per: "개소")]),
        ("기업 당 최대 2억원", [amount("2억원", 200_000_000, bound: "최대", max: 200_000_000, per: "기업")]),
    ]

    /// `date`: the year an amount belongs to (a breakdown, a year prefix).
    static let dated: [(String, [AmountCase])] = [
        ("총 100억('25년 25억)", [amount("100억", 10_000_000_000), amount("25억", 2_500_000_000, date: "2025")]),
        ("('25) 30억원", [amount("30억원", 3_000_000_000, date: "2025")]),
        ("(2025년) 30억원", [amount("30억원", 3_000_000_000, date: "2025")]),
        ("2025년 예산 100억원", [amount("100억원", 10_000_000_000)]),
        ("(`23)8,129억원", [amount("8,129억원", 812_900_000_000, date: "2023")]),
        ("8,129억원('23) 집행", [amount("8,129억원", 812_900_000_000, date: "2023")]),
        ("'24~'28년 100억원", [amount("100억원", 10_000_000_000)]),
        ("2030년까지 1조원", [amount("1조원", 1_000_000_000_000)]),
        ("'25년도 42억원", [amount("42억원", 4_200_000_000, date: "2025")]),
        ("2026년 60억원", [amount("60억원", 6_000_000_000, date: "2026")]),
        ("('25년) 20.85억원", [amount("20.85억원", 2_085_000_000, date: "2025")]),
        ("(’25년 112.5억원)", [amount("112.5억원", 11_250_000_000, date: "2025")]),
        ("(’21년안) 1,314억 원", [amount("1,314억 원", 131_400_000_000, date: "2021")]),
        // A bound or period word between the year and the amount.
        ("- 자활성공금 : 신규 (’25) 최대 150만원", [amount("150만원", 1_500_000, bound: "최대", max: 1_500_000, date: "2025")]),
        ("ㅇ 철강 공정 혁신에 ’25년 총 1,286억원 투입", [amount("1,286억원", 128_600_000_000, date: "2025")]),
        ("(’25) 연간 2,341만원", [amount("2,341만원", 23_410_000, per: "년", date: "2025")]),
        // Not a qualifier: a word glued to the year.
        ("('25)최대치 30억원", [amount("30억원", 3_000_000_000)]),
    ]

    static let negatives: [String] = [
        "제8차 산업기술혁신계획",
        "1단계 개념연구",
        "2부 행사",
        "2025년",
        "044-203-4510",
        "- 3 -",
        "5극3특",
        "30% 증가",
        "2.5배 확대",
        "연구원 1천명",
        "80억 명",
        "제5조",
        "(단위: 억원)",
        "수백억원대 시장",
        "1,234-5678",
        "'25.3.1",
        "3개 기업",
    ]

    func check(_ c: (String, [AmountCase])) {
        let found = mentions(MoneyExtractor().extract(from:), c.0)
        #expect(found.map(\.0) == c.1.map(\.text), "\(c.0)")
        for (e, (text, m)) in zip(c.1, found) where e.text == text {
            guard case .money(let v) = m.value else { Issue.record("not money"); continue }
            #expect(v.value == e.value.map { ExactDecimal(units: $0) }, "\(text) value")
            #expect(v.min == e.min.map { ExactDecimal(units: $0) }, "\(text) min")
            #expect(v.max == e.max.map { ExactDecimal(units: $0) }, "\(text) max")
            #expect(v.currency == e.currency, "\(text) currency")
            #expect(v.approx == e.approx, "\(text) approx")
            #expect(v.bound == e.bound, "\(text) bound")
            #expect(v.per == e.per, "\(text) per")
            #expect(v.date == e.date, "\(text) date")
        }
    }

    @Test(arguments: plain) func reads(_ c: (String, [AmountCase])) { check(c) }
    @Test(arguments: perUnit) func readsPer(_ c: (String, [AmountCase])) { check(c) }
    @Test(arguments: dated) func dates(_ c: (String, [AmountCase])) { check(c) }

    @Test(arguments: negatives)
    func ignores(_ sentence: String) {
        let found = mentions(MoneyExtractor().extract(from:), sentence)
        #expect(found.isEmpty, "\(sentence): \(found.map(\.0))")
    }
}
