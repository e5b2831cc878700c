/// How ``GLPKSolver`` searches (GLPK reference manual, `glp_intopt`, section 2.8.2).
public struct MIPOptions: Sendable, Hashable, Codable {
    /// Wall-clock limit for the whole solve (LP relaxation and branch-and-cut).
    public var timeLimit: Duration
    /// Stop when (incumbent − bound) / |incumbent| falls below this fraction; 0 proves optimality.
    public var relativeGap: Double
    /// GLPK's MIP presolver. Off by default so that the root LP basis and
    /// column numbering stay those of the model (needed to offer an incumbent).
    /// With it on, ``GLPKSolver`` installs no branching order and offers no incumbent
    /// (the callback would see the presolved copy's columns); it only watches the search.
    public var presolve: Bool
    /// Which cutting planes GLPK adds (see ``CutFamilies``).
    public var cuts: CutFamilies
    /// How GLPK picks a column to branch on among those the model does not rank
    /// (``LinearModel/branchFirst``, ``LinearModel/branchNext``).
    public var branching: Branching
    /// Copy GLPK's log to standard error.
    public var echoLog: Bool
    /// Stop once the tree holds more than this many nodes (`nil`: no limit). With 1 the search
    /// ends when the root, cuts included, is done: its bound is the root's, its memory one node's.
    public var nodeLimit: Int?
    /// Simplex iterations per slice of the root LP (`nil`: slices of half a second only). Slices
    /// ended by time make the root basis, and so the whole tree, depend on the machine's load;
    /// ended by a count, a model whose slices take under half a second is searched the same way
    /// every run (a weekly model alone: 14-34 s to a proof before, the same 867 nodes every run
    /// with 1,000). Not for the large LPs of the bound helper, where restarts every 1,000
    /// iterations would cost more than they give.
    public var lpSliceIterations: Int?
    /// The deepest tree level at which ``CutFamilies/groupCover`` cuts are separated (0: the root
    /// only, the default; `nil`: every node). Measured with `trainplan bench --configs
    /// default,covers=-1` (fifth session): without restarts every node paid on the weekly family
    /// (median over seeds 1-4 and 6 from 15.4 s to 7.06 s) and left long-3 5.9 % open instead of
    /// 0.06 %; with the search restarted on a smaller model (``restartShare``) the root alone is as
    /// good on weekly (seeds 1, 3, 6: 3.4, 10.4, 5.0 s against 4.7, 11.5, 5.2 s at every node).
    public var coverDepth: Int?
    /// Stop for a restart once the root LP's reduced costs (its cuts included) show that at least
    /// this share of the binary columns cannot be 1 in any solution better than the incumbent
    /// (`nil`: never). The solution then names those columns (``MIPSolution/fixedByReducedCost``),
    /// with stop reason `.restart`: the caller may build a smaller model without them, which GLPK,
    /// without a presolve of its own here, searches faster and cuts tighter.
    public var restartShare: Double?
    /// No restart once the tree has closed more than this share of the gap between the root LP
    /// (its cuts included) and the incumbent (`nil`: whatever it has closed): a new root starts
    /// that climb again from the bottom.
    public var restartBeforeClosed: Double?
    /// How far from a whole number a column may be and count as whole (GLPK's `tol_int`; `nil`: its
    /// 1e-5). With a budget row that binds, 1e-5 of a course's cost lets a plan over the budget
    /// pass as within it; a smaller one makes GLPK branch on such a column instead.
    public var integralityTolerance: Double? = nil

    /// GLPK's `br_tech`.
    public enum Branching: String, Sendable, Hashable, Codable {
        /// Driebeck-Tomlin (GLPK's default): estimates each fractional column's effect on the
        /// objective from a row of the simplex table; good dives on small models, but each
        /// estimate costs a pass over the matrix, for every fractional column at every node.
        case driebeckTomlin
        /// The most fractional column: cheap, and on degenerate relaxations (many equally
        /// good timetables) as good a guide as the estimates.
        case mostFractional
    }

    public init(timeLimit: Duration = .seconds(120), relativeGap: Double = 0,
                presolve: Bool = false, cuts: CutFamilies = [.clique, .groupCover], branching: Branching = .driebeckTomlin,
                echoLog: Bool = false, nodeLimit: Int? = nil, lpSliceIterations: Int? = nil, coverDepth: Int? = 0,
                restartShare: Double? = nil, restartBeforeClosed: Double? = nil) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.branching = branching
        self.echoLog = echoLog
        self.nodeLimit = nodeLimit
        self.lpSliceIterations = lpSliceIterations
        self.coverDepth = coverDepth
        self.restartShare = restartShare
        self.restartBeforeClosed = restartBeforeClosed
    }
}
