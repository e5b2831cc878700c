/// The outcome of a MIP solve, in GLPK's terms but without its codes.
public struct MIPSolution: Sendable {
    public enum Status: String, Sendable {
        /// Proven optimal (within the requested gap).
        case optimal
        /// An integer solution exists but the search stopped before proving it optimal.
        case feasible
        /// Proven: no integer solution exists.
        case infeasible
        /// The LP relaxation is unbounded.
        case unbounded
        /// Stopped before any integer solution was found, nothing proven.
        case unknown
    }

    public enum StopReason: String, Sendable {
        case finished, timeLimit, gapReached, cancelled
        /// ``MIPOptions/nodeLimit`` reached.
        case nodeLimit
        /// Stopped for a restart (``MIPOptions/restartShare``): see ``MIPSolution/fixedByReducedCost``.
        case restart
    }

    public var status: Status
    public var stopReason: StopReason
    /// Column values of the best integer solution, if any.
    public var values: [Double]?
    public var objective: Double?
    /// Best proven bound on the objective (for minimisation: a lower bound).
    public var bound: Double?
    public var seconds: Double
    /// Branch-and-bound nodes processed.
    public var nodes: Int
    /// Each better integer solution as the search found it (an accepted start included),
    /// in seconds since the solve began: when the first and the best plan appeared.
    public var improvements: [Improvement] = []
    /// With stop reason `.restart`: the binary columns (0-based) that are 0 in every solution
    /// better than the incumbent `objective`, by the root LP's reduced costs: the root bound z and
    /// a column's reduced cost d > objective − z mean that any solution with it at 1 costs at
    /// least z + d, more than the incumbent.
    public var fixedByReducedCost: [Int] = []
    /// With stop reason `.restart`: the cut rows GLPK held at the root when it first branched, over
    /// the model's columns. Valid for every solution better than the incumbent, so a restarted
    /// search can start from them (``LinearModel/addRows(_:from:)``) instead of finding them again.
    public var rootCuts: [LinearModel.Row] = []

    public struct Improvement: Sendable, Hashable {
        public var seconds: Double
        public var objective: Double

        public init(seconds: Double, objective: Double) {
            self.seconds = seconds
            self.objective = objective
        }
    }

    /// A search stopped before it began: nothing found, nothing proven.
    public static func notStarted(_ reason: StopReason) -> MIPSolution {
        MIPSolution(status: .unknown, stopReason: reason, values: nil, objective: nil, bound: nil, seconds: 0, nodes: 0)
    }
}
