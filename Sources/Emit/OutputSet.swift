import Foundation

/// Every output file of one run in `--out`, in the formats asked for, fed one document at a time
/// with that document's JSON Lines (the record contract of `Records`). CSV and SQLite are laid out
/// from those same lines, so the three formats can never disagree.
///
/// Nothing replaces an existing output until `commit()`: each file is written under a temporary
/// name and renamed at the end.
public final class OutputSet {
    private var jsonl: [RecordKind: AtomicFile] = [:]
    private var csv: CSVFiles?
    private var sqlite: SQLiteFile?
    private let directory: String
    private let manifest: Manifest
    private var committed = false

    public init(directory: String, formats: [OutputFormat], byteOrderMark: Bool = true, manifest: Manifest) throws {
        self.directory = directory
        self.manifest = manifest
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        do {
            if formats.contains(.jsonl) {
                for kind in RecordKind.allCases { jsonl[kind] = try AtomicFile(name: kind.rawValue + ".jsonl", in: directory) }
            }
            if formats.contains(.csv) { csv = try CSVFiles(directory: directory, byteOrderMark: byteOrderMark) }
            if formats.contains(.sqlite) { sqlite = try SQLiteFile(directory: directory) }
        } catch {
            discard()
            throw error
        }
    }

    /// Appends one document's records: its documents.jsonl line, its sentences and its mentions.
    public func write(document: [UInt8], sentences: [UInt8], mentions: [UInt8]) throws {
        jsonl[.documents]?.write(document)
        jsonl[.sentences]?.write(sentences)
        jsonl[.mentions]?.write(mentions)
        guard csv != nil || sqlite != nil else { return }
        func flat(_ bytes: [UInt8], _ kind: RecordKind) throws -> [FlatRecord] {
            try jsonLines(bytes).map { try FlatRecord(line: $0, kind: kind) }
        }
        let d = try flat(document, .documents), s = try flat(sentences, .sentences), m = try flat(mentions, .mentions)
        csv?.write(d)
        csv?.write(s)
        csv?.write(m)
        try sqlite?.write(document: d, sentences: s, mentions: m)
    }

    /// Appends one large document's records, its sentence and mention lines read back from spill
    /// files in chunks of whole lines, so that they are never all in memory. Writes the same bytes
    /// as `write(document:sentences:mentions:)` with the files' contents.
    public func write(document: [UInt8], sentences: SpillFile, mentions: SpillFile) throws {
        jsonl[.documents]?.write(document)
        let flatten = csv != nil || sqlite != nil
        func flat(_ bytes: [UInt8], _ kind: RecordKind) throws -> [FlatRecord] {
            flatten ? try jsonLines(bytes).map { try FlatRecord(line: $0, kind: kind) } : []
        }
        let d = try flat(document, .documents)
        csv?.write(d)
        let inserting = try sqlite?.begin(document: d) ?? false
        // Sentence records are numbered 0..<count in order.
        var sentenceCount: Int64 = 0
        try sentences.forEachChunk { chunk in
            jsonl[.sentences]?.write(chunk)
            let s = try flat(chunk, .sentences)
            csv?.write(s)
            sentenceCount += Int64(s.count)
            if inserting { try sqlite?.insert(s, kind: .sentences) }
        }
        try mentions.forEachChunk { chunk in
            jsonl[.mentions]?.write(chunk)
            let m = try flat(chunk, .mentions)
            csv?.write(m)
            if inserting {
                try sqlite?.insert(mentions: m) { value in
                    if case .integer(let i) = value { return i >= 0 && i < sentenceCount }
                    return false
                }
            }
        }
    }

    /// Puts every file in place, then the manifest that describes them.
    public func commit() throws {
        let manifestPath = (directory as NSString).appendingPathComponent(Manifest.fileName)
        unlink(manifestPath)
        for kind in RecordKind.allCases { try jsonl[kind]?.commit() }
        try csv?.commit()
        try sqlite?.commit()
        let file = try AtomicFile(name: Manifest.fileName, in: directory)
        file.write(manifest.bytes)
        try file.commit()
        committed = true
    }

    /// Removes the temporary files of a run that did not finish.
    public func discard() {
        for file in jsonl.values { file.discard() }
        csv?.discard()
        sqlite?.discard()
    }

    deinit {
        if !committed { discard() }
    }
}
