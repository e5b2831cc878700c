import ArgumentParser
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
            Each variant takes, among its best plans, the one closest to the base plan (a second \
            GLPK run with 20% of the time limit; above 25,000 columns its search starts from the \
            base plan instead), so its changes against the base are the ones its edits force. \
            Writes whatif.csv, whatif.json and each plan to plans/NAME.plan.json in --out (with --report \
            also each variant's report in reports/NAME; `trainplan report BASE PLAN --variants VARIANTS \
            --variant NAME` writes one); \
            `trainplan verify BASE PLAN --variants VARIANTS --variant NAME` checks a variant's plan.
            """)

    @Argument(help: "The base scenario: a .yaml/.yml/.json file or a scenario folder.")
    var base: String

    @Argument(help: "The variants file (.yaml/.yml/.json).")
    var variants: String

    @Option(parsing: .unconditional, help: "Solves run at once (default: one per core).")
    var jobs: Int = ParallelJobs.cores

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: "Seconds for each solve.")
    var timeLimit: Double = 120

    @Option(help: "Folder for the table and the plans (with --shard: for the shard's results).")
    var out: String = "whatif"

    @OptionGroup var sharding: ShardOption

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        try InputFiles.refuseFile(asFolder: out, option: "--out")
        try InputFiles([base, variants]).refuse(folder: out, writing: ["whatif.csv", "whatif.json"], option: "--out")
    }

    @Flag(help: "Also write each variant's report (spreadsheets, calendars, report.html) into OUT/reports/NAME.")
    var report = false

    @Option(help: ArgumentHelp("Language of the table and the reports: id or en (default: TRAINPLAN_LANG, else LANG).",
                               valueName: "id|en"))
    var lang: ReportFormatOptions.LanguageChoice?

    @Option(name: .customLong("csv-delimiter"), help: ArgumentHelp(
        "Delimiter of whatif.csv (and the reports' CSV files): , or ; (default ; in Indonesian, , in English).",
        valueName: "char"))
    var csvDelimiter: ReportFormatOptions.DelimiterChoice?

    var language: Language { lang.map { $0 == .id ? .id : .en } ?? Language.fromEnvironment() }
    var delimiter: SpreadsheetExport.Delimiter {
        switch csvDelimiter {
        case .semicolon: .semicolon
        case .comma: .comma
        case nil: language == .id ? .semicolon : .comma
        }
    }

    func run() throws {
        let (loadedBase, list) = try Console.loadVariants(variants, base: base, language: language)
        let options = MIPOptions(timeLimit: TimeLimit.duration(timeLimit))
        if let shard = sharding.shard { return try runShard(shard, base: loadedBase.scenario, variants: list, options: options) }
        let rows = StopSignals.gracefully {
            WhatIfRunner.run(base: loadedBase.scenario, variants: list, options: options, jobs: jobs, shouldStop: StopSignals.requested)
        }
        try StopSignals.gracefully { () throws in try render(rows, currency: loadedBase.scenario.currency) }
    }

    /// Prints the table and writes the files: an unsharded run and `merge` both end here.
    func render(_ rows: [WhatIfRunner.Row], currency: String) throws {
        let text = TextCatalogue(language: language)
        let table = Self.table(rows, text: text)
        // Each row in its own scenario's currency (a variant may set another).
        let printed = [table.header] + zip(table.rows, rows).map { cells, row in
            let money = MoneyFormat(language: language, currency: row.scenario?.currency ?? currency)
            return cells.map { $0.printed(text, money) }
        }
        print(PlanSummary.columns(printed.map { Array($0.prefix(15)) }).joined(separator: "\n"))
        for row in rows where !row.errors.isEmpty || row.plan?.infeasibility != nil {
            print("\n\(row.name):")
            for line in Self.problems(row, text: text, currency: currency) { print("  \(line)") }
        }
        if StopSignals.requested() { Console.error(text(.interruptedSweep)) }
        do {
            let folder = URL(fileURLWithPath: out)
            let plans = folder.appendingPathComponent("plans")
            try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
            try AtomicFile.write(SpreadsheetExport.csv(table, delimiter: delimiter), to: folder.appendingPathComponent("whatif.csv").path)
            try AtomicFile.write(Self.json(rows), to: folder.appendingPathComponent("whatif.json").path)
            for row in rows {
                guard let plan = row.plan else { continue }
                try PlanFile.write(plan, to: plans.appendingPathComponent(ScenarioVariant.fileName(row.name) + ".plan.json").path)
            }
            print(text(.whatifWritten, out))
        } catch {
            Console.error(Console.writeFailure(error, path: out))
            throw ExitStatus.failure
        }
        if report {
            let reports = URL(fileURLWithPath: out).appendingPathComponent("reports")
            let reported = rows.filter { $0.scenario != nil && $0.plan?.objective != nil }
            let written = try ReportCommand.writeEach(reported.map { row in
                (row.name, { () throws -> Bool in
                    guard let plan = row.plan, let scenario = row.scenario else { return true }
                    var options = ReportOptions(language: language, delimiter: delimiter)
                    if row.name != "base" { options.variant = ReportVariant(name: row.name, description: row.description) }
                    return try ReportCommand.write(plan, scenario: scenario,
                                                   to: reports.appendingPathComponent(ScenarioVariant.fileName(row.name)).path,
                                                   options: ReportCommand.stoppable(options), quiet: true)
                })
            }, text: text)
            if written { print(text(.whatifReportsWritten, reports.path)) }
        }
    }

    /// The side-by-side table with typed cells: money and counts are numbers, so whatif.csv opens as
    /// numbers in the delimiter's locale (no grouping, `,` decimals with `;`).
    static func table(_ rows: [WhatIfRunner.Row], text: TextCatalogue) -> ReportTable {
        func money(_ value: Double?) -> ReportCell { value.map(ReportCell.money) ?? .empty }
        var cells: [[ReportCell]] = []
        for row in rows {
            let plan = row.plan
            let cost = plan?.cost
            let scheduled = plan?.scheduledCourses ?? []
            let running = Set(scheduled.map(\.id))
            let trainees = row.scenario.map { s in s.trainees(of: s.courses.indices.filter { running.contains(s.courses[$0].id) }) } ?? 0
            let status = !row.errors.isEmpty && plan == nil
                ? text(row.scenario == nil ? .whatifInvalid : row.errors.contains(WhatIfRunner.notSolvedStopped) ? .whatifStopped : .whatifFailed)
                : plan.map { text.status($0.status) } ?? "-"
            let solved = plan?.objective != nil
            cells.append([
                .text(row.name == "base" ? text(.whatifBaseName) : row.name), .text(status), plan?.gap.map { .text(text.numbers.percent($0)) } ?? .empty,
                money(plan?.objective), money(cost?.total), money(cost?.instructorFees), money(cost?.engagement),
                money(cost?.venues), money(cost?.socialSecurity), money(cost?.apprenticeships),
                solved ? .count(scheduled.count) : .empty,
                solved ? .count(trainees) : .empty,
                money(plan?.unmetValue),
                .text((plan?.engage ?? []).filter { $0.source != .internal }.map(\.instructor).joined(separator: " ")),
                .text(row.comparison.map { comparison($0, text: text) } ?? (row.name == "base" ? "" : "-")),
                .text(problems(row, text: text, currency: row.scenario?.currency ?? "IDR").joined(separator: " | ")),
            ])
        }
        return ReportTable(name: "whatif", header: text.list(.whatifColumns), rows: cells)
    }

    /// A row's invalid edits, solver failure and why no plan exists, in `text`'s language (the edits'
    /// own messages, as every reader error, stay English).
    static func problems(_ row: WhatIfRunner.Row, text: TextCatalogue, currency: String) -> [String] {
        let edits = row.invalid.map { Console.describe($0, text.language) } + row.errors.dropFirst(row.invalid.count)
        let reasons = row.plan.map { InfeasibilityText(text: text, currency: currency).sentences($0) } ?? []
        return edits + reasons
    }

    /// What changed against the base, in the chosen language (moved courses keep their detail lines).
    static func comparison(_ comparison: PlanComparison, text: TextCatalogue) -> String {
        var parts: [String] = []
        if !comparison.added.isEmpty { parts.append(text(.cmpAdded, comparison.added.joined(separator: " "))) }
        if !comparison.dropped.isEmpty { parts.append(text(.cmpDropped, comparison.dropped.joined(separator: " "))) }
        if !comparison.removed.isEmpty { parts.append(text(.cmpRemoved, comparison.removed.joined(separator: " "))) }
        parts += comparison.moves.map { $0.sentence(text) }
        parts += comparison.demandMoves.map { $0.sentence(text) }
        return parts.isEmpty ? text(.cmpNoChange) : parts.joined(separator: "; ")
    }

    struct Report: Encodable {
        var name: String, description: String?, status: String?, objective: Double?, bound: Double?, gap: Double?
        var cost: CostBreakdown?, unmetValue: Double?, scheduled: [String], engaged: [String]
        var added: [String]?, dropped: [String]?, removed: [String]?, moved: [String]?, demandChanged: [String]?, errors: [String], infeasibility: [String]?
        var seconds: Double
    }

    static func json(_ rows: [WhatIfRunner.Row]) throws -> Data {
        let reports = rows.map { row in
            Report(name: row.name, description: row.description, status: row.plan?.status.rawValue,
                   objective: row.plan?.objective, bound: row.plan?.bound, gap: row.plan?.gap, cost: row.plan?.cost,
                   unmetValue: row.plan?.unmetValue, scheduled: row.plan?.scheduledCourses.map(\.id) ?? [],
                   engaged: (row.plan?.engage ?? []).map(\.instructor), added: row.comparison?.added,
                   dropped: row.comparison?.dropped, removed: row.comparison?.removed, moved: row.comparison?.moved,
                   demandChanged: row.comparison?.demandMoves.map { $0.sentence(TextCatalogue(language: .en)) }, errors: row.errors,
                   infeasibility: row.plan?.infeasibility,
                   seconds: row.seconds)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(reports)
    }
}
