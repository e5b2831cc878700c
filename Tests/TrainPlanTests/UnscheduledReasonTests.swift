import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The solver explains a course it leaves out with the right kind of reason and its figures:
/// one small scenario per kind (the sentences in both languages are ReasonTextTests').
@Suite struct UnscheduledReasonTests {
    static let monday = CivilDate("2023-01-30")!
    static let calendar = PlanningCalendar(start: monday, weeks: 2, slots: ["08-10", "10-12", "13-15"])
    static let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    static func course(_ id: String, skill: String = "sewing", sessions: Int = 2, participants: Int = 5,
                       equipment: [String] = [], cohort: String? = nil, value: Double = 1_000_000) -> Course {
        Course(id: id, skill: skill, sessions: sessions, weekdays: weekdays, earliestStart: monday, latestEnd: calendar.end,
               participants: participants, equipment: equipment, cohort: cohort, value: value)
    }

    /// The English sentences the plan gives for course `id`.
    static func sentences(_ scenario: Scenario, _ id: String) throws -> [String] {
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10)),
                                                  strategy: .init(search: .whole))
        return try #require(plan.courses.first { $0.id == id }).reasons ?? []
    }

    /// The reasons the plan gives for course `id`.
    static func reasons(_ scenario: Scenario, _ id: String) throws -> [UnscheduledReason] {
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10)),
                                                  strategy: .init(search: .whole))
        let course = try #require(plan.courses.first { $0.id == id })
        #expect(!course.scheduled)
        #expect(course.reasons?.count == course.reasonDetails?.count)
        return course.reasonDetails ?? []
    }

    static func scenario(_ courses: [Course], instructors: [Instructor] = [Instructor(id: "I", skills: ["sewing": 2])],
                         venues: [Venue] = [Venue(id: "V", capacity: 10)], budget: Double? = nil) -> Scenario {
        Scenario(name: "reasons", budget: budget, calendar: calendar, courses: courses, instructors: instructors, venues: venues)
    }

    @Test func noQualifiedInstructor() throws {
        let why = try Self.reasons(Self.scenario([Self.course("W", skill: "welding")]), "W")
        #expect(why == [UnscheduledReason(kind: .noQualifiedInstructor, skill: "welding", level: 1, instructors: [])])
    }

    @Test func noSuitableVenue() throws {
        let why = try Self.reasons(Self.scenario([Self.course("C", participants: 30, equipment: ["looms"])]), "C")
        #expect(why == [UnscheduledReason(kind: .noSuitableVenue, equipment: ["looms"], participants: 30)])
    }

    /// A course that names its venues: the reason says among which, and the fix is to list the venue
    /// that could host it (a tester added "a venue seating 10" as told, and nothing changed), or a new
    /// venue added to that list; a booked listed venue likewise.
    @Test func venueReasonsOfACourseThatNamesItsVenues() throws {
        var small = Self.course("C", participants: 8)
        small.venues = ["V1"]
        let venues = [Venue(id: "V1", capacity: 5), Venue(id: "V2", capacity: 20)]
        let why = try Self.reasons(Self.scenario([small], venues: venues), "C")
        #expect(why == [UnscheduledReason(kind: .noSuitableVenue, venues: ["V1"], equipment: [], participants: 8, unlistedVenues: ["V2"])])
        #expect(try Self.sentences(Self.scenario([small], venues: venues), "C")
                == ["no venue among V1 seats 8; to let it run: add V2 to the course's venues list"])
        let none = try Self.sentences(Self.scenario([small], venues: [Venue(id: "V1", capacity: 5), Venue(id: "V2", capacity: 6)]), "C")
        #expect(none == ["no venue among V1 seats 8; to let it run: a venue seating 8, added to the course's venues list"])
        // V1 away the whole time C could run: list V2, which is free.
        var away = Venue(id: "V1", capacity: 10)
        away.unavailable = Self.weekdays.map { Unavailability(days: .weekday($0)) }
        let said = try Self.sentences(Self.scenario([small], venues: [away, Venue(id: "V2", capacity: 10)]), "C")
        #expect(said.count == 1 && said[0].contains("(V1)") && said[0].hasSuffix("to let it run: add V2 to the course's venues list"), "\(said)")
        // A venue off the list that is away the whole time is no fix (helper 61); of two that would
        // do, one is enough.
        var gone = Venue(id: "V3", capacity: 20)
        gone.unavailable = away.unavailable
        let two = try Self.sentences(Self.scenario([small], venues: venues + [gone, Venue(id: "V4", capacity: 9)]), "C")
        #expect(two == ["no venue among V1 seats 8; to let it run: add one of V2, V4 to the course's venues list"], "\(two)")
    }

    /// Two reasons: each fix lifts its own, and neither is said to let the course run (a tester
    /// followed one and the course stayed out).
    @Test func twoReasonsAreNotEachSaidToLetItRun() throws {
        let said = try Self.sentences(Self.scenario([Self.course("W", skill: "welding", participants: 30)]), "W")
        #expect(said.count == 2 && said.allSatisfy { $0.contains("; to lift this one: ") && !$0.contains("to let it run") }, "\(said)")
        let one = try Self.sentences(Self.scenario([Self.course("W", skill: "welding")]), "W")
        #expect(one.count == 1 && one[0].contains("; to let it run: "), "\(one)")
    }

    /// A proven plan leaves C2 out because the one instructor free for it is dear (I1, cheap, teaches
    /// C1, which only it may): the reason gives that run's cost against C2's value, not "the search
    /// stopped before adding it" (helper 59; C2 runs once its value is above that cost).
    @Test func aDearFreeRunIsNotWorthItsValue() throws {
        let week = PlanningCalendar(start: Self.monday, weeks: 1, slots: ["08-16"])
        func course(_ id: String, value: Double) -> Course {
            Course(id: id, skill: "weld", sessions: 5, weekdays: Self.weekdays, earliestStart: Self.monday, latestEnd: week.end,
                   participants: 10, value: value)
        }
        var first = course("C1", value: 20_000_000)
        first.instructors = ["I1"]
        let scenario = Scenario(name: "dear", calendar: week, courses: [first, course("C2", value: 1_000_000)],
                                instructors: [Instructor(id: "I1", skills: ["weld": 2], feePerSlot: 50_000),
                                              Instructor(id: "I2", skills: ["weld": 2], feePerSlot: 500_000)],
                                venues: [Venue(id: "V1", capacity: 20), Venue(id: "V2", capacity: 20)])
        let why = try Self.reasons(scenario, "C2")
        #expect(why == [UnscheduledReason(kind: .costNotBelowValue, cost: 2_500_000, value: 1_000_000)], "\(why)")
    }

    /// Ten sessions on every weekday of two weeks with two holidays: the reason counts the holidays,
    /// and the fix does not ask for more days a week (it already meets every day it may; helper 59).
    @Test func holidaysInTheWindowAreSaid() throws {
        let holidays: Set<CivilDate> = [CivilDate("2023-02-01")!, CivilDate("2023-02-08")!]
        let calendar = PlanningCalendar(start: Self.monday, weeks: 2, slots: ["08-10"], holidays: holidays)
        let course = Course(id: "C", skill: "sewing", sessions: 10, weekdays: Self.weekdays, earliestStart: Self.monday,
                            latestEnd: calendar.end, participants: 5, value: 1_000_000)
        let scenario = Scenario(name: "holidays", calendar: calendar, courses: [course],
                                instructors: [Instructor(id: "I", skills: ["sewing": 2])], venues: [Venue(id: "V", capacity: 10)])
        let said = try Self.sentences(scenario, "C")
        #expect(said == ["10 sessions, 5 days a week on mon tue wed thu fri, do not fit between 2023-01-30 and 2023-02-12 "
                         + "(2 of those days are holidays); to let it run: widen its dates (it already meets on every day it may)"], "\(said)")
    }

    @Test func rhythmDoesNotFit() throws {
        let why = try Self.reasons(Self.scenario([Self.course("C", sessions: 40)]), "C")
        #expect(why.map(\.kind) == [.rhythmDoesNotFit])
        #expect(why.first?.sessions == 40 && why.first?.from == Self.monday && why.first?.to == Self.calendar.end)
    }

    @Test func loadLimitTooSmall() throws {
        let why = try Self.reasons(Self.scenario([Self.course("C", sessions: 4)],
                                                 instructors: [Instructor(id: "I", skills: ["sewing": 2], maxSlots: 3)]), "C")
        #expect(why == [UnscheduledReason(kind: .loadLimitTooSmall, skill: "sewing", level: 1,
                                          limit: .init(instructor: "I", field: "maxSlots", limit: 3, needed: 4))])
    }

    @Test func instructorsAndVenuesUnavailable() throws {
        let never = Self.weekdays.map { Unavailability(days: .weekday($0)) }
        let away = try Self.reasons(Self.scenario([Self.course("C")],
                                                  instructors: [Instructor(id: "I", skills: ["sewing": 2], unavailable: never)]), "C")
        #expect(away == [UnscheduledReason(kind: .instructorsUnavailable, skill: "sewing", level: 1, instructors: ["I"], sessions: 2)])
        let closed = try Self.reasons(Self.scenario([Self.course("C")], venues: [Venue(id: "V", capacity: 10, unavailable: never)]), "C")
        #expect(closed == [UnscheduledReason(kind: .venuesUnavailable, venues: ["V"], equipment: [], participants: 5, sessions: 2)])
    }

    @Test func costNotBelowValueAndBudget() throws {
        let dear = [Instructor(id: "I", skills: ["sewing": 2], feePerSlot: 600_000)]
        let why = try Self.reasons(Self.scenario([Self.course("C")], instructors: dear), "C")
        #expect(why == [UnscheduledReason(kind: .costNotBelowValue, cost: 1_200_000, value: 1_000_000)])
        let paid = [Instructor(id: "I", skills: ["sewing": 2], feePerSlot: 100_000)]
        let tight = try Self.reasons(Self.scenario([Self.course("A", value: 5_000_000), Self.course("B")], instructors: paid,
                                                   budget: 300_000), "B")
        #expect(tight == [UnscheduledReason(kind: .budget, cost: 200_000, spent: 200_000, budget: 300_000)])
    }

    /// Ten sessions a day-slot apart fill the one venue's every period: the second course finds it booked.
    @Test func venuesBookedNameTheHolder() throws {
        let full = Self.course("A", sessions: 10, value: 5_000_000)
        var scenario = Self.scenario([full, Self.course("B")],
                                     instructors: [Instructor(id: "I", skills: ["sewing": 2]), Instructor(id: "J", skills: ["sewing": 2])])
        scenario.calendar = PlanningCalendar(start: Self.monday, weeks: 2, slots: ["08-10"])
        let why = try Self.reasons(scenario, "B")
        #expect(why == [UnscheduledReason(kind: .venuesBooked, venues: ["V"], holders: ["A"], equipment: [], participants: 5)])
    }
}
