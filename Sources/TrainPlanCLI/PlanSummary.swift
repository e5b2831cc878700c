import Foundation
import TrainPlanCore
import TrainPlanReport

/// The readable account of a plan that `solve` prints, in the chosen language
/// (every text from ``TextCatalogue``).
enum PlanSummary {
    static func text(_ plan: Plan, scenario: Scenario, language: Language = .en) -> String {
        let text = TextCatalogue(language: language)
        let format = MoneyFormat(language: language, currency: scenario.currency)
        func money(_ value: Double?) -> String { format.format(value) }
        var lines: [String] = []
        var head = "\(plan.scenario): \(text.status(plan.status))"
        if let objective = plan.objective {
            head += text(.summaryObjective, money(objective))
            if let bound = plan.bound { head += text(.summaryBound, money(bound)) }
            if let gap = plan.gap { head += text(.summaryGap, text.numbers.percent(gap)) }
        }
        if let run = plan.solver {
            head += text(.summarySolver, "\(run.name) \(run.version)", text.numbers.decimal(run.seconds, digits: 2))
        }
        lines.append(head)
        let reasons = InfeasibilityText(text: text, currency: scenario.currency).sentences(plan)
        if !reasons.isEmpty {
            lines.append(text(.noPlanExists) + ":")
            lines += reasons.map { "  - \($0)" }
        }
        if let cost = plan.cost {
            lines.append("")
            lines.append(text(.summaryCost))
            lines.append(row(["  " + text(.summaryFees), money(cost.instructorFees)]))
            lines.append(row(["  " + text(.summaryEngagement), money(cost.engagement)]))
            lines.append(row(["  " + text(.summaryVenues), money(cost.venues)]))
            lines.append(row(["  " + text(.summarySocialSecurity), money(cost.socialSecurity)]))
            if let apprenticeships = cost.apprenticeships {
                lines.append(row(["  " + text.demand(.costApprenticeships), money(apprenticeships)]))
            }
            let budget = scenario.budget.map { " " + text(.ofBudget) + " " + money($0) } ?? ""
            lines.append(row(["  " + text(.summaryTotal), money(cost.total) + budget]))
            lines.append(row([text(.unmetValueLabel), money(plan.unmetValue)]))
        }
        let scheduled = plan.courses.filter(\.scheduled)
        if !scheduled.isEmpty {
            lines.append("")
            lines.append(text(.summaryScheduled, String(scheduled.count), String(plan.courses.count)))
            var table = [text.list(.summaryScheduledColumns)]
            for course in scheduled {
                let sessions = course.sessions ?? []
                // Slots as a range, first to last (a session's slots are consecutive): `1`, `1-2`, `1-3`.
                let held = sessions.first?.slots ?? []
                let slots = held.first.map { first in held.count > 1 ? "\(first)-\(held.last ?? first)" : "\(first)" } ?? ""
                table.append([course.id, course.instructor ?? "", course.venue ?? "",
                              sessions.first.map { "\($0.date)" } ?? "", sessions.last.map { "\($0.date)" } ?? "",
                              (course.weekdays ?? []).map { language == .en ? $0.rawValue : text.weekdayShort($0) }
                                .joined(separator: " "), slots])
            }
            lines += columns(table).map { "  " + $0 }
            for course in scheduled {
                guard let handover = course.handover else { continue }
                let to = [handover.instructor.map { scenario.instructor($0)?.name ?? $0 },
                          handover.venue.map { scenario.venue($0)?.name ?? $0 }].compactMap { $0 }.joined(separator: ", ")
                lines.append("  \(course.id): " + text(.handedOver, text.longDate(handover.from), to))
            }
        }
        if let engage = plan.engage, !engage.isEmpty {
            lines.append("")
            lines.append(text(.engageHeading))
            var table = [text.list(.summaryEngageColumns)]
            for e in engage {
                let instructor = scenario.instructor(e.instructor)
                table.append([e.instructor, instructor?.name ?? "", text.source(e.source), instructor?.organization ?? "",
                              money(e.engagementCost), e.courses.joined(separator: " ")])
            }
            lines += columns(table).map { "  " + $0 }
        }
        lines += DemandSummary.lines(plan, scenario: scenario, language: language)
        let unscheduled = plan.courses.filter { !$0.scheduled }
        let why = ReasonText(text: text, currency: scenario.currency)
        if !unscheduled.isEmpty, plan.status == .optimal || plan.status == .feasible {
            lines.append("")
            lines.append(text(.summaryNotScheduled, String(unscheduled.count)))
            // By id once, not a search per course (200,000 courses left out took minutes to print).
            let values = Dictionary(scenario.courses.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
            for course in unscheduled {
                let value = values[course.id]
                lines.append("  " + text(.summaryValueOf, course.id, money(value), why.sentences(course).joined(separator: "; ")))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        cells[0].padding(toLength: 20, withPad: " ", startingAt: 0) + cells.dropFirst().joined(separator: " ")
    }

    /// Left-aligned columns, widths from the widest cell.
    static func columns(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { col in rows.map { $0[col].count }.max() ?? 0 }
        return rows.map { cells in
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}
