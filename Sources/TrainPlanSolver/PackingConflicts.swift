/// Sets of courses that cannot all run because they must share one resource and
/// no choice of their patterns fits them on it side by side.
///
/// A course *must* use a resource when every one of its options does: its only
/// suitable venue, its only qualified instructor, its cohort. For such a group the
/// per-period rows of the model let the LP relaxation spread each course thinly
/// over many patterns, so three courses that need the same workshop for six of
/// twelve weeks all "run" in the relaxation while only two fit. For each minimal
/// set S that cannot fit,
///
///     Σ_{c∈S} y[c] ≤ |S| − 1
///
/// is valid (it only looks at the shared resource, a relaxation of the plan) and
/// closes that gap at the root. Sets are found by a search over patterns with
/// forward checking; the work is capped by a node count, not a clock, so the same
/// scenario always gets the same rows.
public struct PackingConflicts {
    public struct Conflict: Equatable, Sendable {
        /// What the courses share, for the row name: "Venue[BLK-OTO", "Instructor[BLK-05", "Cohort[K3".
        public var resource: String
        /// Indices into the scenario's courses.
        public var courses: [Int]
    }

    /// - Parameters:
    ///   - largestGroup: groups with more courses are cut to the first this many (by course order).
    ///   - largestSet: the largest set tried.
    ///   - workLimit: patterns looked at over all groups; `checkLimit`: for one set (a set
    ///     whose search runs out is taken to fit: no row, never a wrong one).
    public static func find(_ candidates: Candidates, largestGroup: Int = 12, largestSet: Int = 4,
                     workLimit: Int = 3_000_000, checkLimit: Int = 200_000) -> [Conflict] {
        let scenario = candidates.scenario
        var groups: [(resource: String, courses: [Int])] = []
        func forced(_ lists: (CourseOptions) -> [[Int]]) -> [Int: [Int]] {
            var byResource: [Int: [Int]] = [:]
            for options in candidates.courses where !options.isEmpty {
                let each = lists(options)
                guard let first = each.first, first.count == 1, let only = first.first,
                      each.allSatisfy({ $0.count == 1 && $0[0] == only }) else { continue }
                byResource[only, default: []].append(options.course)
            }
            return byResource
        }
        for (v, courses) in forced(\.venues).sorted(by: { $0.key < $1.key }) {
            groups.append(("Venue[\(scenario.venues[v].id)", courses))
        }
        for (i, courses) in forced(\.instructors).sorted(by: { $0.key < $1.key }) {
            groups.append(("Instructor[\(scenario.instructors[i].id)", courses))
        }
        var cohorts: [String: [Int]] = [:]
        for options in candidates.courses where !options.isEmpty {
            if let cohort = scenario.courses[options.course].cohortKey {
                cohorts[cohort, default: []].append(options.course)
            }
        }
        for (cohort, courses) in cohorts.sorted(by: { $0.key < $1.key }) { groups.append(("Cohort[\(cohort)", courses)) }

        var work = 0
        var found: [Conflict] = []
        var seen: Set<[Int]> = []   // a set may share more than one resource: one row
        for group in groups where group.courses.count >= 2 {
            let members = Array(group.courses.prefix(largestGroup))
            let periodCount = scenario.calendar.periodCount
            var packing = ResourcePacking(ways: members.map { candidates.courses[$0].periods.map { .init(periods: $0, periodCount: periodCount) } },
                                          dayCount: scenario.calendar.dayCount, weekCount: scenario.calendar.weeks,
                                          periodCount: periodCount)
            for conflict in packing.conflicts(largestSet: largestSet, wholeGroup: false, workLimit: workLimit - work,
                                              checkLimit: checkLimit) {
                let courses = conflict.courses.map { members[$0] }
                if seen.insert(courses.sorted()).inserted { found.append(Conflict(resource: group.resource, courses: courses)) }
            }
            work += packing.work
            guard work < workLimit else { break }
        }
        return found
    }
}
