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
        count += bytes.count
        if buffer.isEmpty, bytes.count >= Self.chunkSize {
            // A whole chunk at once (the usual case): written as it is, not copied first.
            try writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    private func flush() throws {
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            guard n > 0 else { throw EmitError("cannot write a temporary file: \(String(cString: strerror(errno)))") }
            written += n
        }
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
        // The bytes after the last line break read so far; each chunk is read straight into its
        // array after them, and only the next such tail is copied out (not the whole chunk).
        var carry: [UInt8] = []
        while offset < count {
            var failed = false
            var tail: [UInt8] = []
            let chunk = [UInt8](unsafeUninitializedCapacity: carry.count + Self.chunkSize) { buffer, initialized in
                let base = buffer.baseAddress!
                carry.withUnsafeBufferPointer { if let c = $0.baseAddress { base.update(from: c, count: $0.count) } }
                let n = pread(descriptor, base + carry.count, Self.chunkSize, off_t(offset))
                guard n > 0 else { failed = true; initialized = 0; return }
                offset += n
                var end = carry.count + n
                if offset < count {
                    // Up to the last line break; what follows waits for the next chunk.
                    var k = end
                    while k > 0, base[k - 1] != 0x0A { k -= 1 }
                    tail = Array(UnsafeBufferPointer(start: base + k, count: end - k))
                    end = k
                }
                initialized = end
            }
            guard !failed else { throw EmitError("cannot read a temporary file back: \(String(cString: strerror(errno)))") }
            carry = tail
            if !chunk.isEmpty { try body(chunk) }
        }
    }

    deinit { close(descriptor) }
}
