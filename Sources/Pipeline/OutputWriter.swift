import Emit
import Foundation

/// Where a batch's records go: the output files of `--out` (through `Emit.OutputSet`, which writes
/// temporaries and renames them into place at the end), or the mention lines on standard output.
final class OutputWriter {
    private let files: OutputSet?

    init(options: BatchOptions, manifest: Manifest) throws {
        guard let directory = options.outDirectory else {
            files = nil
            return
        }
        files = try OutputSet(directory: directory, formats: options.effectiveFormats,
                              byteOrderMark: options.byteOrderMark, manifest: manifest)
    }

    func append(_ emitted: EmittedDocument) throws {
        if let spilled = emitted.spilled {
            // A large document: its lines are copied from the spill files in chunks.
            guard let files else {
                try spilled.mentions.forEachChunk { FileHandle.standardOutput.write(Data($0)) }
                return
            }
            try files.write(document: emitted.document, sentences: spilled.sentences, mentions: spilled.mentions)
            return
        }
        guard let files else {
            if !emitted.mentions.isEmpty { FileHandle.standardOutput.write(Data(emitted.mentions)) }
            return
        }
        try files.write(document: emitted.document, sentences: emitted.sentences, mentions: emitted.mentions)
    }

    func commit() throws {
        try files?.commit()
    }
}
