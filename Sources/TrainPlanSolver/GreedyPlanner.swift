import TrainPlanCore

/// A quick plan built course by course: mandatory courses first, then the
/// most valuable; each takes its cheapest option that still fits (no clash,
/// load limits, budget) and, unless mandatory, costs less than its value.
///
/// It gives GLPK a first incumbent and is the fallback plan when the search
/// stops before finding one. `nil` when it cannot place a mandatory course.
public enum GreedyPlanner {
    /// With a budget, a second pass takes courses by value per rupiah of their cheapest
    /// option (a knapsack's greedy order); the cheaper of the two plans is returned.
    public static func plan(_ candidates: Candidates) -> [Assignment?]? {
        let byValue = plan(candidates, perRupiah: false)
        guard candidates.scenario.budget != nil, let first = byValue else { return byValue }
        guard let second = plan(candidates, perRupiah: true) else { return first }
        func objective(_ assignments: [Assignment?]) -> Double {
            PlanAssembler.plan(candidates.scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:]).objective ?? .infinity
        }
        return objective(second) < objective(first) ? second : first
    }

    static func plan(_ candidates: Candidates, perRupiah: Bool) -> [Assignment?]? {
        let scenario = candidates.scenario
        let calendar = scenario.calendar
        var state = Occupancy(scenario: scenario)
        var result = [Assignment?](repeating: nil, count: scenario.courses.count)
        var priority = candidates.courses.map { scenario.courses[$0.course].value }
        if perRupiah {
            for options in candidates.courses where !options.isEmpty {
                priority[options.course] = scenario.courses[options.course].value / max(1, candidates.cheapestCost(options))
            }
        }
        let order = candidates.courses.filter { !$0.isEmpty || scenario.courses[$0.course].mandatory }.sorted {
            let a = scenario.courses[$0.course], b = scenario.courses[$1.course]
            if a.mandatory != b.mandatory { return a.mandatory }
            if priority[$0.course] != priority[$1.course] { return priority[$0.course] > priority[$1.course] }
            return $0.course < $1.course
        }
        for options in order {
            let c = options.course
            let course = scenario.courses[c]
            var best: (cost: Double, assignment: Assignment)?
            for (p, pattern) in options.patterns.enumerated() {
                let insurance = CostRules.socialSecurity(course, dates: pattern.dates, premium: scenario.premiumPerParticipantMonth)
                let cohortFree = course.cohort.map { k in !options.periods[p].contains { state.cohort[k, default: []].contains($0) } } ?? true
                guard cohortFree else { continue }
                for v in options.venues[p] where !options.periods[p].contains(where: { state.venue[v].contains($0) }) {
                    let rent = CostRules.rent(course, scenario.venues[v])
                    for i in options.instructors[p] {
                        let instructor = scenario.instructors[i]
                        let marginal = insurance + rent + CostRules.fees(course, instructor)
                            + (state.courses[i] == 0 ? instructor.engagementCost : 0)
                        if let best, best.cost <= marginal { continue }
                        if let budget = scenario.budget, state.spent + marginal > budget + 1e-6 { continue }
                        guard state.fits(course: course, pattern: pattern, periods: options.periods[p],
                                         instructor: i, calendar: calendar) else { continue }
                        best = (marginal, Assignment(instructor: i, venue: v, pattern: pattern))
                    }
                }
            }
            guard let best, course.mandatory || best.cost < course.value else {
                if course.mandatory { return nil }
                continue
            }
            let p = options.patterns.firstIndex(of: best.assignment.pattern) ?? 0
            state.take(course: course, assignment: best.assignment, periods: options.periods[p], cost: best.cost, calendar: calendar)
            result[c] = best.assignment
        }
        return result
    }

    /// What is already taken while the greedy plan grows.
    private struct Occupancy {
        let scenario: Scenario
        var instructor: [Set<Int>]
        var venue: [Set<Int>]
        var cohort: [String: Set<Int>] = [:]
        var perDay: [[Int: Int]]
        var perWeek: [[Int: Int]]
        var total: [Int]
        var courses: [Int]
        var spent = 0.0

        init(scenario: Scenario) {
            self.scenario = scenario
            let n = scenario.instructors.count
            instructor = Array(repeating: [], count: n)
            venue = Array(repeating: [], count: scenario.venues.count)
            perDay = Array(repeating: [:], count: n)
            perWeek = Array(repeating: [:], count: n)
            total = Array(repeating: 0, count: n)
            courses = Array(repeating: 0, count: n)
        }

        func fits(course: Course, pattern: Pattern, periods: [Int], instructor i: Int, calendar: PlanningCalendar) -> Bool {
            let limits = scenario.instructors[i]
            if periods.contains(where: { instructor[i].contains($0) }) { return false }
            if let limit = limits.maxCourses, courses[i] + 1 > limit { return false }
            if let limit = limits.maxSlots, total[i] + course.slotCount > limit { return false }
            if let limit = limits.maxSlotsPerDay,
               pattern.dates.contains(where: { perDay[i][calendar.offset(of: $0), default: 0] + course.sessionLength > limit }) { return false }
            if let limit = limits.maxSlotsPerWeek {
                for (week, dates) in Dictionary(grouping: pattern.dates, by: calendar.week(of:))
                where perWeek[i][week, default: 0] + dates.count * course.sessionLength > limit { return false }
            }
            return true
        }

        mutating func take(course: Course, assignment: Assignment, periods: [Int], cost: Double, calendar: PlanningCalendar) {
            let i = assignment.instructor
            instructor[i].formUnion(periods)
            venue[assignment.venue].formUnion(periods)
            if let k = course.cohort { cohort[k, default: []].formUnion(periods) }
            for date in assignment.pattern.dates {
                perDay[i][calendar.offset(of: date), default: 0] += course.sessionLength
                perWeek[i][calendar.week(of: date), default: 0] += course.sessionLength
            }
            total[i] += course.slotCount
            courses[i] += 1
            spent += cost
        }
    }
}
