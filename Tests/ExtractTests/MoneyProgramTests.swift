import Testing
@testable import Extract

/// The programme an amount belongs to: hand-read from each sentence.
@Suite struct MoneyProgramTests {
    static let cases: [(String, [(String, String?)])] = [
        ("정부는 산업혁신기반구축사업에 2,685억원을 투입한다.", [("2,685억원", "산업혁신기반구축사업")]),
        ("올해 2,685억원을 투입하는 산업혁신기반구축사업은 지난해보다 늘었다.", [("2,685억원", "산업혁신기반구축사업")]),
        ("* 산업혁신기반구축사업(AI+ 산업혁신 리빙랩 표준 플랫폼 구축(가칭), ’26년 80억 규모)", [("80억", "산업혁신기반구축사업")]),
        ("정부는 산업혁신기반구축사업을 추진한다. 예산은 100억원이다.", [("100억원", nil)]),
        ("예산은 100억원이다.", [("100억원", nil)]),
    ]

    @Test(arguments: cases)
    func attaches(_ c: (String, [(String, String?)])) {
        let input = ExtractionInput(string: c.0)
        let all = MoneyPrograms.attach(ExtractorSuite.standard.extract(from: input), sentences: input.sentences)
        let money = all.compactMap { m -> (String, String?)? in
            guard case .money(let v) = m.value else { return nil }
            return (input.text.string(m.range), v.program)
        }
        #expect(money.map(\.0) == c.1.map(\.0), "\(c.0)")
        for (found, expected) in zip(money, c.1) { #expect(found.1 == expected.1, "\(found.0)") }
    }
}
