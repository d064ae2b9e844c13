import Foundation
import Testing
@testable import Pipeline

@Suite struct BatchWindowTests {
    /// Workers may always hold one unwritten document per job (so two jobs work on two 10 MB files
    /// at once), and up to four per job while those hold less than 16 MB of input.
    @Test(arguments: [
        // ahead, bytes ahead, jobs, may start
        (0, 0, 1, true),
        (0, 60 << 20, 1, true),
        (1, 10 << 20, 1, true),
        (1, 16 << 20, 1, false),
        (3, 1500 * 3, 1, true),
        (4, 1500 * 4, 1, false),
        (1, 30 << 20, 2, true),
        (2, 20 << 20, 2, false),
        (2, 12 << 20, 2, true),
        (7, 7 * 1500, 2, true),
        (8, 8 * 1500, 2, false),
        (3, 0, 4, true),
        (15, 15 << 10, 4, true),
        (16, 0, 4, false),
    ])
    func admission(ahead: Int, bytesAhead: Int, jobs: Int, expected: Bool) {
        #expect(BatchRunner.mayStart(ahead: ahead, bytesAhead: bytesAhead, jobs: jobs) == expected)
    }

    /// Results reach the writer in input order whatever order the workers finish in, including
    /// when later items finish long before earlier ones.
    @Test(arguments: [1, 2, 3, 8])
    func resultsComeOutInOrder(jobs: Int) throws {
        let items = Array(0..<200)
        var seen: [Int] = []
        try BatchRunner.orderedMap(items, jobs: jobs, size: { _ in 1000 }, process: { i in
            if i % 7 == 0 { usleep(2000) }  // slow items make later ones finish first
            return i * 10
        }) { index, value in
            #expect(value == index * 10)
            seen.append(index)
        }
        #expect(seen == items)
    }

    /// However slow the writer, workers hold at most one unwritten 10 MB document per job, three
    /// of 6 MB for two jobs (two hold 12 MB, under the 16 MB bound), and four small ones per job —
    /// each plus the one the writer is writing.
    @Test(arguments: [(10 << 20, 2, 3), (1500, 2, 9), (10 << 20, 3, 4), (6 << 20, 2, 4)])
    func workersStayCloseToTheWriter(size: Int, jobs: Int, limit: Int) throws {
        let unwritten = Counter()
        try BatchRunner.orderedMap(Array(0..<40), jobs: jobs, size: { _ in size }, process: { i in
            unwritten.increment()
            return i
        }) { _, _ in
            usleep(1000)
            unwritten.decrement()
        }
        #expect(unwritten.maximum <= limit)
        #expect(unwritten.maximum >= min(limit, 2))
    }

    struct WriteFailure: Error {}

    /// A failing write stops the batch with its error; workers stop taking new items.
    @Test func aWriteErrorStopsTheWorkers() {
        let processed = Counter()
        #expect(throws: WriteFailure.self) {
            try BatchRunner.orderedMap(Array(0..<10_000), jobs: 2, size: { _ in 0 }, process: { i in
                processed.increment()
                return i
            }) { index, _ in
                if index == 3 { throw WriteFailure() }
            }
        }
        #expect(processed.value < 100)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var peak = 0
    func increment() { lock.lock(); count += 1; peak = max(peak, count); lock.unlock() }
    func decrement() { lock.lock(); count -= 1; lock.unlock() }
    var maximum: Int { lock.lock(); defer { lock.unlock() }; return peak }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
