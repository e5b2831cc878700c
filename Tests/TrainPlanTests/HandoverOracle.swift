import TrainPlanCore

/// The fewest changes a re-planned plan can have, by enumerating every plan that rule 11
/// allows: ended courses as they were, started courses with every hand-over of their later
/// sessions (from any session after the re-planning date, to any one instructor and any one
/// venue), the others unscheduled or on any option
/// whose sessions all fall after the re-planning date. The verifier (rules 1-8 per session
/// holder, and rule 11) judges each whole plan; nothing is shared with the solver.
enum HandoverOracle {
    struct Result {
        /// `nil` when no valid plan exists.
        var fewestChanges: Int?
        /// Whether every plan with the fewest changes hands a course over.
        var needsHandover: Bool
        /// The smallest objective (cost + unmet value) among the plans with the fewest changes.
        var bestObjective: Double?
        var plansChecked: Int
    }

    /// `nil` when there are more than `limit` plans to enumerate.
    static func fewestChanges(_ scenario: Scenario, previous: Plan, frozenUntil t: CivilDate, limit: Int = 20000) -> Result? {
        let old = Dictionary(previous.scheduledCourses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var options: [[PlannedCourse?]] = []
        for (c, course) in scenario.courses.enumerated() {
            guard let was = old[course.id], let sessions = was.sessions, sessions.contains(where: { $0.date <= t }) else {
                let later = BruteForceOracle.courseOptions(scenario, c).filter { ($0.sessions ?? []).allSatisfy { $0.date > t } }
                options.append([nil] + later)
                continue
            }
            let later = sessions.map(\.date).filter { $0 > t }
            guard !later.isEmpty else {
                options.append([was])
                continue
            }
            var ways: [PlannedCourse?] = [was]
            for from in later {
                for instructor in scenario.instructors {
                    for venue in scenario.venues where instructor.id != was.instructor || venue.id != was.venue {
                        var way = was
                        way.handover = Handover(from: from, instructor: instructor.id == was.instructor ? nil : instructor.id,
                                                venue: venue.id == was.venue ? nil : venue.id)
                        ways.append(way)
                    }
                }
            }
            options.append(ways)
        }
        let total = options.reduce(1) { $0 * $1.count }
        guard total <= limit else { return nil }
        var fewest: Int?, handoverAtFewest = true, bestObjective: Double?, checked = 0
        var choice = [PlannedCourse?](repeating: nil, count: scenario.courses.count)
        func visit(_ c: Int) {
            if c == scenario.courses.count {
                checked += 1
                let plan = Plan(scenario: scenario.name, status: .feasible, objective: 0, bound: nil, cost: CostBreakdown(),
                                unmetValue: 0, courses: scenario.courses.indices.map {
                                    choice[$0] ?? .unscheduled(scenario.courses[$0].id, reasons: [])
                                })
                let report = PlanVerifier.verify(plan, against: scenario, replanningFrom: previous, frozenUntil: t)
                guard report.violations.allSatisfy({ $0.rule == nil }), let evaluation = report.evaluation else { return }
                let n = changes(from: previous, to: plan)
                let handsOver = plan.courses.contains { $0.handover != nil }
                let left = scenario.budget.map { $0 - evaluation.cost.total }
                let objective = evaluation.objective
                    + (scenario.demand.isEmpty ? 0 : BruteForceOracle.bestDemand(scenario, plan: plan, budgetLeft: left))
                if fewest.map({ n < $0 }) ?? true {
                    fewest = n
                    handoverAtFewest = handsOver
                    bestObjective = objective
                } else if n == fewest {
                    handoverAtFewest = handoverAtFewest && handsOver
                    bestObjective = min(bestObjective ?? objective, objective)
                }
                return
            }
            for option in options[c] {
                choice[c] = option
                visit(c + 1)
            }
            choice[c] = nil
        }
        visit(0)
        return Result(fewestChanges: fewest, needsHandover: fewest != nil && handoverAtFewest, bestObjective: bestObjective,
                      plansChecked: checked)
    }

    /// Courses that run in one plan and not the other, or with another instructor, venue or
    /// date for any session (hand-overs included): counted here, apart from the solver.
    static func changes(from old: Plan, to new: Plan) -> Int {
        let before = Dictionary(old.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func held(_ course: PlannedCourse) -> [String] {
            let handover = course.handover
            return (course.sessions ?? []).map { session in
                let later = handover.map { session.date >= $0.from } ?? false
                let instructor = later ? (handover?.instructor ?? course.instructor) : course.instructor
                let venue = later ? (handover?.venue ?? course.venue) : course.venue
                return "\(session.date) \(session.slots) \(instructor ?? "-") \(venue ?? "-")"
            }
        }
        return new.courses.filter { course in
            guard let was = before[course.id], was.scheduled else { return course.scheduled }
            guard course.scheduled else { return true }
            return held(was) != held(course)
        }.count
    }
}
