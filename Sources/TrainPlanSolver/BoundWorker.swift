import Foundation
import GLPK
import Synchronization

/// Builds the whole model and solves its LP relaxation on a helper thread of the solve's
/// ``ThreadBudget`` (no bound from it when the budget has no seat free).
///
/// The solve ``stop()``s it and ``join()``s it before returning: the thread never outlives
/// the solve. A stop is seen between the model's parts and between simplex slices of at
/// most half a second.
final class BoundWorker: Sendable {
    struct Result: Sendable {
        var bound: Double?
        var columns = 0
        var rows = 0
        var nonZeros = 0
        /// Why the LP gave no bound, when GLPK failed.
        var failure: GLPKError?
    }

    private let stopped = Atomic<Bool>(false)
    private let result = Mutex(Result())
    private let helper = Mutex<ThreadBudget.Helper?>(nil)

    /// The bound once the LP is solved (nil before, or if it is not solved in time).
    var bound: Double? { result.withLock { $0.bound } }

    /// Starts the worker if `threads` has a seat free; false if not.
    @discardableResult
    func start(candidates: Candidates, timeLimit: Duration, threads: ThreadBudget) -> Bool {
        let started = threads.helper { [self] in
            let stop = { [self] in stopped.load(ordering: .relaxed) }
            guard !stop() else { return }
            struct Stopped: Error {}
            let built = Swift.Result { () throws(Stopped) in
                try Formulation(candidates: candidates, starCliques: false, costChoices: false, changes: nil,
                                checkpoint: { () throws(Stopped) in if stop() { throw Stopped() } })
            }
            guard case let .success(formulation) = built, !stop() else { return }
            let model = formulation.model
            result.withLock { $0.columns = model.columns.count; $0.rows = model.rows.count; $0.nonZeros = model.nonZeroCount }
            switch Swift.Result(catching: { () throws(GLPKError) in
                try GLPKSolver.relaxationBound(model, timeLimit: timeLimit, shouldStop: stop)
            }) {
            case let .success(value): result.withLock { $0.bound = value }
            case let .failure(error): result.withLock { $0.failure = error }
            }
        }
        helper.withLock { $0 = started }
        return started != nil
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// Waits for the thread to end (if it was started) and returns what it found.
    func join() -> Result {
        helper.withLock { $0 }?.join()
        return result.withLock { $0 }
    }
}
