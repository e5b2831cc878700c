import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// Every shipped fixture solves to the status and objective worked out by hand
/// in its header comment, and the verifier accepts the plan.
@Suite struct FixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures")

    struct Expectation: Sendable, CustomStringConvertible {
        var path: String
        var status: Plan.Status
        /// Hand-computed optimum, where the fixture states one.
        var objective: Double?
        var description: String { path }
    }

    static let expectations: [Expectation] = [
        .init(path: "rules/binding-budget.yaml", status: .optimal, objective: 4_000_000),
        .init(path: "rules/cohort-clash.yaml", status: .optimal, objective: 1_239_200),
        .init(path: "rules/holiday-inside.yaml", status: .optimal, objective: 1_018_800),
        .init(path: "rules/load-limit.yaml", status: .optimal, objective: 1_950_000),
        .init(path: "rules/one-workshop.yaml", status: .optimal, objective: 4_000_000),
        .init(path: "rules/infeasible-mandatory.yaml", status: .infeasible, objective: nil),
        .init(path: "rules/budget-below-mandatory.yaml", status: .infeasible, objective: nil),
        .init(path: "rules/mandatory-clash.yaml", status: .infeasible, objective: nil),
    ]

    @Test(arguments: expectations)
    func fixtureSolvesAsWorkedOut(_ expected: Expectation) throws {
        let loaded = try ScenarioLoader.load(path: Self.root.appendingPathComponent(expected.path).path)
        let (plan, _) = try TrainingPlanner.solve(loaded.scenario, options: MIPOptions(timeLimit: .seconds(60)))
        #expect(plan.status == expected.status)
        if let objective = expected.objective {
            #expect(plan.objective == objective)
            #expect(plan.bound == objective)
        }
        let report = PlanVerifier.verify(plan, against: loaded.scenario)
        #expect(report.isValid, "\(report.violations)")
        if expected.status == .infeasible {
            #expect(plan.objective == nil && plan.cost == nil && plan.unmetValue == nil)
            #expect(!(plan.infeasibility ?? []).isEmpty)
        }
    }

    /// Fixtures without a hand-computed optimum: optimal and verified, the same optimum
    /// twice, and on one thread (GLPK alone) the same plan twice. With the neighbourhood
    /// search beside GLPK, which of several equally cheap plans comes first depends on
    /// how the two threads interleave.
    @Test(arguments: ["example.yaml", "pekalongan-2023", "city-scale.yaml"])
    func largerFixtureIsOptimalAndRepeatable(_ path: String) throws {
        let url = Self.root.appendingPathComponent(path)
        try #require(FileManager.default.fileExists(atPath: url.path), "missing fixture \(path)")
        let loaded = try ScenarioLoader.load(path: url.path)
        let options = MIPOptions(timeLimit: .seconds(120))
        let (plan, _) = try TrainingPlanner.solve(loaded.scenario, options: options)
        #expect(plan.status == .optimal)
        #expect(PlanVerifier.verify(plan, against: loaded.scenario).isValid)
        let oneThread = TrainingPlanner.Strategy(search: .whole)
        let (first, _) = try TrainingPlanner.solve(loaded.scenario, options: options, strategy: oneThread)
        let (second, _) = try TrainingPlanner.solve(loaded.scenario, options: options, strategy: oneThread)
        #expect(first.status == .optimal && first.objective == plan.objective)
        var a = first, b = second
        a.solver = nil
        b.solver = nil
        #expect(try PlanFile.encode(a) == PlanFile.encode(b))
    }

    /// A stop request at once, or a time limit far too short, still returns the best
    /// plan found (at least the greedy one), verified, with an honest status and gap.
    @Test(arguments: [Duration.milliseconds(1), .seconds(60)])
    func stoppedSearchKeepsItsBestPlan(limit: Duration) throws {
        let loaded = try ScenarioLoader.load(path: Self.root.appendingPathComponent("city-scale.yaml").path)
        let stopAtOnce = limit > .seconds(1)
        let (plan, statistics) = try TrainingPlanner.solve(loaded.scenario, options: MIPOptions(timeLimit: limit),
                                                           shouldStop: stopAtOnce ? { true } : nil)
        #expect(plan.status == .feasible || plan.status == .optimal)
        #expect(PlanVerifier.verify(plan, against: loaded.scenario).isValid)
        let objective = try #require(plan.objective)
        let greedy = try #require(statistics.greedyObjective, "the greedy planner found no plan")
        #expect(objective <= greedy)
        if plan.status == .feasible {
            #expect(plan.bound.map { $0 <= objective } ?? true)
            #expect(plan.solver?.stopReason == (stopAtOnce ? "cancelled" : "timeLimit"))
        }
    }
}
