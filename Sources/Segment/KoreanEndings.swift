import SourceText

/// The Korean part of the sentence-ending model: what the last word of a line says about whether
/// the sentence ends there. Everything here is a small table plus one lookup; the tables are the
/// model, so read them to see what it does.
///
/// A line end is one of three things:
/// - `final`: a sentence-final ending (`…한다`, `…했음`, `…됨`, `…해요`, `.`, `?`, `!`, `…`);
/// - `continues`: a particle or connective ending that cannot end a sentence (`…을`, `…하고`,
///   `…위한`, `…및`, `,`), or an open bracket;
/// - `open`: anything else — mostly nouns, including the nominal report endings of plans and
///   bullets (`…추진`, `…강화`, `…확대('25년 3개 추가)`). Whether such a line ends its sentence is
///   decided from the layout (line width, the next line), not from the word.
enum LineEnding: Equatable {
    case final
    case continues
    case open
}

enum KoreanEndings {
    @inline(__always)
    static func isHangul(_ s: Unicode.Scalar) -> Bool { s.value >= 0xAC00 && s.value <= 0xD7A3 }

    /// A syllable closed by ㅁ: the nominal endings of report prose (`함`, `음`, `임`, `름`, `됨`).
    static func hasFinalMieum(_ s: Unicode.Scalar) -> Bool { isHangul(s) && (s.value - 0xAC00) % 28 == 16 }

    @inline(__always)
    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    private static func pairs(_ words: [String]) -> Set<UInt64> {
        var set = Set<UInt64>()
        for w in words {
            let s = Array(w.unicodeScalars)
            precondition(s.count == 2, "two-syllable table entry: \(w)")
            set.insert(pair(s[0], s[1]))
        }
        return set
    }

    private static func scalars(_ string: String) -> ScalarSet { ScalarSet(string.unicodeScalars) }

    // MARK: - Sentence-final endings

    /// Syllables that end a sentence on their own: the declarative `-다` and the nominalized
    /// report endings `-함`, `-됨`, `-임`, `-음` (`…의결함`, `…예정임`, `…있음`), polite `-죠`.
    static let finalSyllables: ScalarSet = scalars("다함됨임음죠")

    /// Nouns that end in one of `finalSyllables` but are not endings (`바다`, `다음`, `게임`).
    static let finalExceptions: Set<UInt64> = pairs([
        "바다", "보다", "나다", // `보다` is mostly the comparative particle (`지난해보다`)
        "처음", "다음", "마음", "소음", "얼음", "걸음", "웃음", "울음", "발음", "잡음", "이음", "믿음", "물음",
        "게임", "책임", "모임", "타임", "이임",
    ])

    /// `-요` ends a sentence after a verbal ending (`해요`, `있어요`, `까요`), but `주요`, `필요`,
    /// `중요`, `수요`, `개요` are nouns.
    static let politeBeforeYo: ScalarSet = scalars("어아여워와해세에예네데지까나가군래대봐줘서고게걸죠니")

    // MARK: - Endings that continue

    /// Last syllables that (almost) never end a sentence: case particles, adnominal and connective
    /// endings. Each has a short list of nouns that end in the same syllable (`continuesExceptions`).
    static let continuingSyllables: ScalarSet = scalars("을를은는의에로와고며게록써한된던할될및면여서해려별")

    /// Nouns ending in a `continuingSyllables` syllable.
    static let continuesExceptions: Set<UInt64> = pairs([
        // -의
        "회의", "협의", "논의", "정의", "심의", "합의", "동의", "건의", "주의", "문의", "강의", "모의", "민의", "창의", "결의", "토의", "질의",
        // -로
        "경로", "통로", "회로", "진로", "도로", "항로", "공로", "선로", "판로", "활로", "과로", "원로", "수로", "고로",
        // -고
        "최고", "참고", "보고", "광고", "재고", "신고", "경고", "창고", "사고", "잔고", "원고", "탈고", "제고", "공고", "등고", "투고",
        // -한
        "기한", "권한", "제한", "무한", "상한", "하한", "시한", "국한", "특한",
        // -은 -는 -을
        "마을", "가을", "고을",
        // -면
        "측면", "국면", "전면", "방면", "대면", "화면", "지면", "표면", "이면", "단면", "도면", "평면", "내면", "외면", "장면", "면면",
        // -여
        "참여", "부여", "기여", "대여", "수여", "급여", "관여", "증여", "잔여",
        // -서
        "문서", "순서", "부서", "증서", "각서", "서서", "도서", "청서", "정서", "질서", "단서", "조서", "원서", "계서",
        // -해
        "피해", "이해", "올해", "방해", "재해", "손해", "장해", "저해", "훼해", "견해", "해해", "새해", "작해", "연해", "공해", "동해", "서해", "남해", "근해",
        // -게 -록 -려
        "기록", "등록", "목록", "부록", "수록", "기려", "우려", "배려", "고려", "장려",
        // -별 (`과제별`, `분야별` continue; these do not)
        "특별", "개별", "차별", "식별", "구별", "작별", "선별", "이별", "감별", "판별",
        // -와 -에
        "문에",
        // -된 -할 -던 -써 -며 -는
        "역할", "관할", "분할", "할할",
    ])

    /// Nouns in `-서` that name documents (`보고서`, `계획서`, `양해각서`): the two-syllable table
    /// above cannot see them, so `-서` after these syllables is a noun too.
    static let documentBeforeSeo: ScalarSet = scalars("고획청약인명의정견안구출장")

    /// Punctuation at the end of a line that says the sentence goes on.
    static let continuingPunctuation: ScalarSet = scalars(",·(「『[{&+/:=→~-")

    // MARK: - Nominal report endings

    /// Two-syllable action nouns that end the items of plans and press-release bullets
    /// (`…신규과제 발굴`, `…투자 확대`). Used to recognize items and headings, not to end sentences.
    static let reportNouns: Set<UInt64> = pairs([
        "추진", "강화", "확대", "수립", "개최", "구축", "지원", "마련", "발표", "선정", "도출", "개발", "운영", "착수",
        "실시", "완료", "확보", "조성", "육성", "제고", "개선", "시행", "신설", "검토", "점검", "협력", "투입", "창출",
        "견인", "부여", "개정", "제정", "체결", "출범", "참여", "구현", "적용", "실증", "전환", "유치", "확산", "보급",
        "정비", "발굴", "도입", "설치", "구성", "대응", "촉진", "달성", "증가", "감소", "예정", "계획", "필요", "투자",
        "추가", "지정", "제공", "협의", "논의", "기획", "편성", "배정", "집행", "공고", "접수", "평가", "심사", "승인",
        "의결", "보고", "공유", "연계", "통합", "지속", "유지", "해소", "폐지", "감축", "절감", "연장", "면제", "허용",
        "지급", "배분", "모집", "개소", "준공", "착공", "출시", "수출", "도약", "선도", "실현", "극복", "방안", "과제",
        "실적", "성과", "현황", "배경", "개요", "방향", "목표", "전략", "경과", "계속", "포함", "예산", "규모", "설립",
    ])

    /// `…화` (`고도화`, `활성화`, `본격화`) is a report ending when the word has at least two
    /// syllables before it.
    static let hwa: Unicode.Scalar = "화"

    // MARK: - Classification

    /// Classifies the end of a line from the last scalars of its last word (`prev`, `prevPrev` are
    /// nil at the start of the word). `last` is not a space.
    static func classify(last: Unicode.Scalar, prev: Unicode.Scalar?, prevPrev: Unicode.Scalar?) -> LineEnding {
        if last == "." || last == "?" || last == "!" || last == "…" { return .final }
        if continuingPunctuation.contains(last) { return .continues }
        guard isHangul(last) else { return .open }
        let key = prev.map { pair($0, last) }
        if finalSyllables.contains(last) {
            if let key, finalExceptions.contains(key) { return .open }
            return .final
        }
        if last == "요" {
            if let prev, politeBeforeYo.contains(prev) { return .final }
            return .open
        }
        if continuingSyllables.contains(last) {
            if let key, continuesExceptions.contains(key) { return .open }
            if last == "서", let prev, documentBeforeSeo.contains(prev) {
                // `보고서`, `계획서` — but `-해서`, `-에서`, `-여서` continue.
                return .open
            }
            return .continues
        }
        return .open
    }

    // MARK: - Endings inside a line

    /// Whether the word ending just before `end` closes a sentence even with no period after it, as
    /// run-on blog and chat prose writes (`좋았다 그래도…`, `먹었어요 역시…`, `많았음 그래도…`).
    /// Stricter than a line end: only endings that are never connective before a space — a past or
    /// formal `-다` (`했다`, `있었다`, `합니다`), polite `-요` (`해요`, `같아요`), `-죠`, and `-음` after a
    /// past stem (`했음`, `있음`). A plain `-다` (`하다 보니`) or a noun (`주요 내용`) does not.
    /// Laughter and crying jamo after the word (`좋다ㅎㅎ`) belong to it, and make any `-다` final.
    static func endsSentenceInline(_ t: [Unicode.Scalar], before end: Int, from start: Int) -> Bool {
        var e = end
        while e > start, isEmotionJamo(t[e - 1]) { e -= 1 }
        guard e - start >= 2, isHangul(t[e - 1]), isHangul(t[e - 2]) else { return false }
        let last = t[e - 1], prev = t[e - 2]
        switch last {
        case "다":
            // After laughter any `-다` is final (`좋다ㅎㅎ`): nothing connective is followed by it.
            if e < end, !finalExceptions.contains(pair(prev, last)) { return true }
            return hasPastOrFormalStem(prev) || prev == "니" || prev == "한" || prev == "된" || prev == "는"
        case "요":
            return politeBeforeYo.contains(prev) && prev != "서" && prev != "고" && prev != "가"
        case "죠":
            return true
        case "음":
            return hasPastOrFormalStem(prev)
        default:
            return false
        }
    }

    /// A syllable closed by ㅆ or ㅄ: `했`, `었`, `겠`, `있`, `없`.
    static func hasPastOrFormalStem(_ s: Unicode.Scalar) -> Bool {
        guard isHangul(s) else { return false }
        let final = (s.value - 0xAC00) % 28
        return final == 20 || final == 18
    }

    /// `ㅋ`, `ㅎ`, `ㅠ`, `ㅜ` (Hangul compatibility jamo) written after a word as laughter or tears.
    static func isEmotionJamo(_ s: Unicode.Scalar) -> Bool {
        s == "ㅋ" || s == "ㅎ" || s == "ㅠ" || s == "ㅜ"
    }

    /// True when the two scalars before `end` are a nominal report ending (`추진`, `…고도화`).
    static func isReportEnding(last: Unicode.Scalar, prev: Unicode.Scalar?, prevPrev: Unicode.Scalar?) -> Bool {
        guard let prev, isHangul(last), isHangul(prev) else { return false }
        if reportNouns.contains(pair(prev, last)) { return true }
        if last == hwa, let prevPrev, isHangul(prevPrev) { return true }
        return false
    }

    /// Words that begin a line continuing the previous one: conjunctions (`및`, `등`, `또는`) and
    /// the verbal tail of a noun split from its `하다`/`되다` (`…운영(부처협업,\n'25.3월)하고`).
    static func startsContinuation(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var e = start
        while e < end, scalars[e] != " " && scalars[e] != "\t" { e += 1 }
        let n = e - start
        guard n > 0 else { return false }
        let a = scalars[start]
        if n == 1 { return a == "및" || a == "등" || a == "와" || a == "과" || a == "및" }
        if n == 2 {
            let b = scalars[start + 1]
            if a == "또" && b == "는" { return true }
            if a == "혹" && b == "은" { return true }
            if a == "등" && (b == "의" || b == "을" || b == "이" || b == "과" || b == "에" || b == "도" || b == "은") { return true }
        }
        // `하고`, `하여`, `하는`, `한`, `할`, `해`, `되어`, `된`, `되는`: a verbal tail on its own.
        // `한편,` (meanwhile) and `한국` open a sentence: 한 is a verbal tail alone or in `한다`.
        if a == "한" { return n == 1 || scalars[start + 1] == "다" }
        if a == "하" || a == "되" || a == "할" || a == "해" || a == "된" || a == "될" {
            return n <= 3
        }
        return startsWithFigureQualifier(scalars, from: start, wordEnd: e)
    }

    /// A line whose last word announces a figure (`…지원에 최대⏎ 3,150억원을`, `총 사업비는 약⏎
    /// 1,200억원`) runs on: the figure is on the next line.
    static func endsBeforeFigure(_ scalars: [Unicode.Scalar], wordEnd e: Int, lineStart s: Int) -> Bool {
        var b = e
        while b > s, scalars[b - 1] != " " && scalars[b - 1] != "\t" { b -= 1 }
        guard b > s, e - b <= 2 else { return false }  // a word of its own, after another
        let word = scalars[b..<e]
        return wordsBeforeFigures.contains { word.elementsEqual($0) }
    }

    static let wordsBeforeFigures: [[Unicode.Scalar]] = ["최대", "최소", "약", "총", "연간", "무려"].map {
        Array($0.unicodeScalars)
    }

    /// Words that qualify the figure ending the line before and never open a sentence:
    /// `…1,205억원⏎ 내외로`, `…2,712명⏎ 수준으로`. `이상`/`이하`/`미만`/`초과` only with a particle
    /// glued on (`이상의`), since alone they also start nouns (`이상 기후`).
    static func startsWithFigureQualifier(_ scalars: [Unicode.Scalar], from start: Int, wordEnd: Int) -> Bool {
        for (stem, needsParticle) in figureQualifiers where wordEnd - start >= stem.count {
            guard scalars[start..<(start + stem.count)].elementsEqual(stem) else { continue }
            let rest = scalars[(start + stem.count)..<wordEnd]
            if rest.isEmpty { return !needsParticle }
            return qualifierParticles.contains { rest.elementsEqual($0) }
        }
        return false
    }

    static let figureQualifiers: [([Unicode.Scalar], Bool)] = [
        ("내외", false), ("수준", false), ("규모", false), ("가량", false), ("정도", false), ("남짓", false),
        ("안팎", false), ("이상", true), ("이하", true), ("미만", true), ("초과", true),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    static let qualifierParticles: [[Unicode.Scalar]] = [
        "로", "으로", "의", "를", "을", "에", "인", "이", "가", "은", "는", "에서", "까지", "씩", "이며", "이다",
    ].map { Array($0.unicodeScalars) }

    /// Words inside a line that show it is a clause, not a heading: object particles and verbal
    /// connectives (`…을`, `…를`, `…하고`, `…하여`, `…위해`).
    static func hasClauseMarker(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            let s = scalars[i]
            let atWordEnd = i + 1 == end || scalars[i + 1] == " "
            if atWordEnd, i > start, isHangul(scalars[i - 1]) || s == "을" || s == "를" {
                if s == "을" || s == "를" { return true }
                let p = scalars[i - 1]
                if (p == "하" || p == "되" || p == "있" || p == "없") && (s == "고" || s == "여" || s == "며" || s == "는" || s == "어") {
                    return true
                }
                if p == "위" && s == "해" { return true }
                if p == "통" && s == "해" { return true }
            }
            i += 1
        }
        return false
    }
}
