import ArgumentParser
import TrainPlanSolver

extension SecondObjective: ExpressibleByArgument {}

/// The line `solve --then` prints under the plan: what the second criterion changed.
enum SecondObjectiveSummary {
    static func text(_ outcome: LexicographicPlanner.Outcome) -> String {
        let criterion = outcome.criterion
        var line = "Then \(criterion.rawValue): \(criterion.describe(outcome.after))"
        if outcome.after != outcome.before {
            line += " (the first plan of this objective: \(criterion.describe(outcome.before)))"
        } else {
            line += " (no plan as good is better by it\(outcome.proven ? ", proven" : " found"))"
        }
        if let note = outcome.note { line += "; first plan kept: \(note)" }
        return line + String(format: "; %.2f s in all", outcome.seconds)
    }
}
