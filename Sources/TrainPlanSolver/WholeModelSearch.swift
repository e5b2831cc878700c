import GLPK
import TrainPlanCore

extension SeatedSolve {
    /// GLPK's branch and cut on the whole ``Formulation``, started from the best plan so far
    /// (unless a stop came while getting here); `alongside`: with a neighbourhood search feeding
    /// it plans from a second core (see ``TrainingPlanner/solveWhole(_:start:options:alongside:threads:progress:shouldStop:)``).
    mutating func searchWhole(from first: Incumbent?, alongside: Bool) throws(PlannerError) -> Ending {
        var best = first
        var solution = MIPSolution.notStarted(.cancelled)
        // Every pass's bound holds for the whole problem (see ReducedCostRestart.swift), so the
        // highest is kept: a pass restarted near the limit may end before its root LP is solved.
        var passBound: Double?
        // How many of the model's last rows are cuts carried from earlier passes.
        var carriedCuts = 0
        var span = 1.0
        if shouldStop?() != true {
            var full = Formulation(candidates: candidates, starCliques: strategy.starCliques, fitRows: strategy.fitRows,
                                   changes: changeTerms)
            span = full.model.objectiveSpan
            statistics.variables = full.model.columns.count
            statistics.constraints = full.model.rows.count
            statistics.nonZeros = full.model.nonZeroCount
            statistics.buildSeconds = TrainingPlanner.seconds(since: clock)
            while true {
                let mip = passOptions(full)
                let start = best.flatMap { full.values(for: $0.assignments) }
                let searchStarted = TrainingPlanner.seconds(since: clock)
                // Seconds since the run began and nodes over every pass, not since this pass began;
                // the bound is the best of every pass so far (a new pass starts from its own root).
                let nodesBefore = statistics.nodes, boundBefore = passBound
                let shown = progress.map { report in
                    { (pass: SearchProgress) in
                        var run = pass
                        run.elapsed += searchStarted
                        run.nodes += nodesBefore
                        run.bound = [run.bound, boundBefore].compactMap { $0 }.max()
                        report(run)
                    }
                }
                do {
                    let whole = try TrainingPlanner.solveWhole(full, start: start, options: mip, alongside: alongside,
                                                               threads: threads, progress: shown, shouldStop: shouldStop)
                    solution = whole.solution
                    statistics.solverFailures += whole.failures.map(\.description)
                } catch {
                    throw .solver(error)
                }
                statistics.nodes += solution.nodes
                passBound = [passBound, solution.bound].compactMap { $0 }.max()
                if solution.status == .infeasible && best == nil {
                    return .noPlan(.infeasible, infeasibility: diagnosis())
                }
                if let values = solution.values {
                    let assignments = full.assignments(from: values)
                    let value = objective(assignments)
                    try TrainingPlanner.refuseToleranceAbuse(full, values: values, claimed: solution.objective, assembled: value)
                    if value < (best?.objective ?? .infinity) {
                        // When GLPK first held a plan this good (its incumbents carry the same objective).
                        let when = solution.improvements.first { $0.objective <= value + TrainingPlanner.tolerance(value) }?.seconds
                            ?? solution.seconds
                        if let first = solution.improvements.first { statistics.found(at: searchStarted + first.seconds, improving: false) }
                        best = (value, assignments)
                        statistics.found(at: searchStarted + when, improving: true)
                    }
                }
                guard solution.stopReason == .restart else { break }
                // The rebuild does not look at the clock: only with time for twice the first build.
                let rebuild = Duration.milliseconds(Int(2_000 * statistics.buildSeconds))
                let stopped = shouldStop?() == true
                guard remaining() > max(SearchTuning.shortestStage, rebuild), !stopped else {
                    solution.stopReason = stopped ? .cancelled : .timeLimit
                    break
                }
                // The new pass starts from the cuts of every earlier root: the rows carried so far
                // (the model's last) and this pass's root cuts.
                let earlier = full.model
                let cuts = Array(earlier.rows.suffix(carriedCuts)) + solution.rootCuts
                full = Formulation(candidates: full.candidates(without: solution.fixedByReducedCost),
                                   starCliques: strategy.starCliques, fitRows: strategy.fitRows, changes: changeTerms)
                carriedCuts = strategy.carriesCuts ? full.carry(cuts, from: earlier) : 0
                statistics.restarts += 1
            }
        }
        statistics.stopReason = solution.stopReason
        statistics.solveSeconds = TrainingPlanner.seconds(since: clock) - statistics.buildSeconds

        guard let best else { return .noPlan(.unknown, infeasibility: []) }
        // A restarted model holds every plan better than the best (ReducedCostRestart.swift): none there, none at all.
        let noneBetter = statistics.restarts > 0 && solution.status == .infeasible
        // Amounts GLPK cannot tell apart (a demand worth 1 a person beside one worth 1e11): its
        // proof and bound are not claimed, the plan stays (checked by the verifier as any other).
        let resolvable = span <= LinearModel.resolvableObjectiveSpan
        if !resolvable { statistics.unresolvableSpan = span }
        let optimal = resolvable && (noneBetter || solution.status == .optimal
            && best.objective <= (solution.objective ?? .infinity) + TrainingPlanner.tolerance(best.objective))
        // GLPK's bound, or the separable one where it is higher (a root LP not solved in time); the
        // separable bound knows nothing of re-planning's penalties and frozen past, so not there.
        let separable = replanning == nil && !incomplete ? TrainingPlanner.separableBound(candidates) : nil
        let known = [resolvable ? passBound : nil, separable].compactMap { $0 }.max()
        let bound = optimal ? best.objective : known.map { min($0, best.objective) }
        return .found(Found(incumbent: best, optimal: optimal, bound: bound))
    }

    /// GLPK's options for one pass over `full`: the time left, branching and cuts by its size,
    /// and a restart allowed while passes remain on a model large enough.
    private func passOptions(_ full: Formulation) -> MIPOptions {
        var mip = options
        mip.timeLimit = turnEnd.map { min(remaining(), max(SearchTuning.shortestStage, $0 - ContinuousClock.now)) } ?? remaining()
        mip.branching = TrainingPlanner.branching(strategy, columns: full.model.columns.count)
        mip.cuts = TrainingPlanner.cuts(options.cuts, servedColumns: full.served.count, columns: full.model.columns.count)
        mip.lpSliceIterations = SearchTuning.rootSliceIterations
        // Not when re-planning: its penalty for an earlier way no longer possible is a
        // constant of the model, which leaving ways out would change (see ReducedCostRestart.swift).
        mip.restartShare = replanning == nil && strategy.restarts && statistics.restarts < SearchTuning.mostRestarts
            && full.model.columns.count >= strategy.smallestRestartModel ? strategy.restartShare : nil
        mip.restartBeforeClosed = strategy.restartBeforeClosed
        return mip
    }
}

extension TrainingPlanner {
    /// GLPK's branch and cut on the whole model. With `alongside` (and a second core, a start
    /// and at least ``SearchTuning/shortestAlongside``), a neighbourhood search runs beside it on
    /// another thread from the same start (see ``NeighbourhoodWorker``): GLPK prunes with every
    /// better plan the search finds, the search carries on from GLPK's incumbents when they are
    /// better, and GLPK keeps its tree throughout, so the proof is never restarted. The search
    /// ends when GLPK does; a plan it found after GLPK last looked is still returned.
    static func solveWhole(_ full: Formulation, start: [Double]?, options: MIPOptions, alongside: Bool,
                           threads: ThreadBudget, progress: ((SearchProgress) -> Void)?,
                           shouldStop: (() -> Bool)?) throws(GLPKError) -> (solution: MIPSolution, failures: [GLPKError]) {
        let model = full.model
        let began = ContinuousClock.now
        let exchange = IncumbentExchange()
        let worker = NeighbourhoodWorker()
        // Under presolve GLPK cannot take offered plans (see MIPOptions.presolve): no worker then.
        guard alongside, !options.presolve, options.timeLimit >= SearchTuning.shortestAlongside, let start,
              worker.start(full, from: start, options: options, deadline: began + options.timeLimit, exchange: exchange,
                           threads: threads) else {
            return (try GLPKSolver.solve(model, options: options, initialSolution: start, progress: progress,
                                         shouldStop: shouldStop), [])
        }
        // GLPK takes the start only once its root LP is solved (seconds on long programmes): until
        // then, and whenever the search beside it is ahead, progress shows the best plan known.
        let startObjective = model.objectiveValue(start)
        let reported = progress.map { report in
            { (glpk: SearchProgress) in
                var shown = glpk
                shown.incumbent = [glpk.incumbent, startObjective, worker.bestObjective].compactMap { $0 }.min()
                report(shown)
            }
        }
        let solved: MIPSolution
        do {
            solved = try GLPKSolver.solve(model, options: options, initialSolution: start, progress: reported,
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

    /// GLPK takes a count within 1e-5 of a whole number as whole (`tol_int`), so with a binding
    /// budget it can serve 0.99999 of an apprentice for almost all of the value and almost none of
    /// the cost; the plan then serves none (rule 8 holds), costs the course and gains nothing: worse
    /// than not running it. Such a solution, whose plan is far worse than GLPK's objective and whose
    /// counts rounded break the budget, is refused as a plan over the budget by that much, and the
    /// planner solves again below it (``TrainingPlanner/solve(_:options:strategy:replanning:threads:progress:shouldStop:)``).
    static func refuseToleranceAbuse(_ full: Formulation, values: [Double], claimed: Double?, assembled: Double) throws(PlannerError) {
        guard let budget = full.candidates.scenario.budget, let claimed,
              assembled > claimed + TrainingPlanner.tolerance(assembled) else { return }
        let columns = full.model.columns
        let rounded = full.cost.terms.reduce(full.cost.constant) { total, term in
            let x = values[term.variable.index]
            return total + term.coefficient * (columns[term.variable.index].kind == .continuous ? x : x.rounded())
        }
        guard rounded > budget else { return }
        throw .inconsistent([Violation(rule: 8, course: nil, message: "the solver's counts, rounded, cost \(rounded), over the budget \(budget)",
                                       excess: rounded - budget)])
    }
}
