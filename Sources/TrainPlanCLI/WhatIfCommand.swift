import ArgumentParser
import CSV
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// "What if the budget is cut, an instructor falls ill, a partner lends a second mechanic?"
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Solve a scenario and its variants side by side.",
        discussion: """
            VARIANTS is a YAML or JSON file with a list of named variants, each a few edits to \
            the base: set (scenario fields), remove / add / update (courses, instructors, venues \
            by id) and unavailable (entries added to an instructor's or venue's). A variant with \
            invalid edits or no valid plan is reported in its row; the others still run. \
            Writes whatif.csv, whatif.json and each plan to plans/NAME.plan.json in --out; \
            `trainplan verify BASE PLAN --variants VARIANTS --variant NAME` checks a variant's plan.
            """)

    @Argument(help: "The base scenario: a .yaml/.yml/.json file or a scenario folder.")
    var base: String

    @Argument(help: "The variants file (.yaml/.yml/.json).")
    var variants: String

    @Option(help: "Solves run at once (default: one per core).")
    var jobs: Int = ParallelJobs.cores

    @Option(name: .customLong("time-limit"), help: "Seconds for each solve.")
    var timeLimit: Double = 120

    @Option(help: "Folder for the table and the plans (with --shard: for the shard's results).")
    var out: String = "whatif"

    @OptionGroup var sharding: ShardOption

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let (loadedBase, list) = try Console.loadVariants(variants, base: base)
        let options = MIPOptions(timeLimit: TimeLimit.duration(timeLimit))
        if let shard = sharding.shard { return try runShard(shard, base: loadedBase.scenario, variants: list, options: options) }
        let rows = WhatIfRunner.run(base: loadedBase.scenario, variants: list, options: options, jobs: jobs)
        try render(rows, currency: loadedBase.scenario.currency)
    }

    /// Prints the table and writes the files: an unsharded run and `merge` both end here.
    func render(_ rows: [WhatIfRunner.Row], currency: String) throws {
        let table = Self.table(rows, currency: currency)
        print(PlanSummary.columns(table.map { Array($0.prefix(14)) }).joined(separator: "\n"))
        for row in rows where !row.errors.isEmpty || row.plan?.infeasibility != nil {
            print("\n\(row.name):")
            for line in row.errors + (row.plan?.infeasibility ?? []) { print("  \(line)") }
        }
        do {
            let folder = URL(fileURLWithPath: out)
            let plans = folder.appendingPathComponent("plans")
            try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
            try AtomicFile.write(Self.csv(table), to: folder.appendingPathComponent("whatif.csv").path)
            try AtomicFile.write(Self.json(rows), to: folder.appendingPathComponent("whatif.json").path)
            for row in rows {
                guard let plan = row.plan else { continue }
                try PlanFile.write(plan, to: plans.appendingPathComponent(Self.fileName(row.name) + ".plan.json").path)
            }
            print("Table and plans written to \(out)/.")
        } catch {
            Console.error(Console.writeFailure(error, path: out))
            throw ExitStatus.failure
        }
    }

    /// A variant's name as a file name.
    static func fileName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
    }

    static func table(_ rows: [WhatIfRunner.Row], currency: String) -> [[String]] {
        func money(_ value: Double?) -> String { value.map { Money.plain($0) } ?? "-" }
        var table = [["variant", "status", "gap", "objective \(currency)", "total cost", "fees", "engagement", "venues",
                      "insurance", "courses run", "trainees", "unmet value", "engaged", "changes against base", "errors"]]
        for row in rows {
            let plan = row.plan
            let cost = plan?.cost
            let scheduled = plan?.scheduledCourses ?? []
            let participants = Dictionary((row.scenario?.courses ?? []).map { ($0.id, $0.participants) }, uniquingKeysWith: { a, _ in a })
            let status = !row.errors.isEmpty && plan == nil ? (row.scenario == nil ? "invalid" : "failed") : plan?.status.rawValue ?? "-"
            table.append([
                row.name, status, plan?.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "-",
                money(plan?.objective), money(cost?.total), money(cost?.instructorFees), money(cost?.engagement),
                money(cost?.venues), money(cost?.socialSecurity),
                plan?.objective == nil ? "-" : "\(scheduled.count)/\(plan?.courses.count ?? 0)",
                plan?.objective == nil ? "-" : "\(scheduled.reduce(0) { $0 + (participants[$1.id] ?? 0) })",
                money(plan?.unmetValue),
                (plan?.engage ?? []).filter { $0.source != .internal }.map(\.instructor).joined(separator: " "),
                row.comparison?.summary ?? (row.name == "base" ? "" : "-"),
                (row.errors + (plan?.infeasibility ?? [])).joined(separator: " | "),
            ])
        }
        return table
    }

    /// UTF-8 with a byte-order mark, so spreadsheets show names correctly; a variant's name
    /// or error text is never run as a formula (``SpreadsheetCell/neutralised(_:)``).
    static func csv(_ table: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in table { try writer.write(row: row.map(SpreadsheetCell.neutralised)) }
        writer.stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body
    }

    struct Report: Encodable {
        var name: String, description: String?, status: String?, objective: Double?, bound: Double?, gap: Double?
        var cost: CostBreakdown?, unmetValue: Double?, scheduled: [String], engaged: [String]
        var added: [String]?, dropped: [String]?, moved: [String]?, errors: [String], infeasibility: [String]?, seconds: Double
    }

    static func json(_ rows: [WhatIfRunner.Row]) throws -> Data {
        let reports = rows.map { row in
            Report(name: row.name, description: row.description, status: row.plan?.status.rawValue,
                   objective: row.plan?.objective, bound: row.plan?.bound, gap: row.plan?.gap, cost: row.plan?.cost,
                   unmetValue: row.plan?.unmetValue, scheduled: row.plan?.scheduledCourses.map(\.id) ?? [],
                   engaged: (row.plan?.engage ?? []).map(\.instructor), added: row.comparison?.added,
                   dropped: row.comparison?.dropped, moved: row.comparison?.moved, errors: row.errors,
                   infeasibility: row.plan?.infeasibility,
                   seconds: row.seconds)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(reports)
    }
}
