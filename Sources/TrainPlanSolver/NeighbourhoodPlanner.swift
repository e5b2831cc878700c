import GLPK
import TrainPlanCore

extension SeatedSolve {
    /// The neighbourhood search alone from a first plan, with an honest bound: the LP
    /// relaxation of the whole model, solved on a second thread while the search runs
    /// (when it finishes in time), or else ``TrainingPlanner/separableBound(_:)``.
    mutating func searchByNeighbourhoods(from start: [Assignment?]) -> Ending {
        statistics.buildSeconds = TrainingPlanner.seconds(since: clock)

        // The bound, on a helper thread when the budget has a seat: build the whole model (without
        // star cliques), solve its LP and add the root's Gomory cuts (see ``BoundWorker``). Slices take a second thread whenever a seat is free (on
        // two cores: once the bound worker is done).
        let reserve = TrainingPlanner.reserve(options.timeLimit, courses: scenario.courses.count)
        let relaxation = BoundWorker()
        relaxation.start(candidates: candidates,
                         timeLimit: max(SearchTuning.shortestBound, (deadline - reserve - ContinuousClock.now) * SearchTuning.boundTimeShare),
                         threads: threads)

        var sliceOptions = options
        sliceOptions.branching = SearchTuning.sliceBranching
        var search = NeighbourhoodSearch(candidates: candidates, options: sliceOptions, starCliques: false, threads: threads)
        let searchStarted = TrainingPlanner.seconds(since: clock)
        let progress = self.progress, clock = self.clock
        // The bound shown while the LP is not solved yet: the separable one, as the plan will state it.
        let separable = TrainingPlanner.separableBound(candidates)
        let outcome = search.improve(start, deadline: deadline - reserve, sliceLimit: TrainingPlanner.sliceLimit(options.timeLimit),
                                     parallel: true, shouldStop: shouldStop, roundEnded: { value, slices in
            progress?(SearchProgress(elapsed: TrainingPlanner.seconds(since: clock), incumbent: value,
                                     bound: min(value, max(relaxation.resolvableBound ?? -.infinity, separable)), nodes: slices))
        })
        relaxation.stop()
        let lp = relaxation.join()
        statistics.solverFailures += outcome.failures.map(\.description)
        statistics.failedSlices += outcome.slicesFailed
        if let failure = lp.failure { statistics.solverFailures.append("LP bound: \(failure)") }
        for improvement in outcome.improvements { statistics.found(at: searchStarted + improvement.seconds, improving: true) }
        statistics.variables = lp.columns
        statistics.constraints = lp.rows
        statistics.nonZeros = lp.nonZeros
        statistics.nodes = outcome.slices
        statistics.stopReason = shouldStop?() == true ? .cancelled : outcome.provenOptimal ? .finished : .timeLimit
        statistics.solveSeconds = TrainingPlanner.seconds(since: clock) - statistics.buildSeconds

        let objective = outcome.objective
        // Amounts GLPK cannot tell apart: neither its LP bound nor the slices' proofs are claimed.
        let resolvable = lp.objectiveSpan <= LinearModel.resolvableObjectiveSpan
        if !resolvable { statistics.unresolvableSpan = lp.objectiveSpan }
        let bound = min(objective, max(resolvable ? lp.bound ?? -.infinity : -.infinity, separable))
        let optimal = resolvable && outcome.provenOptimal
            || objective - bound <= TrainingPlanner.tolerance(objective) + 1e-9 * abs(objective)
        return .found(Found(incumbent: (objective, search.assignments(outcome.choices)), optimal: optimal,
                            bound: optimal ? objective : bound))
    }
}

extension TrainingPlanner {
    /// Time kept after the search to assemble, explain and verify the plan (see ``SearchTuning/reserveDivisor``).
    static func reserve(_ limit: Duration, courses: Int) -> Duration {
        let perCourse = SearchTuning.reservePerCourse * courses
        return min(limit / 2, max(min(SearchTuning.reserveCap, limit / SearchTuning.reserveDivisor), perCourse))
    }

    /// GLPK's time per slice (see ``SearchTuning/sliceTimeDivisor``).
    static func sliceLimit(_ total: Duration) -> Duration {
        min(SearchTuning.sliceTimeCap, max(SearchTuning.sliceTimeFloor, total / SearchTuning.sliceTimeDivisor))
    }
}
