import Foundation
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

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

    /// One row per scenario with typed cells, so that batch.csv opens as numbers in the
    /// delimiter's locale (as whatif.csv); the last column (errors) is written to the CSV, not printed.
    static func table(_ rows: [BatchRow], text: TextCatalogue) -> ReportTable {
        func money(_ value: Double?) -> ReportCell { value.map(ReportCell.money) ?? .empty }
        let cells = rows.map { row -> [ReportCell] in
            let plan = row.plan, cost = plan?.cost, solved = plan?.objective != nil
            let status = plan.map { text.status($0.status) }
                ?? text(row.missing ? .batchMissing : row.scenario == nil ? .whatifInvalid
                            : row.errors.contains(WhatIfRunner.notSolvedStopped) ? .whatifStopped : .whatifFailed)
            return [
                .text(row.name), .text(status), plan?.gap.map { .text(text.numbers.percent($0)) } ?? .empty,
                row.scenario.map { .text($0.currency) } ?? .empty,
                money(plan?.objective), money(cost?.total), money(cost?.instructorFees), money(cost?.engagement),
                money(cost?.venues), money(cost?.socialSecurity), money(cost?.apprenticeships),
                solved ? .count(plan?.scheduledCourses.count ?? 0) : .empty, solved ? .count(plan?.courses.count ?? 0) : .empty,
                money(plan?.unmetValue),
                .text((row.errors + (plan?.infeasibility ?? [])).joined(separator: " | ")),
            ]
        }
        return ReportTable(name: "batch", header: text.list(.batchColumns), rows: cells)
    }

    /// The table as printed: money with each scenario's currency, in the language's style.
    static func printed(_ table: ReportTable, rows: [BatchRow], text: TextCatalogue) -> [[String]] {
        [table.header] + zip(table.rows, rows).map { cells, row in
            let money = MoneyFormat(language: text.language, currency: row.scenario?.currency ?? "IDR")
            return cells.map { $0.printed(text, money) }
        }
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
