import GLPK
import Synchronization

extension NeighbourhoodSearch {
    /// The slices of one round: one, or two that could use no common instructor, venue or cohort
    /// when `parallel` and the thread budget has a seat for the second (reserved before the second
    /// slice is chosen, and returned with it).
    mutating func pickSlices(_ choices: [Choice?], parallel: Bool)
        -> (picks: [(free: Set<Int>, method: Method)], seat: ThreadBudget.Reservation?) {
        var picks: [(free: Set<Int>, method: Method)] = [chooseSlice(choices)]
        let seat = parallel ? threads.reserve() : nil
        if let seat {
            let used = picks[0].free.reduce(into: Set<Int>()) { $0.formUnion(resources[$1]) }
            let second = chooseSlice(choices, avoiding: used)
            if !second.0.isEmpty { picks.append(second) } else { seat.cancel() }
        }
        return (picks, seat)
    }

    /// GLPK on each slice, in the order given: one here, or the second on the reserved seat's
    /// thread and the first here, where the caller's stop request can be asked; a stop request
    /// halts both. The seat's thread has ended when this returns.
    func solve(_ slices: [Slice], options: MIPOptions, seat: ThreadBudget.Reservation?,
               shouldStop: (() -> Bool)?) -> [Result<MIPSolution, GLPKError>] {
        let models = slices.map { ($0.formulation.model, $0.start) }
        if models.count == 1 {
            return [Result { () throws(GLPKError) in
                try GLPKSolver.solve(models[0].0, options: options, initialSolution: models[0].1, shouldStop: shouldStop)
            }]
        }
        let halt = Atomic<Bool>(false)
        let jobOptions = options, second = models[1]
        let secondResult = Mutex<Result<MIPSolution, GLPKError>?>(nil)
        let background = seat?.start {
            let result = Result { () throws(GLPKError) in
                try GLPKSolver.solve(second.0, options: jobOptions, initialSolution: second.1,
                                     shouldStop: { halt.load(ordering: .relaxed) })
            }
            secondResult.withLock { $0 = result }
        }
        let first = Result { () throws(GLPKError) in
            try GLPKSolver.solve(models[0].0, options: options, initialSolution: models[0].1,
                                 shouldStop: {
                                     if shouldStop?() == true { halt.store(true, ordering: .relaxed) }
                                     return halt.load(ordering: .relaxed)
                                 })
        }
        background?.join()
        return [first] + [secondResult.withLock { $0 }].compactMap { $0 }
    }
}
