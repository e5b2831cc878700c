/// Rules 5 and 6 in one place: what each instructor, venue and cohort is busy with,
/// and how much each instructor already teaches.
///
/// Everything that builds or explains a plan course by course asks the ledger:
/// the greedy plan (is this option still free and within the limits?), the
/// neighbourhood search (what do the courses outside a slice already hold?) and the
/// explanations of why a course is left out (who holds what it needs, which limit
/// would break). Periods are numbered as in ``PlanningCalendar``; courses,
/// instructors and venues by their index in the scenario. Cohorts are compared by
/// ``Cohort/key(_:)``.
public struct ResourceLedger: Sendable {
    /// Something that can be in only one session per period (rule 5).
    public enum Resource: Hashable, Sendable {
        case instructor(Int)
        case venue(Int)
        /// A cohort, by its index in ``ResourceLedger/cohortKeys``.
        case cohort(Int)
    }

    /// A limit of rule 6 that a course would break, with the load it would reach.
    public enum LoadLimit: Hashable, Sendable, CustomStringConvertible {
        case perDay(limit: Int, date: CivilDate, load: Int)
        /// `week` counts from 0, as ``PlanningCalendar/week(of:)`` does.
        case perWeek(limit: Int, week: Int, load: Int)
        case total(limit: Int, load: Int)
        case courses(limit: Int, count: Int)

        /// The instructor field that sets the limit.
        public var field: String {
            switch self {
            case .perDay: return "maxSlotsPerDay"
            case .perWeek: return "maxSlotsPerWeek"
            case .total: return "maxSlots"
            case .courses: return "maxCourses"
            }
        }

        public var description: String {
            switch self {
            case let .perDay(limit, date, load): return "maxSlotsPerDay \(limit) (\(load) slots on \(date))"
            case let .perWeek(limit, week, load): return "maxSlotsPerWeek \(limit) (\(load) slots in week \(week), counted from 0 at the start)"
            case let .total(limit, load): return "maxSlots \(limit) (\(load) slots in all)"
            case let .courses(limit, count): return "maxCourses \(limit) (\(count) courses)"
            }
        }
    }

    public let scenario: Scenario
    /// The distinct cohort keys of the scenario's courses, sorted.
    public let cohortKeys: [String]
    /// Each course's cohort, as an index into ``cohortKeys``.
    private let courseCohort: [Int?]
    private let periodCount: Int
    private let dayCount: Int
    private let weekCount: Int
    /// The course holding each (resource, period), or -1; resource-major.
    private var instructorHolder: [Int32]
    private var venueHolder: [Int32]
    private var cohortHolder: [Int32]
    /// Slots taught per (instructor, day) and (instructor, week), in all, and courses taught.
    private var perDay: [Int]
    private var perWeek: [Int]
    private var total: [Int]
    private var taught: [Int]

    /// An empty ledger: nothing booked.
    public init(scenario: Scenario) {
        self.scenario = scenario
        let calendar = scenario.calendar
        let keys = scenario.courses.map(\.cohortKey)
        cohortKeys = Array(Set(keys.compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: cohortKeys.enumerated().map { ($1, $0) })
        courseCohort = keys.map { $0.flatMap { index[$0] } }
        periodCount = calendar.periodCount
        dayCount = calendar.dayCount
        weekCount = calendar.weeks + 1
        let instructors = scenario.instructors.count
        instructorHolder = Array(repeating: -1, count: instructors * periodCount)
        venueHolder = Array(repeating: -1, count: scenario.venues.count * periodCount)
        cohortHolder = Array(repeating: -1, count: cohortKeys.count * periodCount)
        perDay = Array(repeating: 0, count: instructors * dayCount)
        perWeek = Array(repeating: 0, count: instructors * weekCount)
        total = Array(repeating: 0, count: instructors)
        taught = Array(repeating: 0, count: instructors)
    }

    // MARK: - Rule 5: who holds what

    /// The cohort a course belongs to, if any.
    public func cohort(ofCourse c: Int) -> Resource? { courseCohort[c].map { .cohort($0) } }

    /// The course holding `resource` in `period`, if any.
    public func holder(of resource: Resource, at period: Int) -> Int? {
        guard period >= 0, period < periodCount else { return nil }
        let held: Int32
        switch resource {
        case let .instructor(i): held = instructorHolder[i * periodCount + period]
        case let .venue(v): held = venueHolder[v * periodCount + period]
        case let .cohort(k): held = cohortHolder[k * periodCount + period]
        }
        return held < 0 ? nil : Int(held)
    }

    /// Whether `resource` is free in every one of `periods`.
    public func isFree(_ resource: Resource, in periods: [Int]) -> Bool {
        !periods.contains { holder(of: resource, at: $0) != nil }
    }

    /// The courses holding `resource` in any of `periods`.
    public func holders(of resource: Resource, in periods: [Int]) -> Set<Int> {
        // Mostly free: no set is built for nothing (explaining a national plan asks millions of times).
        guard let first = periods.firstIndex(where: { holder(of: resource, at: $0) != nil }) else { return [] }
        return Set(periods[first...].compactMap { holder(of: resource, at: $0) })
    }

    /// Whether course `c`'s cohort (if it has one) is free in every one of `periods`.
    public func isCohortFree(forCourse c: Int, in periods: [Int]) -> Bool {
        cohort(ofCourse: c).map { isFree($0, in: periods) } ?? true
    }

    // MARK: - Rule 6: load

    /// The first limit of instructor `i` that teaching course `c` on `dates` would break
    /// (courses, total, per day, per week, in that order), or nil when it fits.
    public func brokenLimit(instructor i: Int, course c: Int, dates: [CivilDate]) -> LoadLimit? {
        let limits = scenario.instructors[i], course = scenario.courses[c]
        let calendar = scenario.calendar
        if let limit = limits.maxCourses, taught[i] + 1 > limit { return .courses(limit: limit, count: taught[i] + 1) }
        if let limit = limits.maxSlots, total[i] + course.slotCount > limit {
            return .total(limit: limit, load: total[i] + course.slotCount)
        }
        if let limit = limits.maxSlotsPerDay {
            for date in dates {
                let load = load(perDay, i, dayCount, calendar.offset(of: date)) + course.sessionLength
                if load > limit { return .perDay(limit: limit, date: date, load: load) }
            }
        }
        if let limit = limits.maxSlotsPerWeek {
            // Each week's added load, earliest week first. A pattern's dates come in order, so a
            // running sum per week does (explaining a national plan called this millions of times,
            // and a table per call took half its time); dates out of order are sorted first.
            let ordered = zip(dates, dates.dropFirst()).allSatisfy { $0 <= $1 } ? dates : dates.sorted()
            var week = Int.min, slots = 0
            for date in ordered {
                let w = calendar.week(of: date)
                if w != week {
                    if slots > 0, load(perWeek, i, weekCount, week) + slots > limit {
                        return .perWeek(limit: limit, week: week, load: load(perWeek, i, weekCount, week) + slots)
                    }
                    week = w
                    slots = 0
                }
                slots += course.sessionLength
            }
            if slots > 0, load(perWeek, i, weekCount, week) + slots > limit {
                return .perWeek(limit: limit, week: week, load: load(perWeek, i, weekCount, week) + slots)
            }
        }
        return nil
    }

    /// Whether instructor `i` can take course `c` on `dates` in `periods`: free (rule 5)
    /// and within every load limit (rule 6).
    public func canTeach(instructor i: Int, course c: Int, dates: [CivilDate], periods: [Int]) -> Bool {
        isFree(.instructor(i), in: periods) && brokenLimit(instructor: i, course: c, dates: dates) == nil
    }

    /// Courses instructor `i` teaches so far.
    public func coursesTaught(by i: Int) -> Int { taught[i] }

    private func load(_ table: [Int], _ i: Int, _ width: Int, _ bucket: Int) -> Int {
        bucket >= 0 && bucket < width ? table[i * width + bucket] : 0
    }

    // MARK: - Booking

    /// Records course `c` taught by `instructor` in `venue` on `dates`, holding `periods`.
    /// Later bookings of a period overwrite the holder (a valid plan never does that).
    /// - Parameter countsCourse: `false` for the second part of a course the instructor already
    ///   holds (a hand-over of its venue alone), which is one course of theirs, not two.
    public mutating func book(course c: Int, instructor i: Int, venue v: Int, dates: [CivilDate], periods: [Int],
                              countsCourse: Bool = true) {
        let calendar = scenario.calendar
        let course = scenario.courses[c]
        let k = courseCohort[c]
        for t in periods where t >= 0 && t < periodCount {
            instructorHolder[i * periodCount + t] = Int32(c)
            venueHolder[v * periodCount + t] = Int32(c)
            if let k { cohortHolder[k * periodCount + t] = Int32(c) }
        }
        for date in dates {
            let day = calendar.offset(of: date), week = calendar.week(of: date)
            if day >= 0, day < dayCount { perDay[i * dayCount + day] += course.sessionLength }
            if week >= 0, week < weekCount { perWeek[i * weekCount + week] += course.sessionLength }
        }
        total[i] += dates.count * course.sessionLength
        if countsCourse { taught[i] += 1 }
    }

    /// The periods a course holds with `pattern` (every slot of every session).
    public static func periods(of course: Course, pattern: Pattern, in calendar: PlanningCalendar) -> [Int] {
        pattern.dates.flatMap { date in pattern.slots(length: course.sessionLength).map { calendar.period(of: date, slot: $0) } }
    }
}
