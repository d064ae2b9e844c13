import Dispatch
import Foundation

/// On SIGINT/SIGTERM, removes the run's temporary files and exits, so that an interrupted run
/// leaves the previous outputs exactly as they were and no half-written file behind.
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func removeOnInterrupt(_ paths: [String]) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                for path in paths { unlink(path) }
                FileHandle.standardError.write(Data("kpolicy: interrupted; previous outputs left unchanged\n".utf8))
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
