import Foundation
import GLPK
import Synchronization

/// Builds the whole model and solves its LP relaxation on a thread of its own.
final class BoundWorker: Sendable {
    struct Result: Sendable {
        var bound: Double?
        var columns = 0
        var rows = 0
        var nonZeros = 0
    }

    private let stopped = Atomic<Bool>(false)
    private let result = Mutex(Result())
    private let done = DispatchSemaphore(value: 0)

    /// The bound once the LP is solved (nil before, or if it is not solved in time).
    var bound: Double? { result.withLock { $0.bound } }

    func start(candidates: Candidates, timeLimit: Duration) {
        let thread = Thread { [self] in
            defer { done.signal() }
            guard !stopped.load(ordering: .relaxed) else { return }
            let model = Formulation(candidates: candidates, starCliques: false, costChoices: false).model
            result.withLock { $0.columns = model.columns.count; $0.rows = model.rows.count; $0.nonZeros = model.nonZeroCount }
            guard !stopped.load(ordering: .relaxed) else { return }
            let value = try? GLPKSolver.relaxationBound(model, timeLimit: timeLimit) { [self] in stopped.load(ordering: .relaxed) }
            result.withLock { $0.bound = value ?? nil }
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// Waits for the thread to end, at most `patience` (building a national model takes
    /// seconds and cannot be interrupted; a stop request must not wait for it), and
    /// returns what it found by then.
    func wait(patience: Duration = .seconds(1)) -> Result {
        let seconds = Double(patience.components.seconds) + Double(patience.components.attoseconds) * 1e-18
        _ = done.wait(timeout: .now() + seconds)
        return result.withLock { $0 }
    }
}
