/// Where the organization passes' cues may start in one document, gathered in one scan.
///
/// Each pass of `OrgScan` looks for something that begins with one of a few scalars (`(주)` with
/// `(`, `주`…; a web address with `w`, `h`, `@`, `.`; `등 기업` with `등`). Asking every scalar of
/// the document again in each of ten passes cost more than the passes' real work; one scan with a
/// table lookup per scalar hands each pass its positions, in order. A pass skips the positions it
/// would have skipped (inside an address found), so it does exactly what its full scan did.
struct OrgCues {
    /// `w` `h` `@` `.`: web and e-mail addresses, bare domains (`findBlocked`).
    var address: [Int] = []
    /// The first letters of the copyright markers, ASCII ones in either case (`findBlocked`).
    var copyright: [Int] = []
    /// The first scalars of the company markers (`(주)`, `주식회사`, `농업회사법인`…).
    var companyMarker: [Int] = []
    /// `[` `(` `ⓒ` `©`: bylines and photo credits.
    var byline: [Int] = []
    /// `U` `I`: `University`, `Institute`.
    var latin: [Int] = []
    /// The first syllables of participant-list labels (`주관기관`, `참여기업`…).
    var participant: [Int] = []
    /// `등`: a list closed by a cue.
    var listCue: [Int] = []
    /// `와` `과`: a cooperation cue.
    var cooperation: [Int] = []
    /// `참`: an attendance verb.
    var attendance: [Int] = []
    /// Where a gazetteer name may start: a scalar some name starts with, not a space, with no
    /// letter or digit right before it.
    var gazetteer: [Int] = []
    /// The words (`KoreanNames.isWordChar` runs) of two or more scalars that end in a Hangul
    /// syllable that is a particle's last or one of `OrgScan.wordEndings`: the only ones
    /// `OrgScan.wordPass` can read anything in.
    var words: [Range<Int>] = []

    init() {}

    init(_ s: [Unicode.Scalar], gazetteer g: Gazetteer) {
        // The scan keeps few values live (the cue hits packed as position << 16 | passes, sorted
        // out after): with a list per pass inside the loop, the registers spilled at every scalar.
        var hits: [Int] = [], gazetteer: [Int] = [], words: [Range<Int>] = []
        // Room for what Korean prose holds (a word start in about every five scalars), so that the
        // lists are not copied as they grow.
        hits.reserveCapacity(s.count / 16)
        gazetteer.reserveCapacity(s.count / 8)
        words.reserveCapacity(s.count / 5)
        Self.table.withUnsafeBufferPointer { table in
            s.withUnsafeBufferPointer { buf in
                var previousAlnum = false
                // Start of the run of word characters the scan is in, or -1.
                var wordStart = -1
                for i in 0..<buf.count {
                    let c = buf[i]
                    let v = c.value
                    // Nothing above the Basic Multilingual Plane is a letter, a digit or a cue here.
                    let m = v < 0x10000 ? table[Int(v)] : 0
                    if m & Self.cueBits != 0 { hits.append(i << 16 | Int(m & Self.cueBits)) }
                    if !previousAlnum, g.canStart(c), !KoreanNames.isSpace(c) { gazetteer.append(i) }
                    previousAlnum = m & Self.alnumBit != 0
                    if m & Self.wordBit != 0 {
                        if wordStart < 0 { wordStart = i }
                    } else if wordStart >= 0 {
                        if i - wordStart >= 2, KoreanNames.isHangul(buf[i - 1]),
                           table[Int(buf[i - 1].value)] & Self.wordEndBits != 0 { words.append(wordStart..<i) }
                        wordStart = -1
                    }
                }
                let n = buf.count
                if wordStart >= 0, n - wordStart >= 2, KoreanNames.isHangul(buf[n - 1]),
                   table[Int(buf[n - 1].value)] & Self.wordEndBits != 0 { words.append(wordStart..<n) }
            }
        }
        for hit in hits {
            let i = hit >> 16, m = UInt16(truncatingIfNeeded: hit)
            if m & Self.addressBit != 0 { address.append(i) }
            if m & Self.copyrightBit != 0 { copyright.append(i) }
            if m & Self.companyMarkerBit != 0 { companyMarker.append(i) }
            if m & Self.bylineBit != 0 { byline.append(i) }
            if m & Self.latinBit != 0 { latin.append(i) }
            if m & Self.participantBit != 0 { participant.append(i) }
            if m & Self.listCueBit != 0 { listCue.append(i) }
            if m & Self.cooperationBit != 0 { cooperation.append(i) }
            if m & Self.attendanceBit != 0 { attendance.append(i) }
        }
        self.gazetteer = gazetteer
        self.words = words
    }

    static let addressBit: UInt16 = 1 << 0
    static let copyrightBit: UInt16 = 1 << 1
    static let companyMarkerBit: UInt16 = 1 << 2
    static let bylineBit: UInt16 = 1 << 3
    static let latinBit: UInt16 = 1 << 4
    static let participantBit: UInt16 = 1 << 5
    static let listCueBit: UInt16 = 1 << 6
    static let cooperationBit: UInt16 = 1 << 7
    static let attendanceBit: UInt16 = 1 << 8
    static let cueBits: UInt16 = (1 << 9) - 1
    /// `KoreanNames.isAlnum` and `KoreanNames.isWordChar`, asked of every scalar.
    static let alnumBit: UInt16 = 1 << 9
    static let wordBit: UInt16 = 1 << 10
    /// The last syllable of a particle (`KoreanNames.particleFinals`), of a name `OrgScan.reading`
    /// knows (`OrgScan.wordEndings`).
    static let particleFinalBit: UInt16 = 1 << 11
    static let wordEndingBit: UInt16 = 1 << 12
    static let wordEndBits: UInt16 = particleFinalBit | wordEndingBit
    /// The last scalar of a programme's head noun (`ProgramScan.headFinals`): `ProgramScan.run`
    /// reads only the words that hold one.
    static let programHeadFinalBit: UInt16 = 1 << 13

    /// Per scalar of the Basic Multilingual Plane, the passes whose cue may start with it (no cue
    /// starts above it). Built from the passes' own lists where they have one.
    static let table: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 0x10000)
        func mark(_ scalars: [Unicode.Scalar], _ bit: UInt16) {
            for c in scalars {
                precondition(c.value < 0x10000, "a cue must start in the Basic Multilingual Plane")
                t[Int(c.value)] |= bit
            }
        }
        mark(["w", "h", "@", "."], addressBit)
        // The markers are lower case; the text is compared without ASCII case.
        let copyrightFirsts = OrgScan.copyrightMarkers.map { $0[0] }
        mark(copyrightFirsts, copyrightBit)
        mark(copyrightFirsts.compactMap { c in
            (0x61...0x7A).contains(c.value) ? Unicode.Scalar(c.value - 0x20) : nil
        }, copyrightBit)
        mark(OrgScan.companyMarkers.map { $0.0[0] }, companyMarkerBit)
        mark(["[", "(", "ⓒ", "©"], bylineBit)
        mark(["U", "I"], latinBit)
        mark(KoreanNames.participantLabels.map { $0[0] }, participantBit)
        mark(["등"], listCueBit)
        mark(["와", "과"], cooperationBit)
        mark(OrgScan.attendanceVerbs.map { $0[0] }, attendanceBit)
        // `KoreanNames.isAlnum`: Hangul syllables, ASCII letters and digits; `isWordChar` adds `&`.
        for range in [0xAC00...0xD7A3, 0x30...0x39, 0x41...0x5A, 0x61...0x7A] {
            for v in range { t[v] |= alnumBit | wordBit }
        }
        t[Int(("&" as Unicode.Scalar).value)] |= wordBit
        mark(KoreanNames.particleList.compactMap { $0.unicodeScalars.last }, particleFinalBit)
        mark(OrgScan.wordEndings, wordEndingBit)
        mark(ProgramScan.headFinals.compactMap(Unicode.Scalar.init), programHeadFinalBit)
        return t
    }()
}
