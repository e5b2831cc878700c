import GLPK
import TrainPlanCore

/// Solves a base scenario and its variants side by side.
public enum WhatIfRunner {
    public struct Row: Sendable {
        public var name: String
        public var description: String?
        /// The variant's scenario (nil when its edits were invalid).
        public var scenario: Scenario?
        public var plan: Plan?
        /// Invalid edits, or a solver failure.
        public var errors: [String]
        /// Against the base plan (nil for the base itself or without both plans).
        public var comparison: PlanComparison?
        public var seconds: Double
    }

    /// The base row first, then the variants in file order. Solves run on up to `jobs` threads,
    /// and never on more than `threads` allows, helper threads of each solve included.
    public static func run(base: Scenario, variants: [ScenarioVariant], options: MIPOptions,
                           strategy: TrainingPlanner.Strategy = .init(), jobs: Int,
                           threads: ThreadBudget = .shared) -> [Row] {
        let scenarios: [Scenario?] = [base] + variants.map { try? $0.loaded.get().scenario }
        let solved = ParallelJobs.map(scenarios.count, jobs: jobs, budget: threads) { index -> (plan: Plan?, error: String?, seconds: Double) in
            guard let scenario = scenarios[index] else { return (nil, nil, 0) }
            let clock = ContinuousClock.now
            switch Result(catching: { () throws(PlannerError) in try TrainingPlanner.solve(scenario, options: options, strategy: strategy, threads: threads) }) {
            case let .success((plan, _)): return (plan, nil, (ContinuousClock.now - clock).seconds)
            case let .failure(error): return (nil, error.description, (ContinuousClock.now - clock).seconds)
            }
        }
        let basePlan = solved[0].plan
        var rows = [Row(name: "base", description: base.name, scenario: base, plan: basePlan,
                        errors: solved[0].error.map { [$0] } ?? [], comparison: nil, seconds: solved[0].seconds)]
        for (k, variant) in variants.enumerated() {
            let result = solved[k + 1]
            var errors: [String] = []
            if case let .failure(problem) = variant.loaded { errors = problem.errors.map(\.description) }
            if let error = result.error { errors.append(error) }
            let comparison: PlanComparison? = if let basePlan, let plan = result.plan, plan.objective != nil,
                                                 basePlan.objective != nil { PlanComparison(from: basePlan, to: plan) } else { nil }
            rows.append(Row(name: variant.name, description: variant.description, scenario: scenarios[k + 1],
                            plan: result.plan, errors: errors, comparison: comparison, seconds: result.seconds))
        }
        return rows
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
