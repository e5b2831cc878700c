import ArgumentParser
import Foundation
import GLPK
import Synchronization
import TrainPlanCore
import TrainPlanSolver

/// Set by Ctrl-C; the search polls it and stops with its best plan.
let interruptRequested = Atomic<Bool>(false)

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the cheapest valid plan and write it as a plan file.",
        discussion: """
            The objective is total cost plus the value of courses left out. The search stops \
            at the time limit (default 120 s) with the best plan found so far (status "feasible", \
            with its gap); Ctrl-C does the same.
            """)

    @Argument(help: "A scenario: a .yaml/.yml/.json file, or a folder with scenario.yaml and CSV files.")
    var scenario: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the plan file.")
    var output: String = "plan.json"

    @Option(name: .customLong("time-limit"), help: "Stop the search after this many seconds.")
    var timeLimit: Double = 120

    @Option(help: "Stop when the plan is proven within this fraction of the optimum (0 = prove optimality).")
    var gap: Double = 0

    @Option(help: ArgumentHelp("GLPK cut families: a comma-separated list of gomory, mir, cover, clique, or all / none.",
                               valueName: "list"))
    var cuts: String = "clique"

    @Flag(inversion: .prefixedNo, help: "Add star cliques to the model (a tighter relaxation with more rows; faster on most scenarios).")
    var starCliques = TrainingPlanner.Strategy().starCliques

    @Flag(help: "Print GLPK's log to standard error.")
    var verbose = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard (0..<1).contains(gap) else { throw ValidationError("--gap must be a fraction in [0, 1), e.g. 0.01 for 1%") }
        guard CutFamilies(list: cuts) != nil else {
            throw ValidationError("--cuts: unknown cut family in \"\(cuts)\"; use gomory, mir, cover, clique, all or none")
        }
    }

    func run() throws {
        let loaded = try Console.loadScenario(scenario, quiet: quiet)
        let options = MIPOptions(timeLimit: .milliseconds(Int64(timeLimit * 1000)), relativeGap: gap,
                                 cuts: CutFamilies(list: cuts) ?? [.clique], echoLog: verbose)
        let strategy = TrainingPlanner.Strategy(starCliques: starCliques)
        signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
        defer { signal(SIGINT, SIG_DFL) }
        let showProgress = !quiet && !verbose && Console.stderrIsTerminal
        let result: (plan: Plan, statistics: TrainingPlanner.Statistics)
        do {
            result = try TrainingPlanner.solve(
                loaded.scenario, options: options, strategy: strategy,
                progress: showProgress ? { Console.progress($0, currency: loaded.scenario.currency) } : nil,
                shouldStop: { interruptRequested.load(ordering: .relaxed) })
        } catch {
            Console.error("\(error)")
            throw ExitStatus.failure
        }
        if showProgress { Console.clearProgress() }
        if verbose {
            let s = result.statistics
            Console.error(String(format: "model: %d variables, %d rows, %d non-zeros; greedy plan %@; build %.2f s, solve %.2f s, %d nodes",
                                 s.variables, s.constraints, s.nonZeros,
                                 s.greedyObjective.map { Money.plain($0) } ?? "none", s.buildSeconds, s.solveSeconds, s.nodes))
        }
        do {
            try PlanFile.write(result.plan, to: output)
        } catch {
            Console.error("cannot write \(output): \(error.localizedDescription)")
            throw ExitStatus.failure
        }
        if !quiet {
            print(PlanSummary.text(result.plan, scenario: loaded.scenario))
            print("Plan written to \(output).")
        }
        switch result.plan.status {
        case .optimal, .feasible: return
        case .infeasible: throw ExitStatus.infeasible
        case .unknown: throw ExitStatus.noPlanInTime
        }
    }
}

extension Console {
    static func progress(_ p: SearchProgress, currency: String) {
        let incumbent = p.incumbent.map { Money.plain($0) } ?? "none yet"
        let bound = p.bound.map { Money.plain($0) } ?? "-"
        let gap = p.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "-"
        let line = String(format: "%.0fs", p.elapsed) + "  best \(currency) \(incumbent)  bound \(bound)  gap \(gap)  nodes \(p.nodes)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    static func clearProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
