import Foundation

/// Appends records to temporary files beside the final outputs and renames them into place at the
/// end, so that readers never see a half-written file and an interrupted run changes nothing.
final class OutputWriter {
    private struct Target {
        let finalPath: String
        let temporaryPath: String
        let handle: FileHandle
    }

    private var mentions: Target?
    private var documents: Target?
    private var sentences: Target?
    private let toStandardOutput: Bool

    init(directory: String?) throws {
        guard let directory else {
            toStandardOutput = true
            return
        }
        toStandardOutput = false
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func open(_ name: String) throws -> Target {
            let finalPath = (directory as NSString).appendingPathComponent(name)
            let temporaryPath = OutputWriter.temporaryPath(for: name, in: directory)
            guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporaryPath) else {
                throw OutputError(message: "cannot write \(temporaryPath)")
            }
            return Target(finalPath: finalPath, temporaryPath: temporaryPath, handle: handle)
        }
        mentions = try open("mentions.jsonl")
        documents = try open("documents.jsonl")
        sentences = try open("sentences.jsonl")
    }

    /// The temporary file this process writes before renaming it to `name`.
    static func temporaryPath(for name: String, in directory: String) -> String {
        (directory as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    func append(_ emitted: EmittedDocument) throws {
        if toStandardOutput {
            if !emitted.mentions.isEmpty { FileHandle.standardOutput.write(Data(emitted.mentions)) }
            return
        }
        if !emitted.mentions.isEmpty { mentions?.handle.write(Data(emitted.mentions)) }
        if !emitted.document.isEmpty { documents?.handle.write(Data(emitted.document)) }
        if !emitted.sentences.isEmpty { sentences?.handle.write(Data(emitted.sentences)) }
    }

    func commit() throws {
        for target in [mentions, documents, sentences].compactMap({ $0 }) {
            try target.handle.synchronize()
            try target.handle.close()
            if rename(target.temporaryPath, target.finalPath) != 0 {
                throw OutputError(message: "cannot move \(target.temporaryPath) to \(target.finalPath)")
            }
        }
    }

    deinit {
        // Only reached with temporaries still present when the batch failed before commit.
        for target in [mentions, documents, sentences].compactMap({ $0 }) {
            try? target.handle.close()
            unlink(target.temporaryPath)
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
