import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// Re-planning after an instructor drops out: as few courses change as any valid plan
/// allows (brute force), and started courses never move.
@Suite struct ReplanningTests {
    /// Courses that run in one plan and not the other, or run differently: counted here,
    /// independently of the solver's own bookkeeping.
    static func changes(from old: Plan, to new: Plan) -> Int {
        let before = Dictionary(old.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return new.courses.filter { course in
            guard let was = before[course.id] else { return course.scheduled }
            if was.scheduled != course.scheduled { return true }
            guard course.scheduled else { return false }
            return was.instructor != course.instructor || was.venue != course.venue || was.sessions != course.sessions
        }.count
    }

    /// The base plan, and the scenario without the instructor of its first scheduled course.
    static func setUp(seed: UInt64) throws -> (scenario: Scenario, old: Plan, without: Scenario)? {
        let scenario = TinyScenarios.make(seed: seed)
        let (old, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        guard old.status == .optimal, let gone = old.scheduledCourses.first?.instructor else { return nil }
        var without = scenario
        without.instructors.removeAll { $0.id == gone }
        return (scenario, old, without)
    }

    @Test(arguments: Array(UInt64(1)...60))
    func aHighChangePenaltyChangesTheFewestCourses(seed: UInt64) throws {
        guard let (_, old, without) = try Self.setUp(seed: seed) else { return }
        var fewest: Int?
        guard BruteForceOracle.forEachValidPlan(without, { plan, _ in
            let n = Self.changes(from: old, to: plan)
            if fewest.map({ n < $0 }) ?? true { fewest = n }
        }) != nil else { return }  // too many plans to enumerate
        let replanning = Replanning(previous: old, source: "old.json", changePenalty: 1e9)
        let (plan, _) = try TrainingPlanner.solve(without, options: MIPOptions(timeLimit: .seconds(30)), replanning: replanning)
        guard let fewest else {
            #expect(plan.status == .infeasible, "seed \(seed): no valid plan exists")
            return
        }
        #expect(plan.status == .feasible)
        #expect(plan.replanning?.status == .optimal)
        #expect(PlanVerifier.verify(plan, against: without).isValid, "seed \(seed)")
        #expect(Self.changes(from: old, to: plan) == fewest, "seed \(seed): changed \(Self.changes(from: old, to: plan)), fewest possible \(fewest)")
        #expect(plan.replanning?.changed.count == fewest)
        #expect(plan.replanning?.penalties == 1e9 * Double(fewest))
    }

    /// Without a change penalty a re-plan minimises the objective itself: its proof and bound are
    /// the plan's (it said `feasible` with no bound, as if stopped at a time limit), at brute force's optimum.
    @Test(arguments: Array(UInt64(1)...30))
    func withoutAPenaltyAReplanIsProvenOptimal(seed: UInt64) throws {
        guard let (_, old, without) = try Self.setUp(seed: seed), let optimum = BruteForceOracle.optimum(without) else { return }
        let replanning = Replanning(previous: old, source: "old.json", changePenalty: 0)
        let (plan, _) = try TrainingPlanner.solve(without, options: MIPOptions(timeLimit: .seconds(30)), replanning: replanning)
        guard let best = optimum.objective else {
            #expect(plan.status == .infeasible && plan.replanning?.from == "old.json", "seed \(seed)")
            return
        }
        #expect(plan.status == .optimal, "seed \(seed)")
        #expect(abs((plan.objective ?? -1) - best) < 1e-6 && plan.bound == plan.objective, "seed \(seed): \(plan.objective ?? -1) vs \(best)")
    }

    @Test(arguments: Array(UInt64(1)...60))
    func startedCoursesNeverMove(seed: UInt64) throws {
        let scenario = TinyScenarios.make(seed: seed)
        let (old, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        guard old.status == .optimal, let first = old.scheduledCourses.first?.sessions?.first?.date else { return }
        // An instructor who teaches no started course drops out.
        let started = old.scheduledCourses.filter { ($0.sessions ?? []).contains { $0.date <= first } }
        let busy = Set(started.compactMap(\.instructor))
        var without = scenario
        guard let gone = scenario.instructors.first(where: { !busy.contains($0.id) })?.id else { return }
        without.instructors.removeAll { $0.id == gone }
        let replanning = Replanning(previous: old, source: "old.json", frozenUntil: first, changePenalty: 1000)
        let (plan, _) = try TrainingPlanner.solve(without, options: MIPOptions(timeLimit: .seconds(30)), replanning: replanning)
        guard plan.status != .infeasible else { return }  // the rest cannot be planned around them: nothing to check
        #expect(PlanVerifier.verify(plan, against: without).isValid)
        let now = Dictionary(plan.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for course in started {
            let kept = try #require(now[course.id])
            #expect(kept.scheduled && kept.instructor == course.instructor && kept.venue == course.venue
                    && kept.sessions == course.sessions, "seed \(seed): started course \(course.id) moved")
        }
        #expect(Set(plan.replanning?.frozen ?? []) == Set(started.map(\.id)))
    }

    /// Guards the test above: enough seeds lose a busy instructor and stay small enough to enumerate,
    /// and in some of them courses really have to change.
    @Test func enoughCasesAreChecked() throws {
        var checked = 0, withChanges = 0
        for seed in UInt64(1)...60 {
            guard let (_, old, without) = try Self.setUp(seed: seed) else { continue }
            var fewest = Int.max
            guard BruteForceOracle.forEachValidPlan(without, { plan, _ in fewest = min(fewest, Self.changes(from: old, to: plan)) }) != nil
            else { continue }
            checked += 1
            if fewest > 0 && fewest < Int.max { withChanges += 1 }
        }
        #expect(checked >= 25, "only \(checked) seeds checked")
        #expect(withChanges >= 10, "only \(withChanges) seeds needed changes")
    }

    @Test func aStartedCourseThatCannotStayIsNamedWithItsReason() throws {
        let scenario = TinyScenarios.make(seed: 3)
        let (old, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        let course = try #require(old.scheduledCourses.first)
        let first = try #require(course.sessions?.first?.date)
        var without = scenario
        without.instructors.removeAll { $0.id == course.instructor }
        let (plan, _) = try TrainingPlanner.solve(without, replanning: Replanning(previous: old, source: "old.json", frozenUntil: first))
        #expect(plan.status == .infeasible)
        // The plan file of a re-plan without a plan still says from which plan and date (it had no `replanning`).
        #expect(plan.replanning?.from == "old.json" && plan.replanning?.frozenUntil == first)
        let reason = try #require(plan.infeasibility?.first)
        #expect(reason.contains("course \(course.id)") && reason.contains("instructor \(course.instructor ?? "")"), "\(reason)")
    }
}
