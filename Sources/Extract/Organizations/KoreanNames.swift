import SourceText

/// The language data the organization rules read: particles, titles, and the suffixes that make a
/// Korean word the name of a body. Everything is pre-split into scalar arrays once.
enum KoreanNames {
    typealias Scalars = [Unicode.Scalar]

    static func scalars(_ s: String) -> Scalars { Array(s.unicodeScalars) }

    // MARK: Character classes

    @inline(__always) static func isHangul(_ c: Unicode.Scalar) -> Bool { c.value >= 0xAC00 && c.value <= 0xD7A3 }

    /// How much of a name `range` is: one per Hangul syllable plus one per Latin/digit run.
    static func weight(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var w = 0
        var inRun = false
        for i in range {
            let c = s[i]
            if isHangul(c) { w += 1; inRun = false } else if isLatin(c) || isDigit(c) {
                if !inRun { w += 1 }
                inRun = true
            } else { inRun = false }
        }
        return w
    }
    @inline(__always) static func isLatin(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { isHangul(c) || isLatin(c) || isDigit(c) }
    /// Characters of one word for the suffix rules: Hangul, Latin, digits and `&` (`R&D전략기획단`).
    @inline(__always) static func isWordChar(_ c: Unicode.Scalar) -> Bool { isAlnum(c) || c == "&" }
    @inline(__always) static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" }

    /// True when the syllable has a final consonant (받침): `과` follows those, `와` the others.
    @inline(__always) static func hasFinalConsonant(_ c: Unicode.Scalar) -> Bool {
        isHangul(c) && (c.value - 0xAC00) % 28 != 0
    }

    // MARK: What may follow a name

    /// Particles and particle chains that may close a name (`산업부는`, `진흥원과의`, `KIST에서도`).
    static let particleList: [String] = [
        "은", "는", "이", "가", "의", "을", "를", "에", "에서", "에게", "께", "께서", "와", "과", "로", "으로",
        "도", "만", "까지", "부터", "이나", "나", "이며", "며", "이고", "이다", "다", "였다", "이었다", "이라고",
        "라고", "이라는", "라는", "인", "이란", "란", "처럼", "보다", "조차", "마저", "하고", "랑", "이랑", "에다",
        "에서는", "에서도", "에서의", "에서만", "에서부터", "에는", "에도", "에만", "에의", "으로는", "으로도", "으로서",
        "으로써", "으로부터", "로는", "로도", "로서", "로써", "로부터", "와는", "과는", "와도", "과도", "와의", "과의",
        "까지는", "부터는", "만의", "만이", "만은", "에게는", "께서는", "이라", "라", "이자", "측", "측은", "측의",
        "측이", "측과", "측에", "측도", "측에서", "등", "등은", "등이", "등의", "등을", "등과", "등에", "등도",
        "등에서", "등으로", "등이다", "들", "들이", "들은", "들의", "들과", "들을", "들도", "에서와", "과에", "서",
        "뿐", "뿐이다", "뿐만", "뿐이", "만큼",
    ]
    static let particles: Set<String> = Set(particleList)
    /// Particles for stripping from the end of a word, longest first.
    static let strippable: [Scalars] = particleList.filter { !["서", "다", "라", "인", "나"].contains($0) }
        .map(scalars).sorted { $0.count > $1.count }

    /// Last scalars of every particle: a word ending otherwise keeps its end without a search.
    static let particleFinals = ScalarSet(particleList.compactMap { $0.unicodeScalars.last })

    static let strippableConservative: [Scalars] = strippable.filter {
        !["이", "가", "도", "만", "로", "나", "랑", "측", "들", "등", "이다", "이라", "이자", "하고", "이고"].contains(String(String.UnicodeScalarView($0)))
    }

    /// `strippable` and `strippableConservative` by last scalar, for the word scans.
    static let strippableByLast = ParticleIndex(strippable)
    static let strippableConservativeByLast = ParticleIndex(strippableConservative)

    /// Words that may be glued to a name (`산업부장관`, `KIST원장`): titles and `제공`.
    static let titles: [String] = [
        "장관", "차관", "청장", "차장", "처장", "원장", "부원장", "위원장", "부위원장", "총장", "회장", "부회장", "사장",
        "이사장", "대표", "대변인", "관계자", "제공", "주관", "주최", "후원", "소속", "산하", "지사", "지부",
    ]

    static func acceptableTail(_ run: String) -> Bool {
        if run.isEmpty || particles.contains(run) { return true }
        return titles.contains { run.hasPrefix($0) }
    }

    // MARK: Suffix rules

    /// A name shape: a word ending in `suffix` names a body of `kind`.
    struct SuffixRule {
        let suffix: Scalars
        let kind: String
        /// Weight of the whole word: Hangul syllables, plus one per Latin/digit run.
        let minWeight: Int
        let name: String
        /// When non-empty, the word must start with one of these.
        var starts: [Scalars] = []
        /// When non-empty, the word must end with one of these (longer than the suffix).
        var endings: [Scalars] = []
        /// The word must not end with any of these.
        var excludedEndings: [Scalars] = []
        /// The part before the suffix must not be one of these (generic modifiers).
        var excludedPrefixes: Set<String> = []
        /// The part before the suffix must start with a Latin company prefix (`DN솔루션즈`).
        var latinPrefix = false
        /// A committee head: may take modifiers from the words before it.
        var head = false
        /// The word must start with a Hangul syllable (Latin-led names go through `latinPrefix` rules).
        var hangulPrefix = false
    }

    static let regionStarts: [Scalars] = [
        "한국", "대한", "국민", "국가", "국립", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원",
        "충북", "충남", "전북", "전남", "경북", "경남", "제주", "근로복지", "건강보험", "주택도시", "중소벤처",
    ].map(scalars)

    /// The two-syllable names of the provinces and metropolitan cities, as the gazetteer knows
    /// them (`경북` → `경북도` → 경상북도; `강원` → `강원도`, which the date resolves).
    /// Names of other countries a body's name may start with (`헝가리과학원`, `중국과학원`).
    static let countryStarts: [String] = [
        "미국", "중국", "일본", "독일", "영국", "프랑스", "러시아", "캐나다", "호주", "인도", "베트남", "싱가포르", "대만", "이스라엘",
        "헝가리", "네덜란드", "스위스", "스웨덴", "핀란드", "덴마크", "노르웨이", "벨기에", "오스트리아", "이탈리아", "스페인",
        "브라질", "멕시코", "인도네시아", "태국", "말레이시아", "필리핀", "사우디", "폴란드", "체코", "몽골", "뉴질랜드", "칠레",
        "이집트", "튀르키예", "터키", "우즈베키스탄", "카자흐스탄", "아랍에미리트", "카타르",
    ]

    /// First scalars of `countryStarts`, asked before any prefix is compared.
    static let countryFirsts = ScalarSet(countryStarts.compactMap { $0.unicodeScalars.first })

    /// Ends of association names (`…협회`, `…연합회`, `…진흥회`): a body of members, whatever found it.
    static let associationSuffixes: [Scalars] = ["협회", "학회", "연합회", "재단", "조합", "포럼", "진흥회"].map(scalars)

    static let regionShortForms: [String: String] = [
        "서울": "서울시", "부산": "부산시", "대구": "대구시", "인천": "인천시", "광주": "광주시", "대전": "대전시",
        "울산": "울산시", "세종": "세종시", "경기": "경기도", "강원": "강원도", "충북": "충북도", "충남": "충남도",
        "전북": "전북도", "전남": "전남도", "경북": "경북도", "경남": "경남도", "제주": "제주특별자치도",
    ]

    static let genericCompanyPrefixes: Set<String> = [
        "바이오", "글로벌", "국내", "해외", "주요", "대형", "중소", "중견", "다국적", "세계", "국산", "혁신", "한국", "첨단",
        "신약", "제네릭", "원료", "전문", "복제", "대기업", "지역",
    ]

    /// Latin prefixes that are technology words, not company names (`AI반도체`, `ICT전자`).
    static let genericLatin: Set<String> = [
        "AI", "IOT", "ICT", "IT", "SW", "HW", "R&D", "ESS", "SMR", "XR", "AR", "VR", "UAM", "EV", "PM", "MD", "PD",
        "CTO", "K", "CVC", "GPU", "NPU", "HBM", "SOC", "DX", "AX", "GX", "ESG", "BIO", "ICT", "CNC", "OLED", "LED",
        "LCD", "PC", "TV", "IP", "SMART", "GREEN", "HI",
    ]

    static let rules: [SuffixRule] = {
        var r: [SuffixRule] = []
        func add(_ suffix: String, _ kind: String, _ min: Int, _ name: String, _ configure: (inout SuffixRule) -> Void = { _ in }) {
            var rule = SuffixRule(suffix: scalars(suffix), kind: kind, minWeight: min, name: name)
            configure(&rule)
            r.append(rule)
        }
        add("대학교", "university", 4, "university")
        add("과학기술원", "university", 6, "university")
        add("공과대학", "university", 5, "university")
        for s in ["진흥원", "평가원", "관리원", "인증원", "정보원"] { add(s, "agency", 5, "agency") }
        for s in ["개발원", "시험원", "기술원", "연구회"] { add(s, "institute", 5, "institute") }
        // `중국과학원`, `헝가리과학원`: a national academy of sciences, named after its country.
        add("과학원", "institute", 4, "institute") { $0.starts = countryStarts.map(scalars) }
        add("연구원", "institute", 5, "institute") {
            $0.excludedEndings = ["선임연구원", "책임연구원", "수석연구원", "전임연구원", "주임연구원", "박사후연구원", "위촉연구원",
                                  "객원연구원", "초빙연구원", "학생연구원", "신진연구원", "참여연구원", "소속연구원", "전문연구원", "국책연구원",
                                  "선임급연구원", "책임급연구원", "청년연구원", "여성연구원", "박사급연구원"].map(scalars)
        }
        add("연구소", "institute", 6, "institute") {
            $0.excludedEndings = ["부설연구소", "기업연구소", "민간연구소", "대학연구소", "공공연구소", "전문연구소"].map(scalars)
        }
        add("병원", "other", 4, "hospital") {
            $0.excludedEndings = ["요양병원", "종합병원", "대학병원", "동물병원", "전문병원", "거점병원", "협력병원", "지정병원",
                                  "공공병원", "지역병원", "중소병원", "민간병원", "한방병원", "치과병원", "재활병원", "정신병원",
                                  "소아병원", "어린이병원", "아동병원", "지방병원", "수련병원", "참여병원", "시범병원", "권역병원",
                                  // designations and classes, not one hospital: `연구중심병원`, `산재병원`, `감염병전담병원`
                                  "중심병원", "산재병원", "전담병원", "특화병원", "국립대병원", "사립대병원", "지방대병원"].map(scalars)
        }
        // `대학` alone: `한국폴리텍대학`, `서울대학 의과대학`; not `지방대학`, `거점대학`.
        add("대학", "university", 4, "university") {
            $0.excludedEndings = ["전문대학", "지방대학", "거점대학", "국립대학", "사립대학", "연구중심대학", "혁신대학", "선도대학",
                                  "참여대학", "협력대학", "지역대학", "해외대학", "국내대학", "주요대학", "명문대학", "일반대학",
                                  "사이버대학", "공공대학", "신입대학", "상위대학", "지원대학", "선정대학", "대상대학", "우수대학",
                                  "해당대학", "소속대학", "수도권대학", "비수도권대학", "공동대학"].map(scalars)
            // `주관대학으로`, `대학과 산업대학`: the role in a programme, the legal type of a school.
            $0.excludedPrefixes = ["주관", "산업", "참여", "수혜", "신청"]
        }
        // `경기창조경제혁신센터`, `한국산업기술보호센터`: a region or nation first, else too generic.
        add("센터", "agency", 5, "center") { $0.starts = regionStarts }
        // `한국산업은행`, `신한은행`; not `시중은행`, `중앙은행`.
        add("은행", "company", 3, "bank") {
            $0.hangulPrefix = true
            $0.excludedEndings = ["기술은행", "국가기술은행", "데이터은행"].map(scalars)
            $0.excludedPrefixes = ["시중", "지방", "중앙", "인터넷", "정책", "국책", "상업", "저축", "투자", "지역", "민간", "외국",
                                   "국내", "해외", "주거래", "대형", "전문", "협력", "채권", "특수", "일반", "국외", "외환",
                                   "데이터", "혈액", "제대혈", "정자", "난자", "인체", "종자", "유전자", "줄기세포", "바이오", "푸드",
                                   "식품", "시간", "기술", "아이디어", "특허", "인재", "일자리"]
        }
        // `삼성그룹`, `현대차그룹`; not `연구그룹`, `워킹그룹`.
        add("그룹", "company", 3, "group") {
            $0.hangulPrefix = true
            $0.excludedPrefixes = ["연구", "작업", "워킹", "실무", "전문가", "자문", "스터디", "소", "기업", "대기업", "포커스", "타깃",
                                   "비교", "대조", "실험", "주요", "국내", "해외", "글로벌", "중견", "재벌", "상위", "대상", "취약",
                                   "고위험", "위험", "연령", "소득", "사용자", "이용자", "환자", "핵심", "협의", "민간", "전담"]
        }
        // `삼성전자`, `대우전자`; not the fields `전력전자`, `광전자`.
        add("전자", "company", 4, "company") {
            $0.hangulPrefix = true
            $0.excludedPrefixes = genericCompanyPrefixes.union(["전력", "광", "양", "가", "유기", "인쇄", "분자", "차량", "자동차",
                                                                 "의료", "유연", "스핀", "생체", "나노", "반도체", "소비자", "산업",
                                                                 "전기", "항공", "국방", "가정용", "웨어러블", "고분자"])
        }
        // `셀트리온바이오`; not the fields `그린바이오`, `합성바이오`.
        add("바이오", "company", 4, "company") {
            $0.hangulPrefix = true
            $0.excludedPrefixes = genericCompanyPrefixes.union(["레드", "그린", "화이트", "합성", "디지털", "의료", "산업", "농업",
                                                                 "해양", "식품", "국가", "미래", "융합", "스마트", "첨단", "차세대",
                                                                 "제약", "화장품", "헬스", "에너지", "환경", "블루", "뷰티"])
        }
        // `사진공동취재단` is a press pool (취재 + 단), not a foundation.
        add("재단", "other", 4, "foundation") { $0.excludedEndings = ["취재단"].map(scalars) }
        add("협회", "other", 4, "association")
        add("학회", "other", 4, "association")
        // `한국전자정보통신진흥회`: an industry body named after a country or region.
        add("진흥회", "other", 5, "association") { $0.starts = regionStarts }
        add("상공회의소", "agency", 6, "agency")
        add("테크노파크", "agency", 6, "agency")
        add("공사", "agency", 4, "public-corporation") { $0.starts = regionStarts }
        add("공단", "agency", 4, "public-corporation") { $0.starts = regionStarts }
        add("위원회", "committee", 3, "committee") { $0.head = true }
        add("협의회", "committee", 3, "committee") { $0.head = true }
        add("얼라이언스", "committee", 5, "committee") { $0.head = true }
        // Not `최우수사업단`, `우수사업단`: a rank given to task forces, not one of them.
        for s in ["기획단", "지원단", "사업단", "추진단", "조사단", "자문단", "평가단"] {
            add(s, "committee", 5, "task-force") { $0.excludedPrefixes = ["최우수", "우수", "신규", "선정", "참여", "해당", "우수연구"] }
        }
        add("부", "ministry", 3, "ministry") {
            $0.endings = ["무부", "에너지부", "교통부", "통상부", "복지부", "노동부", "안보부", "국방부", "보건부", "환경부", "외교부",
                          "통일부", "자원부", "수산부", "가족부", "기업부", "관광부", "안전부", "재정부", "교육부", "내무부", "국토부",
                          "농업부", "무역부", "상업부", "공업부", "정보화부", "보훈부"].map(scalars)
        }
        add("청", "local", 4, "local") {
            $0.endings = ["도청", "시청", "군청", "구청", "교육청"].map(scalars)
            $0.excludedEndings = ["신청", "요청", "재시청", "경청"].map(scalars)
            // `시교육청`, `시·도교육청`: the office of a city or province already named, or of any.
            $0.excludedPrefixes = ["시교육", "도교육", "시도교육", "군교육", "구교육"]
        }
        // The special and metropolitan cities and the special self-governing provinces are a closed
        // set fixed by law: `동행·매력특별시` is a slogan, not a city.
        add("특별자치도", "local", 5, "local") { $0.starts = ["제주", "강원", "전북"].map(scalars) }
        add("특별자치시", "local", 5, "local") { $0.starts = ["세종"].map(scalars) }
        add("광역시", "local", 4, "local") { $0.starts = ["부산", "대구", "인천", "광주", "대전", "울산"].map(scalars) }
        add("특별시", "local", 4, "local") { $0.starts = ["서울"].map(scalars) }
        // `서울시의회`, `경기도의회`: a local council; `시의회` alone is too short to name one.
        add("의회", "local", 4, "council") { $0.endings = ["시의회", "도의회", "군의회", "구의회"].map(scalars) }
        add("약품", "company", 4, "company") {
            $0.excludedPrefixes = genericCompanyPrefixes
            $0.excludedEndings = ["의약품", "화학약품", "원료약품"].map(scalars)
        }
        for s in ["제약", "중공업", "솔루션즈", "케미칼", "로보틱스", "에어로스페이스", "이노텍", "엔지니어링", "바이오로직스",
                  "머티리얼즈", "일렉트릭"] {
            add(s, "company", 4, "company") { $0.excludedPrefixes = genericCompanyPrefixes }
        }
        for s in ["전자", "화학", "에너지", "바이오", "건설", "텔레콤", "디스플레이", "솔루션", "솔루션즈", "테크", "시스템즈",
                  "모빌리티", "머티리얼즈", "홀딩스", "이노베이션", "로직스", "엔지니어링", "케미칼", "제약", "중공업", "로보틱스",
                  "에어로스페이스", "이노텍", "증권", "생명", "화재", "캐피탈", "반도체", "네트웍스", "인베스트먼트", "그룹", "은행"] {
            add(s, "company", 2, "company-latin") { $0.latinPrefix = true }
        }
        return r
    }()

    /// The rules by the last scalar of their suffix, in rule order: a word looks only at its own.
    static let rulesByLast = SuffixRuleIndex(rules)

    /// Nouns naming what a committee does: `운영위원회`, `발굴위원회` take the words before them
    /// as part of the name (`초격차 프로젝트 운영위원회`), `기술위원회` does not.
    static let activityNouns: [Scalars] = [
        "운영", "발굴", "심의", "추진", "평가", "자문", "조정", "기획", "투자", "실무", "집행", "관리", "선정", "준비",
        "추천", "조직", "검토", "전략", "협력", "협의", "정책", "규제", "공동",
    ].map(scalars)

    /// Final syllables that end a word which cannot be part of a committee name (particles,
    /// verb endings, `별`, `간`).
    static let nonNameFinals: Set<Unicode.Scalar> = Set("는은을를이가에서로와과도만고며면해한된할될던인및등별간중내외각총적라여게히지어아야듯록".unicodeScalars)

    static let nonNameWords: Set<String> = [
        "올해", "내년", "작년", "지난해", "금년", "이번", "이날", "당시", "향후", "제", "및", "등", "또", "또한", "그리고",
        "이", "그", "해당", "관련", "신규", "기존", "전체", "새", "주요", "각종", "별도", "정부", "우리", "현", "전", "각",
        "동", "본", "同", "위한", "통한", "대한", "통해", "위해", "따라", "이에", "함께", "또는", "모든", "다른", "같은",
    ]

    /// Division (`…과`) words that are ordinary nouns.
    static let nonDivisionEndings: [Scalars] = [
        "효과", "결과", "성과", "학과", "교과", "초과", "통과", "경과", "부과", "사과", "전과", "이과", "문과", "외과", "내과",
        "치과", "안과", "관과", "원과", "청과", "처과", "실과", "국과", "단과", "회과", "들과", "등과", "간과", "차과",
    ].map(scalars)

    /// Line labels that announce a ministry division: `문의 : … 산업기술정책과`, `담당 부서`.
    static let divisionLabels: [Scalars] = ["문의", "담당", "부서", "제출자", "소관", "연락처"].map(scalars)
    /// Roles of a contact table row that follow the division's name (`스마트농업정책과 담당자 사무관`).
    static let contactRoleLabels: [Scalars] = ["담당자", "책임자"].map(scalars)

    /// Labels of participant lists in project tables: `주관기관 : 생기연, 성균관대…`.
    static let participantLabels: [Scalars] = [
        "주관기관", "참여기관", "수행기관", "공동연구기관", "위탁기관", "주관연구기관", "공동기관", "참여기업", "주관기업",
        "위탁연구기관", "협약기관", "컨소시엄",
    ].map(scalars)

    /// Words after a short university name (`순천향대 연구팀`).
    static let universityWords: [Scalars] = ["연구팀", "연구진", "교수", "총장", "산학협력단", "대학원", "캠퍼스"].map(scalars)

    /// List items that are not names.
    static let genericItems: Set<String> = [
        "등", "외", "기업", "대학", "연구소", "기관", "컨소시엄", "미정", "없음", "해당없음", "공모", "예정", "다수", "및",
        "주식회사", "산학연", "중소기업", "대기업", "중견기업", "연구기관", "수요기업", "공급기업",
    ]
}

/// Items grouped by the Hangul syllable they end in (each group in list order), found by a table
/// of one entry per syllable: asked for every word, where a dictionary keyed by the scalar hashed it
/// each time.
struct SyllableGroups<Item: Sendable>: Sendable {
    private let groups: [[Item]]
    /// For each Hangul syllable, its group in `groups` (0: the empty group).
    private let groupOfSyllable: [UInt8]

    /// `last` gives the syllable an item ends in, or nil for an item in no group.
    init(_ items: [Item], what: String, last: (Item) -> Unicode.Scalar?) {
        var groups: [[Item]] = [[]]
        var table = [UInt8](repeating: 0, count: 0xD7A4 - 0xAC00)
        for item in items {
            guard let c = last(item), KoreanNames.isHangul(c) else { continue }
            let slot = Int(c.value - 0xAC00)
            if table[slot] == 0 {
                precondition(groups.count < 256, "too many \(what) endings for the index")
                table[slot] = UInt8(groups.count)
                groups.append([])
            }
            groups[Int(table[slot])].append(item)
        }
        self.groups = groups
        self.groupOfSyllable = table
    }

    /// The items ending in `c`, in list order (none for anything but their syllables).
    @inline(__always)
    func items(endingWith c: Unicode.Scalar) -> [Item] {
        KoreanNames.isHangul(c) ? groups[Int(groupOfSyllable[Int(c.value - 0xAC00)])] : groups[0]
    }
}

/// The particles by their last syllable: the last scalar of a word picks the few that can end it,
/// where testing all 120 of them cost more than the rest of the word scan.
struct ParticleIndex: Sendable {
    private let all: [KoreanNames.Scalars]
    private let byLast: SyllableGroups<KoreanNames.Scalars>

    init(_ particles: [KoreanNames.Scalars]) {
        all = particles
        byLast = SyllableGroups(particles, what: "particle") { $0.last }
    }

    /// The particles that may end in `c`, in list order: exactly those for a Hangul syllable, all
    /// of them otherwise (callers still compare).
    @inline(__always)
    func candidates(endingWith c: Unicode.Scalar) -> [KoreanNames.Scalars] {
        KoreanNames.isHangul(c) ? byLast.items(endingWith: c) : all
    }
}

/// The suffix rules by the last syllable of their suffix, as indices into `KoreanNames.rules`
/// (handing out a rule copied the whole struct).
struct SuffixRuleIndex: Sendable {
    private let byLast: SyllableGroups<Int>

    init(_ rules: [KoreanNames.SuffixRule]) {
        for rule in rules {
            precondition(KoreanNames.isHangul(rule.suffix.last!), "a suffix rule must end in a Hangul syllable")
        }
        byLast = SyllableGroups(Array(rules.indices), what: "suffix") { rules[$0].suffix.last }
    }

    /// The rules whose suffix ends in `c`, in rule order (none for anything but those syllables).
    @inline(__always)
    func candidates(endingWith c: Unicode.Scalar) -> [Int] {
        byLast.items(endingWith: c)
    }
}
