import GLPK
import Testing
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// The neighbourhood search on a scenario too large for one slice (its tiny-scenario
/// optimum is checked in ``OracleTests``): slices solved side by side on two threads are
/// merged, and fixed courses stay in or leave each slice's model.
@Suite struct NeighbourhoodSearchTests {
    /// A generated province (150 courses, slices of a few dozen): the plan is valid, never
    /// worse than the greedy plan it starts from, and its bound is a bound.
    @Test func provinceSlicesGiveAValidBetterPlan() throws {
        let generated = ScenarioGenerator.generate(.province, seed: 1)
        let scenario = try ScenarioLoader.load(text: generated.yaml, file: "province-1.yaml").scenario
        // Its own budget of three seats (the solve, the bound worker, a second slice), so that
        // slices run side by side whatever other tests hold of the shared budget.
        let (plan, statistics) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(4)),
                                                           strategy: .init(search: .neighbourhoods),
                                                           threads: ThreadBudget(limit: 3))
        let report = PlanVerifier.verify(plan, against: scenario)
        #expect(report.isValid, "\(report.violations.prefix(5))")
        let objective = try #require(plan.objective)
        let greedy = try #require(statistics.greedyObjective)
        #expect(objective < greedy, "no slice improved the greedy plan (\(greedy))")
        #expect(statistics.nodes > 1, "only \(statistics.nodes) slices solved")
        if let bound = plan.bound { #expect(bound <= objective) }
    }
}
