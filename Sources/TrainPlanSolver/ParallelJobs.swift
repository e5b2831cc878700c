import Foundation
import Synchronization

/// Runs independent solves on several threads at once.
///
/// GLPK binds a problem to the thread that created it; each job here runs start
/// to end on one thread, so GLPK never sees a problem move.
public enum ParallelJobs {
    /// `body(0..<count)` on up to `jobs` threads; results in index order.
    public static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        if workers == 1 { return (0..<count).map(body) }
        let state = Shared<T>(count: count)
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let index = state.next() { state.store(body(index), at: index) }
                group.leave()
            }
            thread.stackSize = 16 << 20  // GLPK's branch and bound recurses
            thread.start()
        }
        group.wait()
        return state.results()
    }

    /// Starts `body` on a thread of its own; ``Job/wait()`` returns its result.
    public static func start<T: Sendable>(_ body: @escaping @Sendable () -> T) -> Job<T> {
        let job = Job<T>()
        let thread = Thread {
            job.finish(body())
        }
        thread.stackSize = 16 << 20  // GLPK's branch and bound recurses
        thread.start()
        return job
    }

    /// A job running on its own thread.
    public final class Job<T: Sendable>: Sendable {
        private let result = Mutex<T?>(nil)
        private let done = DispatchSemaphore(value: 0)

        fileprivate func finish(_ value: T) {
            result.withLock { $0 = value }
            done.signal()
        }

        /// Blocks until the job has ended, then returns its result (stored before the signal,
        /// so never nil here).
        public func wait() -> T? {
            done.wait()
            return result.withLock { $0 }
        }
    }

    /// The default number of jobs: one per core.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    private final class Shared<T: Sendable>: Sendable {
        private let cursor = Mutex(0)
        private let slots: Mutex<[T?]>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = Mutex([T?](repeating: nil, count: count))
        }

        func next() -> Int? {
            cursor.withLock { value in
                guard value < count else { return nil }
                defer { value += 1 }
                return value
            }
        }

        func store(_ result: T, at index: Int) { slots.withLock { $0[index] = result } }

        func results() -> [T] { slots.withLock { $0.compactMap { $0 } } }
    }
}
