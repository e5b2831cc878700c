import TrainPlanCore
import TrainPlanReport

/// What changed between two plans of the same courses, in a planner's words.
public struct PlanComparison: Sendable {
    public var added: [String] = []
    public var dropped: [String] = []
    /// What changed for a course that runs in both plans: each part that changed, before → after.
    public struct Move: Sendable {
        public var course: String
        public var instructor: (before: String, after: String)?
        public var venue: (before: String, after: String)?
        /// First and last date and the start slot (1-based), as `2023-01-02..2023-02-13 s1`.
        public var dates: (before: String, after: String)?

        /// "GM-01: instructor CND-HARTO → IND-SLAMET" in `text`'s language.
        public func sentence(_ text: TextCatalogue) -> String {
            var changes: [String] = []
            if let instructor { changes.append(text(.cmpInstructor, instructor.before, instructor.after)) }
            if let venue { changes.append(text(.cmpVenue, venue.before, venue.after)) }
            if let dates { changes.append(text(.cmpDates, dates.before, dates.after)) }
            return "\(course): " + changes.joined(separator: ", ")
        }
    }

    public var moves: [Move] = []
    /// "GM-01: instructor CND-HARTO → IND-SLAMET", one line per changed course.
    public var moved: [String] { moves.map { $0.sentence(TextCatalogue(language: .en)) } }

    /// Courses whose running, instructor, venue or sessions differ.
    public var changedCourses: Int { added.count + dropped.count + moves.count }

    /// The parts (instructor, venue, sessions) that changed, over the courses that run in both plans.
    public var changedParts: Int {
        moves.reduce(0) { $0 + [$1.instructor != nil, $1.venue != nil, $1.dates != nil].filter { $0 }.count }
    }

    public var summary: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("added " + added.joined(separator: " ")) }
        if !dropped.isEmpty { parts.append("dropped " + dropped.joined(separator: " ")) }
        parts += moved
        return parts.isEmpty ? "no change" : parts.joined(separator: "; ")
    }

    public init(from old: Plan, to new: Plan) {
        let before = Dictionary(old.scheduledCourses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for course in new.courses {
            guard course.scheduled else {
                if before[course.id] != nil { dropped.append(course.id) }
                continue
            }
            guard let was = before[course.id] else {
                added.append(course.id)
                continue
            }
            var move = Move(course: course.id)
            if was.instructor != course.instructor { move.instructor = (was.instructor ?? "-", course.instructor ?? "-") }
            if was.venue != course.venue { move.venue = (was.venue ?? "-", course.venue ?? "-") }
            if was.sessions != course.sessions { move.dates = (Self.span(was), Self.span(course)) }
            if move.instructor != nil || move.venue != nil || move.dates != nil { moves.append(move) }
        }
        // Courses of the old plan that the new scenario no longer has.
        let known = Set(new.courses.map(\.id))
        dropped += before.keys.filter { !known.contains($0) }.sorted()
    }

    static func span(_ course: PlannedCourse) -> String {
        guard let first = course.sessions?.first?.date, let last = course.sessions?.last?.date else { return "-" }
        let slots = course.sessions?.first?.slots.map(String.init).joined(separator: "-") ?? ""
        return "\(first)..\(last) s\(slots)"
    }
}
