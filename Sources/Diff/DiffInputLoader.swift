import Dispatch
import Foundation
import Pipeline
import SourceText

/// Reads one side of a diff: a document, a folder of documents (run through the pipeline here, in
/// this process), or an earlier output folder (one holding mentions.jsonl; documents.jsonl and
/// sentences.jsonl beside it are read when present).
public struct DiffInputLoader: Sendable {
    public let options: PipelineOptions
    public let jobs: Int

    public init(options: PipelineOptions, jobs: Int = 1) {
        self.options = options
        self.jobs = max(1, jobs)
    }

    public func load(_ path: String) -> DiffSide {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue,
           FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("mentions.jsonl")) {
            do {
                return DiffSide(label: path, documents: try Self.readOutputFolder(path))
            } catch {
                return DiffSide(label: path, documents: [], failures: ["\(error)"])
            }
        }
        return runPipeline(path, isFolder: exists && isDirectory.boolValue)
    }

    // MARK: documents through the pipeline

    private func runPipeline(_ path: String, isFolder: Bool) -> DiffSide {
        let processor = DocumentProcessor(options: options)
        var files: [String] = []
        var failures: [String] = []
        for item in InputCollector.collect([path]) {
            switch item {
            case .file(let file): files.append(file)
            case .failure(_, let message): failures.append(message)
            case .skipped: break
            }
        }
        let results = BatchRunner.parallelMap(files, jobs: jobs) { file -> Result<DiffDocument, DiffInputError> in
            let emitted = processor.emit(path: file, bytes: BatchRunner.readBytes(file))
            if emitted.failed { return .failure(DiffInputError(message: emitted.message ?? "\(file): cannot be read")) }
            do {
                let docRecord = try RecordReader.object(String(decoding: emitted.document, as: UTF8.self))
                let mentions = try RecordReader.lines(String(decoding: emitted.mentions, as: UTF8.self), name: file)
                let sentences = try RecordReader.lines(String(decoding: emitted.sentences, as: UTF8.self), name: file)
                var document = DiffDocument(path: file, relativePath: Self.relative(file, to: isFolder ? path : nil),
                                            referenceDate: docRecord.string("referenceDate"))
                Self.fill(&document, mentions: mentions, sentences: sentences)
                return .success(document)
            } catch {
                return .failure(DiffInputError(message: "\(file): \(error)"))
            }
        }
        var documents: [DiffDocument] = []
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): failures.append(error.message)
            }
        }
        return DiffSide(label: path, documents: documents, failures: failures)
    }

    /// `folder/sub/a.txt` relative to `folder` is `sub/a.txt`; a single file is its file name.
    static func relative(_ file: String, to folder: String?) -> String {
        guard let folder else { return (file as NSString).lastPathComponent }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }

    // MARK: earlier output folders

    static func readOutputFolder(_ folder: String) throws -> [DiffDocument] {
        func file(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        let mentions = try RecordReader.lines(try readText(file("mentions.jsonl")), name: file("mentions.jsonl"))
        var referenceDates: [String: String] = [:]
        if FileManager.default.fileExists(atPath: file("documents.jsonl")) {
            for record in try RecordReader.lines(try readText(file("documents.jsonl")), name: file("documents.jsonl")) {
                if let doc = record.string("doc"), let date = record.string("referenceDate") { referenceDates[doc] = date }
            }
        }
        var sentencesByDoc: [String: [RecordObject]] = [:]
        if FileManager.default.fileExists(atPath: file("sentences.jsonl")) {
            for record in try RecordReader.lines(try readText(file("sentences.jsonl")), name: file("sentences.jsonl")) {
                if let doc = record.string("doc") { sentencesByDoc[doc, default: []].append(record) }
            }
        }
        var order: [String] = []
        var mentionsByDoc: [String: [RecordObject]] = [:]
        for record in mentions {
            guard let doc = record.string("doc") else { continue }
            if mentionsByDoc[doc] == nil { order.append(doc) }
            mentionsByDoc[doc, default: []].append(record)
        }
        let commonPrefix = Self.commonFolder(order)
        return order.map { doc in
            var document = DiffDocument(path: doc, relativePath: String(doc.dropFirst(commonPrefix.count)),
                                        referenceDate: referenceDates[doc])
            fill(&document, mentions: mentionsByDoc[doc] ?? [], sentences: sentencesByDoc[doc] ?? [])
            return document
        }
    }

    /// The folder prefix (ending in `/`) shared by every path, so `Output` of `Corpus/a.txt` pairs
    /// with a folder run over `Corpus`.
    static func commonFolder(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        var prefix = first.contains("/") ? String(first[...first.lastIndex(of: "/")!]) : ""
        for path in paths.dropFirst() where !path.hasPrefix(prefix) {
            while !prefix.isEmpty && !path.hasPrefix(prefix) {
                prefix.removeLast()
                if let slash = prefix.lastIndex(of: "/") { prefix = String(prefix[...slash]) } else { prefix = "" }
            }
        }
        return prefix
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiffInputError(message: "\(path): cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Mentions (leaving out those in repeated paragraphs, which would otherwise match twice) and
    /// sentences into `document`.
    static func fill(_ document: inout DiffDocument, mentions: [RecordObject], sentences: [RecordObject]) {
        var order = 0
        for record in mentions where !record.bool("duplicate") {
            if let figure = FigureRecord(record: record, order: order) {
                document.mentions.append(figure)
                order += 1
            }
        }
        for record in sentences {
            guard let index = record.int("index"), let text = record.string("text") else { continue }
            document.sentences[index] = SentenceText(text: text, kind: record.string("kind"))
        }
    }
}
