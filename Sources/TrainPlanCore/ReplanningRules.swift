/// Rule 11: re-planning from an earlier plan on day `T` (everything on or before `T` has happened).
///
/// Kept apart from rules 1-8 so that `verify --from OLD --frozen-until T` adds it to them:
/// what happened is not re-planned, started courses keep their dates and may only hand
/// their later sessions over, and nothing new is scheduled in the past.
extension PlanVerifier {
    /// Rules 1-8 (per session holder) and rule 11 against the earlier plan.
    public static func verify(_ plan: Plan, against scenario: Scenario, replanningFrom previous: Plan,
                              frozenUntil: CivilDate) -> VerificationReport {
        var report = verify(plan, against: scenario)
        guard plan.status == .optimal || plan.status == .feasible else { return report }
        report.violations += replanningViolations(plan, previous: previous, frozenUntil: frozenUntil)
        report.violations += replanningRecordViolations(plan, previous: previous, frozenUntil: frozenUntil)
        return report
    }

    /// Courses of `plan` that run differently than in `previous`: scheduled or dropped, or another
    /// instructor, venue or date for any session. What the change penalty is counted on; one
    /// definition for the solver and the verifier.
    public static func changedCourses(_ plan: Plan, previous: Plan) -> [String] {
        func sessionsByHolder(_ course: PlannedCourse) -> [String] {
            (course.holdings ?? []).flatMap { holding in
                holding.sessions.map { "\($0.date) \($0.slots) \(holding.instructor) \(holding.venue)" }
            }
        }
        let before = Dictionary(previous.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return plan.courses.filter { course in
            guard let was = before[course.id], was.scheduled else { return course.scheduled }
            guard course.scheduled else { return true }
            return sessionsByHolder(was) != sessionsByHolder(course)
        }.map(\.id)
    }

    /// The figures a plan's `replanning` record states, recomputed: the date, the courses changed,
    /// the penalties and the objective with them (each checked only where the record states it:
    /// a plan written by hand may give no more than the earlier plan and the date).
    static func replanningRecordViolations(_ plan: Plan, previous: Plan, frozenUntil t: CivilDate) -> [Violation] {
        guard let record = plan.replanning else { return [] }
        var violations: [Violation] = []
        func fail(_ message: String) { violations.append(Violation(rule: nil, course: nil, message: message)) }
        func sameMoney(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(0.005, 1e-13 * max(abs(a), abs(b))) }
        if let stated = record.frozenUntil, stated != t {
            fail("replanning.frozenUntil is \(stated), the re-planning date given is \(t)")
        }
        let changed = changedCourses(plan, previous: previous)
        if record.statesChanges, Set(record.changed) != Set(changed) {
            fail("replanning.changed lists \(record.changed.isEmpty ? "no course" : record.changed.sorted().joined(separator: ", ")), "
                 + "recomputed \(changed.isEmpty ? "no course" : changed.sorted().joined(separator: ", "))")
        }
        let penalties = record.changePenalty * Double(changed.count)
        if record.statesPenalties, !sameMoney(record.penalties, penalties) {
            fail("replanning.penalties is \(Money.plain(record.penalties)), recomputed \(Money.plain(penalties)) "
                 + "(\(changed.count) changed × \(Money.plain(record.changePenalty)))")
        }
        if let stated = record.objectiveWithPenalties, let objective = plan.objective,
           !sameMoney(stated, objective + penalties) {
            fail("replanning.objectiveWithPenalties is \(Money.plain(stated)), recomputed \(Money.plain(objective + penalties))")
        }
        return violations
    }

    /// What breaks rule 11, course by course.
    public static func replanningViolations(_ plan: Plan, previous: Plan, frozenUntil t: CivilDate) -> [Violation] {
        var violations: [Violation] = []
        func fail(_ course: String, _ key: ViolationKey, _ arguments: CustomStringConvertible...) {
            violations.append(Violation(rule: 11, course: course, key: key, arguments.map(\.description)))
        }
        let now = Dictionary(plan.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var earlier: Set<String> = []
        for old in previous.scheduledCourses {
            let oldSessions = old.sessions ?? []
            guard oldSessions.contains(where: { $0.date <= t }) else { continue }
            earlier.insert(old.id)
            // Not in the plan at all: a course the scenario no longer has (the plan lists every one of
            // its courses); `solve` leaves it out and says so.
            guard let new = now[old.id] else { continue }
            guard new.scheduled else {
                fail(old.id, .pastDropped, t)
                continue
            }
            let newSessions = new.sessions ?? []
            let started = oldSessions.contains { $0.date > t }
            if newSessions != oldSessions {
                if started { fail(old.id, .startedDatesChanged) } else { fail(old.id, .endedSessionsChanged, t) }
            }
            // Whoever held a session on or before T still holds it.
            let heldBefore = holders(old), heldNow = holders(new)
            for session in oldSessions where session.date <= t {
                if let was = heldBefore[session.date], let is_ = heldNow[session.date], was != is_ {
                    fail(old.id, .pastHolderChanged, session.date, was.instructor, was.venue, is_.instructor, is_.venue)
                }
            }
            // A hand-over the earlier plan made on or before T has happened: it stays as it was.
            if let handover = new.handover, handover != old.handover || handover.from > t {
                if handover.from <= t {
                    fail(old.id, .handoverInThePast, handover.from, t)
                }
                if !started { fail(old.id, .endedHandedOver, t) }
            }
        }
        for course in plan.scheduledCourses where !earlier.contains(course.id) {
            if let early = (course.sessions ?? []).first(where: { $0.date <= t }) {
                fail(course.id, .newInThePast, t, early.date)
            }
            if course.handover != nil {
                fail(course.id, .notStartedHandedOver, t)
            }
        }
        return violations
    }

    /// Each session date's (instructor, venue) holder.
    private static func holders(_ course: PlannedCourse) -> [CivilDate: Holder] {
        var result: [CivilDate: Holder] = [:]
        for holding in course.holdings ?? [] {
            for session in holding.sessions { result[session.date] = Holder(instructor: holding.instructor, venue: holding.venue) }
        }
        return result
    }

    private struct Holder: Hashable { var instructor: String; var venue: String }

    /// A scheduled course's sessions by holder, each holder looked up in the scenario (rules 1-2
    /// fail for one that is not there), with a hand-over checked for its form; `nil` when
    /// nothing more can be checked.
    static func holdings(of planned: PlannedCourse, course: Course, scenario: Scenario,
                         fail: (Int?, String?, String) -> Void) -> [(instructor: Instructor, venue: Venue, sessions: [PlannedSession])]? {
        guard let instructorID = planned.instructor else {
            fail(1, course.id, "scheduled, but names no instructor")
            return nil
        }
        guard let instructor = scenario.instructor(instructorID) else {
            fail(1, course.id, "instructor \"\(instructorID)\" is not in the scenario")
            return nil
        }
        guard let venueID = planned.venue else {
            fail(2, course.id, "scheduled, but names no venue")
            return nil
        }
        guard let venue = scenario.venue(venueID) else {
            fail(2, course.id, "venue \"\(venueID)\" is not in the scenario")
            return nil
        }
        let sessions = (planned.sessions ?? []).sorted { $0.date < $1.date }
        guard let handover = planned.handover else { return [(instructor, venue, sessions)] }
        var form = true
        if !sessions.contains(where: { $0.date == handover.from }) || sessions.first?.date == handover.from {
            fail(nil, course.id, "hand-over date \(handover.from) is not one of its sessions after the first")
            form = false
        }
        if handover.instructor == nil && handover.venue == nil {
            fail(nil, course.id, "hand-over from \(handover.from) names neither an instructor nor a venue")
            form = false
        }
        if let id = handover.instructor, id == instructorID {
            fail(nil, course.id, "hand-over from \(handover.from) names the instructor it already has (\(id))")
            form = false
        }
        if let id = handover.venue, id == venueID {
            fail(nil, course.id, "hand-over from \(handover.from) names the venue it already has (\(id))")
            form = false
        }
        var later = instructor
        if let id = handover.instructor {
            guard let substitute = scenario.instructor(id) else {
                fail(1, course.id, "hand-over instructor \"\(id)\" is not in the scenario")
                return nil
            }
            later = substitute
        }
        var laterVenue = venue
        if let id = handover.venue {
            guard let substitute = scenario.venue(id) else {
                fail(2, course.id, "hand-over venue \"\(id)\" is not in the scenario")
                return nil
            }
            laterVenue = substitute
        }
        guard form else { return [(instructor, venue, sessions)] }
        return [(instructor, venue, sessions.filter { $0.date < handover.from }),
                (later, laterVenue, sessions.filter { $0.date >= handover.from })]
    }

    /// The items once each, in their order.
    static func distinct<T, Key: Hashable>(_ items: [T], by key: (T) -> Key) -> [T] {
        var seen: Set<Key> = []
        return items.filter { seen.insert(key($0)).inserted }
    }
}
