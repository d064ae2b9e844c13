import Foundation

/// Record lines of one large document on disk instead of in memory, until the writer copies them
/// into the outputs in order. The file is created in the temporary folder and unlinked at once,
/// so it has no name: nothing is left behind however the run ends, and it is gone when closed.
public final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes written so far (flushed or not).
    public private(set) var count = 0
    public static let chunkSize = 1 << 20

    public init() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("kpolicy-spill-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw EmitError("cannot create a temporary file in \(NSTemporaryDirectory())") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
        buffer.reserveCapacity(Self.chunkSize)
    }

    /// Appends whole lines.
    public func append(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= Self.chunkSize { try flush() }
    }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            guard n > 0 else { throw EmitError("cannot write a temporary file: \(String(cString: strerror(errno)))") }
            written += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes out what is buffered and frees the buffer: the document is complete, and it may wait
    /// a while for its turn at the writer.
    public func finishWriting() throws {
        try flush()
        buffer = []
    }

    /// Reads the lines back in order, in chunks of about `chunkSize` that end at a line end.
    public func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        try flush()
        var offset = 0
        var chunk: [UInt8] = []
        var block = [UInt8](repeating: 0, count: Self.chunkSize)
        while offset < count {
            let n = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
            guard n > 0 else { throw EmitError("cannot read a temporary file back: \(String(cString: strerror(errno)))") }
            offset += n
            chunk.append(contentsOf: block[0..<n])
            if offset == count {
                try body(chunk)
                return
            }
            guard let lastBreak = chunk.lastIndex(of: 0x0A) else { continue }
            try body(Array(chunk[...lastBreak]))
            chunk.removeSubrange(...lastBreak)
        }
    }

    deinit { close(descriptor) }
}
