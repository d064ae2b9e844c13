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
}
