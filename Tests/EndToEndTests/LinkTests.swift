import Foundation
import Testing
@testable import Pipeline

@Suite struct LinkTests {
    /// A folder with a loop of links, a broken link and a link back up the tree: the walk ends, the
    /// dead links are error records naming them, the folder link is reported and not followed.
    @Test func linksInAFolderNeitherLoopNorVanish() throws {
        let dir = try Support.temporaryDirectory("links")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        let inputs = dir.appendingPathComponent("in")
        try fm.createDirectory(at: inputs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("산업부는 올해 2조 원을 투입한다.\n".utf8).write(to: inputs.appendingPathComponent("sub/a.txt"))
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("sub/up").path, withDestinationPath: "..")

        let items = InputCollector.collect([inputs.path])
        let root = inputs.path
        #expect(items == [
            .failure(path: root + "/gone.txt", message: root + "/gone.txt: a link that leads nowhere (broken, or a loop of links)"),
            .failure(path: root + "/loop.txt", message: root + "/loop.txt: a link that leads nowhere (broken, or a loop of links)"),
            .file(root + "/sub/a.txt"),
            .skipped(path: root + "/sub/up", message: root + "/sub/up: skipped, a link to a folder is not followed"),
        ])
    }

    /// Folder walks sort by the bytes of the UTF-8 path, so output order is the same on every
    /// machine and locale: uppercase before lowercase, Hangul after ASCII, a prefix first.
    @Test(arguments: [
        ("a/b.txt", "a/c.txt", true), ("a/C.txt", "a/b.txt", true), ("a/b.txt", "a/b.txt", false),
        ("a/b", "a/b.txt", true), ("a/가.txt", "a/z.txt", false), ("a/보도자료.txt", "a/산업부.txt", true),
        ("", "a", true), ("a", "", false),
    ])
    func pathOrder(_ a: String, _ b: String, _ less: Bool) {
        #expect(InputCollector.bytewiseLess(a, b) == less)
    }

    @Test(arguments: [
        ("release.txt", "txt"), ("page.HTML", "html"), ("a.b.htm", "htm"), (".hidden", ""), ("README", ""),
        ("보도자료.TXT", "txt"), ("trailing.", ""),
    ])
    func extensions(_ name: String, _ ext: String) {
        #expect(InputCollector.pathExtension(name) == ext)
    }
}
