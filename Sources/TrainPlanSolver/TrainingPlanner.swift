import GLPK
import TrainPlanCore

/// Why planning failed (as opposed to finding that no plan exists, which is a plan with status `infeasible`).
public enum PlannerError: Error, CustomStringConvertible, Sendable {
    case solver(GLPKError)
    /// The solver's plan broke the rules: a bug, never shown as a plan.
    case inconsistent([Violation])

    public var description: String {
        switch self {
        case let .solver(error): return "solver failure: \(error)"
        case let .inconsistent(violations):
            return "internal error: the solver's plan fails verification:\n" + violations.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// Candidates → formulation → greedy start → GLPK → verified plan.
public enum TrainingPlanner {
    public struct Statistics: Sendable {
        public var variables: Int
        public var constraints: Int
        public var nonZeros: Int
        public var buildSeconds: Double
        public var solveSeconds: Double
        public var nodes: Int
        public var stopReason: MIPSolution.StopReason
        public var greedyObjective: Double?
    }

    public static func solve(_ scenario: Scenario, options: MIPOptions = MIPOptions(),
                             progress: ((SearchProgress) -> Void)? = nil,
                             shouldStop: (() -> Bool)? = nil) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        let clock = ContinuousClock.now
        let candidates = Candidates(scenario: scenario)
        var reasons: [Int: [String]] = [:]
        for options in candidates.courses where options.isEmpty { reasons[options.course] = options.reasons }

        let blocked = candidates.courses.filter { $0.isEmpty && scenario.courses[$0.course].mandatory }
        if !blocked.isEmpty {
            let why = blocked.map { "mandatory course \(scenario.courses[$0.course].id) cannot run: \($0.reasons.joined(separator: "; "))" }
            let plan = PlanAssembler.noPlan(scenario, status: .infeasible, reasons: reasons, infeasibility: why)
            return (plan, Statistics(variables: 0, constraints: 0, nonZeros: 0, buildSeconds: seconds(since: clock),
                                     solveSeconds: 0, nodes: 0, stopReason: .finished, greedyObjective: nil))
        }

        let formulation = Formulation(candidates: candidates)
        let greedy = GreedyPlanner.plan(candidates)
        let start = greedy.flatMap { formulation.values(for: $0) }
        let buildSeconds = seconds(since: clock)
        var mip = options
        mip.timeLimit = max(.milliseconds(100), options.timeLimit - (ContinuousClock.now - clock))
        let solution: MIPSolution
        do {
            solution = try GLPKSolver.solve(formulation.model, options: mip, initialSolution: start,
                                            progress: progress, shouldStop: shouldStop)
        } catch {
            throw .solver(error)
        }
        var statistics = Statistics(variables: formulation.model.columns.count, constraints: formulation.model.rows.count,
                                    nonZeros: formulation.model.nonZeroCount, buildSeconds: buildSeconds,
                                    solveSeconds: solution.seconds, nodes: solution.nodes,
                                    stopReason: solution.stopReason,
                                    greedyObjective: start.map { formulation.model.objectiveValue($0) })

        var assignments: [Assignment?]?
        var status: Plan.Status
        switch solution.status {
        case .optimal:
            status = .optimal
            assignments = solution.values.map(formulation.assignments(from:))
        case .feasible:
            status = .feasible
            assignments = solution.values.map(formulation.assignments(from:))
        case .unknown, .unbounded:
            status = greedy == nil ? .unknown : .feasible
            assignments = greedy
        case .infeasible:
            let why = diagnoseInfeasibility(scenario, candidates: candidates, options: options)
            let plan = PlanAssembler.noPlan(scenario, status: .infeasible, reasons: reasons, infeasibility: why)
            return (plan, statistics)
        }
        guard let assignments else {
            let plan = PlanAssembler.noPlan(scenario, status: .unknown, reasons: reasons, infeasibility: [])
            return (plan, statistics)
        }
        for c in scenario.courses.indices where assignments[c] == nil && reasons[c] == nil {
            reasons[c] = whyNotScheduled(c, candidates: candidates, assignments: assignments)
        }
        var plan = PlanAssembler.plan(scenario, assignments: assignments, status: status,
                                      bound: solution.bound, reasons: reasons)
        if status == .optimal { plan.bound = plan.objective; plan.gap = 0 }
        let report = PlanVerifier.verify(plan, against: scenario)
        guard report.isValid else { throw .inconsistent(report.violations) }
        plan.solver = SolverRun(name: "GLPK", version: GLPKSolver.version,
                                timeLimitSeconds: Double(options.timeLimit.components.seconds),
                                relativeGap: options.relativeGap, presolve: options.presolve, cuts: options.cuts,
                                seconds: seconds(since: clock), nodes: solution.nodes,
                                stopReason: solution.stopReason.rawValue, variables: statistics.variables,
                                constraints: statistics.constraints)
        statistics.solveSeconds = solution.seconds
        return (plan, statistics)
    }

    /// Says why a course with options was left out of a plan.
    static func whyNotScheduled(_ c: Int, candidates: Candidates, assignments: [Assignment?]) -> [String] {
        let scenario = candidates.scenario
        let course = scenario.courses[c]
        let options = candidates.courses[c]
        let used = Set(assignments.compactMap { $0?.instructor })
        var cheapest = Double.infinity
        for (p, pattern) in options.patterns.enumerated() {
            let insurance = CostRules.socialSecurity(course, dates: pattern.dates, premium: scenario.premiumPerParticipantMonth)
            let rent = options.venues[p].map { CostRules.rent(course, scenario.venues[$0]) }.min() ?? .infinity
            let teach = options.instructors[p].map { i in
                CostRules.fees(course, scenario.instructors[i]) + (used.contains(i) ? 0 : scenario.instructors[i].engagementCost)
            }.min() ?? .infinity
            cheapest = min(cheapest, insurance + rent + teach)
        }
        let currency = scenario.currency
        if cheapest >= course.value {
            return ["running it would cost at least \(currency) \(Money.plain(cheapest)), not less than its value \(currency) \(Money.plain(course.value))"]
        }
        let spent = PlanAssembler.plan(scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:]).cost?.total ?? 0
        if let budget = scenario.budget, spent + cheapest > budget + 1e-6 {
            return ["the budget: it would add at least \(currency) \(Money.plain(cheapest)) to the \(currency) \(Money.plain(spent)) spent (budget \(currency) \(Money.plain(budget)))"]
        }
        let instructors = Set(options.instructors.flatMap { $0 }).sorted().map { scenario.instructors[$0].id }
        let venues = Set(options.venues.flatMap { $0 }).sorted().map { scenario.venues[$0].id }
        var limits = "its possible instructors (\(instructors.joined(separator: ", "))) and venues (\(venues.joined(separator: ", ")))"
        if let cohort = course.cohort { limits += " and its cohort \"\(cohort)\"" }
        return ["\(limits) are taken, within their load limits, by courses that are worth more in the periods it could use"]
    }

    /// Names what makes a scenario infeasible: the budget, or the mandatory courses that cannot all run.
    static func diagnoseInfeasibility(_ scenario: Scenario, candidates: Candidates, options: MIPOptions) -> [String] {
        var mandatoryOnly = scenario
        mandatoryOnly.courses = scenario.courses.filter(\.mandatory)
        mandatoryOnly.budget = nil
        let names = mandatoryOnly.courses.map(\.id).joined(separator: ", ")
        var quick = options
        quick.timeLimit = min(options.timeLimit, .seconds(30))
        let formulation = Formulation(candidates: Candidates(scenario: mandatoryOnly), includeBudget: false)
        if let solution = try? GLPKSolver.solve(formulation.model, options: quick),
           let least = solution.objective, solution.status == .optimal || solution.status == .feasible {
            let currency = scenario.currency
            if let budget = scenario.budget {
                let qualifier = solution.status == .optimal ? "" : " about"
                return ["the budget \(currency) \(Money.plain(budget)) is below\(qualifier) \(currency) \(Money.plain(least)), the least the mandatory courses (\(names)) can cost"]
            }
        }
        return ["the mandatory courses (\(names)) cannot all be scheduled together: their instructors, venues, cohorts or load limits clash"]
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
