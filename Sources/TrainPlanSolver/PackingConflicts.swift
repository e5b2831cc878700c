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
            let packing = Packing(members.map { candidates.courses[$0].periods }, periodCount: scenario.calendar.periodCount)
            var infeasible: [Set<Int>] = []
            for size in 2...min(largestSet, members.count) {
                for subset in combinations(members.count, size) {
                    let set = Set(subset)
                    guard !infeasible.contains(where: { $0.isSubset(of: set) }) else { continue }
                    guard work < workLimit else { return found }
                    if !packing.fits(subset, work: &work, limit: checkLimit) {
                        infeasible.append(set)
                        let courses = subset.map { members[$0] }
                        if seen.insert(courses.sorted()).inserted { found.append(Conflict(resource: group.resource, courses: courses)) }
                    }
                }
            }
        }
        return found
    }

    /// Index sets of `size` out of `0..<count`, in lexicographic order.
    static func combinations(_ count: Int, _ size: Int) -> [[Int]] {
        var result: [[Int]] = []
        var current: [Int] = []
        func extend(from start: Int) {
            if current.count == size { result.append(current); return }
            guard start < count else { return }
            for k in start..<count where count - k >= size - current.count {
                current.append(k)
                extend(from: k + 1)
                current.removeLast()
            }
        }
        extend(from: 0)
        return result
    }
}

/// Whether some courses fit on one resource: each gets a pattern, no two overlap.
private struct Packing {
    /// The periods of each course's patterns, as bit sets.
    let patterns: [[Bits]]
    let periodCount: Int

    init(_ periods: [[[Int]]], periodCount: Int) {
        self.periodCount = periodCount
        patterns = periods.map { course in course.map { Bits($0, count: periodCount) } }
    }

    /// Depth-first over the courses: a pattern for each, none overlapping the ones chosen.
    /// True when they fit, or when the search looks at more than `limit` patterns.
    func fits(_ courses: [Int], work: inout Int, limit: Int) -> Bool {
        // Fewest patterns first: failures show sooner.
        let order = courses.sorted { patterns[$0].count < patterns[$1].count }
        var used = Bits(count: periodCount)
        var nodes = 0
        func place(_ k: Int) -> Bool {
            guard k < order.count, nodes < limit else { return true }
            for pattern in patterns[order[k]] {
                nodes += 1
                guard nodes < limit else { return true }
                guard !pattern.intersects(used) else { continue }
                let before = used
                used.formUnion(pattern)
                if place(k + 1) { return true }
                used = before
            }
            return false
        }
        let fits = place(0)
        work += nodes
        return fits
    }
}
