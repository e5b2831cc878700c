import ArgumentParser
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// Runs solver configurations on scenarios and tabulates how fast and how well they plan.
///
/// Each run is a child process (`trainplan bench-run`), so that its peak memory is its
/// own and a crash or a hang becomes a failed row, not the end of the benchmark.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run solver configurations on scenarios and tabulate status, objective, gap, times and memory.",
        discussion: """
            Scenarios are files or folders given as arguments, and generated ones (--families with --seeds). \
            Each (scenario, configuration) runs in its own process. Columns: status; objective and proven \
            bound; gap between them; "vs best": distance to the best objective any configuration reached on \
            that scenario in this run; seconds to the first valid plan and to the plan returned; total seconds \
            (from the loaded scenario to the verified plan); build: share of the total spent before GLPK \
            searches (candidates, greedy plan, model); peak resident memory. Every plan is checked by the \
            verifier; a failure is a red row. Medians follow, per family and configuration. \
            Configurations: \(BenchConfig.parts.joined(separator: ", ")), combined with +.
            """)

    @Argument(help: "Scenario files or folders.")
    var scenarios: [String] = []

    @Option(help: "Generated families to run, comma-separated: city, province, national, weekly, long, parttime, nationalwide.")
    var families: String?

    @Option(parsing: .unconditional, help: "Seeds of the generated scenarios, comma-separated.")
    var seeds: String = "1,2,3"

    @Option(help: "Solver configurations, comma-separated (see above).")
    var configs: String = "default"

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: "Seconds each run may search.")
    var timeLimit: Double = 60

    @Option(help: "Also write the results as JSON here.")
    var json: String?

    @Flag(help: "Give the generated families an industry forum's demand (as generate --demand).")
    var demand = false

    @OptionGroup var sharding: ShardOption
    @OptionGroup var shardFolder: ShardFolderOption

    @Option(help: ArgumentHelp(
        "Also give the exported model of each scenario to these solvers with the same time limit, comma-separated: cbc, glpsol, highs. Each solution is read back and verified; a missing solver is a skipped row. Ratios are trainplan's (first configuration) over the peer's.",
        valueName: "list"))
    var peers: String?

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        if scenarios.isEmpty && families == nil { throw ValidationError("give scenario files or --families") }
        for name in configList {
            if case let .failure(error) = BenchConfig.parse(name) { throw ValidationError(error.description) }
        }
        for family in familyList where ScenarioFamily(rawValue: family) == nil {
            throw ValidationError("unknown family \"\(family)\"; use \(ScenarioFamily.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for peer in peerList where PeerSolver(rawValue: peer) == nil {
            throw ValidationError("unknown peer \"\(peer)\"; use \(PeerSolver.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard seedList.count == seeds.split(separator: ",").count else { throw ValidationError("--seeds: expected numbers like 1,2,3") }
        if sharding.shard != nil && shardFolder.folder == nil { throw ValidationError("--shard needs --out DIR") }
        try InputFiles(scenarios).refuse(output: json, option: "--json")
    }

    var configList: [String] { configs.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    var familyList: [String] { (families ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    var peerList: [String] { (peers ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    var seedList: [UInt64] { seeds.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) } }

    struct Job {
        var arguments: [String]
        var label: String
        var family: String
        var seed: UInt64?
    }

    func run() throws {
        let jobs = allJobs()
        if let shard = sharding.shard { return try runShard(shard, jobs: jobs) }
        let colour = isatty(STDOUT_FILENO) != 0
        emit(BenchTable.render([], header: BenchTable.header, colour: colour)[0])
        var results: [BenchResult] = []
        var firstRows: [(job: Job, result: BenchResult)] = []
        for job in jobs {
            var rows: [BenchResult] = []
            for config in configList {
                let result = runChild(job, config: config)
                rows.append(result)
            }
            emitGroup(&rows, colour: colour)
            results += rows
            if let first = rows.first { firstRows.append((job, first)) }
        }
        try finish(results, firstRows: firstRows)
    }

    /// Every scenario to run, files first, then generated ones.
    func allJobs() -> [Job] {
        var jobs: [Job] = []
        for path in scenarios {
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            jobs.append(Job(arguments: ["--scenario", path], label: name, family: name, seed: nil))
        }
        for family in familyList {
            for seed in seedList {
                jobs.append(Job(arguments: ["--family", family, "--seed", "\(seed)"] + (demand ? ["--demand"] : []),
                                label: "\(family)\(demand ? "+demand" : "")-\(seed)", family: family + (demand ? "+demand" : ""), seed: seed))
            }
        }
        return jobs
    }

    /// One scenario's rows, each set against the best any configuration reached on it.
    func emitGroup(_ rows: inout [BenchResult], colour: Bool) {
        // Distance to the best any configuration reached here.
        if let best = rows.compactMap(\.objective).min() {
            for index in rows.indices {
                rows[index].gapToBest = rows[index].objective.map { ($0 - best) / max(abs($0), 1e-9) }
            }
        }
        for line in BenchTable.render(rows.map(BenchTable.cells), header: BenchTable.header, colour: colour).dropFirst() {
            emit(line)
        }
    }

    /// The medians, the JSON and the exit status: an unsharded run and `merge` both end here.
    /// - Parameter firstRows: each scenario's first configuration, for `--peers`.
    func finish(_ results: [BenchResult], firstRows: [(job: Job, result: BenchResult)] = [], command: String? = nil) throws {
        let medians = BenchMedian.of(results)
        emit("")
        emit("Medians per family and configuration (time limit \(BenchTable.time(timeLimit))):")
        for line in BenchTable.render(medians.map(BenchTable.medianCells), header: BenchTable.medianHeader, colour: false) {
            emit("  " + line)
        }
        let peerRows = comparePeers(firstRows)
        if let json {
            let formatter = ISO8601DateFormatter()
            let report = BenchReport(command: command ?? (["trainplan"] + CommandLine.arguments.dropFirst()).joined(separator: " "),
                                     date: formatter.string(from: Date()), timeLimitSeconds: timeLimit,
                                     results: results, medians: medians, peers: peerRows.isEmpty ? nil : peerRows)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            do {
                try AtomicFile.write(try encoder.encode(report), to: json)
            } catch {
                Console.error(Console.writeFailure(error, path: json))
                throw ExitStatus.failure
            }
        }
        if results.contains(where: { !$0.verified || $0.failure != nil }) { throw ExitStatus.failure }
        if peerRows.contains(where: { $0.status != "missing" && (!$0.verified || $0.failure != nil) }) { throw ExitStatus.failure }
    }

    /// `--peers`: each scenario's model given to the other solvers (see ``PeerComparison``).
    func comparePeers(_ firstRows: [(job: Job, result: BenchResult)]) -> [PeerComparison.Row] {
        let peers = peerList.compactMap(PeerSolver.init(rawValue:))
        guard !peers.isEmpty else { return [] }
        emit("")
        emit("Peers on the same model (export-model), time limit \(BenchTable.time(timeLimit)); ratios are trainplan / peer:")
        emit("  " + BenchTable.render([], header: PeerComparison.header, colour: false)[0])
        var rows: [PeerComparison.Row] = []
        var ratios: [(family: String, ratio: ProofComparison.Ratio)] = []
        for (job, trainplan) in firstRows {
            let path = job.seed == nil ? job.arguments.last : nil
            guard let scenario = PeerComparison.scenario(family: job.family, seed: job.seed, path: path) else { continue }
            let compared = PeerComparison.compare(scenario, label: job.label, trainplan: trainplan, peers: peers, timeLimit: timeLimit)
            for line in BenchTable.render(compared.map(PeerComparison.cells), header: PeerComparison.header, colour: false).dropFirst() {
                emit("  " + line)
            }
            rows += compared
            ratios.append((job.family, PeerComparison.proofRatio(compared)))
        }
        emit("")
        emit("Time to a proof, trainplan / the fastest peer that proved the optimum (\"refuted\": said optimal, a verified plan is cheaper):")
        var seen = Set<String>()
        for family in ratios.map(\.family) where seen.insert(family).inserted {
            emit("  \(family): " + PeerComparison.proofSummary(ratios.filter { $0.family == family }.map(\.ratio)))
        }
        return rows
    }

    /// Unbuffered, so that rows appear as runs end even through a pipe.
    /// A line of the table: on standard error when the JSON goes to standard output (`--json -`).
    func emit(_ line: String) {
        let stream = json.map(AtomicFile.isStandardOutput) == true ? FileHandle.standardError : FileHandle.standardOutput
        stream.write(Data((line + "\n").utf8))
    }

    /// Runs one (scenario, configuration) in a child process and reads its result line.
    func runChild(_ job: Job, config: String) -> BenchResult {
        var failed = BenchResult(scenario: job.label, family: job.family, seed: job.seed, config: config,
                                 status: "error", verified: false)
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["bench-run"] + job.arguments + ["--config", config, "--time-limit", "\(timeLimit)"]
        let limit = (try? BenchConfig.parse(config).get())?.timeLimit ?? timeLimit
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            failed.failure = "cannot start \(process.executableURL?.path ?? "trainplan"): \(error.localizedDescription)"
            return failed
        }
        // A watchdog: a run that overstays its limit by far is ended.
        let deadline = Date().addingTimeInterval(limit * 2 + 120)
        let pid = process.processIdentifier
        let watchdog = Thread {
            while Date() < deadline {
                Thread.sleep(forTimeInterval: 0.5)
                if kill(pid, 0) != 0 { return }
            }
            kill(pid, SIGKILL)
        }
        watchdog.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lastLine = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        if var result = try? JSONDecoder().decode(BenchResult.self, from: Data(lastLine.utf8)) {
            result.scenario = job.label
            result.family = job.family
            result.seed = job.seed
            return result
        }
        let reason = process.terminationReason == .uncaughtSignal
            ? "killed by signal \(process.terminationStatus)" : "exit status \(process.terminationStatus)"
        let tail = errorText.split(separator: "\n").suffix(2).joined(separator: " | ")
        failed.failure = "\(reason)\(tail.isEmpty ? "" : ": " + tail)"
        return failed
    }
}

/// One benchmark run, in its own process; prints one JSON line. Used by `bench`.
struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-run", abstract: "Run one benchmark case (used by bench).", shouldDisplay: false)

    @Option var scenario: String?
    @Option var family: ScenarioFamily?
    @Option var seed: UInt64 = 1
    @Option var config: String = "default"
    @Option(name: .customLong("time-limit")) var timeLimit: Double = 60
    @Flag var demand = false

    func run() throws {
        var result = BenchResult(scenario: scenario ?? "\(family?.rawValue ?? "?")-\(seed)",
                                 family: family?.rawValue ?? scenario ?? "?", seed: family == nil ? nil : seed,
                                 config: config, status: "error", verified: false)
        defer {
            result.peakMemoryMB = Self.peakMemoryMB()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            if let data = try? encoder.encode(result) { print(String(decoding: data, as: UTF8.self)) }
        }
        let settings: BenchConfig
        switch BenchConfig.parse(config) {
        case let .success(parsed): settings = parsed
        case let .failure(error):
            result.failure = error.description
            return
        }
        let loadStart = ContinuousClock.now
        let scenarioValue: Scenario
        if let scenario {
            do {
                scenarioValue = try ScenarioLoader.load(path: scenario).scenario
            } catch {
                result.failure = "invalid scenario: \(error.errors.first?.description ?? "")"
                return
            }
        } else if let family {
            var generated = ScenarioGenerator.generate(family, seed: seed)
            if demand { DemandGenerator.addDemand(to: &generated) }
            scenarioValue = generated.scenario
        } else {
            result.failure = "no scenario"
            return
        }
        result.loadSeconds = Self.seconds(since: loadStart)
        var options = settings.options
        options.timeLimit = TimeLimit.duration(settings.timeLimit ?? timeLimit)
        let start = ContinuousClock.now
        do {
            let (plan, statistics) = try TrainingPlanner.solve(scenarioValue, options: options, strategy: settings.strategy)
            result.totalSeconds = Self.seconds(since: start)
            result.status = plan.status.rawValue
            result.objective = plan.objective
            result.bound = plan.bound
            result.gap = plan.gap
            result.firstPlanSeconds = statistics.firstPlanSeconds
            result.bestPlanSeconds = statistics.bestPlanSeconds
            result.buildSeconds = statistics.buildSeconds
            result.variables = statistics.variables
            result.rows = statistics.constraints
            result.nonZeros = statistics.nonZeros
            result.nodes = statistics.nodes
            let report = PlanVerifier.verify(plan, against: scenarioValue)
            result.verified = report.isValid
            if !report.isValid {
                result.failure = "\(report.violations.count) violations: \(report.violations.first?.description ?? "")"
            } else if let objective = plan.objective, let evaluated = report.evaluation?.objective,
                      abs(objective - evaluated) > 1e-6 * max(1, abs(objective)) {
                result.verified = false
                result.failure = "stated objective \(objective) but the verifier computes \(evaluated)"
            }
        } catch {
            result.totalSeconds = Self.seconds(since: start)
            result.failure = "\(error)".split(separator: "\n").first.map(String.init)
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// The process's peak resident set (Linux reports kilobytes, macOS bytes).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        #endif
        #if os(macOS)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}
