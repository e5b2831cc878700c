import ArgumentParser
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// Many scenarios solved with the same options: a region's cities, a year's quarters.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Solve a list of scenarios with the same options and tabulate them.",
        discussion: """
            LIST is a folder (its .yaml/.yml/.json files, its .xlsx workbooks and its folders with a scenario.yaml, \
            by name; plan and result files beside them are left out, with a note) or a \
            file with one scenario path a line (relative to the file; # starts a comment, also after a path). Prints one summary \
            row per scenario (status, objective, cost parts, courses run) and writes batch.csv, batch.json and \
            plans/NAME.plan.json in --out, with --report also reports/NAME/ (see `trainplan report`). \
            NAME is the scenario's file or folder name without extension; a name already taken (a.yaml \
            listed from two folders) gets -2, -3 in list order, as the table's rows show. \
            A scenario that is invalid or has no plan is reported in its row; the others still run. \
            With --shard I/N only a share is solved, for `trainplan merge` (see `trainplan jobs`).
            """)

    @Argument(help: "A folder of scenarios, or a file listing scenario paths.")
    var list: String

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: "Seconds for each solve.")
    var timeLimit: Double = 120

    @Option(parsing: .unconditional, help: "Solves run at once (default: one per core).")
    var jobs: Int = ParallelJobs.cores

    @Option(help: "Folder for the table and the plans (with --shard: for the shard's results).")
    var out: String = "batch"

    @Flag(help: "Also write each plan's report (tables, calendars, HTML) to reports/NAME.")
    var report = false

    @OptionGroup var format: ReportFormatOptions

    @OptionGroup var sharding: ShardOption

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        try InputFiles.refuseFile(asFolder: out, option: "--out")
        try InputFiles([list]).refuse(folder: out, writing: ["batch.csv", "batch.json"], option: "--out")
        // batch.json in the folder of scenarios would be listed as one the next time.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: list, isDirectory: &isFolder), isFolder.boolValue,
           InputFiles.resolved(list) == InputFiles.resolved(out) {
            throw ValidationError("--out \(out) is the folder of scenarios: batch.json would be read as a scenario the next time; "
                                  + "write to another folder")
        }
    }

    func run() throws {
        let entries = try Self.entries(list)
        let loaded = entries.map { entry in
            Result { () throws(ScenarioError) in try ScenarioLoader.load(path: entry.path).scenario }
        }
        let scenarios = loaded.map { try? $0.get() }
        let options = MIPOptions(timeLimit: TimeLimit.duration(timeLimit))
        let weights = scenarios.map { Double($0?.courses.count ?? 0) }
        let indices = sharding.shard.map { ShardSplit.indices(weights: weights, spec: $0) } ?? Array(entries.indices)
        let solved = StopSignals.gracefully {
            WhatIfRunner.solve(scenarios, indices: indices, options: options, jobs: jobs, shouldStop: StopSignals.requested)
        }
        if let spec = sharding.shard {
            let solves = zip(indices, solved).map { index, result in
                ShardSolve(index: index, plan: result.plan, errors: result.error.map { [$0] } ?? [], seconds: result.seconds)
            }
            let file = ShardFile.make(command: "batch", spec: spec, labels: entries.map(\.name),
                                      assignment: ShardSplit.assign(weights: weights, shards: spec.count), solves: solves)
            try file.save(to: out, done: indices.count, of: entries.count, what: "scenarios")
            return
        }
        try StopSignals.gracefully { () throws in try render(Self.rows(entries, loaded: loaded, solved: solved)) }
    }

    static func entries(_ list: String) throws -> [BatchList.Entry] {
        do {
            let read = try BatchList.read(list)
            for note in read.skipped { Console.error("note: \(note)") }
            return read.entries
        } catch {
            Console.error(error.description)
            throw ExitStatus.invalidInput
        }
    }

    /// One row per scenario, in list order: its load errors or its solve.
    static func rows(_ entries: [BatchList.Entry], loaded: [Result<Scenario, ScenarioError>],
                     solved: [WhatIfRunner.Solved]) -> [BatchRow] {
        entries.indices.map { k in
            var row = BatchRow(name: entries[k].name, path: entries[k].path, scenario: nil, plan: solved[k].plan,
                               errors: solved[k].error.map { [$0] } ?? [], seconds: solved[k].seconds)
            switch loaded[k] {
            case let .success(scenario): row.scenario = scenario
            case let .failure(error): row.errors = error.errors.map(\.description) + row.errors
            }
            return row
        }
    }

    /// Prints the summary and writes the files: an unsharded run and `merge` both end here.
    func render(_ rows: [BatchRow]) throws {
        let text = TextCatalogue(language: format.language)
        let table = BatchRow.table(rows, text: text)
        print(PlanSummary.columns(BatchRow.printed(table, rows: rows, text: text).map { Array($0.dropLast()) }).joined(separator: "\n"))
        for row in rows where !row.errors.isEmpty || row.plan?.infeasibility != nil {
            print("\n\(row.name):")
            for line in row.errors + (row.plan?.infeasibility ?? []) { print("  \(line)") }
        }
        if StopSignals.requested() { Console.error(text(.interruptedSweep)) }
        do {
            let folder = URL(fileURLWithPath: out)
            let plans = folder.appendingPathComponent("plans")
            try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
            try AtomicFile.write(SpreadsheetExport.csv(table, delimiter: format.delimiter),
                                 to: folder.appendingPathComponent("batch.csv").path)
            try AtomicFile.write(BatchRow.json(rows), to: folder.appendingPathComponent("batch.json").path)
            // Every plan before any report: a stop while the reports are made leaves the table's plans whole.
            for row in rows {
                guard let plan = row.plan else { continue }
                try PlanFile.write(plan, to: plans.appendingPathComponent(ScenarioVariant.fileName(row.name) + ".plan.json").path)
            }
            print("Table and plans written to \(out)/.")
        } catch {
            Console.error(Console.writeFailure(error, path: out))
            throw ExitStatus.failure
        }
        guard report else { return }
        let reported = rows.filter { $0.scenario != nil && $0.plan?.objective != nil }
        let reports = URL(fileURLWithPath: out).appendingPathComponent("reports")
        try ReportCommand.writeEach(reported.map { row in
            (row.name, { () throws -> Bool in
                guard let plan = row.plan, let scenario = row.scenario else { return true }
                return try ReportCommand.write(plan, scenario: scenario, to: reports.appendingPathComponent(ScenarioVariant.fileName(row.name)).path,
                                               options: ReportCommand.stoppable(format.reportOptions), quiet: true)
            })
        }, text: text)
    }

    func merge(_ set: ShardSet) throws {
        let entries = try Self.entries(list)
        guard entries.map(\.name) == set.template.labels else {
            Console.error("\(list) changed since the shards ran: its scenarios are not the shards' ones")
            throw ExitStatus.failure
        }
        let loaded = entries.map { entry in
            Result { () throws(ScenarioError) in try ScenarioLoader.load(path: entry.path).scenario }
        }
        let solved = set.solves.enumerated().map { index, solve in
            guard let solve else { return WhatIfRunner.Solved(plan: nil, error: set.missingReason(solve: index), seconds: 0) }
            return WhatIfRunner.Solved(plan: solve.plan, error: solve.errors.isEmpty ? nil : solve.errors.joined(separator: " | "),
                                       seconds: solve.seconds)
        }
        var rows = Self.rows(entries, loaded: loaded, solved: solved)
        for index in rows.indices where set.solves[index] == nil { rows[index].missing = true }
        try render(rows)
    }
}
