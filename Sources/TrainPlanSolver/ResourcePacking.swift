import TrainPlanCore

/// Whether some courses fit on one resource side by side: a way (pattern) for each, no two
/// sharing a period, within the resource's day, week, total and course limits. A relaxation of
/// the plan (only this resource is looked at), so a set that does not fit never runs together;
/// ``PackingConflicts`` and ``TeachingConflicts`` turn such sets into rows.
///
/// A depth-first search with forward checking, capped by a count of ways looked at: a search
/// that runs out answers "fits" (no row, never a wrong one), and the same input always gets the
/// same answer.
struct ResourcePacking {
    /// One way for the resource to take a course: a pattern's periods and its load.
    struct Way {
        var periods: Bits
        /// Day offsets of its sessions (one a day), each `sessionLength` slots.
        var days: [Int]
        var sessionLength: Int
        /// Weeks it meets in, with its slots in each.
        var weeks: [(week: Int, slots: Int)]
        var slots: Int

        /// A pattern's periods alone (a venue or a cohort, which have no load limits).
        init(periods: [Int], periodCount: Int) {
            self.periods = Bits(periods, count: periodCount)
            days = []
            sessionLength = 0
            weeks = []
            slots = 0
        }

        /// A pattern's periods and load.
        init(_ options: CourseOptions, pattern p: Int, sessionLength: Int, calendar: PlanningCalendar) {
            let dates = options.patterns[p].dates
            periods = Bits(options.periods[p], count: calendar.periodCount)
            days = dates.map(calendar.offset(of:))
            self.sessionLength = sessionLength
            weeks = Dictionary(grouping: dates, by: calendar.week(of:)).map { ($0.key, $0.value.count * sessionLength) }
            slots = dates.count * sessionLength
        }
    }

    /// The resource's limits (nil: none), as rule 6 gives an instructor.
    struct Room {
        var perDay: Int?
        var perWeek: Int?
        var total: Int?
        var courses: Int?
    }

    /// Per course, the ways the resource can take it.
    let ways: [[Way]]
    let room: Room
    /// Ways looked at over all searches so far.
    private(set) var work = 0
    private var used: Bits
    private var dayLoad: [Int]
    private var weekLoad: [Int]

    init(ways: [[Way]], room: Room = Room(), dayCount: Int, weekCount: Int, periodCount: Int) {
        self.ways = ways
        self.room = room
        used = Bits(count: periodCount)
        dayLoad = [Int](repeating: 0, count: room.perDay == nil ? 0 : dayCount)
        weekLoad = [Int](repeating: 0, count: room.perWeek == nil ? 0 : weekCount)
    }

    /// A set of courses (indices into ``ways``) and the most of them that fit together.
    struct Conflict: Equatable {
        var courses: [Int]
        var limit: Int
    }

    /// The sets that do not fit: each smallest one of up to `largestSet` courses (limit: all but
    /// one), and with `wholeGroup` the most of all the courses that fit together, when no smaller
    /// set's row or the course limit says as much already. Sets larger than the course limit are
    /// left to the model's own course-count row. Stops looking once ``work`` reaches `workLimit`:
    /// what it has found by then holds.
    mutating func conflicts(largestSet: Int, wholeGroup: Bool, workLimit: Int, checkLimit: Int) -> [Conflict] {
        let n = ways.count
        guard n >= 2, wholeGroup || largestSet >= 2 else { return [] }
        let everyone = Array(0..<n)
        let countLimit = min(n, room.courses ?? n)
        // All of them together: fit (no rows), do not fit, or not known (the search ran out).
        let whole: Bool? = countLimit < n ? false : search(everyone, limit: checkLimit)
        if whole == true { return [] }

        var found: [Conflict] = []
        var infeasible: [Set<Int>] = []
        // Sizes from 2 up: every smallest set up to `largestSet`, then only whether any set of the
        // size fits. A size none of whose sets fits bounds every larger one (a subset of a set that
        // fits fits), so `most` stays a valid bound wherever the search stops.
        var most = countLimit < n ? countLimit : whole == false ? n - 1 : n
        sizes: for size in 2...max(2, countLimit) where size <= countLimit {
            guard wholeGroup || size <= largestSet else { break }
            var anyFits = false
            for subset in PatternGenerator.combinations(of: everyone, size: size) {
                let set = Set(subset)
                guard !infeasible.contains(where: { $0.isSubset(of: set) }) else { continue }
                guard work < workLimit else { break sizes }
                if fits(subset, limit: checkLimit) {
                    anyFits = true
                    if size > largestSet { break }
                } else if size <= largestSet {
                    infeasible.append(set)
                    found.append(Conflict(courses: subset, limit: size - 1))
                }
            }
            if !anyFits { most = size - 1; break }
        }
        // The whole group's row, unless it is one of the sets found, the course limit says as much,
        // or a smaller set's row implies it (a set of all but one course's row does, summed with
        // the course left out at most 1).
        let implied = found.contains { $0.courses.count == n } || most >= countLimit && countLimit < n
            || most == n - 1 && !found.isEmpty
        if wholeGroup, most < n, !implied { found.append(Conflict(courses: everyone, limit: most)) }
        return found
    }

    /// True when the courses (indices into ``ways``) fit, or when the search looks at more than
    /// `limit` ways.
    mutating func fits(_ courses: [Int], limit: Int) -> Bool {
        search(courses, limit: limit) ?? true
    }

    /// Whether the courses fit; nil when the search looks at more than `limit` ways.
    private mutating func search(_ courses: [Int], limit: Int) -> Bool? {
        if let most = room.courses, courses.count > most { return false }
        if let total = room.total, courses.reduce(0, { $0 + (ways[$1].map(\.slots).min() ?? 0) }) > total { return false }
        // Fewest ways first: failures show sooner.
        let order = courses.sorted { ways[$0].count < ways[$1].count }
        var nodes = 0
        var total = 0
        var ranOut = false
        func place(_ k: Int) -> Bool {
            guard k < order.count else { return true }
            for way in ways[order[k]] {
                nodes += 1
                guard nodes < limit else { ranOut = true; return true }
                guard admits(way, total: total) else { continue }
                apply(way, sign: 1)
                total += way.slots
                if place(k + 1) { return true }
                total -= way.slots
                apply(way, sign: -1)
            }
            return false
        }
        let placed = place(0)
        work += nodes
        // Empty again for the next search (this one may have stopped part-way).
        used = Bits(count: used.count)
        for d in dayLoad.indices { dayLoad[d] = 0 }
        for w in weekLoad.indices { weekLoad[w] = 0 }
        return ranOut ? nil : placed
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
        if room.perDay != nil { for d in way.days { dayLoad[d] += sign * way.sessionLength } }
        if room.perWeek != nil { for (w, slots) in way.weeks { weekLoad[w] += sign * slots } }
    }
}
