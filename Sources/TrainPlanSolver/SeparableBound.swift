extension TrainingPlanner {
    /// A lower bound that needs no LP, for when the LP is not solved in time (or not tried):
    /// each course either runs at its cheapest option m(c) (engagement and clashes ignored) or
    /// pays its value v(c); mandatory ones run. With a budget B, the runs also share it, as the
    /// knapsack
    ///
    ///     min Σ v(c)·(1 − y[c]) + m(c)·y[c]   s.t.  Σ m(c)·y[c] ≤ B,  y ∈ {0,1},  y[c] = 1 if c is mandatory
    ///
    /// (valid: every plan's cost, the budget row's left side, is at least the sum of its courses'
    /// cheapest options, as engagement and apprenticeships cost nothing negative), solved
    /// exactly by ``mostSaved(by:within:nodeLimit:)`` or, past its node limit, with y fractional.
    /// Without the budget it is the old per-course minimum; with a binding one (a budget that
    /// leaves courses out) it is much closer: the generated long-2, whose LP GLPK does not solve
    /// within a minute, went from 63 % below its plan to 13 % with the fractional knapsack (60 s,
    /// release build).
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
        guard let room = scenario.budget.map({ $0 - spent }) else {
            return bound - worth.reduce(0) { $0 + $1.saving }
        }
        // (A mandatory core above the budget has no plan at all: then any bound is valid.)
        return bound - mostSaved(by: worth, within: max(0, room), nodeLimit: SearchTuning.knapsackBoundNodes)
    }

    /// The most a 0/1 choice of `items` saves with their costs within `room`: depth-first branch
    /// and bound, items by saving per rupiah, each node cut off by the fractional knapsack (the
    /// last item that does not fit taken in part). Past `nodeLimit` nodes it returns the
    /// fractional knapsack of all items, a larger saving and so still a valid bound.
    static func mostSaved(by items: [(saving: Double, cost: Double)], within room: Double, nodeLimit: Int) -> Double {
        let free = items.filter { $0.cost <= 0 }.reduce(0) { $0 + $1.saving }
        let ranked = items.filter { $0.cost > 0 && $0.cost <= room }
            .sorted { $0.saving * $1.cost > $1.saving * $0.cost }
        /// The fractional knapsack of `ranked[from...]` within `room`.
        func fractional(from first: Int, room: Double) -> Double {
            var room = room, saved = 0.0
            for item in ranked[first...] {
                if item.cost <= room {
                    saved += item.saving
                    room -= item.cost
                } else {
                    return saved + item.saving * room / item.cost
                }
            }
            return saved
        }
        let relaxed = fractional(from: 0, room: room)
        var best = 0.0, nodes = 0
        func search(_ index: Int, room: Double, saved: Double) {
            nodes += 1
            best = max(best, saved)
            guard nodes <= nodeLimit, index < ranked.count,
                  saved + fractional(from: index, room: room) > best + 1e-9 * max(1, best) else { return }
            if ranked[index].cost <= room {
                search(index + 1, room: room - ranked[index].cost, saved: saved + ranked[index].saving)
            }
            search(index + 1, room: room, saved: saved)
        }
        search(0, room: room, saved: 0)
        return free + (nodes > nodeLimit ? relaxed : best)
    }
}
