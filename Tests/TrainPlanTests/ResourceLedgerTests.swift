import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The ledger of rules 5 and 6 on hand-made bookings: who holds a period, and which
/// load limit a course would break.
@Suite struct ResourceLedgerTests {
    static let monday = CivilDate("2023-01-30")!
    static func day(_ n: Int) -> CivilDate { monday.adding(days: n) }
    static let calendar = PlanningCalendar(start: monday, weeks: 2, slots: ["08-10", "10-12", "13-15"])

    static func course(_ id: String, sessions: Int = 1, length: Int = 1, cohort: String? = nil) -> Course {
        Course(id: id, skill: "sewing", sessions: sessions, sessionLength: length, weekdays: [.mon, .tue, .wed, .thu, .fri],
               earliestStart: monday, latestEnd: calendar.end, participants: 5, cohort: cohort, value: 1)
    }

    /// Courses: 0 "A" (cohort " K "), 1 "B" (cohort "K"), 2 "C" (cohort "k"), 3 "D" (2-slot sessions), 4 "E" (3 sessions).
    static func scenario(_ instructor: Instructor) -> Scenario {
        Scenario(name: "ledger", calendar: calendar,
                 courses: [course("A", cohort: " K "), course("B", cohort: "K"), course("C", cohort: "k"),
                           course("D", length: 2), course("E", sessions: 3)],
                 instructors: [instructor, Instructor(id: "other", skills: ["sewing": 1])],
                 venues: [Venue(id: "V", capacity: 10), Venue(id: "W", capacity: 10)])
    }

    static func periods(_ days: [Int], slots: ClosedRange<Int> = 1...1) -> [Int] {
        days.flatMap { d in slots.map { calendar.period(of: day(d), slot: $0) } }
    }

    @Test func aBookedPeriodIsHeldByItsCourseForInstructorVenueAndCohort() {
        var ledger = ResourceLedger(scenario: Self.scenario(Instructor(id: "I", skills: ["sewing": 1])))
        let monday1 = Self.periods([0])
        ledger.book(course: 0, instructor: 0, venue: 0, dates: [Self.day(0)], periods: monday1)
        #expect(ledger.holder(of: .instructor(0), at: monday1[0]) == 0)
        #expect(ledger.holder(of: .venue(0), at: monday1[0]) == 0)
        #expect(!ledger.isFree(.instructor(0), in: monday1))
        #expect(ledger.isFree(.instructor(1), in: monday1))
        #expect(ledger.isFree(.venue(1), in: monday1))
        #expect(ledger.isFree(.venue(0), in: Self.periods([0], slots: 2...2)))
        #expect(ledger.holders(of: .venue(0), in: Self.periods([0, 1], slots: 1...3)) == [0])
        // " K " and "K" are one cohort; "k" is another.
        #expect(ledger.cohortKeys == ["K", "k"])
        #expect(ledger.cohort(ofCourse: 0) == ledger.cohort(ofCourse: 1))
        #expect(ledger.cohort(ofCourse: 2) != ledger.cohort(ofCourse: 0))
        #expect(ledger.cohort(ofCourse: 3) == nil)
        #expect(!ledger.isCohortFree(forCourse: 1, in: monday1))
        #expect(ledger.isCohortFree(forCourse: 2, in: monday1))
        #expect(ledger.isCohortFree(forCourse: 3, in: monday1))
        // A clash on the instructor rules them out, whatever the load.
        #expect(!ledger.canTeach(instructor: 0, course: 1, dates: [Self.day(0)], periods: monday1))
        #expect(ledger.canTeach(instructor: 0, course: 1, dates: [Self.day(0)], periods: Self.periods([0], slots: 2...2)))
    }

    @Test func perDayLimitNamesTheDay() {
        var ledger = ResourceLedger(scenario: Self.scenario(Instructor(id: "I", skills: ["sewing": 1], maxSlotsPerDay: 2)))
        ledger.book(course: 3, instructor: 0, venue: 0, dates: [Self.day(1)], periods: Self.periods([1], slots: 1...2))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(1)])
                == .perDay(limit: 2, date: Self.day(1), load: 3))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(2)]) == nil)
        #expect(ledger.brokenLimit(instructor: 1, course: 0, dates: [Self.day(1)]) == nil)
        #expect(ResourceLedger.LoadLimit.perDay(limit: 2, date: Self.day(1), load: 3).field == "maxSlotsPerDay")
    }

    @Test func perWeekLimitNamesTheWeek() {
        var ledger = ResourceLedger(scenario: Self.scenario(Instructor(id: "I", skills: ["sewing": 1], maxSlotsPerWeek: 3)))
        ledger.book(course: 4, instructor: 0, venue: 0, dates: [0, 1, 2].map(Self.day), periods: Self.periods([0, 1, 2]))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(3)]) == .perWeek(limit: 3, week: 0, load: 4))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(7)]) == nil)
        #expect(ResourceLedger.LoadLimit.perWeek(limit: 3, week: 0, load: 4).field == "maxSlotsPerWeek")
    }

    @Test func totalLimitCountsEverySlot() {
        var ledger = ResourceLedger(scenario: Self.scenario(Instructor(id: "I", skills: ["sewing": 1], maxSlots: 4)))
        ledger.book(course: 4, instructor: 0, venue: 0, dates: [0, 1, 2].map(Self.day), periods: Self.periods([0, 1, 2]))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(8)]) == nil)
        #expect(ledger.brokenLimit(instructor: 0, course: 3, dates: [Self.day(8)]) == .total(limit: 4, load: 5))
        #expect(ResourceLedger.LoadLimit.total(limit: 4, load: 5).field == "maxSlots")
    }

    @Test func courseLimitCountsCourses() {
        var ledger = ResourceLedger(scenario: Self.scenario(Instructor(id: "I", skills: ["sewing": 1], maxCourses: 1)))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(0)]) == nil)
        ledger.book(course: 0, instructor: 0, venue: 0, dates: [Self.day(0)], periods: Self.periods([0]))
        #expect(ledger.coursesTaught(by: 0) == 1)
        #expect(ledger.brokenLimit(instructor: 0, course: 2, dates: [Self.day(9)]) == .courses(limit: 1, count: 2))
        #expect(ResourceLedger.LoadLimit.courses(limit: 1, count: 2).field == "maxCourses")
    }

    @Test func aZeroLimitRulesOutTheFirstCourse() {
        let ledger = ResourceLedger(scenario: Self.scenario(Instructor(id: "I", skills: ["sewing": 1], maxSlots: 0)))
        #expect(ledger.brokenLimit(instructor: 0, course: 0, dates: [Self.day(0)])?.field == "maxSlots")
    }

    /// The explanation of a course left out for a load limit names the limit.
    @Test func explanationNamesTheLimitThatBreaks() throws {
        var scenario = Self.scenario(Instructor(id: "I", skills: ["sewing": 1], maxCourses: 1))
        scenario.instructors.removeLast()
        scenario.courses = [Self.course("A"), Self.course("B")]
        scenario.courses[0].value = 2_000_000
        scenario.courses[1].value = 1_000_000
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10)),
                                                  strategy: .init(search: .whole))
        #expect(plan.courses.map(\.scheduled) == [true, false])
        let reasons = plan.courses[1].reasons ?? []
        #expect(reasons == ["its instructors have no load left for it at a time when a venue is free (I: maxCourses 1, needs 2); "
                            + "to let it run: raise I's maxCourses from 1 to 2"])
        #expect(plan.courses[1].reasonDetails?.first?.limits == [.init(instructor: "I", field: "maxCourses", limit: 1, needed: 2)])
    }
}
