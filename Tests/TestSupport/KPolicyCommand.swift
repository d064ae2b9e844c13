import Foundation

/// The built `kpolicy` executable, run as a user runs it.
public enum KPolicyCommand {
    /// What one run gave.
    public struct Run {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    public struct NotFound: Error, CustomStringConvertible {
        public var description: String { "kpolicy executable not found near \(Bundle.main.bundleURL.path) or in .build/debug" }
    }

    /// Beside the test bundle (where `swift test` builds it), else the package's debug build.
    public static func executable() throws -> URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("kpolicy")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let debug = TestPackage.root.appendingPathComponent(".build/debug/kpolicy")
        if FileManager.default.isExecutableFile(atPath: debug.path) { return debug }
        throw NotFound()
    }

    /// Runs `kpolicy` with `arguments`, `stdin` written to its standard input (closed either way),
    /// in `directory` (the package root when nil); waits for it to end.
    public static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestPackage.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Standard error is read on its own thread: a child that fills one pipe while we wait on
        // the other would never end.
        let errBox = ErrorText()
        let reader = Thread { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errBox.done.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    private final class ErrorText: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
