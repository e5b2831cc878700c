import GLPK
import TrainPlanCore

/// Finds the best plan, then the best one by a ``SecondObjective`` among those as good.
///
/// A lexicographic solve in two GLPK runs: first ``TrainingPlanner`` as usual, giving a plan
/// of objective B; then the whole ``Formulation`` again with one more row, objective ≤ B + τ
/// (τ = ``TrainingPlanner/tolerance(_:)``, rounding noise only), and the second criterion as
/// its objective, started from the first plan. When the first plan is proven optimal the
/// second run chooses among the optimal plans; when it is not (time limit, `--gap`), among
/// the plans no worse than it, so the gap stated for it still holds.
///
/// balance-load adds one continuous column L ≥ 0 and, per internal instructor i that could
/// teach, the row Σ n(c,p)·u[c,i,p] / limit(i) ≤ L (limit: ``SecondObjective/loadLimit(of:in:)``),
/// and minimises L. more-trainees minimises −Σ participants(c)·y[c].
public enum LexicographicPlanner {
    /// The first criterion's share of the time limit; the second run gets what is left.
    static let firstShare = 0.8

    /// What the second run did.
    public struct Outcome: Sendable {
        public var criterion: SecondObjective
        /// The criterion's value in the first plan and in the plan returned.
        public var before: Double
        public var after: Double
        /// The second run proved no plan as good by the objective is better by the criterion.
        public var proven: Bool
        public var seconds: Double
        /// Why the first plan was kept as it was, if it was (no plan, a GLPK failure, ...).
        public var note: String?
    }

    public static func solve(_ scenario: Scenario, then criterion: SecondObjective, options: MIPOptions = MIPOptions(),
                             strategy: TrainingPlanner.Strategy = .init(), threads: ThreadBudget = .shared,
                             progress: ((SearchProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil)
        throws(PlannerError) -> (plan: Plan, statistics: TrainingPlanner.Statistics, outcome: Outcome?) {
        let clock = ContinuousClock.now
        let deadline = clock + options.timeLimit
        var first = options
        first.timeLimit = options.timeLimit * firstShare
        let (plan, statistics) = try TrainingPlanner.solve(scenario, options: first, strategy: strategy, threads: threads,
                                                           progress: progress, shouldStop: shouldStop)
        guard plan.status == .optimal || plan.status == .feasible, let objective = plan.objective else {
            return (plan, statistics, nil)
        }
        let before = criterion.measure(plan, in: scenario)
        func kept(_ note: String) -> (plan: Plan, statistics: TrainingPlanner.Statistics, outcome: Outcome?) {
            (plan, statistics, Outcome(criterion: criterion, before: before, after: before, proven: false,
                                       seconds: TrainingPlanner.seconds(since: clock), note: note))
        }
        if shouldStop?() == true { return kept("stopped before the second criterion was searched") }
        let candidates = Candidates(scenario: scenario)
        guard let start = assignments(of: plan, candidates: candidates) else {
            return kept("the first plan is not among the candidates of the whole model")
        }
        let formulation = Formulation(candidates: candidates, starCliques: strategy.starCliques, fitRows: strategy.fitRows)
        guard var startValues = formulation.values(for: start) else {
            return kept("the first plan is not among the columns of the whole model")
        }
        let model = secondModel(formulation, criterion: criterion, bestObjective: objective, startValues: &startValues)
        var second = options
        second.timeLimit = max(.milliseconds(50), deadline - ContinuousClock.now)
        second.branching = TrainingPlanner.branching(strategy, columns: model.columns.count)
        let solution: MIPSolution
        do {
            solution = try threads.occupying { () throws(GLPKError) in
                try GLPKSolver.solve(model, options: second, initialSolution: startValues, progress: nil, shouldStop: shouldStop)
            }
        } catch {
            throw .solver(error)
        }
        guard let values = solution.values else { return kept("the second run found no plan within the time (\(solution.status))") }
        let chosen = formulation.assignments(from: values)
        var reasons: [Int: [UnscheduledReason]] = [:]
        for options in candidates.courses where options.isEmpty { reasons[options.course] = options.reasons }
        reasons = TrainingPlanner.explainUnscheduled(reasons, candidates: candidates, assignments: chosen)
        var result = PlanAssembler.plan(scenario, assignments: chosen, status: plan.status, bound: plan.bound, reasons: reasons)
        guard let value = result.objective, value <= objective + TrainingPlanner.tolerance(objective) else {
            return kept("the second run's plan costs more than the first (GLPK's row tolerance)")
        }
        let after = criterion.measure(result, in: scenario)
        guard criterion.prefersLower ? after < before : after > before else {
            return (plan, statistics, Outcome(criterion: criterion, before: before, after: before, proven: solution.status == .optimal,
                                               seconds: TrainingPlanner.seconds(since: clock), note: nil))
        }
        if plan.status == .optimal { result.bound = result.objective; result.gap = 0 }
        var total = statistics
        total.nodes += solution.nodes
        result = try TrainingPlanner.verifiedAndRecorded(result, scenario: scenario, options: options, clock: clock,
                                                         optimal: plan.status == .optimal, statistics: total)
        return (result, total, Outcome(criterion: criterion, before: before, after: after, proven: solution.status == .optimal,
                                       seconds: TrainingPlanner.seconds(since: clock), note: nil))
    }

    /// The whole model with its objective bounded by the best one and the criterion as objective;
    /// `startValues` (the first plan) gains the values of any column added.
    static func secondModel(_ formulation: Formulation, criterion: SecondObjective, bestObjective: Double,
                            startValues: inout [Double]) -> LinearModel {
        var model = formulation.model
        model.add(model.objectiveExpression <= bestObjective + TrainingPlanner.tolerance(bestObjective), name: "objective")
        let scenario = formulation.candidates.scenario
        switch criterion {
        case .moreTrainees:
            let trainees = formulation.runs.keys.sorted().map { c in
                -Double(scenario.courses[c].participants) * formulation.runs[c]!
            }
            model.replaceObjective(with: sum(trainees))
        case .balanceLoad:
            let largest = model.addVariable("largestLoadShare", kind: .continuous, lower: 0)
            var loads: [Int: LinearExpression] = [:]
            for options in formulation.candidates.courses {
                let course = scenario.courses[options.course]
                for (p, pattern) in options.patterns.enumerated() {
                    for (i, u) in formulation.teach[options.course][p] {
                        guard let limit = SecondObjective.loadLimit(of: i, in: scenario) else { continue }
                        loads[i, default: LinearExpression()] += Double(pattern.dates.count * course.sessionLength) / Double(limit) * u
                    }
                }
            }
            var share = 0.0
            for i in loads.keys.sorted() {
                model.add(loads[i]! - largest <= 0, name: "loadShare[\(scenario.instructors[i].id)]")
                share = max(share, loads[i]!.terms.reduce(0) { $0 + $1.coefficient * startValues[$1.variable.index] })
            }
            startValues.append(share)
            model.replaceObjective(with: 1 * largest)
        }
        return model
    }

    /// The candidates' assignments that make up a plan (`nil` if one is not among them).
    static func assignments(of plan: Plan, candidates: Candidates) -> [Assignment?]? {
        let scenario = candidates.scenario
        let instructors = Dictionary(scenario.instructors.indices.map { (scenario.instructors[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let venues = Dictionary(scenario.venues.indices.map { (scenario.venues[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Assignment?] = []
        for (c, course) in plan.courses.enumerated() {
            guard course.scheduled else { result.append(nil); continue }
            guard c < candidates.courses.count, course.handover == nil,
                  let i = course.instructor.flatMap({ instructors[$0] }), let v = course.venue.flatMap({ venues[$0] }),
                  let sessions = course.sessions, let slot = course.startSlot else { return nil }
            let dates = sessions.map(\.date)
            guard let pattern = candidates.courses[c].patterns.first(where: { $0.dates == dates && $0.startSlot == slot })
            else { return nil }
            result.append(Assignment(instructor: i, venue: v, pattern: pattern))
        }
        return result
    }
}
