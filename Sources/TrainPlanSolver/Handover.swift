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
    /// (instructor, venue, session dates) for each run of sessions one holder keeps.
    var holdings: [(instructor: Int, venue: Int, dates: [CivilDate])] {
        guard let handover else { return [(instructor, venue, pattern.dates)] }
        return [(instructor, venue, pattern.dates.filter { $0 < handover.from }),
                (handover.instructor, handover.venue, pattern.dates.filter { $0 >= handover.from })]
            .filter { !$0.dates.isEmpty }
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

extension HandoverOptions {
    /// A started course whose instructor or venue cannot hold all its later sessions (away from some
    /// day on) keeps them up to the first session they cannot hold and is handed over from there:
    /// rule 11 lets `from` be any later session, and a planner hands over when the instructor falls
    /// ill, not before. Chosen when nobody can take every later session, or when the course's own
    /// instructor and venue cost no more a session than the cheapest who could (so keeping them
    /// longer never costs more). `nil`: the hand-over stays on the first session after the date.
    static func deferred(_ started: StartedCourse, course c: Int, options: CourseOptions,
                         scenario: Scenario) -> (started: StartedCourse, options: CourseOptions)? {
        guard started.handedOverTo == nil else { return nil }
        let course = scenario.courses[c]
        let instructor = scenario.instructors[started.instructor], venue = scenario.venues[started.venue]
        let forced = options.isEmpty || !options.instructors[0].contains(started.instructor)
            || !options.venues[0].contains(started.venue)
        guard forced, instructor.canTeach(course), venue.canHost(course) else { return nil }
        let remaining = started.remaining
        let slots = remaining.slots(length: course.sessionLength)
        guard let k = remaining.dates.firstIndex(where: { date in
            !slots.allSatisfy { instructor.isAvailable(on: date, slot: $0) && venue.isAvailable(on: date, slot: $0) }
        }), k > 0 else { return nil }
        // The sessions it keeps count against its instructor's limits (rule 6), with its past ones.
        let kept = started.pattern.dates.filter { $0 < remaining.dates[k] }
        let length = course.sessionLength
        if let limit = instructor.maxSlots, kept.count * length > limit { return nil }
        if let limit = instructor.maxSlotsPerDay, length > limit { return nil }
        if let limit = instructor.maxSlotsPerWeek,
           Dictionary(grouping: kept, by: scenario.calendar.week(of:)).values.contains(where: { $0.count * length > limit }) {
            return nil
        }
        let later = StartedCourse(instructor: started.instructor, venue: started.venue, pattern: started.pattern,
                                  remaining: Pattern(weekdays: remaining.weekdays, startSlot: remaining.startSlot,
                                                     dates: Array(remaining.dates[k...])))
        let laterOptions = Self.options(for: c, started: later, scenario: scenario)
        guard !laterOptions.isEmpty else { return nil }
        if !options.isEmpty {
            let own = CostRules.fees(course, instructor, sessions: 1) + CostRules.rent(course, venue, sessions: 1)
            let cheapestFee = options.instructors[0].map { CostRules.fees(course, scenario.instructors[$0], sessions: 1) }.min() ?? 0
            let cheapestRent = options.venues[0].map { CostRules.rent(course, scenario.venues[$0], sessions: 1) }.min() ?? 0
            guard own <= cheapestFee + cheapestRent else { return nil }
        }
        return (later, laterOptions)
    }
}

/// The periods a started course's kept sessions after the re-planning date hold (a deferred
/// hand-over's): its instructor, venue and cohort are taken then, so no other course may use them.
struct KeptSessions: Sendable {
    var course: Int
    var instructor: Int
    var venue: Int
    var cohort: String?
    var periods: Set<Int>

    init(course c: Int, started: StartedCourse, scenario: Scenario, after t: CivilDate) {
        let length = scenario.courses[c].sessionLength
        let slots = started.pattern.slots(length: length)
        course = c
        instructor = started.instructor
        venue = started.venue
        cohort = scenario.courses[c].cohort
        periods = Set(started.pattern.dates.filter { $0 > t && $0 < started.remaining.firstDate }
            .flatMap { date in slots.map { scenario.calendar.period(of: date, slot: $0) } })
    }

    /// `options` of another course without the ways that would clash with these sessions (rule 5).
    func clearing(_ options: CourseOptions, scenario: Scenario) -> CourseOptions {
        guard options.course != course, !periods.isEmpty else { return options }
        let sameCohort = cohort != nil && scenario.courses[options.course].cohort == cohort
        let overlaps = options.periods.map { !periods.isDisjoint(with: $0) }
        return Replanning.filtered(options, patternAt: { !(overlaps[$0] && sameCohort) },
                                   instructor: { p, i in !overlaps[p] || i != instructor },
                                   venue: { p, v in !overlaps[p] || v != venue })
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
