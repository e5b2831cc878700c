import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The solver against exhaustive enumeration on tiny scenarios with industry demand
/// (rules 9-10): hire requests and apprenticeships, dates and budgets that bind, batches.
@Suite struct DemandOracleTests {
    static let seeds: [UInt64] = Array(1...400)

    @Test(arguments: seeds)
    func solverMatchesBruteForce(seed: UInt64) throws {
        let scenario = TinyDemandScenarios.make(seed: seed)
        guard let oracle = BruteForceOracle.optimum(scenario) else { return }  // too many plans to enumerate
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        let report = PlanVerifier.verify(plan, against: scenario)
        #expect(report.isValid, "seed \(seed): \(report.violations)")
        guard let best = oracle.objective else {
            #expect(plan.status == .infeasible, "seed \(seed): no valid plan among \(oracle.plansChecked), solver says \(plan.status)")
            return
        }
        #expect(plan.status == .optimal, "seed \(seed): solver says \(plan.status), a plan exists")
        let objective = try #require(plan.objective)
        #expect(abs(objective - best) <= 1e-6 * max(1, best),
                "seed \(seed): solver \(objective), brute force \(best) over \(oracle.plansChecked) plans")
        // The verifier's recomputation (apprenticeship costs, unmet demand value) agrees with the plan.
        #expect(abs((report.evaluation?.objective ?? -1) - objective) <= 0.01)
    }

    /// The neighbourhood search alone: a tiny scenario fits in one slice.
    @Test(arguments: seeds.prefix(150))
    func neighbourhoodSearchMatchesBruteForce(seed: UInt64) throws {
        let scenario = TinyDemandScenarios.make(seed: seed)
        guard let oracle = BruteForceOracle.optimum(scenario) else { return }
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)),
                                                  strategy: .init(search: .neighbourhoods))
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        guard let best = oracle.objective else { return }
        try OracleTests.expectNeighbourhoodPlan(plan, optimum: best, seed: seed)
    }

    /// Guards the cases: at least 300 can be enumerated, and between them they serve hires and
    /// apprentices, leave demand unserved, bind budgets and run batches.
    @Test func generatedCasesAreVaried() throws {
        var enumerated = 0, apprentices = 0, hires = 0, unserved = 0, budgets = 0, batches = 0
        for seed in Self.seeds {
            let scenario = TinyDemandScenarios.make(seed: seed)
            guard let result = BruteForceOracle.optimum(scenario), result.objective != nil else { continue }
            enumerated += 1
            if scenario.courses.contains(where: { $0.batch != nil }) { batches += 1 }
            guard seed <= 120 else { continue }   // solving is only for the mix below
            let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
            for (entry, planned) in zip(scenario.demand, plan.demand ?? []) {
                if planned.servedPeople > 0 { if entry.kind == .hire { hires += 1 } else { apprentices += 1 } }
                if planned.unserved > 0 { unserved += 1 }
            }
            // The budget binds when the plan without it is better.
            if scenario.budget != nil, let objective = plan.objective {
                var free = scenario
                free.budget = nil
                let (unbudgeted, _) = try TrainingPlanner.solve(free, options: MIPOptions(timeLimit: .seconds(30)))
                if let better = unbudgeted.objective, better < objective - 0.01 { budgets += 1 }
            }
        }
        print("demand oracle cases: \(enumerated) enumerated of \(Self.seeds.count); among seeds 1-120 solved: hires served \(hires), "
              + "apprenticeships served \(apprentices), entries left unserved \(unserved), budgets that bind \(budgets); with batches \(batches)")
        #expect(enumerated >= 300, "only \(enumerated) cases could be enumerated")
        #expect(hires >= 5 && apprentices >= 5 && unserved >= 5 && budgets >= 3 && batches >= 5,
                "hires \(hires), apprentices \(apprentices), unserved \(unserved), binding budgets \(budgets), batches \(batches)")
    }

    /// A batch left out because its cost is above its own value (0) names the demand it could still
    /// serve, and asks only for the rest: 3 hires at 100,000 and 2 apprentices at 1 (their cost is
    /// 0) are worth 300,002 against a cost of 350,000, so an own value above 49,998 would do.
    @Test func aCourseLeftOutCountsTheDemandItCouldServe() throws {
        let text = """
            calendar: {start: 2023-01-02, weeks: 2, slots: ["08:00-12:00", "13:00-16:00"]}
            socialSecurity: {premiumPerParticipantMonth: 10000}
            courses:
              - {id: C, skill: weld, sessions: 3, participants: 5, batches: 3}
            instructors:
              - {id: I1, skills: {weld: 2}, feePerSlot: 100000, engagementCost: 50000}
            venues:
              - {id: V1, capacity: 10}
            demand:
              - {id: H, company: Acme, skill: weld, people: 8, valuePerPerson: 100000}
              - {id: A, company: Beta, kind: apprenticeship, skill: weld, people: 8, months: 1, allowancePerMonth: 0, insured: false, valuePerPerson: 1}
            """
        let scenario = try ScenarioLoader.load(text: text, file: "d4.yaml").scenario
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30)))
        #expect(plan.status == .optimal)
        let left = try #require(plan.courses.first { $0.id == "C.2" })
        #expect(!left.scheduled)
        let reason = try #require(left.reasonDetails?.first)
        #expect(reason.kind == .costNotBelowValue)
        #expect(reason.cost == 350_000 && reason.value == 0)
        #expect(reason.demandValue == 300_002, "\(reason)")
        #expect(left.reasons?.first?.contains("a value above IDR 49,998") == true, "\(left.reasons ?? [])")
    }
}
