import TrainPlanCore

/// The ways one course can run under rules 1-4, before any interaction with
/// other courses: its patterns, and for each pattern the qualified instructors
/// and suitable venues free in every one of its periods.
public struct CourseOptions: Sendable {
    public let course: Int
    public let patterns: [Pattern]
    /// Periods each pattern occupies (see ``PlanningCalendar``).
    public let periods: [[Int]]
    /// Instructor indices usable with each pattern.
    public let instructors: [[Int]]
    /// Venue indices usable with each pattern.
    public let venues: [[Int]]
    /// Why the course cannot run at all; empty when it has options.
    public let reasons: [UnscheduledReason]

    public var isEmpty: Bool { patterns.isEmpty }
    /// Left out because the time ran out first (see ``Candidates/notConsidered``).
    public var wasNotConsidered: Bool { reasons == [Candidates.notConsidered] }
    public var optionCount: Int { zip(instructors, venues).reduce(0) { $0 + $1.0.count * $1.1.count } }
}

/// Rules 1-4 applied to every course.
public struct Candidates: Sendable {
    public let scenario: Scenario
    public let courses: [CourseOptions]

    init(scenario: Scenario, courses: [CourseOptions]) {
        self.scenario = scenario
        self.courses = courses
    }

    /// The same candidates with every course outside `kept` left out.
    public func restricted(toCourses kept: Set<Int>) -> Candidates {
        Candidates(scenario: scenario, courses: courses.map { options in
            kept.contains(options.course) ? options
                : CourseOptions(course: options.course, patterns: [], periods: [], instructors: [], venues: [], reasons: [])
        })
    }

    /// Why a course has no options when the time ran out before they were worked out.
    public static let notConsidered = UnscheduledReason(kind: .notConsidered)

    /// - Parameters:
    ///   - deadline: optional courses reached after it (or after `shouldStop` says so) get no options
    ///     (reason ``notConsidered``), so that a time limit and a stop request cover preparing the
    ///     model too (10,000 courses take seconds here); mandatory courses are always worked out.
    public init(scenario: Scenario, deadline: ContinuousClock.Instant? = nil, shouldStop: (() -> Bool)? = nil) {
        self.scenario = scenario
        let calendar = scenario.calendar
        let instructorBlocked = scenario.instructors.map { i in
            Self.blocked(calendar) { i.isAvailable(on: $0, slot: $1) }
        }
        let venueBlocked = scenario.venues.map { v in Self.blocked(calendar) { v.isAvailable(on: $0, slot: $1) } }
        courses = scenario.courses.indices.map { c in
            if !scenario.courses[c].mandatory, (deadline.map { ContinuousClock.now >= $0 } ?? false) || shouldStop?() == true {
                return CourseOptions(course: c, patterns: [], periods: [], instructors: [], venues: [], reasons: [Self.notConsidered])
            }
            return Self.options(for: c, scenario: scenario, instructorBlocked: instructorBlocked, venueBlocked: venueBlocked)
        }
    }

    /// `blocked[period]` is true where `available` says no.
    private static func blocked(_ calendar: PlanningCalendar, available: (CivilDate, Int) -> Bool) -> [Bool] {
        var result = [Bool](repeating: false, count: calendar.periodCount)
        for day in 0..<calendar.dayCount {
            let date = calendar.date(atOffset: day)
            for slot in 1...calendar.slotCount where !available(date, slot) {
                result[day * calendar.slotCount + slot - 1] = true
            }
        }
        return result
    }

    /// For a course that names its venues, the others that could host it (seats and equipment):
    /// `nil` when it names none, so any new venue would do.
    static func unlistedVenues(for course: Course, in scenario: Scenario) -> [String]? {
        guard !course.venues.isEmpty else { return nil }
        var open = course
        open.venues = []
        // Seats and equipment, and free on some workday slot of the course's window (one away the
        // whole time would not help).
        let calendar = scenario.calendar
        let days = calendar.workingDays.filter { $0 >= course.earliestStart && $0 <= course.latestEnd && course.weekdays.contains($0.weekday) }
        return scenario.venues.filter { venue in
            !course.venues.contains(venue.id) && venue.canHost(open)
                && days.contains { day in (1...calendar.slotCount).contains { venue.isAvailable(on: day, slot: $0) } }
        }.map(\.id)
    }

    private static func options(for c: Int, scenario: Scenario, instructorBlocked: [[Bool]],
                                venueBlocked: [[Bool]]) -> CourseOptions {
        let course = scenario.courses[c]
        let calendar = scenario.calendar
        let qualified = scenario.instructors.indices.filter { scenario.instructors[$0].canTeach(course) }
        let suitable = scenario.venues.indices.filter { scenario.venues[$0].canHost(course) }
        let allPatterns = PatternGenerator.patterns(for: course, in: calendar)
        var reasons: [UnscheduledReason] = []
        if qualified.isEmpty {
            reasons.append(UnscheduledReason(kind: .noQualifiedInstructor, skill: course.skill, level: course.level,
                                             instructors: course.instructors))
        }
        // Worked out only for a reason that needs it (a day-by-day look at every venue).
        let unlisted = { Self.unlistedVenues(for: course, in: scenario) }
        if suitable.isEmpty {
            reasons.append(UnscheduledReason(kind: .noSuitableVenue, venues: course.venues.isEmpty ? nil : course.venues,
                                             equipment: course.equipment, participants: course.participants,
                                             unlistedVenues: unlisted()))
        }
        if allPatterns.isEmpty {
            // The days it may meet are its weekdays that are workdays; holidays among them in its
            // window are said (a window of ten weekdays with two holidays holds eight).
            let from = max(course.earliestStart, calendar.start), to = min(course.latestEnd, calendar.end)
            let days = course.weekdays.filter { calendar.workdays.contains($0) }
            let holidays = from > to ? 0 : calendar.holidays.filter { $0 >= from && $0 <= to && days.contains($0.weekday) }.count
            let outside: UnscheduledReason.CalendarSide? = course.earliestStart > calendar.end ? .afterEnd
                : course.latestEnd < calendar.start ? .beforeStart : nil
            reasons.append(UnscheduledReason(kind: .rhythmDoesNotFit, sessions: course.sessions, daysPerWeek: course.daysPerWeek,
                                             weekdays: days, from: from, to: to, holidays: holidays > 0 ? holidays : nil,
                                             outsideCalendar: outside))
        }
        guard reasons.isEmpty else {
            return CourseOptions(course: c, patterns: [], periods: [], instructors: [], venues: [], reasons: reasons)
        }
        // Load limits that rule an instructor out whatever the pattern.
        let tooSmall = Dictionary(uniqueKeysWithValues: qualified.compactMap { i in
            Self.limitTooSmall(scenario.instructors[i], course: course).map { (i, $0) }
        })
        let loadable = qualified.filter { tooSmall[$0] == nil }
        /// The smallest week limit each instructor falls short of, over the patterns (for the explanation).
        var weekShortfall: [Int: UnscheduledReason.LoadFigure] = [:]
        var patterns: [Pattern] = [], periods: [[Int]] = [], instructors: [[Int]] = [], venues: [[Int]] = []
        var anyInstructor = false, anyVenue = false
        for pattern in allPatterns {
            let occupied = pattern.dates.flatMap { date in
                pattern.slots(length: course.sessionLength).map { calendar.period(of: date, slot: $0) }
            }
            let weekLoad = Dictionary(grouping: pattern.dates, by: calendar.week(of:)).values
                .map { $0.count * course.sessionLength }.max() ?? 0
            let freeInstructors = loadable.filter { i in
                if let limit = scenario.instructors[i].maxSlotsPerWeek, limit < weekLoad {
                    if weekShortfall[i].map({ weekLoad < $0.needed }) ?? true {
                        weekShortfall[i] = .init(instructor: scenario.instructors[i].id, field: "maxSlotsPerWeek",
                                                 limit: limit, needed: weekLoad)
                    }
                    return false
                }
                return !occupied.contains { instructorBlocked[i][$0] }
            }
            let freeVenues = suitable.filter { v in !occupied.contains { venueBlocked[v][$0] } }
            anyInstructor = anyInstructor || !freeInstructors.isEmpty
            anyVenue = anyVenue || !freeVenues.isEmpty
            guard !freeInstructors.isEmpty, !freeVenues.isEmpty else { continue }
            patterns.append(pattern)
            periods.append(occupied)
            instructors.append(freeInstructors)
            venues.append(freeVenues)
        }
        if patterns.isEmpty {
            if !anyInstructor {
                // Each qualified instructor's own obstacle: a load limit below what the course needs, or availability.
                var unavailable: [String] = []
                for i in qualified {
                    if let figure = tooSmall[i] ?? weekShortfall[i] {
                        reasons.append(UnscheduledReason(kind: .loadLimitTooSmall, skill: course.skill, level: course.level,
                                                         limit: figure))
                    } else {
                        unavailable.append(scenario.instructors[i].id)
                    }
                }
                if !unavailable.isEmpty {
                    reasons.append(UnscheduledReason(kind: .instructorsUnavailable, skill: course.skill, level: course.level,
                                                     instructors: unavailable, sessions: course.sessions))
                }
            }
            if !anyVenue {
                reasons.append(UnscheduledReason(kind: .venuesUnavailable, venues: suitable.map { scenario.venues[$0].id },
                                                 equipment: course.equipment, participants: course.participants,
                                                 sessions: course.sessions, unlistedVenues: unlisted()))
            }
            if anyInstructor, anyVenue {
                reasons.append(UnscheduledReason(kind: .neverFreeTogether))
            }
        }
        return CourseOptions(course: c, patterns: patterns, periods: periods, instructors: instructors,
                             venues: venues, reasons: reasons)
    }
}

extension Candidates {
    /// A load limit of `instructor` that the course alone exceeds, whatever its pattern.
    static func limitTooSmall(_ instructor: Instructor, course: Course) -> UnscheduledReason.LoadFigure? {
        if let limit = instructor.maxCourses, limit < 1 {
            return .init(instructor: instructor.id, field: "maxCourses", limit: limit, needed: 1)
        }
        if let limit = instructor.maxSlots, limit < course.slotCount {
            return .init(instructor: instructor.id, field: "maxSlots", limit: limit, needed: course.slotCount)
        }
        if let limit = instructor.maxSlotsPerDay, limit < course.sessionLength {
            return .init(instructor: instructor.id, field: "maxSlotsPerDay", limit: limit, needed: course.sessionLength)
        }
        return nil
    }
}

/// How one course runs in a plan.
public struct Assignment: Sendable, Hashable {
    public var instructor: Int
    public var venue: Int
    public var pattern: Pattern
    /// Re-planning: who holds the sessions from a date on (rule 11); `instructor` and `venue` hold those before.
    public var handover: HandoverAssignment?

    public init(instructor: Int, venue: Int, pattern: Pattern, handover: HandoverAssignment? = nil) {
        self.instructor = instructor
        self.venue = venue
        self.pattern = pattern
        self.handover = handover
    }
}

extension Candidates {
    /// The least a course can cost to run: its cheapest pattern with its cheapest instructor and
    /// venue, engagement and clashes aside (infinite when it has no options). The greedy order,
    /// the neighbourhood search and the separable bound all weigh it against the course's value.
    func cheapestCost(_ options: CourseOptions) -> Double {
        let course = scenario.courses[options.course]
        var least = Double.infinity
        for (p, pattern) in options.patterns.enumerated() {
            let fee = options.instructors[p].map { CostRules.fees(course, scenario.instructors[$0]) }.min() ?? .infinity
            let rent = options.venues[p].map { CostRules.rent(course, scenario.venues[$0]) }.min() ?? .infinity
            least = min(least, fee + rent + CostRules.socialSecurity(course, dates: pattern.dates,
                                                                     premium: scenario.premiumPerParticipantMonth))
        }
        return least
    }
}
