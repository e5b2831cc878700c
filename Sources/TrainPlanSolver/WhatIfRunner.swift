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
        /// Invalid edits, or a solver failure (in English, as `whatif.json` keeps them).
        public var errors: [String]
        /// The invalid edits as diagnostics, the first of `errors`: for outputs in the planner's language.
        public var invalid: [Diagnostic] = []
        /// Against the base plan (nil for the base itself or without both plans).
        public var comparison: PlanComparison?
        public var seconds: Double
    }

    /// One solve's outcome, before it is set against the base.
    public struct Solved: Sendable {
        public var plan: Plan?
        public var error: String?
        public var seconds: Double

        public init(plan: Plan?, error: String?, seconds: Double) {
            self.plan = plan
            self.error = error
            self.seconds = seconds
        }
    }

    /// The base row first, then the variants in file order. Solves run on up to `jobs` threads,
    /// and never on more than `threads` allows, helper threads of each solve included.
    public static func run(base: Scenario, variants: [ScenarioVariant], options: MIPOptions,
                           strategy: TrainingPlanner.Strategy = .init(), jobs: Int,
                           threads: ThreadBudget = .shared, shouldStop: (@Sendable () -> Bool)? = nil) -> [Row] {
        let scenarios = Self.scenarios(base: base, variants: variants)
        let solved = solve(scenarios, indices: Array(scenarios.indices), options: options, strategy: strategy,
                           jobs: jobs, threads: threads, shouldStop: shouldStop)
        return rows(base: base, variants: variants, solved: solved)
    }

    /// Every scenario of the sweep: the base, then each variant (nil when its edits were invalid).
    public static func scenarios(base: Scenario, variants: [ScenarioVariant]) -> [Scenario?] {
        [base] + variants.map { try? $0.loaded.get().scenario }
    }

    /// Solves the scenarios at `indices` (a shard's share; an invalid one is not solved).
    ///
    /// The base is solved first, as usual; each variant is then solved for its best objective
    /// and, among the plans as good, for the one closest to the base's plan
    /// (``LexicographicPlanner/solve(_:closestTo:options:strategy:threads:progress:shouldStop:)``),
    /// so that its changes against the base are the ones its edits force, not another of several
    /// equally good plans. A share without the base solves it too, for that reference only.
    ///
    /// `shouldStop` (a Ctrl-C): the solves running end with their best plans, the ones not begun
    /// are not solved and say so; what was done is kept.
    public static func solve(_ scenarios: [Scenario?], indices: [Int], options: MIPOptions,
                             strategy: TrainingPlanner.Strategy = .init(), jobs: Int,
                             threads: ThreadBudget = .shared, shouldStop: (@Sendable () -> Bool)? = nil) -> [Solved] {
        let variants = indices.filter { $0 != 0 }
        let base = indices.contains(0) || !variants.isEmpty
            ? solveOne(scenarios[0], reference: nil, options: options, strategy: strategy, threads: threads, shouldStop: shouldStop) : nil
        let reference = base?.plan.flatMap { $0.objective == nil ? nil : $0 }
        let solved = ParallelJobs.map(variants.count, jobs: jobs, budget: threads) { k -> Solved in
            solveOne(scenarios[variants[k]], reference: reference, options: options, strategy: strategy, threads: threads,
                     shouldStop: shouldStop)
        }
        var next = solved.makeIterator()
        return indices.map { index in
            index == 0 ? base ?? Solved(plan: nil, error: nil, seconds: 0) : next.next() ?? Solved(plan: nil, error: nil, seconds: 0)
        }
    }

    /// One scenario's solve: closest to `reference` among its best plans when there is one.
    static func solveOne(_ scenario: Scenario?, reference: Plan?, options: MIPOptions, strategy: TrainingPlanner.Strategy,
                         threads: ThreadBudget, shouldStop: (@Sendable () -> Bool)? = nil) -> Solved {
        guard let scenario else { return Solved(plan: nil, error: nil, seconds: 0) }
        if shouldStop?() == true { return Solved(plan: nil, error: Self.notSolvedStopped, seconds: 0) }
        let clock = ContinuousClock.now
        let result = Result { () throws(PlannerError) -> Plan in
            if let reference {
                return try LexicographicPlanner.solve(scenario, closestTo: reference, options: options, strategy: strategy,
                                                      threads: threads, shouldStop: shouldStop).plan
            }
            return try TrainingPlanner.solve(scenario, options: options, strategy: strategy, threads: threads,
                                             shouldStop: shouldStop).plan
        }
        switch result {
        case let .success(plan): return Solved(plan: plan, error: nil, seconds: (ContinuousClock.now - clock).seconds)
        case let .failure(error): return Solved(plan: nil, error: error.description, seconds: (ContinuousClock.now - clock).seconds)
        }
    }

    /// A solve that a stop request came before.
    public static let notSolvedStopped = "not solved: stopped (Ctrl-C or a stop signal) before its turn"

    /// The rows of the table from every solve's outcome (the base's first), each variant set against the base.
    public static func rows(base: Scenario, variants: [ScenarioVariant], solved: [Solved]) -> [Row] {
        let scenarios = Self.scenarios(base: base, variants: variants)
        let basePlan = solved[0].plan
        var rows = [Row(name: "base", description: base.name, scenario: base, plan: basePlan,
                        errors: solved[0].error.map { [$0] } ?? [], comparison: nil, seconds: solved[0].seconds)]
        for (k, variant) in variants.enumerated() {
            let result = solved[k + 1]
            var errors: [String] = [], invalid: [Diagnostic] = []
            if case let .failure(problem) = variant.loaded {
                invalid = problem.errors
                errors = invalid.map(\.description)
            }
            if let error = result.error { errors.append(error) }
            let comparison: PlanComparison? = if let basePlan, let plan = result.plan, plan.objective != nil,
                                                 basePlan.objective != nil { PlanComparison(from: basePlan, to: plan) } else { nil }
            var row = Row(name: variant.name, description: variant.description, scenario: scenarios[k + 1],
                          plan: result.plan, errors: errors, comparison: comparison, seconds: result.seconds)
            row.invalid = invalid
            rows.append(row)
        }
        return rows
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
