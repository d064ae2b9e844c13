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
            var found: [String] = []
            var skipped: [String] = []
            var failed: [String] = []
            var linkedFolders: [String] = []
            var unlistable: [String] = []
            walk(path, found: &found, skipped: &skipped, failed: &failed, linkedFolders: &linkedFolders, unlistable: &unlistable)
            if unlistable.first == path {
                items.append((.failure(path: path, message: "\(path): cannot list the folder"), nil))
                continue
            }
            if found.isEmpty {
                items.append((.failure(path: path, message: "\(path): the folder holds no readable .txt, .html or .htm files"), nil))
            }
            var merged: [(String, InputItem)] = found.map { ($0, .file($0)) }
            merged += skipped.map { ($0, .skipped(path: $0, message: "\($0): skipped, not a .txt, .html or .htm file")) }
            merged += linkedFolders.map { ($0, .skipped(path: $0, message: "\($0): skipped, a link to a folder is not followed")) }
            merged += failed.map { ($0, .failure(path: $0, message: "\($0): a link that leads nowhere (broken, or a loop of links)")) }
            merged += unlistable.map { ($0, .failure(path: $0, message: "\($0): cannot list the folder")) }
            merged.sort { bytewiseLess($0.0, $1.0) }
            // Every path found was built as the folder's path, a slash, then its path inside.
            let insideFrom = path.utf8.count + (path.hasSuffix("/") ? 0 : 1)
            items.append(contentsOf: merged.map { ($0.1, String(decoding: $0.0.utf8.dropFirst(insideFrom), as: UTF8.self)) })
        }
        return items
    }

    /// Walks `folder` with `readdir`, whose entry types spare a `stat` per file (a folder of 60,000
    /// releases took 1.3 s to list through `FileManager`, all of it before the first document).
    /// Links are followed to files, never to folders (a link back up the tree would never end).
    static func walk(_ folder: String, found: inout [String], skipped: inout [String], failed: inout [String],
                     linkedFolders: inout [String], unlistable: inout [String]) {
        guard let dir = opendir(folder) else {
            unlistable.append(folder)
            return
        }
        defer { closedir(dir) }
        var subfolders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFLNK ? UInt8(DT_LNK) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                subfolders.append(full)
                continue
            }
            if type == UInt8(DT_LNK) {
                var info = stat()
                guard stat(full, &info) == 0 else {
                    // A link whose target cannot be reached (broken, or a loop of links) must not vanish silently.
                    failed.append(full)
                    continue
                }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    linkedFolders.append(full)
                    continue
                }
            }
            if name.utf8.first == UInt8(ascii: ".") { continue }
            if readableExtensions.contains(pathExtension(name)) { found.append(full) } else { skipped.append(full) }
        }
        for sub in subfolders {
            walk(sub, found: &found, skipped: &skipped, failed: &failed, linkedFolders: &linkedFolders, unlistable: &unlistable)
        }
    }

    /// The lowercased text after the last `.` of a file name (`""` when there is none, or when the
    /// only dot starts the name).
    static func pathExtension(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// Byte order of the UTF-8 paths (never the locale's or Unicode's collation).
    static func bytewiseLess(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
    }
}
