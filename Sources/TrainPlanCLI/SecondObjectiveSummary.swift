import ArgumentParser
import TrainPlanCore
import TrainPlanSolver

extension SecondObjective: ExpressibleByArgument {}

/// The line `solve --then` prints under the plan: what the second criterion changed.
enum SecondObjectiveSummary {
    static func text(_ outcome: LexicographicPlanner.Outcome, plan: Plan, scenario: Scenario) -> String {
        // (`solve --then` always names a criterion; the closest plan to a base is what-if's.)
        guard let criterion = outcome.criterion else {
            return "Then \(LexicographicPlanner.closestToBase): \(Int(outcome.after)) courses differ from the base plan"
        }
        var line = "Then \(criterion.rawValue): \(criterion.describe(outcome.after))"
        if criterion == .balanceLoad {
            // No internal instructor teaching: nothing was balanced, and no one is the heaviest.
            guard let heaviest = SecondObjective.heaviestLoad(plan, in: scenario), heaviest.share > 0 else {
                return "Then \(criterion.rawValue): no internal instructor teaches in this plan, so there is no load to balance"
            }
            line += " (\(heaviest.instructor))"
        }
        if outcome.after != outcome.before {
            line += "; the first plan of this objective had \(criterion.describe(outcome.before))"
        } else {
            line += outcome.proven ? "; no plan as good does better (proven)" : "; no plan as good that does better was found"
        }
        if let note = outcome.note { line += "; first plan kept: \(note)" }
        return line + String(format: "; %.2f s in all", outcome.seconds)
    }
}
