import ArgumentParser
import Foundation
import GLPK
import Synchronization
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the cheapest valid plan and write it as a plan file.",
        discussion: """
            The objective is total cost plus the value of courses left out. The search stops \
            at the time limit (default 120 s) with the best plan found so far (status "feasible", \
            with its gap); Ctrl-C, SIGTERM and SIGHUP do the same (a second one ends the run at once, \
            exit 128 + the signal number).
            """)

    @Argument(help: "A scenario: a .yaml/.yml/.json file, or a folder with scenario.yaml and CSV files.")
    var scenario: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Where to write the plan file (replaced atomically; - for standard output, the summary then on standard error; a device such as /dev/null is written, not replaced; a symbolic link to a file is refused).",
        valueName: "output"))
    var output: String = "plan.json"

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: "Stop the search after this many seconds.")
    var timeLimit: Double = 120

    @Option(parsing: .unconditional, help: "Stop when the plan is proven within this fraction of the optimum (0 = prove optimality).")
    var gap: Double = 0

    @Option(help: ArgumentHelp("Cut families: a comma-separated list of GLPK's gomory, mir, cover, clique, and knapsack (covers over whole courses on the instructors' day, week and total load rows, added by trainplan at the root: the generated weekly-2 proven in 0.7 s instead of 2.8 s), or all / none (a model with demand of up to 8,000 columns adds gomory unless none). GLPK cannot be stopped inside a round of Gomory cuts: on a large whole model (the generated long-3, 14,358 columns) they overran a 60 s limit by 7 s.",
                               valueName: "list"))
    var cuts: String = "clique,knapsack"

    @Flag(inversion: .prefixedNo, help: "Add star cliques to the model (a tighter relaxation with many more rows; off by default, as `trainplan bench` shows it slower on most scenarios).")
    var starCliques = TrainingPlanner.Strategy().starCliques

    @Option(help: "automatic (by size), whole (GLPK on one model of every course) or neighbourhoods (re-optimise slices of courses, with an LP bound).")
    var search: TrainingPlanner.Strategy.Search = .automatic

    @Option(help: ArgumentHelp("Re-plan from this earlier plan file: started courses stay, other changes cost a penalty.",
                               valueName: "old-plan"))
    var from: String?

    @Option(name: .customLong("frozen-until"), help: ArgumentHelp(
        "With --from: everything on or before this date has happened. Sessions then stay as they were; a started course keeps its dates and may hand its later sessions over to another instructor and/or venue; nothing new is scheduled on or before it. Written as in a scenario: 2023-02-17, 17/02/2023 or 17 Februari 2023.",
        valueName: "yyyy-mm-dd"))
    var frozenUntil: String?

    // Unconditional, so that "-5" reaches the check below instead of reading as an unknown flag.
    @Option(name: .customLong("change-penalty"), parsing: .unconditional, help: ArgumentHelp(
        "With --from: cost of each course that runs differently than before, in whole money units (default: 5% of the average course value, rounded to a whole amount; where courses have no value, 5% of an average course's fees and rent, at least 1).",
        valueName: "amount"), transform: MoneyOption.reader("change-penalty"))
    var changePenalty: Double?

    @Option(name: .customLong("pin"), help: ArgumentHelp(
        "With --from: keep this part of the earlier plan for courses not started, as a hard rule where it still lets the course run: instructor, venue or time (repeatable). Courses that cannot keep it are named with the reason.",
        valueName: "instructor|venue|time"))
    var pins: [Replanning.Pin] = []

    @Option(name: .customLong("then"), help: ArgumentHelp(
        "Among plans as good as the best (the same objective when it is proven optimal, else no worse than the plan found), choose by a second criterion: balance-load (minimise the largest share of its limit, maxSlots or else every slot of the horizon, that any internal instructor teaches) or more-trainees (the most participants in courses that run). A second GLPK run on the whole model; the first gets 80% of the time limit; above 25,000 columns only with --search whole. The plan file records it under secondObjective. Not with --from; one criterion per solve.",
        valueName: "balance-load|more-trainees"))
    var thenGiven: [SecondObjective] = []

    /// The second criterion; `validate()` refuses more than one, so none is dropped unsaid.
    var then: SecondObjective? { thenGiven.last }

    @Flag(help: "Print GLPK's log to standard error.")
    var verbose = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Show progress on standard error even when it is not a terminal: a plain line every few seconds.")
    var progress = false

    @Option(help: ArgumentHelp("Also write the report (CSV, calendars, report.html) into this folder, as `trainplan report` does.",
                               valueName: "DIR"))
    var report: String?

    @OptionGroup var format: ReportFormatOptions

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        if format.xlsx && report == nil { throw ValidationError("--xlsx is part of the report: give --report DIR too") }
        if from == nil && (frozenUntil != nil || changePenalty != nil || !pins.isEmpty) {
            throw ValidationError("--frozen-until, --change-penalty and --pin need --from OLD-PLAN")
        }
        if thenGiven.count > 1 {
            throw ValidationError("--then given \(thenGiven.count) times (\(thenGiven.map(\.rawValue).joined(separator: ", "))): a solve takes one second criterion; run it again with the other to compare")
        }
        if then != nil && from != nil { throw ValidationError("--then does not combine with --from (re-planning has its own second criterion, the change penalty)") }
        if let refusal = frozenUntil.flatMap({ CivilDate.refusal("--frozen-until", $0) }) { throw ValidationError(refusal) }
        let inputs = InputFiles([scenario, from])
        try inputs.refuse(output: output, option: "-o")
        try inputs.refuse(reportFolder: report, option: "--report")
        try InputFiles.refuse(output: output, option: "-o", reportFolder: report, reportOption: "--report")
        try InputFiles.refuseUnwritable(output, option: "-o")
        try InputFiles.refuseFile(asFolder: report, option: "--report")
        if let changePenalty, !(changePenalty >= 0 && changePenalty.isFinite && changePenalty.rounded() == changePenalty) {
            throw ValidationError("--change-penalty must be a non-negative whole amount")
        }
        // As every amount of a scenario: beyond it the solver's tolerances swallow the plan's own costs.
        if let changePenalty, changePenalty > ScenarioLimits.maxMoney {
            throw ValidationError("--change-penalty must be at most \(Money.plain(ScenarioLimits.maxMoney)) (10^12), as every amount")
        }
        guard (0..<1).contains(gap) else { throw ValidationError("--gap must be a fraction in [0, 1), e.g. 0.01 for 1%") }
        guard CutFamilies(list: cuts) != nil else {
            throw ValidationError("--cuts: unknown cut family in \"\(cuts)\"; use gomory, mir, cover, clique, knapsack, all or none")
        }
    }

    func run() throws {
        // The time limit covers reading the scenario too: the solver gets what is left of it.
        let started = ContinuousClock.now
        let loaded = try Console.loadScenario(scenario, quiet: quiet, language: format.language)
        let left = max(.milliseconds(50), TimeLimit.duration(timeLimit) - (ContinuousClock.now - started))
        let options = MIPOptions(timeLimit: left, relativeGap: gap,
                                 cuts: CutFamilies(list: cuts) ?? [.clique, .groupCover], echoLog: verbose)
        let strategy = TrainingPlanner.Strategy(starCliques: starCliques, search: search)
        let replanning = try from.map { path in
            let previous = try Console.readEarlierPlan(path, language: format.language)
            let text = TextCatalogue(language: format.language)
            if !quiet && previous.scenario != loaded.scenario.name {
                Console.error(text(.warningOtherScenarioPlan, path, previous.scenario, loaded.scenario.name))
            }
            if !quiet, let t = frozenUntil.flatMap(CivilDate.argument) {
                if previous.scheduledCourses.isEmpty {
                    Console.error(text(.warningEarlierPlanEmpty, path, text.status(previous.status), "\(t)"))
                }
                if t > loaded.scenario.calendar.end {
                    Console.error(text(.warningFrozenAfterHorizon, "\(t)", "\(loaded.scenario.calendar.end)"))
                }
            }
            let penalty = changePenalty ?? Self.defaultChangePenalty(loaded.scenario)
            let replanning = Replanning(previous: previous, source: path, frozenUntil: frozenUntil.flatMap(CivilDate.argument),
                                        changePenalty: penalty, pins: Set(pins))
            if !quiet, let t = replanning.frozenUntil {
                // A course renamed since (POLA-01 to POLA-1) reads as one gone and one new: named.
                let earlier = Set(previous.courses.map(\.id))
                let new = loaded.scenario.courses.map(\.id).filter { !earlier.contains($0) }
                for course in replanning.lostCourses(in: loaded.scenario) {
                    Console.error(text(.warningCourseGone, course, "\(t)")
                                  + (Suggestion.closest(to: course, in: new).map { text(.didYouMean, $0) } ?? ""))
                }
                for lost in replanning.lostPlacements(in: loaded.scenario) {
                    switch lost {
                    case let .entryGone(entry, course, placed):
                        Console.error(text(.warningPlacementEntryGone, text.numbers.integer(placed), entry, course, "\(t)"))
                    case let .fewerAsked(entry, course, placed, people):
                        Console.error(text(.warningPlacementFewerAsked, text.numbers.integer(placed), entry, course, "\(t)",
                                           text.numbers.integer(people)))
                    }
                }
            }
            return replanning
        }
        // First Ctrl-C, SIGTERM or SIGHUP: stop the search and keep the best plan; a second one ends at once.
        stopGracefully.store(true, ordering: .relaxed)
        defer { stopGracefully.store(false, ordering: .relaxed) }
        let reporter = ProgressReporter(mode: ProgressReporter.mode(quiet: quiet, verbose: verbose, requested: progress,
                                                                    stderrIsTerminal: Console.stderrIsTerminal),
                                        language: format.language, currency: loaded.scenario.currency)
        var result: (plan: Plan, statistics: TrainingPlanner.Statistics)
        var tieBreak: LexicographicPlanner.Outcome?
        do {
            if let then {
                let solved = try LexicographicPlanner.solve(
                    loaded.scenario, then: then, options: options, strategy: strategy, progress: reporter.callback,
                    shouldStop: StopSignals.requested)
                result = (solved.plan, solved.statistics)
                tieBreak = solved.outcome
            } else {
                result = try TrainingPlanner.solve(
                loaded.scenario, options: options, strategy: strategy, replanning: replanning,
                progress: reporter.callback,
                shouldStop: StopSignals.requested)
            }
        } catch {
            Console.error(Console.plannerFailure(error, language: format.language))
            throw ExitStatus.failure
        }
        reporter.finish()
        // The plan records the limit asked for (the solver had what reading the scenario left of it).
        result.plan.solver?.timeLimitSeconds = timeLimit
        if StopSignals.requested(), !quiet { Console.error(TextCatalogue(language: format.language)(.interrupted)) }
        // GLPK failures the search carried on past: the plan is valid, the search was weaker.
        let failures = result.statistics.solverFailures
        if !failures.isEmpty {
            let slices = result.statistics.failedSlices
            Console.error(TextCatalogue(language: format.language)(.glpkFailed, slices > 0 ? " (\(slices))" : ""))
            for failure in failures { Console.error("  \(failure)") }
        }
        if let span = result.statistics.unresolvableSpan {
            Console.error(TextCatalogue(language: format.language)(.unresolvableSpan, String(format: "%.0e", span)))
        }
        if verbose {
            let s = result.statistics
            Console.error(String(format: "model: %d variables, %d rows, %d non-zeros; greedy plan %@; build %.2f s, solve %.2f s, %d nodes",
                                 s.variables, s.constraints, s.nonZeros,
                                 s.greedyObjective.map { Money.plain($0) } ?? "none", s.buildSeconds, s.solveSeconds, s.nodes))
        }
        do {
            try PlanFile.write(result.plan, to: output)
        } catch {
            Console.error(Console.writeFailure(error, path: output))
            throw ExitStatus.failure
        }
        let reportOptions = try SourcingForReport.options(format, scenario: loaded.scenario)
        // With the plan on standard output (`-o -`), the summary goes to standard error.
        let print: (String) -> Void = AtomicFile.isStandardOutput(output) ? { Console.error($0) } : { Swift.print($0) }
        if !quiet {
            print(PlanSummary.text(result.plan, scenario: loaded.scenario, language: format.language))
            if let tieBreak {
                print(SecondObjectiveSummary.text(tieBreak, plan: result.plan, scenario: loaded.scenario, language: format.language))
            }
            if let record = reportOptions.sourcing {
                let text = TextCatalogue(language: format.language)
                let words = RecommendationText(record: record, text: text, currency: loaded.scenario.currency)
                print("\n" + text(.recHeading) + "\n" + words.headline().map { "  " + $0 }.joined(separator: "\n"))
            }
            if let record = result.plan.replanning {
                print(Self.replanningText(record, currency: loaded.scenario.currency, language: format.language))
            }
            if !AtomicFile.isStandardOutput(output) { print(TextCatalogue(language: format.language)(.planWritten, output)) }
        }
        if let report {
            try ReportCommand.write(result.plan, scenario: loaded.scenario, to: report, options: ReportCommand.stoppable(reportOptions),
                                    quiet: quiet)
        }
        switch result.plan.status {
        case .optimal, .feasible: return
        case .infeasible: throw ExitStatus.infeasible
        case .unknown: throw ExitStatus.noPlanInTime
        }
    }
}

extension SolveCommand {
    /// The default `--change-penalty`: 5 % of the average course value, in whole money units.
    /// Where the courses have no value (all mandatory, none given), 5 % of what an average course
    /// costs in fees and rent at the average rates, and at least 1: a re-plan of such a scenario
    /// should still move only what it must.
    static func defaultChangePenalty(_ scenario: Scenario) -> Double {
        let courses = scenario.courses
        func average(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
        let byValue = (0.05 * average(courses.map(\.value))).rounded()
        guard byValue == 0 else { return byValue }
        let perSlot = average(scenario.instructors.map(\.feePerSlot)) + average(scenario.venues.map(\.costPerSlot))
        return max(1, (0.05 * average(courses.map { Double($0.slotCount) }) * perSlot).rounded())
    }

    /// What re-planning kept and changed; the penalties are apart from the plan's objective.
    static func replanningText(_ record: ReplanningRecord, currency: String, language: Language = .en) -> String {
        let words = ReplanningText(text: TextCatalogue(language: language), currency: currency)
        return (["", words.heading(record)] + words.lines(record).map { String(repeating: "  ", count: $0.depth + 1) + $0.line })
            .joined(separator: "\n")
    }
}

extension Replanning.Pin: ExpressibleByArgument {}
