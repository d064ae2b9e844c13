import Foundation
import Records

/// `kpolicy.manifest.json` in `--out`: what produced the outputs beside it. `--incremental` reuses
/// a document's previous records only when the tool version, the options that change records, and
/// the presence of the JSON Lines files all match. Written last, after the outputs are in place,
/// and removed before they are replaced, so a manifest always describes the files beside it.
public struct Manifest: Sendable, Equatable {
    public static let fileName = "kpolicy.manifest.json"

    /// The tool version (for builds of the command line: the release number and a hash of the
    /// executable, so a rebuilt tool never reuses records of an older one).
    public var version: String
    /// The options that change records (`--reference-date`, `--keep-boilerplate`, `--max-bytes`…),
    /// as one canonical string.
    public var options: String
    /// The formats written by that run (`jsonl` must be among them to reuse anything).
    public var formats: [String]

    public init(version: String, options: String, formats: [OutputFormat]) {
        self.version = version
        self.options = options
        self.formats = OutputFormat.allCases.filter(formats.contains).map(\.rawValue)
    }

    public var bytes: [UInt8] {
        var o = JSONObject()
        o.add("tool", "kpolicy")
        o.add("version", version)
        o.add("options", options)
        o.add("formats", strings: formats)
        return o.line
    }

    /// The manifest in `directory`, when there is a readable one.
    public static func read(in directory: String) -> Manifest? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path),
              let json = try? JSONValue.parse(Array(data)),
              case .string(let version)? = json["version"], case .string(let options)? = json["options"],
              case .array(let formats)? = json["formats"] else { return nil }
        var manifest = Manifest(version: version, options: options, formats: [])
        manifest.formats = formats.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
        return manifest
    }
}
