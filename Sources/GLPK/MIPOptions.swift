/// How ``GLPKSolver`` searches (GLPK reference manual, `glp_intopt`, section 2.8.2).
public struct MIPOptions: Sendable, Hashable, Codable {
    /// Wall-clock limit for the whole solve (LP relaxation and branch-and-cut).
    public var timeLimit: Duration
    /// Stop when (incumbent − bound) / |incumbent| falls below this fraction; 0 proves optimality.
    public var relativeGap: Double
    /// GLPK's MIP presolver. Off by default so that the root LP basis and
    /// column numbering stay those of the model (needed to offer an incumbent).
    public var presolve: Bool
    /// Which cutting planes GLPK adds (see ``CutFamilies``).
    public var cuts: CutFamilies
    /// Copy GLPK's log to standard error.
    public var echoLog: Bool

    public init(timeLimit: Duration = .seconds(120), relativeGap: Double = 0,
                presolve: Bool = false, cuts: CutFamilies = [.clique], echoLog: Bool = false) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.echoLog = echoLog
    }
}
