import Foundation
import GLPK
import TrainPlanCore
import TrainPlanSolver

/// `sourcing --shard I/N`: every shard solves the base (the sweep is built from its plan),
/// then its share of the sweep; `merge` assembles the advice.
extension SourcingCommand {
    func runShard(_ spec: ShardSpec, scenario: Scenario, settings: SourcingAdvisor.Settings) throws {
        let folder = shardFolder.folder ?? "."
        do {
            let (base, _) = try TrainingPlanner.solve(scenario, options: settings.options, strategy: settings.strategy,
                                                      threads: settings.threads)
            let sweep = SourcingAdvisor.Sweep(scenario, base: base, settings: settings)
            // Every variant has the scenario's courses, give or take one instructor: equal weights.
            let weights = [Double](repeating: Double(scenario.courses.count), count: sweep.scenarios.count)
            let indices = ShardSplit.indices(weights: weights, spec: spec)
            let plans = try SourcingAdvisor.solve(sweep, indices: indices, settings: settings)
            let file = ShardFile.make(command: "sourcing", spec: spec, labels: sweep.labels,
                                      assignment: ShardSplit.assign(weights: weights, shards: spec.count), base: base,
                                      solves: zip(indices, plans).map { ShardSolve(index: $0, plan: $1) })
            try file.save(to: folder, done: indices.count, of: sweep.scenarios.count, what: "solves")
        } catch let error as PlannerError {
            Console.error("\(error)")
            throw ExitStatus.failure
        }
    }

    func merge(_ set: ShardSet) throws {
        let loaded = try Console.loadScenario(scenario, quiet: true)
        let s = loaded.scenario
        guard let base = set.template.base else {
            Console.error("the shards carry no base plan")
            throw ExitStatus.failure
        }
        func outcome(_ plan: Plan?) -> [String] {
            [plan?.status.rawValue ?? "-", "\(plan?.objective ?? 0)"] + (plan?.scheduledCourses.map(\.id) ?? [])
        }
        for file in set.files.values.sorted(by: { $0.shard < $1.shard }) where outcome(file.base) != outcome(base) {
            Console.error("\(file.spec.fileName): its base plan differs from \(set.template.spec.fileName)'s "
                          + "(a solve stopped by its time limit?); the advice uses \(set.template.spec.fileName)'s")
        }
        let settings = SourcingAdvisor.Settings(
            skills: skills?.split(separator: ",").map { Tag.normalize(String($0)) }.filter { !$0.isEmpty },
            feePerSlot: fee, engagementCost: engagement, options: MIPOptions(timeLimit: TimeLimit.duration(timeLimit)), jobs: jobs,
            upgradeCost: upgradeCost)
        let sweep = SourcingAdvisor.Sweep(s, base: base, settings: settings)
        guard sweep.labels == set.template.labels else {
            Console.error("\(scenario) changed since the shards ran: the sweep is not the shards' one")
            throw ExitStatus.failure
        }
        let advice: SourcingAdvisor.Advice
        do {
            // The same settings as the unsharded run: its break-even fees are re-solved here too.
            advice = try SourcingAdvisor.assemble(s, base: base, sweep: sweep, plans: set.solves.map { $0?.plan }, settings: settings)
        } catch {
            Console.error(Console.plannerFailure(error, language: language))
            throw ExitStatus.failure
        }
        try render(advice, scenario: s)
    }
}
