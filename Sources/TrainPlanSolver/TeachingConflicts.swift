import TrainPlanCore

/// Sets of courses one instructor cannot all teach: no choice of the patterns it can take fits
/// them side by side in its periods and under its day, week, total and course limits (rules 5-6
/// for that instructor alone, a relaxation of the plan). With a[c] = Σ_p u[c,i,p] ("i teaches c"),
///
///     Σ_{c∈S} a[c] ≤ k·e[i]       k < |S| the most courses of S that fit together
///                                 (·e[i] where i has an engagement column, else ≤ k)
///
/// is valid. The load rows let the LP give an instructor a share of every course it could teach,
/// each spread over many patterns; these rows stop that where the courses cannot all fit. On the
/// generated long-3 HiGHS's strongest root cut was such a row: an instructor teaches at most 3 of
/// its 5 excavator modules (4 fit its total of 161 slots, not its 12 a week side by side).
///
/// ``find(instructor:patterns:candidates:largestSet:)`` returns the minimal sets of two or three
/// courses, and for the whole group (its first ``largestGroup`` courses) the most that fit. The work is capped by a count of patterns
/// looked at, not a clock, so the same scenario always gets the same rows; a set whose search
/// runs out is taken to fit (no row, never a wrong one).
struct TeachingConflicts {
    /// One way for the instructor to teach a course: a pattern's periods and its load.
    struct Way {
        var periods: Bits
        /// Day offsets of its sessions (one a day) and the slots each takes.
        var days: [Int]
        var sessionLength: Int
        /// Weeks it meets in, with its slots in each.
        var weeks: [(week: Int, slots: Int)]
        var slots: Int

        init(_ options: CourseOptions, pattern p: Int, sessionLength: Int, calendar: PlanningCalendar) {
            let dates = options.patterns[p].dates
            periods = Bits(options.periods[p], count: calendar.periodCount)
            days = dates.map(calendar.offset(of:))
            self.sessionLength = sessionLength
            weeks = Dictionary(grouping: dates, by: calendar.week(of:)).map { ($0.key, $0.value.count * sessionLength) }
            slots = dates.count * sessionLength
        }
    }

    /// The instructor's limits (nil: none).
    struct Room {
        var perDay: Int?
        var perWeek: Int?
        var total: Int?
        var courses: Int?
    }

    /// A set of courses and the most of them that fit.
    struct Conflict: Equatable {
        var courses: [Int]
        var limit: Int
    }

    static let largestGroup = 12
    static let largestSet = 3
    static let workLimit = 400_000
    static let checkLimit = 20_000

    /// The sets for instructor `i`, teaching each course of `patterns` (course → its patterns
    /// that `i` can take, as in the model's u[c,i,p]); with no load of its own held from the past.
    /// - Parameter largestSet: minimal sets are looked for up to this size (tests lower it to
    ///   check the whole group's row on tiny scenarios).
    static func find(instructor i: Int, patterns: [Int: [Int]], candidates: Candidates,
                     largestSet: Int = largestSet) -> [Conflict] {
        let scenario = candidates.scenario
        let instructor = scenario.instructors[i]
        let courses = Array(patterns.keys.sorted().filter { !(patterns[$0] ?? []).isEmpty }.prefix(largestGroup))
        guard courses.count >= 2 else { return [] }
        let ways = courses.map { c in
            (patterns[c] ?? []).map { Way(candidates.courses[c], pattern: $0, sessionLength: scenario.courses[c].sessionLength,
                                          calendar: scenario.calendar) }
        }
        let room = Room(perDay: instructor.maxSlotsPerDay, perWeek: instructor.maxSlotsPerWeek, total: instructor.maxSlots,
                        courses: instructor.maxCourses)
        return find(ways, room: room, calendar: scenario.calendar, largestSet: largestSet).map {
            Conflict(courses: $0.courses.map { courses[$0] }, limit: $0.limit)
        }
    }

    /// - Parameter ways: per course, the ways the instructor can teach it; sets are returned
    ///   as indices into it.
    static func find(_ ways: [[Way]], room: Room, calendar: PlanningCalendar, largestSet: Int) -> [Conflict] {
        let n = ways.count
        guard n >= 2 else { return [] }
        var search = Search(ways: ways, room: room, dayCount: calendar.dayCount,
                            weekCount: calendar.weeks, periodCount: calendar.periodCount)
        let everyone = Array(0..<n)
        guard !search.fits(everyone) else { return [] }

        var found: [Conflict] = []
        var infeasible: [Set<Int>] = []
        // Sizes from 2 up: minimal sets up to `largestSet`, then only whether any set of the size fits.
        var most = n - 1   // the most that fit: lower once a size has no set that fits
        sizes: for size in 2...n {
            var anyFits = false
            for subset in PackingConflicts.combinations(n, size) {
                let set = Set(subset)
                guard !infeasible.contains(where: { $0.isSubset(of: set) }) else { continue }
                guard search.work < workLimit else { break sizes }
                if search.fits(subset) {
                    anyFits = true
                    if size > largestSet { break }
                } else if size <= largestSet {
                    infeasible.append(set)
                    found.append(Conflict(courses: subset, limit: size - 1))
                }
            }
            if !anyFits { most = size - 1; break }
        }
        // The whole group's row, unless its course limit or the rows of smaller sets already say as much.
        if n > largestSet, most < (room.courses ?? n), !(most == n - 1 && !found.isEmpty) {
            found.append(Conflict(courses: everyone, limit: most))
        }
        return found
    }

    /// A depth-first search for one way per course, nothing overlapping, within the limits.
    private struct Search {
        let ways: [[Way]]
        let room: Room
        var work = 0
        private var used: Bits
        private var dayLoad: [Int]
        private var weekLoad: [Int]

        init(ways: [[Way]], room: Room, dayCount: Int, weekCount: Int, periodCount: Int) {
            self.ways = ways
            self.room = room
            used = Bits(count: periodCount)
            dayLoad = [Int](repeating: 0, count: dayCount)
            weekLoad = [Int](repeating: 0, count: weekCount)
        }

        /// True when the courses fit, or when the search looks at more than ``checkLimit`` ways.
        mutating func fits(_ courses: [Int]) -> Bool {
            if let limit = room.courses, courses.count > limit { return false }
            if let total = room.total {
                let least = courses.reduce(0) { $0 + (ways[$1].map(\.slots).min() ?? 0) }
                if least > total { return false }
            }
            let order = courses.sorted { ways[$0].count < ways[$1].count }
            var nodes = 0
            var total = 0
            func place(_ k: Int) -> Bool {
                guard k < order.count, nodes < checkLimit else { return true }
                for way in ways[order[k]] {
                    nodes += 1
                    guard nodes < checkLimit else { return true }
                    guard admits(way, total: total) else { continue }
                    apply(way, sign: 1)
                    total += way.slots
                    if place(k + 1) { return true }
                    total -= way.slots
                    apply(way, sign: -1)
                }
                return false
            }
            let fits = place(0)
            work += nodes
            // Leave the state empty for the next search (it may have stopped part-way).
            used = Bits(count: used.count)
            for d in dayLoad.indices { dayLoad[d] = 0 }
            for w in weekLoad.indices { weekLoad[w] = 0 }
            return fits
        }

        private func admits(_ way: Way, total: Int) -> Bool {
            if let limit = room.total, total + way.slots > limit { return false }
            if way.periods.intersects(used) { return false }
            if let limit = room.perDay, way.days.contains(where: { dayLoad[$0] + way.sessionLength > limit }) { return false }
            if let limit = room.perWeek, way.weeks.contains(where: { weekLoad[$0.week] + $0.slots > limit }) { return false }
            return true
        }

        private mutating func apply(_ way: Way, sign: Int) {
            if sign > 0 { used.formUnion(way.periods) } else { used.subtract(way.periods) }
            for d in way.days { dayLoad[d] += sign * way.sessionLength }
            for (w, slots) in way.weeks { weekLoad[w] += sign * slots }
        }
    }
}
