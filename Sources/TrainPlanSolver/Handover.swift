import TrainPlanCore

/// A started course's later sessions taken by another instructor and/or venue (rule 11),
/// by index into the scenario's lists.
public struct HandoverAssignment: Sendable, Hashable {
    /// The first session the new holders take.
    public var from: CivilDate
    public var instructor: Int
    public var venue: Int

    public init(from: CivilDate, instructor: Int, venue: Int) {
        self.from = from
        self.instructor = instructor
        self.venue = venue
    }
}

extension Assignment {
    /// (instructor, venue, number of sessions) for each run of sessions one holder keeps.
    var holdings: [(instructor: Int, venue: Int, sessions: Int)] {
        guard let handover else { return [(instructor, venue, pattern.dates.count)] }
        let before = pattern.dates.filter { $0 < handover.from }.count
        return [(instructor, venue, before), (handover.instructor, handover.venue, pattern.dates.count - before)]
            .filter { $0.sessions > 0 }
    }
}

/// A course that had started on the re-planning date: its sessions on or before it stay with
/// their instructor and venue; the rest keep their dates and may be handed over.
struct StartedCourse: Sendable {
    var instructor: Int
    var venue: Int
    /// All its sessions, as in the earlier plan.
    var pattern: Pattern
    /// Its sessions after the re-planning date: the one pattern the model chooses holders for;
    /// from the hand-over on when it was handed over on or before that date.
    var remaining: Pattern
    /// Who took it over on or before the re-planning date (an earlier re-plan's hand-over): the
    /// only holders its `remaining` sessions may have, as a second hand-over is not supported.
    var handedOverTo: (instructor: Int, venue: Int)? = nil
    var pastDates: [CivilDate] { pattern.dates.filter { $0 < remaining.firstDate } }
}

/// Who may take a started course's remaining sessions: instructors qualified (rule 1) and
/// venues suitable (rule 2), each available in every remaining period (rule 4) and not ruled
/// out by a load limit on those sessions alone (rule 6; the model counts the rest).
enum HandoverOptions {
    static func options(for c: Int, started: StartedCourse, scenario: Scenario) -> CourseOptions {
        let course = scenario.courses[c]
        let calendar = scenario.calendar
        let remaining = started.remaining
        let slots = remaining.slots(length: course.sessionLength)
        let periods = remaining.dates.flatMap { date in slots.map { calendar.period(of: date, slot: $0) } }
        func free(_ available: (CivilDate, Int) -> Bool) -> Bool {
            remaining.dates.allSatisfy { date in slots.allSatisfy { available(date, $0) } }
        }
        let weekLoad = Dictionary(grouping: remaining.dates, by: calendar.week(of:)).values
            .map { $0.count * course.sessionLength }.max() ?? 0
        let instructors = scenario.instructors.indices.filter { i in
            let instructor = scenario.instructors[i]
            guard instructor.canTeach(course), free(instructor.isAvailable(on:slot:)) else { return false }
            if let limit = instructor.maxSlotsPerDay, limit < course.sessionLength { return false }
            if let limit = instructor.maxSlotsPerWeek, limit < weekLoad { return false }
            if let limit = instructor.maxSlots, limit < remaining.dates.count * course.sessionLength { return false }
            if let limit = instructor.maxCourses, limit < 1 { return false }
            return true
        }
        let venues = scenario.venues.indices.filter { v in
            scenario.venues[v].canHost(course) && free(scenario.venues[v].isAvailable(on:slot:))
        }
        guard !instructors.isEmpty, !venues.isEmpty else {
            var reasons: [UnscheduledReason] = []
            if instructors.isEmpty { reasons.append(UnscheduledReason(kind: .noSubstitute, instructors: [], from: remaining.firstDate)) }
            if venues.isEmpty { reasons.append(UnscheduledReason(kind: .noSubstitute, venues: [], from: remaining.firstDate)) }
            return CourseOptions(course: c, patterns: [], periods: [], instructors: [], venues: [], reasons: reasons)
        }
        return CourseOptions(course: c, patterns: [remaining], periods: [periods], instructors: [instructors],
                             venues: [venues], reasons: [])
    }
}

/// What started courses hold on or before the re-planning date: fixed, so the model counts it
/// as constants (fees, rent, each instructor's load and courses) rather than as choices.
struct PastHoldings: Sendable {
    /// Past (date, slots) per instructor.
    private(set) var sessions: [Int: [(date: CivilDate, slots: Int)]] = [:]
    /// Started courses per instructor who held their past sessions.
    private(set) var courses: [Int: Set<Int>] = [:]
    /// Fees and rent of the past sessions.
    private(set) var cost = 0.0
    /// Each started course's whole session dates (its insurance months).
    private(set) var allDates: [Int: [CivilDate]] = [:]

    init(_ started: [Int: StartedCourse], scenario: Scenario) {
        for (c, course) in started {
            let length = scenario.courses[c].sessionLength
            let past = course.pastDates
            sessions[course.instructor, default: []] += past.map { ($0, length) }
            courses[course.instructor, default: []].insert(c)
            cost += CostRules.fees(scenario.courses[c], scenario.instructors[course.instructor], sessions: past.count)
                + CostRules.rent(scenario.courses[c], scenario.venues[course.venue], sessions: past.count)
            allDates[c] = course.pattern.dates
        }
    }

    /// Past slots of instructor `i` per bucket (day, week, ...).
    func load(of i: Int, by bucket: (CivilDate) -> Int) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for session in sessions[i] ?? [] { result[bucket(session.date), default: 0] += session.slots }
        return result
    }

    func totalLoad(of i: Int) -> Int { (sessions[i] ?? []).reduce(0) { $0 + $1.slots } }
}
