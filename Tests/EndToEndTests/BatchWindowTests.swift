import Foundation
import Testing
@testable import Pipeline

@Suite struct BatchWindowTests {
    /// Files of `sizes` bytes (sparse: nothing is written) in a fresh folder.
    static func files(_ sizes: [Int], in dir: URL) throws -> [InputItem] {
        try sizes.enumerated().map { i, size in
            let url = dir.appendingPathComponent("f\(i).txt")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
            return .file(url.path)
        }
    }

    /// Windows end at 16 MB of input, but hold one document per job even when each is large, so
    /// that two jobs work on two 10 MB files at once; small files go up to four per job.
    @Test func windowsKeepEveryJobBusy() throws {
        let dir = try Support.temporaryDirectory("windows")
        defer { try? FileManager.default.removeItem(at: dir) }
        let large = try Self.files([10 << 20, 10 << 20, 10 << 20, 10 << 20, 10 << 20], in: dir.appendingPathComponent("large", isDirectory: true).creatingDirectory())
        #expect(BatchRunner.windowEnd(large, from: 0, jobs: 1) == 1)
        #expect(BatchRunner.windowEnd(large, from: 0, jobs: 2) == 2)
        #expect(BatchRunner.windowEnd(large, from: 3, jobs: 2) == 5)
        #expect(BatchRunner.windowEnd(large, from: 4, jobs: 2) == 5)
        let small = try Self.files(Array(repeating: 1500, count: 20), in: dir.appendingPathComponent("small", isDirectory: true).creatingDirectory())
        #expect(BatchRunner.windowEnd(small, from: 0, jobs: 2) == 8)
        #expect(BatchRunner.windowEnd(small, from: 16, jobs: 2) == 20)
        // 6 MB files: two per job would pass 16 MB, so the window stops at the third.
        let medium = try Self.files([6 << 20, 6 << 20, 6 << 20, 6 << 20], in: dir.appendingPathComponent("medium", isDirectory: true).creatingDirectory())
        #expect(BatchRunner.windowEnd(medium, from: 0, jobs: 1) == 2)
        #expect(BatchRunner.windowEnd(medium, from: 0, jobs: 2) == 2)
        #expect(BatchRunner.windowEnd(medium, from: 0, jobs: 3) == 3)
    }
}

private extension URL {
    func creatingDirectory() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
