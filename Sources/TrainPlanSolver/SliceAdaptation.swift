import GLPK

/// What the neighbourhood search learns from its slices as it goes: how large a slice GLPK
/// can finish in time, and which ways of choosing a slice have found better plans lately
/// (adaptive large-neighbourhood search). The figures are in ``SearchTuning``.
struct SliceAdaptation {
    /// Model columns a slice aims at.
    private(set) var targetColumns: Int
    /// How well each way of choosing a slice has done lately.
    private var score = SearchTuning.methodWeights

    init(targetColumns: Int) {
        self.targetColumns = targetColumns
    }

    /// The weight a method is drawn with: its score, never so low that it stops being tried.
    func weight(_ method: NeighbourhoodSearch.Method) -> Double {
        max(SearchTuning.methodWeightFloor, score[method, default: 1])
    }

    /// Slices GLPK proves quickly grow, slices it cannot finish shrink.
    mutating func sliceSolved(_ solution: MIPSolution, proven: Bool, within limit: Duration) {
        if proven {
            if solution.seconds < SearchTuning.quickSliceShare * limit.seconds {
                let growth = SearchTuning.sliceGrowth
                targetColumns = min(SearchTuning.largestSlice, targetColumns * growth.numerator / growth.denominator)
            }
        } else if solution.stopReason == .timeLimit {
            let shrink = SearchTuning.sliceShrink
            targetColumns = max(SearchTuning.smallestSlice, targetColumns * shrink.numerator / shrink.denominator)
        }
    }

    /// Methods that find better plans are chosen more often.
    mutating func methodTried(_ method: NeighbourhoodSearch.Method, improved: Bool) {
        let reward = improved ? SearchTuning.methodReward : SearchTuning.methodNoReward
        score[method, default: 1] = SearchTuning.methodMemory * score[method, default: 1] + SearchTuning.methodLearning * reward
    }
}
