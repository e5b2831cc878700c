import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// `solve --then`: the lexicographic solve against exhaustive enumeration. Among the valid
/// plans at the brute-force optimum, the best value of the second criterion must be the
/// solver's, and the solver's plan must itself be optimal.
@Suite struct SecondObjectiveTests {
    /// Two courses worth IDR 100 billion each: more trainees (B, 12) would cost 70 rupiah more
    /// than A (insurance), within GLPK's relative row tolerance; the tie-break keeps the optimum
    /// (a black-box tester's case: it returned B, still called optimal, with B's objective as bound).
    @Test func aTieBreakNeverCostsACent() throws {
        let yaml = """
            name: tolerance
            calendar: {start: 2023-01-02, weeks: 1, slots: ["08:00-12:00"]}
            socialSecurity: {premiumPerParticipantMonth: 10}
            courses:
              - {id: A, skill: x, sessions: 5, participants: 5, value: 100000000000}
              - {id: B, skill: x, sessions: 5, participants: 12, value: 100000000000}
            instructors: [{id: I1, skills: {x: 1}}]
            venues: [{id: V1, capacity: 12}]
            """
        let scenario = try ScenarioLoader.load(text: yaml).scenario
        let (plan, _, _) = try LexicographicPlanner.solve(scenario, then: .moreTrainees, options: MIPOptions(timeLimit: .seconds(20)))
        #expect(plan.objective == 100_000_000_050, "\(plan.objective ?? -1)")
        #expect(plan.bound == 100_000_000_050)
    }

    /// P and Q tie exactly (A is internal and free); R trains more but costs one rupiah, within
    /// 1e-9 of the objective (2 billion unmet by BIG): more trainees is Q, found by hand (a
    /// black-box tester's case: R was let into the second run, refused to the cent, and P kept).
    @Test func anExactTieIsChosenBesideAPlanARupiahDearer() throws {
        let yaml = """
            name: tolerance3
            calendar: {start: 2024-01-01, weeks: 1, slots: [S1]}
            courses:
              - {id: P, skill: s, sessions: 5, participants: 5, value: 1000}
              - {id: Q, skill: s, sessions: 5, participants: 10, value: 1000}
              - {id: R, skill: r, sessions: 5, participants: 20, value: 1000}
              - {id: BIG, skill: nobody, sessions: 1, participants: 5, value: 2000000000}
            instructors:
              - {id: A, skills: {s: 1}}
              - {id: B, skills: {r: 1}, feePerSlot: 0.2}
            venues:
              - {id: V, capacity: 20}
            """
        let scenario = try ScenarioLoader.load(text: yaml).scenario
        let (plan, _, outcome) = try LexicographicPlanner.solve(scenario, then: .moreTrainees, options: MIPOptions(timeLimit: .seconds(20)))
        #expect(plan.objective == 2_000_002_000, "\(plan.objective ?? -1)")
        #expect(plan.courses.filter(\.scheduled).map(\.id) == ["Q"], "\(plan.courses.filter(\.scheduled).map(\.id))")
        #expect(outcome?.after == 10 && outcome?.note == nil, "\(String(describing: outcome))")
    }

    /// The tiny scenarios of the oracle tests, as generated and with their ties made many
    /// (see ``TiedScenarios``): 300 in all.
    static let cases: [(name: String, scenario: Scenario)] = (1...100).flatMap { seed -> [(name: String, scenario: Scenario)] in
        [("tiny-\(seed)", TinyScenarios.make(seed: UInt64(seed))), ("tied-\(seed)", TiedScenarios.make(seed: UInt64(seed))),
         ("free-\(seed)", TiedScenarios.make(seed: UInt64(seed), free: true))]
    }

    /// Per enumerable case: the optimum, and the best and worst criterion among the plans at it.
    struct TieRange {
        var optimum: Double
        var best: Double
        var worst: Double
    }

    static func tieRange(_ scenario: Scenario, criterion: SecondObjective) -> TieRange?? {
        guard let range = BruteForceOracle.measureAmongOptima(scenario, { criterion.measure($0, in: scenario) }) else { return nil }
        return .some(range.map {
            TieRange(optimum: $0.optimum, best: criterion.prefersLower ? $0.lowest : $0.highest,
                     worst: criterion.prefersLower ? $0.highest : $0.lowest)
        })
    }

    @Test(arguments: cases.indices, SecondObjective.allCases)
    func secondCriterionMatchesBruteForce(index: Int, criterion: SecondObjective) throws {
        let (name, scenario) = Self.cases[index]
        guard let range = Self.tieRange(scenario, criterion: criterion) else { return }   // too many plans
        let (plan, _, outcome) = try LexicographicPlanner.solve(scenario, then: criterion,
                                                                options: MIPOptions(timeLimit: .seconds(30)))
        guard let range else {
            #expect(plan.status == .infeasible, "\(name): no valid plan, solver says \(plan.status)")
            return
        }
        #expect(plan.status == .optimal, "\(name): \(plan.status)")
        #expect(PlanVerifier.verify(plan, against: scenario).isValid, "\(name)")
        let objective = try #require(plan.objective)
        #expect(abs(objective - range.optimum) <= 1e-6 * max(1, range.optimum), "\(name): objective \(objective), optimum \(range.optimum)")
        let value = criterion.measure(plan, in: scenario)
        #expect(abs(value - range.best) <= 1e-6 * max(1, abs(range.best)),
                "\(name) \(criterion.rawValue): solver \(value), best among optimal plans \(range.best) (worst \(range.worst))")
        #expect(outcome?.after == value, "\(name): the outcome states what the plan has")
    }

    /// `--gap` is the first objective's: with a gap of 0.4, a first plan that is the optimum still
    /// gets the best balance among the optimal plans (the second run stopped at 40 % where 33 % was
    /// possible, a black-box tester's case), checked against enumeration on the tied scenarios.
    @Test(arguments: cases.indices.filter { cases[$0].name.hasPrefix("tied") })
    func aGapForTheFirstObjectiveLeavesTheSecondToItsBest(index: Int) throws {
        let (name, scenario) = Self.cases[index]
        guard let outer = Self.tieRange(scenario, criterion: .balanceLoad), let range = outer else { return }
        let (plan, _, _) = try LexicographicPlanner.solve(scenario, then: .balanceLoad,
                                                          options: MIPOptions(timeLimit: .seconds(30), relativeGap: 0.4))
        guard let objective = plan.objective, abs(objective - range.optimum) <= 1e-6 * max(1, range.optimum) else { return }
        let value = SecondObjective.balanceLoad.measure(plan, in: scenario)
        #expect(abs(value - range.best) <= 1e-6 * max(1, abs(range.best)), "\(name): \(value), best \(range.best)")
    }

    /// Guards the test above: enough cases have optimal plans that differ by the criterion,
    /// so that choosing among them is really tested (and not just the first optimum found).
    @Test(arguments: SecondObjective.allCases)
    func enoughCasesHaveTiesToBreak(criterion: SecondObjective) {
        var enumerated = 0, broken: [String: Int] = [:]
        for (name, scenario) in Self.cases {
            guard let range = Self.tieRange(scenario, criterion: criterion) else { continue }
            enumerated += 1
            if let range, range.best != range.worst { broken[String(name.prefix { $0 != "-" }), default: 0] += 1 }
        }
        let total = broken.values.reduce(0, +)
        #expect(enumerated >= 200, "only \(enumerated) cases could be enumerated")
        #expect(total >= 60, "only \(total) of \(enumerated) cases have optimal plans the criterion tells apart: \(broken)")
        // Not only the free scenarios, where leaving everything out is optimal too (measured: more-trainees
        // breaks ties in 62 free, 3 tiny and 3 tied cases; balance-load in 61 free, 3 tiny and 25 tied).
        #expect(total - broken["free", default: 0] >= 5, "ties broken per kind: \(broken)")
    }
}
