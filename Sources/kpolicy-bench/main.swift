// kpolicy-bench: throughput of each pipeline stage, measured in-process on the given files.
//
// Usage: kpolicy-bench [--repeat N] PATH...   (files or folders of .txt / .html / .htm)
//
// Each file is read once into memory (reading is not timed), then every stage runs on it in turn
// through the modules' own APIs: decode (SourceText), normalize (Normalize), segment (Segment),
// each extractor of the standard suite (Extract), and emit (Records, through the Pipeline's
// `emit`, whose time minus decode and analysis is what building the JSON lines costs). Rates are
// MB of input bytes per second of one core's CPU time (the process runs on one thread).
// Kept out of `swift test`: run it from scripts/bench.sh on a release build.
import Foundation
import Extract
import Normalize
import Pipeline
import Segment
import SourceText

/// CPU seconds used by this process so far (user + system).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return s(usage.ru_utime) + s(usage.ru_stime)
}

/// Peak resident set of this process in MB.
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Seconds per named stage, in the order stages were first seen.
struct StageTimes {
    private(set) var names: [String] = []
    private(set) var seconds: [String: Double] = [:]

    mutating func add(_ name: String, _ s: Double) {
        if seconds[name] == nil { names.append(name) }
        seconds[name, default: 0] += s
    }

    mutating func time<T>(_ name: String, _ body: () -> T) -> T {
        let start = cpuSeconds()
        let result = body()
        add(name, cpuSeconds() - start)
        return result
    }
}

func inputFiles(_ paths: [String]) -> [String] {
    var files: [String] = []
    let fm = FileManager.default
    for path in paths {
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        if !isDirectory.boolValue { files.append(path); continue }
        let walker = fm.enumerator(atPath: path)
        while let name = walker?.nextObject() as? String {
            let lower = name.lowercased()
            if lower.hasSuffix(".txt") || lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
                files.append(path + "/" + name)
            }
        }
    }
    return files.sorted()
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 1
if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    repeats = max(1, n)
    arguments.removeSubrange(i...(i + 1))
}
let files = inputFiles(arguments)
guard !files.isEmpty else {
    FileHandle.standardError.write("usage: kpolicy-bench [--repeat N] PATH...\n".data(using: .utf8)!)
    exit(2)
}

let options = PipelineOptions(referenceDate: CalendarDate(iso: "2023-12-05"))
let processor = DocumentProcessor(options: options)
let segmenter = SentenceSegmenter()
var times = StageTimes()
var totalBytes = 0
var mentionCount = 0

for _ in 0..<repeats {
    for path in files {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        let bytes = [UInt8](data)
        totalBytes += bytes.count
        let isHTML = processor.format(forPath: path) is HTMLFormat
        let decoded = times.time("decode") {
            isHTML ? HTMLCharset.decode(path: path, bytes: bytes, maxBytes: options.maxBytes)
                : SourceDecoder.decode(path: path, bytes: bytes, maxBytes: options.maxBytes)
        }
        guard case .success(let source) = decoded else { continue }
        let document = times.time("normalize") {
            isHTML ? HTMLFormat().analyze(source, options: NormalizeOptions()).document
                : PlainTextFormat().normalize(source, options: NormalizeOptions())
        }
        let sentences = times.time("segment") { segmenter.segment(document.text) }
        let input = ExtractionInput(text: document.text, sentences: sentences, context: DocumentContext(referenceDate: options.referenceDate))
        for extractor in ExtractorSuite.standard.extractors {
            let found = times.time("extract " + String(describing: type(of: extractor))) { extractor.extract(from: input) }
            mentionCount += found.count
        }
        // The whole document path, and emit as its remainder.
        let analyzeStart = cpuSeconds()
        _ = processor.analyze(source)
        let analyzeSeconds = cpuSeconds() - analyzeStart
        let decodeSeconds: Double
        do {
            let start = cpuSeconds()
            _ = isHTML ? HTMLCharset.decode(path: path, bytes: bytes, maxBytes: options.maxBytes)
                : SourceDecoder.decode(path: path, bytes: bytes, maxBytes: options.maxBytes)
            decodeSeconds = cpuSeconds() - start
        }
        _ = times.time("whole document (decode+analyze+emit)") { processor.emit(path: path, bytes: .success(bytes)) }
        times.add("  analyze only", analyzeSeconds)
        times.add("  decode again", decodeSeconds)
    }
}

let mb = Double(totalBytes) / 1e6
func row(_ name: String, _ seconds: Double) {
    let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(padded + String(format: " %8.2f s  %9.1f MB/s", seconds, seconds > 0 ? mb / seconds : .infinity))
}
print(String(format: "kpolicy-bench: %d files, %.1f MB, %d mentions (extractors before overlap resolution)", files.count * repeats, mb, mentionCount))
let whole = times.seconds["whole document (decode+analyze+emit)"] ?? 0
let analyzeOnly = times.seconds["  analyze only"] ?? 0
let emitSeconds = max(0, whole - analyzeOnly - (times.seconds["  decode again"] ?? 0))
for name in times.names where !name.hasPrefix("  ") {
    row(name, times.seconds[name]!)
}
row("analyze (normalize..extract, overlaps, date)", analyzeOnly)
row("emit (whole - decode - analyze)", emitSeconds)
print(String(format: "peak RSS %.1f MB", peakRSSMegabytes()))
