import GLPK
import TrainPlanCore
import TrainPlanReport

/// Why planning failed (as opposed to finding that no plan exists, which is a plan with status `infeasible`).
public enum PlannerError: Error, CustomStringConvertible, Sendable {
    case solver(GLPKError)
    /// The solver's plan broke the rules: a bug, never shown as a plan.
    case inconsistent([Violation])
    /// The solver's plan broke only the budget, by GLPK's integrality tolerance, with the bound its
    /// search proved over a set of plans that holds every plan within the budget:
    /// ``TrainingPlanner/solve(_:options:strategy:replanning:threads:progress:shouldStop:)`` solves
    /// again below the budget and keeps the bound. Never thrown out of it.
    case overBudget([Violation], bound: Double?)

    public var description: String {
        switch self {
        case let .solver(error): return "solver failure: \(error)"
        case let .inconsistent(violations), let .overBudget(violations, _):
            return "internal error: the solver's plan fails verification:\n" + violations.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// Finds the cheapest valid plan.
///
/// 1. ``GreedyPlanner`` builds a first plan, offered to GLPK as the incumbent.
/// 2. Without one, and with mandatory courses, a model of the mandatory courses
///    alone tells quickly whether any plan exists (and why not).
/// 3. The search ``SearchPlan`` names: GLPK's branch and cut on the whole ``Formulation``
///    (with a neighbourhood search beside it), or the neighbourhood search alone.
///
/// The stages are ``SeatedSolve``'s; this type holds the public API and the retry below a
/// binding budget.
///
/// At a time limit or Ctrl-C the best plan found is returned with status `feasible`
/// and its gap. Every plan returned has passed the verifier.
public enum TrainingPlanner {
    /// Choices that change how fast the search is, never its answer.
    public struct Strategy: Sendable, Hashable, Codable {
        /// Add the star cliques of ``Formulation``: a tighter LP, but many more rows; on the
        /// generated city, weekly and province scenarios (`trainplan bench`) the model without
        /// them solves faster, so they are off by default.
        public var starCliques: Bool
        /// Add the `fit` and `teaches` rows of ``Formulation`` (see ``PackingConflicts``, ``TeachingConflicts``); on by default.
        public var fitRows: Bool
        /// How the search is organised (see ``Search``).
        public var search: Search
        /// GLPK's branching rule on the whole model (and the slices beside it), once the
        /// model's own order (run variables, then cost choices) has nothing fractional left;
        /// `nil`: by size (see ``TrainingPlanner/branching(_:columns:)``). The neighbourhood
        /// search alone always branches on the most fractional column.
        public var branching: MIPOptions.Branching?
        /// Restart the whole-model search on a smaller model once the root LP's reduced costs rule
        /// out enough of it (see ReducedCostRestart.swift); on by default.
        public var restarts: Bool
        /// The share of the binary columns ruled out that triggers a restart, and the fewest
        /// columns a model restarts with (tests force restarts on tiny models with both small).
        var restartShare = SearchTuning.restartShare
        var smallestRestartModel = SearchTuning.smallestRestartModel
        /// No restart once the tree has closed this share of its root's gap (`nil`: whatever it
        /// has closed; see ``SearchTuning/restartBeforeClosed``).
        public var restartBeforeClosed: Double? = SearchTuning.restartBeforeClosed
        /// A restarted search starts from the earlier roots' cuts (see ReducedCostRestart.swift).
        public var carriesCuts = true

        /// One model of every course, or a neighbourhood search over slices of courses.
        public enum Search: String, Sendable, Hashable, Codable {
            /// By size: the whole model while GLPK can take it, else neighbourhoods.
            case automatic
            /// GLPK's branch and cut on the whole ``Formulation``.
            case whole
            /// ``NeighbourhoodSearch``: re-optimise slices of courses with the rest fixed.
            case neighbourhoods
        }

        public init(starCliques: Bool = false, fitRows: Bool = true, search: Search = .automatic,
                    branching: MIPOptions.Branching? = nil, restarts: Bool = true) {
            self.starCliques = starCliques
            self.fitRows = fitRows
            self.search = search
            self.branching = branching
            self.restarts = restarts
        }
    }

    public struct Statistics: Sendable {
        public var variables: Int = 0
        public var constraints: Int = 0
        public var nonZeros: Int = 0
        public var buildSeconds: Double = 0
        public var solveSeconds: Double = 0
        public var nodes: Int = 0
        public var stopReason: MIPSolution.StopReason = .finished
        public var greedyObjective: Double?
        /// Seconds from the call to the first valid plan, and to the plan returned (nil: no plan).
        public var firstPlanSeconds: Double?
        public var bestPlanSeconds: Double?
        /// GLPK failures the search carried on past (a slice, the LP bound): the plan is still
        /// valid, but the search was weaker than it should have been. Shown by the CLI.
        public var solverFailures: [String] = []
        /// The objective's ``LinearModel/objectiveSpan`` when past what GLPK resolves: no proof or GLPK bound claimed.
        public var unresolvableSpan: Double?
        /// Slices GLPK failed on, in all (``solverFailures`` keeps the first few errors).
        public var failedSlices = 0
        /// Times the whole-model search restarted on a smaller model (see ReducedCostRestart.swift).
        public var restarts = 0

        /// Notes a plan found `at` seconds: the first one, and the latest that improved.
        mutating func found(at seconds: Double, improving: Bool) {
            if firstPlanSeconds == nil { firstPlanSeconds = seconds }
            if improving || bestPlanSeconds == nil { bestPlanSeconds = seconds }
        }
    }

    /// - Parameters:
    ///   - threads: the seats this solve and its helper threads take (see ``ThreadBudget``);
    ///     the calling thread waits for a seat unless it holds one, and every helper thread has
    ///     ended when this returns.
    ///   - start: a plan to begin from (a what-if's base plan): its courses that this scenario
    ///     still allows, as they are, are the first incumbent when they make a valid plan, so a
    ///     variant that changes little is never left worse than its base by a short time limit.
    public static func solve(_ scenario: Scenario, options: MIPOptions = MIPOptions(), strategy: Strategy = Strategy(),
                             replanning: Replanning? = nil, start: Plan? = nil, threads: ThreadBudget = .shared,
                             progress: ((SearchProgress) -> Void)? = nil,
                             shouldStop: (() -> Bool)? = nil) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        try threads.occupying { () throws(PlannerError) in
            let started = ContinuousClock.now
            var attempt = scenario
            var margin = 0.0
            // Searched again at the budget itself, with a tolerance too fine for a plan over it to pass.
            var triedAtBudget = false
            // What the first search proved, at the real budget, of every plan within it.
            var boundWithinBudget: Double?
            while true {
                do throws(PlannerError) {
                    // A solve again under a lower budget has the time left, not the whole limit again.
                    var attemptOptions = options
                    let atBudget = triedAtBudget && margin == 0
                    if margin > 0 || atBudget {
                        attemptOptions.timeLimit = options.timeLimit - (ContinuousClock.now - started)
                    }
                    if atBudget {
                        // Half of it at the budget itself: the other half is the margins', should GLPK still round over.
                        attemptOptions.timeLimit = attemptOptions.timeLimit / 2
                        attemptOptions.integralityTolerance = SearchTuning.budgetIntegralityTolerance
                    }
                    var solved = try solveSeated(attempt, options: attemptOptions, strategy: strategy, replanning: replanning,
                                                 start: start, statedBudget: margin > 0 ? scenario.budget : nil,
                                                 threads: threads, progress: progress, shouldStop: shouldStop)
                    guard margin > 0 else { return solved }
                    // Solved under a slightly lower budget: valid here, but its proof covers no plan
                    // between that budget and the real one; the first search's bound covers them all.
                    if solved.plan.status == .infeasible || solved.plan.status == .unknown {
                        solved.plan = Self.noPlanWithinBudget(scenario, options: options, replanning: replanning)
                        return solved
                    }
                    Self.bound(&solved.plan, by: boundWithinBudget, options: options)
                    let report = PlanVerifier.verify(solved.plan, against: scenario)
                    guard report.isValid else { throw PlannerError.inconsistent(report.violations) }
                    return solved
                } catch {
                    let violations: [Violation]
                    switch error {
                    case let .overBudget(over, bound):
                        violations = over
                        if margin == 0 { boundWithinBudget = boundWithinBudget ?? bound }
                    case let .inconsistent(over): violations = over
                    case .solver: throw error
                    }
                    // GLPK takes a column within 1e-5 of 1 as integral (`tol_int`), so with a binding
                    // budget it can return a plan over it by up to 1e-5 of a column's cost (a course of
                    // 100,000,000 ran under a budget 50 below that); the contract allows nothing over.
                    // Solve again below the budget by what the plan was over (and a cent), then by
                    // growing margins: a fixed margin of 2e-5 of the budget once threw away every
                    // plan within 2,000 of a budget of 100,000,000, the best one among them.
                    guard let budget = scenario.budget, budgetOnly(violations) else { throw PlannerError.inconsistent(violations) }
                    // At the budget itself, whole means whole to 1e-10: a plan the search then finds is
                    // within the budget and its proof covers every plan that is (one course under a
                    // budget a rupiah short of it was `feasible` with a bound 99 % below the plan).
                    if !triedAtBudget, ContinuousClock.now - started < options.timeLimit {
                        triedAtBudget = true
                        continue
                    }
                    let limit = SearchTuning.budgetMarginLimit * (1 + budget)
                    let over = violations.compactMap(\.excess).max() ?? SearchTuning.budgetMargin * (1 + budget)
                    // More over than any tolerance: a wrong plan, said as one.
                    guard margin < limit, over <= limit, ContinuousClock.now - started < options.timeLimit else {
                        throw PlannerError.inconsistent(violations)
                    }
                    margin = max(margin * SearchTuning.budgetMarginGrowth, margin + over + SearchTuning.smallestBudgetMargin)
                    attempt.budget = budget - margin
                }
            }
        }
    }

    /// A plan found below the budget, bounded by what the first search proved at the budget: its
    /// relaxation (columns within `tol_int` of integral) holds every plan within the budget, so its
    /// bound holds for them; the plan is optimal where it meets that bound, else feasible with it.
    static func bound(_ plan: inout Plan, by bound: Double?, options: MIPOptions) {
        plan.status = plan.status == .optimal ? .feasible : plan.status
        plan.bound = nil
        plan.gap = nil
        // A re-plan's proof is its record's (objective plus penalties): the bound is of that.
        guard let bound, let objective = plan.objective, plan.replanning == nil || plan.replanning?.changePenalty == 0 else { return }
        let lower = min(bound, objective)
        let gap = abs(objective - lower) / max(abs(objective), 1e-9)
        plan.bound = lower
        plan.gap = gap
        settleBound(&plan)
        // Within the gap asked for is optimal, as GLPK's own stop is; the plan file then states no other bound.
        if objective - lower <= tolerance(objective) + options.relativeGap * abs(objective) {
            plan.status = .optimal
            plan.bound = objective
            plan.gap = 0
        }
    }

    /// No plan under the budget was found once GLPK's plans came out over it by its tolerance: proven
    /// infeasible where the mandatory courses alone cost more than the budget (their least cost is
    /// solved without a budget row, so to the cent), else unknown, saying why.
    static func noPlanWithinBudget(_ scenario: Scenario, options: MIPOptions, replanning: Replanning?) -> Plan {
        if replanning == nil, let budget = scenario.budget, scenario.courses.contains(where: \.mandatory) {
            let reasons = diagnoseInfeasibility(scenario, candidates: Candidates(scenario: scenario), options: options)
            if let reason = reasons.first, reason.kind == .budgetBelowMandatory, reason.exact == true,
               let least = reason.least, (least * 100).rounded() > (budget * 100).rounded() {
                return PlanAssembler.noPlan(scenario, status: .infeasible, reasons: [:], infeasibility: [reason])
            }
        }
        return PlanAssembler.noPlan(scenario, status: .unknown, reasons: [:], infeasibility: [
            .other("every plan the solver found costs more than the budget by less than its tolerance, and none was found below it"),
        ])
    }

    /// Only rule 8 is broken (a plan over the budget by GLPK's tolerance), nothing else.
    static func budgetOnly(_ violations: [Violation]) -> Bool {
        !violations.isEmpty && violations.allSatisfy { $0.rule == 8 }
    }

    private static func solveSeated(_ scenario: Scenario, options: MIPOptions, strategy: Strategy,
                                    replanning: Replanning?, start: Plan?, statedBudget: Double?, threads: ThreadBudget,
                                    progress: ((SearchProgress) -> Void)?,
                                    shouldStop: (() -> Bool)?) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        var solve = SeatedSolve(scenario, options: options, strategy: strategy, replanning: replanning, threads: threads,
                                progress: progress, shouldStop: shouldStop)
        solve.statedBudget = statedBudget
        solve.startingPlan = start
        return try solve.run()
    }

    /// The plan checked against every rule (a plan the solver got wrong is a bug, never
    /// shown as a plan), with the run that produced it recorded.
    static func verifiedAndRecorded(_ plan: Plan, scenario: Scenario, options: MIPOptions, clock: ContinuousClock.Instant,
                                    optimal: Bool, statistics: Statistics, replanning: Replanning? = nil) throws(PlannerError) -> Plan {
        var report = PlanVerifier.verify(plan, against: scenario)
        if let replanning, let t = replanning.frozenUntil {
            report.violations += PlanVerifier.replanningViolations(plan, previous: replanning.previous, frozenUntil: t)
        }
        guard report.isValid else {
            throw budgetOnly(report.violations) ? .overBudget(report.violations, bound: plan.bound) : .inconsistent(report.violations)
        }
        var plan = plan
        let proven = settleBound(&plan)
        plan.solver = SolverRun(name: "GLPK", version: GLPKSolver.version,
                                timeLimitSeconds: seconds(of: options.timeLimit),
                                relativeGap: options.relativeGap, presolve: options.presolve, cuts: options.cuts.names,
                                seconds: seconds(since: clock), nodes: statistics.nodes,
                                stopReason: (optimal || proven ? MIPSolution.StopReason.finished : statistics.stopReason).rawValue,
                                variables: statistics.variables, constraints: statistics.constraints)
        return plan
    }

    /// Money is read to the cent, so every plan's objective is a whole number of cents: a bound
    /// rounds up to the next cent, and one that reaches the objective proves it (a bound of 0.0099945
    /// under an objective of 0.01 was written as 0.01 beside a gap of 0.05 %, which verify refused).
    /// The gap is then that of the figures as written. Returns whether this proved the plan optimal.
    @discardableResult
    static func settleBound(_ plan: inout Plan) -> Bool {
        guard plan.status == .feasible, let objective = plan.objective, let bound = plan.bound,
              abs(objective) < 1e13, abs(bound) < 1e13 else { return false }
        let settled = min(Money.cents(objective), ((bound * 100) - 1e-6).rounded(.up) / 100)
        plan.bound = settled
        plan.gap = abs(objective - settled) / max(abs(objective), 1e-9)
        guard objective - settled <= tolerance(objective) else { return false }
        plan.status = .optimal
        plan.bound = objective
        plan.gap = 0
        return true
    }

    /// Money figures are sums of the same coefficients: equal up to rounding noise.
    static func tolerance(_ value: Double) -> Double { max(1e-6, 1e-9 * abs(value)) }

    static func seconds(since start: ContinuousClock.Instant) -> Double { seconds(of: ContinuousClock.now - start) }

    static func seconds(of d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
}
