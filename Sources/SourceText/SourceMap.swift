/// A position in the original file: 1-based line and column (columns count Unicode scalars) and the
/// 0-based byte offset.
public struct SourceLocation: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let byte: Int

    public init(line: Int, column: Int, byte: Int) {
        self.line = line
        self.column = column
        self.byte = byte
    }
}

/// A half-open range of the original file, as lines/columns and bytes. `end` is exclusive: its
/// column is one past the last scalar of the range, its byte one past the last byte.
public struct SourceRange: Sendable, Hashable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}

/// The one place that turns offsets in the decoded original text into lines, columns and bytes.
///
/// The decoded original is a sequence of Unicode scalars; scalar `i` starts at byte
/// `byteOffsets[i]` of the file. Lines end at `\n`, at `\r\n` and at a lone `\r`.
///
/// ```swift
/// let map = SourceMap(utf8: Array("가\n나".utf8))
/// map.location(ofScalar: 2)   // line 2, column 1, byte 4
/// ```
public struct SourceMap: Sendable {
    /// Byte offset of every scalar, plus the file length at the end (count = scalarCount + 1).
    private let byteOffsets: [Int32]
    /// Scalar index at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int32]

    public var scalarCount: Int { byteOffsets.count - 1 }
    public var lineCount: Int { lineStarts.count }

    /// Builds the map from decoded scalars and the byte offset where each starts.
    /// Where this text starts in a larger file (a piece of a large document, cut at a line start):
    /// added to every line and byte this map reports, so records point into the whole file.
    /// Internal line indices (`lineIndex`, `scalarRange(ofLine:)`) stay relative to the piece.
    private var lineBase = 0
    private var byteBase = 0

    public init(scalars: [Unicode.Scalar], byteOffsets: [Int32], byteLength: Int, origin: (line: Int, byte: Int)) {
        self.init(scalars: scalars, byteOffsets: byteOffsets, byteLength: byteLength)
        lineBase = origin.line
        byteBase = origin.byte
    }

    public init(scalars: [Unicode.Scalar], byteOffsets: [Int32], byteLength: Int) {
        precondition(byteOffsets.count == scalars.count)
        var offsets = byteOffsets
        offsets.append(Int32(byteLength))
        self.byteOffsets = offsets
        var starts: [Int32] = [0]
        var i = 0
        let n = scalars.count
        while i < n {
            let v = scalars[i].value
            if v == 0x0A {
                starts.append(Int32(i + 1))
            } else if v == 0x0D {
                if i + 1 < n, scalars[i + 1].value == 0x0A {
                    i += 1
                }
                starts.append(Int32(i + 1))
            }
            i += 1
        }
        self.lineStarts = starts
    }

    /// Convenience for UTF-8 text that is known to be valid (tests, standard input already checked).
    public init(utf8 bytes: [UInt8]) {
        let decoded = UTF8Decoding.decode(bytes)
        switch decoded {
        case .success(let d): self.init(scalars: d.scalars, byteOffsets: d.byteOffsets, byteLength: bytes.count)
        case .failure: self.init(scalars: [], byteOffsets: [], byteLength: 0)
        }
    }

    /// The 0-based index of the line holding scalar `index` (clamped to the text).
    public func lineIndex(ofScalar index: Int) -> Int {
        let target = Int32(max(0, min(index, scalarCount)))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Line, column and byte of the scalar at `index`; `index == scalarCount` is the end of file.
    public func location(ofScalar index: Int) -> SourceLocation {
        let clamped = max(0, min(index, scalarCount))
        let line = lineIndex(ofScalar: clamped)
        return SourceLocation(
            line: lineBase + line + 1,
            column: clamped - Int(lineStarts[line]) + 1,
            byte: byteBase + Int(byteOffsets[clamped]))
    }

    /// The original range covered by scalars `range` (half-open).
    public func range(ofScalars range: Range<Int>) -> SourceRange {
        SourceRange(start: location(ofScalar: range.lowerBound), end: location(ofScalar: range.upperBound))
    }

    /// `range(ofScalars:)` for callers that visit ranges in text order (records of one document):
    /// `line` is the 0-based line of the previous lookup; lines are found by stepping forward from
    /// it, falling back to the binary search when the range lies behind it or far ahead.
    public func range(ofScalars range: Range<Int>, fromLine line: inout Int) -> SourceRange {
        let start = location(ofScalar: range.lowerBound, fromLine: &line)
        var endLine = line
        let end = location(ofScalar: range.upperBound, fromLine: &endLine)
        return SourceRange(start: start, end: end)
    }

    func location(ofScalar index: Int, fromLine line: inout Int) -> SourceLocation {
        let clamped = max(0, min(index, scalarCount))
        let target = Int32(clamped)
        var found = line
        if found < 0 || found >= lineStarts.count || lineStarts[found] > target {
            found = lineIndex(ofScalar: clamped)
        } else {
            var steps = 0
            while found + 1 < lineStarts.count, lineStarts[found + 1] <= target {
                found += 1
                steps += 1
                if steps == 16 { found = lineIndex(ofScalar: clamped); break }
            }
        }
        line = found
        return SourceLocation(line: lineBase + found + 1, column: clamped - Int(lineStarts[found]) + 1,
                              byte: byteBase + Int(byteOffsets[clamped]))
    }

    /// Byte offset where scalar `index` starts (`scalarCount` gives the file length).
    public func byteOffset(ofScalar index: Int) -> Int {
        byteBase + Int(byteOffsets[max(0, min(index, scalarCount))])
    }

    /// Scalar range of line `lineIndex` (0-based), without its line terminator.
    public func scalarRange(ofLine lineIndex: Int, in scalars: [Unicode.Scalar]) -> Range<Int> {
        let start = Int(lineStarts[lineIndex])
        var end = lineIndex + 1 < lineStarts.count ? Int(lineStarts[lineIndex + 1]) : scalarCount
        while end > start, scalars[end - 1] == "\n" || scalars[end - 1] == "\r" { end -= 1 }
        return start..<end
    }
}
