import TrainPlanCore

/// What changed between two plans of the same courses, in a planner's words.
public struct PlanComparison: Sendable {
    public var added: [String] = []
    public var dropped: [String] = []
    /// "GM-01: instructor CND-HARTO → IND-SLAMET", one line per changed course.
    public var moved: [String] = []

    /// Courses whose running, instructor, venue or sessions differ.
    public var changedCourses: Int { added.count + dropped.count + moved.count }

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
            var changes: [String] = []
            if was.instructor != course.instructor { changes.append("instructor \(was.instructor ?? "-") → \(course.instructor ?? "-")") }
            if was.venue != course.venue { changes.append("venue \(was.venue ?? "-") → \(course.venue ?? "-")") }
            if was.sessions != course.sessions { changes.append("dates \(Self.span(was)) → \(Self.span(course))") }
            if !changes.isEmpty { moved.append("\(course.id): " + changes.joined(separator: ", ")) }
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
