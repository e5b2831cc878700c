import Testing
import TrainPlanCore
@testable import TrainPlanSolver

/// The bound a plan claims when the whole model's LP is not solved in time: never above the
/// brute-force optimum, and raised by a binding budget.
@Suite struct SeparableBoundTests {
    static func bound(_ scenario: Scenario) -> Double {
        TrainingPlanner.separableBound(Candidates(scenario: scenario))
    }

    @Test(arguments: Array(UInt64(1)...300))
    func neverAboveTheOptimum(seed: UInt64) throws {
        for scenario in [TinyScenarios.make(seed: seed), TinyDemandScenarios.make(seed: seed)] {
            guard let best = BruteForceOracle.optimum(scenario)?.objective else { continue }
            let bound = Self.bound(scenario)
            #expect(bound <= best + 1e-6 * max(1, abs(best)), "seed \(seed) (\(scenario.name)): bound \(bound), optimum \(best)")
        }
    }

    /// Guards the test above: the budget term raises the bound on some of those scenarios, so it
    /// is exercised (a bound that ignored the budget would pass it too).
    @Test func aBindingBudgetRaisesItOnSomeTinyScenarios() {
        var raised = 0
        for seed in UInt64(1)...300 {
            for scenario in [TinyScenarios.make(seed: seed), TinyDemandScenarios.make(seed: seed)] where scenario.budget != nil {
                var unlimited = scenario
                unlimited.budget = nil
                if Self.bound(scenario) > Self.bound(unlimited) + 1 { raised += 1 }
            }
        }
        #expect(raised >= 10, "the budget raised the bound on \(raised) scenarios")
    }

    /// The knapsack against every subset of up to 12 items; past its node limit, the
    /// fractional knapsack, never less.
    @Test(arguments: Array(UInt64(1)...200))
    func knapsackIsExactAgainstEverySubset(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let count = Int(random.next() % 12) + 1
        let items = (0..<count).map { _ in
            (saving: Double(random.next() % 1_000) * 1_000, cost: Double(random.next() % 500) * 1_000)
        }
        let room = Double(random.next() % 2_000) * 1_000
        var best = 0.0
        for subset in 0..<(1 << count) {
            let chosen = items.indices.filter { subset & (1 << $0) != 0 }
            guard chosen.reduce(0.0, { $0 + items[$1].cost }) <= room else { continue }
            best = max(best, chosen.reduce(0.0) { $0 + items[$1].saving })
        }
        let exact = TrainingPlanner.mostSaved(by: items, within: room, nodeLimit: 1_000_000)
        #expect(abs(exact - best) <= 1e-6, "seed \(seed): \(exact) against \(best)")
        #expect(TrainingPlanner.mostSaved(by: items, within: room, nodeLimit: 1) >= best - 1e-6)
    }

    /// Worked by hand: three optional courses of 20 sessions at 10,000 a slot (cost 200,000, no
    /// rent, no insurance) worth 1,000,000, 500,000 and 300,000, a budget of 300,000. Only one
    /// course fits: the first, so unmet value 500,000 + 300,000 and cost 200,000 give 1,000,000,
    /// which is the optimum (the fractional knapsack, half the second course run as well, gave
    /// 850,000; without the budget all three run: 600,000).
    @Test func handWorkedKnapsack() throws {
        let start = try #require(CivilDate("2024-01-01"))
        let calendar = PlanningCalendar(start: start, weeks: 10, workdays: [.mon, .tue, .wed, .thu, .fri], slots: ["08-12"],
                                        holidays: [])
        let courses = [("A", 1_000_000.0), ("B", 500_000.0), ("C", 300_000.0)].map { id, value in
            Course(id: id, skill: "x", level: 1, sessions: 20, sessionLength: 1, daysPerWeek: 5,
                   weekdays: [.mon, .tue, .wed, .thu, .fri], earliestStart: calendar.start, latestEnd: calendar.end,
                   participants: 10, equipment: [], cohort: nil, value: value, mandatory: false, socialSecurity: false)
        }
        let teachers = ["T1", "T2", "T3"].map {
            Instructor(id: $0, source: .internal, skills: ["x": 1], feePerSlot: 10_000, engagementCost: 0, maxSlotsPerDay: nil,
                       maxSlotsPerWeek: nil, maxSlots: nil, maxCourses: nil, unavailable: [])
        }
        let rooms = ["R1", "R2", "R3"].map { Venue(id: $0, capacity: 20, equipment: [], costPerSlot: 0, unavailable: []) }
        var scenario = Scenario(name: "knapsack", budget: 300_000, calendar: calendar, premiumPerParticipantMonth: 0,
                                courses: courses, instructors: teachers, venues: rooms)
        #expect(Self.bound(scenario) == 1_000_000)
        scenario.budget = nil
        #expect(Self.bound(scenario) == 600_000)
    }
}
