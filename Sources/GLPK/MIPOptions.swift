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
    /// only; `nil`: every node, the default). Measured with `trainplan bench --configs
    /// default,covers=-1` (fifth session, `covers=0` then the default): the weekly median over
    /// seeds 1-4 and 6 went from 15.4 s to 7.06 s (weekly-1 16.0 → 7.1 s, the others within a
    /// second or better), city 1-4 and 6 unchanged, the long plans as good or better on seeds
    /// 1, 2, 4 and 6 (median 0.00 % against 0.21 % from the best of the two); long-3 is the
    /// exception (5.9 % open against 0.06 %, in two sessions: its search settles on a worse plan).
    /// Capping them at one round a node or at level 3 did not help long-3 either.
    public var coverDepth: Int?

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
                echoLog: Bool = false, nodeLimit: Int? = nil, lpSliceIterations: Int? = nil, coverDepth: Int? = nil) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.branching = branching
        self.echoLog = echoLog
        self.nodeLimit = nodeLimit
        self.lpSliceIterations = lpSliceIterations
        self.coverDepth = coverDepth
    }
}
