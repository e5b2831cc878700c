import Foundation
import GLPK
import Synchronization
import TrainPlanCore

extension TrainingPlanner {
    /// Above this many model columns (estimated from the candidates) `.automatic`
    /// searches by neighbourhoods on both cores: GLPK's branch and cut on the whole model
    /// no longer improves on the greedy plan in useful time, and the core it takes is
    /// better spent on slices. (At 40,000, two of the three generated province scenarios
    /// were searched whole beside one core of slices; at 60 s province-3 ended at 838.7,
    /// 839.9, 875.7 and 890.1 M that way, and at 829.9, 829.9 and 848.2 M searched by
    /// neighbourhoods alone; province-2 at 1,028.4-1,034.6 M either way.)
    static let neighbourhoodThreshold = 20_000

    /// Model columns the whole ``Formulation`` would have (z, u, w and y per course).
    static func estimatedColumns(_ candidates: Candidates) -> Int {
        candidates.courses.reduce(0) { sum, options in
            sum + zip(options.instructors, options.venues).reduce(options.isEmpty ? 0 : 1) { $0 + 1 + $1.0.count + $1.1.count }
        }
    }

    static func searchesByNeighbourhoods(_ strategy: Strategy, candidates: Candidates) -> Bool {
        switch strategy.search {
        case .whole: return false
        case .neighbourhoods: return true
        case .automatic: return estimatedColumns(candidates) > neighbourhoodThreshold
        }
    }

    /// A lower bound that needs no LP: each course either runs at its cheapest option
    /// (engagement, clashes and the budget ignored) or pays its value; mandatory ones run.
    static func separableBound(_ candidates: Candidates) -> Double {
        let scenario = candidates.scenario
        var bound = 0.0
        for options in candidates.courses {
            let course = scenario.courses[options.course]
            let cheapest = candidates.cheapestCost(options)
            bound += course.mandatory ? (cheapest.isFinite ? cheapest : 0) : min(course.value, cheapest)
        }
        return bound
    }

    /// The neighbourhood search from a first plan, with an honest bound: the LP
    /// relaxation of the whole model, solved on a second thread while the search runs
    /// (when it finishes in time), or else ``separableBound(_:)``.
    static func planByNeighbourhoods(_ scenario: Scenario, candidates: Candidates, start: [Assignment?],
                                     reasons: [Int: [UnscheduledReason]], options: MIPOptions, strategy: Strategy,
                                     clock: ContinuousClock.Instant, statistics: Statistics, threads: ThreadBudget,
                                     progress: ((SearchProgress) -> Void)?,
                                     shouldStop: (() -> Bool)?) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        var statistics = statistics
        let deadline = clock + options.timeLimit
        statistics.buildSeconds = seconds(since: clock)

        // The bound, on a helper thread when the budget has a seat: build the whole model (without
        // star cliques) and solve its LP. Slices take a second thread whenever a seat is free (on
        // two cores: once the bound worker is done).
        let relaxation = BoundWorker()
        relaxation.start(candidates: candidates, timeLimit: max(.milliseconds(10), deadline - ContinuousClock.now),
                         threads: threads)

        // Most-fractional branching in the slices: Driebeck-Tomlin's estimates took a third of
        // the time, and in 60 s province-1 reached 973.1 M with it instead of 1,000.8 M,
        // national-1 2,134.9 M instead of 2,362.2 M (`trainplan bench`).
        var sliceOptions = options
        sliceOptions.branching = .mostFractional
        var search = NeighbourhoodSearch(candidates: candidates, options: sliceOptions, starCliques: false, threads: threads)
        // Leave a moment to assemble, explain and verify the plan: a thirtieth of the limit (at most
        // 5 s of it), or 120 µs per course if more (measured: 10,000 courses took 1.2 s after the
        // search on a busy machine), never more than half the limit.
        let perCourse = Duration.microseconds(120) * scenario.courses.count
        let reserve = min(options.timeLimit / 2, max(min(.seconds(5), options.timeLimit / 30), perCourse))
        let searchStarted = seconds(since: clock)
        let outcome = search.improve(start, deadline: deadline - reserve, sliceLimit: sliceLimit(options.timeLimit),
                                     parallel: true, shouldStop: shouldStop, improved: { value, _ in
            progress?(SearchProgress(elapsed: seconds(since: clock), incumbent: value, bound: relaxation.bound, nodes: 0))
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
        statistics.solveSeconds = seconds(since: clock) - statistics.buildSeconds

        let assignments = search.assignments(outcome.choices)
        let objective = outcome.objective
        let bound = min(objective, max(lp.bound ?? -.infinity, separableBound(candidates)))
        let optimal = outcome.provenOptimal || objective - bound <= tolerance(objective) + 1e-9 * abs(objective)
        let reasons = explainUnscheduled(reasons, candidates: candidates, assignments: assignments)
        var plan = PlanAssembler.plan(scenario, assignments: assignments, status: optimal ? .optimal : .feasible,
                                      bound: optimal ? objective : bound, reasons: reasons)
        if optimal { plan.bound = plan.objective; plan.gap = 0 }
        DemandExplanation.explain(&plan, candidates: candidates, assignments: assignments)
        return (try verifiedAndRecorded(plan, scenario: scenario, options: options, clock: clock, optimal: optimal,
                                        statistics: statistics), statistics)
    }

    /// GLPK's branch and cut on the whole model. With `alongside` (and a second core, a start
    /// and at least 2 s), a neighbourhood search runs beside it on another thread from the same
    /// start (see ``NeighbourhoodWorker``): GLPK prunes with every better plan the search finds,
    /// the search carries on from GLPK's incumbents when they are better, and GLPK keeps its
    /// tree throughout, so the proof is never restarted. The search ends when GLPK does; a plan
    /// it found after GLPK last looked is still returned.
    static func solveWhole(_ full: Formulation, start: [Double]?, options: MIPOptions, alongside: Bool,
                           threads: ThreadBudget, progress: ((SearchProgress) -> Void)?,
                           shouldStop: (() -> Bool)?) throws(GLPKError) -> (solution: MIPSolution, failures: [GLPKError]) {
        let model = full.model
        let began = ContinuousClock.now
        let exchange = IncumbentExchange()
        let worker = NeighbourhoodWorker()
        // Under presolve GLPK cannot take offered plans (see MIPOptions.presolve): no worker then.
        guard alongside, !options.presolve, options.timeLimit >= .seconds(2), let start,
              worker.start(full, from: start, options: options, deadline: began + options.timeLimit, exchange: exchange,
                           threads: threads) else {
            return (try GLPKSolver.solve(model, options: options, initialSolution: start, progress: progress,
                                         shouldStop: shouldStop), [])
        }
        let solved: MIPSolution
        do {
            solved = try GLPKSolver.solve(model, options: options, initialSolution: start, progress: progress,
                                          exchange: exchange, shouldStop: shouldStop)
        } catch {
            worker.stop()
            _ = worker.wait()
            throw error
        }
        worker.stop()
        var solution = solved
        let (found, failures) = worker.wait()
        if let found, solution.status != .optimal,
           found.objective < (solution.objective ?? .infinity) - tolerance(found.objective),
           model.violatedRows(found.values).isEmpty {
            solution.values = found.values
            solution.objective = found.objective
            solution.status = .feasible
            solution.improvements.append(.init(seconds: seconds(since: began), objective: found.objective))
            if let bound = solution.bound { solution.bound = min(bound, found.objective) }
        }
        return (solution, failures)
    }

    /// GLPK's time per slice: long enough to prove a slice of a few thousand columns.
    static func sliceLimit(_ total: Duration) -> Duration {
        min(.seconds(3), max(.seconds(1), total / 40))
    }
}
