import TrainPlanCore

/// A plan joined with its scenario: every row the spreadsheets, calendars and
/// HTML report show, computed once so that they all agree with each other and
/// with the plan file.
///
/// Money per course comes from ``CostRules`` (the same rules that made the
/// plan's totals); headline totals are the plan file's own figures.
public struct PlanDigest: Sendable {
    public let scenario: Scenario
    public let plan: Plan

    /// One taught session: a course meeting on a date in consecutive slots.
    public struct Session: Sendable {
        public var date: CivilDate
        public var slots: [Int]
        /// Index into `scenario.courses`.
        public var course: Int
        /// 1-based position of this session in its course.
        public var number: Int
        public var count: Int
        /// Index into `scenario.instructors` and `scenario.venues`.
        public var instructor: Int
        public var venue: Int
    }

    /// A course of the scenario as the plan treats it.
    public struct CourseLine: Sendable {
        /// Index into `scenario.courses`.
        public var course: Int
        public var planned: PlannedCourse
        public var instructor: Int?
        public var venue: Int?
        public var firstDate: CivilDate?
        public var lastDate: CivilDate?
        public var fees: Double
        public var rent: Double
        public var socialSecurity: Double
        /// Fees, rent and insurance of this course (engagement is paid per instructor, not per course).
        public var cost: Double { fees + rent + socialSecurity }
    }

    /// An instructor's load and pay under the plan.
    public struct InstructorLine: Sendable {
        /// Index into `scenario.instructors`.
        public var instructor: Int
        /// Course ids taught, in scenario order.
        public var courses: [String]
        /// Slots taught in each week of the horizon (week 0 first).
        public var slotsPerWeek: [Int]
        public var slots: Int { slotsPerWeek.reduce(0, +) }
        public var fees: Double
        /// The engagement cost paid, i.e. 0 when the instructor teaches nothing.
        public var engagement: Double
        public var teaches: Bool { !courses.isEmpty }
    }

    public private(set) var sessions: [Session] = []
    public private(set) var courses: [CourseLine] = []
    public private(set) var instructors: [InstructorLine] = []

    /// Throws when the plan names a course, instructor or venue the scenario lacks.
    public init(plan: Plan, scenario: Scenario) throws(ReportError) {
        self.plan = plan
        self.scenario = scenario
        let courseIndex = Dictionary(scenario.courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let instructorIndex = Dictionary(scenario.instructors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let venueIndex = Dictionary(scenario.venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let planned = Dictionary(plan.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for course in plan.courses where courseIndex[course.id] == nil {
            throw .planDoesNotMatchScenario("course \(course.id) is not in scenario \"\(scenario.name)\"")
        }
        var taught = Array(repeating: [String](), count: scenario.instructors.count)
        var slotsPerWeek = Array(repeating: Array(repeating: 0, count: scenario.calendar.weeks), count: scenario.instructors.count)
        var fees = Array(repeating: 0.0, count: scenario.instructors.count)
        for (c, course) in scenario.courses.enumerated() {
            let entry = planned[course.id] ?? .unscheduled(course.id, reasons: [])
            guard entry.scheduled else {
                courses.append(CourseLine(course: c, planned: entry, fees: 0, rent: 0, socialSecurity: 0))
                continue
            }
            guard let instructorID = entry.instructor, let i = instructorIndex[instructorID] else {
                throw .planDoesNotMatchScenario("course \(course.id): instructor \(entry.instructor ?? "(none)") is not in the scenario")
            }
            guard let venueID = entry.venue, let v = venueIndex[venueID] else {
                throw .planDoesNotMatchScenario("course \(course.id): venue \(entry.venue ?? "(none)") is not in the scenario")
            }
            let planSessions = (entry.sessions ?? []).sorted { $0.date < $1.date }
            guard !planSessions.isEmpty else {
                throw .planDoesNotMatchScenario("course \(course.id) is scheduled but has no sessions")
            }
            // A hand-over (rule 11): the sessions from its date on are taught, paid and hosted by the new holders.
            let handover = entry.handover
            let laterInstructor = try handover?.instructor.map { id throws(ReportError) in
                guard let index = instructorIndex[id] else {
                    throw .planDoesNotMatchScenario("course \(course.id): instructor \(id) is not in the scenario")
                }
                return index
            } ?? i
            let laterVenue = try handover?.venue.map { id throws(ReportError) in
                guard let index = venueIndex[id] else {
                    throw .planDoesNotMatchScenario("course \(course.id): venue \(id) is not in the scenario")
                }
                return index
            } ?? v
            func holders(_ date: CivilDate) -> (instructor: Int, venue: Int) {
                handover.map { date >= $0.from } == true ? (laterInstructor, laterVenue) : (i, v)
            }
            let dates = planSessions.map(\.date)
            var courseFees = 0.0, courseRent = 0.0
            for date in dates {
                let (si, sv) = holders(date)
                let fee = CostRules.fees(course, scenario.instructors[si], sessions: 1)
                courseFees += fee
                courseRent += CostRules.rent(course, scenario.venues[sv], sessions: 1)
                fees[si] += fee
            }
            let line = CourseLine(course: c, planned: entry, instructor: i, venue: v,
                                  firstDate: dates.first, lastDate: dates.last, fees: courseFees, rent: courseRent,
                                  socialSecurity: CostRules.socialSecurity(course, dates: dates,
                                                                           premium: scenario.premiumPerParticipantMonth))
            courses.append(line)
            for who in Set(dates.map { holders($0).instructor }).sorted() { taught[who].append(course.id) }
            for (n, session) in planSessions.enumerated() {
                let slots = session.slots.sorted()
                let (si, sv) = holders(session.date)
                sessions.append(Session(date: session.date, slots: slots, course: c, number: n + 1,
                                        count: planSessions.count, instructor: si, venue: sv))
                let week = scenario.calendar.week(of: session.date)
                if slotsPerWeek[si].indices.contains(week) { slotsPerWeek[si][week] += slots.count }
            }
        }
        sessions.sort { a, b in
            (a.date, a.slots.first ?? 0, a.course) < (b.date, b.slots.first ?? 0, b.course)
        }
        instructors = scenario.instructors.indices.map { i in
            InstructorLine(instructor: i, courses: taught[i], slotsPerWeek: slotsPerWeek[i], fees: fees[i],
                           engagement: taught[i].isEmpty ? 0 : scenario.instructors[i].engagementCost)
        }
    }

    /// The horizon runs into a second calendar year: short dates and months carry their year.
    public var spansYears: Bool { scenario.calendar.start.components.year != scenario.calendar.end.components.year }

    /// Courses that run, in scenario order.
    public var scheduled: [CourseLine] { courses.filter(\.planned.scheduled) }
    /// Courses left out, in scenario order.
    public var unscheduled: [CourseLine] { courses.filter { !$0.planned.scheduled } }

    /// People the courses that run train (a cohort once: ``Scenario/trainees(of:)``).
    public var traineesTrained: Int { scenario.trainees(of: scheduled.map(\.course)) }
    /// People the courses left out would have trained beyond those trained: the demand the plan does not meet.
    public var traineesUnmet: Int { scenario.trainees(of: courses.map(\.course)) - traineesTrained }

    /// Sessions taught by one instructor, or held in one venue, in date order.
    public func sessions(instructor i: Int) -> [Session] { sessions.filter { $0.instructor == i } }
    public func sessions(venue v: Int) -> [Session] { sessions.filter { $0.venue == v } }

    /// Slot labels of a session, e.g. `08:00-12:00, 13:00-16:00`.
    public func slotLabels(_ slots: [Int]) -> [String] {
        slots.map { scenario.calendar.slots.indices.contains($0 - 1) ? scenario.calendar.slots[$0 - 1] : "#\($0)" }
    }
}
