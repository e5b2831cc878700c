import TrainPlanCore

/// A plan file claiming `infeasible` ("proven: no valid plan exists") checked the one way a
/// checker can without solving: a quick greedy plan that is valid refutes the claim. Finding
/// none proves nothing, so the claim then stands unchecked.
public enum InfeasibleClaim {
    /// The violation when a valid plan is found within `seconds` (the courses it schedules named).
    public static func refutation(_ plan: Plan, against scenario: Scenario, seconds: Int = 5) -> Violation? {
        guard plan.status == .infeasible, plan.replanning == nil else { return nil }
        let deadline = ContinuousClock.now + .seconds(seconds)
        let candidates = Candidates(scenario: scenario, deadline: deadline)
        guard ContinuousClock.now < deadline, let assignments = GreedyPlanner.plan(candidates, deadline: deadline) else { return nil }
        let found = PlanAssembler.plan(scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:])
        guard PlanVerifier.verify(found, against: scenario).isValid else { return nil }
        let scheduled = found.scheduledCourses.map(\.id)
        let named = scheduled.isEmpty ? "scheduling nothing" : "scheduling " + scheduled.prefix(10).joined(separator: ", ")
            + (scheduled.count > 10 ? " and \(scheduled.count - 10) more" : "")
        return Violation(rule: nil, course: nil, message: "status infeasible, but a valid plan exists: \(named) (a quick search found it)")
    }
}
