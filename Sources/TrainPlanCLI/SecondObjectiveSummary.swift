import ArgumentParser
import TrainPlanCore
import TrainPlanSolver

extension SecondObjective: ExpressibleByArgument {}

/// The line `solve --then` prints under the plan: what the second criterion changed.
enum SecondObjectiveSummary {
    static func text(_ outcome: LexicographicPlanner.Outcome, plan: Plan, scenario: Scenario) -> String {
        let criterion = outcome.criterion
        var line = "Then \(criterion.rawValue): \(criterion.describe(outcome.after))"
        if criterion == .balanceLoad, let heaviest = SecondObjective.heaviestLoad(plan, in: scenario) {
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
