import Foundation
import GLPK
import Synchronization

/// A neighbourhood search on a thread of its own, beside GLPK's branch and cut on the
/// same model: better plans go to GLPK through an ``IncumbentExchange``, and GLPK's
/// better incumbents come back as new starting points.
///
/// It stops at its deadline or when ``stop()`` is called (GLPK has finished); it never
/// sees the caller's stop request directly, as that closure belongs to the caller's thread.
final class NeighbourhoodWorker: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let best = Mutex<IncumbentExchange.Solution?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func start(_ full: Formulation, from start: [Double], options: MIPOptions,
               deadline: ContinuousClock.Instant, exchange: IncumbentExchange) {
        let thread = Thread { [self] in
            defer { done.signal() }
            let model = full.model
            // Slices are searched like the whole model: with its branching rule and, under
            // most-fractional branching (small models), its choice columns: on the generated
            // weekly scenarios the optimum came two to five times sooner with them.
            var search = NeighbourhoodSearch(candidates: full.candidates, options: options, starCliques: false,
                                             costChoices: options.branching == .mostFractional, targetColumns: 1500)
            var adopted: Double?
            _ = search.improve(full.assignments(from: start), deadline: deadline, sliceLimit: .seconds(1),
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
        }
        thread.stackSize = 16 << 20   // GLPK's branch and bound recurses
        thread.start()
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// Waits for the thread to end; the best plan the search itself found, as model values.
    func wait() -> IncumbentExchange.Solution? {
        done.wait()
        return best.withLock { $0 }
    }
}
