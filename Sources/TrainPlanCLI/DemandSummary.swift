import Foundation
import TrainPlanCore
import TrainPlanReport

/// The demand table `solve` prints: per company, what was asked and what the plan
/// serves, the apprentices placed with their start dates, what is left unserved and why,
/// and the requests only an instructor still to engage can serve.
enum DemandSummary {
    static func lines(_ plan: Plan, scenario: Scenario, language: Language) -> [String] {
        let rows = DemandRow.rows(plan, scenario: scenario)
        guard !rows.isEmpty else { return [] }
        let text = TextCatalogue(language: language)
        let format = MoneyFormat(language: language, currency: scenario.currency)
        var lines = ["", text.demand(.heading)]
        var table = [text.demandList(.columns)]
        for row in rows {
            let starts = row.starts.map { "\($0)" }.joined(separator: ", ")
            table.append([row.entry.company, row.entry.id, text.demandKind(row.entry.kind),
                          row.entry.skill, String(row.entry.people),
                          row.entry.kind == .hire ? String(row.trained) : "",
                          row.entry.kind == .apprenticeship ? (row.placed > 0 ? "\(row.placed) (\(starts))" : "0") : "",
                          String(row.planned.unserved), text.demandWhy(row.planned, currency: scenario.currency)])
        }
        lines += PlanSummary.columns(table).map { "  " + $0 }
        let placed = rows.reduce(0) { $0 + $1.placed }
        if placed > 0, let cost = plan.cost?.apprenticeships {
            lines.append("  " + text.demand(.placedNote, String(placed), format.format(cost)))
        }
        lines += rows.compactMap { $0.sourcedNote(text) }.map { "  " + $0 }
        return lines
    }
}
