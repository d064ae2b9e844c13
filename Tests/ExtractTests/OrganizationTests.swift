import Testing
@testable import Extract

/// Organizations found in `text` read on `date`: (text as written, canonical) in order.
private func orgs(_ text: String, _ date: String? = nil) -> [(text: String, canonical: String)] {
    let context = DocumentContext(referenceDate: date.flatMap { CalendarDate(iso: $0) })
    let input = ExtractionInput(string: text, context: context)
    return OrganizationExtractor().extract(from: input).compactMap { m in
        guard case .org(let value) = m.value else { return nil }
        return (input.text.string(m.range), value.canonical)
    }
}

struct OrgCase: CustomStringConvertible {
    var sentence: String
    var date: String?
    /// Every (text, canonical) the sentence must yield, in order; nothing else.
    var expected: [(String, String)]
    var description: String { sentence }
}

@Suite struct OrganizationTests {
    // Written by hand from corpus sentences (and a few of the same shape from other releases):
    // each row lists every organization the sentence names.
    static let cases: [OrgCase] = [
        OrgCase(sentence: "산업통상부는 28일 무역보험공사 대회의실에서 문신학 차관 주재로 산학연 전문가들과 함께 올해 제1차 산업 R&D 전략기획투자협의회를 열어",
             date: "2026-01-28",
             expected: [("산업통상부", "산업통상부"), ("무역보험공사", "한국무역보험공사"),
                        ("산업 R&D 전략기획투자협의회", "산업 R&D 전략기획투자협의회")]),
        OrgCase(sentence: "[한국방송/문종덕기자] 정부는 올해 지역 산업기술 혁신을 위한 연구개발(R&D)에 2조 원 규모를 투입해",
             date: "2026-01-28", expected: [("한국방송", "한국방송뉴스")]),
        OrgCase(sentence: "또 제조 AI 전환(M.AX) 얼라이언스를 위해 500개 AI 팩토리 구축과 15개 제조 AI 선도모델 개발도 추진하고,",
             date: "2026-01-28", expected: [("제조 AI 전환(M.AX) 얼라이언스", "M.AX 얼라이언스")]),
        OrgCase(sentence: "김정관 산업통상부 장관이 22일 오후 전북특별자치도청에서 김관영 전북특별자치도 도지사와 면담을 하고 있다. 2026.1.22 (ⓒ뉴스1, 산업통상부 제공)",
             date: "2026-01-28",
             expected: [("산업통상부", "산업통상부"), ("전북특별자치도청", "전북특별자치도청"),
                        ("전북특별자치도", "전북특별자치도"), ("뉴스1", "뉴스1"), ("산업통상부", "산업통상부")]),
        OrgCase(sentence: "문의 : <총괄> 산업통상부 산업기술정책관 산업기술정책과(044-203-4515, 4513)", date: "2026-01-28",
             expected: [("산업통상부", "산업통상부"), ("산업기술정책과", "산업기술정책과")]),
        OrgCase(sentence: "박일준 대한상공회의소 부회장, 박상진 한국산업은행 회장을 비롯한 M.AX 얼라이언스 분과별 분과장",
             date: "2026-01-26",
             expected: [("대한상공회의소", "대한상공회의소"), ("한국산업은행", "한국산업은행"), ("M.AX 얼라이언스", "M.AX 얼라이언스")]),
        OrgCase(sentence: "자세한 내용은 산업부(www.motir.go.kr) 및 한국산업기술진흥원(www.kiat.or.kr) 홈페이지를 통해 확인할 수 있다.",
             date: "2026-01-26", expected: [("산업부", "산업통상부"), ("한국산업기술진흥원", "한국산업기술진흥원")]),
        OrgCase(sentence: "미국 매사추세츠공대(MIT) 등 세계 최고 수준의 연구기관과 공동연구를 추진한다.", date: "2023-12-05",
             expected: [("매사추세츠공대(MIT)", "매사추세츠공과대학교")]),
        OrgCase(sentence: "특히 매사추세츠공대(MIT), 스탠퍼드대 같은 최우수 연구기관에 '산업기술 협력 센터'를 설치한다.", date: "2023-12-05",
             expected: [("매사추세츠공대(MIT)", "매사추세츠공과대학교"), ("스탠퍼드대", "스탠퍼드대학교")]),
        OrgCase(sentence: "회의에는 현대차 이종수 부사장, CJ제일제당 황윤일 부사장, 삼성SDI 김윤창 부사장, 한화에어로스페이스 강석철 CTO, HD한국조선해양 장광필 연구소장, 네이버클라우드 곽용재 CTO 등",
             date: "2023-12-05",
             expected: [("현대차", "현대자동차"), ("CJ제일제당", "CJ제일제당"), ("삼성SDI", "삼성SDI"),
                        ("한화에어로스페이스", "한화에어로스페이스"), ("HD한국조선해양", "HD한국조선해양"), ("네이버클라우드", "네이버클라우드")]),
        OrgCase(sentence: "국내 R&D 예산을 줄이고 미국·유럽연합(EU)과의 R&D 및 기술 협력을 대폭 확대하는 방향으로", date: "2023-12-05",
             expected: [("유럽연합(EU)", "유럽연합")]),
        OrgCase(sentence: "과학기술정보통신부가 기초 분야를 중심으로 가장 많은 약 9조7000억원을 관리 중이며, 산업부는 산업 활용도가 높은",
             date: "2023-12-05", expected: [("과학기술정보통신부", "과학기술정보통신부"), ("산업부", "산업통상자원부")]),
        OrgCase(sentence: "제 출 자 산업통상자원부 산업기술정책과", date: "2025-05-30",
             expected: [("산업통상자원부", "산업통상자원부"), ("산업기술정책과", "산업기술정책과")]),
        // A county's budget statement (2010): the field after `정책:` names a policy, not a division.
        OrgCase(sentence: "부서: 행정과 정책: 군민화합과 자치행정 실현 단위: 성숙한 군민의식 함양 (단위:천원)",
                date: "2010-01-01", expected: [("행정과", "행정과")]),
        OrgCase(sentence: "바. 문의전화: 진천군 경제과 043-539-4123 / 각 읍,면 산업개발팀", date: "2025-01-01",
                expected: [("경제과", "경제과")]),
        OrgCase(sentence: "* 프라운호퍼, 예일, 퍼듀, 존스홉킨스, 조지아텍, MIT 등", date: "2025-05-30",
             expected: [("프라운호퍼", "프라운호퍼"), ("예일", "예일대학교"), ("퍼듀", "퍼듀대학교"),
                        ("존스홉킨스", "존스홉킨스대학교"), ("조지아텍", "조지아공과대학교"), ("MIT", "매사추세츠공과대학교")]),
        OrgCase(sentence: "ㅇ 산업난제 발굴을 위해 산업별 협의회 및 기술위원회 운영('25.6월~)", date: "2025-05-30",
             expected: [("기술위원회", "기술위원회")]),
        OrgCase(sentence: "지원단 확대('25년 생산기술연구원 추가)", date: "2025-05-30",
             expected: [("생산기술연구원", "한국생산기술연구원")]),
        OrgCase(sentence: "* (英, University of Stirling 리빙랩) 헬스케어, 스포츠 등 사용자 대상 실증 실험", date: "2025-05-30",
             expected: [("University of Stirling", "University of Stirling")]),
        OrgCase(sentence: "* 신진연구자 주도 수요기술 개발(9개월, 36개 과제) 및 수요매칭지원단 컨설팅", date: "2025-05-30",
             expected: [("수요매칭지원단", "수요매칭지원단")]),
        OrgCase(sentence: "ㅇ 미션 달성을 위해 美다르파(DARPA)식 초격차 프로젝트 추진체계 구축", date: "2025-05-30",
             expected: [("다르파(DARPA)", "DARPA")]),
        OrgCase(sentence: "「초격차 프로젝트 운영위원회(총괄)」", date: "2025-05-30",
             expected: [("초격차 프로젝트 운영위원회", "초격차 프로젝트 운영위원회")]),
        OrgCase(sentence: "이차전지 PM그룹\n(배터리과)", date: "2025-05-30", expected: [("배터리과", "배터리과")]),
        OrgCase(sentence: "(주관기관 : 생기연, 성균관대, 고려대, 연세대, 전자연 등)", date: "2025-05-30",
             expected: [("생기연", "한국생산기술연구원"), ("성균관대", "성균관대학교"), ("고려대", "고려대학교"),
                        ("연세대", "연세대학교"), ("전자연", "한국전자기술연구원")]),
        OrgCase(sentence: "(주관기관 : 서울대, 연세대(원주), 부산대, 한양대, KIST, UNIST 등)", date: "2025-05-30",
             expected: [("서울대", "서울대학교"), ("연세대(원주)", "연세대학교 미래캠퍼스"), ("부산대", "부산대학교"),
                        ("한양대", "한양대학교"), ("KIST", "한국과학기술연구원"), ("UNIST", "울산과학기술원")]),
        OrgCase(sentence: "(주관기관 : UNIST, 한국공학대, KAIST, 서울대, 부산대, 전자연 등)", date: "2025-05-30",
             expected: [("UNIST", "울산과학기술원"), ("한국공학대", "한국공학대학교"), ("KAIST", "한국과학기술원"),
                        ("서울대", "서울대학교"), ("부산대", "부산대학교"), ("전자연", "한국전자기술연구원")]),
        OrgCase(sentence: "ㅇ 산업난제 발굴위원회 및 기술테마 도출 기술위원회 착수(’24.4월)", date: "2025-05-30",
             expected: [("산업난제 발굴위원회", "산업난제 발굴위원회"), ("기술위원회", "기술위원회")]),
        OrgCase(sentence: "산업통상자원부(장관 안덕근, 이하 산업부)는 산업 AI를 활용해 생산성을 높이고", date: "2025-05-28",
             expected: [("산업통상자원부", "산업통상자원부"), ("산업부", "산업통상자원부")]),
        OrgCase(sentence: "또한 기술개발 전략수립을 지원하는 R&D전략기획단에 산업 AI 투자관리자(Managing Director, MD)를 신설하여",
             date: "2025-05-28", expected: [("R&D전략기획단", "R&D전략기획단")]),
        OrgCase(sentence: "담당 부서\t산업기술융합정책관 산업기술정책과\t책임자\t과 장\t정 권\t044-203-4510", date: "2025-05-28",
             expected: [("산업기술정책과", "산업기술정책과")]),
        OrgCase(sentence: "\t산업정책관 산업인공지능혁신과\t책임자\t과 장\t고상미\t044-203-4130", date: "2025-05-28",
             expected: [("산업인공지능혁신과", "산업인공지능혁신과")]),
        // The second row of a contact table: the division first, its roles after.
        OrgCase(sentence: "\t스마트농업정책과\t담당자\t사무관\t이정훈 (044-201-2437)", date: "2025-03-12",
             expected: [("스마트농업정책과", "스마트농업정책과")]),
        OrgCase(sentence: "규모\t총 100억('25년 25억)\t주관기관\tDN솔루션즈", date: "2025-05-28",
             expected: [("DN솔루션즈", "DN솔루션즈")]),
        OrgCase(sentence: "기간\t'24~'28년(4년)\t참여기관\t서울과기대, 경남TP 전자研 등", date: "2025-05-28",
             expected: [("서울과기대", "서울과학기술대학교"), ("경남TP", "경남테크노파크"), ("전자研", "한국전자기술연구원")]),
        OrgCase(sentence: "규모\t총 63억('25년 10억)\t주관기관\t엠에프씨 주식회사", date: "2025-05-28",
             expected: [("엠에프씨 주식회사", "엠에프씨")]),
        OrgCase(sentence: "기간\t'25~'29년(4년)\t참여기관\t경동제약, 주식회사 알케 등", date: "2025-05-28",
             expected: [("경동제약", "경동제약"), ("주식회사 알케", "알케")]),
        OrgCase(sentence: "규모\t총 22억('25년 8억)\t주관기관\t디퍼아이", date: "2025-05-28", expected: [("디퍼아이", "디퍼아이")]),
        OrgCase(sentence: "기간\t'24~'27년(3년)\t참여기관\t주식회사 인투스카이", date: "2025-05-28",
             expected: [("주식회사 인투스카이", "인투스카이")]),
        OrgCase(sentence: "※ AI팩토리, 자동차 분야는 6월중 개최되는 사업심의위원회 종료 후 일부 변동이 있을 수 있음", date: "2025-05-28",
             expected: [("사업심의위원회", "사업심의위원회")]),
        // Same shapes, other bodies.
        OrgCase(sentence: "(주)한독과 한국산업기술진흥원(KIAT)은 협약을 맺었다.", date: "2024-03-02",
             expected: [("(주)한독", "한독"), ("한국산업기술진흥원(KIAT)", "한국산업기술진흥원")]),
        // Universities by their short form in a list with a known one or closed by a count of them.
        OrgCase(sentence: "수요맞춤형 성장형에 선정된 △건양대 △대전대 △한밭대 △호서대 등 10곳은 교당 평균 40억원을, 협력기반구축형에 선정된 고려대(세종), 공주대, 목원대, 우송대는 교당 평균 20억원의 예산을 각각 지원 받는다.",
             date: "2022-04-28",
             expected: [("건양대", "건양대학교"), ("대전대", "대전대학교"), ("한밭대", "국립한밭대학교"), ("호서대", "호서대학교"),
                        ("고려대(세종)", "고려대학교 세종캠퍼스"), ("공주대", "공주대학교"), ("목원대", "목원대학교"),
                        ("우송대", "우송대학교")]),
        OrgCase(sentence: "2단계 산학협력중심전문대학육성사업은 총 65개 대학 중에서 경기공업대, 대림대, 구미1대, 순천제일대 등 15개 대학이 선정됐다.",
             date: "2009-06-18",
             expected: [("경기공업대", "경기공업대학교"), ("대림대", "대림대학교"), ("구미1대", "구미1대학교"),
                        ("순천제일대", "순천제일대학교")]),
        OrgCase(sentence: "2019년 2개 교(부경대·한양대 ERICA), 2020년 2개 교(연세대·순천향대)가 선정돼 363개 기업이 입주했다.",
             date: "2024-03-28",
             expected: [("부경대", "국립부경대학교"), ("한양대 ERICA", "한양대학교 ERICA"), ("연세대", "연세대학교"),
                        ("순천향대", "순천향대학교")]),
        OrgCase(sentence: "'2단계 산학협력중심전문대학육성사업' 주관대학으로 경기공업대학 등 총 15개 대학을 선정했다.", date: "2009-06-18",
             expected: [("경기공업대학", "경기공업대학")]),
        OrgCase(sentence: "단독으로 신청한 사업단 가운데 성균관대가 최우수사업단으로 선정됐다.", date: "2020-01-01",
             expected: [("성균관대", "성균관대학교")]),
        // `이름(주)` with its particle right after the marker: the name is the one before it.
        OrgCase(sentence: "이번 협약으로 복만사(주)는 산청 한방항노화일반산업단지 일원 부지에 투자하고", date: "2024-07-22",
             expected: [("복만사(주)", "복만사")]),
        OrgCase(sentence: "지난해 하반기 산청F&B(주)와 66억 원 투자협약을 체결(누룽지쌀 제조업체)했다.", date: "2024-07-22",
             expected: [("산청F&B(주)", "산청F&B")]),
        OrgCase(sentence: "순천향대 연구팀은 (주관기관 : 한국기술교육대, 순천향대 등)", date: "2024-03-02",
             expected: [("순천향대", "순천향대학교"), ("한국기술교육대", "한국기술교육대학교"), ("순천향대", "순천향대학교")]),
        OrgCase(sentence: "중기부와 과기정통부, 식약처는 미국 상무부와 협의했다.", date: "2024-03-02",
             expected: [("중기부", "중소벤처기업부"), ("과기정통부", "과학기술정보통신부"), ("식약처", "식품의약품안전처"),
                        ("상무부", "상무부")]),
    ]

    @Test func sentences() {
        for c in Self.cases {
            let got = orgs(c.sentence, c.date)
            #expect(got.map(\.text) == c.expected.map(\.0), "\(c)")
            #expect(got.map(\.canonical) == c.expected.map(\.1), "\(c)")
        }
    }

    /// `산업부` is whichever ministry carried the name on the document's date; no date = today's body.
    static let shortForms: [(String, String?, String)] = [
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중", "2023-12-05", "산업통상자원부"),
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중", "2025-09-30", "산업통상자원부"),
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중", "2025-10-01", "산업통상부"),
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중", "2026-01-26", "산업통상부"),
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중", nil, "산업통상부"),
        ("산업부는 올해 5조7000억원에 달한 산업 R&D 중", "2010-05-01", "산업통상자원부"),   // nearest period
        ("산업통상자원부는 5일 서울 포시즌스 호텔에서", "2026-01-26", "산업통상자원부"),      // as written
        ("기재부는 내년 예산안을 발표했다.", "2024-08-27", "기획재정부"),
        ("재경부는 내년 예산안을 발표했다.", "2026-02-10", "재정경제부"),
        ("노동부는 내년 예산안을 발표했다.", "2024-08-27", "고용노동부"),
        ("노동부는 내년 예산안을 발표했다.", "2005-08-27", "노동부"),
        ("과기부는 내년 예산안을 발표했다.", "2024-08-27", "과학기술정보통신부"),
        ("과기부는 내년 예산안을 발표했다.", "2005-08-27", "과학기술부"),
        ("국토부는 내년 예산안을 발표했다.", "2011-08-27", "국토해양부"),
        ("강원도는 내년 예산안을 발표했다.", "2024-08-27", "강원특별자치도"),
        ("기재부는 내년 예산안을 발표했다.", "2026-01-01", "기획재정부"),                  // last day before the split
        ("중수청은 첫 수사에 착수했다.", "2026-10-05", "중대범죄수사청"),
        ("검찰청은 기소 여부를 검토했다.", "2026-09-01", "대검찰청"),
        ("여가부는 내년 예산안을 발표했다.", "2025-08-27", "여성가족부"),
        ("방통위는 내년 예산안을 발표했다.", "2025-08-27", "방송통신위원회"),
        ("방미통위는 내년 예산안을 발표했다.", "2025-12-01", "방송미디어통신위원회"),
        ("데이터처는 11월 고용동향을 발표했다.", "2025-12-10", "국가데이터처"),
        ("정통부는 내년도 예산안을 확정했다.", "2002-10-01", "정보통신부"),
        ("건교부는 주택건설 실적을 발표했다.", "2005-10-20", "건설교통부"),
        ("우주청은 내년 예산안을 편성했다.", "2024-08-28", "우주항공청"),
        ("서울대병원 연구팀이 발표했다.", "2022-10-22", "서울대학교병원"),
        ("전북대병원과 컨소시엄을 꾸렸다.", "2018-06-20", "전북대학교병원"),
        ("분당서울대병원까지 합산했다.", "2022-10-22", "분당서울대학교병원"),
        ("강원교육청은 예산을 편성했다.", "2022-10-22", "강원도교육청"),
        ("강원교육청은 예산을 편성했다.", "2024-10-22", "강원특별자치도교육청"),
    ]

    @Test func dateDependentShortForms() {
        for (sentence, date, canonical) in Self.shortForms {
            let got = orgs(sentence, date)
            #expect(got.count == 1, "\(sentence) @ \(date ?? "-")")
            #expect(got.first?.canonical == canonical, "\(sentence) @ \(date ?? "-")")
        }
    }

    /// Sentences that name no organization.
    static let negatives: [String] = [
        // A word ending in 과 before 담당자 that is not a division (`효과`, `결과`).
        "\t사업 효과\t담당자\t의견", "평가 결과 담당자 회의",
        "○ 지원 대상은 전국 수련병원 96개소이며, 전공의 1인당 월 100만 원을 지급한다.",
        "정부는 올해 지역 산업기술 혁신을 위한 연구개발(R&D)에 2조 원 규모를 투입해",
        "박사후 연구원-신진연구자-스타엔지니어 등 성장 전 주기 관점에서 기술 인재를 육성하고",
        "이 사업은 개별 기업이나 연구기관이 단독으로 투자하기 어려운 고가의 장비를 대학·연구소 등 비영리기관에 구축해",
        "5극3특과 연계해 첨단산업 특성화 대학원 6곳을 추가 선정하고, 공공연 등 지역혁신기관을 중심으로",
        "※ AI팩토리, 자동차 분야는 일부 변동이 있을 수 있음",
        "내부 규정과 외부 전문가 의견, 본부 지침에 따라",
        "문종덕 기자 lms5701@naver.com",
        "Copyright @2009 한국방송뉴스 Corp. All rights reserved.",
        "<저작권자 ⓒ 한국방송뉴스, 무단 전재 및 재배포 금지>",            // a copyright line is blocked
        "ⓒ 한국방송뉴스 ALL RIGHTS RESERVED",
        "ㅇ 규제특례 실증기술 전용 R&D를 신규 지원하고 산업융합 규제특례",
        "첨단바이오 PM그룹",
        "분야별로는 AI팩토리(44개 과제, 627억원), 인공지능 반도체(20개 과제, 216억원)",
        "추가 신청을 받고 요청 사항을 반영한다.",
        "첨단바이오의약품 개발과 국가기술은행(NTB) 노후화 개선 및 시스템 개편(ISP) 추진",
        "ㅇ 지역의 민간투자 및 일자리 창출 사업운영협의체 구성·운영(부처협업, '25.3월)",
        "* 로봇실증센터(군포) 등 주요 지역‧업종별 실증센터와 리빙랩 네트워크 확대",
        "글로벌 실증 MOU 추진*('25년 영국)",
        "산업 R&D의 패러다임을 전환해 나갈 계획이다. 효과와 성과를 높인다.",
        "이에 따라 제1차 회의를 열고 관련 위원회 및 협의회 구성은 하반기에 추진한다.",
        "한국방송 프로그램 제작과 추가 신청을 지원한다.",             // `한국방송` alone is a byline-only name
        "한전KPS와 기업부설연구소, 요양병원",                         // no prefix match inside a longer name
    ]

    @Test func negatives() {
        for sentence in Self.negatives {
            let got = orgs(sentence, "2025-05-30")
            #expect(got.isEmpty, "\(sentence) → \(got)")
        }
    }

    @Test func gazetteerResourceParsesAndEveryRowIsWellFormed() throws {
        let text = try Gazetteer.resourceText()
        let g = try Gazetteer.parse(text)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(g.entries.count == rows.count)
        #expect(g.entries.count > 300)
        #expect(text.contains("version:"))
        for e in g.entries {
            #expect(Gazetteer.kinds.contains(e.kind), "\(e.canonical)")
            #expect(!e.canonical.isEmpty)
        }
        // No name may mean two bodies at once: entries sharing a name have disjoint periods.
        var byName: [String: [OrgEntry]] = [:]
        for e in g.entries {
            for name in [e.canonical] + e.names + e.contextOnlyNames + (e.english.isEmpty ? [] : [e.english]) {
                byName[name, default: []].append(e)
            }
        }
        for (name, list) in byName where list.count > 1 {
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let a = list[i], b = list[j]
                    let disjoint = Self.before(a.validTo, b.validFrom) || Self.before(b.validTo, a.validFrom)
                    #expect(disjoint, "\(name): \(a.canonical) and \(b.canonical) overlap")
                }
            }
        }
        // The shared gazetteer is the parsed resource.
        #expect(Gazetteer.shared.entries.count == g.entries.count)
    }

    static func before(_ end: Int?, _ start: Int?) -> Bool {
        guard let end, let start else { return false }
        return end < start
    }

    @Test func malformedRowsAreRejected() {
        let bad = [
            "ministry\t산업통상부\t산업부\t2025-10-01\t",                          // five columns
            "ministerium\t산업통상부\t산업부\t2025-10-01\t\t",                      // unknown kind
            "ministry\t산업통상부\t산업부\t2025-13-01\t\t",                         // bad date
            "ministry\t산업통상부\t산업부\t2025-10-01\t2025-01-01\t",               // from after to
            "ministry\t산업통상부\t산업부||MOTIR\t2025-10-01\t\t",                  // empty name
            "ministry\t산업통상부\t산업부|산업부\t2025-10-01\t\t",                  // duplicate name
        ]
        for row in bad {
            #expect(throws: GazetteerError.self, "\(row)") { try Gazetteer.parse("# header\n" + row + "\n") }
        }
    }
}

/// Organizations with their category: (text as written, canonical, category).
private func orgCategories(_ text: String, _ date: String? = "2025-05-30") -> [(String, String, String?)] {
    let context = DocumentContext(referenceDate: date.flatMap { CalendarDate(iso: $0) })
    let input = ExtractionInput(string: text, context: context)
    return OrganizationExtractor().extract(from: input).compactMap { m in
        guard case .org(let value) = m.value else { return nil }
        return (input.text.string(m.range), value.canonical, value.category)
    }
}

/// Programme names found in `text`.
private func programs(_ text: String) -> [String] {
    let input = ExtractionInput(string: text, context: DocumentContext(referenceDate: nil))
    return ProgramExtractor().extract(from: input).compactMap { m in
        guard case .program(let value) = m.value else { return nil }
        #expect(value.name == input.text.string(m.range))
        return value.name
    }
}

@Suite struct OrganizationCategoryTests {
    /// Every row: a sentence and every (text, canonical, category) it names, in order.
    static let cases: [(String, [(String, String, String)])] = [
        ("산업통상자원부는 5일 서울에서 회의를 열었다.", [("산업통상자원부", "산업통상자원부", "government")]),
        ("특허청과 협력해 심사를 단축한다.", [("특허청", "특허청", "government")]),
        ("한국산업기술진흥원(KIAT)이 사업을 맡는다.", [("한국산업기술진흥원(KIAT)", "한국산업기술진흥원", "public-institution")]),
        ("한국산업기술평가관리원은 과제를 평가한다.", [("한국산업기술평가관리원", "한국산업기술평가관리원", "public-institution")]),
        ("서울대와 KAIST 연구진이 참여했다.", [("서울대", "서울대학교", "university"), ("KAIST", "한국과학기술원", "university")]),
        ("매사추세츠공대(MIT) 연구팀과 공동연구를 한다.", [("매사추세츠공대(MIT)", "매사추세츠공과대학교", "foreign")]),
        ("국제에너지기구(IEA)는 보고서를 냈다.", [("국제에너지기구(IEA)", "국제에너지기구", "foreign")]),
        ("(주)한독은 신약을 개발한다.", [("(주)한독", "한독", "company")]),
        ("엠에프씨 주식회사가 주관한다.", [("엠에프씨 주식회사", "엠에프씨", "company")]),
        ("[한국방송/문종덕기자] 정부는", [("한국방송", "한국방송뉴스", "media")]),
        ("국가과학기술자문회의 심의회의에서 확정됐다.", [("국가과학기술자문회의 심의회의", "국가과학기술자문회의 심의회의", "committee")]),
        ("한국반도체산업협회는 설명회를 연다.", [("한국반도체산업협회", "한국반도체산업협회", "association")]),
        ("한국바이오협회와 함께 행사를 연다.", [("한국바이오협회", "한국바이오협회", "association")]),
        ("대한의료정보학회는 학술대회를 연다.", [("대한의료정보학회", "대한의료정보학회", "association")]),
        ("경기창조경제혁신센터에서 설명회가 열린다.", [("경기창조경제혁신센터", "경기창조경제혁신센터", "public-institution")]),
        ("신한은행은 대출을 늘린다.", [("신한은행", "신한은행", "company")]),
        ("현대차그룹은 투자를 발표했다.", [("현대차그룹", "현대차그룹", "company")]),
        ("SK그룹과 IBK기업은행이 참여한다.", [("SK그룹", "SK그룹", "company"), ("IBK기업은행", "IBK기업은행", "public-institution")]),
        ("삼성전자와 협력해 개발한다.", [("삼성전자", "삼성전자", "company")]),
        ("한국폴리텍대학이 교육을 맡는다.", [("한국폴리텍대학", "한국폴리텍대학", "university")]),
        ("분당서울대학교병원 연구팀이 발표했다.", [("분당서울대학교병원", "분당서울대학교병원", "public-institution")]),
        ("셀트리온바이오가 참여한다.", [("셀트리온바이오", "셀트리온바이오", "company")]),
        ("보령제약은 임상을 시작했다.", [("보령제약", "보령제약", "company")]),
        ("전북특별자치도는 새만금 투자를 유치했다.", [("전북특별자치도", "전북특별자치도", "government")]),
        ("부산광역시와 협약을 맺었다.", [("부산광역시", "부산광역시", "government")]),
        ("University of Stirling 연구팀이 참여했다.", [("University of Stirling", "University of Stirling", "foreign")]),
        ("대한상공회의소는 의견서를 냈다.", [("대한상공회의소", "대한상공회의소", "association")]),
        // The National Assembly and councils; hospitals by who runs them.
        ("국회는 본회의에서 예산안을 의결했다.", [("국회", "국회", "government")]),
        ("국회예산정책처의 분석에 따르면", [("국회예산정책처", "국회예산정책처", "government")]),
        ("예산안을 서울시의회에 제출한다.", [("서울시의회", "서울특별시의회", "government")]),
        ("경기도의회는 조례를 개정했다.", [("경기도의회", "경기도의회", "government")]),
        ("삼성서울병원은 연구중심병원 사업에 선정됐다.", [("삼성서울병원", "삼성서울병원", "association")]),
        ("서울아산병원과 세브란스병원이 참여한다.",
         [("서울아산병원", "서울아산병원", "association"), ("세브란스병원", "세브란스병원", "university")]),
        ("서울대병원과 충남대학교병원이 참여한다.",
         [("서울대병원", "서울대학교병원", "public-institution"), ("충남대학교병원", "충남대학교병원", "public-institution")]),
        ("한국남동발전 등 6개 출연기업이 참여한다.", [("한국남동발전", "한국남동발전", "public-institution")]),
        ("(KTV 한국정책방송 케이블방송, www.ktv.go.kr)", [("KTV", "한국정책방송원", "media")]),
        ("경북교육청은 문해교육 기관을 지정했다.", [("경북교육청", "경상북도교육청", "government")]),
        ("경기교육청(1천508억원), 서울시교육청(876억원) 순이었다.",
         [("경기교육청", "경기도교육청", "government"), ("서울시교육청", "서울특별시교육청", "government")]),
        ("경상북도교육청 교육감 명의의 졸업장", [("경상북도교육청", "경상북도교육청", "government")]),
        ("국립중앙의료원을 통해 치료 역량을 확충한다.", [("국립중앙의료원", "국립중앙의료원", "public-institution")]),
        // A dateline place before `=` is not the medium.
        ("[세종=아시아경제 홍길동 기자] 해양수산부는", [("아시아경제", "아시아경제", "media"), ("해양수산부", "해양수산부", "government")]),
        ("[경상매일신문=홍길동기자]행정안전부는", [("경상매일신문", "경상매일신문", "media"), ("행정안전부", "행정안전부", "government")]),
        ("[세종=충청투데이 홍길동 기자] 정부는", []),
        // Context cues: a list closed by `등 기업`, `등이 참석`, `등과 협력` with one known member.
        ("삼성전자, 알케, 디퍼아이 등 기업 대표가 참석했다.",
         [("삼성전자", "삼성전자", "company"), ("알케", "알케", "company"), ("디퍼아이", "디퍼아이", "company")]),
        ("이날 행사에는 한국전자통신연구원, 코난테크놀로지 등이 참석했다.",
         [("한국전자통신연구원", "한국전자통신연구원", "public-institution"), ("코난테크놀로지", "코난테크놀로지", "company")]),
        ("보령제약, 에이비엘 등 5개 기업이 선정됐다.",
         [("보령제약", "보령제약", "company"), ("에이비엘", "에이비엘", "company")]),
        ("알케와 협력해 신약 후보물질을 발굴한다.", [("알케", "알케", "company")]),
        ("KT와 손잡고 실증을 추진한다.", [("KT", "KT", "company")]),
        ("간담회에 참석한 알케 관계자는 규제 개선을 요청했다.", [("알케", "알케", "company")]),
        ("행사에 참석한 디퍼아이 CTO가 발표했다.", [("디퍼아이", "디퍼아이", "company")]),
        ("주관기관 : 한국생산기술연구원, 성균관대 등",
         [("한국생산기술연구원", "한국생산기술연구원", "public-institution"), ("성균관대", "성균관대학교", "university")]),
        ("김관영 전북특별자치도 도지사와 전북특별자치도청에서 만났다.",
         [("전북특별자치도", "전북특별자치도", "government"), ("전북특별자치도청", "전북특별자치도청", "government")]),
        // A list closed by `등 11개 기관`: each item is what its name's end says (news, 2009).
        ("38개 기관을 대상으로 평가한 결과 한국반도체산업협회, 충남테크노파크, 전북 테크노파크, 중소기업이업종대구경북연합회, 부산대, 제주대 등 11개 기관이 선정됐다.",
         [("한국반도체산업협회", "한국반도체산업협회", "association"), ("충남테크노파크", "충남테크노파크", "public-institution"),
          ("전북 테크노파크", "전북 테크노파크", "public-institution"),
          ("중소기업이업종대구경북연합회", "중소기업이업종대구경북연합회", "association"),
          ("부산대", "부산대학교", "university"), ("제주대", "제주대학교", "university")]),
        ("한국전자정보통신진흥회 등 11개 기관이 선정됐다.",
         [("한국전자정보통신진흥회", "한국전자정보통신진흥회", "association")]),
        // Public corporations and international bodies the gazetteer knows (news, 2011–2013).
        ("한국가스공사와 한국전력거래소는 3월 10일, 한국가스기술공사·한국석유관리원·한국전력기술은 3월 24일로 지정했다.",
         [("한국가스공사", "한국가스공사", "public-institution"), ("한국전력거래소", "한국전력거래소", "public-institution"),
          ("한국가스기술공사", "한국가스기술공사", "public-institution"), ("한국석유관리원", "한국석유관리원", "public-institution"),
          ("한국전력기술", "한국전력기술", "public-institution")]),
        ("한국도로공사 136명, 도로교통공단 156명 등 2297명이다.",
         [("한국도로공사", "한국도로공사", "public-institution"), ("도로교통공단", "도로교통공단", "public-institution")]),
        ("금융분야는 중소기업은행 598명, 한국산업은행 318명 등이다.",
         [("중소기업은행", "IBK기업은행", "public-institution"), ("한국산업은행", "한국산업은행", "public-institution")]),
        ("우선 WB 한국 지역사무소는 내년에 오픈되며 WB 산하의 국제금융공사(IFC)와 국제투자보증공사(MIGA)의 기능도 갖추게 된다.",
         [("WB", "세계은행", "foreign"), ("WB", "세계은행", "foreign"), ("국제금융공사(IFC)", "국제금융공사", "foreign"),
          ("국제투자보증공사(MIGA)", "국제투자보증기구", "foreign")]),
        // The subject particle that fits the syllable before it comes off a marked name (news, 2011).
        ("유망중소기업 중에는 천안 에스에이씨(주)가 504%p, 아산 (주)디바이스이엔지가 519%p 신장률을 보였다.",
         [("에스에이씨(주)", "에스에이씨", "company"), ("(주)디바이스이엔지", "디바이스이엔지", "company")]),
        // An event or a head office before `과 업무협약` is no partner; a research institute named
        // `…과학기술원` that the gazetteer knows is no university (news, 2012–2016).
        ("NASA(미항공우주국)관계자가 한국해양과학기술원 등에 각각 방문, 공동워크숍과 업무협약(MOU)을 체결했다.",
         [("NASA", "미국 항공우주국", "foreign"), ("한국해양과학기술원", "한국해양과학기술원", "public-institution")]),
        ("서영주 KEIT 원장은 \"프라운호퍼 연구재단 본부와 MOU 체결은 계기가 될 것\"이라고 밝혔다.",
         [("KEIT", "한국산업기술평가관리원", "public-institution"), ("프라운호퍼 연구재단", "프라운호퍼", "foreign")]),
        ("중소기업진흥공단측은 시상식을 개최한다.", [("중소기업진흥공단", "중소기업진흥공단", "public-institution")]),
        // Bare names listed beside companies marked `(주)` are companies too (news, 2020).
        ("전남은 6개사로 ▲(주)켐포트 ▲케이비엠 ▲매일식품(주) ▲(주)프릭사 ▲한성푸드 ▲보원엠앤피 등이다.",
         [("(주)켐포트", "켐포트", "company"), ("케이비엠", "케이비엠", "company"), ("매일식품(주)", "매일식품", "company"),
          ("(주)프릭사", "프릭사", "company"), ("한성푸드", "한성푸드", "company"), ("보원엠앤피", "보원엠앤피", "company")]),
        ("광주가 4개사로 ▲(주)아이코디(콘텍트렌즈) ▲(주)티디엠 ▲기타 업체 등이다.",
         [("(주)아이코디", "아이코디", "company"), ("(주)티디엠", "티디엠", "company")]),
        // A body named after another country is foreign; an acronym right after a name is evidence
        // enough for a short one (NST release, 2015).
        ("국가과학기술연구회가 헝가리과학원(Hungarian Academy of Science, 이하 HAS)과 MoU를 체결했다.",
         [("국가과학기술연구회", "국가과학기술연구회", "public-institution"), ("헝가리과학원", "헝가리과학원", "foreign")]),
        ("한국표준과학연구원은 HAS 산하 물리·재료연구소(MFI)와 나노과학 공동연구실을 운영해",
         [("한국표준과학연구원", "한국표준과학연구원", "public-institution"),
          ("물리·재료연구소(MFI)", "물리·재료연구소", "public-institution")]),
        ("한국생명공학연구원은 HAS 산하 효소연구소(BRC)와 바이오생명분야 공동연구를 통해",
         [("한국생명공학연구원", "한국생명공학연구원", "public-institution"), ("효소연구소(BRC)", "효소연구소", "public-institution")]),
        // A name that starts with a body abroad is foreign; `뿐` closes a name; a Latin prefix may
        // stand apart (news, 2013–2016).
        ("IDA는 최빈국 지원을 목적으로 하는 세계은행그룹(WBG) 산하 기구로 3년 단위로 재원을 보충한다.",
         [("IDA", "국제개발협회", "foreign"), ("세계은행그룹(WBG)", "세계은행그룹", "foreign")]),
        ("현재 이공계 정부 출연연구소 중 기술료 수입이 100억원 이상인 곳은 ETRI뿐이다.",
         [("ETRI", "한국전자통신연구원", "public-institution")]),
        ("SK 하이닉스 국내에 반도체 라인 2개 추가 건설", [("SK 하이닉스", "SK하이닉스", "company")]),
        // Other forms of company mark a name like `(주)` (news, 2024).
        ("군은 이날 경남도청 도정회의실에서 복을만드는사람들 농업회사법인과 118억 원 규모 투자협약을 맺었다.",
         [("경남도청", "경상남도청", "government"), ("복을만드는사람들 농업회사법인", "복을만드는사람들", "company")]),
        ("(주)만풍농업회사법인, (주)디앤씨컴퍼니는 입주한다.",
         [("(주)만풍농업회사법인", "만풍농업회사법인", "company"), ("(주)디앤씨컴퍼니", "디앤씨컴퍼니", "company")]),
        // Media abroad are foreign bodies (news, 2024).
        ("CNBC는 26일(현지시간) 엔비디아(Nvidia)의 주요 공급업체인 SK하이닉스가 공장을 건설할 예정이라고 보도했다.",
         [("CNBC", "CNBC", "foreign"), ("엔비디아", "엔비디아", "company"), ("SK하이닉스", "SK하이닉스", "company")]),
        // National Assembly committees by the short forms the press uses (news, 2022).
        ("정부 제출 추경안은 산업통상자원중소벤처기업위원회(24조9천500억원 증액)와 보건복지위(14조9천531억 원 증액)를 거쳤다.",
         [("산업통상자원중소벤처기업위원회", "산업통상자원중소벤처기업위원회", "committee"),
          ("보건복지위", "보건복지위원회", "committee")]),
        ("추경안은 곧 예결위 전체회의 의결을 거쳐 본회의에서 처리된다.", [("예결위", "예산결산특별위원회", "committee")]),
        // Cities and counties below the provinces are local governments.
        ("충북 진천군은 15일 군청 소회의실에서 (주)에코에너젠과 투자협약을 했다고 밝혔다.",
         [("진천군", "진천군", "government"), ("(주)에코에너젠", "에코에너젠", "company")]),
        ("증평군, 2025년 당초예산 2856억 편성", [("증평군", "증평군", "government")]),
        ("서울 서초구는 2026년 예산안을 서초구의회에 제출했다.",
         [("서초구", "서초구", "government"), ("서초구의회", "서초구의회", "government")]),
        ("창원시는 경남도청과 협의했다.", [("창원시", "창원시", "government"), ("경남도청", "경상남도청", "government")]),
        // The office of a province or city carries the full name of the body (news, 2023).
        ("충북도청 양성평등가족정책관실로 신청서를 제출하면 된다.", [("충북도청", "충청북도청", "government")]),
        ("대전시청 중회의실에서 협약을 체결했다.", [("대전시청", "대전광역시청", "government")]),
    ]

    @Test func categories() {
        for (sentence, expected) in Self.cases {
            let got = orgCategories(sentence)
            #expect(got.map(\.0) == expected.map(\.0), "\(sentence) → \(got)")
            #expect(got.map(\.1) == expected.map(\.1), "\(sentence) → \(got)")
            #expect(got.map(\.2) == expected.map(\.2), "\(sentence) → \(got)")
        }
    }

    /// Every gazetteer row carries one of the eight categories.
    @Test func everyRowHasACategory() throws {
        let g = try Gazetteer.parse(try Gazetteer.resourceText())
        for e in g.entries { #expect(Gazetteer.categories.contains(e.category), "\(e.canonical)") }
        #expect(g.entries.contains { $0.category == "foreign" && $0.kind == "university" })
        #expect(g.entries.first { $0.canonical == "특허청" }?.category == "government")
        #expect(g.entries.first { $0.canonical == "한국무역협회" }?.category == "association")
    }

    @Test func categoryColumnIsStrict() {
        let bad = [
            "ministry\t산업통상부\t산업부\t2025-10-01\t\t",                     // six columns: no category
            "ministry\t산업통상부\t산업부\t2025-10-01\t\t\tgovernmental",       // unknown category
            "ministry\t산업통상부\t산업부\t2025-10-01\t\t\t",                   // empty category
        ]
        for row in bad {
            #expect(throws: GazetteerError.self, "\(row)") { try Gazetteer.parse("# header\n" + row + "\n") }
        }
        #expect(throws: Never.self) { try Gazetteer.parse("ministry\t산업통상부\t산업부\t2025-10-01\t\t\tgovernment\n") }
    }

    /// Particles and their chains come off; names that end that way by right keep their end.
    static let particleCases: [(String, String)] = [
        ("한국전자통신연구원은", "한국전자통신연구원"), ("한국전자통신연구원이", "한국전자통신연구원"),
        ("한국전자통신연구원을", "한국전자통신연구원"), ("한국전자통신연구원의", "한국전자통신연구원"),
        ("한국전자통신연구원과", "한국전자통신연구원"), ("한국전자통신연구원에", "한국전자통신연구원"),
        ("한국전자통신연구원에서", "한국전자통신연구원"), ("한국전자통신연구원에게", "한국전자통신연구원"),
        ("한국전자통신연구원으로", "한국전자통신연구원"), ("한국전자통신연구원도", "한국전자통신연구원"),
        ("한국전자통신연구원만", "한국전자통신연구원"), ("한국전자통신연구원까지", "한국전자통신연구원"),
        ("한국전자통신연구원부터", "한국전자통신연구원"), ("한국전자통신연구원에서는", "한국전자통신연구원"),
        ("한국전자통신연구원과의", "한국전자통신연구원"), ("한국전자통신연구원으로부터", "한국전자통신연구원"),
        ("산업통상부는", "산업통상부"), ("산업통상부가", "산업통상부"), ("산업통상부를", "산업통상부"),
        ("산업통상부와", "산업통상부"), ("산업통상부로", "산업통상부"), ("산업통상부와의", "산업통상부"),
        ("산업통상부로부터", "산업통상부"), ("산업통상부에서도", "산업통상부"),
        ("KIST는", "KIST"), ("KIST에서", "KIST"), ("KIST와", "KIST"),
    ]

    @Test func particlesAreStripped() {
        for (word, name) in Self.particleCases {
            let got = orgCategories(word + " 관계자가 밝혔다.")
            #expect(got.map(\.0) == [name], "\(word) → \(got)")
        }
        // `…과` divisions and `…원` institutes end that way by right.
        #expect(orgCategories("문의 : 산업통상부 산업기술정책과(044-203-4515)").map(\.0) == ["산업통상부", "산업기술정책과"])
        #expect(orgCategories("문의 : 산업통상부 반도체과와 협의").map(\.0) == ["산업통상부", "반도체과"])
        #expect(orgCategories("한국생산기술연구원과 협력한다.").map(\.0) == ["한국생산기술연구원"])
    }

    /// Programmes, facilities, places, people and titles are not organizations.
    static let negatives: [String] = [
        "산업혁신기반구축사업을 통해 장비를 구축한다.",
        "제8차 산업기술혁신계획('24~'28)에 따라 추진한다.",
        "알키미스트 프로젝트는 난제에 도전한다.",
        "K-화학산업 대전환 R&D 프로젝트를 새로 시작한다.",
        "회의는 대회의실에서 열렸다.",
        "전북특별자치도에서 열린 행사에 참석했다.",
        "부산광역시 지역 기업을 지원한다.",
        "서울특별시에 위치한 연구소",
        "서울에서 열린 행사에 참석했다.",
        "장관과 차관, 과장이 참석했다.",
        "시중은행과 지방은행, 인터넷은행이 참여한다.",
        "연구그룹과 워킹그룹, 전문가그룹을 구성한다.",
        "전력전자와 광전자 분야의 인재를 키운다.",
        "그린바이오와 합성바이오를 육성한다.",
        "지방대학과 거점대학, 전문대학을 지원한다.",
        "창조경제혁신센터와 실증센터를 늘린다.",
        "국가기술은행 시스템을 개편한다.",
        "반도체, 자동차, 바이오 등 기업의 수요를 반영한다.",
        "대기업, 중견기업 등 기업이 참여한다.",
        "미국과 협력해 공급망을 강화한다.",
        "정부와 협력하고 수요기업과 협력한다.",
        "관계부처와 협력해 지원한다.",
        "서울과 협력해 행사를 연다.",
        "행사에 참석한 김정관 장관은 인사말을 했다.",
        "간담회에 참석한 기업 관계자들은 의견을 냈다.",
        "회의에 참석한 전문가 관계자가 말했다.",
        "첨단바이오 PM그룹과 AI전자 분야",
        "'동행·매력특별시 2.0'에 과감히 투자하겠다",
        "총 8개 연구중심병원이 지방병원과 컨소시엄을 구성했다.",
        "산재병원 건립 사업에서 감액됐다.",
        "거점국립대병원을 지원한다.",
        "예산안을 시의회에 제출한다.",
        "시교육청과 25개 자치구 지원 예산을 뺐다.",
        "전국 시·도교육청이 참여한다.",
        // A legal type of school, a rank, a generic institute, a press pool (news, 2009–2024).
        "신청 대상은 대학과 산업대학이며, 4월 9일까지 필요한 서류를 제출하면 된다.",
        "특히 수도권이 아닌 곳에 위치한 국책연구원에서 이뤄낸 실적이란 점에서 관심이 모인다.",
        "사진공동취재단",
        "효소연구소와 바이오 분야를 연구한다.",            // a short name with no acronym after it
        "오는 29~30일 서울 강남구 삼성동 코엑스에서 박람회를 개최한다.",   // a district named as a place
        "서구 사회와 동구권의 변화",                       // directions, not districts
        // `X대` words in a list that holds no university and names no count of them.
        "미래세대, 청년세대, 노인세대 등 3개 집단",
        "강대, 약대 등 10곳",
    ]

    @Test func notOrganizations() {
        for sentence in Self.negatives {
            let got = orgCategories(sentence)
            #expect(got.isEmpty, "\(sentence) → \(got)")
        }
    }
}

@Suite struct ProgramTests {
    static let cases: [(String, [String])] = [
        ("산업혁신기반구축사업은 고가의 장비를 구축한다.", ["산업혁신기반구축사업"]),
        ("정부는 제8차 산업기술혁신계획('24~'28)을 수립했다.", ["제8차 산업기술혁신계획"]),
        ("알키미스트 프로젝트는 난제 해결에 도전한다.", ["알키미스트 프로젝트"]),
        ("K-화학산업 대전환 R&D 프로젝트를 새로 시작한다.", ["K-화학산업 대전환 R&D 프로젝트"]),
        ("제4차 과학기술기본계획에 따라", ["제4차 과학기술기본계획"]),
        ("제5차 기본계획을 세운다.", ["제5차 기본계획"]),
        ("소재부품기술개발사업에 1조원을 투입한다.", ["소재부품기술개발사업"]),
        ("글로벌 산업기술협력센터 사업과 국제공동기술개발사업을 통해", ["국제공동기술개발사업"]),
        ("초격차 프로젝트 운영위원회를 열었다.", []),
        ("이 사업은 개별 기업이 투자하기 어려운 장비를 구축한다.", []),
        ("사업 공고는 다음 달에 낸다.", []),
        ("본 사업의 세부 추진계획은 별도로 안내한다.", []),
        ("동 사업을 통해 지원한다.", []),
        ("올해 지원사업 규모를 늘린다.", []),
        ("향후 계획을 밝혔다.", []),
        ("수출 전략을 논의했다.", []),
        ("사업비와 사업화 지원을 늘린다.", []),
        ("신규 사업을 발굴한다.", []),
        ("산업통상부 사업에 참여한다.", []),
        ("디지털 전환 프로그램을 운영한다.", ["디지털 전환 프로그램"]),
        ("반도체 초격차 전략을 발표했다.", ["반도체 초격차 전략"]),
        ("판을 바꿀 알키미스트 프로젝트에 도전한다.", ["알키미스트 프로젝트"]),
        ("그간의 산업기술혁신계획은 양적 성장에 머물렀다.", ["산업기술혁신계획"]),
        ("산업혁신기반구축사업으로 장비를 구축하고 산업혁신기반구축사업에서 지원한다.", ["산업혁신기반구축사업", "산업혁신기반구축사업"]),
        ("'글로벌 기술 협력 종합 전략'을 발표했다.", ["글로벌 기술 협력 종합 전략"]),
        ("중견기업 혁신 펜타곤 프로젝트를 신설한다.", ["중견기업 혁신 펜타곤 프로젝트"]),
        ("온-디바이스 AI 반도체 기술개발사업에 착수한다.", ["온-디바이스 AI 반도체 기술개발사업"]),
        ("제5차 에너지기술개발계획과 연계한다.", ["제5차 에너지기술개발계획"]),
        ("늘봄연계 주니어공학기술교실 프로그램을 운영한다.", ["늘봄연계 주니어공학기술교실 프로그램"]),
        ("사업단과 추진단이 사업자를 선정한다.", []),
        ("1조 원 규모의 사업화 펀드를 조성한다.", []),
        ("전략적으로 투자할 계획이다.", []),
        ("이번 계획은 5년 단위로 수립된다.", []),
    ]

    @Test func programmes() {
        for (sentence, expected) in Self.cases {
            #expect(programs(sentence) == expected, "\(sentence) → \(programs(sentence))")
        }
    }
}
