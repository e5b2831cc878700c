import GLPK
import TrainPlanCore
import TrainPlanReport

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

/// Finds the cheapest valid plan.
///
/// 1. ``GreedyPlanner`` builds a first plan, offered to GLPK as the incumbent.
/// 2. Without one, and with mandatory courses, a model of the mandatory courses
///    alone tells quickly whether any plan exists (and why not).
/// 3. GLPK solves the whole ``Formulation`` by branch and cut within the time limit.
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
        /// Add the `fit` rows of ``Formulation`` (see ``PackingConflicts``); on by default.
        public var fitRows: Bool
        /// How the search is organised (see ``Search``).
        public var search: Search
        /// GLPK's branching rule on the whole model (and the slices beside it), once the
        /// model's own order (run variables, then cost choices) has nothing fractional left;
        /// `nil`: by size (see ``TrainingPlanner/branching(_:columns:)``). The neighbourhood
        /// search alone always branches on the most fractional column.
        public var branching: MIPOptions.Branching?

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
                    branching: MIPOptions.Branching? = nil) {
            self.starCliques = starCliques
            self.fitRows = fitRows
            self.search = search
            self.branching = branching
        }
    }

    /// Up to this many columns a whole model counts as small: most-fractional branching,
    /// and choice columns in the slices beside it (see ``NeighbourhoodWorker``). The same
    /// size sends `.automatic` to the neighbourhood search alone, so a whole model above it
    /// is searched only on request.
    static let smallModelColumns = neighbourhoodThreshold

    /// The strategy's branching rule, or by size: most fractional for small models,
    /// Driebeck-Tomlin for large ones (searched whole only on request). Measured with
    /// `trainplan bench --configs default,dth`: on the generated weekly scenarios (7-16k
    /// columns, many equally cheap fractional timetables) Driebeck-Tomlin spent up to 38 %
    /// of the search on its estimates and proofs took about twice as long; city-1 is the
    /// exception (1.3 s with it, 2.4-2.7 s without; the other city scenarios differ little).
    static func branching(_ strategy: Strategy, columns: Int) -> MIPOptions.Branching {
        strategy.branching ?? (columns <= smallModelColumns ? .mostFractional : .driebeckTomlin)
    }

    /// The cut families for the whole model: Gomory's added to those asked for (unless none
    /// were) when it has served counts, the general-integer columns of industry demand.
    /// Measured with `trainplan bench --families city --seeds 1,...,9 --demand --configs
    /// default,gomory`: without them two of nine stayed unproven at 30 s, each with its bound
    /// stuck 0.04-0.07 % below the optimum over hundreds of nodes (the root's Gomory cuts close
    /// it: 1.6-2.1 s), and the median went from 1.02 s to 0.68 s; the city scenarios without
    /// demand are faster without them (median 0.34 s against 0.71 s over five seeds).
    static func cuts(_ asked: CutFamilies, servedColumns: Int) -> CutFamilies {
        asked.isEmpty || servedColumns == 0 ? asked : asked.union(.gomory)
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
        /// Slices GLPK failed on, in all (``solverFailures`` keeps the first few errors).
        public var failedSlices = 0

        /// Notes a plan found `at` seconds: the first one, and the latest that improved.
        mutating func found(at seconds: Double, improving: Bool) {
            if firstPlanSeconds == nil { firstPlanSeconds = seconds }
            if improving || bestPlanSeconds == nil { bestPlanSeconds = seconds }
        }
    }

    /// - Parameter threads: the seats this solve and its helper threads take (see ``ThreadBudget``);
    ///   the calling thread waits for a seat unless it holds one, and every helper thread has
    ///   ended when this returns.
    public static func solve(_ scenario: Scenario, options: MIPOptions = MIPOptions(), strategy: Strategy = Strategy(),
                             replanning: Replanning? = nil, threads: ThreadBudget = .shared,
                             progress: ((SearchProgress) -> Void)? = nil,
                             shouldStop: (() -> Bool)? = nil) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        try threads.occupying { () throws(PlannerError) in
            let started = ContinuousClock.now
            var attempt = scenario
            var margin = 0.0
            while true {
                do throws(PlannerError) {
                    var solved = try solveSeated(attempt, options: options, strategy: strategy, replanning: replanning,
                                                 threads: threads, progress: progress, shouldStop: shouldStop)
                    guard margin > 0 else { return solved }
                    // Solved under a slightly lower budget: valid here, but no proof about the real one.
                    solved.plan.status = solved.plan.status == .optimal ? .feasible : solved.plan.status
                    solved.plan.bound = nil
                    solved.plan.gap = nil
                    let report = PlanVerifier.verify(solved.plan, against: scenario)
                    guard report.isValid else { throw PlannerError.inconsistent(report.violations) }
                    return solved
                } catch {
                    guard case let .inconsistent(violations) = error else { throw error }
                    // GLPK takes a column within 1e-5 of 1 as integral (`tol_int`), so with a binding
                    // budget it can return a plan over it by up to 1e-5 of a column's cost (a course of
                    // 100,000,000 ran under a budget 50 below that); the contract allows nothing over.
                    // Solve again that much below the budget, twice at most.
                    guard let budget = scenario.budget, budgetOnly(violations), margin < 1e-4 * (1 + budget),
                          ContinuousClock.now - started < options.timeLimit else {
                        throw PlannerError.inconsistent(violations)
                    }
                    margin = margin == 0 ? max(0.01, 2e-5 * (1 + budget)) : margin * 4
                    attempt.budget = budget - margin
                }
            }
        }
    }

    /// Only rule 8 is broken (a plan over the budget by GLPK's tolerance), nothing else.
    static func budgetOnly(_ violations: [Violation]) -> Bool {
        !violations.isEmpty && violations.allSatisfy { $0.rule == 8 }
    }

    private static func solveSeated(_ scenario: Scenario, options: MIPOptions, strategy: Strategy,
                                    replanning: Replanning?, threads: ThreadBudget,
                                    progress: ((SearchProgress) -> Void)?,
                                    shouldStop: (() -> Bool)?) throws(PlannerError) -> (plan: Plan, statistics: Statistics) {
        let clock = ContinuousClock.now
        let deadline = clock + options.timeLimit
        var statistics = Statistics()
        // Without re-planning, the time limit and a stop request cover working out the candidates too.
        let unrestricted = replanning == nil ? Candidates(scenario: scenario, deadline: deadline, shouldStop: shouldStop)
            : Candidates(scenario: scenario)
        let incomplete = unrestricted.courses.contains(where: \.wasNotConsidered)
        var candidates = unrestricted
        var reasons: [Int: [UnscheduledReason]] = [:]
        for options in candidates.courses where options.isEmpty { reasons[options.course] = options.reasons }
        func infeasible(_ why: [String]) -> (plan: Plan, statistics: Statistics) {
            (PlanAssembler.noPlan(scenario, status: .infeasible, reasons: reasons, infeasibility: why), statistics)
        }

        // Re-planning (rule 11): ended courses as they were, started ones keep their dates and
        // choose who holds their remaining sessions, the others run after the re-planning date.
        var working = scenario
        var anchors: Replanning.Anchors?
        var changeTerms: (penalty: Double, anchors: Replanning.Anchors)?
        if let replanning {
            let prepared = replanning.prepare(scenario)
            if !prepared.anchors.problems.isEmpty { return infeasible(prepared.anchors.problems) }
            working = prepared.working
            candidates = prepared.candidates
            anchors = prepared.anchors
            changeTerms = (replanning.changePenalty, prepared.anchors)
            reasons = [:]
            for options in candidates.courses where options.isEmpty { reasons[options.course] = options.reasons }
        }
        /// The working assignments as the plan runs them: started courses whole, with their hand-overs.
        func completed(_ assignments: [Assignment?]) -> [Assignment?] {
            guard let replanning, let anchors else { return assignments }
            return replanning.completed(assignments, anchors: anchors)
        }
        func penalty(_ assignments: [Assignment?]) -> Double {
            guard let replanning else { return 0 }
            let plan = PlanAssembler.plan(scenario, assignments: completed(assignments), status: .feasible, bound: nil, reasons: [:])
            return replanning.changePenalty * Double(replanning.changed(plan).count)
        }

        let blocked = candidates.courses.filter { $0.isEmpty && working.courses[$0.course].mandatory }
        if !blocked.isEmpty {
            statistics.buildSeconds = seconds(since: clock)
            return infeasible(blocked.map {
                "mandatory course \(scenario.courses[$0.course].id) cannot run: \(ReasonText.english($0.reasons, currency: scenario.currency).joined(separator: "; "))"
            })
        }

        /// The objective the search minimises: the contract's, plus change penalties when re-planning.
        func objective(_ assignments: [Assignment?]) -> Double {
            (PlanAssembler.plan(scenario, assignments: completed(assignments), status: .feasible, bound: nil, reasons: [:]).objective ?? .infinity)
                + penalty(assignments)
        }
        func remaining(_ fraction: Double = 1) -> Duration {
            max(.milliseconds(50), (deadline - ContinuousClock.now) * fraction)
        }

        var best: (objective: Double, assignments: [Assignment?])?
        // (When re-planning, the greedy plan does not see the started courses' past load: it is
        // kept only if valid.)
        if let greedy = GreedyPlanner.plan(candidates, deadline: deadline),
           replanning == nil || PlanVerifier.verify(PlanAssembler.plan(scenario, assignments: completed(greedy), status: .feasible,
                                                                       bound: nil, reasons: [:]), against: scenario).isValid {
            best = (objective(greedy), greedy)
            statistics.greedyObjective = best?.objective
            statistics.found(at: seconds(since: clock), improving: true)
        }

        // Out of time (or stopped) before any search: the plan so far, never a claim of optimality;
        // no bound when some courses were not even considered.
        if replanning == nil, let start = best,
           incomplete || ContinuousClock.now >= deadline || shouldStop?() == true {
            statistics.buildSeconds = seconds(since: clock)
            statistics.stopReason = shouldStop?() == true ? .cancelled : .timeLimit
            let reasons = explainUnscheduled(reasons, candidates: candidates, assignments: start.assignments)
            let plan = PlanAssembler.plan(scenario, assignments: start.assignments, status: .feasible,
                                          bound: incomplete ? nil : separableBound(candidates), reasons: reasons)
            return (try verifiedAndRecorded(plan, scenario: scenario, options: options, clock: clock, optimal: false,
                                            statistics: statistics), statistics)
        }

        // Can the mandatory courses run at all, together and within budget?
        let mandatory = Set(working.courses.indices.filter { working.courses[$0].mandatory })
        if !mandatory.isEmpty && best == nil {
            var stage = options
            stage.timeLimit = remaining(0.25)
            let core = Formulation(candidates: candidates.restricted(toCourses: mandatory), starCliques: strategy.starCliques,
                                   changes: changeTerms)
            let solved: MIPSolution
            do {
                solved = try GLPKSolver.solve(core.model, options: stage, shouldStop: shouldStop)
            } catch {
                throw .solver(error)
            }
            statistics.nodes += solved.nodes
            if solved.status == .infeasible {
                return infeasible(diagnoseInfeasibility(working, candidates: candidates, options: options, changes: changeTerms))
            }
            if let values = solved.values {
                let assignments = core.assignments(from: values)
                best = (objective(assignments), assignments)
                statistics.found(at: seconds(since: clock), improving: true)
            }
        }

        // Too big for one model: a neighbourhood search from the plan so far (see NeighbourhoodPlanner.swift).
        if replanning == nil, let start = best, shouldStop?() != true,
           searchesByNeighbourhoods(strategy, candidates: candidates) {
            return try planByNeighbourhoods(scenario, candidates: candidates, start: start.assignments, reasons: reasons,
                                            options: options, strategy: strategy, clock: clock, statistics: statistics,
                                            threads: threads, progress: progress, shouldStop: shouldStop)
        }

        // The whole model, started from the best plan so far (unless a stop came while getting here).
        var solution = MIPSolution.notStarted(.cancelled)
        if shouldStop?() != true {
            let full = Formulation(candidates: candidates, starCliques: strategy.starCliques, fitRows: strategy.fitRows,
                                   changes: changeTerms)
            statistics.variables = full.model.columns.count
            statistics.constraints = full.model.rows.count
            statistics.nonZeros = full.model.nonZeroCount
            statistics.buildSeconds = seconds(since: clock)
            var mip = options
            mip.timeLimit = remaining()
            mip.branching = Self.branching(strategy, columns: full.model.columns.count)
            mip.cuts = Self.cuts(options.cuts, servedColumns: full.served.count)
            let start = best.flatMap { full.values(for: $0.assignments) }
            let searchStarted = seconds(since: clock)
            do {
                // (With a neighbourhood search feeding it plans from a second core.)
                let whole = try solveWhole(full, start: start, options: mip,
                                           alongside: replanning == nil && strategy.search == .automatic,
                                           threads: threads, progress: progress, shouldStop: shouldStop)
                solution = whole.solution
                statistics.solverFailures += whole.failures.map(\.description)
            } catch {
                throw .solver(error)
            }
            if solution.status == .infeasible && best == nil {
                return infeasible(diagnoseInfeasibility(working, candidates: candidates, options: options, changes: changeTerms))
            }
            if let values = solution.values {
                let assignments = full.assignments(from: values)
                let value = objective(assignments)
                if value < (best?.objective ?? .infinity) {
                    // When GLPK first held a plan this good (its incumbents carry the same objective).
                    let when = solution.improvements.first { $0.objective <= value + tolerance(value) }?.seconds ?? solution.seconds
                    if let first = solution.improvements.first { statistics.found(at: searchStarted + first.seconds, improving: false) }
                    best = (value, assignments)
                    statistics.found(at: searchStarted + when, improving: true)
                }
            }
        }
        statistics.nodes += solution.nodes
        statistics.stopReason = solution.stopReason
        statistics.solveSeconds = seconds(since: clock) - statistics.buildSeconds

        guard let best else {
            return (PlanAssembler.noPlan(scenario, status: .unknown, reasons: reasons, infeasibility: []), statistics)
        }
        let optimal = solution.status == .optimal && best.objective <= (solution.objective ?? .infinity) + tolerance(best.objective)
        let bound = optimal ? best.objective : solution.bound.map { min($0, best.objective) }
        reasons = explainUnscheduled(reasons, candidates: candidates, assignments: best.assignments)
        var plan = PlanAssembler.plan(scenario, assignments: completed(best.assignments), status: optimal ? .optimal : .feasible,
                                      bound: bound, reasons: reasons)
        if optimal { plan.bound = plan.objective; plan.gap = 0 }
        DemandExplanation.explain(&plan, candidates: candidates, assignments: best.assignments)
        if let replanning, let anchors {
            // Optimal for objective + penalties with frozen courses is not a proof about the
            // contract's objective alone: the plan is `feasible` there, and the record says the rest.
            let changed = replanning.changed(plan)
            var record = ReplanningRecord(
                from: replanning.source, frozenUntil: replanning.frozenUntil, changePenalty: replanning.changePenalty,
                frozen: anchors.frozen.sorted().map { scenario.courses[$0].id },
                changed: changed, penalties: replanning.changePenalty * Double(changed.count),
                status: optimal ? .optimal : .feasible, objectiveWithPenalties: best.objective, boundWithPenalties: bound)
            record.started = anchors.started.keys.sorted().map { scenario.courses[$0].id }
            record.pins = replanning.pins.isEmpty ? nil : Replanning.Pin.allCases.filter(replanning.pins.contains).map(\.rawValue)
            record.unpinned = replanning.pins.isEmpty ? nil : anchors.unpinned
            plan.replanning = record
            plan.status = .feasible
            plan.bound = nil
            plan.gap = nil
        }
        return (try verifiedAndRecorded(plan, scenario: scenario, options: options, clock: clock, optimal: optimal,
                                        statistics: statistics, replanning: replanning), statistics)
    }

    /// The plan checked against every rule (a plan the solver got wrong is a bug, never
    /// shown as a plan), with the run that produced it recorded.
    static func verifiedAndRecorded(_ plan: Plan, scenario: Scenario, options: MIPOptions, clock: ContinuousClock.Instant,
                                    optimal: Bool, statistics: Statistics, replanning: Replanning? = nil) throws(PlannerError) -> Plan {
        var report = PlanVerifier.verify(plan, against: scenario)
        if let replanning, let t = replanning.frozenUntil {
            report.violations += PlanVerifier.replanningViolations(plan, previous: replanning.previous, frozenUntil: t)
        }
        guard report.isValid else { throw .inconsistent(report.violations) }
        var plan = plan
        plan.solver = SolverRun(name: "GLPK", version: GLPKSolver.version,
                                timeLimitSeconds: Double(options.timeLimit.components.seconds),
                                relativeGap: options.relativeGap, presolve: options.presolve, cuts: options.cuts.names,
                                seconds: seconds(since: clock), nodes: statistics.nodes,
                                stopReason: (optimal ? MIPSolution.StopReason.finished : statistics.stopReason).rawValue,
                                variables: statistics.variables, constraints: statistics.constraints)
        return plan
    }

    /// Money figures are sums of the same coefficients: equal up to rounding noise.
    static func tolerance(_ value: Double) -> Double { max(1e-6, 1e-9 * abs(value)) }

    /// `reasons` completed with why each other course the plan leaves out is not scheduled. The
    /// plan's spending and what it occupies are worked out once for all of them (a national plan
    /// leaves out dozens of courses).
    static func explainUnscheduled(_ reasons: [Int: [UnscheduledReason]], candidates: Candidates,
                                   assignments: [Assignment?]) -> [Int: [UnscheduledReason]] {
        let scenario = candidates.scenario
        let missing = scenario.courses.indices.filter { assignments[$0] == nil && reasons[$0] == nil }
        guard !missing.isEmpty else { return reasons }
        let spent = PlanAssembler.plan(scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:]).cost?.total ?? 0
        let ledger = ledger(of: assignments, scenario: scenario)
        let engaged = Set(assignments.compactMap { $0?.instructor })
        var reasons = reasons
        for c in missing {
            reasons[c] = whyNotScheduled(c, candidates: candidates, assignments: assignments, engaged: engaged, spent: spent,
                                         ledger: ledger)
        }
        return reasons
    }

    /// What a plan's courses hold (rule 5) and how much each instructor teaches (rule 6).
    static func ledger(of assignments: [Assignment?], scenario: Scenario) -> ResourceLedger {
        var ledger = ResourceLedger(scenario: scenario)
        for (c, assignment) in assignments.enumerated() {
            guard let assignment else { continue }
            let periods = ResourceLedger.periods(of: scenario.courses[c], pattern: assignment.pattern, in: scenario.calendar)
            ledger.book(course: c, instructor: assignment.instructor, venue: assignment.venue,
                        dates: assignment.pattern.dates, periods: periods)
        }
        return ledger
    }

    /// Says why a course with options was left out of a plan.
    /// - Parameter engaged: the instructors who teach in the plan (worked out once, not per course:
    ///   per course it made explaining 10,000 courses quadratic).
    static func whyNotScheduled(_ c: Int, candidates: Candidates, assignments: [Assignment?], engaged used: Set<Int>,
                                spent: Double, ledger: ResourceLedger) -> [UnscheduledReason] {
        let scenario = candidates.scenario
        let course = scenario.courses[c]
        let options = candidates.courses[c]
        var cheapest = Double.infinity
        for (p, pattern) in options.patterns.enumerated() {
            let insurance = CostRules.socialSecurity(course, dates: pattern.dates, premium: scenario.premiumPerParticipantMonth)
            let rent = options.venues[p].map { CostRules.rent(course, scenario.venues[$0]) }.min() ?? .infinity
            let teach = options.instructors[p].map { i in
                CostRules.fees(course, scenario.instructors[i]) + (used.contains(i) ? 0 : scenario.instructors[i].engagementCost)
            }.min() ?? .infinity
            cheapest = min(cheapest, insurance + rent + teach)
        }
        if cheapest >= course.value {
            return [UnscheduledReason(kind: .costNotBelowValue, cost: cheapest, value: course.value)]
        }
        if let budget = scenario.budget, spent + cheapest > budget + 1e-6 {
            return [UnscheduledReason(kind: .budget, cost: cheapest, spent: spent, budget: budget)]
        }
        return clashes(c, candidates: candidates, ledger: ledger)
    }

    /// What the plan's other courses occupy that this course would need, pattern by pattern,
    /// or the load limits that rule its instructors out where nothing is occupied.
    /// (`c` is not in the plan, so nothing it holds is in `ledger`.)
    static func clashes(_ c: Int, candidates: Candidates, ledger: ResourceLedger) -> [UnscheduledReason] {
        let scenario = candidates.scenario
        let course = scenario.courses[c]
        let options = candidates.courses[c]
        let cohort = ledger.cohort(ofCourse: c)
        var busyInstructors = Set<Int>(), busyVenues = Set<Int>(), cohortClash = Set<Int>()
        /// Per instructor free at a time when a venue and the cohort are free: the limits that rule them out.
        var limits: [Int: UnscheduledReason.LoadFigure] = [:]
        var freePattern = false
        for (p, periods) in options.periods.enumerated() {
            let instructorBlock = options.instructors[p].map { ledger.holders(of: .instructor($0), in: periods) }
            let venueBlock = options.venues[p].map { ledger.holders(of: .venue($0), in: periods) }
            let cohortBlock = cohort.map { ledger.holders(of: $0, in: periods) } ?? []
            let instructorFree = instructorBlock.contains { $0.isEmpty }, venueFree = venueBlock.contains { $0.isEmpty }
            if instructorFree && venueFree && cohortBlock.isEmpty {
                for (i, block) in zip(options.instructors[p], instructorBlock) where block.isEmpty {
                    if let limit = ledger.brokenLimit(instructor: i, course: c, dates: options.patterns[p].dates) {
                        // The closest miss per instructor: the smallest excess over its limit.
                        let figure = Self.figure(limit, instructor: scenario.instructors[i].id)
                        if limits[i].map({ figure.needed - figure.limit < $0.needed - $0.limit }) ?? true { limits[i] = figure }
                    } else {
                        freePattern = true   // not expected: the plan could have taken it
                    }
                }
            }
            if !instructorFree { busyInstructors.formUnion(instructorBlock.joined()) }
            if !venueFree { busyVenues.formUnion(venueBlock.joined()) }
            cohortClash.formUnion(cohortBlock)
        }
        func ids(_ courses: Set<Int>) -> [String] { courses.sorted().map { scenario.courses[$0].id } }
        func names(_ indices: [[Int]], _ id: (Int) -> String) -> [String] { Set(indices.joined()).sorted().map(id) }
        if freePattern {
            return [UnscheduledReason(kind: .leftOutBySearch)]
        }
        if !limits.isEmpty {
            return [UnscheduledReason(kind: .noLoadLeft, limits: limits.keys.sorted().compactMap { limits[$0] })]
        }
        var reasons: [UnscheduledReason] = []
        if !busyVenues.isEmpty {
            reasons.append(UnscheduledReason(kind: .venuesBooked, venues: names(options.venues) { scenario.venues[$0].id },
                                             holders: ids(busyVenues), equipment: course.equipment,
                                             participants: course.participants))
        }
        if !busyInstructors.isEmpty {
            reasons.append(UnscheduledReason(kind: .instructorsBusy, skill: course.skill, level: course.level,
                                             instructors: names(options.instructors) { scenario.instructors[$0].id },
                                             holders: ids(busyInstructors)))
        }
        if !cohortClash.isEmpty, let key = course.cohortKey {
            reasons.append(UnscheduledReason(kind: .cohortBusy, holders: ids(cohortClash), cohort: key))
        }
        if reasons.isEmpty { reasons.append(UnscheduledReason(kind: .neverFreeTogether)) }
        return reasons
    }

    /// A broken load limit as the figures of a reason: the limit and the load the course would make.
    static func figure(_ limit: ResourceLedger.LoadLimit, instructor: String) -> UnscheduledReason.LoadFigure {
        switch limit {
        case let .perDay(value, _, load): .init(instructor: instructor, field: limit.field, limit: value, needed: load)
        case let .perWeek(value, _, load): .init(instructor: instructor, field: limit.field, limit: value, needed: load)
        case let .total(value, load): .init(instructor: instructor, field: limit.field, limit: value, needed: load)
        case let .courses(value, count): .init(instructor: instructor, field: limit.field, limit: value, needed: count)
        }
    }

    /// Names what makes a scenario infeasible: the budget, or the mandatory courses that cannot all run.
    /// - Parameter changes: when re-planning, the mandatory courses are judged on the re-planning
    ///   candidates (started courses on their remaining sessions, with their past load).
    static func diagnoseInfeasibility(_ scenario: Scenario, candidates: Candidates, options: MIPOptions,
                                      changes: (penalty: Double, anchors: Replanning.Anchors)? = nil) -> [String] {
        var mandatoryOnly = scenario
        mandatoryOnly.courses = scenario.courses.filter(\.mandatory)
        mandatoryOnly.budget = nil
        let names = mandatoryOnly.courses.map(\.id).joined(separator: ", ")
        var quick = options
        quick.timeLimit = min(options.timeLimit, .seconds(30))
        let mandatory = Set(scenario.courses.indices.filter { scenario.courses[$0].mandatory })
        let formulation = changes.map {
            Formulation(candidates: candidates.restricted(toCourses: mandatory), includeBudget: false, changes: (0, $0.anchors))
        } ?? Formulation(candidates: Candidates(scenario: mandatoryOnly), includeBudget: false)
        // A GLPK failure here is said, not dropped: the diagnosis is then the weaker one below.
        let solved: MIPSolution?
        var failure: [String] = []
        do {
            solved = try GLPKSolver.solve(formulation.model, options: quick)
        } catch {
            solved = nil
            failure = ["(the least cost of the mandatory courses could not be worked out: \(error))"]
        }
        if let solution = solved,
           let least = solution.objective, solution.status == .optimal || solution.status == .feasible {
            let currency = scenario.currency
            if let budget = scenario.budget, least > budget {
                let qualifier = solution.status == .optimal ? "" : " about"
                return ["the budget \(currency) \(Money.plain(budget)) is below\(qualifier) \(currency) \(Money.plain(least)), the least the mandatory courses (\(names)) can cost"]
            }
        }
        if let started = changes?.anchors.started, !started.isEmpty {
            let holders = started.keys.sorted().map { c in
                let options = candidates.courses[c]
                let who = (options.instructors.first ?? []).map { scenario.instructors[$0].id }.joined(separator: "/")
                let at = (options.venues.first ?? []).map { scenario.venues[$0].id }.joined(separator: "/")
                return "\(scenario.courses[c].id) from \(started[c].map { "\($0.remaining.firstDate)" } ?? "-") by \(who) at \(at)"
            }.joined(separator: "; ")
            return ["the courses that have happened or started (\(names)) cannot all keep their sessions: the instructors and "
                    + "venues free for the started ones' remaining sessions (\(holders)) clash with each other or their load limits"]
        }
        return ["the mandatory courses (\(names)) cannot all be scheduled together: their instructors, venues, cohorts or load limits clash"]
            + failure
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
