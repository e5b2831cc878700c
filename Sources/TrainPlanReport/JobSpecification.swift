import TrainPlanCore

/// What a hired (or newly certified) instructor would do in the plan that hiring them
/// gives: the job an office advertises, with the courses, sessions, slots (JP),
/// weekdays, dates and venues of it.
public struct JobSpecification: Sendable, Hashable, Codable {
    /// One course of the job.
    public struct Assignment: Sendable, Hashable, Codable {
        public var course: String
        public var venue: String
        public var sessions: Int
        public var slots: Int
        public var weekdays: [Weekday]
        public var firstDate: CivilDate
        public var lastDate: CivilDate
        public var participants: Int
    }

    public var instructor: String
    public var courses: [Assignment]
    public var sessions: Int { courses.reduce(0) { $0 + $1.sessions } }
    public var slots: Int { courses.reduce(0) { $0 + $1.slots } }
    /// The weekdays of all its courses, Monday first.
    public var weekdays: [Weekday] { Array(Set(courses.flatMap(\.weekdays))).sorted() }
    public var firstDate: CivilDate? { courses.map(\.firstDate).min() }
    public var lastDate: CivilDate? { courses.map(\.lastDate).max() }

    /// The job of `instructor` in `plan`; nil when they teach nothing there.
    public init?(instructor: String, plan: Plan, scenario: Scenario) {
        let participants = Dictionary(scenario.courses.map { ($0.id, $0.participants) }, uniquingKeysWith: { a, _ in a })
        let courses: [Assignment] = plan.courses.compactMap { course in
            guard course.scheduled, course.instructor == instructor, let sessions = course.sessions,
                  let first = sessions.map(\.date).min(), let last = sessions.map(\.date).max() else { return nil }
            return Assignment(course: course.id, venue: course.venue ?? "", sessions: sessions.count,
                              slots: sessions.reduce(0) { $0 + $1.slots.count },
                              weekdays: course.weekdays ?? Array(Set(sessions.map(\.date.weekday))).sorted(),
                              firstDate: first, lastDate: last, participants: participants[course.id] ?? 0)
        }
        guard !courses.isEmpty else { return nil }
        self.instructor = instructor
        self.courses = courses
    }
}
