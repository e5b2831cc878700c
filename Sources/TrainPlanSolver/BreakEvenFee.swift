import GLPK
import TrainPlanCore

/// The highest fee per slot at which hiring one more instructor still improves the plan,
/// with the hire's engagement cost held fixed.
///
/// Found by re-solving, with a parametric argument rather than blind bisection. With the
/// hire paid `f` per slot, a plan `P` in which the hire teaches `n(P)` slots has objective
/// `a(P) + f·n(P)` and total cost `c(P) + f·n(P)`: both lines in `f`. `P` beats the base
/// objective `B` (the best plan without the hire) for every `f` below `(B − a)/n`, and
/// stays within the budget for every `f` up to `(budget − c)/n`. So "hiring improves the
/// plan at `f`" is monotone (true at `f` means true at every lower fee), and one solved
/// plan settles a whole interval at once: from the last plan that improves, the break-even
/// is at least the largest fee `lo` (on a grid of `unit`) where its own line is still below
/// `B` and within the budget. Solving at `lo + unit` either finds nothing better than `B`
/// (then `lo` is the break-even to the unit: better at `lo`, not at `lo + unit`) or a plan
/// whose own interval reaches further, which moves `lo` up. Every step moves to a plan
/// with a later break-even, so the search ends; on Pekalongan it takes three solves.
public enum BreakEvenFee {
    /// The result: the fee, and how it was found.
    public struct Result: Sendable, Hashable {
        /// Hiring improves the plan at this fee per slot (and any lower)...
        public var feePerSlot: Double
        /// ...and not at this one, `feePerSlot + unit` (proven by a solve).
        public var notBetterAt: Double
        /// Re-solves it took.
        public var solves: Int
        /// Every solve proven optimal: the fee is exact to the unit, not an estimate.
        public var exact: Bool
    }

    /// The break-even fee of `hire` added to `scenario`, starting from `plan` (the plan with the hire at
    /// its own fee) and the base objective without the hire; nil when the hire does not improve the plan.
    /// `unit` is the grid of fees (1: whole rupiah).
    public static func find(scenario: Scenario, hire: Instructor, plan: Plan, baseObjective: Double,
                            options: MIPOptions, strategy: TrainingPlanner.Strategy = .init(),
                            threads: ThreadBudget = .shared, unit: Double = 1, maxSolves: Int = 40) throws(PlannerError) -> Result? {
        guard var lo = reach(plan, fee: hire.feePerSlot, hire: hire.id, base: baseObjective, scenario: scenario, unit: unit) else {
            return nil
        }
        lo = max(lo, hire.feePerSlot)
        var solves = 0
        var exact = plan.status == .optimal
        while solves < maxSolves {
            let probe = lo + unit
            let resolved = try solve(scenario, hire: hire, fee: probe, options: options, strategy: strategy, threads: threads)
            solves += 1
            exact = exact && resolved.status == .optimal
            guard let further = reach(resolved, fee: probe, hire: hire.id, base: baseObjective, scenario: scenario, unit: unit) else {
                return Result(feePerSlot: lo, notBetterAt: probe, solves: solves, exact: exact)
            }
            lo = max(probe, further)
        }
        return Result(feePerSlot: lo, notBetterAt: lo + unit, solves: solves, exact: false)
    }

    /// The largest fee on the grid at which `plan` (solved with the hire at `fee`) still beats `base` and keeps
    /// to the budget; nil when it does not beat `base` at `fee` (or the hire teaches nothing in it).
    static func reach(_ plan: Plan, fee: Double, hire: String, base: Double, scenario: Scenario, unit: Double) -> Double? {
        guard let objective = plan.objective, objective < base - tolerance(base), let total = plan.cost?.total else { return nil }
        let slots = Double(slotsTaught(by: hire, in: plan, scenario: scenario))
        guard slots > 0 else { return nil }
        let fixedObjective = objective - fee * slots, fixedCost = total - fee * slots
        var best = ((base - fixedObjective) / slots / unit).rounded(.down) * unit
        if fixedObjective + best * slots >= base - tolerance(base) { best -= unit }
        if let budget = scenario.budget {
            best = min(best, ((budget - fixedCost) / slots / unit).rounded(.down) * unit)
        }
        return best >= fee ? best : fee
    }

    /// The scenario with `hire` added at `fee` per slot, solved.
    ///
    /// Probing fees a rupiah apart puts plans right at the budget, where GLPK, within its
    /// feasibility tolerance (about 1e-7 of the right-hand side), may return one a few rupiah
    /// over it, which the verifier rightly refuses. Only then is the scenario solved again with
    /// the budget ``budgetMargin(_:)`` lower (100 rupiah on 100 million): the plan found is valid,
    /// and at worst a plan within that margin of the budget is missed.
    public static func solve(_ scenario: Scenario, hire: Instructor, fee: Double, options: MIPOptions,
                             strategy: TrainingPlanner.Strategy = .init(),
                             threads: ThreadBudget = .shared) throws(PlannerError) -> Plan {
        var variant = scenario
        var priced = hire
        priced.feePerSlot = fee
        variant.instructors.append(priced)
        do {
            return try TrainingPlanner.solve(variant, options: options, strategy: strategy, threads: threads).plan
        } catch {
            guard case let .inconsistent(violations) = error, let budget = variant.budget,
                  violations.allSatisfy({ $0.rule == 8 }) else { throw error }
            var tighter = variant
            tighter.budget = budget - budgetMargin(budget)
            var plan = try TrainingPlanner.solve(tighter, options: options, strategy: strategy, threads: threads).plan
            plan.status = plan.status == .optimal ? .feasible : plan.status
            return plan
        }
    }

    /// How far below the budget the fallback solve keeps: GLPK's bound tolerance, with room to spare.
    public static func budgetMargin(_ budget: Double) -> Double { 1e-6 * max(1, abs(budget)) }

    /// Slots the instructor teaches in the plan (sessions times session length, over their courses).
    public static func slotsTaught(by instructor: String, in plan: Plan, scenario: Scenario) -> Int {
        plan.courses.filter { $0.scheduled && $0.instructor == instructor }
            .reduce(0) { $0 + ($1.sessions ?? []).reduce(0) { $0 + $1.slots.count } }
    }

    static func tolerance(_ value: Double) -> Double { max(1e-6, 1e-9 * abs(value)) }
}
