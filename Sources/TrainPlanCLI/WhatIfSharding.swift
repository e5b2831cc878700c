import Foundation
import GLPK
import TrainPlanCore
import TrainPlanSolver

/// `whatif --shard I/N`: a share of the base and variants, and `merge` of the shards.
extension WhatIfCommand {
    /// The weight of a solve is its scenario's number of courses (an invalid variant is not solved).
    static func weights(_ scenarios: [Scenario?]) -> [Double] {
        scenarios.map { Double($0?.courses.count ?? 0) }
    }

    static func labels(_ variants: [ScenarioVariant]) -> [String] { ["base"] + variants.map(\.name) }

    func runShard(_ spec: ShardSpec, base: Scenario, variants: [ScenarioVariant], options: MIPOptions) throws {
        let scenarios = WhatIfRunner.scenarios(base: base, variants: variants)
        let weights = Self.weights(scenarios)
        let indices = ShardSplit.indices(weights: weights, spec: spec)
        let solved = StopSignals.gracefully {
            WhatIfRunner.solve(scenarios, indices: indices, options: options, jobs: jobs, shouldStop: StopSignals.requested)
        }
        let solves = zip(indices, solved).map { index, result in
            ShardSolve(index: index, plan: result.plan, errors: result.error.map { [$0] } ?? [], seconds: result.seconds)
        }
        let file = ShardFile.make(command: "whatif", spec: spec, labels: Self.labels(variants),
                                  assignment: ShardSplit.assign(weights: weights, shards: spec.count), solves: solves)
        try file.save(to: out, done: indices.count, of: scenarios.count, what: "solves")
    }

    /// Rebuilds the rows of one unsharded run from the shards' solves; a missing shard's solves are failed rows.
    func merge(_ set: ShardSet) throws {
        let (loadedBase, list) = try Console.loadVariants(variants, base: base)
        guard Self.labels(list) == set.template.labels else {
            Console.error("\(base) or \(variants) changed since the shards ran: the variants are not the shards' ones")
            throw ExitStatus.failure
        }
        let solved = set.solves.enumerated().map { index, solve in
            guard let solve else { return WhatIfRunner.Solved(plan: nil, error: set.missingReason(solve: index), seconds: 0) }
            return WhatIfRunner.Solved(plan: solve.plan, error: solve.errors.isEmpty ? nil : solve.errors.joined(separator: " | "),
                                       seconds: solve.seconds)
        }
        let rows = WhatIfRunner.rows(base: loadedBase.scenario, variants: list, solved: solved)
        try render(rows, currency: loadedBase.scenario.currency)
    }
}
