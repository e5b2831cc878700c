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
    /// The session from which a started course's later sessions are handed over, when not the first
    /// after the re-planning date: rule 11 lets `from` be any later session, and the sessions before
    /// it stay with the course's own instructor and venue. The model weighs one date per course, so
    /// it is chosen here by an estimate: for each date k that the own holders can reach (available on
    /// every session before it, and the instructor's load limits holding with its sessions in the
    /// earlier plan), the own holders' fees and rent before k plus the cheapest instructor (fees and
    /// engagement) and venue free for every session from k on. The first session's date stays unless
    /// a later one is estimated cheaper, or the own holders cannot keep every later session and no one
    /// can take them all from the first (an instructor ill from a later day, a load limit reached).
    /// `nil`: the first session after the date, as the options already have it.
    /// - Parameter held: each instructor's sessions of other courses in the earlier plan, which hold
    ///   their time and count against their limits as long as they stay.
    static func deferred(_ started: StartedCourse, course c: Int, options: CourseOptions, scenario: Scenario,
                         held: [Int: Commitments] = [:]) -> (started: StartedCourse, options: CourseOptions)? {
        guard started.handedOverTo == nil else { return nil }
        let course = scenario.courses[c], calendar = scenario.calendar
        let own = scenario.instructors[started.instructor], ownVenue = scenario.venues[started.venue]
        guard own.canTeach(course), ownVenue.canHost(course) else { return nil }
        let remaining = started.remaining, dates = remaining.dates, m = dates.count, length = course.sessionLength
        guard m >= 2 else { return nil }
        let slots = remaining.slots(length: length)
        func free(_ available: (CivilDate, Int) -> Bool, on date: CivilDate) -> Bool { slots.allSatisfy { available(date, $0) } }
        // The most sessions the own holders can keep: availability, and the instructor's limits
        // with the course's past sessions and its other courses in the earlier plan.
        let past = started.pattern.dates.filter { $0 < remaining.firstDate }
        let alsoHeld = (held[started.instructor]?.sessions ?? []).map { ($0.date, $0.slots.count) }
        var keepable = 0
        while keepable < m, free(own.isAvailable(on:slot:), on: dates[keepable]), free(ownVenue.isAvailable(on:slot:), on: dates[keepable]),
              Self.withinLimits(own, alsoHeld + (past + dates[...keepable]).map { ($0, length) }, calendar: calendar) {
            keepable += 1
        }
        let forced = keepable < m || options.isEmpty || !options.instructors[0].contains(started.instructor)
            || !options.venues[0].contains(started.venue)
        // From which session on each other holder is free through the end (m: never).
        func freeFrom(_ available: (CivilDate, Int) -> Bool) -> Int {
            var k = m
            while k > 0, free(available, on: dates[k - 1]) { k -= 1 }
            return k
        }
        // The own instructor holds every session whenever it holds the later ones: only within its limits.
        let ownWithinLimits = Self.withinLimits(own, alsoHeld + (past + dates).map { ($0, length) }, calendar: calendar)
        // Others: free (available, and not teaching another course then) from some session on, a
        // course more within their maxCourses, their total within maxSlots (checked per date below).
        // When no one is, the earlier plan's other courses are taken as free to move.
        func others(_ held: [Int: Commitments]) -> [(i: Int, from: Int)] {
            scenario.instructors.indices.compactMap { i -> (i: Int, from: Int)? in
                let instructor = scenario.instructors[i], commitments = held[i] ?? Commitments()
                guard instructor.canTeach(course), i != started.instructor || ownWithinLimits else { return nil }
                if i != started.instructor, let limit = instructor.maxCourses, commitments.courses + 1 > limit { return nil }
                let from = freeFrom { date, slot in
                    instructor.isAvailable(on: date, slot: slot)
                        && (i == started.instructor || !commitments.periods.contains(calendar.period(of: date, slot: slot)))
                }
                return from < m ? (i, from) : nil
            }
        }
        var commitments = held
        var instructors = others(commitments)
        func withinTotal(_ i: Int, sessions n: Int) -> Bool {
            guard i != started.instructor, let limit = scenario.instructors[i].maxSlots else { return true }
            return (commitments[i]?.slots ?? 0) + n * length <= limit
        }
        let venues = scenario.venues.indices.filter { scenario.venues[$0].canHost(course) }
            .map { (v: $0, from: freeFrom(scenario.venues[$0].isAvailable(on:slot:))) }.filter { $0.from < m }
        let ownPerSession = CostRules.fees(course, own, sessions: 1) + CostRules.rent(course, ownVenue, sessions: 1)
        /// The estimated cost of handing over from session k (0-based), `nil` when no one is free from there.
        func estimate(_ k: Int) -> Double? {
            let n = m - k
            let teach = instructors.filter { $0.from <= k && withinTotal($0.i, sessions: n) }.map { i in
                let instructor = scenario.instructors[i.i]
                return CostRules.fees(course, instructor, sessions: n) + (i.i == started.instructor ? 0 : instructor.engagementCost)
            }.min()
            let host = venues.filter { $0.from <= k }.map { CostRules.rent(course, scenario.venues[$0.v], sessions: n) }.min()
            guard let teach, let host else { return nil }
            return Double(k) * ownPerSession + teach + host
        }
        // The first session's date stays when it can be had and nothing later is cheaper; when it
        // cannot, the cheapest date, the latest among equals (the own holders keep what they can).
        func cheapest() -> (k: Int, cost: Double)? {
            var best: (k: Int, cost: Double)? = forced ? nil : estimate(0).map { (0, $0) }
            var k = forced ? 0 : 1
            while k <= min(keepable, m - 1) {
                if let cost = estimate(k), cost < (best?.cost ?? .infinity) + (forced ? 1e-6 : -1e-6) { best = (k, cost) }
                k += 1
            }
            return best
        }
        var best = cheapest()
        if best == nil, !held.isEmpty {
            commitments = [:]
            instructors = others(commitments)
            best = cheapest()
        }
        guard let chosen = best?.k, chosen > 0 else { return nil }
        let later = StartedCourse(instructor: started.instructor, venue: started.venue, pattern: started.pattern,
                                  remaining: Pattern(weekdays: remaining.weekdays, startSlot: remaining.startSlot,
                                                     dates: Array(dates[chosen...])))
        let laterOptions = Self.options(for: c, started: later, scenario: scenario)
        guard !laterOptions.isEmpty else { return nil }
        return (later, laterOptions)
    }

    /// Whether `instructor` teaching these sessions (date, slots) stays within its load limits (rule 6).
    static func withinLimits(_ instructor: Instructor, _ sessions: [(date: CivilDate, slots: Int)], calendar: PlanningCalendar) -> Bool {
        func exceeds(_ limit: Int?, by key: (CivilDate) -> Int) -> Bool {
            guard let limit else { return false }
            return Dictionary(grouping: sessions, by: { key($0.date) }).values.contains { $0.reduce(0) { $0 + $1.slots } > limit }
        }
        return !exceeds(instructor.maxSlotsPerDay, by: calendar.offset(of:)) && !exceeds(instructor.maxSlotsPerWeek, by: calendar.week(of:))
            && !exceeds(instructor.maxSlots, by: { _ in 0 })
    }
}

/// An instructor's sessions of other courses in an earlier plan: when they teach, how much, how many courses.
struct Commitments: Sendable {
    var sessions: [(date: CivilDate, slots: [Int])] = []
    var courses = 0
    /// The calendar periods (``PlanningCalendar/period(of:slot:)``) of `sessions`.
    var periods: Set<Int> = []
    var slots: Int { sessions.reduce(0) { $0 + $1.slots.count } }

    /// Per instructor index, from `plan`'s courses other than `course` (each session with whoever holds it).
    static func of(_ plan: Plan, except course: String, scenario: Scenario) -> [Int: Commitments] {
        let index = Dictionary(scenario.instructors.indices.map { (scenario.instructors[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Int: Commitments] = [:]
        for other in plan.scheduledCourses where other.id != course {
            var counted: Set<Int> = []
            for holding in other.holdings ?? [] {
                guard let i = index[holding.instructor] else { continue }
                result[i, default: Commitments()].sessions += holding.sessions.map { ($0.date, $0.slots) }
                result[i, default: Commitments()].periods.formUnion(holding.sessions.flatMap { session in
                    session.slots.map { scenario.calendar.period(of: session.date, slot: $0) }
                })
                if counted.insert(i).inserted { result[i, default: Commitments()].courses += 1 }
            }
        }
        return result
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
