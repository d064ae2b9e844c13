import Testing
import Normalize
@testable import Extract

private func normalized(_ s: String) -> NormalizedText {
    var text = NormalizedText()
    let scalars = Array(s.unicodeScalars)
    TextNormalizer.append(scalars, range: 0..<scalars.count, to: &text)
    return text
}

@Suite struct DocumentDateFinderTests {
    /// (document head, expected date, expected text of the range), written by hand.
    static let lines: [(String, String, String)] = [
        ("산업부, 지역 R&D에 2조 원 투입\n\n  • 등록 2026.01.28 21:15:17\n크게보기\n", "2026-01-28T21:15:17", "2026.01.28 21:15:17"),
        ("산업부, 'AI 제조 혁신'에 역대 최대 2685억 투입\n\n입력 2026-01-26 11:00\n\n기사 듣기\n00:00 /", "2026-01-26T11:00", "2026-01-26 11:00"),
        ("\n\n보도시점 2025. 5. 28.(수) 11:00 배포 2023. 5. 28.(수)\n< 5.29.(목) 조간 >", "2025-05-28T11:00", "2025. 5. 28.(수) 11:00"),
        ("의안번호 제 2 호 심\n의\n사\n항\n심 의\n연 월 일\n2025. 5. 30.\n(제 72 회)\n제8차 산업기술혁신계획('24∼'28)\n"
            + "2025년도 시행계획(안)\n제 출 자 산업통상자원부 산업기술정책과\n제출 연월일 2025. 5. 26.\n공개", "2025-05-30", "2025. 5. 30."),
        ("제목\n제출 연월일 2025. 5. 26.\n공개", "2025-05-26", "2025. 5. 26."),
        ("제목\n수정 2026.01.29 09:00\n기사입력 2026.01.28 18:00\n본문", "2026-01-28T18:00", "2026.01.28 18:00"),
        ("제목\n배포 2025. 5. 27.(화)\n보도일시 2025. 5. 28.(수) 12:00\n", "2025-05-28T12:00", "2025. 5. 28.(수) 12:00"),
        ("제목\n작성일 : 2024년 3월 5일 오후 2시\n", "2024-03-05T14:00", "2024년 3월 5일 오후 2시"),
        ("제목\n2026.01.28 21:15\n본문", "2026-01-28T21:15", "2026.01.28 21:15"),
        // A briefing page's byline: the date and who issued it, alone on a line near the top.
        ("브리핑룸\n\n해양산업 혁신 방안\n\n2023.01.04 해양수산부\n목록\n", "2023-01-04", "2023.01.04"),
        ("2026년 예산(안) 발표\n\n2025.09.02 홍길동 제1차관\n글자크기 설정\n", "2025-09-02", "2025.09.02"),
        ("제목\n2025.09.02 해양수산부\n등록 2025.09.03 10:00\n", "2025-09-03T10:00", "2025.09.03 10:00"),
        // A board's date with a two-digit year, after its label.
        ("2019년 해수부 예산 5조 1,796억원 확정\n\n페이지 정보\n\n작성자 관리자 댓글 0건 조회 200회 작성일 18-12-10 09:35\n\n본문",
         "2018-12-10T09:35", "18-12-10 09:35"),
        // A label spaced letter by letter spaces its suffix too (`배 포 일`).
        ("보도참고자료\n배 포 일\n2017. 12. 29. / (총 23 매)\n담당부서\n정책통계담당관", "2017-12-29", "2017. 12. 29."),
        // A photo caption closing with its date and the photographer's address.
        ("[서울=뉴스핌] 최상수 기자 = 16일 여의도 국회에서 예산조정소위가 열린 가운데 위원장이 회의를 주재하고 있다. 2021.11.16 kilroy023@newspim.com",
         "2021-11-16", "2021.11.16"),
    ]

    @Test(arguments: lines)
    func findsTheDateLine(_ head: String, _ iso: String, _ text: String) {
        let t = normalized(head)
        let found = DocumentDateFinder.find(in: t)
        #expect(found?.date == CalendarDate(iso: iso))
        #expect(found.map { t.string($0.range) } == text)
    }

    static let none: [String] = [
        "산업 R&D, 해외기관과 협력 강화…\"80개 급소기술 빠르게 확보\"\n-\n기사 스크랩\n산업통상자원부는 5일 서울에서",
        "문의 : 산업기술정책과(044-203-4515, 4513)",
        "제8차 산업기술혁신계획('24∼'28)\n2025년도 시행계획",
        // A date that opens a line of figures or a sentence is not a byline.
        "일정\n2025.09.02 설명회 120명 참석\n",
        "2025.09.02 해양수산부는 수산물 수출이 늘었다고 밝혔다.\n",
        String(repeating: "본문\n", count: 45) + "등록 2026.01.28 21:15:17",
    ]

    @Test(arguments: none)
    func findsNothingWithoutADateLine(_ head: String) {
        #expect(DocumentDateFinder.find(in: normalized(head)) == nil)
    }
}
