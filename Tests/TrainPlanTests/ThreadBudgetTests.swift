import Foundation
import GLPK
import Synchronization
import Testing
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// One budget of solver threads: helpers end before their solve returns, and parallel
/// what-if runs never hold more seats than the budget has.
@Suite struct ThreadBudgetTests {
    static func province() throws -> Scenario {
        let generated = ScenarioGenerator.generate(.province, seed: 1)
        return try ScenarioLoader.load(text: generated.yaml, file: "province-1.yaml").scenario
    }

    @Test func seatsAreGivenBackAndHelpersRefusedWhenFull() {
        let budget = ThreadBudget(limit: 2)
        let ran = Atomic<Int>(0)
        budget.occupying {
            #expect(budget.callerIsSeated)
            // Nested: the seated caller keeps its seat.
            budget.occupying { #expect(budget.counters.seated == 1) }
            let first = budget.helper { ran.add(1, ordering: .relaxed) }
            #expect(first != nil)
            first?.join()
            let held = budget.reserve()
            #expect(budget.helper { ran.add(1, ordering: .relaxed) } == nil, "a third thread on a budget of two")
            held?.cancel()
        }
        #expect(!budget.callerIsSeated)
        #expect(ran.load(ordering: .relaxed) == 1)
        let counters = budget.counters
        #expect(counters.seated == 0 && counters.highWater == 2 && counters.liveHelpers == 0 && counters.helpersStarted == 1,
                "\(counters)")
    }

    /// The neighbourhood search with its bound worker and second slices: every helper has
    /// ended when the solve returns, and no more seats were held than the budget has.
    @Test(arguments: [1, 3])
    func noHelperOutlivesItsSolve(limit: Int) throws {
        let scenario = try Self.province()
        let budget = ThreadBudget(limit: limit)
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(3)),
                                                  strategy: .init(search: .neighbourhoods), threads: budget)
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        let counters = budget.counters
        #expect(counters.liveHelpers == 0)
        #expect(counters.seated == 0)
        #expect(counters.highWater <= limit)
        #expect(limit == 1 ? counters.helpersStarted == 0 : counters.helpersStarted >= 1, "\(counters)")
    }

    /// The whole model with a neighbourhood worker beside GLPK: joined before the solve returns.
    @Test func theWorkerBesideGLPKIsJoined() throws {
        let scenario = try ScenarioLoader.load(path: FixtureTests.root.appendingPathComponent("city-scale.yaml").path).scenario
        let budget = ThreadBudget(limit: 2)
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(3)), threads: budget)
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        #expect(budget.counters.liveHelpers == 0)
        #expect(budget.counters.highWater <= 2)
    }

    /// Six what-if solves asked for at once on a budget of two: at most two threads busy,
    /// none left when it returns, and the same plans as one at a time.
    @Test func whatIfWithMoreJobsThanSeatsStaysWithinTheBudget() throws {
        let (base, variants) = try VariantsLoader.load(variants: WhatIfTests.path("whatif/pekalongan-variants.yaml"),
                                                       base: WhatIfTests.path("pekalongan-2023"))
        let budget = ThreadBudget(limit: 2)
        let rows = WhatIfRunner.run(base: base.scenario, variants: variants, options: MIPOptions(timeLimit: .seconds(30)),
                                    jobs: 6, threads: budget)
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.plan?.status == .optimal }, "\(rows.map { ($0.name, $0.plan?.status, $0.errors) })")
        let counters = budget.counters
        #expect(counters.highWater == 2, "\(counters)")
        #expect(counters.liveHelpers == 0)
        #expect(counters.seated == 0)
    }
}
