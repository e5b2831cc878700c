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
    /// - Parameter deadline: past it, no more optional courses are placed (mandatory ones come
    ///   first and are always placed): the plan so far is returned.
    public static func plan(_ candidates: Candidates, deadline: ContinuousClock.Instant? = nil) -> [Assignment?]? {
        let byValue = plan(candidates, perRupiah: false, deadline: deadline)
        guard candidates.scenario.budget != nil, let first = byValue else { return byValue }
        if let deadline, ContinuousClock.now >= deadline { return first }
        guard let second = plan(candidates, perRupiah: true, deadline: deadline) else { return first }
        func objective(_ assignments: [Assignment?]) -> Double {
            PlanAssembler.plan(candidates.scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:]).objective ?? .infinity
        }
        return objective(second) < objective(first) ? second : first
    }

    static func plan(_ candidates: Candidates, perRupiah: Bool, deadline: ContinuousClock.Instant? = nil) -> [Assignment?]? {
        let scenario = candidates.scenario
        var ledger = ResourceLedger(scenario: scenario)
        var spent = 0.0
        var result = [Assignment?](repeating: nil, count: scenario.courses.count)
        var outlook = DemandOutlook(candidates)
        // A course is worth its value plus, at best, the demand it could serve (0 without demand).
        let worth = candidates.courses.map { scenario.courses[$0.course].value + outlook.potential($0.course) }
        var priority = worth
        if perRupiah {
            for options in candidates.courses where !options.isEmpty {
                priority[options.course] = worth[options.course] / max(1, candidates.cheapestCost(options))
            }
        }
        let predecessors = Batches.predecessors(scenario.courses)
        let order = candidates.courses.filter { !$0.isEmpty || scenario.courses[$0.course].mandatory }.sorted {
            let a = scenario.courses[$0.course], b = scenario.courses[$1.course]
            if a.mandatory != b.mandatory { return a.mandatory }
            if priority[$0.course] != priority[$1.course] { return priority[$0.course] > priority[$1.course] }
            return $0.course < $1.course
        }
        for options in order {
            let c = options.course
            let course = scenario.courses[c]
            if let deadline, !course.mandatory, ContinuousClock.now >= deadline { break }
            // Batch k+1 only after batch k.
            if let before = predecessors[c], result[before] == nil { continue }
            var best: (cost: Double, assignment: Assignment, pattern: Int, gain: DemandOutlook.Gain)?
            for (p, pattern) in options.patterns.enumerated() {
                let periods = options.periods[p]
                guard ledger.isCohortFree(forCourse: c, in: periods) else { continue }
                let gain = outlook.gain(c, pattern: p, spent: spent)
                let insurance = CostRules.socialSecurity(course, dates: pattern.dates, premium: scenario.premiumPerParticipantMonth)
                for v in options.venues[p] where ledger.isFree(.venue(v), in: periods) {
                    let rent = CostRules.rent(course, scenario.venues[v])
                    for i in options.instructors[p] {
                        let instructor = scenario.instructors[i]
                        let marginal = insurance + rent + CostRules.fees(course, instructor)
                            + (ledger.coursesTaught(by: i) == 0 ? instructor.engagementCost : 0)
                        if let best, best.cost - best.gain.value <= marginal - gain.value { continue }
                        if let budget = scenario.budget, spent + marginal > budget + 1e-6 { continue }
                        guard ledger.canTeach(instructor: i, course: c, dates: pattern.dates, periods: periods) else { continue }
                        best = (marginal, Assignment(instructor: i, venue: v, pattern: pattern), p, gain)
                    }
                }
            }
            // The demand it serves within what the budget leaves once it runs.
            guard var best, course.mandatory || best.cost < course.value + best.gain.value else {
                if course.mandatory { return nil }
                continue
            }
            best.gain = outlook.gain(c, pattern: best.pattern, spent: spent + best.cost)
            ledger.book(course: c, instructor: best.assignment.instructor, venue: best.assignment.venue,
                        dates: best.assignment.pattern.dates, periods: options.periods[best.pattern])
            spent += best.cost + best.gain.cost
            outlook.take(best.gain)
            result[c] = best.assignment
        }
        return result
    }
}
