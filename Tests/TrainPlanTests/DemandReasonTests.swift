import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// Why demand stays unserved when the only course that could serve it is left out: the budget
/// (the course's own reason), not "not worth its cost" (a black-box tester's case: B costs
/// IDR 510,000 and would serve a hire worth IDR 3,200,000, with IDR 200,000 of the budget left).
@Suite struct DemandReasonTests {
    @Test func aServingCourseTheBudgetLeavesOutMakesTheReasonTheBudget() throws {
        let yaml = """
            name: dm
            budget: 500000
            calendar: {start: 2024-01-01, weeks: 2, slots: ["08:00-12:00"]}
            courses:
              - {id: A, skill: sew, sessions: 2, participants: 5, value: 2000000}
              - {id: B, skill: weld, sessions: 3, weekdays: [tue, thu], participants: 4}
            demand:
              - {id: HIRE, company: PT Y, skill: weld, people: 4, valuePerPerson: 800000}
            instructors:
              - {id: I1, skills: {sew: 2}, feePerSlot: 100000}
              - {id: I3, skills: {weld: 1}, feePerSlot: 120000}
            venues:
              - {id: V1, capacity: 10, costPerSlot: 50000}
            """
        let scenario = try ScenarioLoader.load(text: yaml).scenario
        let plan = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
        #expect(plan.status == .optimal)
        #expect(plan.courses.first { $0.id == "B" }?.reasonDetails?.first?.kind == .budget)
        let hire = try #require(plan.demand?.first)
        #expect(hire.unserved == 4)
        #expect(hire.whyDetail?.kind == .servingCoursesOverBudget, "\(hire.why ?? "")")
        #expect(hire.why?.hasPrefix("the budget:") == true, "\(hire.why ?? "")")
    }
}
