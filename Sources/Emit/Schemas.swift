import Foundation

/// The JSON Schemas (draft 2020-12) of the three JSON Lines files, shipped as module resources
/// (the same files as `schema/` at the top of the repository).
public enum Schemas {
    /// The schema of `kind`'s records, as the file's text.
    public static func text(for kind: RecordKind) throws -> String {
        guard let url = Bundle.module.url(forResource: kind.rawValue + ".schema", withExtension: "json", subdirectory: "schema")
                ?? Bundle.module.url(forResource: kind.rawValue + ".schema", withExtension: "json") else {
            throw EmitError("the schema of \(kind.rawValue) is missing from the build")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
