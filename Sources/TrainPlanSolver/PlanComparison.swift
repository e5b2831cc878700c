import TrainPlanCore
import TrainPlanReport

/// What changed between two plans of the same courses, in a planner's words.
public struct PlanComparison: Sendable {
    public var added: [String] = []
    /// Courses of the new scenario that ran before and do not now.
    public var dropped: [String] = []
    /// Courses that ran before and that the new scenario no longer has (a variant removed them).
    public var removed: [String] = []
    /// What changed for a course that runs in both plans: each part that changed, before → after.
    public struct Move: Sendable {
        public var course: String
        public var instructor: (before: String, after: String)?
        public var venue: (before: String, after: String)?
        /// First and last date and the slots of a session, as `2023-01-02..2023-02-13 s1` (`JP1` in Indonesian).
        public var dates: (before: Span, after: Span)?

        /// "GM-01: instructor CND-HARTO → IND-SLAMET" in `text`'s language.
        public func sentence(_ text: TextCatalogue) -> String {
            var changes: [String] = []
            if let instructor { changes.append(text(.cmpInstructor, instructor.before, instructor.after)) }
            if let venue { changes.append(text(.cmpVenue, venue.before, venue.after)) }
            if let dates {
                let slot = text(.cmpSlotShort)
                changes.append(text(.cmpDates, dates.before.text(slot: slot), dates.after.text(slot: slot)))
            }
            return "\(course): " + changes.joined(separator: ", ")
        }
    }

    public var moves: [Move] = []

    /// A demand entry served differently (rules 9-10): which courses train or place its people, how
    /// many, and from when, before → after. Not counted in ``changedCourses``: it follows from them,
    /// or from the budget, and says what the planner tells the company.
    public struct DemandMove: Sendable {
        public var demand: String
        public var before: [PlannedDemand.Served]
        public var after: [PlannedDemand.Served]
        /// The new scenario no longer lists the entry (a variant removed it): not "served by none".
        public var removed = false

        /// "demand REQ-GM: GM-01 12 → GM-01 8, GM-02 4" in `text`'s language; an apprenticeship's
        /// placements carry their start ("GM-01 3 (2023-03-01)").
        public func sentence(_ text: TextCatalogue) -> String {
            func list(_ served: [PlannedDemand.Served]) -> String {
                served.isEmpty ? "-" : served.map { "\($0.course) \($0.people)" + ($0.start.map { " (\($0))" } ?? "") }
                    .joined(separator: ", ")
            }
            return removed ? text(.cmpDemandRemoved, demand, list(before)) : text(.cmpDemand, demand, list(before), list(after))
        }
    }

    public var demandMoves: [DemandMove] = []
    /// "GM-01: instructor CND-HARTO → IND-SLAMET", one line per changed course.
    public var moved: [String] { moves.map { $0.sentence(TextCatalogue(language: .en)) } }

    /// Courses whose running, instructor, venue or sessions differ.
    public var changedCourses: Int { added.count + dropped.count + removed.count + moves.count }

    /// The parts (instructor, venue, sessions) that changed, over the courses that run in both plans.
    public var changedParts: Int {
        moves.reduce(0) { $0 + [$1.instructor != nil, $1.venue != nil, $1.dates != nil].filter { $0 }.count }
    }

    public var summary: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("added " + added.joined(separator: " ")) }
        if !dropped.isEmpty { parts.append("dropped " + dropped.joined(separator: " ")) }
        if !removed.isEmpty { parts.append("no longer in the scenario " + removed.joined(separator: " ")) }
        parts += moved
        parts += demandMoves.map { $0.sentence(TextCatalogue(language: .en)) }
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
        removed = before.keys.filter { !known.contains($0) }.sorted()
        // Demand entries of either plan, in the new plan's order, then those only the old plan has.
        let served = { (plan: Plan) in Dictionary((plan.demand ?? []).map { ($0.id, Self.sorted($0.served)) }, uniquingKeysWith: { a, _ in a }) }
        let was = served(old), now = served(new)
        let ids = (new.demand ?? []).map(\.id) + (old.demand ?? []).map(\.id).filter { now[$0] == nil }
        let listed = Set((new.demand ?? []).map(\.id))
        for id in ids where was[id] != now[id] {
            demandMoves.append(DemandMove(demand: id, before: was[id] ?? [], after: now[id] ?? [], removed: new.demand != nil && !listed.contains(id)))
        }
    }

    static func sorted(_ served: [PlannedDemand.Served]) -> [PlannedDemand.Served] {
        served.filter { $0.people > 0 }.sorted { ($0.course, $0.start?.description ?? "") < ($1.course, $1.start?.description ?? "") }
    }

    /// A course's sessions in a line: first and last date, and the slots of its first session.
    public struct Span: Sendable {
        var first: CivilDate?
        var last: CivilDate?
        var slots: [Int]

        /// `2023-01-02..2023-02-13 s1`, with `slot` the language's short word for a slot; `-` without sessions.
        func text(slot: String) -> String {
            guard let first, let last else { return "-" }
            return "\(first)..\(last) \(slot)\(slots.map(String.init).joined(separator: "-"))"
        }
    }

    static func span(_ course: PlannedCourse) -> Span {
        Span(first: course.sessions?.first?.date, last: course.sessions?.last?.date, slots: course.sessions?.first?.slots ?? [])
    }
}
