extension TrainingPlanner {
    /// A lower bound that needs no LP, for when the LP is not solved in time (or not tried):
    /// each course either runs at its cheapest option m(c) (engagement and clashes ignored) or
    /// pays its value v(c); mandatory ones run. With a budget B, the runs also share it, as the
    /// fractional knapsack
    ///
    ///     min Σ v(c)·(1 − y[c]) + m(c)·y[c]   s.t.  Σ m(c)·y[c] ≤ B,  0 ≤ y ≤ 1,  y[c] = 1 if c is mandatory
    ///
    /// (valid: every plan's cost, the budget row's left side, is at least the sum of its courses'
    /// cheapest options, as engagement and apprenticeships cost nothing negative). Without the
    /// budget it is the old per-course minimum; with a binding one (a budget that leaves courses
    /// out) it is much closer: the generated long-2, whose LP GLPK does not solve within a
    /// minute, went from 63 % below its plan to 13 % (60 s, release build).
    static func separableBound(_ candidates: Candidates) -> Double {
        let scenario = candidates.scenario
        var bound = 0.0
        var spent = 0.0
        // Optional courses worth running at their cheapest: (what running saves, what it costs).
        var worth: [(saving: Double, cost: Double)] = []
        for options in candidates.courses {
            let course = scenario.courses[options.course]
            let cheapest = candidates.cheapestCost(options)
            if course.mandatory {
                let cost = cheapest.isFinite ? cheapest : 0
                bound += cost
                spent += cost
            } else {
                bound += course.value
                if cheapest < course.value { worth.append((course.value - cheapest, cheapest)) }
            }
        }
        guard var room = scenario.budget.map({ $0 - spent }) else {
            return bound - worth.reduce(0) { $0 + $1.saving }
        }
        // Most saving per rupiah first; the last course that does not fit runs in part.
        // (A mandatory core above the budget has no plan at all: then any bound is valid.)
        for course in worth.sorted(by: { $0.saving * $1.cost > $1.saving * $0.cost }) {
            guard room > 0 || course.cost == 0 else { break }
            let share = course.cost == 0 ? 1 : min(1, room / course.cost)
            bound -= share * course.saving
            room -= share * course.cost
        }
        return bound
    }
}
