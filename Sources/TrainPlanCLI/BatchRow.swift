import Foundation
import TrainPlanCore

/// One scenario of a `batch`, and the summary table and JSON made of them.
struct BatchRow {
    var name: String
    var path: String
    /// nil when the scenario is invalid.
    var scenario: Scenario?
    var plan: Plan?
    var errors: [String]
    var seconds: Double
    /// Its shard did not run or failed (`merge`).
    var missing = false

    /// The last column (errors) is written to the CSV, not printed.
    static func table(_ rows: [BatchRow]) -> [[String]] {
        func money(_ value: Double?) -> String { value.map { Money.plain($0) } ?? "-" }
        var table = [["scenario", "status", "gap", "currency", "objective", "total cost", "fees", "engagement", "venues",
                      "insurance", "courses run", "unmet value", "errors"]]
        for row in rows {
            let plan = row.plan, cost = plan?.cost
            let status = plan?.status.rawValue ?? (row.missing ? "missing" : row.scenario == nil ? "invalid" : "failed")
            table.append([
                row.name, status, plan?.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "-", row.scenario?.currency ?? "-",
                money(plan?.objective), money(cost?.total), money(cost?.instructorFees), money(cost?.engagement),
                money(cost?.venues), money(cost?.socialSecurity),
                plan?.objective == nil ? "-" : "\(plan?.scheduledCourses.count ?? 0)/\(plan?.courses.count ?? 0)",
                money(plan?.unmetValue),
                (row.errors + (plan?.infeasibility ?? [])).joined(separator: " | "),
            ])
        }
        return table
    }

    struct Report: Encodable {
        var name: String, path: String, status: String?, currency: String?, objective: Double?, bound: Double?, gap: Double?
        var cost: CostBreakdown?, unmetValue: Double?, scheduled: [String], errors: [String], infeasibility: [String]?
        var seconds: Double
    }

    static func json(_ rows: [BatchRow]) throws -> Data {
        let reports = rows.map { row in
            Report(name: row.name, path: row.path, status: row.plan?.status.rawValue, currency: row.scenario?.currency,
                   objective: row.plan?.objective, bound: row.plan?.bound, gap: row.plan?.gap, cost: row.plan?.cost,
                   unmetValue: row.plan?.unmetValue, scheduled: row.plan?.scheduledCourses.map(\.id) ?? [],
                   errors: row.errors, infeasibility: row.plan?.infeasibility, seconds: row.seconds)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(reports)
    }
}
