import Foundation
import GLPK
import Synchronization
import TrainPlanCore

extension TrainingPlanner {
    /// Above this many model columns (estimated from the candidates) `.automatic`
    /// searches by neighbourhoods: GLPK's branch and cut on the whole model no longer
    /// improves on the greedy plan in useful time.
    static let neighbourhoodThreshold = 40_000

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
            var cheapest = Double.infinity
            for (p, pattern) in options.patterns.enumerated() {
                let insurance = CostRules.socialSecurity(course, dates: pattern.dates, premium: scenario.premiumPerParticipantMonth)
                let fee = options.instructors[p].map { CostRules.fees(course, scenario.instructors[$0]) }.min() ?? .infinity
                let rent = options.venues[p].map { CostRules.rent(course, scenario.venues[$0]) }.min() ?? .infinity
                cheapest = min(cheapest, insurance + fee + rent)
            }
            bound += course.mandatory ? (cheapest.isFinite ? cheapest : 0) : min(course.value, cheapest)
        }
        return bound
    }

    /// The neighbourhood search from a first plan, with an honest bound: the LP
    /// relaxation of the whole model, solved on a second thread while the search runs
    /// (when it finishes in time), or else ``separableBound(_:)``.
    static func planByNeighbourhoods(_ scenario: Scenario, candidates: Candidates, start: [Assignment?],
                                     reasons: [Int: [String]], options: MIPOptions, strategy: Strategy,
                                     clock: ContinuousClock.Instant, statistics: Statistics,
                                     progress: ((SearchProgress) -> Void)?,
                                     shouldStop: (() -> Bool)?) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        var statistics = statistics
        let deadline = clock + options.timeLimit
        statistics.buildSeconds = seconds(since: clock)

        // The bound, on its own thread: build the whole model (without star cliques) and solve its LP.
        let relaxation = BoundWorker()
        relaxation.start(candidates: candidates, timeLimit: max(.milliseconds(10), deadline - ContinuousClock.now))

        var search = NeighbourhoodSearch(candidates: candidates, options: options, starCliques: false)
        // Leave a moment to assemble and verify the plan.
        let reserve = min(Duration.seconds(5), options.timeLimit / 30)
        let searchStarted = seconds(since: clock)
        let outcome = search.improve(start, deadline: deadline - reserve, sliceLimit: sliceLimit(options.timeLimit),
                                     parallel: ParallelJobs.cores > 1, shouldStop: shouldStop) { value in
            progress?(SearchProgress(elapsed: seconds(since: clock), incumbent: value, bound: relaxation.bound, nodes: 0))
        }
        relaxation.stop()
        let lp = relaxation.wait()
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
        var reasons = reasons
        for c in scenario.courses.indices where assignments[c] == nil && reasons[c] == nil {
            reasons[c] = whyNotScheduled(c, candidates: candidates, assignments: assignments)
        }
        var plan = PlanAssembler.plan(scenario, assignments: assignments, status: optimal ? .optimal : .feasible,
                                      bound: optimal ? objective : bound, reasons: reasons)
        if optimal { plan.bound = plan.objective; plan.gap = 0 }
        let report = PlanVerifier.verify(plan, against: scenario)
        guard report.isValid else { throw .inconsistent(report.violations) }
        plan.solver = SolverRun(name: "GLPK", version: GLPKSolver.version,
                                timeLimitSeconds: Double(options.timeLimit.components.seconds),
                                relativeGap: options.relativeGap, presolve: options.presolve, cuts: options.cuts.names,
                                seconds: seconds(since: clock), nodes: outcome.slices,
                                stopReason: (optimal ? MIPSolution.StopReason.finished : statistics.stopReason).rawValue,
                                variables: lp.columns, constraints: lp.rows)
        return (plan, statistics)
    }

    /// GLPK's branch and cut on the whole model. When `staged` and GLPK does not finish
    /// within 3 s (a quarter of a shorter limit), the search continues in three stages:
    ///
    /// 1. branch and cut, from `start`, for those 3 s (an easy scenario is proven here);
    /// 2. the neighbourhood search from its best plan, until ten slices in a row bring nothing
    ///    (at most a quarter of the time left, 30 s);
    /// 3. branch and cut again from that plan, for the rest of the time.
    ///
    /// The returned solution is the last stage's, with the better of the two bounds (both hold
    /// for the same model), the plan of whichever stage found the best one, every stage's nodes
    /// and every improvement, in seconds since the call.
    static func solveWhole(_ full: Formulation, start: [Double]?, options: MIPOptions, staged: Bool,
                           progress: ((SearchProgress) -> Void)?,
                           shouldStop: (() -> Bool)?) throws(GLPKError) -> MIPSolution {
        let model = full.model
        guard staged, options.timeLimit >= .seconds(4) else {
            return try GLPKSolver.solve(model, options: options, initialSolution: start, progress: progress, shouldStop: shouldStop)
        }
        let began = ContinuousClock.now
        let deadline = began + options.timeLimit
        var stage = options
        stage.timeLimit = min(.seconds(3), options.timeLimit / 4)
        let first = try GLPKSolver.solve(model, options: stage, initialSolution: start, progress: progress, shouldStop: shouldStop)
        guard first.stopReason == .timeLimit, first.status == .feasible, let incumbent = first.values,
              deadline - ContinuousClock.now > .seconds(2) else { return first }

        // 2. Neighbourhood search from GLPK's best plan.
        let lnsStarted = seconds(since: began)
        var search = NeighbourhoodSearch(candidates: full.candidates, options: options, starCliques: false, targetColumns: 1500)
        let outcome = search.improve(full.assignments(from: incumbent),
                                     deadline: ContinuousClock.now + min(.seconds(30), (deadline - ContinuousClock.now) / 4),
                                     sliceLimit: .seconds(1), patience: 10, shouldStop: shouldStop) { value in
            progress?(SearchProgress(elapsed: seconds(since: began), incumbent: value, bound: first.bound, nodes: first.nodes))
        }
        let improved = full.values(for: search.assignments(outcome.choices)) ?? incumbent

        // 3. Branch and cut again, from the better plan.
        let thirdStarted = seconds(since: began)
        stage.timeLimit = max(.milliseconds(50), deadline - ContinuousClock.now)
        var last = try GLPKSolver.solve(model, options: stage, initialSolution: improved, progress: progress, shouldStop: shouldStop)
        last.nodes += first.nodes
        last.seconds = seconds(since: began)
        if let a = first.bound { last.bound = max(a, last.bound ?? a) }
        if let objective = last.objective, let bound = last.bound { last.bound = min(bound, objective) }
        if last.values == nil, model.violatedRows(improved).isEmpty {   // stopped before GLPK took the start
            last.values = improved
            last.objective = model.objectiveValue(improved)
            last.status = .feasible
        }
        var improvements = first.improvements
        for step in outcome.improvements { improvements.append(.init(seconds: lnsStarted + step.seconds, objective: step.objective)) }
        for step in last.improvements { improvements.append(.init(seconds: thirdStarted + step.seconds, objective: step.objective)) }
        last.improvements = improvements.reduce(into: []) { kept, step in
            if kept.last.map({ step.objective < $0.objective - tolerance($0.objective) }) ?? true { kept.append(step) }
        }
        return last
    }

    /// GLPK's time per slice: long enough to prove a slice of a few thousand columns.
    static func sliceLimit(_ total: Duration) -> Duration {
        min(.seconds(3), max(.seconds(1), total / 40))
    }
}

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
            let model = Formulation(candidates: candidates, starCliques: false).model
            result.withLock { $0.columns = model.columns.count; $0.rows = model.rows.count; $0.nonZeros = model.nonZeroCount }
            guard !stopped.load(ordering: .relaxed) else { return }
            let value = try? GLPKSolver.relaxationBound(model, timeLimit: timeLimit) { [self] in stopped.load(ordering: .relaxed) }
            result.withLock { $0.bound = value ?? nil }
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// Waits for the thread to end and returns what it found.
    func wait() -> Result {
        done.wait()
        return result.withLock { $0 }
    }
}
