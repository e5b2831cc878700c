import GLPK
import Testing
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// Why demand stays unserved when the only course that could serve it is left out: the budget
/// (the course's own reason), not "not worth its cost" (a black-box tester's case: B costs
/// IDR 510,000 and would serve a hire worth IDR 3,200,000, with IDR 200,000 of the budget left).
@Suite struct DemandReasonTests {
    /// A welding hire, the two instructors and the one venue of both suites' cases.
    static let hireAndPeople = """
          - {id: HIRE, company: PT Y, skill: weld, people: 4, valuePerPerson: 800000}
        instructors:
          - {id: I1, skills: {sew: 2}, feePerSlot: 100000}
          - {id: I3, skills: {weld: 1}, feePerSlot: 120000}
        venues:
          - {id: V1, capacity: 10, costPerSlot: 50000}
        """

    @Test func aServingCourseTheBudgetLeavesOutMakesTheReasonTheBudget() throws {
        let yaml = """
            name: dm
            budget: 500000
            calendar: {start: 2024-01-01, weeks: 2, slots: ["08:00-12:00"]}
            courses:
              - {id: A, skill: sew, sessions: 2, participants: 5, value: 2000000}
              - {id: B, skill: weld, sessions: 3, weekdays: [tue, thu], participants: 4}
            demand:
            \(Self.hireAndPeople)
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

    /// A hire and an apprenticeship for cooking, whose only course no one can teach: the reason
    /// is that course's (no qualified instructor), not that it cannot end in time (it could).
    /// A course over the budget whose only venue a mandatory course holds whenever it could run:
    /// the budget alone was named, so a planner raising it found another budget figure, then the
    /// venue. Both are said.
    @Test func overTheBudgetAndBlockedSaysBoth() throws {
        let yaml = """
            name: both
            budget: 1000000
            calendar: {start: 2024-01-01, weeks: 1, slots: ["08:00-12:00"]}
            courses:
              - {id: M, skill: sew, sessions: 5, participants: 5, mandatory: true, equipment: [machines]}
              - {id: X, skill: sew, sessions: 2, participants: 5, value: 9000000, equipment: [machines]}
            instructors:
              - {id: I1, skills: {sew: 2}, feePerSlot: 150000}
              - {id: I2, skills: {sew: 2}, feePerSlot: 150000}
            venues:
              - {id: V1, capacity: 10, equipment: [machines]}
            """
        let plan = try TrainingPlanner.solve(try ScenarioLoader.load(text: yaml).scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
        let kinds = plan.courses.first { $0.id == "X" }?.reasonDetails?.map(\.kind)
        #expect(kinds == [.budget, .venuesBooked], "\(plan.courses.first { $0.id == "X" }?.reasons ?? [])")
    }

    /// Free in the plan only with the dearer instructor and venue, which the budget cannot pay (a
    /// cent short): it said "the search stopped before adding it"; the budget is the reason.
    @Test func freeOnlyAtADearerCostTheBudgetIsTheReason() throws {
        let yaml = """
            name: h5
            budget: 762000.74
            calendar: {start: 2025-01-06, weeks: 1, slots: [a], workdays: [mon, tue, wed]}
            courses:
              - {id: C0, skill: weld, sessions: 3, participants: 10, cohort: X, value: 5000000, equipment: [lab]}
              - {id: C1, skill: weld, sessions: 3, participants: 10, cohort: x, value: 5000000, weekdays: [mon, tue, wed]}
            instructors:
              - {id: I0, skills: {weld: 1}, feePerSlot: 100000.25}
              - {id: I1, skills: {weld: 1}, feePerSlot: 150000}
            venues:
              - {id: V0, capacity: 20, equipment: [lab]}
              - {id: V1, capacity: 20, equipment: [lab], costPerSlot: 4000}
            """
        let plan = try TrainingPlanner.solve(try ScenarioLoader.load(text: yaml).scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
        let reason = try #require(plan.courses.first { $0.id == "C1" }?.reasonDetails?.first)
        #expect(reason.kind == .budget && reason.cost == 462_000, "\(plan.courses.first { $0.id == "C1" }?.reasons ?? [])")
    }

    /// An apprenticeship whose startFrom is after the horizon's end (its startUntil by default) has
    /// an empty window: said so, not "no course of las can end in time" (a tester's case).
    @Test func anEmptyWindowIsSaidAsOne() throws {
        let yaml = """
            name: empty window
            calendar: {start: 2025-01-06, weeks: 3, slots: ["08:00-12:00"]}
            courses:
              - {id: A, skill: las, sessions: 5, participants: 10, value: 1000000}
            instructors:
              - {id: I1, skills: {las: 1}}
            venues:
              - {id: V1, capacity: 10}
            demand:
              - {id: M2, company: W, kind: apprenticeship, skill: las, people: 5, startFrom: 2025-02-10, months: 2, valuePerPerson: 1000000}
            """
        let scenario = try ScenarioLoader.load(text: yaml).scenario
        let plan = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
        let entry = try #require(plan.demand?.first)
        #expect(entry.unserved == 5 && entry.whyDetail?.kind == .emptyWindow, "\(entry.why ?? "")")
        #expect(entry.why?.contains("startFrom (2025-02-10) is after startUntil (2025-01-26") == true, "\(entry.why ?? "")")
    }

    @Test func aServingCourseNoOneCanTeachIsTheReasonNotItsDates() throws {
        let yaml = """
            name: cook
            calendar: {start: 2023-01-02, weeks: 2, slots: ["08:00-12:00"]}
            courses:
              - {id: K1, skill: cooking, sessions: 5, participants: 10, value: 1000000}
            demand:
              - {id: REQ-K, company: PT Z, skill: cooking, people: 8, valuePerPerson: 800000}
              - {id: MAG-K, company: PT Z, kind: apprenticeship, skill: cooking, people: 4, valuePerPerson: 900000}
            instructors:
              - {id: I1, skills: {sew: 2}, feePerSlot: 100000}
            venues:
              - {id: V1, capacity: 10, costPerSlot: 50000}
            """
        let plan = try TrainingPlanner.solve(try ScenarioLoader.load(text: yaml).scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
        #expect(plan.courses.first?.reasonDetails?.first?.kind == .noQualifiedInstructor)
        for entry in plan.demand ?? [] {
            #expect(entry.whyDetail?.kind == .servingCoursesCannotRun, "\(entry.id): \(entry.why ?? "")")
        }
        #expect(plan.demand?.count == 2)
    }

    /// The one week a sewing course could end by the hire's date, its only venue is booked by a
    /// mandatory course: that is why (it said "not worth its cost", from the later weeks it could
    /// run, too late for the hire). The fix it implies, a second venue, serves the request.
    @Test func aServingCourseWhoseVenueIsTakenInTimeSaysByWhom() throws {
        func yaml(venues: String, away: String = "") -> String {
            """
            name: taken in time
            calendar: {start: 2023-01-02, weeks: 3, slots: ["08:00-12:00"]}
            courses:
              - {id: SEW, skill: sewing, sessions: 5, participants: 10}
              - {id: K3, skill: safety, sessions: 5, participants: 10, mandatory: true, latestEnd: 2023-01-06}
            demand:
              - {id: REQ-S, company: PT A, skill: sewing, people: 8, by: 2023-01-06, valuePerPerson: 5000000}
            instructors:
              - {id: SRI, skills: {sewing: 1}, feePerSlot: 100000\(away)}
              - {id: BUDI, skills: {safety: 1}, feePerSlot: 100000}
            venues:
            \(venues)
            """
        }
        let one = "  - {id: HALL, capacity: 10}"
        let plan = try TrainingPlanner.solve(try ScenarioLoader.load(text: yaml(venues: one)).scenario,
                                             options: MIPOptions(timeLimit: .seconds(20))).plan
        let entry = try #require(plan.demand?.first)
        #expect(entry.unserved == 8 && entry.whyDetail?.kind == .takenInTime, "\(entry.why ?? "")")
        #expect(entry.why == "every time the courses that could serve it in time (SEW) could run, their instructors, venues or cohort "
                + "are taken by K3", "\(entry.why ?? "")")
        let two = one + "\n  - {id: ROOM, capacity: 10}"
        let fixed = try TrainingPlanner.solve(try ScenarioLoader.load(text: yaml(venues: two)).scenario,
                                              options: MIPOptions(timeLimit: .seconds(20))).plan
        #expect(fixed.demand?.first?.unserved == 0, "\(fixed.demand?.first?.why ?? "")")
        // Its instructor away that week: the calendar allows it, the instructor does not (it said
        // "no course can end by", as if the dates were the obstacle).
        let away = try TrainingPlanner.solve(
            try ScenarioLoader.load(text: yaml(venues: two, away: ", unavailable: [2023-01-04]")).scenario,
            options: MIPOptions(timeLimit: .seconds(20))).plan
        let awayEntry = try #require(away.demand?.first)
        #expect(awayEntry.whyDetail?.kind == .awayInTime, "\(awayEntry.why ?? "")")
        #expect(awayEntry.why == "the calendar lets SEW end by 2023-01-06, but none of their instructors or venues is available then",
                "\(awayEntry.why ?? "")")
        let indonesian = TextCatalogue(language: .id).demandWhy(awayEntry, currency: "IDR")
        #expect(indonesian.contains("6 Januari 2023") && indonesian.contains("SEW"), "\(indonesian)")
    }

    /// A hire request worth nothing (`valuePerPerson: 0`, or a dash read as 0) said an apprentice cost
    /// Rp 0 for 3 months of allowance and insurance: a hire has no apprentices; it is worth nothing.
    @Test func aRequestWorthNothingSaysSoNotAnApprenticesCost() throws {
        let yaml = """
            name: zero
            calendar: {start: 2023-01-02, weeks: 2, slots: ["08:00-12:00"]}
            courses:
              - {id: K1, skill: cooking, sessions: 2, participants: 10, value: 0}
            demand:
              - {id: REQ-K, company: PT Z, skill: cooking, people: 8, valuePerPerson: 0}
            instructors:
              - {id: I1, skills: {cooking: 2}, feePerSlot: 100000}
            venues:
              - {id: V1, capacity: 10}
            """
        let plan = try TrainingPlanner.solve(try ScenarioLoader.load(text: yaml).scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
        let entry = try #require(plan.demand?.first)
        #expect(entry.unserved == 8 && entry.whyDetail?.kind == .worthNothing, "\(entry.why ?? "")")
        #expect(entry.why == "worth nothing: its valuePerPerson is 0, so serving it gains nothing")
    }
}

/// Apprentices placed on or before the re-planning date that the scenario no longer lets stay
/// (their entry now asks fewer people, or is gone) are named, so `solve` can warn: the contract
/// serves at most `people`, so the new plan cannot keep them all (a black-box tester's case).
@Suite struct LostPlacementTests {
    static let base = """
        name: r3
        calendar: {start: 2024-01-01, weeks: 3, slots: ["08:00-12:00"]}
        socialSecurity: {premiumPerParticipantMonth: 10000}
        courses:
          - {id: A, skill: sew, sessions: 4, weekdays: [mon, tue, wed, thu, fri], daysPerWeek: 4, participants: 5, latestEnd: 2024-01-05}
          - {id: B, skill: weld, sessions: 3, weekdays: [tue, thu], participants: 4, earliestStart: 2024-01-09}
        demand:
          - {id: MAG, company: PT X, kind: apprenticeship, skill: sew, people: 4, months: 2, allowancePerMonth: 100000, valuePerPerson: 1000000}
        \(DemandReasonTests.hireAndPeople)
        """

    @Test func placementsTheScenarioNoLongerHoldsAreNamed() throws {
        let first = try TrainingPlanner.solve(try ScenarioLoader.load(text: Self.base).scenario,
                                              options: MIPOptions(timeLimit: .seconds(20))).plan
        let placed = try #require(first.demand?.first { $0.id == "MAG" }?.served.first)
        #expect(placed.course == "A" && placed.people == 4 && placed.start == CivilDate("2024-01-05"))
        let replanning = Replanning(previous: first, source: "old.json", frozenUntil: CivilDate("2024-01-08"))
        let same = try ScenarioLoader.load(text: Self.base).scenario
        #expect(replanning.lostPlacements(in: same).isEmpty)
        let fewer = try ScenarioLoader.load(text: Self.base.replacingOccurrences(of: "people: 4, months", with: "people: 2, months")).scenario
        #expect(replanning.lostPlacements(in: fewer) == [.fewerAsked(entry: "MAG", course: "A", placed: 4, people: 2)])
        let gone = try ScenarioLoader.load(text: Self.base.split(separator: "\n").filter { !$0.contains("id: MAG") }
            .joined(separator: "\n")).scenario
        #expect(replanning.lostPlacements(in: gone) == [.entryGone(entry: "MAG", course: "A", placed: 4)])
        // Re-planned on 4 January, before the placements start (5 January), nothing is lost.
        #expect(Replanning(previous: first, source: "old.json", frozenUntil: CivilDate("2024-01-04")).lostPlacements(in: fewer).isEmpty)
    }
}
