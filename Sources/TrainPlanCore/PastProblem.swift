/// Why the earlier plan's past cannot stay as rule 11 keeps it, as facts: the plan file keeps them
/// in `infeasibilityDetails`, and the summary and reports word them in the planner's language.
public enum PastProblem: Codable, Sendable, Hashable {
    /// `course` has sessions on or before `until` that cannot stay as they were.
    case happened(course: String, until: CivilDate, cause: PastCause)
    /// `course` ended by `until`, and its sessions no longer hold.
    case ended(course: String, until: CivilDate, cause: PastCause)
    /// `course` has started, and cannot keep its plan.
    case started(course: String, until: CivilDate, cause: PastCause)
    /// `course` was handed over `on` a date to `instructor` at `venue`, who can no longer hold it
    /// (`away`: the first date one of them is not free), and a plan holds one hand-over per course.
    case handedOverAgain(course: String, on: CivilDate, instructor: String, venue: String, away: Absence?, until: CivilDate)
    /// `course` has started, and its remaining sessions cannot be held by anyone, for `reasons`.
    case remainingCannotRun(course: String, until: CivilDate, reasons: [UnscheduledReason])
    /// The earlier plan has `courses` with one holder (`holder`: instructor, venue or cohort `id`) at once.
    case clash(courses: [String], holder: Holder, id: String, date: CivilDate, slot: Int, until: CivilDate)
    /// `instructor` already taught `taught` slots in one `period`, over `limit`.
    case overLimit(instructor: String, taught: Int, period: LoadPeriod, limit: Int, until: CivilDate)
    /// `instructor` already taught `courses`, more than `limit`.
    case overCourses(instructor: String, courses: [String], limit: Int, until: CivilDate)

    public enum Holder: String, Codable, Sendable, Hashable, CaseIterable { case instructor, venue, cohort }
    public enum LoadPeriod: String, Codable, Sendable, Hashable, CaseIterable { case day, week, horizon }

    /// `id` (an instructor or venue) is not free on `date`.
    public struct Absence: Codable, Sendable, Hashable {
        public var holder: Holder
        public var id: String
        public var date: CivilDate
        public init(holder: Holder, id: String, date: CivilDate) {
            self.holder = holder
            self.id = id
            self.date = date
        }
    }
}

/// Why one course's past sessions no longer hold in the scenario as it is now.
public enum PastCause: Error, Codable, Sendable, Hashable {
    /// The earlier hand-over's date is not one of the course's sessions after the first.
    case handoverNotASession(date: CivilDate)
    /// `instructor`, who held the sessions from `from`, no longer has `skill` at `level` (`listed`: or is not on the course's list).
    case instructorCannotTeach(instructor: String, from: CivilDate, skill: String, level: Int, listed: Bool)
    /// `venue` held the sessions from `from` and seats `capacity` of the course's `participants`.
    case venueTooSmall(venue: String, from: CivilDate, capacity: Int, participants: Int)
    /// `venue` held the sessions from `from` and lacks equipment, or is off the course's list.
    case venueCannotHost(venue: String, from: CivilDate)
    /// A holder of a session on `date` is now unavailable then.
    case holderUnavailable(holder: PastProblem.Holder, id: String, date: CivilDate, until: CivilDate)
    /// A holder (the hand-over's, with `handover`) is gone from the scenario.
    case holderGone(holder: PastProblem.Holder, id: String, handover: Bool)
    /// Sessions were `was` slots long; the course now has `now`.
    case lengthChanged(was: Int, now: Int)
    /// The earlier plan holds a session on `date` in `slots`, not the ones its `startSlot` gives
    /// (rule 3: every session at the course's start slot; a plan edited by hand).
    case slotsOffStart(date: CivilDate, slots: [Int], startSlot: Int)
    case calendarStartsLater(start: CivilDate, first: CivilDate)
    case calendarEndsEarlier(end: CivilDate, last: CivilDate)
    case nowHoliday(date: CivilDate)
    case noLongerWorkday(date: CivilDate)
    case outsideWindow(date: CivilDate, from: CivilDate, to: CivilDate)
    /// The course's sessions, weekdays or days a week changed.
    case rhythmChanged
    /// A load limit, or the course's list of instructors, no longer allows `instructor`.
    case instructorNoLongerAllowed(instructor: String)
    /// Seats, equipment or the course's list of venues no longer allow `venue`.
    case venueNoLongerAllowed(venue: String)
}
