import Foundation
import TrainPlanCore
import TrainPlanGenerator

/// `bench --shard I/N`: a share of the (scenario, configuration) runs; `merge` prints the
/// table, the medians and the JSON of one unsharded run from them.
extension BenchCommand {
    /// Courses of a generated family's scenario, roughly (see ``ScenarioFamily``).
    static func typicalCourses(_ family: String) -> Double {
        switch ScenarioFamily(rawValue: family) {
        case .city: 25
        case .province: 150
        case .national: 600
        case .weekly: 60
        case .long: 32
        case .parttime: 48
        case .nationalwide: 676
        case nil: 1
        }
    }

    /// Run k is scenario k / configs, configuration k % configs.
    func runs(_ jobs: [Job]) -> [(job: Job, config: String)] {
        jobs.flatMap { job in configList.map { (job, $0) } }
    }

    /// A run's weight: its scenario's courses times its time limit.
    func weights(_ jobs: [Job]) -> [Double] {
        let courses = jobs.map { job -> Double in
            if job.seed != nil { return Self.typicalCourses(job.family) }
            guard let path = job.arguments.last, let loaded = try? ScenarioLoader.load(path: path) else { return 1 }
            return Double(loaded.scenario.courses.count)
        }
        return jobs.indices.flatMap { k in
            configList.map { config in courses[k] * ((try? BenchConfig.parse(config).get())?.timeLimit ?? timeLimit) }
        }
    }

    func labels(_ jobs: [Job]) -> [String] { runs(jobs).map { "\($0.job.label) \($0.config)" } }

    func runShard(_ spec: ShardSpec, jobs: [Job]) throws {
        let folder = shardFolder.folder ?? "."
        let runs = runs(jobs), weights = weights(jobs)
        let indices = ShardSplit.indices(weights: weights, spec: spec)
        var solves: [ShardSolve] = []
        for index in indices {
            let result = runChild(runs[index].job, config: runs[index].config)
            emit("\(result.scenario) \(result.config): \(result.status)\(result.failure.map { " (\($0))" } ?? "")")
            solves.append(ShardSolve(index: index, seconds: result.totalSeconds ?? 0, bench: result))
        }
        let file = ShardFile.make(command: "bench", spec: spec, labels: labels(jobs),
                                  assignment: ShardSplit.assign(weights: weights, shards: spec.count), solves: solves)
        try file.save(to: folder, done: indices.count, of: runs.count, what: "runs", say: emit)
    }

    func merge(_ set: ShardSet) throws {
        let jobs = allJobs()
        guard labels(jobs) == set.template.labels else {
            Console.error("the bench's scenarios or configurations are not the shards' ones")
            throw ExitStatus.failure
        }
        let runs = runs(jobs)
        let results = set.solves.enumerated().map { index, solve in
            solve?.bench ?? BenchResult(scenario: runs[index].job.label, family: runs[index].job.family, seed: runs[index].job.seed,
                                        config: runs[index].config, status: "missing", verified: false,
                                        failure: set.missingReason(solve: index))
        }
        let colour = isatty(STDOUT_FILENO) != 0
        emit(BenchTable.render([], header: BenchTable.header, colour: colour)[0])
        var all: [BenchResult] = []
        var firstRows: [(job: Job, result: BenchResult)] = []
        for start in stride(from: 0, to: results.count, by: max(configList.count, 1)) {
            var rows = Array(results[start..<min(start + configList.count, results.count)])
            emitGroup(&rows, colour: colour)
            all += rows
            if let first = rows.first { firstRows.append((runs[start].job, first)) }
        }
        try finish(all, firstRows: firstRows, command: (["trainplan", "bench"] + set.template.arguments).joined(separator: " "))
    }
}
