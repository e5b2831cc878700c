import Foundation
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The verifier checks rules 9-10 and batch order, and recomputes the apprenticeships'
/// cost and the unmet value of demand: each planted violation is caught.
@Suite struct DemandVerifierTests {
    /// Two sewing courses (C1 ends Tuesday, C2 Friday), a hire request due Wednesday and an
    /// apprenticeship whose places start by Thursday at the latest.
    static func scenario() -> Scenario {
        var base = VerifierTests.scenario()
        let calendar = base.calendar
        base.courses[1] = Course(id: "C2", skill: "sewing", sessions: 1, weekdays: [.fri], earliestStart: calendar.start,
                                 latestEnd: calendar.end, participants: 10, value: 0)
        base.demand = [
            .hire("HIRE", company: "Garmen A", skill: "Sewing ", people: 4, by: VerifierTests.day(2), valuePerPerson: 100_000, in: calendar),
            .apprenticeship("MAGANG", company: "Batik B", skill: "sewing", people: 8, startUntil: VerifierTests.day(3), months: 3,
                            valuePerPerson: 200_000, allowancePerMonth: 10_000, in: calendar),
        ]
        return base
    }

    /// C1 (Mon-Tue) serves 4 hires and 6 apprentices starting Wednesday; C2 (Fri) serves nobody.
    static func plan(_ edit: (inout Plan) -> Void = { _ in }) -> Plan {
        var plan = VerifierTests.validPlan()
        plan.courses[1] = VerifierTests.run("C2", "A", "X", [.fri], slot: 1, [4])
        plan.demand = [
            PlannedDemand(id: "HIRE", served: [.init(course: "C1", people: 4)], unserved: 0),
            PlannedDemand(id: "MAGANG", served: [.init(course: "C1", people: 6, start: VerifierTests.day(2))], unserved: 2),
        ]
        edit(&plan)
        // State the figures the verifier recomputes, so that only the planted fault remains.
        let report = PlanVerifier.verify(plan, against: scenario())
        if let evaluation = report.evaluation {
            plan.cost = evaluation.cost
            plan.unmetValue = evaluation.unmetValue
            plan.objective = evaluation.objective
            plan.bound = nil
            plan.gap = nil
        }
        return plan
    }

    func violations(_ plan: Plan) -> [Violation] { PlanVerifier.verify(plan, against: Self.scenario()).violations }

    @Test func servedPlanIsValidAndCosted() throws {
        let plan = Self.plan()
        #expect(violations(plan).isEmpty, "\(violations(plan))")
        let evaluation = try #require(PlanVerifier.verify(plan, against: Self.scenario()).evaluation)
        // 6 apprentices * 3 months * (10,000 allowance + 1,000 premium) = 198,000.
        #expect(evaluation.cost.apprenticeships == 198_000)
        // Unmet: C3 300,000 + 2 places * 200,000.
        #expect(evaluation.unmetValue == 700_000)
    }

    @Test func apprenticeshipCostMisstatedIsCaught() {
        var plan = Self.plan()
        plan.cost?.apprenticeships = 0
        #expect(violations(plan).contains { $0.message.contains("cost.apprenticeships") })
    }

    @Test func unmetDemandValueMisstatedIsCaught() {
        var plan = Self.plan()
        plan.unmetValue = 300_000
        #expect(violations(plan).contains { $0.message.contains("unmetValue") })
        var unserved = Self.plan()
        unserved.demand?[1].unserved = 0
        #expect(violations(unserved).contains { $0.message.contains("unserved") })
    }

    @Test func courseServingTooManyIsCaught() {
        // C1 has 10 trainees: 4 hires + 8 apprentices counts them 12 times (rule 9).
        let plan = Self.plan { $0.demand?[1] = PlannedDemand(id: "MAGANG", served: [.init(course: "C1", people: 8, start: VerifierTests.day(2))], unserved: 0) }
        #expect(violations(plan).contains { $0.rule == 9 && $0.course == "C1" })
    }

    @Test func entryOverServedIsCaught() {
        // 4 asked, 5 served (rule 10).
        let plan = Self.plan { $0.demand?[0].served = [.init(course: "C1", people: 3), .init(course: "C2", people: 2)] }
        #expect(violations(plan).contains { $0.rule == 10 })
    }

    @Test func lateOrUnscheduledOrWrongSkillServingIsCaught() {
        // C2 ends Friday, after the hire's date (Wednesday).
        let late = Self.plan { $0.demand?[0].served = [.init(course: "C2", people: 4)] }
        #expect(violations(late).contains { $0.rule == 9 && $0.course == "C2" && $0.message.contains("after") })
        // C3 is not scheduled.
        let unscheduled = Self.plan { $0.demand?[0].served = [.init(course: "C3", people: 1)] }
        #expect(violations(unscheduled).contains { $0.rule == 9 && $0.course == "C3" })
        // An apprenticeship window missed: C2's apprentices would start Saturday, after Thursday.
        let window = Self.plan { $0.demand?[1].served = [.init(course: "C2", people: 2, start: VerifierTests.day(5))] }
        #expect(violations(window).contains { $0.rule == 9 && $0.message.contains("after its last start date") })
    }

    @Test func wrongApprenticeshipStartIsCaught() {
        let plan = Self.plan { $0.demand?[1].served[0].start = VerifierTests.day(3) }
        #expect(violations(plan).contains { $0.rule == 9 && $0.message.contains("the rule gives") })
    }

    @Test func budgetCountsApprenticeships() {
        // The schedule costs 105,000 (VerifierTests) plus C2's fees, rent and insurance; apprentices push it over.
        var scenario = Self.scenario()
        let plan = Self.plan()
        let total = PlanVerifier.verify(plan, against: scenario).evaluation?.cost.total ?? 0
        scenario.budget = total - 1
        #expect(PlanVerifier.verify(plan, against: scenario).violations.contains { $0.rule == 8 })
    }

    @Test func batchOrderIsChecked() {
        var scenario = VerifierTests.scenario()
        let batches = Batches.expand(scenario.courses[1], count: 2)
        scenario.courses.replaceSubrange(1...1, with: batches)
        var plan = VerifierTests.validPlan()
        plan.courses[1] = .unscheduled("C2.1", reasons: [])
        plan.courses.insert(VerifierTests.run("C2.2", "B", "V", [.wed], slot: 1, [2]), at: 2)
        #expect(PlanVerifier.verify(plan, against: scenario).violations.contains { $0.course == "C2.2" && $0.message.contains("batch") })
    }

    /// The solver's own plan for this scenario passes and serves what is worth serving.
    @Test func solverPlanPasses() throws {
        let (plan, _) = try TrainingPlanner.solve(Self.scenario())
        #expect(PlanVerifier.verify(plan, against: Self.scenario()).isValid)
        #expect(plan.demand?.map(\.id) == ["HIRE", "MAGANG"])
        #expect((plan.demand?[0].servedPeople ?? 0) == 4)
    }
}
