extension TrainingPlanner {
    /// A lower bound that needs no LP: each course either runs at its cheapest option
    /// (engagement, clashes and the budget ignored) or pays its value; mandatory ones run.
    /// It is what a plan can claim when the LP is not solved in time (or not tried).
    static func separableBound(_ candidates: Candidates) -> Double {
        let scenario = candidates.scenario
        var bound = 0.0
        for options in candidates.courses {
            let course = scenario.courses[options.course]
            let cheapest = candidates.cheapestCost(options)
            bound += course.mandatory ? (cheapest.isFinite ? cheapest : 0) : min(course.value, cheapest)
        }
        return bound
    }
}
