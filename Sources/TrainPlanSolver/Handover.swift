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

    /// The remaining sessions its own instructor and venue keep when the hand-over's first
    /// session is `later`'s first (none for the first remaining session).
    func kept(before later: Pattern) -> [CivilDate] { remaining.dates.filter { $0 < later.firstDate } }
}

/// Who may take a started course's remaining sessions, and from which of them: rule 11 lets a
/// hand-over start on any session after the re-planning date, the sessions before it staying
/// with the course's own instructor and venue. One pattern per possible first session k of the
/// new holders (the remaining sessions from k on); the model charges pattern k the own holders'
/// sessions before k and holds their time then (``StartedCourse/kept(before:)``, ``Formulation``),
/// so it weighs every hand-over date, not one chosen beforehand.
enum HandoverOptions {
    static func options(for c: Int, started: StartedCourse, scenario: Scenario) -> CourseOptions {
        let course = scenario.courses[c]
        let first = holders(for: c, dates: started.remaining.dates, started: started, scenario: scenario)
        guard started.handedOverTo == nil else { return first }
        // Later first sessions: while the own instructor and venue can keep every session before them.
        let own = scenario.instructors[started.instructor], ownVenue = scenario.venues[started.venue]
        guard own.canTeach(course), ownVenue.canHost(course) else { return first }
        let dates = started.remaining.dates
        let slots = started.remaining.slots(length: course.sessionLength)
        var patterns = first.patterns, periods = first.periods, instructors = first.instructors, venues = first.venues
        var k = 1
        while k < dates.count,
              slots.allSatisfy({ own.isAvailable(on: dates[k - 1], slot: $0) && ownVenue.isAvailable(on: dates[k - 1], slot: $0) }) {
            let later = holders(for: c, dates: Array(dates[k...]), started: started, scenario: scenario)
            patterns += later.patterns; periods += later.periods; instructors += later.instructors; venues += later.venues
            k += 1
        }
        return CourseOptions(course: c, patterns: patterns, periods: periods, instructors: instructors, venues: venues,
                             reasons: patterns.isEmpty ? first.reasons : [])
    }

    /// The instructors qualified (rule 1) and venues suitable (rule 2) for the sessions on `dates`
    /// (the started course's from some session on), each available for every one of them (rule 4)
    /// and not ruled out by a load limit on those sessions alone (rule 6; the model counts the rest).
    private static func holders(for c: Int, dates: [CivilDate], started: StartedCourse, scenario: Scenario) -> CourseOptions {
        let course = scenario.courses[c]
        let calendar = scenario.calendar
        let remaining = Pattern(weekdays: started.remaining.weekdays, startSlot: started.remaining.startSlot, dates: dates)
        let slots = remaining.slots(length: course.sessionLength)
        let periods = remaining.dates.flatMap { date in slots.map { calendar.period(of: date, slot: $0) } }
        func free(_ available: (CivilDate, Int) -> Bool) -> Bool {
            remaining.dates.allSatisfy { date in slots.allSatisfy { available(date, $0) } }
        }
        let weekLoad = Dictionary(grouping: remaining.dates, by: calendar.week(of:)).values
            .map { $0.count * course.sessionLength }.max() ?? 0
        // The load limit that rules out a qualified, available instructor, if one does.
        func limit(_ instructor: Instructor) -> UnscheduledReason.LoadFigure? {
            let needs: [(field: String, limit: Int?, needed: Int)] = [
                ("maxSlotsPerDay", instructor.maxSlotsPerDay, course.sessionLength),
                ("maxSlotsPerWeek", instructor.maxSlotsPerWeek, weekLoad),
                ("maxSlots", instructor.maxSlots, remaining.dates.count * course.sessionLength),
                ("maxCourses", instructor.maxCourses, 1),
            ]
            for need in needs {
                if let limit = need.limit, limit < need.needed {
                    return UnscheduledReason.LoadFigure(instructor: instructor.id, field: need.field, limit: limit, needed: need.needed)
                }
            }
            return nil
        }
        let qualified = scenario.instructors.indices.filter { i in
            scenario.instructors[i].canTeach(course) && free(scenario.instructors[i].isAvailable(on:slot:))
        }
        let instructors = qualified.filter { limit(scenario.instructors[$0]) == nil }
        let venues = scenario.venues.indices.filter { v in
            scenario.venues[v].canHost(course) && free(scenario.venues[v].isAvailable(on:slot:))
        }
        guard !instructors.isEmpty, !venues.isEmpty else {
            var reasons: [UnscheduledReason] = []
            // Qualified and free, but without the load left: the limits say why (not "nobody is available").
            let limits = qualified.compactMap { limit(scenario.instructors[$0]) }
            if instructors.isEmpty {
                reasons.append(UnscheduledReason(kind: .noSubstitute, instructors: [], from: remaining.firstDate,
                                                 limits: limits.isEmpty ? nil : limits))
            }
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
