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
/// ``find(instructor:patterns:candidates:work:largestSet:)`` returns the smallest sets of two or
/// three courses, and for the whole group (its first ``largestGroup`` courses) the most that fit,
/// found by ``ResourcePacking``.
enum TeachingConflicts {
    typealias Conflict = ResourcePacking.Conflict

    /// Courses of one instructor looked at together (the first by course order). Not measured.
    static let largestGroup = 12
    /// Smallest sets are looked for up to this size. Not measured.
    static let largestSet = 3
    /// Ways looked at for one set, and over all instructors of one model (a national model's
    /// rows took 0.5 s to find with a cap of 400,000 per instructor). Not measured against other values.
    static let checkLimit = 20_000
    static let workLimit = 4_000_000

    /// The sets for instructor `i`, teaching each course of `patterns` (course → its patterns
    /// that `i` can take, as in the model's u[c,i,p]), as scenario course indices. Only for an
    /// instructor with no load held from the past (re-planning): its limits are taken whole.
    /// - Parameters:
    ///   - work: ways looked at so far for this model; the search stops at ``workLimit``.
    ///   - largestSet: smallest sets are looked for up to this size (tests lower it to check the
    ///     whole group's row on tiny scenarios).
    static func find(instructor i: Int, patterns: [Int: [Int]], candidates: Candidates, work: inout Int,
                     largestSet: Int = largestSet) -> [Conflict] {
        let scenario = candidates.scenario
        let instructor = scenario.instructors[i]
        let courses = Array(patterns.keys.sorted().filter { !(patterns[$0] ?? []).isEmpty }.prefix(largestGroup))
        guard courses.count >= 2, work < workLimit else { return [] }
        let ways = courses.map { c in
            (patterns[c] ?? []).map { ResourcePacking.Way(candidates.courses[c], pattern: $0,
                                                          sessionLength: scenario.courses[c].sessionLength,
                                                          calendar: scenario.calendar) }
        }
        let room = ResourcePacking.Room(perDay: instructor.maxSlotsPerDay, perWeek: instructor.maxSlotsPerWeek,
                                        total: instructor.maxSlots, courses: instructor.maxCourses)
        var packing = ResourcePacking(ways: ways, room: room, dayCount: scenario.calendar.dayCount,
                                      weekCount: scenario.calendar.weeks, periodCount: scenario.calendar.periodCount)
        let found = packing.conflicts(largestSet: largestSet, wholeGroup: true, workLimit: workLimit - work,
                                      checkLimit: checkLimit)
        work += packing.work
        return found.map { Conflict(courses: $0.courses.map { courses[$0] }, limit: $0.limit) }
    }
}
