import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// A cohort is its label after trimming spaces, compared exactly (PROBLEM.md): " A " and
/// "A" are one cohort everywhere (greedy plan, model, verifier, explanation); "a" and "A"
/// are two.
@Suite struct CohortKeyTests {
    static let monday = CivilDate("2023-01-30")!

    /// Two courses that can only meet on Monday slot 1, each with its own instructor and venue:
    /// only their cohorts can keep them apart.
    static func scenario(_ first: String, _ second: String) -> Scenario {
        let calendar = PlanningCalendar(start: monday, weeks: 1, workdays: [.mon], slots: ["08-12"])
        return Scenario(
            name: "cohorts", calendar: calendar,
            courses: [
                Course(id: "C1", skill: "sewing", sessions: 1, weekdays: [.mon], earliestStart: monday, latestEnd: calendar.end,
                       participants: 5, cohort: first, value: 1_000_000),
                Course(id: "C2", skill: "sewing", sessions: 1, weekdays: [.mon], earliestStart: monday, latestEnd: calendar.end,
                       participants: 5, cohort: second, value: 500_000),
            ],
            instructors: [Instructor(id: "I1", skills: ["sewing": 1], feePerSlot: 1000),
                          Instructor(id: "I2", skills: ["sewing": 1], feePerSlot: 1000)],
            venues: [Venue(id: "V1", capacity: 10), Venue(id: "V2", capacity: 10)])
    }

    @Test func theKeyTrimsSpacesAndKeepsCase() {
        #expect(Cohort.key(" A ") == "A")
        #expect(Cohort.key("A") == "A")
        #expect(Cohort.key("a") == "a")
        #expect(Cohort.key("   ") == nil)
        #expect(Cohort.key(nil) == nil)
        #expect(Tag.normalize("  Welding ") == "welding")
    }

    /// A cohort's courses train one group: counted once, as its largest course (the report's
    /// "trainees trained" counted 20 for the 10 people of two cohort courses).
    @Test func aCohortsTraineesCountOnce() {
        var scenario = Self.scenario(" A ", "A")
        scenario.courses[1].participants = 7
        #expect(scenario.trainees(of: [0, 1]) == 7)
        #expect(scenario.trainees(of: [0]) == 5)
        let apart = Self.scenario("a", "A")
        #expect(apart.trainees(of: [0, 1]) == 10)
        var alone = Self.scenario("A", "A")
        alone.courses[0].cohort = nil
        #expect(alone.trainees(of: [0, 1]) == 10 && alone.trainees(of: []) == 0)
    }

    @Test(arguments: [(" A ", "A", true), ("A", " A", true), ("a", "A", false)])
    func greedyPlanAndModelAgree(first: String, second: String, sameCohort: Bool) throws {
        let scenario = Self.scenario(first, second)
        let candidates = Candidates(scenario: scenario)
        let greedy = try #require(GreedyPlanner.plan(candidates))
        #expect(greedy.compactMap { $0 }.count == (sameCohort ? 1 : 2))

        let model = Formulation(candidates: candidates).model
        #expect(model.rows.contains { $0.name.hasPrefix("cohort[") } == sameCohort)

        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10)),
                                                  strategy: .init(search: .whole))
        #expect(plan.status == .optimal)
        #expect(plan.courses.filter(\.scheduled).map(\.id) == (sameCohort ? ["C1"] : ["C1", "C2"]))
        if sameCohort {
            let reasons = plan.courses[1].reasons ?? []
            #expect(reasons.contains { $0.contains("its cohort \"A\" is in C1") }, "\(reasons)")
            // The fix it names, other trainees (cohort "a", the third case), lets both run.
            #expect(reasons.contains { $0.contains("to let it run: other trainees than cohort \"A\" to take it") }, "\(reasons)")
        }
        // The neighbourhood search's slices see the same cohorts.
        let (sliced, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10)),
                                                    strategy: .init(search: .neighbourhoods))
        #expect(sliced.objective == plan.objective)
    }

    @Test(arguments: [(" A ", "A", true), ("a", "A", false)])
    func verifierAgrees(first: String, second: String, sameCohort: Bool) {
        let scenario = Self.scenario(first, second)
        func run(_ id: String, _ instructor: String, _ venue: String) -> PlannedCourse {
            PlannedCourse(id: id, scheduled: true, instructor: instructor, venue: venue, weekdays: [.mon], startSlot: 1,
                          sessions: [PlannedSession(date: Self.monday, slots: [1])])
        }
        let plan = Plan(scenario: "cohorts", status: .feasible, objective: 2000, bound: nil,
                        cost: CostBreakdown(instructorFees: 2000, engagement: 0, venues: 0, socialSecurity: 0),
                        unmetValue: 0, courses: [run("C1", "I1", "V1"), run("C2", "I2", "V2")])
        let violations = PlanVerifier.verify(plan, against: scenario).violations
        #expect(violations.contains { $0.rule == 5 } == sameCohort, "\(violations)")
        #expect(violations.filter { $0.rule != 5 }.isEmpty, "\(violations)")
    }
}
