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
/// and minimises L. more-trainees minimises −Σ participants(c)·y[c]. closest-to-base (what-if
/// variants, sourcing re-solves) minimises the number of courses that differ from a reference
/// plan, with re-planning's change terms (``Formulation/changeCount(_:model:)``), and then the
/// parts of them that differ (``Formulation/changedParts(_:)``).
///
/// The second run never costs the objective anything, and claims nothing it did not prove:
/// the plan keeps the first run's status and bound, and whenever the second run fails, runs out
/// of time without a better plan or gives one that fails verification, the first plan is returned.
/// Either way the plan records what the second run did (`secondObjective` in the plan file).
public enum LexicographicPlanner {
    /// The first criterion's share of the time limit; the second run gets what is left.
    /// (80 %: the objective is the contract's and comes first; a tie-break that runs out of
    /// time keeps the first plan, which is no worse.)
    static let firstShare = 0.8

    /// The criterion name of ``solve(_:closestTo:options:strategy:threads:progress:shouldStop:)`` in the plan file.
    public static let closestToBase = "closest-to-base"

    /// What the second run did.
    public struct Outcome: Sendable {
        /// The ``SecondObjective``; `nil` for the plan closest to a reference plan (measured in
        /// courses whose running, instructor, venue or sessions differ from it).
        public var criterion: SecondObjective?
        /// The criterion's value in the first plan and in the plan returned.
        public var before: Double
        public var after: Double
        /// The second run proved no plan as good by the objective is better by the criterion.
        public var proven: Bool
        public var seconds: Double
        /// Why the first plan was kept as it was, if it was (no plan, a GLPK failure, ...).
        public var note: String?

        /// The outcome as the plan file records it.
        public var record: SecondObjectiveRecord {
            SecondObjectiveRecord(criterion: criterion?.rawValue ?? LexicographicPlanner.closestToBase, before: before,
                                  after: after, proven: proven, note: note)
        }
    }

    /// What breaks the ties of the objective.
    enum TieBreak {
        case criterion(SecondObjective)
        /// Fewest courses that differ from this plan (see ``Formulation/changeCount(_:model:)``).
        case closestTo(Plan)

        var prefersLower: Bool {
            switch self {
            case let .criterion(criterion): criterion.prefersLower
            case .closestTo: true
            }
        }

        func measure(_ plan: Plan, in scenario: Scenario) -> Double {
            switch self {
            case let .criterion(criterion): criterion.measure(plan, in: scenario)
            case let .closestTo(reference): Double(PlanComparison(from: reference, to: plan).changedCourses)
            }
        }

        /// The measure, then (closest-to-base) the parts that changed within the courses that
        /// changed: a variant that must move a course to another instructor keeps its venue and dates.
        func rank(_ plan: Plan, in scenario: Scenario) -> (Double, Double) {
            switch self {
            case .criterion: (measure(plan, in: scenario), 0)
            case let .closestTo(reference):
                (measure(plan, in: scenario), Double(PlanComparison(from: reference, to: plan).changedParts))
            }
        }

        var criterion: SecondObjective? {
            if case let .criterion(criterion) = self { return criterion }
            return nil
        }
    }

    public static func solve(_ scenario: Scenario, then criterion: SecondObjective, options: MIPOptions = MIPOptions(),
                             strategy: TrainingPlanner.Strategy = .init(), threads: ThreadBudget = .shared,
                             progress: ((SearchProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil)
        throws(PlannerError) -> (plan: Plan, statistics: TrainingPlanner.Statistics, outcome: Outcome?) {
        try solve(scenario, tieBreak: .criterion(criterion), options: options, strategy: strategy, threads: threads,
                  progress: progress, shouldStop: shouldStop)
    }

    /// The best plan, and among those as good the one that differs from `reference` in the fewest
    /// courses: a what-if variant or a sourcing re-solve then moves only what its change forces,
    /// where a plain solve returns whichever of the equally good plans GLPK meets first.
    public static func solve(_ scenario: Scenario, closestTo reference: Plan, options: MIPOptions = MIPOptions(),
                             strategy: TrainingPlanner.Strategy = .init(), threads: ThreadBudget = .shared,
                             progress: ((SearchProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil)
        throws(PlannerError) -> (plan: Plan, statistics: TrainingPlanner.Statistics, outcome: Outcome?) {
        try solve(scenario, tieBreak: .closestTo(reference), options: options, strategy: strategy, threads: threads,
                  progress: progress, shouldStop: shouldStop)
    }

    /// The two runs. The first plan is returned (with a note) whenever the second run does not
    /// give a better one by the criterion that is valid and no worse by the objective.
    static func solve(_ scenario: Scenario, tieBreak: TieBreak, options: MIPOptions, strategy: TrainingPlanner.Strategy,
                      threads: ThreadBudget, progress: ((SearchProgress) -> Void)?, shouldStop: (() -> Bool)?)
        throws(PlannerError) -> (plan: Plan, statistics: TrainingPlanner.Statistics, outcome: Outcome?) {
        let clock = ContinuousClock.now
        let deadline = clock + options.timeLimit
        var first = options
        first.timeLimit = options.timeLimit * firstShare
        // Closest to a reference: the search starts from it where it is valid (a what-if's base plan).
        var reference: Plan?
        if case let .closestTo(plan) = tieBreak { reference = plan }
        let (plan, statistics) = try TrainingPlanner.solve(scenario, options: first, strategy: strategy, start: reference,
                                                           threads: threads, progress: progress, shouldStop: shouldStop)
        guard plan.status == .optimal || plan.status == .feasible, let objective = plan.objective else {
            return (plan, statistics, nil)
        }
        let before = tieBreak.measure(plan, in: scenario)
        func outcome(after: Double, proven: Bool, note: String?) -> Outcome {
            Outcome(criterion: tieBreak.criterion, before: before, after: after, proven: proven,
                    seconds: TrainingPlanner.seconds(since: clock), note: note)
        }
        func firstPlan(proven: Bool = false, note: String?) -> (plan: Plan, statistics: TrainingPlanner.Statistics, outcome: Outcome?) {
            let done = outcome(after: before, proven: proven, note: note)
            var plan = plan
            plan.secondObjective = done.record
            // The first run had a share of the limit; the plan records the whole limit and time.
            plan.solver?.timeLimitSeconds = TrainingPlanner.seconds(of: options.timeLimit)
            plan.solver?.seconds = TrainingPlanner.seconds(since: clock)
            return (plan, statistics, done)
        }
        if shouldStop?() == true { return firstPlan(note: "stopped before the second criterion was searched") }
        // Nothing to choose: the first plan is already as close to the reference as can be.
        let rankBefore = tieBreak.rank(plan, in: scenario)
        if case .closestTo = tieBreak, rankBefore == (0, 0) { return firstPlan(proven: true, note: nil) }
        guard ContinuousClock.now < deadline else { return firstPlan(note: "no time was left for the second criterion") }
        let candidates = Candidates(scenario: scenario)
        // A whole model the first run searched by neighbourhoods is not solved in the second run's
        // share either: building and loading it alone took 20 s of a national what-if variant
        // given 3 s, to keep the first plan. Searched whole only when asked (`--search whole`).
        let columns = TrainingPlanner.estimatedColumns(candidates)
        if strategy.search != .whole, columns > SearchTuning.neighbourhoodThreshold {
            return firstPlan(note: "the whole model (\(columns) columns) is too large for a second run within "
                             + "the time (--search whole asks for one)")
        }
        guard let start = assignments(of: plan, candidates: candidates) else {
            return firstPlan(note: "the first plan is not among the candidates of the whole model")
        }
        let formulation = Formulation(candidates: candidates, starCliques: strategy.starCliques, fitRows: strategy.fitRows)
        guard var startValues = formulation.values(for: start) else {
            return firstPlan(note: "the first plan is not among the columns of the whole model")
        }
        let model = secondModel(formulation, tieBreak: tieBreak, bestObjective: objective, startValues: &startValues)
        var second = options
        second.timeLimit = max(.milliseconds(50), deadline - ContinuousClock.now)
        // `--gap` is the first objective's: the second criterion is searched to its best (a gap of
        // 0.4 left balance-load at 40 % where 33 % was possible, "no plan does better").
        second.relativeGap = 0
        second.branching = TrainingPlanner.branching(strategy, columns: model.columns.count)
        let solution: MIPSolution
        do {
            solution = try threads.occupying { () throws(GLPKError) in
                try GLPKSolver.solve(model, options: second, initialSolution: startValues, progress: nil, shouldStop: shouldStop)
            }
        } catch {
            return firstPlan(note: "the second run failed (\(error))")
        }
        guard let values = solution.values else { return firstPlan(note: "the second run found no plan within the time (\(solution.status))") }
        let chosen = formulation.assignments(from: values)
        var reasons: [Int: [UnscheduledReason]] = [:]
        for options in candidates.courses where options.isEmpty { reasons[options.course] = options.reasons }
        reasons = TrainingPlanner.explainUnscheduled(reasons, candidates: candidates, assignments: chosen)
        var result = PlanAssembler.plan(scenario, assignments: chosen, status: plan.status, bound: plan.bound, reasons: reasons)
        // To the cent, as the verifier compares figures: GLPK's row tolerance lets a dearer plan through.
        guard let value = result.objective, value <= objective + max(0.005, 1e-13 * abs(objective)) else {
            return firstPlan(note: "the second run's plan costs more than the first (GLPK's row tolerance)")
        }
        let after = tieBreak.measure(result, in: scenario), rankAfter = tieBreak.rank(result, in: scenario)
        guard tieBreak.prefersLower ? rankAfter < rankBefore : after > before else {
            return firstPlan(proven: solution.status == .optimal, note: nil)
        }
        if plan.status == .optimal { result.bound = result.objective; result.gap = 0 }
        var total = statistics
        total.nodes += solution.nodes
        let done = outcome(after: after, proven: solution.status == .optimal, note: nil)
        result.secondObjective = done.record
        do {
            result = try TrainingPlanner.verifiedAndRecorded(result, scenario: scenario, options: options, clock: clock,
                                                             optimal: plan.status == .optimal, statistics: total)
        } catch {
            // (Within GLPK's tolerances but not the contract's, e.g. a rupiah over a binding budget.)
            return firstPlan(note: "the second run's plan fails verification")
        }
        return (result, total, done)
    }

    /// The whole model with its objective bounded by the best one and the tie-break as objective;
    /// `startValues` (the first plan) gains the values of any column added.
    static func secondModel(_ formulation: Formulation, tieBreak: TieBreak, bestObjective: Double,
                            startValues: inout [Double]) -> LinearModel {
        var model = formulation.model
        // As good as the best: exactly, where every cost is whole rupiah (or cents), as half a step
        // admits no dearer plan (1e-9 of a 2e9 objective let a plan one rupiah dearer in, which the
        // check to the cent then refused, and an exact tie was never looked for); else to 1e-9.
        let slack = model.objectiveStep.map { min($0 / 2, TrainingPlanner.tolerance(bestObjective)) }
            ?? TrainingPlanner.tolerance(bestObjective)
        model.add(model.objectiveExpression <= bestObjective + slack, name: "objective")
        let scenario = formulation.candidates.scenario
        switch tieBreak {
        case let .closestTo(reference):
            let anchors = anchors(of: reference, candidates: formulation.candidates)
            let count = formulation.changeCount(anchors, model: &model)
            for kept in count.kept { startValues.append(min(startValues[kept.teacher.index], startValues[kept.venue.index])) }
            // Fewest courses changed first (weight M, more than all parts together), then fewest parts.
            let earlier = earlierRuns(of: reference, candidates: formulation.candidates)
            model.replaceObjective(with: Double(3 * earlier.count + 1) * count.expression + formulation.changedParts(earlier))
        case .criterion(.moreTrainees):
            let trainees = formulation.runs.sorted { $0.key < $1.key }.map { c, y in
                -Double(scenario.courses[c].participants) * y
            }
            model.replaceObjective(with: sum(trainees))
        case .criterion(.balanceLoad):
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
            for (i, load) in loads.sorted(by: { $0.key < $1.key }) {
                model.add(load - largest <= 0, name: "loadShare[\(scenario.instructors[i].id)]")
                share = max(share, load.terms.reduce(0) { $0 + $1.coefficient * startValues[$1.variable.index] })
            }
            startValues.append(share)
            model.replaceObjective(with: 1 * largest)
        }
        return model
    }

    /// The reference plan's courses among the candidates, as re-planning anchors them (nothing frozen):
    /// where each scheduled course still fits as it was, and which were scheduled at all.
    static func anchors(of reference: Plan, candidates: Candidates) -> Replanning.Anchors {
        let scenario = candidates.scenario
        let index = Dictionary(scenario.courses.indices.map { (scenario.courses[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var anchors = Replanning.Anchors()
        for course in reference.scheduledCourses {
            guard let c = index[course.id] else { continue }
            anchors.wasScheduled.insert(c)
            if let anchor = Replanning.position(of: course, in: candidates.courses[c], scenario: scenario) {
                anchors.kept[c] = anchor
            }
        }
        return anchors
    }

    /// Each course the reference plan runs, with its instructor, venue and sessions where they exist here.
    static func earlierRuns(of reference: Plan, candidates: Candidates) -> [Formulation.EarlierRun] {
        let scenario = candidates.scenario
        let index = Dictionary(scenario.courses.indices.map { (scenario.courses[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        return reference.scheduledCourses.compactMap { course in
            guard let c = index[course.id] else { return nil }
            let dates = (course.sessions ?? []).map(\.date)
            let options = candidates.courses[c]
            return Formulation.EarlierRun(
                course: c, instructor: scenario.instructors.firstIndex { $0.id == course.instructor },
                venue: scenario.venues.firstIndex { $0.id == course.venue },
                pattern: options.patterns.indices.first { options.patterns[$0].dates == dates && options.patterns[$0].startSlot == course.startSlot })
        }
    }

    /// The candidates' assignments that make up a plan, course by course id (`nil` if one of its
    /// scheduled courses is not among them; with `leavingOut`, that course is left out instead).
    static func assignments(of plan: Plan, candidates: Candidates, leavingOut: Bool = false) -> [Assignment?]? {
        let scenario = candidates.scenario
        let instructors = Dictionary(scenario.instructors.indices.map { (scenario.instructors[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let venues = Dictionary(scenario.venues.indices.map { (scenario.venues[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let courses = Dictionary(plan.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Assignment?] = []
        for (c, scenarioCourse) in scenario.courses.enumerated() {
            guard let course = courses[scenarioCourse.id], course.scheduled else { result.append(nil); continue }
            let dates = (course.sessions ?? []).map(\.date)
            guard candidates.courses.indices.contains(c), course.handover == nil,
                  let i = course.instructor.flatMap({ instructors[$0] }), let v = course.venue.flatMap({ venues[$0] }),
                  let slot = course.startSlot,
                  case let options = candidates.courses[c],
                  let p = options.patterns.indices.first(where: { options.patterns[$0].dates == dates && options.patterns[$0].startSlot == slot }),
                  !leavingOut || (options.instructors[p].contains(i) && options.venues[p].contains(v))
            else {
                if leavingOut { result.append(nil); continue }
                return nil
            }
            let pattern = options.patterns[p]
            result.append(Assignment(instructor: i, venue: v, pattern: pattern))
        }
        return result
    }
}
