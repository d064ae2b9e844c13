import Emit
import Extract
import Foundation
import Normalize
import Records
import Segment
import SourceText

/// A plain UTF-8 file too large to hold whole at every stage, processed in pieces with the records
/// written to spill files as they are built, so that memory is bounded by the piece size.
///
/// A first pass reads the file once in blocks: its sha256, that it is UTF-8, the boilerplate lines
/// (page furniture is counted over the whole file), the document's wrap width (a histogram of
/// normalized line widths), and where to cut. A cut lies after two empty lines (a sentence never
/// runs over an empty line, a written year carries only over two line breaks, and `이날` names no
/// day above two empty lines in a row), or after one when the line after it has nothing that could
/// read a date from above (`DateExtractor.mayReadDateAbove`) and no `이날` follows before two empty
/// lines in a row (`DateExtractor.mayNameDayAbove`; else the cut is taken back); not within the
/// first 44 lines (the date line is looked for in the first 40), and not within four lines above a
/// table row (a table reads its caption from there). Where that leaves a piece longer than twice
/// the piece size (files with few or no empty lines, such as PDF dumps), cuts are also made between
/// two lines (`LineCuts`). The second pass decodes, normalizes,
/// segments and extracts each piece with what is document-wide carried over: the reference date
/// (from the first piece), the wrap width, the dropped lines, repeated paragraphs, sentence
/// indices and series ids. Records equal those of the whole-document path (tested with small
/// pieces); provenance is rebased through `SourceMap`'s origin.
struct LargeTextDocument {
    let path: String
    let options: PipelineOptions

    /// What the first pass learns.
    struct Plan {
        struct Piece {
            var byte: Int
            var line: Int
        }
        var size = 0
        var sha256 = ""
        var pieces: [Piece] = [Piece(byte: 0, line: 0)]
        /// 0-based original lines dropped as boilerplate, sorted.
        var dropped: [Int] = []
        var wrapWidth: Int? = nil
    }

    static let blockSize = 1 << 20
    /// The date line is looked for in the first 40 normalized lines (`DocumentDateFinder`), and a
    /// date after its label may sit on the next line: the first piece holds at least this many.
    static let firstPieceLines = 44
    /// A table reads a caption from up to four lines above it (`TableFigures`).
    static let tableCaptionLines = 4

    /// Opens the file, or nil (the whole-document path handles every other case, errors included).
    static func open(path: String, options: PipelineOptions) -> Int32? {
        guard path != "-", options.pieceBytes > 0 else { return nil }
        let lower = path.lowercased()
        guard !lower.hasSuffix(".html"), !lower.hasSuffix(".htm") else { return nil }
        // One `stat` for the many small files; they are opened by the whole-document path.
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > options.pieceBytes,
              Int(info.st_size) <= options.maxBytes else { return nil }
        let fd = Foundation.open(path, O_RDONLY)
        return fd >= 0 ? fd : nil
    }

    /// Up to `count` bytes at `offset` (fewer at the end of the file); nil on a read error.
    static func read(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 { return nil }     // a read error: the whole-document path reports it
            if n == 0 { break }
            done += n
        }
        if done < count { out.removeSubrange(done...) }
        return out
    }

    // MARK: First pass

    /// Reads the file once; nil when it is not plain UTF-8 text or cannot be cut.
    func plan(_ fd: Int32) -> Plan? {
        var plan = Plan()
        var hasher = SHA256.Hasher()
        var drops = LineDropScan()
        // Lines that normalize to more than one line (U+2028) keep their widths here; the scan's
        // payload is a line's one width, -1 for none, or -2 for "look here".
        var severalWidths: [Int: [Int]] = [:]
        var widths = WrapWidthTally()
        var scratch = NormalizedText()
        var carry: [UInt8] = []
        var offset = 0          // file offset of carry[0]
        var readOffset = 0
        var line = 0
        var emptyRun = 0
        // A cut after one empty line waits for the line after it, the only one a date above can reach.
        var afterEmpty: Plan.Piece? = nil
        var pending: (cut: Plan.Piece, clean: Int, single: Bool)? = nil
        // The last pieces, cut after single empty lines since the last two empty lines in a row: a
        // later `이날` may name a day above them, and takes them back.
        var singleCuts = 0
        var lineCuts = LineCuts(spacing: min(1024, options.pieceBytes / 8))
        let keepBoilerplate = options.keepBoilerplate
        var atEnd = false
        while !atEnd {
            guard let block = Self.read(fd, at: readOffset, count: Self.blockSize) else { return nil }
            if readOffset == 0 {
                if block.count >= 2, (block[0] == 0xFF && block[1] == 0xFE) || (block[0] == 0xFE && block[1] == 0xFF) { return nil }
                if block.prefix(8192).contains(0) { return nil }
            }
            hasher.update(block[...])
            readOffset += block.count
            atEnd = block.count < Self.blockSize
            carry.append(contentsOf: block)
            // Whole lines only, but everything at the end.
            let take: Int
            if atEnd { take = carry.count } else if let last = carry.lastIndex(of: 0x0A) { take = last + 1 } else { continue }
            let part = Array(carry[..<take])
            carry.removeSubrange(..<take)
            guard case .success(let decoded) = UTF8Decoding.decode(part) else { return nil }
            let s = decoded.scalars
            let n = s.count
            var start = 0
            // Lines as `SourceMap` counts them: ended by `\n`, `\r\n` or a lone `\r`; the text after
            // the last break of the file is one more line (possibly empty).
            while start < n || (atEnd && start == n) {
                var end = start
                while end < n, s[end] != "\n", s[end] != "\r" { end += 1 }
                var next = end
                if next < n { next += (s[next] == "\r" && next + 1 < n && s[next + 1] == "\n") ? 2 : 1 }
                let body = s[start..<end]
                if keepBoilerplate {
                    Self.widths(body, scratch: &scratch).each { widths.add(width: $0) }
                } else {
                    // Measured only for a line the filter keeps (the closure is not called otherwise).
                    var lineWidths = LineWidths()
                    let kept = !drops.add(body, index: line) { kept in
                        lineWidths = Self.widths(kept, scratch: &scratch)
                        if lineWidths.more.isEmpty { return lineWidths.first ?? -1 }
                        severalWidths[line] = [lineWidths.first!] + lineWidths.more
                        return -2
                    }.dropped
                    if kept { lineWidths.each { widths.add(width: $0) } }
                }
                let empty = body.allSatisfy { $0 == " " }
                emptyRun = empty ? emptyRun + 1 : 0
                if let cut = afterEmpty {
                    afterEmpty = nil
                    // A second empty line: the cut goes after it instead (below), as before.
                    if pending == nil, !empty, !DateExtractor.mayReadDateAbove(body) { pending = (cut, 0, true) }
                }
                if var p = pending {
                    if body.contains("\t") {
                        pending = nil
                    } else {
                        p.clean += 1
                        if p.clean == Self.tableCaptionLines {
                            plan.pieces.append(p.cut)
                            if p.single { singleCuts += 1 }
                            pending = nil
                        } else {
                            pending = p
                        }
                    }
                }
                if emptyRun >= 2 { singleCuts = 0 }
                if !empty, singleCuts > 0 || pending?.single == true, DateExtractor.mayNameDayAbove(body) {
                    plan.pieces.removeLast(singleCuts)
                    singleCuts = 0
                    if pending?.single == true { pending = nil }
                }
                line += 1
                let lineEndByte = offset + (next < n ? Int(decoded.byteOffsets[next]) : part.count)
                // Lines are looked at only where a piece has grown well past its size with no cut
                // (most files have one soon after it): a line cut needs a piece over twice the size.
                lineCuts.add(body, endByte: lineEndByte,
                             look: lineEndByte - plan.pieces.last!.byte >= options.pieceBytes + options.pieceBytes / 2)
                if pending == nil, emptyRun >= 1, line >= Self.firstPieceLines, next < n || !atEnd,
                   lineEndByte - plan.pieces.last!.byte >= options.pieceBytes {
                    let cut = Plan.Piece(byte: lineEndByte, line: line)
                    if emptyRun >= 2 { pending = (cut, 0, false) } else { afterEmpty = cut }
                }
                if end == n { break }
                start = next
                if start == n, !atEnd { break }
            }
            offset += part.count
        }
        plan.size = readOffset
        plan.sha256 = hasher.hex()
        if !keepBoilerplate {
            let finished = drops.finish()
            plan.dropped = finished.dropped
            for f in finished.furnitureOnly {
                switch f.payload {
                case -2: for w in severalWidths[f.line] ?? [] { widths.remove(width: w) }
                case let w where w >= 0: widths.remove(width: w)
                default: break
                }
            }
        }
        plan.wrapWidth = widths.estimate
        plan.pieces = lineCuts.cut(plan.pieces, dropped: plan.dropped, size: plan.size,
                                   pieceBytes: options.pieceBytes, firstLine: Self.firstPieceLines)
        return plan.pieces.count > 1 ? plan : nil
    }

    /// The widths the segmenter will see for one original line once normalized (a line may become
    /// several: U+2028). Most lines normalize to themselves, width for width (only `` ` ``
    /// changes, to `'`, also one column); the others are normalized.
    /// `scratch` holds the normalized line: one text reused for every line of the file (a text per
    /// line cost its three arrays' allocations).
    static func widths(_ line: ArraySlice<Unicode.Scalar>, scratch text: inout NormalizedText) -> LineWidths {
        if TextNormalizer.keepsScalars(line) { return LineWidths(first: WrapWidthTally.width(of: line)) }
        text.removeAll(keepingCapacity: true)
        text.reserveCapacity(line.count + 4)
        TextNormalizer.append(Array(line), range: 0..<line.count, to: &text)
        var out = LineWidths()
        WrapWidthTally.forEachWidth(ofLinesIn: text.scalars) { w in
            if out.first == nil { out.first = w } else { out.more.append(w) }
        }
        return out
    }

    /// The widths of one original line's normalized lines that count for the wrap width: nearly
    /// always one or none (no array to allocate per line).
    struct LineWidths {
        var first: Int? = nil
        var more: [Int] = []

        func each(_ body: (Int) -> Void) {
            if let first { body(first) }
            for w in more { body(w) }
        }
    }

    // MARK: Second pass

    /// Processes the pieces in order, spilling record lines; nil if the file could not be read back.
    func emit(_ fd: Int32, plan: Plan, processor: DocumentProcessor) -> EmittedDocument? {
        guard let sentenceSpill = try? SpillFile(), let mentionSpill = try? SpillFile() else { return nil }
        let normalizer = PlainTextFormat()
        var context = DocumentContext(referenceDate: options.referenceDate)
        var dateSource: String? = options.referenceDate == nil ? nil : "--reference-date"
        var ownDate: CalendarDate? = nil
        var repeats = DuplicateParagraphs.Tracker()
        var sentenceBase = 0
        var arrowBase = 0
        var counts: [MentionType: Int] = [:]
        var duplicateCount = 0
        var mentionCount = 0
        var droppedIndex = 0
        let doc = path
        for (k, piece) in plan.pieces.enumerated() {
            let end = k + 1 < plan.pieces.count ? plan.pieces[k + 1].byte : plan.size
            let nextLine = k + 1 < plan.pieces.count ? plan.pieces[k + 1].line : Int.max
            guard let bytes = Self.read(fd, at: piece.byte, count: end - piece.byte), bytes.count == end - piece.byte,
                  case .success(let decoded) = UTF8Decoding.decode(bytes) else { return nil }
            let source = SourceFile(path: path, bytes: bytes, encoding: "UTF-8", scalars: decoded.scalars,
                                    byteOffsets: decoded.byteOffsets, origin: (piece.line, piece.byte))
            var localDropped: [Int] = []
            while droppedIndex < plan.dropped.count, plan.dropped[droppedIndex] < nextLine {
                localDropped.append(plan.dropped[droppedIndex] - piece.line)
                droppedIndex += 1
            }
            let document = normalizer.normalize(source, droppedLines: localDropped)
            if k == 0, let found = DocumentDateFinder.find(in: document.text) {
                ownDate = found.date
                let line = document.source.map.location(ofScalar: document.text.originalRange(of: found.range).lowerBound).line
                dateSource = "line \(line)"
                context.referenceDate = found.date
            }
            let sentences = processor.segmenter.segment(document.text, knownWrapWidth: .some(plan.wrapWidth))
            var mentions = processor.suite.extract(from: ExtractionInput(text: document.text, sentences: sentences, context: context))
            if arrowBase != 0 { mentions = mentions.map { SeriesArrows.renumbered($0, by: arrowBase) } }
            arrowBase += SeriesArrows.count(in: document.text.scalars)
            let duplicates = DocumentProcessor.insideAny(mentions.indices.map { mentions[$0].range },
                                                          of: repeats.ranges(in: document.text, sentences: sentences.indices.map { sentences[$0].range }))
            let mentionSentences = DocumentProcessor.sentenceIndices(of: mentions, in: sentences)

            var lines: [UInt8] = []
            var hint = 0
            for (i, s) in sentences.enumerated() {
                Records.appendSentence(s, index: sentenceBase + i, doc: doc, document: document, line: &hint, to: &lines)
                if lines.count >= SpillFile.chunkSize { guard (try? sentenceSpill.append(lines)) != nil else { return nil }; lines.removeAll(keepingCapacity: true) }
            }
            guard (try? sentenceSpill.append(lines)) != nil else { return nil }
            lines.removeAll(keepingCapacity: true)
            hint = 0
            // By index: `enumerated()` copied each mention (its strings retained and released).
            for i in mentions.indices {
                let duplicate = duplicates[i]
                Records.appendMention(mentions[i], doc: doc, document: document, sentence: sentenceBase + mentionSentences[i],
                                      duplicate: duplicate, html: false, line: &hint, to: &lines)
                if duplicate { duplicateCount += 1 } else { counts[mentions[i].type, default: 0] += 1 }
                if lines.count >= SpillFile.chunkSize { guard (try? mentionSpill.append(lines)) != nil else { return nil }; lines.removeAll(keepingCapacity: true) }
            }
            guard (try? mentionSpill.append(lines)) != nil else { return nil }
            mentionCount += mentions.count
            sentenceBase += sentences.count
        }
        guard (try? sentenceSpill.finishWriting()) != nil, (try? mentionSpill.finishWriting()) != nil else { return nil }
        var facts = Records.DocumentFacts(doc: doc, status: .ok, message: nil)
        facts.sha256 = plan.sha256
        facts.bytes = plan.size
        facts.encoding = "UTF-8"
        facts.format = PlainTextFormat().name
        facts.date = ownDate?.iso
        facts.referenceDate = context.referenceDate?.iso
        facts.dateSource = dateSource
        facts.sentences = sentenceBase
        facts.counts = counts
        facts.duplicates = duplicateCount
        var emitted = EmittedDocument(document: Records.document(facts).line, sentences: [], mentions: [], failed: false, message: nil)
        emitted.spilled = SpilledLines(sentences: sentenceSpill, mentions: mentionSpill, mentionCount: mentionCount, inputBytes: plan.size)
        return emitted
    }
}

extension DocumentProcessor {
    /// A plain UTF-8 file larger than `options.pieceBytes`, processed in pieces with its records
    /// spilled to disk (`LargeTextDocument`); nil for every other input (standard input, HTML,
    /// small files, other encodings, files that cannot be cut, read errors), which then take
    /// `emit(path:bytes:)` as before.
    public func emitLarge(path: String) -> EmittedDocument? {
        guard let fd = LargeTextDocument.open(path: path, options: options) else { return nil }
        defer { close(fd) }
        let large = LargeTextDocument(path: path, options: options)
        guard let plan = large.plan(fd) else { return nil }
        return large.emit(fd, plan: plan, processor: self)
    }
}
