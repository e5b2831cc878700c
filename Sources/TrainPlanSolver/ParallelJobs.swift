import Foundation
import Synchronization

/// Runs independent solves on several threads at once, within a ``ThreadBudget``.
///
/// GLPK binds a problem to the thread that created it; each job here runs start
/// to end on one thread, so GLPK never sees a problem move.
public enum ParallelJobs {
    /// `body(0..<count)` on up to `jobs` threads, the calling thread among them; results in
    /// index order. Threads beyond the caller's come from `budget` only while it has seats
    /// free, so `jobs` above the budget runs no more threads than the budget (the solves
    /// then get no helper threads of their own); all have ended when this returns.
    public static func map<T: Sendable>(_ count: Int, jobs: Int, budget: ThreadBudget = .shared,
                                        _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        return budget.occupying {
            if workers == 1 { return (0..<count).map(body) }
            let state = Shared<T>(count: count)
            let work: @Sendable () -> Void = { while let index = state.next() { state.store(body(index), at: index) } }
            var helpers: [ThreadBudget.Helper] = []
            for _ in 1..<workers {
                guard let helper = budget.helper(work) else { break }
                helpers.append(helper)
            }
            work()
            for helper in helpers { helper.join() }
            return state.results()
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
