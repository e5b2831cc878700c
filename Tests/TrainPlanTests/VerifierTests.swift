import Foundation
import Testing
import TrainPlanCore

/// The verifier catches each rule broken and each misstated figure, on a hand-made plan.
@Suite struct VerifierTests {
    static let monday = CivilDate("2023-01-30")!
    static func day(_ n: Int) -> CivilDate { monday.adding(days: n) }

    static func scenario(budget: Double? = nil, bUnavailable: [Unavailability] = [], c3Cohort: String? = nil) -> Scenario {
        let calendar = PlanningCalendar(start: monday, weeks: 1, slots: ["08-12", "13-16"])
        let end = calendar.end
        return Scenario(
            name: "verifier", budget: budget, calendar: calendar, premiumPerParticipantMonth: 1000,
            courses: [
                Course(id: "C1", skill: "sewing", sessions: 2, daysPerWeek: 2, weekdays: [.mon, .tue],
                       earliestStart: monday, latestEnd: end, participants: 10, equipment: ["machines"],
                       cohort: "K", value: 1_000_000, mandatory: true),
                Course(id: "C2", skill: "welding", sessions: 1, weekdays: [.wed], earliestStart: monday, latestEnd: end,
                       participants: 10, cohort: "K", value: 500_000),
                Course(id: "C3", skill: "sewing", level: 2, sessions: 1, daysPerWeek: 1,
                       weekdays: [.mon, .tue, .wed, .thu, .fri], earliestStart: monday, latestEnd: end, participants: 10, cohort: c3Cohort, value: 300_000),
            ],
            instructors: [
                Instructor(id: "A", skills: ["sewing": 2], feePerSlot: 10_000, engagementCost: 50_000, maxSlotsPerDay: 1),
                Instructor(id: "B", skills: ["welding": 1], unavailable: bUnavailable),
            ],
            venues: [
                Venue(id: "V", capacity: 20, equipment: ["machines"], costPerSlot: 5000),
                Venue(id: "W", capacity: 5),
                Venue(id: "X", capacity: 20),
            ])
    }

    static func run(_ id: String, _ instructor: String, _ venue: String, _ weekdays: [Weekday], slot: Int,
                    _ days: [Int]) -> PlannedCourse {
        PlannedCourse(id: id, scheduled: true, instructor: instructor, venue: venue, weekdays: weekdays, startSlot: slot,
                      sessions: days.map { PlannedSession(date: day($0), slots: [slot]) })
    }

    /// fees 20,000 + engagement 50,000 + rent 15,000 + insurance 20,000 = 105,000; unmet 300,000.
    static func validPlan() -> Plan {
        Plan(scenario: "verifier", status: .feasible, objective: 405_000, bound: 400_000,
             cost: CostBreakdown(instructorFees: 20_000, engagement: 50_000, venues: 15_000, socialSecurity: 20_000),
             unmetValue: 300_000,
             courses: [run("C1", "A", "V", [.mon, .tue], slot: 1, [0, 1]), run("C2", "B", "V", [.wed], slot: 1, [2]),
                       .unscheduled("C3", reasons: ["value"])])
    }

    func rules(_ plan: Plan, _ scenario: Scenario = VerifierTests.scenario()) -> Set<Int?> {
        Set(PlanVerifier.verify(plan, against: scenario).violations.map(\.rule))
    }

    @Test func handMadePlanIsValidAndCosted() throws {
        let report = PlanVerifier.verify(Self.validPlan(), against: Self.scenario())
        #expect(report.violations.isEmpty, "\(report.violations)")
        let evaluation = try #require(report.evaluation)
        #expect(evaluation.cost.total == 105_000)
        #expect(evaluation.objective == 405_000)
    }

    /// A plan another tool wrote from PROBLEM.md alone: weekdays as scenarios name them (`Mon`,
    /// `Selasa`), figures rounded to whole rupiah ("to the last rupiah"), a demand-free file. Each
    /// was refused (a black-box tester's foreign plans); a figure a rupiah off still is.
    @Test func aForeignPlanWithWholeRupiahAndNamedWeekdaysIsRead() throws {
        var plan = Self.validPlan()
        plan.objective = 405_000.4
        plan.cost?.venues = 15_000.5
        var json = String(decoding: try PlanFile.encode(plan), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"mon\"", with: "\"Mon\"").replacingOccurrences(of: "\"tue\"", with: "\"Selasa\"")
        let folder = try LoaderTests.TemporaryFolder()
        let read = try PlanFile.read(try folder.write("foreign.json", json))
        #expect(read.courses[0].weekdays == [.mon, .tue])
        #expect(PlanVerifier.verify(read, against: Self.scenario()).violations.isEmpty)
        // Rounded the same way, an optimal plan's bound goes with its stated objective.
        var rounded = Self.validPlan()
        rounded.status = .optimal
        rounded.objective = 405_000.4
        rounded.bound = 405_000.4
        rounded.gap = 0
        #expect(PlanVerifier.verify(rounded, against: Self.scenario()).violations.isEmpty)
        var off = Self.validPlan()
        off.objective = 405_001
        #expect(PlanVerifier.verify(off, against: Self.scenario()).violations.map(\.description)
                == ["[plan] objective is 405,001, recomputed 405,000"])
    }

    /// Without a plan (`infeasible`, `unknown`) every course is listed with its reasons (PROBLEM.md).
    @Test func aPlanWithoutAScheduleGivesEveryCourseItsReasons() {
        let plan = Plan(scenario: "verifier", status: .unknown, courses: [
            .unscheduled("C1", reasons: ["no plan found in time"]), .unscheduled("C2", reasons: []), .unscheduled("C3", reasons: []),
        ])
        #expect(PlanVerifier.verify(plan, against: Self.scenario()).violations.map(\.description)
                == ["[plan] status unknown lists every course with its reasons; none given for C2, C3"])
    }

    /// A course listed twice in place of another is named as listed twice, beside the one missing.
    @Test func aCourseListedTwiceIsNamed() {
        var plan = Self.validPlan()
        plan.courses[2] = plan.courses[1]
        let messages = PlanVerifier.verify(plan, against: Self.scenario()).violations.map(\.description)
        #expect(messages.contains { $0.contains("courses missing from the plan: C3") }, "\(messages)")
        #expect(messages.contains { $0.contains("courses listed more than once: C2") }, "\(messages)")
    }

    @Test func rule1WrongSkill() {
        var plan = Self.validPlan()
        plan.courses[1].instructor = "A"
        #expect(rules(plan).contains(1))
    }

    /// A scheduled course without an instructor or venue says so (it said `instructor "none"`).
    @Test func aScheduledCourseWithoutHoldersSaysSo() {
        var plan = Self.validPlan()
        plan.courses[0].instructor = nil
        plan.courses[1].venue = nil
        let messages = PlanVerifier.verify(plan, against: Self.scenario()).violations.map(\.description)
        #expect(messages.contains("[rule 1] C1: scheduled, but names no instructor"), "\(messages)")
        #expect(messages.contains("[rule 2] C2: scheduled, but names no venue"), "\(messages)")
    }

    @Test func rule2CapacityAndEquipment() {
        var plan = Self.validPlan()
        plan.courses[0].venue = "W"
        let violations = PlanVerifier.verify(plan, against: Self.scenario()).violations.filter { $0.rule == 2 }
        #expect(violations.count == 2)  // seats and equipment
    }

    @Test func rule3RhythmBroken() {
        var plan = Self.validPlan()
        plan.courses[0].sessions?[1].date = Self.day(3)  // a Thursday, not on mon/tue
        #expect(rules(plan).contains(3))
        var short = Self.validPlan()
        short.courses[0].sessions?.removeLast()
        #expect(rules(short).contains(3))
        var slots = Self.validPlan()
        slots.courses[1].sessions?[0].slots = [2]
        #expect(rules(slots).contains(3))
    }

    /// A plan written by hand without `weekdays` and `startSlot` is read from its sessions; a wrong
    /// session is still caught.
    @Test func weekdaysAndStartSlotLeftOutAreReadFromTheSessions() {
        var plan = Self.validPlan()
        for k in plan.courses.indices { plan.courses[k].weekdays = nil; plan.courses[k].startSlot = nil }
        #expect(rules(plan).isEmpty, "\(PlanVerifier.verify(plan, against: Self.scenario()).violations)")
        plan.courses[0].sessions?[1].date = Self.day(3)
        #expect(rules(plan).contains(3))
    }

    /// A session on a day made a holiday since the plan was made is named as such.
    @Test func rule3ASessionOnAHolidayIsNamed() {
        var scenario = Self.scenario()
        scenario.calendar.holidays = [Self.day(1)]   // C1's Tuesday session
        let violations = PlanVerifier.verify(Self.validPlan(), against: scenario).violations
        #expect(violations.contains { $0.rule == 3 && $0.course == "C1" && $0.message == "session on \(Self.day(1)), a holiday" },
                "\(violations)")
    }

    @Test func rule4Unavailable() {
        let scenario = Self.scenario(bUnavailable: [Unavailability(days: .weekday(.wed), slots: 1...1)])
        #expect(rules(Self.validPlan(), scenario) == [4])
    }

    @Test func rule5InstructorAndVenueClash() {
        var plan = Self.validPlan()
        plan.courses[2] = Self.run("C3", "A", "V", [.mon], slot: 1, [0])
        let messages = PlanVerifier.verify(plan, against: Self.scenario()).violations.filter { $0.rule == 5 }.map(\.message)
        #expect(messages.contains { $0.contains("A also teaches C1") })
        #expect(messages.contains { $0.contains("V also hosts C1") })
    }

    @Test func rule5CohortClash() {
        var plan = Self.validPlan()
        plan.courses[2] = Self.run("C3", "A", "X", [.wed], slot: 1, [2])
        #expect(!rules(plan).contains(5))
        #expect(rules(plan, Self.scenario(c3Cohort: "K")).contains(5))
    }

    @Test func rule6LoadLimit() {
        var plan = Self.validPlan()
        plan.courses[2] = Self.run("C3", "A", "V", [.mon], slot: 2, [0])
        #expect(rules(plan).contains(6))
        #expect(!rules(plan).contains(5))
    }

    @Test func rule7MandatoryMissing() {
        var plan = Self.validPlan()
        plan.courses[0] = .unscheduled("C1", reasons: [])
        #expect(rules(plan).contains(7))
    }

    @Test func rule8OverBudget() {
        #expect(rules(Self.validPlan(), Self.scenario(budget: 104_999)) == [8])
        #expect(rules(Self.validPlan(), Self.scenario(budget: 105_000)).isEmpty)
    }

    @Test func misstatedFigures() {
        var plan = Self.validPlan()
        plan.objective = 405_001
        #expect(rules(plan) == [nil])
        var venues = Self.validPlan()
        venues.cost?.venues = 0
        #expect(rules(venues) == [nil])
        var optimal = Self.validPlan()
        optimal.status = .optimal
        #expect(rules(optimal) == [nil])  // bound below the objective
        var order = Self.validPlan()
        order.courses.swapAt(0, 1)
        #expect(rules(order).contains(nil))
        var bound = Self.validPlan()
        bound.bound = 500_000
        #expect(rules(bound) == [nil])
    }

    @Test func planFileRoundTripAndNulls() throws {
        let data = try PlanFile.encode(Self.validPlan())
        let decoded = try JSONDecoder().decode(Plan.self, from: data)
        #expect(PlanVerifier.verify(decoded, against: Self.scenario()).isValid)
        let none = Plan(scenario: "verifier", status: .infeasible,
                        courses: ["C1", "C2", "C3"].map { .unscheduled($0, reasons: ["no valid plan exists"]) })
        let text = String(decoding: try PlanFile.encode(none), as: UTF8.self)
        #expect(text.contains("\"objective\" : null"))
        #expect(text.contains("\"cost\" : null"))
        #expect(text.contains("\"unmetValue\" : null"))
        #expect(PlanVerifier.verify(none, against: Self.scenario()).isValid)
    }

    /// "infeasible" means no valid plan exists: with no course mandatory, scheduling nothing is one.
    @Test func anInfeasibleClaimIsRefutedWhenNothingIsMandatory() {
        var scenario = Self.scenario()
        let none = Plan(scenario: scenario.name, status: .infeasible,
                        courses: scenario.courses.map { .unscheduled($0.id, reasons: ["no valid plan exists"]) })
        #expect(PlanVerifier.infeasibleRefutation(none, against: scenario) == nil)   // C1 is mandatory: the claim may hold
        scenario.courses[0].mandatory = false
        #expect(PlanVerifier.verify(none, against: scenario).isValid)   // the rules alone: a re-plan's past may forbid it
        #expect(PlanVerifier.infeasibleRefutation(none, against: scenario)?.message.contains("scheduling nothing is valid") == true)
        scenario.budget = -1   // nothing costs 0, over a negative budget: the claim may hold again
        #expect(PlanVerifier.infeasibleRefutation(none, against: scenario) == nil)
    }
}
