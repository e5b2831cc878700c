import GLPK
import Testing
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// The families built unlike the others (`long`, `parttime`): what their knobs promise, and a
/// generated scenario of each solves to a plan the verifier accepts.
@Suite struct ContrastingFamilyTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func longScenarioSolvesToAVerifiedPlan(seed: UInt64) throws {
        let scenario = ScenarioGenerator.generate(.long, seed: seed).scenario
        #expect(scenario.courses.allSatisfy { (20...60).contains($0.sessions) || $0.sessions % $0.daysPerWeek == 0 })
        #expect(scenario.courses.allSatisfy { (2...4).contains($0.daysPerWeek) && $0.weekdays.count > $0.daysPerWeek })
        // Each programme's equipment is held by one venue only.
        for tag in Set(scenario.courses.flatMap(\.equipment)) {
            #expect(scenario.venues.filter { $0.equipment.contains(tag) }.count == 1, "\(tag)")
        }
        #expect(scenario.budget != nil)
        try expectVerifiedPlan(scenario)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func parttimeScenarioSolvesToAVerifiedPlan(seed: UInt64) throws {
        let scenario = ScenarioGenerator.generate(.parttime, seed: seed).scenario
        #expect(scenario.calendar.weeks == 14 && scenario.calendar.slotCount == 4)
        #expect(scenario.courses.allSatisfy { $0.sessionLength == 1 && $0.daysPerWeek == 1 })
        try expectVerifiedPlan(scenario)
    }

    @Test(arguments: [ScenarioFamily.long, .parttime])
    func everyCourseHasOptions(_ family: ScenarioFamily) {
        for seed: UInt64 in 1...3 {
            let candidates = Candidates(scenario: ScenarioGenerator.generate(family, seed: seed).scenario)
            let dead = candidates.courses.filter(\.isEmpty).map { candidates.scenario.courses[$0.course].id }
            #expect(dead.isEmpty, "\(family) seed \(seed): \(dead) cannot run")
        }
    }

    func expectVerifiedPlan(_ scenario: Scenario) throws {
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10), relativeGap: 0.05))
        #expect(plan.status == .optimal || plan.status == .feasible, "\(scenario.name): \(plan.status)")
        let mandatory = Set(scenario.courses.filter(\.mandatory).map(\.id))
        #expect(plan.courses.filter { mandatory.contains($0.id) && !$0.scheduled }.isEmpty)
        let report = PlanVerifier.verify(plan, against: scenario)
        #expect(report.isValid, "\(report.violations.prefix(5))")
        #expect(plan.courses.filter(\.scheduled).count >= scenario.courses.count / 3, "\(scenario.name): few courses run")
    }
}
