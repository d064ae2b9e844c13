import Testing
import Normalize
@testable import Segment

/// Normalizes `string` the way the pipeline does and segments it.
func segmentText(_ string: String) -> (NormalizedText, [Sentence]) {
    let scalars = Array(string.unicodeScalars)
    var text = NormalizedText()
    TextNormalizer.append(scalars, range: 0..<scalars.count, to: &text)
    return (text, SentenceSegmenter().segment(text))
}

func sentences(_ string: String) -> [String] {
    let (text, result) = segmentText(string)
    return result.map { $0.text(in: text) }
}

/// A case: input text and the sentences expected, written by hand (line breaks inside a sentence
/// read as spaces, as `Sentence.text(in:)` gives them).
struct SegmentCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let expected: [String]
    var testDescription: String { name }
}

@Suite struct SentenceSegmenterTests {
    // MARK: - Prose (news, press releases)

    static let prose: [SegmentCase] = [
        SegmentCase(
            name: "two declaratives on one line",
            input: "산업부는 올해 28개 신규 과제를 선정한다. AI 자율실험실 등 인프라를 확충해 산업 저변을 넓히겠다는 구상이다.",
            expected: ["산업부는 올해 28개 신규 과제를 선정한다.", "AI 자율실험실 등 인프라를 확충해 산업 저변을 넓히겠다는 구상이다."]),
        SegmentCase(
            name: "decimals, dates, abbreviations and domains are not boundaries",
            input: "'23년 투자규모(1,860억원) 대비 2.5배 증가한 수치다. 제조 AI 전환(M.AX) 얼라이언스는 2026.1.22 출범했다. 자세한 내용은 산업부(www.motir.go.kr) 및 한국산업기술진흥원(www.kiat.or.kr) 홈페이지를 통해 확인할 수 있다.",
            expected: [
                "'23년 투자규모(1,860억원) 대비 2.5배 증가한 수치다.",
                "제조 AI 전환(M.AX) 얼라이언스는 2026.1.22 출범했다.",
                "자세한 내용은 산업부(www.motir.go.kr) 및 한국산업기술진흥원(www.kiat.or.kr) 홈페이지를 통해 확인할 수 있다.",
            ]),
        SegmentCase(
            name: "spaced date, (주), U.S., No., ellipsis",
            input: "보도시점 2025. 5. 28.(수) 11:00 배포\n한국방송뉴스(주)는 U.S. 시장과 No. 1 전략을 논의했다…그 결과를 밝혔다.",
            expected: ["보도시점 2025. 5. 28.(수) 11:00 배포", "한국방송뉴스(주)는 U.S. 시장과 No. 1 전략을 논의했다…그 결과를 밝혔다."]),
        SegmentCase(
            name: "no boundary inside a quotation that closes later",
            input: "차관은 \"국제질서가 약화됐다. 기술이 근간이다\"면서 \"혁신이 유일한 방법\"이라고 밝혔다. 이어 간담회를 열었다.",
            expected: ["차관은 \"국제질서가 약화됐다. 기술이 근간이다\"면서 \"혁신이 유일한 방법\"이라고 밝혔다.", "이어 간담회를 열었다."]),
        SegmentCase(
            name: "quoted sentence closes before the boundary",
            input: "그는 \"지원하겠다.\" 라고 말했다. 다음 회의는 6월이다.",
            expected: ["그는 \"지원하겠다.\" 라고 말했다.", "다음 회의는 6월이다."]),
        SegmentCase(
            name: "quotative particle glued to the closing quote",
            input: "부처는 “예산 규모를 크게 확대했다.”고 설명했다. 이어 간담회를 열었다. 그는 “늘렸다.”며 웃었다.",
            expected: ["부처는 \"예산 규모를 크게 확대했다.\"고 설명했다.", "이어 간담회를 열었다.", "그는 \"늘렸다.\"며 웃었다."]),
        SegmentCase(
            name: "corner brackets and single quotes protect their content",
            input: "「AI 자율제조 전략. 1.0」을 발표했다. 정부는 '산업 R&D 혁신방안. 초안'을 논의했다.",
            expected: ["「AI 자율제조 전략. 1.0」을 발표했다.", "정부는 '산업 R&D 혁신방안. 초안'을 논의했다."]),
        SegmentCase(
            name: "caption after a sentence on the same line",
            input: "김관영 도지사와 면담을 하고 있다. 2026.1.22 (ⓒ뉴스1, 산업통상부 제공)",
            expected: ["김관영 도지사와 면담을 하고 있다.", "2026.1.22 (ⓒ뉴스1, 산업통상부 제공)"]),
        SegmentCase(
            name: "missing space after 다.",
            input: "투자를 확대한다.이는 역대 최대 규모다.",
            expected: ["투자를 확대한다.", "이는 역대 최대 규모다."]),
        SegmentCase(
            name: "missing space after 다. before a figure",
            input: "지난달 취업자 수가 1년 전보다 17만2000명 늘었다.5~6월 10만명 밑으로 떨어졌던 증가폭이 3개월 만에 10만명대를 회복했다.",
            expected: ["지난달 취업자 수가 1년 전보다 17만2000명 늘었다.", "5~6월 10만명 밑으로 떨어졌던 증가폭이 3개월 만에 10만명대를 회복했다."]),
        SegmentCase(
            name: "a line opening with a dateline (서울=뉴스1) starts a sentence",
            input: "경실련, 윤 정부 이후 16개 상임위 결과보고서 채택률 분석\n(서울=뉴스1) 남해인 기자 = 국회의 국정감사 내용을 담은 결과보고서 채택률이 지난해 전체 상임위원회의 31.3%에 불과한 것으로 나타났다.",
            expected: ["경실련, 윤 정부 이후 16개 상임위 결과보고서 채택률 분석",
                       "(서울=뉴스1) 남해인 기자 = 국회의 국정감사 내용을 담은 결과보고서 채택률이 지난해 전체 상임위원회의 31.3%에 불과한 것으로 나타났다."]),
        SegmentCase(
            name: "a photo credit glued after 다. stays with its sentence",
            input: "시민들이 한 공공지원 민간임대주택 견본주택에서 아파트 모형을 살펴보고 있다.(사진=연합뉴스)이는 지난달 4일 발표한 방안의 후속 조치다.",
            expected: ["시민들이 한 공공지원 민간임대주택 견본주택에서 아파트 모형을 살펴보고 있다.(사진=연합뉴스)", "이는 지난달 4일 발표한 방안의 후속 조치다."]),
        SegmentCase(
            name: "a ! closing a title quoted inside the sentence",
            input: "이날 '복돼지'를 낚는 '돼지 낚장!' 낚시터에서는 '황금돼지' 저금통을 낚으면 기념품으로 가져갈 수 있다.",
            expected: ["이날 '복돼지'를 낚는 '돼지 낚장!' 낚시터에서는 '황금돼지' 저금통을 낚으면 기념품으로 가져갈 수 있다."]),
        SegmentCase(
            name: "a ! closing a quotation that opens the sentence still ends it",
            input: "\"녹색성장! 녹색강국!\" 올해 행사주제로 선정하였다.",
            expected: ["\"녹색성장! 녹색강국!\"", "올해 행사주제로 선정하였다."]),
        SegmentCase(
            name: "한편 opens a sentence after a line ending in a figure",
            input: "*** 신고사건수(천건): (’12)360 → (’13)369 → (’14)371 → (’15)379 → (’16)403 → (’17)414\n한편, 근로감독관은 근로조건의 기준을 확보하기 위하여 다양한 지도.지원업무를 수행하고 있음",
            expected: ["*** 신고사건수(천건): ('12)360 → ('13)369 → ('14)371 → ('15)379 → ('16)403 → ('17)414",
                       "한편, 근로감독관은 근로조건의 기준을 확보하기 위하여 다양한 지도.지원업무를 수행하고 있음"]),
        SegmentCase(
            name: "a list flattened onto one line: 가. 나. 다. open items",
            input: "□ 사업개요 가. 사 업 명 : 2025년 발전소 주변지역 지원사업 나. 사업기간 : 2025. 1. ~ 12. 다. 사업대상 : 발전소 반경 5km 이내 지역(마을)",
            expected: ["□ 사업개요", "가. 사 업 명 : 2025년 발전소 주변지역 지원사업", "나. 사업기간 : 2025. 1. ~ 12.",
                       "다. 사업대상 : 발전소 반경 5km 이내 지역(마을)"]),
        SegmentCase(
            name: "an ㅇ item glued to a nominal ending (a PDF lost the line break)",
            input: "ㅇ 상용직과 임시일용직은 정규직, 비정규직과는 다름ㅇ 계절조정지수는 계절조정계열을 지수화한 것임",
            expected: ["ㅇ 상용직과 임시일용직은 정규직, 비정규직과는 다름", "ㅇ 계절조정지수는 계절조정계열을 지수화한 것임"]),
        SegmentCase(
            name: "title lines without periods, each its own sentence",
            input: "산업 R&D 혁신방안 발표…30개 산-연 연구실 구축\n500개 AI 팩토리 구축…1조 원 사업화 펀드 조성도\n산업통상부\n\n[한국방송/문종덕기자] 정부는 2조 원 규모를 투입해 5극3특 성장엔진을 육성한다.",
            expected: [
                "산업 R&D 혁신방안 발표…30개 산-연 연구실 구축",
                "500개 AI 팩토리 구축…1조 원 사업화 펀드 조성도",
                "산업통상부",
                "[한국방송/문종덕기자] 정부는 2조 원 규모를 투입해 5극3특 성장엔진을 육성한다.",
            ]),
        SegmentCase(
            name: "polite endings and nouns in -요",
            input: "더 아픈 환자에게 양보해 주셔서 감사합니다\n가벼운 증상은 동네 병의원으로 가세요\n주요\n과제",
            expected: ["더 아픈 환자에게 양보해 주셔서 감사합니다", "가벼운 증상은 동네 병의원으로 가세요", "주요", "과제"]),
        SegmentCase(
            name: "footer: Latin before a period is not a boundary, Hangul is",
            input: "Copyright @2009 한국방송뉴스 Corp. All rights reserved.\n등록일 2009-07-17, 발행인:이헌양. 대 표:김명성 서울특별시 송파구",
            expected: ["Copyright @2009 한국방송뉴스 Corp. All rights reserved.", "등록일 2009-07-17, 발행인:이헌양.", "대 표:김명성 서울특별시 송파구"]),
        SegmentCase(
            name: "percent before a period",
            input: "전년 대비 11.5%. 이는 역대 최대다.",
            expected: ["전년 대비 11.5%.", "이는 역대 최대다."]),
    ]

    // MARK: - Plans (PDF-extracted, hard-wrapped)

    static let plans: [SegmentCase] = [
        SegmentCase(
            name: "the next item of a numbered list after a full-width item",
            input: """
            행정안전부 정책 현황
            1. 개요
            * 행정안전부 프로그램 우선순위 ('24예산)
            4. 현장중심 재난관리정책 추진으로 재난피해 최소화(프로그램 6-1) (674,633)
            5. 과거사 및 민주화운동관련 희생자 지원, 명예회복 추진 통해 공동체 화합에 기여(프로그램)
            2) 2025 세출(예산안)
            2. 목표 및 과제 현황
            3. 재정 현황
            프로그램 예산 및 정책 분석
            1. 프로그램 목표
            맞춤형 지역개발을 추진하고 주민 생활환경을 개선한다.
            """,
            expected: [
                "행정안전부 정책 현황", "1. 개요", "* 행정안전부 프로그램 우선순위 ('24예산)",
                "4. 현장중심 재난관리정책 추진으로 재난피해 최소화(프로그램 6-1) (674,633)",
                "5. 과거사 및 민주화운동관련 희생자 지원, 명예회복 추진 통해 공동체 화합에 기여(프로그램)",
                "2) 2025 세출(예산안)", "2. 목표 및 과제 현황", "3. 재정 현황", "프로그램 예산 및 정책 분석", "1. 프로그램 목표",
                "맞춤형 지역개발을 추진하고 주민 생활환경을 개선한다.",
            ]),
        SegmentCase(
            name: "numbered headings and wrapped ㅇ items ending in -함",
            input: """
            1. 의결주문
            ㅇ 「제8차 산업기술혁신계획('24~'28)(이하 '혁신계획')」의 2025년도
            시행계획(안)을 별지와 같이 의결함
            2. 제안이유
            ㅇ 「산업기술혁신촉진법 제5조」에 따라 산업기술혁신의 중장기 정책
            목표 및 방향을 제시한 혁신계획의 2025년 시행계획을 수립함
            3. 주요내용
            2024년 주요실적
            ㅇ (전략투자) 11대 분야 45개 초격차 프로젝트 본격화*, 알키미스트
            프로젝트 확대**, 산업난제 R&D 신규기획 등 도전·혁신 투자 강화
            * 초격차 프로젝트 추진체계 마련('24.3), 11대 분야별 초격차 로드맵 마련('24.5)
            ** '24년 3개 신규테마 추가 선정, 알키미스트+ 사업 예타면제('24.8)
            """,
            expected: [
                "1. 의결주문",
                "ㅇ 「제8차 산업기술혁신계획('24~'28)(이하 '혁신계획')」의 2025년도 시행계획(안)을 별지와 같이 의결함",
                "2. 제안이유",
                "ㅇ 「산업기술혁신촉진법 제5조」에 따라 산업기술혁신의 중장기 정책 목표 및 방향을 제시한 혁신계획의 2025년 시행계획을 수립함",
                "3. 주요내용",
                "2024년 주요실적",
                "ㅇ (전략투자) 11대 분야 45개 초격차 프로젝트 본격화*, 알키미스트 프로젝트 확대**, 산업난제 R&D 신규기획 등 도전·혁신 투자 강화",
                "* 초격차 프로젝트 추진체계 마련('24.3), 11대 분야별 초격차 로드맵 마련('24.5)",
                "** '24년 3개 신규테마 추가 선정, 알키미스트+ 사업 예타면제('24.8)",
            ]),
        SegmentCase(
            name: "page marker, strategy heading, unmarked section heading, nominal endings",
            input: """
            ㅇ (산업융합) 초격차산업융합로드맵수립('24.12) 및기획형규제샌드박스
            추진으로 자율운항선박, 액화수소 신소재 저장탱크 등 특례 부여('24.7)
            - 2 -
            2025년 시행계획
            전략 1 [전략투자] 글로벌 기술패권 확보
            초격차·도전혁신기술 투자확대
            ㅇ '25년 신규사업 등을 통해 6개 초격차 프로젝트 착수
            * (반도체) 온-디바이스 AI 반도체, 첨단 반도체(12인치급 웨이퍼 기반) 실증 미니팹
            (차세대원자력) i-SMR 표준설계 인가 획득 및 조기 상용화, SMR 다목적 활용·연계
            (에너지) 액화수소 해상운송 개발·실증, 非리튬계·非전지 장주기 대용량 ESS 개발
            ㅇ 알키미스트+(미래 판기술 프로젝트) 사업 본격 추진('25년 50억원)
            ㅇ AI반도체·첨단바이오 등 게임체인저 투자 확대 및 산학연 전문가가
            참여하는 「양자기술 산업화 포럼」 운영('25.2월~)
            * 바이오파운드리 인프라 및 활용기반 구축사업('25~'29, '25년 51.7억원)
            디지털·친환경(AX·GX) 산업전환 대응 강화
            ㅇ 주요 공정별 데이터 전처리 템플릿 및 No-Code AI 시스템 개발
            착수 및 AI 자율제조 선도 프로젝트 25개, AI+R&DI 100개 등 추진
            - 전세계 기술·기업·인재를 연결하는 Tech-GPT 서비스 개시
            """,
            expected: [
                "ㅇ (산업융합) 초격차산업융합로드맵수립('24.12) 및기획형규제샌드박스 추진으로 자율운항선박, 액화수소 신소재 저장탱크 등 특례 부여('24.7)",
                "- 2 -",
                "2025년 시행계획",
                "전략 1 [전략투자] 글로벌 기술패권 확보",
                "초격차·도전혁신기술 투자확대",
                "ㅇ '25년 신규사업 등을 통해 6개 초격차 프로젝트 착수",
                "* (반도체) 온-디바이스 AI 반도체, 첨단 반도체(12인치급 웨이퍼 기반) 실증 미니팹",
                "(차세대원자력) i-SMR 표준설계 인가 획득 및 조기 상용화, SMR 다목적 활용·연계",
                "(에너지) 액화수소 해상운송 개발·실증, 非리튬계·非전지 장주기 대용량 ESS 개발",
                "ㅇ 알키미스트+(미래 판기술 프로젝트) 사업 본격 추진('25년 50억원)",
                "ㅇ AI반도체·첨단바이오 등 게임체인저 투자 확대 및 산학연 전문가가 참여하는 「양자기술 산업화 포럼」 운영('25.2월~)",
                "* 바이오파운드리 인프라 및 활용기반 구축사업('25~'29, '25년 51.7억원)",
                "디지털·친환경(AX·GX) 산업전환 대응 강화",
                "ㅇ 주요 공정별 데이터 전처리 템플릿 및 No-Code AI 시스템 개발 착수 및 AI 자율제조 선도 프로젝트 25개, AI+R&DI 100개 등 추진",
                "- 전세계 기술·기업·인재를 연결하는 Tech-GPT 서비스 개시",
            ]),
        SegmentCase(
            name: "full-width line ending in a noun joins; short last line closes before a heading",
            input: """
            ㅇ 현장 수요를 반영한 개선안 발굴 및 제도 개선
            ㅇ 초격차 프로젝트, AI+R&DI 전략 등을 반영하여 산업혁신기반구축
            로드맵 수립('26~'27)
            민간주도 기술이전·사업화 추진
            ㅇ 국가기술은행(NTB) 노후화 개선 및 시스템 개편(ISP) 추진
            ㅇ 첨단기술·제품선정기준을재정립하고첨단기술·제품범위조정('25.上)
            (「첨단기술 및 제품의 범위」 고시 전면 개정)
            산업혁신 인재 양성
            ㅇ 산학 프로젝트 중심 첨단산업 분야 특성화대학원 확대*('25년 3개 추가)
            및 첨단산업 아카데미에 디스플레이 분야 추가**
            ㅇ 지역의 민간투자 및 일자리 창출 사업운영협의체 구성·운영(부처협업,
            '25.3월)하고 메가시티 협력 첨단산업 육성지원('25년 2개)
            * 초광역권 첨단산업 밸류체인 앵커기업 및 혁신자원(대학, 연구소 등) 컨소시엄
            진취적 산업기술문화 조성·확산
            ㅇ 산업 AI, 초격차 프로젝트 관련 기업방송 프로그램 제작('25.7~12월, 4회)
            """,
            expected: [
                "ㅇ 현장 수요를 반영한 개선안 발굴 및 제도 개선",
                "ㅇ 초격차 프로젝트, AI+R&DI 전략 등을 반영하여 산업혁신기반구축 로드맵 수립('26~'27)",
                "민간주도 기술이전·사업화 추진",
                "ㅇ 국가기술은행(NTB) 노후화 개선 및 시스템 개편(ISP) 추진",
                "ㅇ 첨단기술·제품선정기준을재정립하고첨단기술·제품범위조정('25.上) (「첨단기술 및 제품의 범위」 고시 전면 개정)",
                "산업혁신 인재 양성",
                "ㅇ 산학 프로젝트 중심 첨단산업 분야 특성화대학원 확대*('25년 3개 추가) 및 첨단산업 아카데미에 디스플레이 분야 추가**",
                "ㅇ 지역의 민간투자 및 일자리 창출 사업운영협의체 구성·운영(부처협업, '25.3월)하고 메가시티 협력 첨단산업 육성지원('25년 2개)",
                "* 초광역권 첨단산업 밸류체인 앵커기업 및 혁신자원(대학, 연구소 등) 컨소시엄",
                "진취적 산업기술문화 조성·확산",
                "ㅇ 산업 AI, 초격차 프로젝트 관련 기업방송 프로그램 제작('25.7~12월, 4회)",
            ]),
        SegmentCase(
            name: "Roman and numbered chapter headings, □ items wrapped mid-word",
            input: """
            Ⅰ. 추진 개요
            1 추진 배경
            □ 제7차 산업기술혁신계획이 종료됨에 따라, '24년에 향후 5년간 우리
            나라 혁신성장을 이끌 제8차 산업기술혁신계획('24~'28) 수립
            * (법적 근거) 산업기술혁신촉진법 제5조(산업기술혁신계획)
            □ 제8차 산업기술혁신계획을 바탕으로 주요 환경 변화, 정책현안, 예산
            등 대내외 여건을 고려하여 '25년 세부 시행계획 수립
            3 추진 개요
            ㅇ 생산기술발전 5개년 계획 : 1991년 ~ 1995년
            ㅇ 산업기술개발 5개년 계획 : 1996년 ~ 2000년
            """,
            expected: [
                "Ⅰ. 추진 개요",
                "1 추진 배경",
                "□ 제7차 산업기술혁신계획이 종료됨에 따라, '24년에 향후 5년간 우리 나라 혁신성장을 이끌 제8차 산업기술혁신계획('24~'28) 수립",
                "* (법적 근거) 산업기술혁신촉진법 제5조(산업기술혁신계획)",
                "□ 제8차 산업기술혁신계획을 바탕으로 주요 환경 변화, 정책현안, 예산 등 대내외 여건을 고려하여 '25년 세부 시행계획 수립",
                "3 추진 개요",
                "ㅇ 생산기술발전 5개년 계획 : 1991년 ~ 1995년",
                "ㅇ 산업기술개발 5개년 계획 : 1996년 ~ 2000년",
            ]),
        SegmentCase(
            name: "two footnotes on one line, dangling enumerator",
            input: """
            ㅇ 여성공학인 생애주기별 성장사다리 조성 및 현장체험 프로그램 확대
            * 리더스 포럼 멘토링('25.4월~12월, 30명), * 현장체험 여학생('25.4~12월, 1,667명)
            * ➊ 음극재(인조, 천연흑연), ➋ 양극재(황산니켈, NCM 전구체, 수산화리튬), ➌ 반도체 소재(형석, 무수불산), ➏
            요소, ➐ 마그네슘, ➑ 몰리브덴
            """,
            expected: [
                "ㅇ 여성공학인 생애주기별 성장사다리 조성 및 현장체험 프로그램 확대",
                "* 리더스 포럼 멘토링('25.4월~12월, 30명),",
                "* 현장체험 여학생('25.4~12월, 1,667명)",
                "* ➊ 음극재(인조, 천연흑연), ➋ 양극재(황산니켈, NCM 전구체, 수산화리튬), ➌ 반도체 소재(형석, 무수불산), ➏ 요소, ➐ 마그네슘, ➑ 몰리브덴",
            ]),
        SegmentCase(
            name: "table without tabs: one row per line",
            input: """
            ㅇ 산업별 디지털전환 촉진을 위한 선도사업 지속 확대
            < 2024년 신규 추진 산업 디지털전환 선도 모델 >
            산업 추진 내용
            자동차 전기차 핵심 공정에 대해 밸류체인 협력기업 간 AI 기반 자율생산 시스템 개발
            조선 기자재-선박-항만-해운 등 끊김없는 데이터 연결을 통한 자율운항선박 新서비스 창출
            뿌리 대기업이 보유한 플라스틱 사출공정 AI 제어기술을 협력 뿌리기업에 확산
            ㅇ 「AI + R&DI 추진전략」을 발표하고(10.17일 산업디지털전환위원회) AI를
            연구설계·실험 수행에 지원하는 600개 프로젝트를 추진
            """,
            expected: [
                "ㅇ 산업별 디지털전환 촉진을 위한 선도사업 지속 확대",
                "< 2024년 신규 추진 산업 디지털전환 선도 모델 >",
                "산업 추진 내용",
                "자동차 전기차 핵심 공정에 대해 밸류체인 협력기업 간 AI 기반 자율생산 시스템 개발",
                "조선 기자재-선박-항만-해운 등 끊김없는 데이터 연결을 통한 자율운항선박 新서비스 창출",
                "뿌리 대기업이 보유한 플라스틱 사출공정 AI 제어기술을 협력 뿌리기업에 확산",
                "ㅇ 「AI + R&DI 추진전략」을 발표하고(10.17일 산업디지털전환위원회) AI를 연구설계·실험 수행에 지원하는 600개 프로젝트를 추진",
            ]),
    ]

    // MARK: - Bullets and tables (press releases)

    static let structure: [SegmentCase] = [
        SegmentCase(
            name: "dash bullets under a title, circled enumerators",
            input: """
            '25년 산업AI 개발·확산에 4,800억원 투자

            - AI팩토리, AI반도체, 자율주행차 등 445개 과제 지원
            - '23년 산업 AI 기술개발 투자규모인 1,860억원 대비 2.5배 증가

            ❶ 첫째, 산업 AI 모델을 집중 개발해 도입할 수 있도록 지원한다.

            대표적으로 AI팩토리 과제는 특화 AI 개발을 지원한다. 이를 통해 파운데이션 AI 모델 등을 만들 계획이다.
            ③ 셋째, 인프라 조성에도 집중 투자한다.
            ▲지난달 24일 관계자들이 기념 사진 촬영을 하고 있다. (사진제공=산업통상부)
            • 등록 2026.01.28 21:15:17
            ※ AI팩토리, 자동차 분야는 일부 변동이 있을 수 있음
            """,
            expected: [
                "'25년 산업AI 개발·확산에 4,800억원 투자",
                "- AI팩토리, AI반도체, 자율주행차 등 445개 과제 지원",
                "- '23년 산업 AI 기술개발 투자규모인 1,860억원 대비 2.5배 증가",
                "❶ 첫째, 산업 AI 모델을 집중 개발해 도입할 수 있도록 지원한다.",
                "대표적으로 AI팩토리 과제는 특화 AI 개발을 지원한다.",
                "이를 통해 파운데이션 AI 모델 등을 만들 계획이다.",
                "③ 셋째, 인프라 조성에도 집중 투자한다.",
                "▲지난달 24일 관계자들이 기념 사진 촬영을 하고 있다.",
                "(사진제공=산업통상부)",
                "• 등록 2026.01.28 21:15:17",
                "※ AI팩토리, 자동차 분야는 일부 변동이 있을 수 있음",
            ]),
        SegmentCase(
            name: "tab-separated rows, one per row; a cell of ✓ items splits",
            input: "담당 부서\t산업기술정책과\t책임자\t과 장\t정 권\t044-203-4510\n\t\t담당자\t사무관\t최재혁\t044-203-4513\n"
                + "규모\t총 100억('25년 25억)\t주관기관\tDN솔루션즈\n"
                + "기술개발 내용\t✓ 첨단 절삭장비 개발 ✓ AI 절삭 플랫폼을 구축하고 공장에 실증·적용\t\t\n"
                + "분야\t지원 과제수\t총 투자규모(억원)\nAI 팩토리\t44\t1,516\n",
            expected: [
                "담당 부서 산업기술정책과 책임자 과 장 정 권 044-203-4510",
                "담당자 사무관 최재혁 044-203-4513",
                "규모 총 100억('25년 25억) 주관기관 DN솔루션즈",
                "기술개발 내용",
                "✓ 첨단 절삭장비 개발",
                "✓ AI 절삭 플랫폼을 구축하고 공장에 실증·적용",
                "분야 지원 과제수 총 투자규모(억원)",
                "AI 팩토리 44 1,516",
            ]),
        SegmentCase(
            name: "a figure cut from its qualifier or its announcing word by a PDF line break runs on",
            input: "  ㅇ 다만, 수출액은 '23년 1,205억원\n    내외로 목표 대비 부진\n"
                + "□ 입주기업 지원에 최대\n  3,150억원을 투자\n"
                + "□ 이상기후 대응\n  ㅇ 피해 농가 지원",
            expected: [
                "ㅇ 다만, 수출액은 '23년 1,205억원 내외로 목표 대비 부진",
                "□ 입주기업 지원에 최대 3,150억원을 투자",
                "□ 이상기후 대응",
                "ㅇ 피해 농가 지원",
            ]),
        SegmentCase(
            name: "a triangle before a number in a cell is a decrease, not a bullet",
            input: "분야\t2024년\t2025년\t증감률\n교육\t89.7\t89.3\t△0.4\nR&D\t26.5\t29.7\t▲11.8\n구분\t내용\n지원\t△ 기술개발 △ 실증\n",
            expected: [
                "분야 2024년 2025년 증감률",
                "교육 89.7 89.3 △0.4",
                "R&D 26.5 29.7 ▲11.8",
                "구분 내용",
                "지원",
                "△ 기술개발 △ 실증",
            ]),
        SegmentCase(
            name: "rows laid out by wide spacing, bars and box rules are one sentence each",
            input: """
                                                  (단위: 억원)
            구  분          ’25        ’26       합계
            혁신밸리        240        480        720
            합  계          645      1,100      1,745
            구분 | 2024년 | 2023년 |
            ---|---|---|
            합계 | 829,350 | 791,953 |
            ├──────┼─────┤
            │◆ 총지출 │ 512.3 │ 555.8 │
            붙임  1. 기본계획 요약 1부.
            □  사업목적  :  구매연계 R&D 지원
            """,
            expected: [
                "(단위: 억원)",
                "구 분 '25 '26 합계",
                "혁신밸리 240 480 720",
                "합 계 645 1,100 1,745",
                "구분 | 2024년 | 2023년 |",
                "---|---|---|",
                "합계 | 829,350 | 791,953 |",
                "├──────┼─────┤",
                "│◆ 총지출 │ 512.3 │ 555.8 │",
                "붙임 1. 기본계획 요약 1부.",
                "□ 사업목적 : 구매연계 R&D 지원",
            ]),
        SegmentCase(
            name: "prose typed with double spaces is no row: it splits at its sentence ends",
            input: """
            산업통상부는 올해  연구개발 예산을  2조 원으로 늘렸다고  밝혔다.  이어 지역 기업 100곳을 지원한다.
            정부는  내년에  AI 팩토리가  500개로 늘어난다.
            """,
            expected: [
                "산업통상부는 올해 연구개발 예산을 2조 원으로 늘렸다고 밝혔다.",
                "이어 지역 기업 100곳을 지원한다.",
                "정부는 내년에 AI 팩토리가 500개로 늘어난다.",
            ]),
        SegmentCase(
            name: "a lettered item keeps its marker; a subtitle in dashes ends at its closing dash",
            input: """
            1. 사업개요
              가. 사업목적
                ◦ 국민 누구나 문화를 누릴 수 있도록 지원
              나. 사업기간 : 2014년 ~ 계속
            - 건전재정기조 확립으로 재정의 책임성 제고 -
            - 혁신생태계 조성, 안보·안전에 중점 투자 -
            정부는 3.26일 지침을 의결했다.
            """,
            expected: [
                "1. 사업개요",
                "가. 사업목적",
                "◦ 국민 누구나 문화를 누릴 수 있도록 지원",
                "나. 사업기간 : 2014년 ~ 계속",
                "- 건전재정기조 확립으로 재정의 책임성 제고 -",
                "- 혁신생태계 조성, 안보·안전에 중점 투자 -",
                "정부는 3.26일 지침을 의결했다.",
            ]),
        SegmentCase(
            name: "caption in angle brackets and reference heading",
            input: "< 5.29.(목) 조간 >\n참고1\n\n산업 AI 기술개발 유형별 대표과제\n\n① 산업 AI 공통모델 개발: AI 팩토리\n[별첨] 시행계획",
            expected: ["< 5.29.(목) 조간 >", "참고1", "산업 AI 기술개발 유형별 대표과제", "① 산업 AI 공통모델 개발: AI 팩토리", "[별첨] 시행계획"]),
    ]

    @Test(arguments: prose + plans + structure)
    func segments(_ c: SegmentCase) {
        #expect(sentences(c.input) == c.expected)
    }

    // MARK: - Kinds

    @Test func kinds() {
        let (_, result) = segmentText("1. 의결주문\nㅇ 시행계획(안)을 의결함\n정부는 투자한다. 이어 논의했다.\n분야\t과제수\n- 3 -")
        #expect(result.map(\.kind) == [.heading, .bullet, .prose, .prose, .tableRow, .heading])
    }

    // MARK: - Ending table

    @Test func endings() {
        func ending(_ word: String) -> LineEnding {
            let s = Array(word.unicodeScalars)
            return KoreanEndings.classify(last: s[s.count - 1], prev: s.count > 1 ? s[s.count - 2] : nil,
                                          prevPrev: s.count > 2 ? s[s.count - 3] : nil)
        }
        for w in ["추진한다", "의결함", "예정임", "완료됨", "있음", "감사합니다", "가세요", "그렇죠", "했다."] {
            #expect(ending(w) == .final, "\(w)")
        }
        for w in ["예산을", "지원하고", "위한", "산업의", "확대하여", "관련,", "분야별", "및"] {
            #expect(ending(w) == .continues, "\(w)")
        }
        for w in ["추진", "주요", "필요", "다음", "회의", "참고", "보고서", "참여", "올해", "기록", "게임", "바다", "개별"] {
            #expect(ending(w) == .open, "\(w)")
        }
    }
}

@Suite struct WrappedProseTests {
    /// A hard-wrapped PDF paragraph: lines cut inside words and after nouns join; `다.` ends.
    @Test func wrappedParagraph() {
        let input = """
        □ 산업통상자원부는 산업 AI를 활용해 생산성을 높이고 동시에 AI 기반의 혁신 제품과
        서비스를 창출하기 위해 올해 445개 과제에 4,787억원을 투자한다고 밝혔다. 이는 다
        양한 업종의 기업들이 공통으로 활용할 수 있는 산업 AI 모델을 개발하는 사업이다.
        ㅇ 기존에 추진 중인 297개 과제에 더해 올해 새롭게 시작되는 148개 과제를 포함
        ㅇ 산업 데이터의 이전·활용이 효율적으로 이뤄지도록 산업별 데이터를 표준화하고
        대형 테스트베드를 구축하는 등 산업AI 생태계 조성에도 적극 나설 계획
        """
        #expect(sentences(input) == [
            "□ 산업통상자원부는 산업 AI를 활용해 생산성을 높이고 동시에 AI 기반의 혁신 제품과 서비스를 창출하기 위해 올해 445개 과제에 4,787억원을 투자한다고 밝혔다.",
            "이는 다 양한 업종의 기업들이 공통으로 활용할 수 있는 산업 AI 모델을 개발하는 사업이다.",
            "ㅇ 기존에 추진 중인 297개 과제에 더해 올해 새롭게 시작되는 148개 과제를 포함",
            "ㅇ 산업 데이터의 이전·활용이 효율적으로 이뤄지도록 산업별 데이터를 표준화하고 대형 테스트베드를 구축하는 등 산업AI 생태계 조성에도 적극 나설 계획",
        ])
    }
}
