import GLPK
import TrainPlanCore
import TrainPlanReport

/// One solve on its seat, as a pipeline: the candidates (and re-planning's anchors), a first
/// plan, the search its ``SearchPlan`` names, and one exit that turns what the search ended
/// with into a plan, explained, verified and recorded. Stages may end the search early (no
/// plan can exist, out of time), but every ending leaves through ``plan(of:)``.
struct SeatedSolve {
    /// The best plan so far, as assignments of the working scenario, with the objective searched.
    typealias Incumbent = (objective: Double, assignments: [Assignment?])

    /// What the search ended with, before it is a plan.
    enum Ending {
        /// No plan: `infeasible` (with why), or `unknown` when none was found in time.
        case noPlan(Plan.Status, infeasibility: [InfeasibilityReason])
        case found(Found)
    }

    /// A plan found, and what is proven about it.
    struct Found {
        var incumbent: Incumbent
        var optimal: Bool
        /// What the plan is worth at least (its objective when optimal).
        var bound: Double?
        /// Say why demand is left unserved. Not when time ran out before any search: that
        /// path never did (kept as it was; not decided whether it should).
        var explainsDemand = true
    }

    /// The scenario as given: plans are assembled and verified against it.
    let scenario: Scenario
    let options: MIPOptions
    let strategy: TrainingPlanner.Strategy
    let replanning: Replanning?
    let threads: ThreadBudget
    let progress: ((SearchProgress) -> Void)?
    let shouldStop: (() -> Bool)?
    let clock: ContinuousClock.Instant
    var deadline: ContinuousClock.Instant { clock + options.timeLimit }
    var statistics = TrainingPlanner.Statistics()
    /// The end of the current turn of the whole model's search, when it searches in turns
    /// (``searchInTurns(from:)``); its passes stop there.
    var turnEnd: ContinuousClock.Instant?

    /// The scenario searched (when re-planning: started courses on their remaining sessions,
    /// the others after the re-planning date), its candidates, and why courses cannot run.
    let working: Scenario
    let candidates: Candidates
    let reasons: [Int: [UnscheduledReason]]
    let anchors: Replanning.Anchors?
    /// Re-planning's anchors cannot all hold: no plan exists.
    let anchorProblems: [PastProblem]
    /// Courses with a session on or before the re-planning date, also when their anchors cannot hold.
    let frozenCourses: Set<Int>
    /// Some courses were not even considered (out of time while working out candidates).
    let incomplete: Bool
    /// The planner's budget when this solve searches under a lower one (a re-solve below a budget
    /// GLPK's tolerance let a plan exceed): reasons name it, not the lower one.
    var statedBudget: Double?
    /// A plan to begin from (see ``TrainingPlanner/solve(_:options:strategy:replanning:start:threads:progress:shouldStop:)``).
    var startingPlan: Plan?
    let searchPlan: SearchPlan

    init(_ scenario: Scenario, options: MIPOptions, strategy: TrainingPlanner.Strategy, replanning: Replanning?,
         threads: ThreadBudget, progress: ((SearchProgress) -> Void)?, shouldStop: (() -> Bool)?) {
        self.options = options
        self.strategy = strategy
        self.replanning = replanning
        self.threads = threads
        self.progress = progress
        self.shouldStop = shouldStop
        clock = ContinuousClock.now
        let deadline = clock + options.timeLimit
        // Without re-planning, the time limit and a stop request cover working out the candidates too.
        let unrestricted = replanning == nil ? Candidates(scenario: scenario, deadline: deadline, shouldStop: shouldStop)
            : Candidates(scenario: scenario)
        incomplete = unrestricted.courses.contains(where: \.wasNotConsidered)
        var working = scenario, candidates = unrestricted, anchors: Replanning.Anchors?
        var problems: [PastProblem] = []
        var frozen: Set<Int> = []
        // Re-planning (rule 11): ended courses as they were, started ones keep their dates and
        // choose who holds their remaining sessions, the others run after the re-planning date.
        if let replanning {
            let prepared = replanning.prepare(scenario)
            problems = prepared.anchors.problems
            frozen = prepared.anchors.frozen
            if problems.isEmpty {
                working = prepared.working
                candidates = prepared.candidates
                anchors = prepared.anchors
            }
        }
        self.working = working
        // The plan is of the scenario given, with the apprentices re-planning found placed (they
        // set how its demand is counted; no rule reads them).
        var given = scenario
        given.demand = working.demand
        self.scenario = given
        self.candidates = candidates
        self.anchors = anchors
        anchorProblems = problems
        frozenCourses = frozen
        var reasons: [Int: [UnscheduledReason]] = [:]
        for options in candidates.courses where options.isEmpty { reasons[options.course] = options.reasons }
        self.reasons = reasons
        searchPlan = SearchPlan(strategy, estimatedColumns: TrainingPlanner.estimatedColumns(candidates),
                                replanning: replanning != nil)
    }

    /// Solves, and returns the plan with the run's statistics.
    mutating func run() throws(PlannerError) -> (plan: Plan, statistics: TrainingPlanner.Statistics) {
        let ending = try search()
        return (try plan(of: ending), statistics)
    }

    // MARK: - The pipeline

    /// The stages in order; each may end the search.
    mutating func search() throws(PlannerError) -> Ending {
        guard anchorProblems.isEmpty else { return .noPlan(.infeasible, infeasibility: anchorProblems.map(InfeasibilityReason.past)) }
        let blocked = candidates.courses.filter { $0.isEmpty && working.courses[$0.course].mandatory }
        guard blocked.isEmpty else {
            statistics.buildSeconds = TrainingPlanner.seconds(since: clock)
            return .noPlan(.infeasible, infeasibility: blocked.map {
                var reason = InfeasibilityReason(kind: .mandatoryCannotRun, course: scenario.courses[$0.course].id, reasons: $0.reasons)
                if !scenario.courses[$0.course].mandatory, let anchors {
                    // Not mandatory itself: a re-plan needs it as an earlier batch of one that has happened.
                    reason.replanning = true
                    reason.courses = Self.laterBatches(of: $0.course, among: anchors.frozen, courses: working.courses)
                        .map { scenario.courses[$0].id }
                }
                return reason
            })
        }

        var best = [greedyPlan(), earlierPlan(), givenPlan()].compactMap { $0 }.min { $0.objective < $1.objective }
        // Out of time (or stopped) before any search: the plan so far, never a claim of optimality;
        // no bound when some courses were not even considered.
        if replanning == nil, let start = best,
           incomplete || ContinuousClock.now >= deadline || shouldStop?() == true {
            statistics.buildSeconds = TrainingPlanner.seconds(since: clock)
            statistics.stopReason = shouldStop?() == true ? .cancelled : .timeLimit
            return .found(Found(incumbent: start, optimal: false,
                                bound: incomplete ? nil : TrainingPlanner.separableBound(candidates), explainsDemand: false))
        }

        // Can the mandatory courses run at all, together and within budget?
        let mandatory = Set(working.courses.indices.filter { working.courses[$0].mandatory })
        if !mandatory.isEmpty && best == nil {
            let core = try mandatoryPlan(mandatory)
            if core.status == .infeasible { return .noPlan(.infeasible, infeasibility: diagnosis()) }
            best = core.plan
        }

        if searchPlan == .neighbourhoods, let start = best, shouldStop?() != true {
            return searchByNeighbourhoods(from: start.assignments)
        }
        if best != nil, shouldStop?() != true, leadsAlone { return try searchInTurns(from: best) }
        return try searchWhole(from: best, alongside: searchPlan.alongside)
    }

    /// ``GreedyPlanner``'s plan, offered to GLPK as the incumbent. (When re-planning, it does not
    /// see the started courses' past load: it is kept only if valid.)
    mutating func greedyPlan() -> Incumbent? {
        guard let greedy = GreedyPlanner.plan(candidates, deadline: deadline),
              replanning == nil || PlanVerifier.verify(assembled(greedy), against: scenario).isValid else { return nil }
        let first = (objective(greedy), greedy)
        statistics.greedyObjective = first.0
        statistics.found(at: TrainingPlanner.seconds(since: clock), improving: true)
        return first
    }

    /// ``startingPlan``'s courses as they ran there, where this scenario's candidates still have
    /// them (the others left out), offered to GLPK as the incumbent when that plan is valid here:
    /// a what-if variant starts where its base ended (a variant that only renamed the scenario
    /// ended 10 % worse than its base under a 10 s limit, with 17 courses "changed").
    /// Courses a broken rule names are left out until the plan is valid (a few rounds).
    mutating func givenPlan() -> Incumbent? {
        guard replanning == nil, let plan = startingPlan,
              var assignments = LexicographicPlanner.assignments(of: plan, candidates: candidates, leavingOut: true) else { return nil }
        let index = Dictionary(scenario.courses.indices.map { (scenario.courses[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        for _ in 0..<SearchTuning.startingPlanRounds where assignments.contains(where: { $0 != nil }) {
            let violations = PlanVerifier.verify(assembled(assignments), against: scenario).violations
            if violations.isEmpty {
                statistics.found(at: TrainingPlanner.seconds(since: clock), improving: true)
                return (objective(assignments), assignments)
            }
            let named = violations.flatMap { Self.courses(namedBy: $0, index: index) }
            // Nothing to leave out by name (a budget cut, a demand rule): not a start.
            guard !named.isEmpty else { return nil }
            for c in named where !working.courses[c].mandatory { assignments[c] = nil }
            if named.allSatisfy({ working.courses[$0].mandatory }) { return nil }
        }
        return nil
    }

    /// The courses a violation names (by `index`, course id to index): its own, and the other course of a clash.
    static func courses(namedBy violation: Violation, index: [String: Int]) -> [Int] {
        [violation.course, violation.otherCourse].compactMap { $0.flatMap { index[$0] } }
    }

    /// Re-planning: the earlier plan as far as it still holds (each course as it ran before, where
    /// the candidates still have that; a started course that cannot stay with its holders takes the
    /// first way of its options that clashes with no course that has happened), offered to GLPK as
    /// the incumbent when valid: after a small change most of it stands, and a search from it mends
    /// what broke (on a national re-plan with nothing changed, the search alone ended at four times
    /// the earlier plan's objective in two minutes). Courses not yet run that a broken rule names
    /// are dropped until the plan is valid (a few rounds); `nil` when it cannot be made so.
    mutating func earlierPlan() -> Incumbent? {
        guard let replanning, let anchors else { return nil }
        var assignments = [Assignment?](repeating: nil, count: scenario.courses.count)
        for (c, kept) in anchors.kept where candidates.courses.indices.contains(c) {
            let options = candidates.courses[c]
            guard options.course == c, options.patterns.indices.contains(kept.pattern) else { continue }
            assignments[c] = Assignment(instructor: kept.instructor, venue: kept.venue, pattern: options.patterns[kept.pattern])
        }
        let index = Dictionary(scenario.courses.indices.map { (scenario.courses[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        /// Rules 1-8 with the frozen courses mandatory, and rule 11.
        func verified() -> (violations: [Violation], isValid: Bool) {
            let plan = assembled(assignments)
            var violations = PlanVerifier.verify(plan, against: working).violations
            if let t = replanning.frozenUntil {
                violations += PlanVerifier.replanningViolations(plan, previous: replanning.previous, frozenUntil: t)
            }
            return (violations, violations.isEmpty)
        }
        func named(_ violation: Violation) -> [Int] { Self.courses(namedBy: violation, index: index) }
        // Frozen courses without their earlier holders: the first way that no course which has happened clashes with.
        var tries = 0
        for c in anchors.frozen.sorted() where assignments[c] == nil && candidates.courses.indices.contains(c) {
            let options = candidates.courses[c]
            var found = false
            search: for p in options.patterns.indices {
                for i in options.instructors[p] {
                    for v in options.venues[p] {
                        tries += 1
                        guard tries <= SearchTuning.earlierPlanTries else { return nil }
                        assignments[c] = Assignment(instructor: i, venue: v, pattern: options.patterns[p])
                        let blocked = verified().violations.contains { violation in
                            let courses = named(violation)
                            return courses.contains(c) && courses.allSatisfy { anchors.frozen.contains($0) }
                        }
                        if !blocked { found = true; break search }
                    }
                }
            }
            if !found { return nil }
        }
        for _ in 0..<SearchTuning.earlierPlanRounds {
            let report = verified()
            if report.isValid {
                let first = (objective(assignments), assignments)
                statistics.found(at: TrainingPlanner.seconds(since: clock), improving: true)
                return first
            }
            let drop = Set(report.violations.flatMap(named)).filter { assignments[$0] != nil && !anchors.frozen.contains($0) }
            guard !drop.isEmpty else { return nil }
            for c in drop { assignments[c] = nil }
        }
        return nil
    }

    /// Without a first plan, a model of the mandatory courses alone tells quickly whether any
    /// plan exists (and gives one when it does).
    mutating func mandatoryPlan(_ mandatory: Set<Int>) throws(PlannerError) -> (status: MIPSolution.Status, plan: Incumbent?) {
        var stage = options
        stage.timeLimit = remaining(SearchTuning.mandatoryCoreShare)
        let core = Formulation(candidates: candidates.restricted(toCourses: mandatory), starCliques: strategy.starCliques,
                               changes: changeTerms)
        let solved: MIPSolution
        do {
            solved = try GLPKSolver.solve(core.model, options: stage, shouldStop: shouldStop)
        } catch {
            throw .solver(error)
        }
        statistics.nodes += solved.nodes
        guard solved.status != .infeasible, let values = solved.values else { return (solved.status, nil) }
        let assignments = core.assignments(from: values)
        statistics.found(at: TrainingPlanner.seconds(since: clock), improving: true)
        return (solved.status, (objective(assignments), assignments))
    }

    /// The courses of `frozen` that are later batches of course `c` (batch k+1 runs only if batch k runs).
    static func laterBatches(of c: Int, among frozen: Set<Int>, courses: [Course]) -> [Int] {
        let predecessors = Batches.predecessors(courses)
        return frozen.sorted().filter { f in
            var earlier = predecessors[f]
            while let b = earlier {
                if b == c { return true }
                earlier = predecessors[b]
            }
            return false
        }
    }

    // MARK: - The one exit

    /// The courses with sessions on both sides of the re-planning date (a course handed over
    /// before it is placed like a started one even when it has ended), also when no plan is found.
    func startedCourses(_ anchors: Replanning.Anchors, _ replanning: Replanning) -> [String] {
        anchors.started.filter { _, course in
            replanning.frozenUntil.map { t in course.pattern.dates.contains { $0 > t } } ?? true
        }.keys.sorted().map { scenario.courses[$0].id }
    }

    /// The frozen courses whose sessions in the earlier plan go on after the re-planning date.
    func runningAfter(_ replanning: Replanning) -> [String]? {
        guard let t = replanning.frozenUntil else { return nil }
        let earlier = Dictionary(replanning.previous.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return frozenCourses.sorted().map { scenario.courses[$0].id }.filter { id in
            (earlier[id]?.sessions ?? []).contains { $0.date > t }
        }
    }

    /// What the search ended with as a plan.
    func plan(of ending: Ending) throws(PlannerError) -> Plan {
        switch ending {
        case let .noPlan(status, why):
            // A course that has happened (or started) is not "left out": it ran, and stays as it ran.
            var reasons = reasons
            if let t = replanning?.frozenUntil {
                // (Its options' reasons are of the re-planning's remaining sessions, "no instructor for a
                // whole run" of a course that has ended; a started one without a substitute keeps its own.)
                for c in frozenCourses where !(reasons[c] ?? []).contains(where: { $0.kind == .noSubstitute }) {
                    reasons[c] = [UnscheduledReason(kind: .noValidPlan, to: t)]
                }
            }
            var plan = PlanAssembler.noPlan(scenario, status: status, reasons: reasons, infeasibility: why)
            // A re-plan without a plan still says from which plan and date it was asked.
            if let replanning {
                plan.replanning = ReplanningRecord(
                    from: replanning.source, frozenUntil: replanning.frozenUntil, changePenalty: replanning.changePenalty,
                    frozen: frozenCourses.sorted().map { scenario.courses[$0].id }, changed: [], penalties: 0,
                    status: status, objectiveWithPenalties: nil, boundWithPenalties: nil)
                // Anchors that cannot hold are not kept: the earlier plan says which ones still run after T.
                plan.replanning?.started = anchors.map { startedCourses($0, replanning) } ?? runningAfter(replanning)
            }
            return plan
        case let .found(found): return try plan(of: found)
        }
    }

    /// A plan found, explained, verified against every rule (a plan the solver got wrong is a
    /// bug, never shown as a plan) and recorded with its run.
    func plan(of found: Found) throws(PlannerError) -> Plan {
        let assignments = found.incumbent.assignments
        var explaining = candidates
        if let statedBudget {
            var stated = candidates.scenario
            stated.budget = statedBudget
            explaining = Candidates(scenario: stated, courses: candidates.courses)
        }
        // Started courses whole (their past sessions spent and held), so a re-plan's reasons weigh the whole plan.
        let explained = TrainingPlanner.explainUnscheduled(reasons, candidates: explaining, assignments: completed(assignments))
        var plan = PlanAssembler.plan(scenario, assignments: completed(assignments), status: found.optimal ? .optimal : .feasible,
                                      bound: found.bound, reasons: explained)
        if found.optimal { plan.bound = plan.objective; plan.gap = 0 }
        if found.explainsDemand { DemandExplanation.explain(&plan, candidates: explaining, assignments: assignments) }
        if let replanning, let anchors {
            // Optimal for objective + penalties with frozen courses is not a proof about the
            // contract's objective alone: the plan is `feasible` there, and the record says the rest.
            let changed = replanning.changed(plan)
            var record = ReplanningRecord(
                from: replanning.source, frozenUntil: replanning.frozenUntil, changePenalty: replanning.changePenalty,
                frozen: anchors.frozen.sorted().map { scenario.courses[$0].id },
                changed: changed, penalties: replanning.changePenalty * Double(changed.count),
                status: found.optimal ? .optimal : .feasible, objectiveWithPenalties: found.incumbent.objective,
                boundWithPenalties: found.bound)
            record.started = startedCourses(anchors, replanning)
            record.pins = replanning.pins.isEmpty ? nil : Replanning.Pin.allCases.filter(replanning.pins.contains).map(\.rawValue)
            record.unpinned = replanning.pins.isEmpty ? nil : anchors.unpinned
            plan.replanning = record
            // Without a change penalty what was minimised is the objective itself, over the plans that
            // keep what has happened: its proof and bound stand (with one, they are the record's).
            if replanning.changePenalty != 0 {
                plan.status = .feasible
                plan.bound = nil
                plan.gap = nil
            }
        }
        return try TrainingPlanner.verifiedAndRecorded(plan, scenario: scenario, options: options, clock: clock,
                                                       optimal: found.optimal, statistics: statistics, replanning: replanning)
    }

    // MARK: - What the stages share

    /// Re-planning's terms of the model: change penalties, and the anchors that fix courses.
    var changeTerms: (penalty: Double, anchors: Replanning.Anchors)? {
        guard let replanning, let anchors else { return nil }
        return (replanning.changePenalty, anchors)
    }

    /// The objective the search minimises: the contract's, plus change penalties when re-planning.
    func objective(_ assignments: [Assignment?]) -> Double {
        let plan = assembled(assignments)
        guard let replanning else { return plan.objective ?? .infinity }
        return (plan.objective ?? .infinity) + replanning.changePenalty * Double(replanning.changed(plan).count)
    }

    /// The working assignments as the plan runs them (started courses whole, with their
    /// hand-overs), as a plan of the scenario given.
    func assembled(_ assignments: [Assignment?]) -> Plan {
        PlanAssembler.plan(scenario, assignments: completed(assignments), status: .feasible, bound: nil, reasons: [:])
    }

    func completed(_ assignments: [Assignment?]) -> [Assignment?] {
        guard let replanning, let anchors else { return assignments }
        return replanning.completed(assignments, anchors: anchors)
    }

    /// The time left (a share of it), never less than a stage needs to start.
    func remaining(_ fraction: Double = 1) -> Duration {
        max(SearchTuning.shortestStage, (deadline - ContinuousClock.now) * fraction)
    }

    /// Why no plan exists, worked out on the working scenario.
    func diagnosis() -> [InfeasibilityReason] {
        TrainingPlanner.diagnoseInfeasibility(working, candidates: candidates, options: options, changes: changeTerms)
    }
}
