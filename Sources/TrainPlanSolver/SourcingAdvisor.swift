import GLPK
import TrainPlanCore

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
        /// Engagement cost of the new instructor; `nil`: typical of outside instructors.
        public var engagementCost: Double?
        public var options: MIPOptions
        public var strategy: TrainingPlanner.Strategy
        /// Solves run at once (each on its own thread), within `threads`.
        public var jobs: Int
        /// The seats all these solves and their helper threads share (see ``ThreadBudget``).
        public var threads: ThreadBudget

        public init(skills: [String]? = nil, feePerSlot: Double? = nil, engagementCost: Double? = nil,
                    options: MIPOptions = MIPOptions(), strategy: TrainingPlanner.Strategy = .init(),
                    jobs: Int = ParallelJobs.cores, threads: ThreadBudget = .shared) {
            self.skills = skills
            self.feePerSlot = feePerSlot
            self.engagementCost = engagementCost
            self.options = options
            self.strategy = strategy
            self.jobs = jobs
            self.threads = threads
        }
    }

    /// One more instructor with `skill`, and what the plan becomes with them.
    public struct Candidate: Sendable {
        public var skill: String
        /// The instructor assumed: the skill at the highest level any course asks, free over the whole horizon.
        public var instructor: Instructor
        public var plan: Plan
        /// Base objective minus the new objective: what this instructor saves (positive is better).
        public var gain: Double?
        public var coursesGained: [String]
        public var coursesLost: [String]
        public var traineesGained: Int
        /// Both plans proven optimal: the gain is exact.
        public var exact: Bool
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
        /// The top candidate when it gains anything.
        public var recommendation: Candidate? { candidates.first.flatMap { ($0.gain ?? 0) > 0 ? $0 : nil } }
    }

    public static func advise(_ scenario: Scenario, settings: Settings = Settings()) throws(PlannerError) -> Advice {
        let (base, _) = try TrainingPlanner.solve(scenario, options: settings.options, strategy: settings.strategy,
                                                  threads: settings.threads)
        let sweep = Sweep(scenario, base: base, settings: settings)
        let plans = try solve(sweep, indices: Array(sweep.scenarios.indices), settings: settings)
        return assemble(scenario, base: base, sweep: sweep, plans: plans)
    }

    /// Every what-if scenario the advice re-solves: one per skill, then one per engaged outside instructor.
    public struct Sweep: Sendable {
        public var skills: [String]
        public var newcomers: [Instructor]
        public var engaged: [Engagement]
        public var scenarios: [Scenario]

        /// What `base` (the scenario's best plan) leads to try; the same on every machine given the same base.
        public init(_ scenario: Scenario, base: Plan, settings: Settings) {
            skills = settings.skills.map { $0.map(Tag.normalize) } ?? SourcingAdvisor.limitingSkills(scenario, plan: base)
            engaged = (base.engage ?? []).filter { $0.source != .internal }
            newcomers = skills.map { SourcingAdvisor.newInstructor($0, scenario: scenario, settings: settings) }
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
        }

        /// "skill sewing", "without LPKS-RUDI": one name per scenario.
        public var labels: [String] {
            skills.map { "skill \($0)" } + engaged.map { "without \($0.instructor)" }
        }
    }

    /// Solves the sweep's scenarios at `indices` (a shard's share), in that order.
    public static func solve(_ sweep: Sweep, indices: [Int], settings: Settings) throws(PlannerError) -> [Plan] {
        let scenarios = sweep.scenarios
        let solved = ParallelJobs.map(indices.count, jobs: settings.jobs, budget: settings.threads) { [scenarios, settings] k in
            Result { () throws(PlannerError) in
                try TrainingPlanner.solve(scenarios[indices[k]], options: settings.options, strategy: settings.strategy,
                                          threads: settings.threads).plan
            }
        }
        var plans: [Plan] = []
        for result in solved {
            switch result {
            case let .success(plan): plans.append(plan)
            case let .failure(error): throw error
            }
        }
        return plans
    }

    /// The advice from the base plan and the sweep's plans (by index; a nil plan, from a
    /// shard that did not run, leaves its candidate or reliance out).
    public static func assemble(_ scenario: Scenario, base: Plan, sweep: Sweep, plans: [Plan?]) -> Advice {
        let skills = sweep.skills
        let scheduled = Set(base.scheduledCourses.map(\.id))
        let participants = Dictionary(scenario.courses.map { ($0.id, $0.participants) }, uniquingKeysWith: { a, _ in a })
        var candidates: [Candidate] = skills.indices.compactMap { k in
            guard let plan = plans[k] else { return nil }
            let now = Set(plan.scheduledCourses.map(\.id))
            let gained = now.subtracting(scheduled).sorted(), lost = scheduled.subtracting(now).sorted()
            let trainees = gained.reduce(0) { $0 + (participants[$1] ?? 0) } - lost.reduce(0) { $0 + (participants[$1] ?? 0) }
            return Candidate(skill: skills[k], instructor: sweep.newcomers[k], plan: plan, gain: difference(base, plan),
                             coursesGained: gained, coursesLost: lost,
                             traineesGained: trainees, exact: base.status == .optimal && plan.status == .optimal)
        }
        candidates.sort { a, b in
            let ga = a.gain ?? -.infinity, gb = b.gain ?? -.infinity
            if ga != gb { return ga > gb }
            if a.traineesGained != b.traineesGained { return a.traineesGained > b.traineesGained }
            return a.skill < b.skill
        }
        var reliances: [Reliance] = zip(sweep.engaged, plans.dropFirst(skills.count)).compactMap { engagement, plan in
            guard let plan else { return nil }
            return Reliance(instructor: engagement.instructor, source: engagement.source, courses: engagement.courses,
                            worth: difference(base, plan).map { -$0 }, essential: plan.status == .infeasible,
                            exact: base.status == .optimal && plan.status == .optimal)
        }
        func rank(_ r: Reliance) -> Double { r.essential ? .infinity : r.worth ?? -.infinity }
        reliances.sort { (rank($0), $1.instructor) > (rank($1), $0.instructor) }
        return Advice(base: base, candidates: candidates, reliances: reliances)
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
        let engagement = settings.engagementCost ?? median(outside.map(\.engagementCost).filter { $0 > 0 }) ?? 0
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
