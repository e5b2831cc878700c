import ArgumentParser
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

extension SecondObjective: ExpressibleByArgument {}

/// The line `solve --then` prints under the plan: what the second criterion changed, in the
/// summary's language.
enum SecondObjectiveSummary {
    static func text(_ outcome: LexicographicPlanner.Outcome, plan: Plan, scenario: Scenario, language: Language = .en) -> String {
        let text = TextCatalogue(language: language)
        // (`solve --then` always names a criterion; the closest plan to a base is what-if's.)
        guard let criterion = outcome.criterion else {
            return text(.thenClosest, LexicographicPlanner.closestToBase, text.numbers.integer(Int(outcome.after)))
        }
        func describe(_ value: Double) -> String {
            switch criterion {
            case .balanceLoad: text(.thenLoadShare, text.numbers.decimal(value * 100, digits: 1))
            case .moreTrainees: text(.thenTrainees, text.numbers.integer(Int(value.rounded())))
            }
        }
        var line = text(.thenHead, criterion.rawValue, describe(outcome.after))
        if criterion == .balanceLoad {
            // No internal instructor teaching: nothing was balanced, and no one is the heaviest.
            guard let heaviest = SecondObjective.heaviestLoad(plan, in: scenario), heaviest.share > 0 else {
                return text(.thenNoInternal, criterion.rawValue)
            }
            line += " (\(heaviest.instructor))"
        }
        if outcome.after != outcome.before {
            line += "; " + text(.thenFirstHad, describe(outcome.before))
        } else {
            line += "; " + text(outcome.proven ? .thenProven : .thenNotFound)
        }
        if let note = outcome.note { line += "; " + text(.thenKept, note) }
        return line + "; " + text(.thenSeconds, text.numbers.decimal(outcome.seconds, digits: 2))
    }
}
