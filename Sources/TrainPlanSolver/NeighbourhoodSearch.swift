import Foundation
import GLPK
import Synchronization
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
    private let runnable: [Int]
    private let columns: [Int]
    /// The runnable courses that could use each resource (keys as in ``resources``), and the first and
    /// last day any pattern of each course could occupy: what ``neighbours(of:)`` is worked out from.
    private let users: [Int: [Int]]
    private let span: [(first: Int, last: Int)]
    /// Related courses of those asked about so far (see ``neighbours(of:)``).
    private var neighbourCache: [Int: [Int]] = [:]
    private var neighbourCacheSize = 0
    /// Entries kept in ``neighbourCache`` before it is emptied: a bound on its memory.
    static let neighbourCacheLimit = 4_000_000
    /// The resources each course could use: instructor i as i, venue v as I + v, cohort k as I + V + k.
    /// Slices whose resources are disjoint never interact (apart from the budget).
    let resources: [Set<Int>]
    /// Instructors who could teach some course, and the courses each could teach.
    private let teachable: [Int]
    private let teaches: [[Int]]
    /// The cheapest way each course could run (clashes and engagement aside).
    private let cheapest: [Double]
    /// The other batches of the same course (see ``Batches``), for each course.
    private let batchSiblings: [[Int]]
    /// Courses that could serve some demand entry (rules 9-10).
    private let servesDemand: [Bool]
    private var random: SplitMix
    /// Model columns a slice aims at; adapted as slices solve.
    private(set) var targetColumns: Int

    /// One course's choice in the current plan, by index into its options.
    struct Choice: Hashable, Sendable {
        var pattern: Int
        var instructor: Int
        var venue: Int
    }

    /// - Parameter costChoices: give slice models the choice columns of ``Formulation``.
    init(candidates: Candidates, options: MIPOptions, starCliques: Bool, costChoices: Bool = false, seed: UInt64 = 1,
         targetColumns: Int = 2500, threads: ThreadBudget = .shared) {
        self.candidates = candidates
        self.threads = threads
        self.options = options
        self.starCliques = starCliques
        self.costChoices = costChoices
        self.targetColumns = targetColumns
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

    // MARK: - The search

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
    /// every better plan the search itself finds.
    mutating func improve(_ start: [Assignment?], deadline: ContinuousClock.Instant, sliceLimit: Duration,
                          patience: Int? = nil, parallel: Bool = false, shouldStop: (() -> Bool)? = nil,
                          adopt: (() -> [Assignment?]?)? = nil,
                          improved: ((Double, [Assignment?]) -> Void)? = nil) -> Outcome {
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
            guard limit > .milliseconds(20) else { break }
            var options = self.options
            options.timeLimit = limit
            options.relativeGap = 1e-4   // a slice need not be proven to the last rupiah
            options.cuts = []            // slices are for finding better plans, not for proofs: cuts cost more than they save

            // One slice, or two that cannot interact when the thread budget has a seat for the second.
            var picks: [(free: Set<Int>, method: Method)] = [chooseSlice(choices)]
            let seat = parallel ? threads.reserve() : nil
            if let seat {
                let used = picks[0].free.reduce(into: Set<Int>()) { $0.formUnion(resources[$1]) }
                let second = chooseSlice(choices, avoiding: used)
                if !second.0.isEmpty { picks.append(second) } else { seat.cancel() }
            }
            let share = 1 / Double(picks.count)
            let slices = picks.map { slice(free: $0.free, choices: choices, slackShare: share) }
            let models = slices.map { ($0.formulation.model, $0.start) }
            let solved: [Result<MIPSolution, GLPKError>]
            if models.count == 1 {
                solved = [Result { () throws(GLPKError) in
                    try GLPKSolver.solve(models[0].0, options: options, initialSolution: models[0].1, shouldStop: shouldStop)
                }]
            } else {
                // The second slice on the reserved seat's thread, the first here, where the caller's
                // stop request can be asked; a stop request halts both.
                let halt = Atomic<Bool>(false)
                let jobOptions = options, second = models[1]
                let secondResult = Mutex<Result<MIPSolution, GLPKError>?>(nil)
                let background = seat?.start {
                    let result = Result { () throws(GLPKError) in
                        try GLPKSolver.solve(second.0, options: jobOptions, initialSolution: second.1,
                                             shouldStop: { halt.load(ordering: .relaxed) })
                    }
                    secondResult.withLock { $0 = result }
                }
                let first = Result { () throws(GLPKError) in
                    try GLPKSolver.solve(models[0].0, options: options, initialSolution: models[0].1,
                                         shouldStop: {
                                             if shouldStop?() == true { halt.store(true, ordering: .relaxed) }
                                             return halt.load(ordering: .relaxed)
                                         })
                }
                background?.join()
                solved = [first] + [secondResult.withLock { $0 }].compactMap { $0 }
            }
            var solutions = [MIPSolution?](repeating: nil, count: picks.count)
            for (k, result) in solved.enumerated() {
                switch result {
                case let .success(solution): solutions[k] = solution
                case let .failure(error): outcome.failed(error)
                }
            }

            // Each slice's result on its own, then together.
            var trials: [[Choice?]] = []
            for (k, solution) in solutions.enumerated() {
                guard let solution else { continue }
                outcome.slices += 1
                if solution.status == .optimal || solution.stopReason == .gapReached {
                    outcome.slicesProven += 1
                    if picks[k].free.count == runnable.count, solution.status == .optimal { outcome.provenOptimal = true }
                    if solution.seconds < 0.25 * limit.seconds { targetColumns = min(200_000, targetColumns * 6 / 5) }
                } else if solution.stopReason == .timeLimit {
                    targetColumns = max(400, targetColumns * 3 / 4)
                }
                guard let values = solution.values else { continue }
                var trial = choices
                let found = slices[k].formulation.assignments(from: values)
                for c in picks[k].free { trial[c] = found[c].flatMap { choice(for: $0, course: c) } }
                trials.append(trial)
            }
            var candidatesToTry = trials
            if trials.count == 2 {
                var both = trials[0]
                for c in picks[1].free { both[c] = trials[1][c] }
                candidatesToTry.insert(both, at: 0)
            }
            var best: (value: Double, trial: [Choice?])?
            for (n, trial) in candidatesToTry.enumerated() {
                let value = objective(trial)
                guard value < (best?.value ?? outcome.objective) - TrainingPlanner.tolerance(outcome.objective) else { continue }
                // The merged plan rests on the slices being independent: checked, not assumed.
                if trials.count == 2, n == 0, !isValid(trial) { continue }
                best = (value, trial)
            }
            let better = best != nil
            if let best {
                choices = best.trial
                outcome.choices = best.trial
                outcome.objective = best.value
                outcome.slicesImproved += 1
                outcome.improvements.append(.init(seconds: TrainingPlanner.seconds(since: began), objective: best.value))
                improved?(best.value, assignments(best.trial))
            }
            quiet = better ? 0 : quiet + picks.count
            // Methods that find better plans are chosen more often (adaptive large-neighbourhood search).
            for pick in picks {
                score[pick.method, default: 1] = 0.85 * score[pick.method, default: 1] + 0.15 * (better ? 8 : 0.5)
            }
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

    // MARK: - Choosing a slice

    enum Method: CaseIterable { case related, unscheduled, budget, instructor, random }

    /// How well each method has done lately (starts at its base weight).
    private var score: [Method: Double] = [.related: 4, .instructor: 3, .unscheduled: 3, .budget: 2, .random: 1]

    /// A slice, and the method that chose it. With `avoiding`, only courses that could
    /// use none of those resources (see ``resources``) are taken.
    mutating func chooseSlice(_ choices: [Choice?], avoiding: Set<Int> = []) -> (Set<Int>, Method) {
        let pool = avoiding.isEmpty ? runnable : runnable.filter { resources[$0].isDisjoint(with: avoiding) }
        guard !pool.isEmpty else { return ([], .random) }
        let allowed = avoiding.isEmpty ? nil : Set(pool)
        let unscheduled = pool.filter { choices[$0] == nil }
        var available: [Method] = [.related, .random]
        let teachers = avoiding.isEmpty ? teachable : teachable.filter { !avoiding.contains($0) }
        if !teachers.isEmpty { available.append(.instructor) }
        if !unscheduled.isEmpty { available.append(.unscheduled) }
        if let budget = scenario.budget, spent(choices) > 0.9 * budget, !unscheduled.isEmpty { available.append(.budget) }
        let methods = available.map { ($0, max(0.3, score[$0, default: 1])) }
        let method = random.weighted(methods)
        var free: Set<Int> = []
        var size = 0
        func add(_ c: Int) {
            guard !free.contains(c), !candidates.courses[c].isEmpty, allowed?.contains(c) ?? true else { return }
            free.insert(c)
            size += columns[c]
            // The batches of one course are free together, so that batch order (y[k+1] <= y[k]) stays a row of the slice.
            for sibling in batchSiblings[c] { add(sibling) }
        }
        func full() -> Bool { size >= targetColumns || free.count >= pool.count }
        switch method {
        case .related:
            add(random.pick(pool))
        case .unscheduled:
            let seed = random.weighted(unscheduled.map { ($0, scenario.courses[$0].value + 1) })
            add(seed)
            for n in holders(of: seed, choices) where !full() { add(n) }
        case .budget:
            // Courses that could run instead of others: the most valuable unscheduled ones
            // and the scheduled ones worth least, anywhere.
            // Value per rupiah: what an unscheduled course would bring, what a running one brings.
            var out = unscheduled.map { ($0, scenario.courses[$0].value / max(1, cheapest[$0]) * (0.75 + 0.5 * random.unit())) }
            var running = pool.filter { choices[$0] != nil }
                .map { ($0, scenario.courses[$0].value / max(1, cheapest[$0]) * (0.75 + 0.5 * random.unit())) }
            out.sort { $0.1 > $1.1 }
            running.sort { $0.1 < $1.1 }
            let outIDs = out.map(\.0), runningIDs = running.map(\.0)
            var i = 0, j = 0
            while !full(), i < outIDs.count || j < runningIDs.count {
                if i < outIDs.count { add(outIDs[i]); i += 1 }
                if j < runningIDs.count, !full() { add(runningIDs[j]); j += 1 }
            }
        case .instructor:
            // The courses one instructor could teach: who teaches what, and at what fee, can change.
            let instructor = random.pick(teachers)
            for c in random.shuffled(courses(of: instructor)) where !full() { add(c) }
        case .random:
            for c in random.shuffled(pool) where !full() { add(c) }
        }
        // Grow through related courses, nearest first, then at random.
        var around: [Int] = []
        for c in free.sorted() { around += neighbours(of: c) }
        var frontier = random.shuffled(around)
        while !full() {
            if frontier.isEmpty {
                let rest = pool.filter { !free.contains($0) }
                guard let c = rest.isEmpty ? nil : random.pick(rest) else { break }
                add(c)
                frontier = random.shuffled(neighbours(of: c))
                continue
            }
            let c = frontier.removeFirst()
            guard !free.contains(c), allowed?.contains(c) ?? true, !candidates.courses[c].isEmpty else { continue }
            add(c)
            frontier += random.shuffled(neighbours(of: c)).filter { !free.contains($0) }
        }
        return (free, method)
    }

    func courses(of instructor: Int) -> [Int] { teaches[instructor] }

    /// The courses related to `a`: a shared possible instructor, venue or cohort, with
    /// overlapping windows; in index order.
    mutating func neighbours(of a: Int) -> [Int] {
        if let known = neighbourCache[a] { return known }
        var related = Set<Int>()
        for key in resources[a] {
            for b in users[key] ?? [] where b != a && span[a].first <= span[b].last && span[b].first <= span[a].last {
                related.insert(b)
            }
        }
        let list = related.sorted()
        if neighbourCacheSize + list.count > Self.neighbourCacheLimit {
            neighbourCache = [:]
            neighbourCacheSize = 0
        }
        neighbourCache[a] = list
        neighbourCacheSize += list.count
        return list
    }

    /// The scheduled courses around an unscheduled one, those that hold what it could use
    /// first: all the courses on one of its instructors or venues (picked at random among
    /// those held), then the others holding any of them, then its other scheduled
    /// neighbours. Taking neighbours in index order instead, the search stalled on province-2
    /// at 1,034.0 M; its better plans (1,031.0-1,031.7 M) repack workshops, e.g. KDS-AC-02 and
    /// KDS-LIS-03 run in the electrical workshop KDS-BLK-LIS in place of KDS-LIS-02, which
    /// needs a slice holding the courses in that workshop.
    mutating func holders(of course: Int, _ choices: [Choice?]) -> [Int] {
        // What each scheduled neighbour holds of what `course` could use (keys as in ``resources``).
        let wanted = resources[course], instructorCount = scenario.instructors.count
        let scheduled = random.shuffled(neighbours(of: course).filter { choices[$0] != nil })
        let held = scheduled.map { n in
            choices[n].map { [$0.instructor, instructorCount + $0.venue].filter(wanted.contains) } ?? []
        }
        guard let someone = held.first(where: { !$0.isEmpty }), let resource = random.shuffled(someone).first else {
            return scheduled
        }
        let onResource = scheduled.indices.filter { held[$0].contains(resource) }
        let onOthers = scheduled.indices.filter { !held[$0].isEmpty && !held[$0].contains(resource) }
        let rest = scheduled.indices.filter { held[$0].isEmpty }
        return (onResource + onOthers + rest).map { scheduled[$0] }
    }

    func spent(_ choices: [Choice?]) -> Double {
        PlanAssembler.plan(scenario, assignments: assignments(choices), status: .feasible, bound: nil, reasons: [:]).cost?.total ?? 0
    }

    // MARK: - The slice model

    struct Slice {
        var formulation: Formulation
        var start: [Double]?
    }

    /// The residual model of the free courses (see the type's comment).
    /// - Parameter slackShare: the share of the budget left over by the current plan that this
    ///   slice may spend (slices solved side by side split it).
    func slice(free: Set<Int>, choices: [Choice?], slackShare: Double = 1) -> Slice {
        let scenario = self.scenario

        // What the fixed courses occupy.
        var ledger = ResourceLedger(scenario: scenario)
        for (c, choice) in choices.enumerated() where !free.contains(c) {
            guard let choice else { continue }
            let options = candidates.courses[c]
            ledger.book(course: c, instructor: choice.instructor, venue: choice.venue,
                        dates: options.patterns[choice.pattern].dates, periods: options.periods[choice.pattern])
        }

        // The free courses' options that still fit.
        var courseOptions = candidates.courses.map {
            CourseOptions(course: $0.course, patterns: [], periods: [], instructors: [], venues: [], reasons: [])
        }
        var freeInstructors: Set<Int> = []
        for c in free.sorted() {
            let options = candidates.courses[c]
            var patterns: [Pattern] = [], used: [[Int]] = [], teachers: [[Int]] = [], rooms: [[Int]] = []
            for (p, pattern) in options.patterns.enumerated() {
                let occupied = options.periods[p]
                guard ledger.isCohortFree(forCourse: c, in: occupied) else { continue }
                let venues = options.venues[p].filter { ledger.isFree(.venue($0), in: occupied) }
                guard !venues.isEmpty else { continue }
                let instructors = options.instructors[p].filter {
                    ledger.canTeach(instructor: $0, course: c, dates: pattern.dates, periods: occupied)
                }
                guard !instructors.isEmpty else { continue }
                patterns.append(pattern); used.append(occupied); teachers.append(instructors); rooms.append(venues)
                freeInstructors.formUnion(instructors)
            }
            courseOptions[c] = CourseOptions(course: c, patterns: patterns, periods: used, instructors: teachers,
                                             venues: rooms, reasons: options.reasons)
        }

        // Fixed courses that stay in the model (load rows, engagement) or leave it (and the budget).
        var sub = scenario
        for c in sub.courses.indices { sub.courses[c].mandatory = free.contains(c) && scenario.courses[c].mandatory }
        var inModel: Set<Int> = []
        var leaving = 0.0
        var engagedOutside: Set<Int> = []
        for (c, choice) in choices.enumerated() where !free.contains(c) {
            guard let choice else { continue }
            let instructor = scenario.instructors[choice.instructor]
            // A fixed course that could serve demand stays too: its trainees share the demand rows with the free ones.
            let interacts = servesDemand[c] || freeInstructors.contains(choice.instructor)
                && (instructor.engagementCost > 0 || instructor.maxCourses != nil || instructor.maxSlots != nil
                    || instructor.maxSlotsPerDay != nil || instructor.maxSlotsPerWeek != nil)
            let options = candidates.courses[c], course = scenario.courses[c]
            if interacts {
                inModel.insert(c)
                sub.courses[c].mandatory = true
                courseOptions[c] = CourseOptions(course: c, patterns: [options.patterns[choice.pattern]],
                                                 periods: [options.periods[choice.pattern]], instructors: [[choice.instructor]],
                                                 venues: [[choice.venue]], reasons: [])
            } else {
                leaving += CostRules.fees(course, instructor) + CostRules.rent(course, scenario.venues[choice.venue])
                    + CostRules.socialSecurity(course, dates: options.patterns[choice.pattern].dates,
                                               premium: scenario.premiumPerParticipantMonth)
                if !freeInstructors.contains(choice.instructor) { engagedOutside.insert(choice.instructor) }
            }
        }
        leaving += engagedOutside.reduce(0) { $0 + scenario.instructors[$1].engagementCost }
        if let budget = scenario.budget {
            let slack = max(0, budget - spent(choices))
            sub.budget = budget - leaving - (1 - slackShare) * slack
        }

        let formulation = Formulation(candidates: Candidates(scenario: sub, courses: courseOptions), starCliques: starCliques,
                                      costChoices: costChoices)
        var start = [Assignment?](repeating: nil, count: scenario.courses.count)
        for c in free.union(inModel) {
            guard let choice = choices[c] else { continue }
            start[c] = Assignment(instructor: choice.instructor, venue: choice.venue,
                                  pattern: candidates.courses[c].patterns[choice.pattern])
        }
        return Slice(formulation: formulation, start: formulation.values(for: start))
    }
}

/// SplitMix64 for the search's random choices: the same seed, the same slices.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int {
        guard n > 1 else { return 0 }
        return Int(next() % UInt64(n))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + max(0, $1.1) }
        var draw = Double(next() >> 11) * 0x1.0p-53 * total
        for (item, weight) in items {
            draw -= max(0, weight)
            if draw < 0 { return item }
        }
        return items[items.count - 1].0
    }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, below(i + 1)) }
    }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }
}
