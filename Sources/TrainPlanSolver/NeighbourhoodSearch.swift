import GLPK
import TrainPlanCore

/// Large-neighbourhood search: re-optimises a slice of the courses with GLPK
/// while the rest of the plan stays as it is, slice after slice.
///
/// A slice is a set S of free courses. The courses outside S keep their
/// assignment (or stay unscheduled). The slice's model is the ``Formulation``
/// of a residual scenario:
///
/// - each free course keeps the options that do not clash with a fixed course
///   (instructor, venue and cohort periods), and whose instructor still has room
///   for it within the load limits left by the fixed courses;
/// - a fixed course whose instructor appears among the free options and has a load
///   limit or an engagement cost is in the model too, bound to its one option and
///   mandatory, so that load rows and engagement stay exact;
/// - a fixed course that could serve demand stays in the model the same way, so that the
///   demand rows (``DemandTerms``) see every course that serves, and the plan's served counts
///   are re-optimised with the slice;
/// - the batches of one course are free or fixed together (batch order stays a row);
/// - every other fixed course leaves the model, and what it costs (with the
///   engagement of instructors only such courses use) leaves the budget.
///
/// So every solution of the slice model, merged with the fixed courses, is a valid
/// plan, and the current plan restricted to S is a solution of it (offered to GLPK
/// as its start): a slice never makes the plan worse.
///
/// Slices are chosen among related courses (they share a possible instructor,
/// venue or cohort and their windows overlap), among the courses one instructor
/// could teach, around unscheduled courses and the courses that take their
/// resources, across the budget when it binds, and at random; a way of choosing
/// that has found better plans lately is chosen more often. Their size adapts:
/// slices GLPK solves quickly grow, slices it cannot finish shrink. GLPK solves a
/// slice without cuts and to a 0.01 % gap: slices are for finding plans, the bound
/// comes from elsewhere.
///
/// The parts live beside this file: which courses a slice frees (SliceChoice.swift), the slice's
/// model (SliceModel.swift), two slices on two threads (SliceThreads.swift), merging a slice's
/// answer into the plan (SliceMerge.swift), and what the search learns as it goes
/// (SliceAdaptation.swift); its figures are in SearchTuning.swift.
///
/// In parallel mode two slices that could use no common instructor, venue or cohort
/// are solved at once on two threads, each allowed half of the budget the plan leaves
/// unspent; their results combine (the combined plan is verified before it is kept).
struct NeighbourhoodSearch {
    let candidates: Candidates
    var scenario: Scenario { candidates.scenario }
    /// GLPK options for the slices (their time limit is set per slice).
    let options: MIPOptions
    let starCliques: Bool
    let costChoices: Bool
    /// Where a second slice's thread comes from (see ``ThreadBudget``).
    let threads: ThreadBudget

    /// Courses that can run, their estimated model columns, and related courses.
    let runnable: [Int]
    let columns: [Int]
    /// The runnable courses that could use each resource (keys as in ``resources``), and the first and
    /// last day any pattern of each course could occupy: what ``neighbours(of:)`` is worked out from.
    let users: [Int: [Int]]
    let span: [(first: Int, last: Int)]
    /// Related courses of those asked about so far (see ``neighbours(of:)``).
    var neighbourCache: [Int: [Int]] = [:]
    var neighbourCacheSize = 0
    /// The resources each course could use: instructor i as i, venue v as I + v, cohort k as I + V + k.
    /// Slices whose resources are disjoint never interact (apart from the budget).
    let resources: [Set<Int>]
    /// Instructors who could teach some course, and the courses each could teach.
    let teachable: [Int]
    let teaches: [[Int]]
    /// The cheapest way each course could run (clashes and engagement aside).
    let cheapest: [Double]
    /// The other batches of the same course (see ``Batches``), for each course.
    let batchSiblings: [[Int]]
    /// Courses that could serve some demand entry (rules 9-10).
    let servesDemand: [Bool]
    var random: SplitMix
    /// The slice size and the weights of the ways of choosing a slice, as they adapt.
    var adaptation: SliceAdaptation

    /// One course's choice in the current plan, by index into its options.
    struct Choice: Hashable, Sendable {
        var pattern: Int
        var instructor: Int
        var venue: Int
    }

    /// - Parameter costChoices: give slice models the choice columns of ``Formulation``.
    init(candidates: Candidates, options: MIPOptions, starCliques: Bool, costChoices: Bool = false, seed: UInt64 = 1,
         targetColumns: Int = SearchTuning.firstSliceColumns, threads: ThreadBudget = .shared) {
        self.candidates = candidates
        self.threads = threads
        self.options = options
        self.starCliques = starCliques
        self.costChoices = costChoices
        adaptation = SliceAdaptation(targetColumns: targetColumns)
        random = SplitMix(seed: seed)
        let scenario = candidates.scenario
        runnable = candidates.courses.filter { !$0.isEmpty }.map(\.course)
        columns = candidates.courses.map { options in
            zip(options.instructors, options.venues).reduce(1) { $0 + 1 + $1.0.count + $1.1.count }
        }
        let cohorts = Array(Set(scenario.courses.compactMap(\.cohortKey))).sorted()
        let instructorCount = scenario.instructors.count, venueCount = scenario.venues.count
        resources = candidates.courses.map { options in
            var used = Set(options.instructors.joined()).union(Set(options.venues.joined()).map { instructorCount + $0 })
            if let cohort = scenario.courses[options.course].cohortKey,
               let k = cohorts.firstIndex(of: cohort) {
                used.insert(instructorCount + venueCount + k)
            }
            return used
        }
        // Related: a shared possible instructor, venue or cohort, with overlapping windows.
        let calendar = scenario.calendar
        var span = [(first: Int, last: Int)](repeating: (0, -1), count: scenario.courses.count)
        var users: [Int: [Int]] = [:]
        for c in runnable {
            let options = candidates.courses[c]
            let firsts = options.patterns.map { calendar.offset(of: $0.firstDate) }
            let lasts = options.patterns.map { calendar.offset(of: $0.lastDate) }
            span[c] = (firsts.min() ?? 0, lasts.max() ?? -1)
            for key in resources[c] { users[key, default: []].append(c) }
        }
        // Neighbours are worked out per course when asked: all pairs at once took 4 s and grew
        // quadratically in memory (12 GB on a 10,000-course scenario whose courses share few instructors).
        self.users = users
        self.span = span
        var teaches = [[Int]](repeating: [], count: scenario.instructors.count)
        for c in runnable {
            for i in Set(candidates.courses[c].instructors.joined()).sorted() { teaches[i].append(c) }
        }
        self.teaches = teaches
        teachable = teaches.indices.filter { !teaches[$0].isEmpty }
        cheapest = candidates.courses.map(candidates.cheapestCost)
        let series = Dictionary(grouping: scenario.courses.indices.filter { scenario.courses[$0].batch != nil },
                                by: { scenario.courses[$0].batch?.series ?? "" })
        batchSiblings = scenario.courses.indices.map { c in
            guard let name = scenario.courses[c].batch?.series else { return [] }
            return (series[name] ?? []).filter { $0 != c }
        }
        servesDemand = candidates.courses.map { !DemandTerms.servable($0, scenario: scenario).isEmpty }
    }

    struct Outcome: Sendable {
        var choices: [Choice?]
        var objective: Double
        /// Seconds (since the search began) and objective of each better plan.
        var improvements: [MIPSolution.Improvement] = []
        var slices = 0
        var slicesImproved = 0
        var slicesProven = 0
        /// A slice covered every runnable course and GLPK proved it optimal.
        var provenOptimal = false
        /// Slices GLPK failed on (the search carries on without them), and the first few errors.
        var slicesFailed = 0
        var failures: [GLPKError] = []

        mutating func failed(_ error: GLPKError) {
            slicesFailed += 1
            if failures.count < 5 { failures.append(error) }
        }
    }

    /// Improves `start` slice by slice until `deadline`, a stop request, or (if given)
    /// `patience` slices in a row without improvement.
    ///
    /// With `parallel`, two slices that share no instructor, venue or cohort are solved at once
    /// on two threads, each allowed half of the budget left over; both results are merged (the
    /// merged plan is verified before it is taken, else the better half alone is).
    ///
    /// `adopt` is asked before each slice for a plan found elsewhere (a branch and cut running
    /// beside the search); the search carries on from it when it is better. `improved` hears of
    /// every better plan the search itself finds; `roundEnded` hears the best objective and the
    /// slices solved after every round, improved or not (progress on a search that finds nothing
    /// new for a while).
    mutating func improve(_ start: [Assignment?], deadline: ContinuousClock.Instant, sliceLimit: Duration,
                          patience: Int? = nil, parallel: Bool = false, shouldStop: (() -> Bool)? = nil,
                          adopt: (() -> [Assignment?]?)? = nil,
                          improved: ((Double, [Assignment?]) -> Void)? = nil,
                          roundEnded: ((Double, Int) -> Void)? = nil) -> Outcome {
        let began = ContinuousClock.now
        var choices = self.choices(from: start)
        var outcome = Outcome(choices: choices, objective: objective(choices))
        var quiet = 0
        while ContinuousClock.now < deadline, shouldStop?() != true, !runnable.isEmpty {
            if let patience, quiet >= patience { break }
            if let plan = adopt?() {
                let other = self.choices(from: plan)
                let value = objective(other)
                if value < outcome.objective - TrainingPlanner.tolerance(outcome.objective) {
                    choices = other
                    outcome.choices = other
                    outcome.objective = value
                }
            }
            let limit = min(sliceLimit, deadline - ContinuousClock.now)
            guard limit > SearchTuning.shortestSlice else { break }
            var options = self.options
            options.timeLimit = limit
            options.relativeGap = SearchTuning.sliceGap
            options.cuts = SearchTuning.sliceCuts
            options.restartShare = nil   // a slice is searched to its end: restarts are the whole model's

            let (picks, seat) = pickSlices(choices, parallel: parallel)
            let share = 1 / Double(picks.count)
            let slices = picks.map { slice(free: $0.free, choices: choices, slackShare: share) }
            var trials: [[Choice?]] = []
            for (k, result) in solve(slices, options: options, seat: seat, shouldStop: shouldStop).enumerated() {
                let solution: MIPSolution
                switch result {
                case let .success(solved): solution = solved
                case let .failure(error): outcome.failed(error); continue
                }
                outcome.slices += 1
                let proven = solution.status == .optimal || solution.stopReason == .gapReached
                if proven {
                    outcome.slicesProven += 1
                    if picks[k].free.count == runnable.count, solution.status == .optimal { outcome.provenOptimal = true }
                }
                adaptation.sliceSolved(solution, proven: proven, within: limit)
                guard let values = solution.values else { continue }
                trials.append(merged(choices, free: picks[k].free, slice: slices[k], values: values))
            }

            let best = bestMerge(of: trials, frees: picks.map(\.free), incumbent: outcome.objective)
            if let best {
                choices = best.trial
                outcome.choices = best.trial
                outcome.objective = best.value
                outcome.slicesImproved += 1
                outcome.improvements.append(.init(seconds: TrainingPlanner.seconds(since: began), objective: best.value))
                improved?(best.value, assignments(best.trial))
            }
            quiet = best != nil ? 0 : quiet + picks.count
            for pick in picks { adaptation.methodTried(pick.method, improved: best != nil) }
            roundEnded?(outcome.objective, outcome.slices)
            if outcome.provenOptimal { break }
        }
        return outcome
    }

    func isValid(_ choices: [Choice?]) -> Bool {
        let plan = PlanAssembler.plan(scenario, assignments: assignments(choices), status: .feasible, bound: nil, reasons: [:])
        return PlanVerifier.verify(plan, against: scenario).isValid
    }

    func assignments(_ choices: [Choice?]) -> [Assignment?] {
        choices.enumerated().map { c, choice in
            choice.map { Assignment(instructor: $0.instructor, venue: $0.venue, pattern: candidates.courses[c].patterns[$0.pattern]) }
        }
    }

    func objective(_ choices: [Choice?]) -> Double {
        PlanAssembler.plan(scenario, assignments: assignments(choices), status: .feasible, bound: nil, reasons: [:]).objective ?? .infinity
    }

    func choices(from plan: [Assignment?]) -> [Choice?] {
        plan.enumerated().map { c, assignment in assignment.flatMap { choice(for: $0, course: c) } }
    }

    func choice(for assignment: Assignment, course c: Int) -> Choice? {
        candidates.courses[c].patterns.firstIndex(of: assignment.pattern).map {
            Choice(pattern: $0, instructor: assignment.instructor, venue: assignment.venue)
        }
    }

    func spent(_ choices: [Choice?]) -> Double {
        PlanAssembler.plan(scenario, assignments: assignments(choices), status: .feasible, bound: nil, reasons: [:]).cost?.total ?? 0
    }
}
