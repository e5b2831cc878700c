import GLPK
import Testing
import TrainPlanCore
@testable import TrainPlanSolver

/// The whole-model search restarted on the ways that can still beat the incumbent
/// (ReducedCostRestart.swift), forced at every chance, against exhaustive enumeration.
@Suite struct ReducedCostRestartTests {
    static let seeds: [UInt64] = Array(1...300)

    static var restartingAlways: TrainingPlanner.Strategy {
        var strategy = TrainingPlanner.Strategy(search: .whole)
        strategy.restartShare = 1e-9
        strategy.smallestRestartModel = 0
        strategy.restartBeforeClosed = nil
        return strategy
    }

    @Test(arguments: seeds)
    func restartedSearchMatchesBruteForce(seed: UInt64) throws {
        try restartedSearch(seed: seed, cuts: [])
    }

    /// With GLPK's clique cuts and the knapsack covers, whose root rows each restart carries
    /// into the next model (over the columns it keeps).
    @Test(arguments: seeds.prefix(150))
    func restartedSearchWithCarriedCutsMatchesBruteForce(seed: UInt64) throws {
        try restartedSearch(seed: seed, cuts: [.clique, .groupCover])
    }

    private func restartedSearch(seed: UInt64, cuts: CutFamilies) throws {
        let scenario = TinyScenarios.make(seed: seed)
        guard let oracle = BruteForceOracle.optimum(scenario) else { return }
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30), cuts: cuts),
                                                  strategy: Self.restartingAlways)
        guard let best = oracle.objective else {
            #expect(plan.status == .infeasible, "seed \(seed): no valid plan, solver says \(plan.status)")
            return
        }
        #expect(plan.status == .optimal, "seed \(seed): \(plan.status)")
        let objective = try #require(plan.objective)
        #expect(abs(objective - best) <= 1e-6 * max(1, best), "seed \(seed): solver \(objective), brute force \(best)")
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
    }

    /// Leaving out the ways of any set of columns keeps every valid plan that has those columns
    /// at 0, with the same objective and no row broken in the smaller model: what a restart
    /// relies on (the columns a restart leaves out are 0 in every better plan). With and without
    /// industry demand.
    @Test func prunedModelKeepsEveryPlanAvoidingTheColumns() throws {
        var kept = 0
        let scenarios = (UInt64(1)...40).flatMap { [TinyScenarios.make(seed: $0), TinyDemandScenarios.make(seed: $0)] }
        for (seed, scenario) in zip(UInt64(1)..., scenarios) {
            let full = Formulation(candidates: Candidates(scenario: scenario))
            var random = SplitMix(seed: seed)
            let fixed = full.model.columns.indices.filter { _ in random.below(4) == 0 }
            let smaller = Formulation(candidates: full.candidates(without: fixed))
            _ = BruteForceOracle.forEachValidPlan(scenario, limit: 3000) { plan, objective in
                guard let assignments = FormulationTests.assignments(plan, full.candidates),
                      let values = full.values(for: assignments), fixed.allSatisfy({ values[$0] < 0.5 }),
                      full.model.violatedRows(values).isEmpty   // not batch k+1 without batch k (see FormulationTests)
                else { return }
                guard let reduced = smaller.values(for: assignments) else {
                    Issue.record("seed \(seed): a plan avoiding the columns is not in the smaller model")
                    return
                }
                kept += 1
                #expect(smaller.model.violatedRows(reduced).isEmpty, "seed \(seed)")
                #expect(abs(smaller.model.objectiveValue(reduced) - objective) <= 1e-6 * max(1, abs(objective)), "seed \(seed)")
            }
        }
        #expect(kept >= 100, "only \(kept) plans avoided the columns left out")
    }

    /// Guards the test above: some of those scenarios do restart (the first plan is the greedy
    /// one, and the root LP must leave something to branch on).
    @Test func someTinyScenariosRestart() throws {
        var restarted = 0
        for seed in Self.seeds {
            let scenario = TinyScenarios.make(seed: seed)
            guard BruteForceOracle.optimum(scenario) != nil else { continue }
            let (_, statistics) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30), cuts: []),
                                                            strategy: Self.restartingAlways)
            if statistics.restarts > 0 { restarted += 1 }
        }
        #expect(restarted >= 2, "\(restarted) tiny scenarios restarted")
    }

    /// Rows carried into a model over its columns of the same names: a term on a column the model
    /// lacks is dropped, and nothing is carried when a name is not one column.
    @Test func rowsAreCarriedByColumnName() {
        var earlier = LinearModel(name: "earlier")
        let a = earlier.addVariable("a", kind: .binary), b = earlier.addVariable("b", kind: .binary)
        let c = earlier.addVariable("c", kind: .binary)
        earlier.add(1 * a + 2 * b + 3 * c <= 4, name: "cut")
        var later = LinearModel(name: "later")
        later.addVariable("c", kind: .binary)
        later.addVariable("a", kind: .binary)
        #expect(later.addRows(earlier.rows, from: earlier) == 1)
        let row = later.rows[0]
        #expect(row.terms.map(\.column) == [1, 0] && row.terms.map(\.coefficient) == [1, 3])
        #expect(row.upper == 4 && row.lower == nil)
        // A term whose dropping would tighten the row (−1·d in a ≤ row: d may be gone and still 1) keeps
        // the row behind.
        let d = earlier.addVariable("d", kind: .binary)
        earlier.add(1 * a - 1 * d <= 0, name: "tighter without d")
        var fewer = LinearModel(name: "fewer")
        fewer.addVariable("a", kind: .binary)
        #expect(fewer.addRows([earlier.rows[1]], from: earlier) == 0)
        var clash = LinearModel(name: "clash")
        clash.addVariable("a", kind: .binary)
        clash.addVariable("a", kind: .binary)
        #expect(clash.addRows(earlier.rows, from: earlier) == 0 && clash.rows.isEmpty)
    }
}
