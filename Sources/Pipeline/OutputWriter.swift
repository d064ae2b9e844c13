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
