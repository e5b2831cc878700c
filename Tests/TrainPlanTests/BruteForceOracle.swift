import Foundation
import TrainPlanCore

/// The optimum of a tiny scenario by enumerating every plan.
///
/// Independent of the solver: it generates each course's (instructor, venue,
/// weekday set, first date, start slot) choices from the rules' text with its
/// own date loop, and lets ``PlanVerifier`` judge each whole plan.
///
/// With demand (rules 9-10) each valid schedule's best served counts are found by
/// enumerating every vector of counts (``bestDemand(_:plan:budgetLeft:)``): the rules
/// are written again here from PROBLEM.md, not taken from the solver or ``DemandRules``.
enum BruteForceOracle {
    struct Result {
        /// `nil` when no valid plan exists.
        var objective: Double?
        var plansChecked: Int
    }

    /// `nil` when the scenario has more than `limit` plans to enumerate.
    static func optimum(_ scenario: Scenario, limit: Int = 20000) -> Result? {
        var best: Double?
        guard let checked = forEachValidPlan(scenario, limit: limit, { _, objective in
            if best.map({ objective < $0 }) ?? true { best = objective }
        }) else { return nil }
        return Result(objective: best, plansChecked: checked)
    }

    /// The optimum and the lowest and highest `measure` among the plans at it: `nil` when there
    /// are more than `limit` plans, `.some(nil)` when no plan is valid.
    static func measureAmongOptima(_ scenario: Scenario, limit: Int = 20000,
                                   _ measure: (Plan) -> Double) -> (optimum: Double, lowest: Double, highest: Double)?? {
        var plans: [(objective: Double, value: Double)] = []
        guard forEachValidPlan(scenario, limit: limit, { plan, objective in plans.append((objective, measure(plan))) }) != nil
        else { return nil }
        guard let optimum = plans.map(\.objective).min() else { return .some(nil) }
        let tied = plans.filter { $0.objective <= optimum + 1e-6 * max(1, optimum) }.map(\.value)
        return (optimum, tied.min() ?? 0, tied.max() ?? 0)
    }

    /// Calls `body` with every valid plan and its objective; returns how many plans were
    /// examined, or `nil` (calling nothing) when there are more than `limit`.
    static func forEachValidPlan(_ scenario: Scenario, limit: Int = 20000, _ body: (Plan, Double) -> Void) -> Int? {
        let options = scenario.courses.indices.map { courseOptions(scenario, $0) }
        let total = options.reduce(1) { $0 * ($1.count + 1) }
        guard total <= limit else { return nil }
        var checked = 0
        var choice = [PlannedCourse?](repeating: nil, count: scenario.courses.count)
        func visit(_ c: Int) {
            if c == scenario.courses.count {
                checked += 1
                let plan = Plan(scenario: scenario.name, status: .feasible, objective: 0, bound: nil,
                                cost: CostBreakdown(), unmetValue: 0,
                                courses: scenario.courses.indices.map { choice[$0] ?? .unscheduled(scenario.courses[$0].id, reasons: []) })
                let report = PlanVerifier.verify(plan, against: scenario)
                guard report.violations.allSatisfy({ $0.rule == nil }), let evaluation = report.evaluation else { return }
                // With nothing served (the plan states no demand) the verifier counts all demand unmet.
                let left = scenario.budget.map { $0 - evaluation.cost.total }
                let demand = scenario.demand.isEmpty ? 0 : bestDemand(scenario, plan: plan, budgetLeft: left)
                body(plan, evaluation.objective + demand)
                return
            }
            choice[c] = nil
            visit(c + 1)
            for option in options[c] {
                choice[c] = option
                visit(c + 1)
            }
            choice[c] = nil
        }
        visit(0)
        return checked
    }

    /// Every way course `c` could run on its own, filtered by the verifier's rules 1-4 and 6.
    static func courseOptions(_ scenario: Scenario, _ c: Int) -> [PlannedCourse] {
        let course = scenario.courses[c]
        let calendar = scenario.calendar
        var result: [PlannedCourse] = []
        var seen: Set<String> = []
        for weekdays in subsets(course.weekdays, size: course.daysPerWeek) {
            for offset in 0..<calendar.dayCount {
                let first = calendar.start.adding(days: offset)
                guard weekdays.contains(first.weekday) else { continue }
                var dates: [CivilDate] = []
                var day = first
                while dates.count < course.sessions && day <= calendar.end {
                    let working = calendar.workdays.contains(day.weekday) && !calendar.holidays.contains(day)
                    if working && weekdays.contains(day.weekday) { dates.append(day) }
                    day = day.adding(days: 1)
                }
                guard dates.count == course.sessions, calendar.workdays.contains(first.weekday),
                      !calendar.holidays.contains(first) else { continue }
                for slot in 1...calendar.slotCount where slot + course.sessionLength - 1 <= calendar.slotCount {
                    for instructor in scenario.instructors {
                        for venue in scenario.venues {
                            let key = "\(instructor.id) \(venue.id) \(slot) \(dates)"
                            guard seen.insert(key).inserted else { continue }
                            let slots = Array(slot..<(slot + course.sessionLength))
                            let option = PlannedCourse(id: course.id, scheduled: true, instructor: instructor.id, venue: venue.id,
                                                       weekdays: weekdays, startSlot: slot,
                                                       sessions: dates.map { PlannedSession(date: $0, slots: slots) })
                            let alone = Plan(scenario: scenario.name, status: .feasible, objective: 0, cost: CostBreakdown(),
                                             unmetValue: 0, courses: scenario.courses.indices.map {
                                                 $0 == c ? option : .unscheduled(scenario.courses[$0].id, reasons: [])
                                             })
                            let report = PlanVerifier.verify(alone, against: scenario)
                            if !report.violations.contains(where: { [1, 2, 3, 4, 6].contains($0.rule ?? 0) }) {
                                result.append(option)
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The largest amount served demand takes off the objective for this schedule (≤ 0):
    /// Σ (costPerPerson − valuePerPerson)·served, minimised over every vector of served counts
    /// that rules 9-10 allow, with the apprentices' cost within `budgetLeft`. Exhaustive.
    static func bestDemand(_ scenario: Scenario, plan: Plan, budgetLeft: Double?) -> Double {
        var pairs: [(course: Int, entry: Int, net: Double, cost: Double)] = []
        for (c, course) in scenario.courses.enumerated() {
            guard let planned = plan.courses.first(where: { $0.id == course.id }), planned.scheduled,
                  let last = planned.sessions?.map(\.date).max() else { continue }
            for (d, entry) in scenario.demand.enumerated() {
                let skillMatches = course.skill.lowercased().trimmingCharacters(in: .whitespaces)
                    == entry.skill.lowercased().trimmingCharacters(in: .whitespaces)
                guard skillMatches, course.level >= entry.level else { continue }
                let inTime: Bool
                switch entry.kind {
                case .hire: inTime = last <= entry.by
                case .apprenticeship:
                    let dayAfter = last.adding(days: 1)
                    inTime = (dayAfter > entry.startFrom ? dayAfter : entry.startFrom) <= entry.startUntil
                }
                guard inTime else { continue }
                let cost = entry.kind == .apprenticeship
                    ? Double(entry.months) * (entry.allowancePerMonth + (entry.insured ? scenario.premiumPerParticipantMonth : 0)) : 0
                pairs.append((c, d, cost - entry.valuePerPerson, cost))
            }
        }
        var seats = scenario.courses.map(\.participants), open = scenario.demand.map(\.people)
        var best = 0.0
        func visit(_ k: Int, _ delta: Double, _ spent: Double) {
            if k == pairs.count {
                if delta < best { best = delta }
                return
            }
            let pair = pairs[k]
            for n in 0...min(seats[pair.course], open[pair.entry]) {
                let cost = spent + Double(n) * pair.cost
                if let budgetLeft, cost > budgetLeft + 0.005 { break }
                seats[pair.course] -= n; open[pair.entry] -= n
                visit(k + 1, delta + Double(n) * pair.net, cost)
                seats[pair.course] += n; open[pair.entry] += n
            }
        }
        visit(0, 0, 0)
        return best
    }

    static func subsets(_ items: [Weekday], size: Int) -> [[Weekday]] {
        if size == 0 { return [[]] }
        guard let first = items.first else { return [] }
        let rest = Array(items.dropFirst())
        return subsets(rest, size: size - 1).map { [first] + $0 } + subsets(rest, size: size)
    }
}
