import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The solver against exhaustive enumeration on many generated tiny scenarios.
@Suite struct OracleTests {
    static let seeds: [UInt64] = Array(1...300)

    /// With and without the star cliques (which change the model, so both are checked).
    static let strategies: [TrainingPlanner.Strategy] = [.init(starCliques: true), .init(starCliques: false)]

    @Test(arguments: seeds, strategies.indices)
    func solverMatchesBruteForce(seed: UInt64, strategy: Int) throws {
        let scenario = TinyScenarios.make(seed: seed)
        guard let oracle = BruteForceOracle.optimum(scenario) else { return }  // too many plans to enumerate
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)),
                                                  strategy: Self.strategies[strategy])
        if let best = oracle.objective {
            #expect(plan.status == .optimal, "seed \(seed): solver says \(plan.status), a plan exists")
            let objective = try #require(plan.objective)
            #expect(abs(objective - best) <= 1e-6 * max(1, best),
                    "seed \(seed): solver \(objective), brute force \(best) over \(oracle.plansChecked) plans")
            #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        } else {
            #expect(plan.status == .infeasible, "seed \(seed): no valid plan among \(oracle.plansChecked), solver says \(plan.status)")
        }
    }

    /// The neighbourhood search alone (used for province and national scenarios) on the
    /// same scenarios: a tiny scenario fits in one slice, so it must reach the brute-force
    /// optimum, within the 0.01 % gap its slices are solved to, and never below it.
    @Test(arguments: seeds)
    func neighbourhoodSearchMatchesBruteForce(seed: UInt64) throws {
        let scenario = TinyScenarios.make(seed: seed)
        guard let oracle = BruteForceOracle.optimum(scenario) else { return }
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)),
                                                  strategy: .init(search: .neighbourhoods))
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        guard let best = oracle.objective else {
            #expect(plan.status == .infeasible, "seed \(seed): no valid plan among \(oracle.plansChecked), solver says \(plan.status)")
            return
        }
        try Self.expectNeighbourhoodPlan(plan, optimum: best, seed: seed)
    }

    /// A neighbourhood search's plan: within the slices' 0.01 % gap of the brute-force optimum and
    /// never below it, and its bound (the root's cuts on the whole model, or the separable one)
    /// never above it.
    static func expectNeighbourhoodPlan(_ plan: Plan, optimum best: Double, seed: UInt64) throws {
        let objective = try #require(plan.objective)
        #expect(objective >= best - 1e-6 * max(1, best) && objective <= best + 1e-4 * abs(best) + 1e-6,
                "seed \(seed): neighbourhood search \(objective), brute force \(best)")
        #expect((plan.bound ?? -.infinity) <= best + 1e-6 * max(1, abs(best)),
                "seed \(seed): bound \(plan.bound ?? .nan) above the optimum \(best)")
    }

    /// Guards the oracle itself: enough generated cases are small enough to enumerate,
    /// and they include infeasible ones, dropped courses and fully scheduled ones.
    /// The same scenarios with every amount divided by 10,000 (fees of 1 to 5, premiums of 0.1 and
    /// 0.25: money kept in millions, or cents): a bound within a cent of the plan proves it optimal
    /// (``LinearModel/objectiveStep``), which must never prove a plan that brute force beats.
    @Test(arguments: Array(seeds.prefix(120)))
    func amountsOfCentsMatchBruteForce(seed: UInt64) throws {
        var scenario = TinyScenarios.make(seed: seed)
        let scale = 1e-4
        scenario.budget = scenario.budget.map { $0 * scale }
        scenario.premiumPerParticipantMonth *= scale
        for c in scenario.courses.indices { scenario.courses[c].value *= scale }
        for i in scenario.instructors.indices {
            scenario.instructors[i].feePerSlot *= scale
            scenario.instructors[i].engagementCost *= scale
        }
        for v in scenario.venues.indices { scenario.venues[v].costPerSlot *= scale }
        guard let oracle = BruteForceOracle.optimum(scenario) else { return }
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        guard let best = oracle.objective else {
            #expect(plan.status == .infeasible || plan.status == .unknown, "seed \(seed): solver says \(plan.status)")
            return
        }
        #expect(plan.status == .optimal, "seed \(seed): solver says \(plan.status), a plan exists")
        let objective = try #require(plan.objective)
        #expect(abs(objective - best) <= 1e-6 * max(1, best), "seed \(seed): solver \(objective), brute force \(best)")
    }

    /// Where GLPK's bound sat a cent below the optimum for 15 s: proven at once, at the optimum
    /// HiGHS proves on the exported model (the fixture's header).
    @Test func aBoundWithinACentProvesTheOptimum() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/rules/amounts-in-cents.yaml").path
        let scenario = try ScenarioLoader.load(path: path).scenario
        var options = MIPOptions(timeLimit: .seconds(5))
        options.relativeGap = 0
        let (plan, _) = try TrainingPlanner.solve(scenario, options: options, strategy: .init(search: .whole))
        #expect(plan.status == .optimal && plan.objective.map { abs($0 - 0.79) < 1e-9 } == true, "\(plan.status) \(plan.objective ?? .nan)")
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        // Its bound a cent lower proves nothing (a plan of 0.78 could exist): `optimal` is then
        // refused, its bound within PROBLEM.md's relative 1e-6 being needed (an absolute cent was let through).
        var lower = plan
        lower.bound = 0.78
        lower.gap = 0.01 / 0.79
        #expect(PlanVerifier.verify(lower, against: scenario).violations.map(\.description)
                == ["[plan] status optimal but bound 0.78 differs from the objective 0.79"])
    }

    @Test func generatedCasesAreVaried() throws {
        var enumerated = 0, infeasible = 0
        for seed in Self.seeds {
            let scenario = TinyScenarios.make(seed: seed)
            guard let result = BruteForceOracle.optimum(scenario) else { continue }
            enumerated += 1
            if result.objective == nil { infeasible += 1 }
        }
        #expect(enumerated >= 200, "only \(enumerated) cases could be enumerated")
        #expect(infeasible >= 1)
        #expect(infeasible < enumerated / 2)
    }
}
