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
    public let reasons: [String]

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
    public static let notConsidered = "not considered: the time limit ran out before its options were worked out"

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

    private static func options(for c: Int, scenario: Scenario, instructorBlocked: [[Bool]],
                                venueBlocked: [[Bool]]) -> CourseOptions {
        let course = scenario.courses[c]
        let calendar = scenario.calendar
        let qualified = scenario.instructors.indices.filter { scenario.instructors[$0].canTeach(course) }
        let suitable = scenario.venues.indices.filter { scenario.venues[$0].canHost(course) }
        let allPatterns = PatternGenerator.patterns(for: course, in: calendar)
        var reasons: [String] = []
        if qualified.isEmpty {
            let among = course.instructors.isEmpty ? "" : " among \(course.instructors.joined(separator: ", "))"
            reasons.append("no instructor has \(course.skill) at level \(course.level) or more\(among)")
        }
        if suitable.isEmpty {
            let equipment = course.equipment.isEmpty ? "" : " with \(course.equipment.joined(separator: ", "))"
            reasons.append("no venue seats \(course.participants)\(equipment)")
        }
        if allPatterns.isEmpty {
            reasons.append("\(course.sessions) sessions on \(course.daysPerWeek) of \(course.weekdays.map(\.rawValue).joined(separator: " ")) a week do not fit between \(max(course.earliestStart, calendar.start)) and \(min(course.latestEnd, calendar.end))")
        }
        guard reasons.isEmpty else {
            return CourseOptions(course: c, patterns: [], periods: [], instructors: [], venues: [], reasons: reasons)
        }
        // Load limits that rule an instructor out whatever the pattern.
        let loadable = qualified.filter { i in
            let instructor = scenario.instructors[i]
            if let limit = instructor.maxSlotsPerDay, limit < course.sessionLength { return false }
            if let limit = instructor.maxSlots, limit < course.slotCount { return false }
            if let limit = instructor.maxCourses, limit < 1 { return false }
            return true
        }
        var patterns: [Pattern] = [], periods: [[Int]] = [], instructors: [[Int]] = [], venues: [[Int]] = []
        var anyInstructor = false, anyVenue = false
        for pattern in allPatterns {
            let occupied = pattern.dates.flatMap { date in
                pattern.slots(length: course.sessionLength).map { calendar.period(of: date, slot: $0) }
            }
            let weekLoad = Dictionary(grouping: pattern.dates, by: calendar.week(of:)).values
                .map { $0.count * course.sessionLength }.max() ?? 0
            let freeInstructors = loadable.filter { i in
                if let limit = scenario.instructors[i].maxSlotsPerWeek, limit < weekLoad { return false }
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
            let names = qualified.map { scenario.instructors[$0].id }.joined(separator: ", ")
            if !anyInstructor {
                reasons.append("no qualified instructor (\(names)) is available, within their load limits, for a whole run of \(course.sessions) sessions")
            }
            if !anyVenue {
                reasons.append("no suitable venue (\(suitable.map { scenario.venues[$0].id }.joined(separator: ", "))) is free for a whole run of \(course.sessions) sessions")
            }
            if anyInstructor, anyVenue {
                reasons.append("a qualified instructor and a suitable venue are never free for the same run of sessions")
            }
        }
        return CourseOptions(course: c, patterns: patterns, periods: periods, instructors: instructors,
                             venues: venues, reasons: reasons)
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
