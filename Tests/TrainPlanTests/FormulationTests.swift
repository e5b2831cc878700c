import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The model's rows beyond the plain rules (limits times e[i], instructor cliques
/// ≤ e[i], fit rows) and its choice columns must never cut off a valid plan: every
/// plan the brute-force enumerator finds valid, written as a vector of the model,
/// satisfies every row, at the objective the verifier gives it.
@Suite struct FormulationTests {
    @Test func everyValidPlanIsAPointOfTheModelAtItsObjective() throws {
        var plansChecked = 0, engagedScenarios = 0
        for seed in UInt64(1)...300 {
            let scenario = TinyScenarios.make(seed: seed)
            if scenario.instructors.contains(where: { $0.engagementCost > 0 }) { engagedScenarios += 1 }
            Self.checkEveryValidPlan(scenario, seed: seed, limit: 5000) { _, _ in plansChecked += 1 }
        }
        #expect(plansChecked >= 1000, "only \(plansChecked) plans checked")
        #expect(engagedScenarios >= 20, "only \(engagedScenarios) scenarios engage instructors at a cost")
    }

    /// With demand the vector of a plan carries its best served counts: offered to GLPK as a
    /// start it is worth what the plan is worth (the brute force's own enumeration of served
    /// counts), not that plan with every demand entry unmet.
    @Test func aPlanWithDemandIsAPointAtItsBestObjective() throws {
        var plansChecked = 0, servingPlans = 0
        for seed in UInt64(1)...200 {
            let scenario = TinyDemandScenarios.make(seed: seed)
            let unserved = scenario.demand.reduce(0.0) { $0 + Double($1.people) * $1.valuePerPerson }
            Self.checkEveryValidPlan(scenario, seed: seed, limit: 3000) { plan, objective in
                plansChecked += 1
                let verified = PlanVerifier.verify(plan, against: scenario).evaluation?.objective ?? objective
                if objective < verified - 1e-6 * max(1, unserved) { servingPlans += 1 }
            }
        }
        #expect(plansChecked >= 500, "only \(plansChecked) plans checked")
        #expect(servingPlans >= 100, "only \(servingPlans) plans serve any demand")
    }

    /// Every plan the brute force finds valid, as a vector of the model (``Formulation/values(for:)``),
    /// breaks no row and has the brute force's objective; `checked` is called for each.
    static func checkEveryValidPlan(_ scenario: Scenario, seed: UInt64, limit: Int, checked: (Plan, Double) -> Void) {
        let candidates = Candidates(scenario: scenario)
        let formulation = Formulation(candidates: candidates)
        let model = formulation.model
        _ = BruteForceOracle.forEachValidPlan(scenario, limit: limit) { plan, objective in
            guard let assignments = Self.assignments(plan, candidates),
                  let values = formulation.values(for: assignments) else {
                Issue.record("seed \(seed): a valid plan is not among the candidates")
                return
            }
            let broken = model.violatedRows(values)
            // Batch k+1 without batch k: the same plan as its batches renumbered, left out on purpose.
            if !broken.isEmpty, broken.allSatisfy({ $0.hasPrefix("batch[") }) { return }
            #expect(broken.isEmpty, "seed \(seed): a valid plan breaks \(broken.prefix(3))")
            #expect(abs(model.objectiveValue(values) - objective) <= 1e-6 * max(1, abs(objective)),
                    "seed \(seed): model objective \(model.objectiveValue(values)) for a plan worth \(objective)")
            checked(plan, objective)
        }
    }

    /// The choice columns are sums of other columns: they guide branching and leave
    /// the LP relaxation's value as it was.
    @Test func choiceColumnsChangeNoRelaxationValue() throws {
        let scenario = TinyScenarios.make(seed: 7)
        let candidates = Candidates(scenario: scenario)
        let with = try GLPKSolver.relaxationBound(Formulation(candidates: candidates).model, timeLimit: .seconds(10))
        let without = try GLPKSolver.relaxationBound(Formulation(candidates: candidates, costChoices: false).model,
                                                     timeLimit: .seconds(10))
        let a = try #require(with), b = try #require(without)
        #expect(abs(a - b) <= 1e-6 * max(1, abs(a)))
    }

    /// The planned course as (instructor, venue, pattern) among the candidates.
    static func assignments(_ plan: Plan, _ candidates: Candidates) -> [Assignment?]? {
        let scenario = candidates.scenario
        var result: [Assignment?] = []
        for (c, planned) in plan.courses.enumerated() {
            guard planned.scheduled else { result.append(nil); continue }
            guard let i = scenario.instructors.firstIndex(where: { $0.id == planned.instructor }),
                  let v = scenario.venues.firstIndex(where: { $0.id == planned.venue }),
                  let sessions = planned.sessions, let slot = sessions.first?.slots.first,
                  let pattern = candidates.courses[c].patterns.first(where: {
                      $0.startSlot == slot && $0.dates == sessions.map(\.date)
                  }) else { return nil }
            result.append(Assignment(instructor: i, venue: v, pattern: pattern))
        }
        return result
    }
}
