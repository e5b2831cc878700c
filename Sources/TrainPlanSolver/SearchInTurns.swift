import GLPK
import TrainPlanCore

extension SeatedSolve {
    /// Whether the whole model's search has to go without a neighbourhood search beside it: the
    /// plan asks for one, but no seat is free for it (`TRAINPLAN_THREADS=1`, or what-if jobs on
    /// every core). The two then take turns (``searchInTurns(from:)``).
    var leadsAlone: Bool {
        guard searchPlan.alongside, replanning == nil, options.timeLimit >= SearchTuning.shortestTurns else { return false }
        guard let seat = threads.reserve() else { return true }
        seat.cancel()
        return false
    }

    /// One core, no seat for a search beside GLPK: GLPK's branch and cut for a first turn
    /// (``SearchTuning/firstTurnShare`` of the time), which proves most scenarios; unproven, the
    /// neighbourhood search from its best plan (``lead(from:)``), then GLPK again from that plan
    /// for the rest. Alone on one core, GLPK's incumbents on a 30-course scenario with industry
    /// demand stayed 14 % above the plan the neighbourhoods found in seconds (helper 43's `n12`).
    /// Each turn's bound holds for the whole problem, so the higher is kept.
    mutating func searchInTurns(from first: Incumbent?) throws(PlannerError) -> Ending {
        turnEnd = clock + options.timeLimit * SearchTuning.firstTurnShare
        let opening = try searchWhole(from: first, alongside: false)
        turnEnd = nil
        guard case let .found(found) = opening, !found.optimal, shouldStop?() != true,
              deadline - ContinuousClock.now > SearchTuning.shortestAlongside else { return opening }
        let built = statistics.buildSeconds
        let led = lead(from: found.incumbent)
        let closing = try searchWhole(from: led, alongside: false)
        statistics.buildSeconds = built
        guard case var .found(last) = closing else { return .found(found) }
        if let bound = found.bound, !last.optimal { last.bound = min(last.incumbent.objective, max(last.bound ?? bound, bound)) }
        return .found(last)
    }

    /// The neighbourhood search from `start`, for at most ``SearchTuning/leadShare`` of the time
    /// left and only while its slices keep finding better plans (``SearchTuning/leadPatience``).
    mutating func lead(from start: Incumbent) -> Incumbent {
        var sliceOptions = options
        sliceOptions.branching = TrainingPlanner.branching(strategy, columns: TrainingPlanner.estimatedColumns(candidates))
        var search = NeighbourhoodSearch(candidates: candidates, options: sliceOptions, starCliques: false,
                                         costChoices: sliceOptions.branching == .mostFractional,
                                         targetColumns: SearchTuning.firstSliceColumnsAlongside, threads: threads)
        let began = TrainingPlanner.seconds(since: clock)
        let progress = self.progress, clock = self.clock
        let outcome = search.improve(start.assignments, deadline: ContinuousClock.now + remaining(SearchTuning.leadShare),
                                     sliceLimit: SearchTuning.sliceTimeAlongside, patience: SearchTuning.leadPatience,
                                     shouldStop: shouldStop, improved: { value, _ in
            progress?(SearchProgress(elapsed: TrainingPlanner.seconds(since: clock), incumbent: value, bound: nil, nodes: 0))
        })
        statistics.failedSlices += outcome.slicesFailed
        statistics.solverFailures += outcome.failures.map(\.description)
        for improvement in outcome.improvements { statistics.found(at: began + improvement.seconds, improving: true) }
        let assignments = search.assignments(outcome.choices)
        let value = objective(assignments)
        return value < start.objective - TrainingPlanner.tolerance(start.objective) ? (value, assignments) : start
    }
}
