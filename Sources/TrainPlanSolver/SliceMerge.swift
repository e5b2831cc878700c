extension NeighbourhoodSearch {
    /// The incumbent with a slice's free courses as GLPK placed them (the fixed ones as they were).
    func merged(_ choices: [Choice?], free: Set<Int>, slice: Slice, values: [Double]) -> [Choice?] {
        var trial = choices
        let found = slice.formulation.assignments(from: values)
        for c in free { trial[c] = found[c].flatMap { choice(for: $0, course: c) } }
        return trial
    }

    /// The best of the slices' merged plans that beats `incumbent` by more than rounding. With two
    /// slices, both answers together are weighed first: that plan rests on the slices being
    /// independent, so it is verified, not assumed; then each answer alone.
    /// - Parameter trials: each slice's merged plan, in the order of `frees` (the slices' free courses).
    func bestMerge(of trials: [[Choice?]], frees: [Set<Int>], incumbent: Double) -> (value: Double, trial: [Choice?])? {
        var candidatesToTry = trials
        if trials.count == 2 {
            var both = trials[0]
            for c in frees[1] { both[c] = trials[1][c] }
            candidatesToTry.insert(both, at: 0)
        }
        var best: (value: Double, trial: [Choice?])?
        for (n, trial) in candidatesToTry.enumerated() {
            let value = objective(trial)
            guard value < (best?.value ?? incumbent) - TrainingPlanner.tolerance(incumbent) else { continue }
            if trials.count == 2, n == 0, !isValid(trial) { continue }
            best = (value, trial)
        }
        return best
    }
}
