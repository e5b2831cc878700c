import GLPK
import TrainPlanCore
import TrainPlanReport

/// Whom to go and find: what one more instructor of a skill would be worth, and
/// what each outside instructor the plan already relies on is worth to it.
///
/// Every figure comes from re-solving the scenario with the change, so a gain is
/// exactly the difference of two objectives, not an estimate.
public enum SourcingAdvisor {
    public struct Settings: Sendable {
        /// Skills to try; `nil`: the skills of the courses the base plan leaves out.
        public var skills: [String]?
        /// Fee per slot of the new instructor; `nil`: typical for the skill.
        public var feePerSlot: Double?
        /// Engagement cost of the new instructor; `nil`: the median of outside instructors with the skill.
        public var engagementCost: Double?
        public var options: MIPOptions
        public var strategy: TrainingPlanner.Strategy
        /// Solves run at once (each on its own thread), within `threads`.
        public var jobs: Int
        /// The seats all these solves and their helper threads share (see ``ThreadBudget``).
        public var threads: ThreadBudget
        /// Cost of certifying an existing instructor one skill level up; `nil`: upgrades are not considered.
        public var upgradeCost: Double?
        /// Find the break-even fee of every hire that improves the plan (a few more solves each).
        public var breakEven: Bool
        /// Polled by every solve (a Ctrl-C): the solves running end with their best plans, the
        /// re-solves not begun are left out (``Advice/notTried``), no break-even fee is sought.
        public var shouldStop: (@Sendable () -> Bool)?

        public init(skills: [String]? = nil, feePerSlot: Double? = nil, engagementCost: Double? = nil,
                    options: MIPOptions = MIPOptions(), strategy: TrainingPlanner.Strategy = .init(),
                    jobs: Int = ParallelJobs.cores, threads: ThreadBudget = .shared, upgradeCost: Double? = nil,
                    breakEven: Bool = true, shouldStop: (@Sendable () -> Bool)? = nil) {
            self.shouldStop = shouldStop
            self.upgradeCost = upgradeCost
            self.breakEven = breakEven
            self.skills = skills
            self.feePerSlot = feePerSlot
            self.engagementCost = engagementCost
            self.options = options
            self.strategy = strategy
            self.jobs = jobs
            self.threads = threads
        }
    }

    /// One more instructor with `skill` (or an existing one certified at a higher level), and what the plan becomes.
    public struct Candidate: Sendable {
        /// A new instructor to hire, or an existing one to certify.
        public enum Kind: Sendable, Hashable {
            case hire
            /// `instructor` is the existing one with the skill raised from `fromLevel`; `cost` is paid for the certificate.
            case upgrade(fromLevel: Int, cost: Double)
        }
        public var kind: Kind = .hire
        public var skill: String
        /// The instructor assumed: the skill at the highest level any course asks, free over the whole horizon
        /// (for an upgrade: the existing instructor with the skill at that level).
        public var instructor: Instructor
        public var plan: Plan
        /// Base objective minus the new objective: what this instructor saves (positive is better).
        public var gain: Double?
        /// No valid plan exists without this instructor and one does with them (the gain is then undefined).
        public var makesPlanPossible = false
        public var coursesGained: [String]
        public var coursesLost: [String]
        public var traineesGained: Int
        /// Both plans proven optimal: the gain is exact.
        public var exact: Bool
        /// For a hire that improves the plan: the highest fee per slot at which it still does.
        public var breakEven: BreakEvenFee.Result?
        /// What the hired (or certified) instructor would teach.
        public var job: JobSpecification?
    }

    /// An outside instructor the base plan engages, and what the plan loses without them.
    public struct Reliance: Sendable {
        public var instructor: String
        public var source: InstructorSource
        public var courses: [String]
        /// New objective minus base objective when the instructor is not available (positive: they are worth it).
        public var worth: Double?
        /// Without them no valid plan exists (a mandatory course needs them).
        public var essential: Bool
        public var exact: Bool
    }

    public struct Advice: Sendable {
        public var base: Plan
        /// Best first: largest gain, then most trainees.
        public var candidates: [Candidate]
        /// Most valuable first.
        public var reliances: [Reliance]
        /// Each course's skill, by course id.
        public var courseSkills: [String: String] = [:]
        /// The sweep's re-solves that gave no plan to rank (a run stopped before them, a shard not
        /// run), by ``Sweep/labels``: the advice is over the others only.
        public var notTried: [String] = []
        /// The top candidate when it gains anything or makes a plan possible.
        public var recommendation: Candidate? {
            candidates.first.flatMap { ($0.gain ?? 0) > 0 || $0.makesPlanPossible ? $0 : nil }
        }
    }

    public static func advise(_ scenario: Scenario, settings: Settings = Settings()) throws(PlannerError) -> Advice {
        let (base, _) = try TrainingPlanner.solve(scenario, options: settings.options, strategy: settings.strategy,
                                                  threads: settings.threads, shouldStop: settings.shouldStop)
        let sweep = Sweep(scenario, base: base, settings: settings)
        let plans = try solve(sweep, indices: Array(sweep.scenarios.indices), settings: settings)
        return try assemble(scenario, base: base, sweep: sweep, plans: plans, settings: settings)
    }

    /// Every what-if scenario the advice re-solves: one per skill, then one per engaged outside
    /// instructor, then one per existing instructor certified a level up (with `upgradeCost`).
    public struct Sweep: Sendable {
        public var skills: [String]
        public var newcomers: [Instructor]
        public var engaged: [Engagement]
        public var upgrades: [(skill: String, instructor: Instructor, fromLevel: Int, cost: Double)]
        public var scenarios: [Scenario]
        /// The base plan: each re-solve prefers, among its best plans, the one closest to it.
        public var base: Plan

        /// What `base` (the scenario's best plan) leads to try; the same on every machine given the same base.
        public init(_ scenario: Scenario, base: Plan, settings: Settings) {
            self.base = base
            skills = settings.skills.map { $0.map(Tag.normalize) } ?? SourcingAdvisor.limitingSkills(scenario, plan: base)
            engaged = (base.engage ?? []).filter { $0.source != .internal }
            newcomers = skills.map { SourcingAdvisor.newInstructor($0, scenario: scenario, settings: settings) }
            let asked = skills
            upgrades = settings.upgradeCost.map { cost in SourcingAdvisor.upgrades(asked, scenario: scenario, cost: cost) } ?? []
            scenarios = newcomers.map { newcomer in
                var variant = scenario
                variant.instructors.append(newcomer)
                return variant
            }
            scenarios += engaged.map { engagement in
                var variant = scenario
                variant.instructors.removeAll { $0.id == engagement.instructor }
                return variant
            }
            scenarios += upgrades.map { upgrade in
                var variant = scenario
                if let i = variant.instructors.firstIndex(where: { $0.id == upgrade.instructor.id }) {
                    variant.instructors[i] = upgrade.instructor
                }
                // The certificate is paid from the same budget (rule 8), as a hire's engagement is:
                // what is left of it is what the plan may spend.
                variant.budget = variant.budget.map { max(0, $0 - upgrade.cost) }
                return variant
            }
        }

        /// "skill sewing", "without LPKS-RUDI", "certify BLK-SRI in sewing": one name per scenario.
        public var labels: [String] {
            skills.map { "skill \($0)" } + engaged.map { "without \($0.instructor)" }
                + upgrades.map { "certify \($0.instructor.id) in \($0.skill)" }
        }
    }

    /// Solves the sweep's scenarios at `indices` (a shard's share), in that order. Among a
    /// re-solve's best plans, the one closest to the base plan: its courses gained and lost, and
    /// the job of whom it hires, are then what the change makes, not another equally good plan.
    /// A re-solve not begun when `settings.shouldStop` says stop gives `nil`.
    public static func solve(_ sweep: Sweep, indices: [Int], settings: Settings) throws(PlannerError) -> [Plan?] {
        let scenarios = sweep.scenarios
        let reference: Plan? = sweep.base.objective == nil ? nil : sweep.base
        let solved = ParallelJobs.map(indices.count, jobs: settings.jobs, budget: settings.threads) { [scenarios, settings] k in
            Result { () throws(PlannerError) -> Plan? in
                if settings.shouldStop?() == true { return nil }
                if let reference {
                    return try LexicographicPlanner.solve(scenarios[indices[k]], closestTo: reference, options: settings.options,
                                                          strategy: settings.strategy, threads: settings.threads,
                                                          shouldStop: settings.shouldStop).plan
                }
                return try TrainingPlanner.solve(scenarios[indices[k]], options: settings.options, strategy: settings.strategy,
                                                 threads: settings.threads, shouldStop: settings.shouldStop).plan
            }
        }
        var plans: [Plan?] = []
        for result in solved {
            switch result {
            case let .success(plan): plans.append(plan)
            case let .failure(error): throw error
            }
        }
        return plans
    }

    /// The advice from the base plan and the sweep's plans (by index; a nil plan, from a
    /// shard that did not run, leaves its candidate or reliance out). With `settings.breakEven`,
    /// each hire that gains gets its break-even fee (re-solves, see ``BreakEvenFee``).
    public static func assemble(_ scenario: Scenario, base: Plan, sweep: Sweep, plans: [Plan?],
                                settings: Settings = Settings(breakEven: false)) throws(PlannerError) -> Advice {
        let skills = sweep.skills, engaged = sweep.engaged
        let scheduled = Set(base.scheduledCourses.map(\.id))
        let participants = Dictionary(scenario.courses.map { ($0.id, $0.participants) }, uniquingKeysWith: { a, _ in a })
        func candidate(_ kind: Candidate.Kind, skill: String, instructor: Instructor, plan: Plan) -> Candidate {
            let now = Set(plan.scheduledCourses.map(\.id))
            let gained = now.subtracting(scheduled).sorted(), lost = scheduled.subtracting(now).sorted()
            let trainees = gained.reduce(0) { $0 + (participants[$1] ?? 0) } - lost.reduce(0) { $0 + (participants[$1] ?? 0) }
            var gain = difference(base, plan)
            if case let .upgrade(_, cost) = kind { gain = gain.map { $0 - cost } }
            var option = Candidate(kind: kind, skill: skill, instructor: instructor, plan: plan, gain: gain,
                                   coursesGained: gained, coursesLost: lost,
                                   traineesGained: trainees, exact: base.status == .optimal && plan.status == .optimal,
                                   job: JobSpecification(instructor: instructor.id, plan: plan, scenario: scenario))
            option.makesPlanPossible = base.objective == nil && plan.objective != nil
            return option
        }
        var candidates: [Candidate] = skills.indices.compactMap { k in
            plans[k].map { candidate(.hire, skill: skills[k], instructor: sweep.newcomers[k], plan: $0) }
        }
        let upgradePlans = Array(plans.dropFirst(skills.count + engaged.count))
        candidates += zip(sweep.upgrades, upgradePlans).compactMap { upgrade, plan in
            plan.map { candidate(.upgrade(fromLevel: upgrade.fromLevel, cost: upgrade.cost), skill: upgrade.skill,
                                 instructor: upgrade.instructor, plan: $0) }
        }
        if settings.breakEven, let baseObjective = base.objective {
            for k in candidates.indices where candidates[k].kind == .hire && (candidates[k].gain ?? 0) > 0
                && settings.shouldStop?() != true {
                candidates[k].breakEven = try BreakEvenFee.find(
                    scenario: scenario, hire: candidates[k].instructor, plan: candidates[k].plan,
                    baseObjective: baseObjective, options: settings.options, strategy: settings.strategy,
                    threads: settings.threads)
            }
        }
        // An option that makes a plan possible comes first, the least objective first; then the largest gain.
        candidates.sort { a, b in
            if a.makesPlanPossible != b.makesPlanPossible { return a.makesPlanPossible }
            if a.makesPlanPossible, let oa = a.plan.objective, let ob = b.plan.objective, oa != ob { return oa < ob }
            let ga = a.gain ?? -.infinity, gb = b.gain ?? -.infinity
            if ga != gb { return ga > gb }
            if a.traineesGained != b.traineesGained { return a.traineesGained > b.traineesGained }
            return a.skill < b.skill
        }
        var reliances: [Reliance] = zip(engaged, plans.dropFirst(skills.count).prefix(engaged.count)).compactMap { engagement, plan in
            guard let plan else { return nil }
            return Reliance(instructor: engagement.instructor, source: engagement.source, courses: engagement.courses,
                            worth: difference(base, plan).map { -$0 }, essential: plan.status == .infeasible,
                            exact: base.status == .optimal && plan.status == .optimal)
        }
        func rank(_ r: Reliance) -> Double { r.essential ? .infinity : r.worth ?? -.infinity }
        reliances.sort { (rank($0), $1.instructor) > (rank($1), $0.instructor) }
        return Advice(base: base, candidates: candidates, reliances: reliances,
                      courseSkills: Dictionary(scenario.courses.map { ($0.id, $0.skill) }, uniquingKeysWith: { a, _ in a }),
                      notTried: zip(sweep.labels, plans).compactMap { label, plan in plan == nil ? label : nil })
    }

    /// Existing instructors who have `skill` below the highest level a course asks: each certified at that level
    /// (none where the certificate alone costs more than the budget: it cannot be paid).
    static func upgrades(_ skills: [String], scenario: Scenario, cost: Double)
        -> [(skill: String, instructor: Instructor, fromLevel: Int, cost: Double)] {
        if let budget = scenario.budget, cost > budget { return [] }
        return skills.flatMap { skill in
            let level = scenario.courses.filter { $0.skill == skill }.map(\.level).max() ?? 1
            return scenario.instructors.compactMap { instructor -> (skill: String, instructor: Instructor, fromLevel: Int, cost: Double)? in
                guard let current = instructor.skills[skill], current < level else { return nil }
                var certified = instructor
                certified.skills[skill] = level
                return (skill, certified, current, cost)
            }
        }
    }

    /// Base objective minus the variant's; `nil` when either has no plan.
    static func difference(_ base: Plan, _ variant: Plan) -> Double? {
        guard let before = base.objective, let after = variant.objective else { return nil }
        return before - after
    }

    /// The skills of the courses a plan leaves out, in course order, each once; then the skills of
    /// demand it leaves unserved that some course teaches (an instructor there is worth the demand
    /// they let the plan serve, which re-solving counts since the objective includes it).
    public static func limitingSkills(_ scenario: Scenario, plan: Plan) -> [String] {
        let left = Set(plan.courses.filter { !$0.scheduled }.map(\.id))
        var seen: Set<String> = []
        let courseSkills = scenario.courses.filter { left.contains($0.id) }.map(\.skill).filter { seen.insert($0).inserted }
        let unserved = Set((plan.demand ?? []).filter { $0.unserved > 0 }.map(\.id))
        let taught = Set(scenario.courses.map(\.skill))
        let demandSkills = scenario.demand.filter { unserved.contains($0.id) && taught.contains($0.skill) }.map(\.skill)
            .filter { seen.insert($0).inserted }
        return courseSkills + demandSkills
    }

    /// A freelancer to be contracted: the skill at the highest level asked, typical fee and engagement.
    static func newInstructor(_ skill: String, scenario: Scenario, settings: Settings) -> Instructor {
        let level = scenario.courses.filter { $0.skill == skill }.map(\.level).max() ?? 1
        let outside = scenario.instructors.filter { $0.source != .internal }
        let withSkill = outside.filter { $0.skills[skill] != nil }
        let fee = settings.feePerSlot
            ?? median(withSkill.map(\.feePerSlot)) ?? median(outside.map(\.feePerSlot))
            ?? median(scenario.instructors.map(\.feePerSlot)) ?? 0
        // As the README says: the median engagement of the outside instructors who have the skill
        // (a partner's instructor engaged for nothing counts, as a free fee does), and of all outside
        // instructors only when none has it.
        let engagement = settings.engagementCost
            ?? median(withSkill.map(\.engagementCost)) ?? median(outside.map(\.engagementCost)) ?? 0
        var id = "NEW-" + skill.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        while scenario.instructors.contains(where: { $0.id == id }) { id += "+" }
        return Instructor(id: id, name: "new \(skill) instructor (to be sourced)", source: .candidate,
                          skills: [skill: level], feePerSlot: fee, engagementCost: engagement)
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

extension SourcingAdvisor.Advice {
    /// Why courses of `skill` are still left out in `plan`, the plan with the option's instructor
    /// (the base plan's reasons would blame the missing instructor the option adds).
    func limits(of skill: String, in plan: Plan) -> (reasons: [UnscheduledReason], courses: [String])? {
        let held = plan.courses.filter { !$0.scheduled && courseSkills[$0.id] == skill }
            .flatMap { course in (course.reasonDetails ?? []).map { ($0, course.id) } }
        return held.isEmpty ? nil : (held.map(\.0), held.map(\.1))
    }

    /// The advice as the record `sourcing --json` writes and the report reads.
    public var record: SourcingRecord {
        SourcingRecord(
            scenario: base.scenario, status: base.status.rawValue, objective: base.objective,
            candidates: candidates.map { c in
                var fromLevel: Int?, upgradeCost: Double?
                if case let .upgrade(level, cost) = c.kind { fromLevel = level; upgradeCost = cost }
                let limited = limits(of: c.skill, in: c.plan)
                return SourcingRecord.Row(
                    kind: fromLevel == nil ? "hire" : "upgrade", skill: c.skill, level: c.instructor.skills[c.skill],
                    instructor: c.instructor.id, fromLevel: fromLevel, upgradeCost: upgradeCost,
                    feePerSlot: c.instructor.feePerSlot, engagementCost: c.instructor.engagementCost,
                    status: c.plan.status.rawValue, objective: c.plan.objective, gain: c.gain, exact: c.exact,
                    coursesGained: c.coursesGained, coursesLost: c.coursesLost, traineesGained: c.traineesGained,
                    breakEvenFeePerSlot: c.breakEven?.feePerSlot, breakEvenNotBetterAt: c.breakEven?.notBetterAt, breakEvenExact: c.breakEven?.exact, job: c.job,
                    limitedBy: limited?.reasons, limitedCourses: limited?.courses, makesPlanPossible: c.makesPlanPossible ? true : nil)
            },
            reliances: reliances.map {
                .init(instructor: $0.instructor, source: $0.source.rawValue, courses: $0.courses, worth: $0.worth,
                      essential: $0.essential, exact: $0.exact)
            },
            recommendation: recommendation?.skill, notTried: notTried.isEmpty ? nil : notTried)
    }
}
