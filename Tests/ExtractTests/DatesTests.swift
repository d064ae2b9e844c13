import Foundation
import Testing
@testable import Extract

/// One expected date: the sentence, the reference date (ISO or nil), the mention text (normalized)
/// and its value, written by hand.
struct DateCase: CustomTestStringConvertible, Sendable {
    var input: String
    var reference: String?
    var text: String
    var value: String? = nil
    var from: String? = nil
    var to: String? = nil
    var relative = false
    var deadline = false
    /// What a relative date was resolved against when it is not the reference date itself (the
    /// year written before it: `2024`).
    var against: String? = nil
    var attachedTo: String? = nil

    var testDescription: String { "\(text) in \(input)" }
}

private func dates(_ input: String, reference: String?) -> [(text: String, value: DateValue, rule: String)] {
    let ref = reference.flatMap(CalendarDate.init(iso:))
    let x = ExtractionInput(string: input, context: DocumentContext(referenceDate: ref))
    return DateExtractor().extract(from: x).compactMap { m in
        guard case .date(let v) = m.value else { return nil }
        return (x.text.string(m.range), v, m.rule)
    }
}

@Suite struct DateExtractorTests {
    // Written dates, at the precision written.
    static let written: [DateCase] = [
        DateCase(input: "  • 등록 2026.01.28 21:15:17", reference: nil, text: "2026.01.28 21:15:17", value: "2026-01-28T21:15:17"),
        DateCase(input: "입력 2026-01-26 11:00", reference: nil, text: "2026-01-26 11:00", value: "2026-01-26T11:00"),
        DateCase(input: "연 월 일\n2025. 5. 30.\n(제 72 회)", reference: nil, text: "2025. 5. 30.", value: "2025-05-30"),
        DateCase(input: "보도시점 2025. 5. 28.(수) 11:00 배포 2023. 5. 28.(수)", reference: nil, text: "2025. 5. 28.", value: "2025-05-28"),
        DateCase(input: "보도시점 2025. 5. 28.(수) 11:00 배포 2023. 5. 28.(수)", reference: nil, text: "2023. 5. 28.", value: "2023-05-28"),
        DateCase(input: "면담을 하고 있다. 2026.1.22 (ⓒ뉴스1, 산업통상부 제공)", reference: nil, text: "2026.1.22", value: "2026-01-22"),
        DateCase(input: "2025년도 시행계획\n2025. 5\n산업통상자원부", reference: nil, text: "2025. 5", value: "2025-05"),
        DateCase(input: "행사는 2025년 5월 28일(수) 열린다.", reference: nil, text: "2025년 5월 28일", value: "2025-05-28"),
        DateCase(input: "2025년 3월 발표한 계획", reference: nil, text: "2025년 3월", value: "2025-03"),
        DateCase(input: "2024년 주요실적", reference: nil, text: "2024년", value: "2024"),
        DateCase(input: "2025학년도 대입 정원", reference: nil, text: "2025학년도", value: "2025"),
        DateCase(input: "2013학년도부터 2024학년도까지 총 809명", reference: nil, text: "2013학년도부터 2024학년도까지", from: "2013", to: "2024"),
        DateCase(input: "혁신계획의 2025년도 시행계획(안)을", reference: nil, text: "2025년도", value: "2025"),
        DateCase(input: "비전 2030년 글로벌 3대 산업기술 강국 도약", reference: nil, text: "2030년", value: "2030"),
        DateCase(input: "2026년 상반기 중 착수", reference: nil, text: "2026년 상반기", value: "2026-H1"),
        DateCase(input: "2025년 3분기 실적", reference: nil, text: "2025년 3분기", value: "2025-Q3"),
        DateCase(input: "회의는 2025년 5월 28일 오후 2시 30분에 열린다", reference: nil, text: "2025년 5월 28일 오후 2시 30분", value: "2025-05-28T14:30"),
        DateCase(input: "기사입력 2024.03.05 오후 2:30 | 최종수정", reference: nil, text: "2024.03.05 오후 2:30", value: "2024-03-05T14:30"),
        DateCase(input: "2037·2038년 준공 예정", reference: nil, text: "2037", value: "2037"),
        DateCase(input: "2037·2038년 준공 예정", reference: nil, text: "2038년", value: "2038"),
        DateCase(input: "25년 상반기 출시 예정", reference: nil, text: "25년 상반기", value: "2025-H1"),
        // A quotation mark before a four-digit year opens a title (not `'24`, a short year).
        DateCase(input: "통계청이 14일 발표한 '2024년 7월 고용동향'에 따르면", reference: "2024-08-14", text: "2024년 7월", value: "2024-07"),
        DateCase(input: "황금돼지의 해 '2019년 기해년'을 맞아", reference: "2018-12-18", text: "2019년", value: "2019"),
        // Short years after an apostrophe (’ ‘ ` ´ are folded to it).
        DateCase(input: "'25년 산업AI 개발·확산에 4,800억원 투자", reference: nil, text: "'25년", value: "2025"),
        DateCase(input: "초격차 프로젝트 추진체계 마련(‘24.3), 로드맵 마련(’24.5)", reference: nil, text: "'24.3", value: "2024-03"),
        DateCase(input: "「AI+R&DI 추진전략(’24.10)」 발표", reference: nil, text: "'24.10", value: "2024-10"),
        DateCase(input: "「기술이전법」('24~'28) 개정", reference: nil, text: "'24~'28", from: "2024", to: "2028"),
        DateCase(input: "「AI+R&DI 추진전략」('24~'28) 발표", reference: nil, text: "'24~'28", from: "2024", to: "2028",
                 attachedTo: "AI+R&DI 추진전략"),
        DateCase(input: "「기술이전법」 개정*('24.12)으로", reference: nil, text: "'24.12", value: "2024-12"),
        DateCase(input: "예타 면제(’24.8월)", reference: nil, text: "'24.8월", value: "2024-08"),
        DateCase(input: "수요조사 실시(‘24. 12월)", reference: nil, text: "'24. 12월", value: "2024-12"),
        DateCase(input: "예타 완료('25.1분기) 및 산업", reference: nil, text: "'25.1분기", value: "2025-Q1"),
        DateCase(input: "지원방안」 마련('25.下)", reference: nil, text: "'25.下", value: "2025-H2"),
        DateCase(input: "범위조정('25.上)", reference: nil, text: "'25.上", value: "2025-H1"),
        DateCase(input: "개선 사항 발굴(‘25.상반기)", reference: nil, text: "'25.상반기", value: "2025-H1"),
        DateCase(input: "개선 사항 발굴(‘25년 상반기) → 하반기 규정 개정", reference: nil, text: "'25년 상반기", value: "2025-H1"),
        DateCase(input: "* 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원", reference: nil, text: "'24", value: "2024"),
        DateCase(input: "* 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원", reference: nil, text: "'25", value: "2025"),
        DateCase(input: "경쟁력 수준 88%(‘23) → 93%(‘28)", reference: nil, text: "'28", value: "2028"),
        DateCase(input: "실증 지원을 확대('25. 5개 기업 추가)하고", reference: nil, text: "'25", value: "2025"),
        DateCase(input: "시행규칙 개정(’24.11.14)", reference: nil, text: "'24.11.14", value: "2024-11-14"),
        DateCase(input: "코리아유레카데이(’24년 6월, 터키)", reference: nil, text: "'24년 6월", value: "2024-06"),
        DateCase(input: "’24년에 향후 5년간 우리", reference: nil, text: "'24년", value: "2024"),
        DateCase(input: "(’24년도 예산)", reference: nil, text: "'24년도", value: "2024"),
    ]

    // Periods, open periods and deadlines.
    static let periods: [DateCase] = [
        // Two four-digit years joined by a dash, the second written with 년.
        DateCase(input: "경실련은 8일 오전 기자회견을 열고 '2022-2023년 국정감사 현황' 분석 결과를 발표했다.", reference: "2024-10-08",
                 text: "2022-2023년", from: "2022", to: "2023"),
        // A weekday between a day and its particle (`17일(수)부터 25일(목)까지`).
        DateCase(input: "서울 강북구(구청장 이순희)는 17일(수)부터 25일(목)까지 2024년 갑진년 새해를 맞아", reference: "2024-01-15",
                 text: "17일(수)부터 25일(목)까지", from: "2024-01-17", to: "2024-01-25", relative: true),
        // The end writes its month with a dot, as the start does (`2025. 1. ~ 12.`).
        DateCase(input: "나. 사업기간 : 2025. 1. ~ 12. 다. 사업대상 : 발전소 반경 5km 이내 지역(마을)", reference: nil,
                 text: "2025. 1. ~ 12.", from: "2025-01", to: "2025-12"),
        // The end writes month and day only, with the blanks the start writes.
        DateCase(input: "가. 신청서 교부 및 접수기간 : 2021. 1. 4 ~ 1. 11.(평일 근무시간 내)", reference: "2021-01-04",
                 text: "2021. 1. 4 ~ 1. 11.", from: "2021-01-04", to: "2021-01-11"),
        // The start's weekday before the tilde; an end that writes only month and day.
        DateCase(input: "□ 공고기간 : 2020. 12. 30.(수) ~ 2021. 2. 19.(금) (52일간)", reference: nil,
                 text: "2020. 12. 30.(수) ~ 2021. 2. 19.", from: "2020-12-30", to: "2021-02-19"),
        DateCase(input: "접수 2025. 3. 4.(화)~3. 14.(금) 18:00까지", reference: nil,
                 text: "2025. 3. 4.(화)~3. 14.", from: "2025-03-04", to: "2025-03-14"),
        DateCase(input: "□ (일정) 공고('25.1.15.~2.14.) → 평가('25.3~4월)", reference: nil, text: "'25.1.15.~2.14.",
                 from: "2025-01-15", to: "2025-02-14"),
        DateCase(input: "신청: 2024.11.1.~11.30.까지", reference: nil, text: "2024.11.1.~11.30.", from: "2024-11-01", to: "2024-11-30"),
        DateCase(input: "제8차 산업기술혁신계획('24∼'28)", reference: nil, text: "'24~'28", from: "2024", to: "2028",
                 attachedTo: "제8차 산업기술혁신계획"),
        DateCase(input: "제8차 산업기술혁신계획(`24∼`28) 수립", reference: nil, text: "'24~'28", from: "2024", to: "2028",
                 attachedTo: "제8차 산업기술혁신계획"),
        DateCase(input: "기간\t'24~'28년(4년)\t참여기관", reference: nil, text: "'24~'28년", from: "2024", to: "2028"),
        DateCase(input: "ㅇ 제8차 산업기술혁신계획 : 2024년 ∼ 2028년", reference: nil, text: "2024년 ~ 2028년", from: "2024", to: "2028",
                 attachedTo: "제8차 산업기술혁신계획"),
        DateCase(input: "ㅇ 생산기술발전 5개년 계획 : 1991년 ∼ 1995년", reference: nil, text: "1991년 ~ 1995년", from: "1991", to: "1995",
                 attachedTo: "생산기술발전 5개년 계획"),
        DateCase(input: "현장 간담회(‘25.1~9월), 전문가", reference: nil, text: "'25.1~9월", from: "2025-01", to: "2025-09"),
        DateCase(input: "현장체험 여학생(’25.4~12월, 1,667명)", reference: nil, text: "'25.4~12월", from: "2025-04", to: "2025-12"),
        DateCase(input: "리더스 포럼 멘토링(’25.4월~12월, 30명)", reference: nil, text: "'25.4월~12월", from: "2025-04", to: "2025-12"),
        DateCase(input: "586건 수요 발굴(’24.2~4월)", reference: nil, text: "'24.2~4월", from: "2024-02", to: "2024-04"),
        DateCase(input: "< ’20년 시범사업 → ’22년~‘26년 3단계 본연구 >", reference: nil, text: "'22년~'26년", from: "2022", to: "2026"),
        DateCase(input: "국가가 지원하는 대형 사업(‘25~’29) 추진", reference: nil, text: "'25~'29", from: "2025", to: "2029",
                 attachedTo: "대형 사업"),
        DateCase(input: "사업(‘25~’29, ’25년 51.7억원)", reference: nil, text: "'25~'29", from: "2025", to: "2029"),
        DateCase(input: "2024~2028년 중장기 계획", reference: nil, text: "2024~2028년", from: "2024", to: "2028"),
        DateCase(input: "2025년 말까지 구축한다", reference: nil, text: "2025년 말까지", to: "2025", deadline: true),
        DateCase(input: "2024년 1월부터 12월까지 집계", reference: nil, text: "2024년 1월부터 12월까지", from: "2024-01", to: "2024-12"),
        DateCase(input: "(2024. 1. 1. ~ 2024. 12. 31.)", reference: nil, text: "2024. 1. 1. ~ 2024. 12. 31.", from: "2024-01-01", to: "2024-12-31"),
        DateCase(input: "2025년 3~5월 중 실시", reference: nil, text: "2025년 3~5월", from: "2025-03", to: "2025-05"),
        DateCase(input: "2025년부터 2028년까지 투입한다", reference: nil, text: "2025년부터 2028년까지", from: "2025", to: "2028"),
        DateCase(input: "기술위원회 운영('25.6월~)", reference: nil, text: "'25.6월~", from: "2025-06"),
        DateCase(input: "포럼」 운영('25.3월~)", reference: nil, text: "'25.3월~", from: "2025-03"),
        DateCase(input: "실증 안착 컨설팅 추진('25.下~)", reference: nil, text: "'25.下~", from: "2025-H2"),
        DateCase(input: "융합과제 발굴(~'25년 10개 목표)", reference: nil, text: "~'25년", to: "2025"),
        DateCase(input: "전문가 심포지엄 개최(~’25.3월)", reference: nil, text: "~'25.3월", to: "2025-03"),
        DateCase(input: "2030년까지 산연 공동연구실 30곳을 구축한다.", reference: "2026-01-28", text: "2030년까지", to: "2030", deadline: true),
        DateCase(input: "비중을 2018년까지 15% 이상으로 확대", reference: "2023-12-05", text: "2018년까지", to: "2018", deadline: true),
        DateCase(input: "우선 부여(~3월), 이후", reference: "2025-05-30", text: "~3월", to: "2025-03", relative: true),
    ]

    // Resolved against the reference date (or the year written just before).
    static let relative: [DateCase] = [
        // `M.D일`: month and day apart by a dot, the day marked by 일 (기획재정부 releases).
        DateCase(input: "정부는 3.26일 「2025년도 예산안 편성지침」을 의결했다.", reference: "2024-03-26", text: "3.26일",
                 value: "2024-03-26", relative: true),
        DateCase(input: "관계장관회의(12.5일(목))에서 논의", reference: "2024-12-01", text: "12.5일", value: "2024-12-05", relative: true),
        DateCase(input: "정부는 올해 지역 산업기술 혁신을 위한", reference: "2026-01-28", text: "올해", value: "2026", relative: true),
        DateCase(input: "금년 예산은", reference: "2025-05-28", text: "금년", value: "2025", relative: true),
        DateCase(input: "내년 대형과제로 본격 추진", reference: "2026-01-28", text: "내년", value: "2027", relative: true),
        DateCase(input: "내후년 완공", reference: "2026-01-28", text: "내후년", value: "2028", relative: true),
        DateCase(input: "올해 지난해보다 12개 늘어난", reference: "2026-01-26", text: "지난해", value: "2025", relative: true),
        DateCase(input: "286곳(작년 기준)에 달한다.", reference: "2026-01-26", text: "작년", value: "2025", relative: true),
        DateCase(input: "이는 전년 대비 11.5% 증가한 규모", reference: "2026-01-26", text: "전년", value: "2025", relative: true),
        DateCase(input: "내년도 예산안", reference: "2023-12-05", text: "내년도", value: "2024", relative: true),
        DateCase(input: "올해 하반기 중 발표", reference: "2025-05-28", text: "올해 하반기", value: "2025-H2", relative: true),
        DateCase(input: "내년 3월 시행", reference: "2025-05-28", text: "내년 3월", value: "2026-03", relative: true),
        DateCase(input: "▲지난달 24일 서울 중구 대한상공회의소", reference: "2026-01-26", text: "지난달 24일", value: "2025-12-24", relative: true),
        DateCase(input: "다음 달 5일 발표", reference: "2025-12-10", text: "다음 달 5일", value: "2026-01-05", relative: true),
        DateCase(input: "이달 중 공고", reference: "2025-05-28", text: "이달", value: "2025-05", relative: true),
        DateCase(input: "정부는 지난 6월 윤석열 대통령이", reference: "2023-12-05", text: "지난 6월", value: "2023-06", relative: true),
        DateCase(input: "지난 11월 발표", reference: "2026-01-26", text: "지난 11월", value: "2025-11", relative: true),
        DateCase(input: "오는 3월 시행", reference: "2025-05-28", text: "오는 3월", value: "2026-03", relative: true),
        DateCase(input: "산업통상부는 28일 무역보험공사 대회의실에서", reference: "2026-01-28T21:15:17", text: "28일", value: "2026-01-28", relative: true),
        DateCase(input: "장관이 22일 오후 전북특별자치도청에서", reference: "2026-01-28", text: "22일 오후", value: "2026-01-22", relative: true),
        DateCase(input: "27일 1차 공고를 통해 9개 과제를", reference: "2026-01-26", text: "27일", value: "2026-01-27", relative: true),
        DateCase(input: "< 5.29.(목) 조간 >", reference: "2025-05-28", text: "5.29.", value: "2025-05-29", relative: true),
        DateCase(input: "※ 자동차 분야는 6월중 개최되는 사업심의위원회", reference: "2025-05-28", text: "6월", value: "2025-06", relative: true),
        DateCase(input: "’25년 상반기 → 하반기 규정 개정", reference: "2025-05-30", text: "하반기", value: "2025-H2", relative: true, against: "2025"),
        // 전년: the year before the one the sentence is about, when the sentence writes it first.
        DateCase(input: "○ 쉬었음 인구는 '23.4분기 기준 22.4만명으로 전년 동기 대비 3.1만명 늘어남", reference: "2025-06-30",
                 text: "전년", value: "2022", relative: true, against: "2023"),
        DateCase(input: "2024년 수출은 전년 대비 8.2% 증가했다.", reference: "2025-02-01", text: "전년", value: "2023",
                 relative: true, against: "2024"),
        DateCase(input: "전년 대비 사업화 성공률 1.8%p 상승", reference: "2025-06-30", text: "전년", value: "2024", relative: true),
        DateCase(input: "수출은 2023년보다 늘었고 올해는 전년 대비 3% 늘 전망이다.", reference: "2025-02-01", text: "전년",
                 value: "2024", relative: true),
        // `지난 1990년부터`: the year a series starts from is not the year the sentence is about.
        DateCase(input: "환경부가 지난 1990년부터 발간해 오고 있는 이 환경백서에는 전년도에 추진한 주요 환경정책 내용",
                 reference: "2008-08-01", text: "전년도", value: "2007", relative: true),
        // …or the year of the sentence just before it in the paragraph.
        DateCase(input: "2021년 보건복지부 예산안 90조1536억 원 편성\n- 전년 대비 9.2% 증가, 정부 총지출 중 16.2% -", reference: "2020-09-01",
                 text: "전년", value: "2020", relative: true, against: "2021"),
        DateCase(input: "문화체육관광부의 2019년도 예산이 총 5조 9,233억 원으로 확정됐다. 정부안보다 925억 증액된 이번 예산은 역대 최대 규모지만 관광 예산은 전년도와 비슷한 수준에 머물렀다.",
                 reference: "2018-12-10", text: "전년도", value: "2018", relative: true, against: "2019"),
        // A year compared with (`작년 동월보다`, `지난해 같은 기간에 비해`) is not the year of what follows.
        DateCase(input: "6월 합계출산율은 0.76명으로 작년 동월보다 0.06명 증가했고, 2분기 합계출산율도 0.76명으로 0.05명 늘었다.",
                 reference: "2025-08-27", text: "2분기", value: "2025-Q2", relative: true),
        DateCase(input: "17일 의료보험연합회에 따르면 올들어 상반기중 진료건수는 지난해 같은 기간에 비해 2천건 증가했다.\n반면에 총진료비는 3조6천4백53억원으로 전년 동기의 2조9천3백81억원보다 무려7천72억원 늘어났다.",
                 reference: "1996-09-17", text: "전년", value: "1995", relative: true),
        // A quarter or month that has not begun by the document's date, told in the past, is last
        // year's; told in the future, this year's.
        DateCase(input: "4분기 가구당 월평균 비소비지출은 98만원으로 전년동분기대비 5.6% 늘었다.", reference: "2024-02-29",
                 text: "4분기", value: "2023-Q4", relative: true),
        DateCase(input: "지난해 국내 벤처투자 규모가 12조원을 넘어서며 2년 연속 증가했다. 특히 4분기 투자액이 3조 8천억원으로 분기 기준 최대를 기록했다.",
                 reference: "2026-02-10T06:00", text: "4분기", value: "2025-Q4", relative: true),
        DateCase(input: "9월에는 국도 여주 우회 등 2건(21.2㎞) 확장 공사가 완료되며 10월에는 녹동-도덕 등 2건(18.9㎞)이 선보인다.",
                 reference: "2007-04-23", text: "9월", value: "2007-09", relative: true),
        // `올` (this year) with what it dates.
        DateCase(input: "고속국도는 올 하반기 중 집중적으로 뚫린다.", reference: "2007-04-23", text: "올 하반기", value: "2007-H2", relative: true),
        DateCase(input: "대전고용노동청은 올 한해 관할 사업장 837곳을 대상으로 근로감독을 실시한 결과", reference: "2024-11-27",
                 text: "올 한해", value: "2024", relative: true),
        // A period within one written year is the year of the months after it, as a single date is.
        DateCase(input: "지난해 12월(28만5000명) 한 달 만에 반등한 뒤 올해 1~2월 30만명대 증가를 이어가다 3월(17만3000명)에는 37개월 만에 최소 증가폭을 보였다.",
                 reference: "2024-08-14", text: "3월", value: "2024-03", relative: true, against: "2024"),
        // A month and day that would come after the document's date, in lines reporting an earlier
        // written year, is in that year; a dated line (`배포 2023. 5. 28.`, a typo) is no such year.
        DateCase(input: "< 2024년 신규 추진 산업 디지털전환 선도 모델 >\n뿌리 대기업이 보유한 플라스틱 사출공정 AI 제어기술을 협력 뿌리기업에 확산\n"
                    + "ㅇ 「AI + R&DI 추진전략」을 발표하고(10.17일 산업디지털전환위원회) AI를",
                 reference: "2025-05-30", text: "10.17일", value: "2024-10-17", relative: true, against: "2024"),
        DateCase(input: "< 2024년 신규 추진 산업 디지털전환 선도 모델 >\nㅇ 「AI + R&DI 추진전략」을 10.17일 산업디지털전환위원회에서 발표한다.",
                 reference: "2025-05-30", text: "10.17일", value: "2025-10-17", relative: true),   // hand-made guard: told in the present
        DateCase(input: "보도시점 2025. 5. 28.(수) 11:00 배포 2023. 5. 28.(수)\n< 5.29.(목) 조간 >", reference: "2025-05-28T11:00",
                 text: "5.29.", value: "2025-05-29", relative: true),
        // A month without a year takes the year written just before it (the line above here).
        DateCase(input: "* ‘24년 초격차 프로젝트 대상 1조 3,099억원 투자\nㅇ 로드맵 마련(5월)하고 매년 이행상황", reference: "2025-05-30",
                 text: "5월", value: "2024-05", relative: true, against: "2024"),
        DateCase(input: "라운드테이블(’24.3월,6월) 개최", reference: "2025-05-30", text: "6월", value: "2024-06", relative: true, against: "2024"),
        DateCase(input: "5월 10~12일 개최", reference: "2025-01-02", text: "5월 10~12일", from: "2025-05-10", to: "2025-05-12", relative: true),
        DateCase(input: "지난 3일 열린 회의에서", reference: "2024-03-05", text: "지난 3일", value: "2024-03-03", relative: true),
        DateCase(input: "지난 10일 열린 회의에서", reference: "2024-03-05", text: "지난 10일", value: "2024-02-10", relative: true),
        DateCase(input: "오는 20일까지 의견을 받는다", reference: "2024-03-05", text: "오는 20일까지", to: "2024-03-20", relative: true, deadline: true),
        DateCase(input: "이번 달 말까지 접수", reference: "2024-03-05", text: "이번 달 말까지", to: "2024-03", relative: true, deadline: true),
        DateCase(input: "3·4분기 각 2편을 제작", reference: "2025-05-28", text: "3", value: "2025-Q3", relative: true),
        DateCase(input: "3·4분기 각 2편을 제작", reference: "2025-05-28", text: "4분기", value: "2025-Q4", relative: true),
        // A relative year is no context for the next line; a written one is.
        DateCase(input: "내년 초 시행.\n2분기 중 발표.", reference: "2024-03-05", text: "2분기", value: "2024-Q2", relative: true),
        DateCase(input: "< 2026년 계획 >\n2분기 중 발표.", reference: "2024-03-05", text: "2분기", value: "2026-Q2", relative: true, against: "2026"),
        // A day followed by a verb in the past tense has already come: the month before when the
        // day lies after the reference day, the same month otherwise.
        DateCase(input: "환경부는 22일 밝혔다", reference: "2024-12-10", text: "22일", value: "2024-11-22", relative: true),
        DateCase(input: "서울시는 예산안을 편성했다고 30일 밝혔습니다.", reference: "2025-01-02", text: "30일", value: "2024-12-30", relative: true),
        DateCase(input: "개정안이 26일 국무회의에서 의결됐다", reference: "2024-12-10", text: "26일", value: "2024-11-26", relative: true),
        DateCase(input: "기획재정부는 오늘(26일) 밝혔다", reference: "2024-12-10", text: "26일", value: "2024-11-26", relative: true),
        DateCase(input: "장관은 8일 기자간담회를 열었다", reference: "2024-12-10", text: "8일", value: "2024-12-08", relative: true),
        // The latest 31st up to 12월 10일 is in October (November has 30 days).
        DateCase(input: "시범 추진한다고 31일 밝혔다", reference: "2024-12-10", text: "31일", value: "2024-10-31", relative: true),
        DateCase(input: "지난 31일 열린 회의에서", reference: "2024-12-10", text: "지난 31일", value: "2024-10-31", relative: true),
        DateCase(input: "오는 31일까지 접수한다", reference: "2025-01-31", text: "오는 31일까지", to: "2025-01-31", relative: true, deadline: true),
        DateCase(input: "오는 30일 개최", reference: "2025-02-01", text: "오는 30일", value: "2025-03-30", relative: true),
        DateCase(input: "실장이 30일 오후 정부서울청사에서 열린 브리핑에 참석했다", reference: "2024-12-10", text: "30일 오후", value: "2024-11-30", relative: true),
        DateCase(input: "정부가 28일 발표한 대책에 따르면", reference: "2024-12-10", text: "28일", value: "2024-11-28", relative: true),
        // `이날` is the day written last before it (within a few sentences), else the reference day.
        DateCase(input: "금융위원회는 29일 개최된 회의에서 안건을 의결했다. 이날 회의에서 의결된 사업은", reference: "2024-12-10",
                 text: "이날", value: "2024-11-29", relative: true, against: "2024-11-29"),
        DateCase(input: "고용부는 24일 밝혔다. 이날 국회 본회의에서 예산이 의결됐다.", reference: "2024-12-26",
                 text: "이날", value: "2024-12-24", relative: true, against: "2024-12-24"),
        DateCase(input: "이날 행사에는 장관이 참석했다.", reference: "2024-12-10", text: "이날", value: "2024-12-10", relative: true),
        // Spaced, as older releases write it.
        DateCase(input: "이 날 기념식에서는 환경보전에 크게 기여한 시민단체, 기업체, 언론, 공공기관 등의 유공자 총 39명에게 훈장을 포함한 정부 포상이 수여된다.",
                 reference: "2010-06-04", text: "이 날", value: "2010-06-04", relative: true),
        // Over one empty line (the next paragraph of an article) the day still reaches; over two
        // in a row (another section) it does not.
        DateCase(input: "금융위원회는 29일 회의를 열었다.\n\n이날 의결된 사업은 3건이다.", reference: "2024-12-10",
                 text: "이날", value: "2024-11-29", relative: true, against: "2024-11-29"),
        DateCase(input: "금융위원회는 29일 회의를 열었다.\n\n\n이날 의결된 사업은 3건이다.", reference: "2024-12-10",
                 text: "이날", value: "2024-12-10", relative: true),
        // Single empty lines and subheadings between paragraphs are passed over.
        DateCase(input: "해양수산부는 24일 밝혔다.\n\n수산물 할인쿠폰 추가 발행\n피해 양식장 지원\n\n국회는 이날 추경안을 의결했다.",
                 reference: "2024-12-10", text: "이날", value: "2024-11-24", relative: true, against: "2024-11-24"),
        DateCase(input: "오늘(21일) 본회의에서 의결됐다.", reference: "2024-12-21", text: "오늘", value: "2024-12-21", relative: true),
        DateCase(input: "고용노동부는 19일 프레스센터에서 심의회를 열고 이같이 결정했다고 밝혔다", reference: "2024-12-10",
                 text: "19일", value: "2024-11-19", relative: true),
        // A subject right after the day: the sentence's final verb (`밝혔다`) dates it, not `교부할`.
        DateCase(input: "13일 행정안전부는 기획재정부와 협의해 추가로 확보한 세수 약 3조 원을 지자체에 교부할 예정이라고 밝혔다.",
                 reference: "2023-10-04", text: "13일", value: "2023-09-13", relative: true),
        // Another verb first, or none: the day stays in the reference month.
        DateCase(input: "19일 설명회를 열고 의견을 들을 예정이다", reference: "2024-12-10", text: "19일", value: "2024-12-19", relative: true),
        DateCase(input: "31일 필요한 예산을 제출할 계획이다", reference: "2024-12-10", text: "31일", value: "2024-12-31", relative: true),
        DateCase(input: "20일 열릴 회의에서 논의한다", reference: "2024-12-10", text: "20일", value: "2024-12-20", relative: true),
        DateCase(input: "시는 31일 시의회에 예산안을 제출할 계획이다", reference: "2024-12-10", text: "31일", value: "2024-12-31", relative: true),
        DateCase(input: "시는 31일 시의회에 예산안을 제출한다고 밝혔다", reference: "2024-12-10", text: "31일", value: "2024-12-31", relative: true),
        DateCase(input: "20일 개최되는 행사에 장관이 참석했다", reference: "2024-12-10", text: "20일", value: "2024-12-20", relative: true),
        DateCase(input: "25일 결과가 나올 수 있었다", reference: "2024-12-10", text: "25일", value: "2024-11-25", relative: true),
        DateCase(input: "15일 발표하겠다고 말했다", reference: "2024-12-10", text: "15일", value: "2024-12-15", relative: true),
        DateCase(input: "30일부터 접수했다", reference: "2024-12-10", text: "30일", value: "2024-12-30", relative: true),
        // A period ends after it starts: an end without a year of its own lies in the next year.
        DateCase(input: "1차(155개사, 31일~2월 28일) 접수", reference: "2025-01-30", text: "31일~2월 28일",
                 from: "2025-01-31", to: "2025-02-28", relative: true),
        DateCase(input: "신청 기간(12월 15일~1월 10일)", reference: "2024-12-10", text: "12월 15일~1월 10일",
                 from: "2024-12-15", to: "2025-01-10", relative: true),
        DateCase(input: "2024년 11월~2월 동계 운영", reference: nil, text: "2024년 11월~2월", from: "2024-11", to: "2025-02"),
        DateCase(input: "다음 달 1일부터 29일까지 난제를 모집한다", reference: "2024-12-10", text: "다음 달 1일부터 29일까지",
                 from: "2025-01-01", to: "2025-01-29", relative: true),
        // No reference date: the mention is kept, without a value.
        DateCase(input: "올해 예산은", reference: nil, text: "올해", relative: true),
        DateCase(input: "28일 밝혔다", reference: nil, text: "28일", relative: true),
    ]

    // Two-digit years: 20YY unless that is more than 50 years after the reference year, then 19YY.
    static let shortYears: [DateCase] = [
        DateCase(input: "25년도 예산안 편성", reference: "2025-05-28", text: "25년도", value: "2025"),
        // A budget is a year's: `18년 예산` is 2018's, not eighteen years.
        DateCase(input: "- 국회 심의에서 784억원 증액, 18년 예산 대비 2.7% 증가 -", reference: nil, text: "18년", value: "2018"),
        // `안`: the year's budget proposal in a budget table.
        DateCase(input: "지원 예산 : (’21년안) 1,314억 원", reference: "2020-09-01", text: "'21년안", value: "2021"),
        DateCase(input: "(’20) 12개소 → (’21안) 15개소", reference: "2020-09-01", text: "'21안", value: "2021"),
        DateCase(input: "* 프로그램 우선순위 ('24예산)", reference: nil, text: "'24", value: "2024"),
        DateCase(input: "1단계 : 수립지침 통보(23.12월 말)", reference: nil, text: "23.12월", value: "2023-12"),
        DateCase(input: "2023회계연도 결산 결과 불용액 1,234백만원 발생", reference: "2023-12-05", text: "2023회계연도", value: "2023"),
        DateCase(input: "연말까지 집행한다. 지난 2022년 대비 두 배다.\n12월 중순 발표 예정이다.", reference: "2024-11-20",
                 text: "12월", value: "2024-12", relative: true),
        DateCase(input: "산업부는 이날 회의를 열었다.", reference: "2024-11-20", text: "이날", value: "2024-11-20", relative: true),
        DateCase(input: "앞서 전날 기재부는 3분기 실적을 발표했고", reference: "2024-11-20", text: "전날", value: "2024-11-19", relative: true),
        DateCase(input: "장관은 오늘 국회에 출석해", reference: "2024-11-20", text: "오늘", value: "2024-11-20", relative: true),
        DateCase(input: "어제(19일) 발표된 통계에 따르면", reference: "2024-11-20", text: "어제", value: "2024-11-19", relative: true),
        DateCase(input: "그제 열린 간담회에서", reference: "2025-01-01", text: "그제", value: "2024-12-30", relative: true),
        DateCase(input: "전날 오후 긴급회의가 열렸다", reference: "2024-03-01", text: "전날", value: "2024-02-29", relative: true),
        DateCase(input: "전날 오후 긴급회의가 열렸다", reference: "2023-03-01", text: "전날", value: "2023-02-28", relative: true),
        DateCase(input: "’25년 추진 일정\n3월 사업 공고", reference: "2024-11-20", text: "3월", value: "2025-03", relative: true,
                 against: "2025"),
        DateCase(input: "정부는 2024회계년도 세입세출 결산을 국회에 제출했다", reference: nil, text: "2024회계년도", value: "2024"),
        DateCase(input: "26년도 상반기 공고", reference: "2025-05-28", text: "26년도 상반기", value: "2026-H1"),
        DateCase(input: "’24년도 결산", reference: "2025-05-28", text: "'24년도", value: "2024"),
        DateCase(input: "'98년 외환위기 이후", reference: "2025-05-28", text: "'98년", value: "1998"),
        DateCase(input: "'98년 외환위기 이후", reference: nil, text: "'98년", value: "2098"),
        DateCase(input: "’75년까지 단계적으로", reference: "2025-05-28", text: "'75년까지", to: "2075", deadline: true),
        DateCase(input: "’76년 설립된 연구원", reference: "2025-05-28", text: "'76년", value: "1976"),
        DateCase(input: "국가 R&D 사업('97~'01) 성과", reference: "2025-05-28", text: "'97~'01", from: "1997", to: "2001",
                 attachedTo: "국가 R&D 사업"),
        DateCase(input: "'50년 탄소중립 달성", reference: "2025-05-28", text: "'50년", value: "2050"),
        DateCase(input: "99년 상반기 출시", reference: "2025-05-28", text: "99년 상반기", value: "1999-H1"),
        DateCase(input: "협정 체결('91.3)", reference: "1995-06-01", text: "'91.3", value: "1991-03"),
        DateCase(input: "목표 시점('45.3월)", reference: "1995-06-01", text: "'45.3월", value: "2045-03"),
        DateCase(input: "전략 수립('46.3월)", reference: "1995-06-01", text: "'46.3월", value: "1946-03"),
        DateCase(input: "투자 실적(’24)", reference: "2025-05-28", text: "'24", value: "2024"),
    ]

    // The plan a period belongs to: the name right before its parenthesis (or colon).
    static let plans: [DateCase] = [
        DateCase(input: "* 바이오파운드리 인프라 및 활용기반 구축사업(‘25~’29, ’25년 51.7억원)", reference: nil, text: "'25~'29",
                 from: "2025", to: "2029", attachedTo: "바이오파운드리 인프라 및 활용기반 구축사업"),
        DateCase(input: "* 저품위 염호 리튬 추출 및 소재화 기술개발사업 (‘24~’27, ‘25년 50억원 투입)", reference: nil, text: "'24~'27",
                 from: "2024", to: "2027", attachedTo: "저품위 염호 리튬 추출 및 소재화 기술개발사업"),
        DateCase(input: "산업을 이끌 제8차 산업기술혁신계획('24~'28)을 수립", reference: nil, text: "'24~'28", from: "2024", to: "2028",
                 attachedTo: "제8차 산업기술혁신계획"),
        DateCase(input: "「반도체 초격차 전략」('25~'27) 발표", reference: nil, text: "'25~'27", from: "2025", to: "2027",
                 attachedTo: "반도체 초격차 전략"),
        DateCase(input: "정부는 반도체 특별 지원 사업('25~'27)을 추진", reference: nil, text: "'25~'27", from: "2025", to: "2027",
                 attachedTo: "반도체 특별 지원 사업"),
        DateCase(input: "- R&D 혁신 로드맵('24~'30) 마련", reference: nil, text: "'24~'30", from: "2024", to: "2030",
                 attachedTo: "R&D 혁신 로드맵"),
        DateCase(input: "ㅇ 제7차 산업기술혁신계획 : 2019년 ∼ 2023년", reference: nil, text: "2019년 ~ 2023년", from: "2019", to: "2023",
                 attachedTo: "제7차 산업기술혁신계획"),
        DateCase(input: "* (규모) 반도체첨단산업기술개발사업(’26~’30, 총 5,000억원)", reference: nil, text: "'26~'30", from: "2026", to: "2030",
                 attachedTo: "반도체첨단산업기술개발사업"),
        // An open period belongs to its plan too.
        DateCase(input: "- 소부장 특화단지 지원 사업('25~) 신설", reference: nil, text: "'25~", from: "2025",
                 attachedTo: "소부장 특화단지 지원 사업"),
        DateCase(input: "탄소중립 이행 로드맵(~'30년) 수립", reference: nil, text: "~'30년", to: "2030",
                 attachedTo: "탄소중립 이행 로드맵"),
        // The plan word alone names nothing; a single date or a non-plan word gets no plan.
        DateCase(input: "국가가 지원하는 대형 사업(‘25~’29) 추진", reference: nil, text: "'25~'29", from: "2025", to: "2029",
                 attachedTo: "대형 사업"),
        DateCase(input: "사업(‘25~’29, ’25년 51.7억원)", reference: nil, text: "'25~'29", from: "2025", to: "2029"),
        DateCase(input: "현장 간담회(‘25.1~9월), 전문가", reference: nil, text: "'25.1~9월", from: "2025-01", to: "2025-09"),
        DateCase(input: "「AI+R&DI 추진전략(’24.10)」 발표", reference: nil, text: "'24.10", value: "2024-10"),
        DateCase(input: "「기술이전법」('24~'28) 개정", reference: nil, text: "'24~'28", from: "2024", to: "2028"),
        DateCase(input: "「AI+R&DI 추진전략」('24~'28) 발표", reference: nil, text: "'24~'28", from: "2024", to: "2028",
                 attachedTo: "AI+R&DI 추진전략"),
        DateCase(input: "기간\t'24~'28년(4년)\t참여기관", reference: nil, text: "'24~'28년", from: "2024", to: "2028"),
    ]

    @Test(arguments: written + periods + relative + shortYears + plans)
    func reads(_ c: DateCase) {
        let found = dates(c.input, reference: c.reference)
        let match = found.first { $0.text == c.text }
        #expect(match != nil, "no date \(c.text) in \(found.map(\.text))")
        guard let v = match?.value else { return }
        #expect(v.value == c.value)
        #expect(v.from == c.from)
        #expect(v.to == c.to)
        #expect(v.relative == c.relative)
        #expect(v.deadline == c.deadline)
        #expect(v.attachedTo == c.attachedTo)
        // Every relative date names what it was resolved against; a written one names nothing.
        let against = c.relative ? (c.against ?? c.reference) : nil
        #expect(v.reference == against)
    }

    // Not dates: durations, ages, counts, rates, codes, ordinals, money, percentages.
    static let negatives: [String] = [
        // Lengths of days, not dates; a decimal inside a larger number.
        "교육은 1.5일간 진행", "2.5일 소요", "3.5일분의 비축", "10.25일 동안 운항",
        "오늘날 제조업의 경쟁력은",
        "'21안정화 대책",
        "전일제 근무를 원칙으로 한다",
        "대한민국의 내일을 여는 인재",
        "최대 7년 범위에서 휴·겸직 허용",
        "기간\t4년",
        "(4년)",
        "향후 5년간 우리",
        "신진연구자 주도 수요기술 개발(9개월, 36개 과제)",
        "* 24시간 변동률 기준",
        "생산기술발전 5개년 계획",
        "문의 : 산업기술정책과(044-203-4515, 4513)",
        "1,860억원 대비 2.5배 증가",
        "제8차 산업기술혁신계획",
        "1,860억원 대비",
        "6%에 못 미친 국제 협력 비중",
        "일반적으로 4~5년 동안 진행되는 R&D 사업과 달리 1~2년 내 AI 모델을",
        "비교적 짧은 5년 내 상용화가 목표다.",
        "10년내 상용화를 목표로",
        "30일 이내에 신청",
        "가계소득도 2분기 연속 늘었지만, 지출이 더 크게 증가했다.",
        "시민 행복과 행운을 기원하는 3일 간의 연말 축제를 시민청에서 연다.",
        "국감 기간(18일) 동안 상임위 1곳이 하루 10개 이상 기관을 동시에 감사한 횟수는 27회에 달했다.",
        "예결위, 예산안 심사 시한 3일 남겨두고 예산소위 재개",
        "향후 10년 예산 투입 계획",       // hand-made guard: a leading word keeps `10년` a length
        "3일간 진행",
        "1일 2회 점검",
        "매년 3월 개최",
        "60세 이상",
        "AI팩토리(44개 과제, 627억원)",
        "2020년대 중반",
        "'혁신계획'을 수립",
        "'10대 게임 체인저 기술'",
        "버전 2025.1.2.3 배포",
        "전월세 시장",
        "정보 전달 체계",
        "00:00 /",
        "5·18 기념식",
        "반도체·3나노 공정",
        "• 01.26 13:58 실시간",
        "2025년도예산",            // a four-digit year glued to a word is not this rule's (and 25년도 needs its own start)
        "125년도 역사",
    ]

    @Test(arguments: negatives)
    func ignores(_ input: String) {
        let found = dates(input, reference: "2025-05-28")
        #expect(found.isEmpty, "read \(found.map(\.text)) in \(input)")
    }

    /// What may read a date from the lines above it: a figure, a half-year word, 이날 (also
    /// full-width digits and decomposed Hangul, which normalization turns into those).
    @Test(arguments: [
        ("3월에 공고한다.", true), ("하반기 중 공고한다.", true), ("이날 의결된 사업은", true), ("２월 중", true),
        ("전년도에 추진한 주요 환경정책 내용과 환경관련 법령 및 제도의 변동 등이 정리돼 있다.", true),
        ("\u{110B}\u{1175}\u{1102}\u{1161}\u{11AF} 의결", true),
        ("산업부는 지역 기업을 지원한다.", false), ("주요 뉴스", false), ("", false), ("날이 갈수록", false),
    ])
    func mayReadDateAbove(_ line: String, _ expected: Bool) {
        #expect(DateExtractor.mayReadDateAbove(Array(line.unicodeScalars)[...]) == expected)
    }

    @Test(arguments: [
        ("이날 의결된 사업은", true), ("국회는 이날 의결했다.", true), ("\u{110B}\u{1175}\u{1102}\u{1161}\u{11AF}", true),
        ("이 날 기념식에서는", true),
        ("3월에 공고한다.", false), ("날이 갈수록", false), ("오늘날", false),
    ])
    func mayNameDayAbove(_ line: String, _ expected: Bool) {
        #expect(DateExtractor.mayNameDayAbove(Array(line.unicodeScalars)[...]) == expected)
    }

    @Test func ruleNamesTravel() {
        let found = dates("('24∼'28) 2030년까지 '25.1분기", reference: nil)
        #expect(found.map(\.rule) == [
            "date.period(date.short-year.bare~date.short-year.bare)",
            "date.deadline(date.year.korean까지)",
            "date.short-year.dot.quarter",
        ])
    }

    /// The year compared with is not the year of the next sentence: each `전년` here is 2023.
    @Test func comparedYearIsNoContext() {
        let found = dates("올해 보통교부세를 지원받는 지자체는 총 170곳이다. 전년의 166곳보다 4곳 늘었다. 이들 지자체의 총수요는 147조8000억원으로 전년보다 18.1% 증가했다.",
                          reference: "2024-01-10")
        #expect(found.map(\.text) == ["올해", "전년", "전년"])
        #expect(found.map(\.value.value) == ["2024", "2023", "2023"])
    }

    @Test func severalOnALine() {
        let found = dates("산업통상부는 28일 회의에서 올해 제1차 협의회를 열어 올해 신규과제를 논의했다.", reference: "2026-01-28")
        #expect(found.map(\.text) == ["28일", "올해", "올해"])
        #expect(found.map(\.value.value) == ["2026-01-28", "2026", "2026"])
    }
}

/// One expected duration: the sentence, the mention text (normalized) and its ISO 8601 value.
struct DurationCase: CustomTestStringConvertible, Sendable {
    var input: String
    var text: String
    var value: String
    var approx = false

    var testDescription: String { "\(text) in \(input)" }
}

private func durations(_ input: String) -> [(text: String, value: DurationValue)] {
    let x = ExtractionInput(string: input, context: DocumentContext(referenceDate: CalendarDate(iso: "2025-05-28")))
    return DateExtractor().extract(from: x).compactMap { m in
        guard case .duration(let v) = m.value else { return nil }
        return (x.text.string(m.range), v)
    }
}

@Suite struct DurationTests {
    static let cases: [DurationCase] = [
        DurationCase(input: "기간\t4년", text: "4년", value: "P4Y"),
        DurationCase(input: "(규모) ’24~’28(4년), 총 1,000억원", text: "4년", value: "P4Y"),
        DurationCase(input: "’24년에 향후 5년간 우리", text: "향후 5년간", value: "P5Y"),
        DurationCase(input: "신진연구자 주도 수요기술 개발(9개월, 36개 과제)", text: "9개월", value: "P9M"),
        DurationCase(input: "* 최대 7년 범위에서 휴·겸직 허용", text: "7년", value: "P7Y"),
        DurationCase(input: "* 주요 5개국(미·EU·일·중국·한국) 대상 지난 20년간의 AI반도체", text: "지난 20년간", value: "P20Y"),
        DurationCase(input: "최근 10년 동안 특허 출원이 늘었다", text: "최근 10년", value: "P10Y"),
        DurationCase(input: "비교적 짧은 5년 내 상용화가 목표다.", text: "5년", value: "P5Y"),
        DurationCase(input: "100대 산업 원천기술 개발은 10년내 상용화를 목표로", text: "10년", value: "P10Y"),
        DurationCase(input: "· 공공연 연구자 등의 휴직(7년 이내) 및 겸임", text: "7년", value: "P7Y"),
        DurationCase(input: "* 32개 기업 대출 지원(2년 거치·3년 분할 상환)", text: "2년", value: "P2Y"),
        DurationCase(input: "* 32개 기업 대출 지원(2년 거치·3년 분할 상환)", text: "3년", value: "P3Y"),
        DurationCase(input: "한시적 규제유예 과제 선정, 5년 유예", text: "5년", value: "P5Y"),
        DurationCase(input: "비리튬계/비전지 장주기 대용량(8시간, 100MW)", text: "8시간", value: "PT8H"),
        DurationCase(input: "* 24시간 변동률 기준", text: "24시간", value: "PT24H"),
        DurationCase(input: "개념연구, 1년 → 선행연구, 1년", text: "1년", value: "P1Y"),
        DurationCase(input: "15개 신규과제, 1,500억원(국비)/5년)", text: "5년", value: "P5Y"),
        DurationCase(input: "행정예고 후 3주간 의견을 수렴한다", text: "3주간", value: "P3W"),
        DurationCase(input: "공고 후 10일간 접수한다", text: "10일간", value: "P10D"),
        DurationCase(input: "공고일로부터 30일 이내에 신청", text: "30일", value: "P30D"),
        DurationCase(input: "1년 6개월 동안 실증을 거친다", text: "1년 6개월", value: "P1Y6M"),
        DurationCase(input: "구축에 약 3년 소요", text: "약 3년", value: "P3Y", approx: true),
        DurationCase(input: "10여 년 만에 재개", text: "10여 년", value: "P10Y", approx: true),
        DurationCase(input: "3년여 만에 완공", text: "3년여", value: "P3Y", approx: true),
        DurationCase(input: "향후 3개년간 집중 투자", text: "향후 3개년간", value: "P3Y"),
        DurationCase(input: "접수 후 2주 이내 회신", text: "2주", value: "P2W"),
        DurationCase(input: "3달간 시범 운영", text: "3달간", value: "P3M"),
        DurationCase(input: "행사는 5일 동안 열린다", text: "5일", value: "P5D"),
        DurationCase(input: "3년치 예산을 확보", text: "3년", value: "P3Y"),
        DurationCase(input: "24시간 365일 운영", text: "24시간", value: "PT24H"),
        DurationCase(input: "앞으로 2년간 시범사업", text: "앞으로 2년간", value: "P2Y"),
        DurationCase(input: "장관 모두발언(10분간) 후 토론", text: "10분간", value: "PT10M"),
        DurationCase(input: "충전 시간을 30분 이내로 단축", text: "30분", value: "PT30M"),
        DurationCase(input: "최대 2시간 30분 동안 운전", text: "2시간 30분", value: "PT2H30M"),
        DurationCase(input: "3년 6개월간 공동연구", text: "3년 6개월간", value: "P3Y6M"),
        DurationCase(input: "착공 1년 반 만에 준공", text: "1년 반", value: "P1Y6M"),
        DurationCase(input: "총 연구기간 2년6개월", text: "2년6개월", value: "P2Y6M"),
        DurationCase(input: "지난 1년 반도체 수출", text: "지난 1년", value: "P1Y"),
        DurationCase(input: "회의는 2시간 반 동안 이어졌다", text: "2시간 반", value: "PT2H30M"),
        DurationCase(input: "행사는 이틀간 열린다", text: "이틀간", value: "P2D"),
        DurationCase(input: "접수 열흘 만에 마감", text: "열흘", value: "P10D"),
        DurationCase(input: "하루 평균 300건 처리", text: "하루", value: "P1D"),
        DurationCase(input: "보름 동안 현장 점검", text: "보름", value: "P15D"),
        DurationCase(input: "한 달 만에 1,000건 돌파", text: "한 달", value: "P1M"),
        DurationCase(input: "석 달간 집중 점검", text: "석 달간", value: "P3M"),
        DurationCase(input: "지난 한 해 동안 수출이 늘었다", text: "지난 한 해", value: "P1Y"),
        DurationCase(input: "약 두 달간 시범 운영", text: "약 두 달간", value: "P2M", approx: true),
        DurationCase(input: "반년 만에 흑자 전환", text: "반년", value: "P6M"),
    ]

    // Anchored at the document's date (here 2025-05-28): ahead from it, or back up to it.
    static let anchored: [(input: String, text: String, interval: String?)] = [
        ("’24년에 향후 5년간 우리", "향후 5년간", "2025-05-28/P5Y"),
        ("앞으로 2년간 시범사업", "앞으로 2년간", "2025-05-28/P2Y"),
        ("향후 3개년간 집중 투자", "향후 3개년간", "2025-05-28/P3Y"),
        ("최근 10년 동안 특허 출원이 늘었다", "최근 10년", "P10Y/2025-05-28"),
        ("* 주요 5개국(미·EU·일·중국·한국) 대상 지난 20년간의 AI반도체", "지난 20년간", "P20Y/2025-05-28"),
        ("지난 한 해 동안 수출이 늘었다", "지난 한 해", "P1Y/2025-05-28"),
        ("과거 30년간 축적된 기술", "과거 30년간", "P30Y/2025-05-28"),
        ("협약 이후 3년간 지원", "이후 3년간", nil),          // after the agreement, not after the document
        ("구축에 약 3년 소요", "약 3년", nil),
        ("3년 6개월간 공동연구", "3년 6개월간", nil),
    ]

    @Test func anchoredAtTheDocumentDate() {
        for c in Self.anchored {
            let match = durations(c.input).first { $0.text == c.text }
            #expect(match != nil, "no duration \(c.text) in \(c.input)")
            #expect(match?.value.interval == c.interval, "\(c.input)")
            #expect(match?.value.reference == (c.interval == nil ? nil : "2025-05-28"), "\(c.input)")
        }
        // Without a reference date there is nothing to anchor at.
        let x = ExtractionInput(string: "향후 5년간 투자", context: DocumentContext(referenceDate: nil))
        let found = DateExtractor().extract(from: x).compactMap { m -> DurationValue? in
            if case .duration(let v) = m.value { return v } else { return nil }
        }
        #expect(found.count == 1 && found[0].interval == nil && found[0].anchor == .ahead)
    }

    @Test(arguments: cases)
    func reads(_ c: DurationCase) {
        let found = durations(c.input)
        let match = found.first { $0.text == c.text }
        #expect(match != nil, "no duration \(c.text) in \(found.map(\.text))")
        #expect(match?.value.value == c.value)
        #expect(match?.value.approx == c.approx)
    }

    // Not durations: plan names, decades, birth years, ordinal years, anniversaries, ranges,
    // days of the month, other counters.
    static let negatives: [String] = [
        "생산기술발전 5개년 계획",
        "제3차 5개년 기본계획을 수립",
        "2020년대 중반",
        "3년차 기업 지원",
        "10년째 감소세",
        "일반적으로 4~5년 동안 진행되는 R&D 사업과 달리 1~2년 내 AI 모델을",
        "광복 80주년 기념",
        "금값 50달러 돌파",
        "3월 5일 개최",
        "25일 발표",
        "60세 이상",
        "20대 청년",
        "4년제 대학",
        "2025년 예산",
        "'25년 예산",
        "오후 3시 30분 개최",
        "하루빨리 추진",
        "두 달러 인상",
        "한해 피해 복구",
        "세 달성 목표",
        "반도체 산업",
        "3분기 실적",
    ]

    @Test(arguments: negatives)
    func ignores(_ input: String) {
        let found = durations(input)
        #expect(found.isEmpty, "read \(found.map(\.text)) in \(input)")
    }

    // The not-dates: nothing at all (no date, no duration).
    static let notDates: [String] = [
        "문의 : 산업기술정책과(044-203-4515, 4513)",
        "담당 : 02-2110-1234",
        "버전 2.1.3 배포",
        "iOS 17.2 업데이트",
        "v1.2 출시",
        "「AI+R&DI 추진전략」 발표",
        "니켈 4.5wt% 첨가",
        "6,000톤급 선박",
        "12인치급 웨이퍼",
        "1. 추진배경",
        "2. 주요내용",
        "Ⅱ. 추진 전략",
        "Ⅲ. 향후 계획",
        // A budget's calculation (산출기초): the month after `×` is a number of months.
        "교원가족수당 (86,666원×8명×12월)- 8,680,000원= -360,000",
        "교원성과상여금 (3,064,627원×12명×1월 )- 41,460,000원= -4,684,000",
        "교원정근수당 (1,406,954원×11명×2월) - 31,475,000원= -522,000",
        "32,000원 * 17일 * 20명 =",           // a county's budget (2008): 17 days of work
        "32,000원 * 10일 * 10명 =",
    ]

    @Test(arguments: notDates)
    func nothing(_ input: String) {
        let x = ExtractionInput(string: input, context: DocumentContext(referenceDate: CalendarDate(iso: "2025-05-28")))
        let found = DateExtractor().extract(from: x)
        #expect(found.isEmpty, "read \(found.map { x.text.string($0.range) }) in \(input)")
    }
}

/// Day arithmetic for `전날`/`그제` against Foundation's Gregorian calendar, across month, year,
/// leap-day and century boundaries.
@Suite struct DayArithmeticTests {
    @Test(arguments: [(1999, 12, 31), (2000, 2, 28), (2000, 3, 1), (2024, 1, 1), (2100, 3, 1), (1970, 1, 1)])
    func matchesFoundation(year: Int, month: Int, day: Int) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let base = try #require(calendar.date(from: DateComponents(year: year, month: month, day: day)))
        for k in -800...800 {
            let shifted = try #require(calendar.date(byAdding: .day, value: k, to: base))
            let c = calendar.dateComponents([.year, .month, .day], from: shifted)
            let mine = DateResolver.addDays(year, month, day, k)
            #expect(mine.0 == c.year && mine.1 == c.month && mine.2 == c.day, "\(year)-\(month)-\(day) + \(k)")
        }
    }
}
