import Foundation
import TrainPlanCore

/// The readable account of a plan that `solve` prints.
enum PlanSummary {
    static func text(_ plan: Plan, scenario: Scenario) -> String {
        let cur = scenario.currency
        func money(_ value: Double?) -> String { value.map { "\(cur) \(Money.plain($0))" } ?? "-" }
        var lines: [String] = []
        var head = "\(plan.scenario): \(plan.status.rawValue)"
        if let objective = plan.objective {
            head += ", objective \(money(objective))"
            if let bound = plan.bound { head += ", bound \(money(bound))" }
            if let gap = plan.gap { head += String(format: ", gap %.2f%%", gap * 100) }
        }
        if let run = plan.solver { head += String(format: " (%@ %@, %.2f s)", run.name, run.version, run.seconds) }
        lines.append(head)
        if let reasons = plan.infeasibility {
            lines.append("No valid plan exists:")
            lines += reasons.map { "  - \($0)" }
        }
        if let cost = plan.cost {
            lines.append("")
            lines.append("Cost")
            lines.append(row(["  instructor fees", money(cost.instructorFees)]))
            lines.append(row(["  engagement", money(cost.engagement)]))
            lines.append(row(["  venues", money(cost.venues)]))
            lines.append(row(["  social security", money(cost.socialSecurity)]))
            let budget = scenario.budget.map { " of budget \(money($0))" } ?? ""
            lines.append(row(["  total", money(cost.total) + budget]))
            lines.append(row(["Unmet value", money(plan.unmetValue)]))
        }
        let scheduled = plan.courses.filter(\.scheduled)
        if !scheduled.isEmpty {
            lines.append("")
            lines.append("Scheduled courses (\(scheduled.count) of \(plan.courses.count))")
            var table = [["course", "instructor", "venue", "first", "last", "weekdays", "slots"]]
            for course in scheduled {
                let sessions = course.sessions ?? []
                let slots = sessions.first?.slots.map { String($0) }.joined(separator: "-") ?? ""
                table.append([course.id, course.instructor ?? "", course.venue ?? "",
                              sessions.first.map { "\($0.date)" } ?? "", sessions.last.map { "\($0.date)" } ?? "",
                              (course.weekdays ?? []).map(\.rawValue).joined(separator: " "), slots])
            }
            lines += columns(table).map { "  " + $0 }
        }
        if let engage = plan.engage, !engage.isEmpty {
            lines.append("")
            lines.append("Instructors to engage")
            var table = [["instructor", "name", "source", "organization", "engagement", "courses"]]
            for e in engage {
                let instructor = scenario.instructor(e.instructor)
                table.append([e.instructor, instructor?.name ?? "", e.source.rawValue, instructor?.organization ?? "",
                              money(e.engagementCost), e.courses.joined(separator: " ")])
            }
            lines += columns(table).map { "  " + $0 }
        }
        let unscheduled = plan.courses.filter { !$0.scheduled }
        if !unscheduled.isEmpty, plan.status == .optimal || plan.status == .feasible {
            lines.append("")
            lines.append("Not scheduled (\(unscheduled.count))")
            for course in unscheduled {
                let value = scenario.courses.first { $0.id == course.id }?.value
                lines.append("  \(course.id) (value \(money(value))): \((course.reasons ?? []).joined(separator: "; "))")
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
