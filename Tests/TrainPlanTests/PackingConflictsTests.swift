import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The `fit` rows: sets of courses that must share their only resource and cannot
/// all fit on it. A wrong set would cut off valid plans, so each one found is
/// checked against every valid plan of the brute-force enumerator.
@Suite struct PackingConflictsTests {
    @Test func oneWorkshopFitsTwoOfItsThreeCourses() throws {
        let loaded = try ScenarioLoader.load(path: FixtureTests.root.appendingPathComponent("rules/one-workshop.yaml").path)
        let candidates = Candidates(scenario: loaded.scenario)
        let conflicts = PackingConflicts.find(candidates)
        #expect(conflicts.map(\.resource) == ["Venue[BATIK-WS"])
        #expect(conflicts.map(\.courses) == [[0, 1, 2]])

        // The row makes the LP relaxation's bound the optimum worked out in the fixture (4,000,000);
        // without it the relaxation runs two and a half courses.
        let with = try #require(try GLPKSolver.relaxationBound(Formulation(candidates: candidates).model, timeLimit: .seconds(10)))
        let without = try #require(try GLPKSolver.relaxationBound(Formulation(candidates: candidates, fitRows: false).model,
                                                                  timeLimit: .seconds(10)))
        #expect(abs(with - 4_000_000) < 1e-3)
        #expect(without < 4_000_000 - 1000)
    }

    /// No valid plan runs together all the courses of a set found on the tiny generated
    /// scenarios. (Minimal only with respect to the shared resource: a smaller set may
    /// still never run together for another reason, so that is not checked.)
    @Test func noValidPlanRunsAWholeSet() throws {
        var checked = 0
        for seed in UInt64(1)...1500 {
            let scenario = TinyScenarios.make(seed: seed)
            let conflicts = PackingConflicts.find(Candidates(scenario: scenario))
            guard !conflicts.isEmpty else { continue }
            var scheduledTogether: Set<Set<Int>> = []
            let enumerated = BruteForceOracle.forEachValidPlan(scenario) { plan, _ in
                scheduledTogether.insert(Set(plan.courses.indices.filter { plan.courses[$0].scheduled }))
            }
            guard enumerated != nil else { continue }
            for conflict in conflicts {
                let set = Set(conflict.courses)
                #expect(!scheduledTogether.contains { set.isSubset(of: $0) },
                        "seed \(seed): a valid plan runs all of \(conflict)")
                checked += 1
            }
        }
        // Not a vacuous pass: the tiny scenarios do have such sets.
        #expect(checked >= 20, "only \(checked) sets found on enumerable scenarios")
    }
}
