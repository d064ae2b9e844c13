import SourceText

/// `--shard K/N`: shard K (1-based) of N. A file belongs to exactly one shard, chosen by a hash of
/// its path relative to the folder argument it was found in, so N machines given the same folder
/// (wherever each mounts it) process disjoint sets whose union is the whole folder. The hash is
/// SHA-256 (the first 8 bytes, big-endian, modulo N): the same on every machine and every run,
/// unlike Swift's per-process seeded `Hasher`.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N` with 1 ≤ K ≤ N.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The shard (1...count) that owns `key`.
    public static func number(forKey key: String, count: Int) -> Int {
        let hex = SHA256.hex(Array(key.utf8))
        let value = UInt64(hex.prefix(16), radix: 16)!
        return Int(value % UInt64(count)) + 1
    }

    /// Whether this shard owns an input. A problem with a PATH argument itself (missing, an empty
    /// folder) has no key and is reported by shard 1 alone, so the merged run reports it once.
    public func owns(shardKey: String?) -> Bool {
        guard let shardKey else { return index == 1 }
        return Self.number(forKey: shardKey, count: count) == index
    }

    /// The inputs of this shard, in the order a whole run would process them.
    public func inputs(_ paths: [String]) -> [InputItem] {
        InputCollector.collectWithShardKeys(paths).filter { owns(shardKey: $0.shardKey) }.map(\.item)
    }
}

extension InputCollector {
    /// All inputs, or only those of `shard` when one is given.
    public static func collect(_ paths: [String], shard: Shard?) -> [InputItem] {
        shard.map { $0.inputs(paths) } ?? collect(paths)
    }
}
