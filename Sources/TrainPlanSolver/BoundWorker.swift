import Foundation
import GLPK
import Synchronization

/// Builds the whole model, solves its LP relaxation and adds GLPK's cuts at the root on a
/// helper thread of the solve's ``ThreadBudget`` (no bound from it when the budget has no
/// seat free). The root's Gomory cuts brought the province bounds from 4.4-7.1 % below the
/// plan to 1.2-2.8 % (``SearchTuning/boundCuts``); it never branches, so it holds one node.
///
/// The solve ``stop()``s it and ``join()``s it before returning: the thread never outlives
/// the solve. A stop is seen between the model's parts, between simplex slices of at
/// most half a second and between cut rounds.
final class BoundWorker: Sendable {
    struct Result: Sendable {
        var bound: Double?
        var columns = 0
        var rows = 0
        var nonZeros = 0
        /// The whole model's ``LinearModel/objectiveSpan``.
        var objectiveSpan = 1.0
        /// Why the LP gave no bound, when GLPK failed.
        var failure: GLPKError?
    }

    private let stopped = Atomic<Bool>(false)
    private let result = Mutex(Result())
    private let helper = Mutex<ThreadBudget.Helper?>(nil)

    /// The bound once the LP is solved (nil before, or if it is not solved in time).
    var bound: Double? { result.withLock { $0.bound } }

    /// ``bound`` where the model's objective span lets GLPK resolve it (see
    /// ``LinearModel/resolvableObjectiveSpan``): the one the plan will state.
    var resolvableBound: Double? {
        result.withLock { $0.objectiveSpan <= LinearModel.resolvableObjectiveSpan ? $0.bound : nil }
    }

    /// Above this many (column, period) entries in the per-period rows the whole model is not
    /// built: its LP is not solved within any usual time limit, and building it is what took the
    /// memory. Measured (issue 16, release build): the generated `nationalwide-1` has 186 million
    /// entries (7.7 million columns); its build reached 6.1 GB at 60 s and was still unfinished, and
    /// without it the solve peaked at 375 MB with a better plan (the slices get both cores). The
    /// `national` family has about 6 million entries (its built model held 440 MB, the solve 950 MB
    /// at its peak), kept as it was: twice that stays well under 4 GB.
    static let entryLimit = 12_000_000

    /// The (column, period) entries of the whole model's per-period rows: Σ over the patterns of
    /// its periods times its instructor, venue and run columns. Counted from the candidates
    /// without building anything; it is the bulk of the model's non-zeros and of what building it holds.
    static func periodEntries(_ candidates: Candidates) -> Int {
        candidates.courses.reduce(0) { total, options in
            options.periods.indices.reduce(total) { sum, p in
                sum + options.periods[p].count * (options.instructors[p].count + options.venues[p].count + 1)
            }
        }
    }

    /// Starts the worker if the model is within ``entryLimit`` and `threads` has a seat free;
    /// false if not (the caller then has the separable bound alone).
    @discardableResult
    func start(candidates: Candidates, timeLimit: Duration, threads: ThreadBudget) -> Bool {
        guard Self.periodEntries(candidates) <= Self.entryLimit else { return false }
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
            result.withLock {
                $0.columns = model.columns.count; $0.rows = model.rows.count; $0.nonZeros = model.nonZeroCount
                $0.objectiveSpan = model.objectiveSpan
            }
            // The LP, then the root's cut rounds (no branching: one node's memory): the bound is the
            // root's once cuts have raised it, the LP's if time runs out before.
            let options = MIPOptions(timeLimit: timeLimit, cuts: SearchTuning.boundCuts, branching: .mostFractional, nodeLimit: 1)
            let raise = { [self] (bound: Double?) in
                guard let bound else { return }
                result.withLock { $0.bound = max($0.bound ?? -.infinity, bound) }
            }
            switch Swift.Result(catching: { () throws(GLPKError) in
                try GLPKSolver.solve(model, options: options, progress: { raise($0.bound) }, shouldStop: stop)
            }) {
            case let .success(solution): raise(solution.bound)
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

extension TrainingPlanner {
    /// Whether a neighbourhood search builds the whole model for its LP bound (see
    /// ``BoundWorker/entryLimit``): what the solver holds in memory beside the candidates.
    public static func buildsBoundModel(for candidates: Candidates) -> Bool {
        BoundWorker.periodEntries(candidates) <= BoundWorker.entryLimit
    }
}
