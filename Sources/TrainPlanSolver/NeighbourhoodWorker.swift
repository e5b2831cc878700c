import Foundation
import GLPK
import Synchronization

/// A neighbourhood search on a helper thread of the solve's ``ThreadBudget``, beside GLPK's
/// branch and cut on the same model: better plans go to GLPK through an ``IncumbentExchange``,
/// and GLPK's better incumbents come back as new starting points.
///
/// It stops at its deadline or when ``stop()`` is called (GLPK has finished); it never
/// sees the caller's stop request directly, as that closure belongs to the caller's thread.
/// The solve joins it (``wait()``) before returning.
final class NeighbourhoodWorker: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let best = Mutex<IncumbentExchange.Solution?>(nil)
    private let failures = Mutex<[GLPKError]>([])
    private let helper = Mutex<ThreadBudget.Helper?>(nil)

    /// Starts the search if `threads` has a seat free; false if not.
    func start(_ full: Formulation, from start: [Double], options: MIPOptions,
               deadline: ContinuousClock.Instant, exchange: IncumbentExchange, threads: ThreadBudget) -> Bool {
        let started = threads.helper { [self] in
            let model = full.model
            // Slices are searched like the whole model: with its branching rule and, under
            // most-fractional branching (small models), its choice columns: on the generated
            // weekly scenarios the optimum came two to five times sooner with them.
            var search = NeighbourhoodSearch(candidates: full.candidates, options: options, starCliques: false,
                                             costChoices: options.branching == .mostFractional,
                                             targetColumns: SearchTuning.firstSliceColumnsAlongside,
                                             threads: threads)
            var adopted: Double?
            let outcome = search.improve(full.assignments(from: start), deadline: deadline, sliceLimit: SearchTuning.sliceTimeAlongside,
                                         shouldStop: { [self] in stopped.load(ordering: .relaxed) },
                                         adopt: {
                                             // GLPK's incumbent, once per new one.
                                             guard let found = exchange.published, found.objective != adopted else { return nil }
                                             adopted = found.objective
                                             return full.assignments(from: found.values)
                                         },
                                         improved: { [self] _, plan in
                                             guard let values = full.values(for: plan) else { return }
                                             let objective = model.objectiveValue(values)
                                             exchange.offer(values, objective: objective)
                                             best.withLock { $0 = .init(values: values, objective: objective) }
                                         })
            failures.withLock { $0 = outcome.failures }
        }
        helper.withLock { $0 = started }
        return started != nil
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// The objective of the best plan the search has found so far (for progress reports).
    var bestObjective: Double? { best.withLock { $0?.objective } }

    /// Waits for the thread to end; the best plan the search itself found, as model values,
    /// and the GLPK failures of its slices.
    func wait() -> (best: IncumbentExchange.Solution?, failures: [GLPKError]) {
        helper.withLock { $0 }?.join()
        return (best.withLock { $0 }, failures.withLock { $0 })
    }
}
