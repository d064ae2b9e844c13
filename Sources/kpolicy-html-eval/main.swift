// Main-text evaluation of HTML extraction: for every `NAME.html` in a folder with a hand-written
// `NAME.expected.txt` beside it, compares the text `HTMLFormat` extracts with the expected text.
//
//   swift run -c release kpolicy-html-eval Tests/Fixtures/html-eval [--verbose]
//
// Prints per page and overall (micro-averaged: counts summed over pages) token precision, recall
// and F1 (whitespace tokens, multiset overlap), character-bigram F1 (bigrams inside each line,
// whitespace removed, multiset overlap), and leaked lines: extracted lines that share no line with
// the expected text (neither is contained in the other). `--verbose` lists leaked and missed lines.
import Foundation
import Normalize
import SourceText

struct Counts {
    var overlap = 0, extracted = 0, expected = 0
    mutating func add(_ o: Counts) { overlap += o.overlap; extracted += o.extracted; expected += o.expected }
    var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(overlap) / Double(extracted) }
    var recall: Double { expected == 0 ? (extracted == 0 ? 1 : 0) : Double(overlap) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

func multisetCounts(_ got: [String], _ want: [String]) -> Counts {
    var bag: [String: Int] = [:]
    for w in want { bag[w, default: 0] += 1 }
    var overlap = 0
    for g in got {
        if let n = bag[g], n > 0 { overlap += 1; bag[g] = n - 1 }
    }
    return Counts(overlap: overlap, extracted: got.count, expected: want.count)
}

func isBlank(_ c: Character) -> Bool { c.isWhitespace || c == "\u{00A0}" || c == "\u{3000}" }

/// Non-blank lines, whitespace runs (tabs included) collapsed to one space.
func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
        line.split(whereSeparator: isBlank).joined(separator: " ")
    }.filter { !$0.isEmpty }
}

func tokens(_ lines: [String]) -> [String] {
    lines.flatMap { $0.split(whereSeparator: isBlank).map(String.init) }
}

func bigrams(_ lines: [String]) -> [String] {
    var out: [String] = []
    for line in lines {
        let chars = line.filter { !isBlank($0) }.unicodeScalars.map { $0 }
        guard chars.count >= 2 else { if let c = chars.first { out.append(String(c)) }; continue }
        for k in 0..<(chars.count - 1) {
            var s = String.UnicodeScalarView(); s.append(chars[k]); s.append(chars[k + 1])
            out.append(String(s))
        }
    }
    return out
}

/// Extracted lines that share no line with the expected text.
func leaked(_ got: [String], _ want: [String]) -> [String] {
    got.filter { g in !want.contains { w in w == g || w.contains(g) || g.contains(w) } }
}

func pad(_ s: String, _ n: Int) -> String {
    let w = s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    return w >= n ? s : s + String(repeating: " ", count: n - w)
}
func f3(_ x: Double) -> String { String(format: "%.3f", x) }

var args = Array(CommandLine.arguments.dropFirst())
let verbose = args.contains("--verbose")
args.removeAll { $0 == "--verbose" }
guard let folder = args.first else {
    FileHandle.standardError.write("usage: kpolicy-html-eval FOLDER [--verbose]\n".data(using: .utf8)!)
    exit(2)
}
let fm = FileManager.default
let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
guard !names.isEmpty else {
    FileHandle.standardError.write("no .html pages in \(folder)\n".data(using: .utf8)!)
    exit(2)
}

var totalTokens = Counts(), totalBigrams = Counts()
var totalLeaked = 0, totalLines = 0, pages = 0
print(pad("page", 34) + "  enc          tokP   tokR   tokF1  bigF1  leaked/lines")
for name in names {
    let path = folder + "/" + name
    let stem = name.hasSuffix(".html") ? String(name.dropLast(5)) : String(name.dropLast(4))
    let expectedPath = folder + "/" + stem + ".expected.txt"
    guard let expectedRaw = try? String(contentsOfFile: expectedPath, encoding: .utf8) else {
        print(pad(name, 34) + "  (no \(stem).expected.txt; skipped)")
        continue
    }
    guard let data = fm.contents(atPath: path) else { print(pad(name, 34) + "  unreadable"); continue }
    let got: [String]
    var encoding = "-"
    switch HTMLCharset.decode(path: path, bytes: [UInt8](data), maxBytes: 64 << 20) {
    case .success(let source):
        encoding = source.encoding
        let result = HTMLFormat().analyze(source, options: NormalizeOptions())
        got = lines(result.document.text.string)
    case .failure(let error):
        print(pad(name, 34) + "  error: \(error)")
        got = []
    }
    let want = lines(TextNormalizer.normalize(expectedRaw))
    let t = multisetCounts(tokens(got), tokens(want))
    let b = multisetCounts(bigrams(got), bigrams(want))
    let leak = leaked(got, want)
    totalTokens.add(t); totalBigrams.add(b)
    totalLeaked += leak.count; totalLines += got.count; pages += 1
    print(pad(name, 34) + "  " + pad(encoding, 11) + "  " + [t.precision, t.recall, t.f1, b.f1].map(f3).joined(separator: "  ")
          + "  \(leak.count)/\(got.count)")
    if verbose {
        for l in leak { print("    + " + l) }
        for w in want where !got.contains(where: { $0 == w || $0.contains(w) || w.contains($0) }) { print("    - " + w) }
    }
}
print(pad("overall (\(pages) pages, micro)", 34) + "  " + pad("", 11) + "  "
      + [totalTokens.precision, totalTokens.recall, totalTokens.f1, totalBigrams.f1].map(f3).joined(separator: "  ")
      + "  \(totalLeaked)/\(totalLines)")
