import TrainPlanCore
import TrainPlanReport

/// Turns per-course assignments into the plan file's structure, with its costs.
public enum PlanAssembler {
    public static func plan(_ scenario: Scenario, assignments: [Assignment?], status: Plan.Status,
                            bound: Double?, reasons: [Int: [UnscheduledReason]]) -> Plan {
        var cost = CostBreakdown()
        var unmet = 0.0
        var engagedCourses: [Int: [String]] = [:]
        var courses: [PlannedCourse] = []
        for (c, course) in scenario.courses.enumerated() {
            guard let assignment = assignments[c] else {
                unmet += course.value
                let why = reasons[c] ?? []
                courses.append(.unscheduled(course.id, reasons: why.isEmpty ? [] : ReasonText.english(why, currency: scenario.currency),
                                            details: why.isEmpty ? nil : why))
                continue
            }
            let instructor = scenario.instructors[assignment.instructor]
            let venue = scenario.venues[assignment.venue]
            // Fees and rent per session, by who holds it (rule 11).
            for holding in assignment.holdings {
                cost.instructorFees += CostRules.fees(course, scenario.instructors[holding.instructor], sessions: holding.dates.count)
                cost.venues += CostRules.rent(course, scenario.venues[holding.venue], sessions: holding.dates.count)
            }
            cost.socialSecurity += CostRules.socialSecurity(course, dates: assignment.pattern.dates,
                                                            premium: scenario.premiumPerParticipantMonth)
            for i in Set(assignment.holdings.map(\.instructor)) { engagedCourses[i, default: []].append(course.id) }
            let slots = Array(assignment.pattern.slots(length: course.sessionLength))
            var planned = PlannedCourse(id: course.id, scheduled: true, instructor: instructor.id, venue: venue.id,
                                        weekdays: assignment.pattern.weekdays, startSlot: assignment.pattern.startSlot,
                                        sessions: assignment.pattern.dates.map { PlannedSession(date: $0, slots: slots) })
            planned.handover = assignment.handover.map { handover in
                Handover(from: handover.from,
                         instructor: handover.instructor == assignment.instructor ? nil : scenario.instructors[handover.instructor].id,
                         venue: handover.venue == assignment.venue ? nil : scenario.venues[handover.venue].id)
            }
            courses.append(planned)
        }
        var engage: [Engagement] = []
        for (i, list) in engagedCourses.sorted(by: { $0.key < $1.key }) {
            let instructor = scenario.instructors[i]
            cost.engagement += instructor.engagementCost
            if instructor.source != .internal || instructor.engagementCost > 0 {
                engage.append(Engagement(instructor: instructor.id, source: instructor.source,
                                         engagementCost: instructor.engagementCost, courses: list))
            }
        }
        var demand: [PlannedDemand]?
        if !scenario.demand.isEmpty {
            // The best served counts for this schedule (rules 9-10), within what the budget leaves.
            let served = PlannedDemandAssembly.assemble(scenario, assignments: assignments, spent: cost.total)
            cost.apprenticeships = served.apprenticeships
            unmet += served.unmet
            demand = served.demand
        }
        let objective = cost.total + unmet
        var plan = Plan(scenario: scenario.name, status: status, objective: objective,
                        bound: bound.map { min($0, objective) }, cost: cost, unmetValue: unmet, courses: courses)
        plan.engage = engage
        plan.demand = demand
        if let bound = plan.bound {
            plan.gap = abs(objective - bound) / max(abs(objective), 1e-9)
        }
        return plan
    }

    /// The plan when none exists: every course unscheduled with its reasons.
    public static func noPlan(_ scenario: Scenario, status: Plan.Status, reasons: [Int: [UnscheduledReason]],
                              infeasibility: [InfeasibilityReason]) -> Plan {
        // A course without reasons of its own gets the plan's: none exists, or none in time.
        let none = [UnscheduledReason(kind: status == .infeasible ? .noValidPlan : .noPlanInTime)]
        var plan = Plan(scenario: scenario.name, status: status,
                        courses: scenario.courses.enumerated().map { c, course in
                            let details = reasons[c] ?? none
                            return .unscheduled(course.id, reasons: ReasonText.english(details, currency: scenario.currency),
                                                details: details)
                        })
        plan.infeasibility = infeasibility.isEmpty ? nil : InfeasibilityText.english(infeasibility, currency: scenario.currency)
        plan.infeasibilityDetails = infeasibility.isEmpty ? nil : infeasibility
        return plan
    }
}
