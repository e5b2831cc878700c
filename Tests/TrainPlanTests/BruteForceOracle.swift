import TrainPlanCore

/// The optimum of a tiny scenario by enumerating every plan.
///
/// Independent of the solver: it generates each course's (instructor, venue,
/// weekday set, first date, start slot) choices from the rules' text with its
/// own date loop, and lets ``PlanVerifier`` judge each whole plan.
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
                guard report.violations.allSatisfy({ $0.rule == nil }), let objective = report.evaluation?.objective else { return }
                body(plan, objective)
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

    static func subsets(_ items: [Weekday], size: Int) -> [[Weekday]] {
        if size == 0 { return [[]] }
        guard let first = items.first else { return [] }
        let rest = Array(items.dropFirst())
        return subsets(rest, size: size - 1).map { [first] + $0 } + subsets(rest, size: size)
    }
}
