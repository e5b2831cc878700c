import Foundation
import GLPK
import Testing
@testable import TrainPlanCore
@testable import TrainPlanSolver

/// GLPK's integrality tolerance let a plan one rupiah over a binding budget through; the
/// planner now re-solves below the budget instead of returning it (or failing verification).
@Suite struct BudgetToleranceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/rules/budget-one-rupiah-short.yaml")

    @Test func aCourseOneRupiahOverTheBudgetDoesNotRun() throws {
        let scenario = try ScenarioLoader.load(path: Self.fixture.path).scenario
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        #expect(plan.courses.allSatisfy { !$0.scheduled })
        #expect(plan.objective == 100_000_000_000)   // worked out in the fixture's header
        // With a budget of exactly its cost the course runs, proven optimal.
        var enough = scenario
        enough.budget = 100_000_000
        let (runs, _) = try TrainingPlanner.solve(enough, options: MIPOptions(timeLimit: .seconds(30)))
        #expect(runs.status == .optimal && runs.objective == 100_000_000)
    }

    @Test func onlyBudgetViolationsAreRetried() {
        #expect(TrainingPlanner.budgetOnly([Violation(rule: 8, course: nil, message: "over")]))
        #expect(!TrainingPlanner.budgetOnly([Violation(rule: 8, course: nil, message: "over"), Violation(rule: 5, course: "A", message: "clash")]))
        #expect(!TrainingPlanner.budgetOnly([]))
    }
}
