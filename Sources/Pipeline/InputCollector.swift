import Foundation
import Records

/// One unit of work found on the command line.
public enum InputItem: Sendable, Equatable {
    /// A file to read (`-` is standard input).
    case file(String)
    /// A path that cannot be processed, with the reason (becomes an error record).
    case failure(path: String, message: String)
    /// A file inside a folder that is not a kind we read (reported, not an error).
    case skipped(path: String, message: String)
}

/// Expands the PATH arguments: files as given, folders recursively (`.txt`, `.html`, `.htm`, sorted
/// by path so that output order never depends on the file system).
public enum InputCollector {
    public static let readableExtensions: Set<String> = ["txt", "html", "htm"]

    public static func collect(_ paths: [String]) -> [InputItem] {
        collectWithShardKeys(paths).map(\.item)
    }

    /// The inputs, each with the key `--shard` hashes: a file inside a folder argument by its path
    /// relative to that folder (so machines that mount the folder in different places agree), a
    /// file argument by its path as given, and nil for a problem with a PATH argument itself.
    public static func collectWithShardKeys(_ paths: [String]) -> [(item: InputItem, shardKey: String?)] {
        var items: [(item: InputItem, shardKey: String?)] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                items.append((.file(path), path))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                items.append((.failure(path: path, message: "\(path): no such file or folder"), nil))
                continue
            }
            if !isDirectory.boolValue {
                items.append((.file(path), path))
                continue
            }
            guard let enumerator = fm.enumerator(atPath: path) else {
                items.append((.failure(path: path, message: "\(path): cannot list the folder"), nil))
                continue
            }
            var found: [String] = []
            var skipped: [String] = []
            var failed: [String] = []
            var linkedFolders: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var childIsDirectory: ObjCBool = false
                let isLink = (try? fm.destinationOfSymbolicLink(atPath: full)) != nil
                guard fm.fileExists(atPath: full, isDirectory: &childIsDirectory) else {
                    // A link whose target cannot be reached (broken, or a loop of links) must not vanish silently.
                    if isLink { failed.append(full) }
                    continue
                }
                if childIsDirectory.boolValue {
                    // Folders behind links are not followed: a link back up the tree would never end.
                    if isLink { linkedFolders.append(full) }
                    continue
                }
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                let ext = (name as NSString).pathExtension.lowercased()
                if readableExtensions.contains(ext) { found.append(full) } else { skipped.append(full) }
            }
            if found.isEmpty {
                items.append((.failure(path: path, message: "\(path): the folder holds no readable .txt, .html or .htm files"), nil))
            }
            var merged: [(String, InputItem)] = found.map { ($0, .file($0)) }
            merged += skipped.map { ($0, .skipped(path: $0, message: "\($0): skipped, not a .txt, .html or .htm file")) }
            merged += linkedFolders.map { ($0, .skipped(path: $0, message: "\($0): skipped, a link to a folder is not followed")) }
            merged += failed.map { ($0, .failure(path: $0, message: "\($0): a link that leads nowhere (broken, or a loop of links)")) }
            merged.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            // Every path found was built as the folder's path, a slash, then its path inside.
            let insideFrom = path.utf8.count + (path.hasSuffix("/") ? 0 : 1)
            items.append(contentsOf: merged.map { ($0.1, String(decoding: $0.0.utf8.dropFirst(insideFrom), as: UTF8.self)) })
        }
        return items
    }
}
