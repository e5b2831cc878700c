import CTrainplanGLPK
import Foundation

/// What the search reports while it runs, about once a second.
public struct SearchProgress: Sendable {
    public var elapsed: Double
    public var incumbent: Double?
    public var bound: Double?
    public var nodes: Int

    public init(elapsed: Double, incumbent: Double?, bound: Double?, nodes: Int) {
        self.elapsed = elapsed
        self.incumbent = incumbent
        self.bound = bound
        self.nodes = nodes
    }

    /// Relative gap of the incumbent against the bound, if both exist.
    public var gap: Double? {
        guard let incumbent, let bound else { return nil }
        return abs(incumbent - bound) / max(abs(incumbent), 1e-9)
    }
}

/// Solves a ``LinearModel`` with GLPK's branch-and-cut (`glp_simplex` then `glp_intopt`).
///
/// Safety: every GLPK object lives inside one call of ``solve(_:options:initialSolution:progress:shouldStop:)``
/// on the calling thread, because GLPK problems are thread-bound. A GLPK error
/// is caught by an error hook (C `longjmp`) and thrown as ``GLPKError``; after
/// it GLPK has freed this thread's environment and nothing here touches it again.
public enum GLPKSolver {
    /// GLPK's version string, e.g. "5.0".
    public static var version: String { String(cString: glp_version()) }

    /// With ``MIPOptions/presolve`` the callback never touches columns (GLPK's presolved copy
    /// numbers them differently): the branching order is not installed, `initialSolution` is not
    /// offered to GLPK (it is still returned if GLPK ends with nothing better) and `exchange`
    /// neither receives offers nor hears of incumbents. Stop requests and progress still work.
    ///
    /// - Parameters:
    ///   - initialSolution: a feasible integer vector offered to GLPK as its first
    ///     incumbent; ignored (not an error) when it breaks a row or a bound.
    ///   - progress: called from the solving thread at most about once a second.
    ///   - shouldStop: polled during the search; `true` stops it and keeps the best solution.
    public static func solve(_ model: LinearModel, options: MIPOptions = MIPOptions(),
                             initialSolution: [Double]? = nil,
                             progress: ((SearchProgress) -> Void)? = nil,
                             exchange: IncumbentExchange? = nil,
                             shouldStop: (() -> Bool)? = nil) throws(GLPKError) -> MIPSolution {
        try validate(model)
        let start = usable(initialSolution, in: model)
        let solution = try search(model, options: options, start: start, progress: progress, exchange: exchange,
                                  shouldStop: shouldStop)
        return keepingStart(start, over: solution, in: model)
    }

    /// GLPK may stop (time limit, stop request) before it has taken the offered start,
    /// or end with something worse: the start is never lost.
    private static func keepingStart(_ start: [Double]?, over solution: MIPSolution, in model: LinearModel) -> MIPSolution {
        guard let start, solution.status != .infeasible, solution.status != .optimal else { return solution }
        let value = model.objectiveValue(start)
        let sign: Double = model.sense == .minimize ? 1 : -1
        if let objective = solution.objective, sign * objective <= sign * value { return solution }
        var kept = solution
        kept.status = .feasible
        kept.values = start
        kept.objective = value
        kept.improvements = [MIPSolution.Improvement(seconds: 0, objective: value)]
        if let bound = kept.bound { kept.bound = sign > 0 ? min(bound, value) : max(bound, value) }
        return kept
    }

    private static func search(_ model: LinearModel, options: MIPOptions, start: [Double]?,
                               progress: ((SearchProgress) -> Void)?, exchange: IncumbentExchange?,
                               shouldStop: (() -> Bool)?) throws(GLPKError) -> MIPSolution {
        if model.columns.isEmpty {
            // GLPK rejects a problem without columns; the answer is immediate.
            let feasible = model.violatedRows([]).isEmpty
            return MIPSolution(status: feasible ? .optimal : .infeasible, stopReason: .finished,
                               values: feasible ? [] : nil, objective: feasible ? model.objectiveConstant : nil,
                               bound: feasible ? model.objectiveConstant : nil, seconds: 0, nodes: 0)
        }
        let clock = ContinuousClock.now
        let limitSeconds = Double(options.timeLimit.components.seconds)
            + Double(options.timeLimit.components.attoseconds) * 1e-18
        tp_glpk_begin(options.echoLog ? 1 : 0)
        let problem = try load(model)
        var failed: Int32 = 0
        defer { if failed == 0 { glp_delete_prob(problem) } }

        let sign: Double = model.sense == .minimize ? 1 : -1
        var rootBound: Double?
        if !options.presolve {
            let rc = try solveRelaxation(problem, echoLog: options.echoLog, limitSeconds: limitSeconds, clock: clock,
                                         sliceIterations: options.lpSliceIterations, failed: &failed, shouldStop: shouldStop)
            let elapsed = seconds(since: clock)
            switch (rc, glp_get_status(problem)) {
            case (0, GLP_OPT):
                rootBound = glp_get_obj_val(problem)
            case (0, GLP_NOFEAS), (GLP_ENOPFS, _):
                return MIPSolution(status: .infeasible, stopReason: .finished, values: nil,
                                   objective: nil, bound: nil, seconds: elapsed, nodes: 0)
            case (0, GLP_UNBND), (GLP_ENODFS, _):
                return MIPSolution(status: .unbounded, stopReason: .finished, values: nil,
                                   objective: nil, bound: nil, seconds: elapsed, nodes: 0)
            case (GLP_ETMLIM, _):
                return MIPSolution(status: .unknown, stopReason: shouldStop?() == true ? .cancelled : .timeLimit,
                                   values: nil, objective: nil, bound: nil, seconds: elapsed, nodes: 0)
            default:
                throw .failed(call: "glp_simplex", code: rc, log: String(cString: tp_glpk_log()))
            }
        }

        // Under presolve the callback sees GLPK's presolved copy: other, fewer columns. Anything
        // that names a column there (the branching order, offered incumbents, reading the
        // incumbent's values) would act on the wrong columns or make GLPK fail inside the callback
        // (its error jumps over Swift frames). So with presolve the callback only watches: stop
        // requests, progress, the bound; the start is still returned if GLPK ends worse.
        let columnsAreTheModels = !options.presolve
        let monitor = SearchMonitor(start: clock, progress: progress, shouldStop: shouldStop,
                                    sense: sign, initialSolution: columnsAreTheModels ? start : nil,
                                    branchFirst: columnsAreTheModels ? model.branchFirst.map { Int32($0.index + 1) } : [],
                                    branchNext: columnsAreTheModels
                                        ? model.branchNext.map { (Int32($0.variable.index + 1), $0.weight) } : [],
                                    exchange: columnsAreTheModels ? exchange.map { ($0, model) } : nil,
                                    nodeLimit: options.nodeLimit)
        if columnsAreTheModels, options.cuts.contains(.groupCover) {
            monitor.knapsacks = model.groupedKnapsacks
            monitor.columnCount = model.columns.count
            monitor.coverDepth = options.coverDepth
        }
        monitor.objectiveStep = model.objectiveStep
        monitor.objectiveConstant = model.objectiveConstant
        if columnsAreTheModels, let share = options.restartShare {
            monitor.restartShare = share
            monitor.restartBeforeClosed = options.restartBeforeClosed
            monitor.modelRows = model.rows.count
            monitor.binaryColumns = model.columns.indices.filter { model.columns[$0].kind == .binary }.map { Int32($0 + 1) }
        }
        var iocp = glp_iocp()
        glp_init_iocp(&iocp)
        iocp.msg_lev = options.echoLog ? GLP_MSG_ON : GLP_MSG_ERR
        iocp.presolve = options.presolve ? GLP_ON : GLP_OFF
        let remaining = max(0.001, limitSeconds - seconds(since: clock))
        iocp.tm_lim = milliseconds(remaining)
        iocp.mip_gap = options.relativeGap
        if let tolerance = options.integralityTolerance { iocp.tol_int = tolerance }
        if options.cuts.contains(.gomory) { iocp.gmi_cuts = GLP_ON }
        if options.cuts.contains(.mixedIntegerRounding) { iocp.mir_cuts = GLP_ON }
        if options.cuts.contains(.cover) { iocp.cov_cuts = GLP_ON }
        if options.cuts.contains(.clique) { iocp.clq_cuts = GLP_ON }
        iocp.br_tech = options.branching == .mostFractional ? GLP_BR_MFV : GLP_BR_DTH
        iocp.cb_func = searchCallback
        let context = Unmanaged.passRetained(monitor)
        defer { context.release() }
        iocp.cb_info = context.toOpaque()
        let rc = tp_intopt(problem, &iocp, &failed)
        if failed != 0 { throw .internalError(call: "glp_intopt", log: String(cString: tp_glpk_log())) }

        let elapsed = seconds(since: clock)
        let status = glp_mip_status(problem)
        let hasIncumbent = status == GLP_OPT || status == GLP_FEAS
        let values: [Double]? = hasIncumbent
            ? (0..<model.columns.count).map { glp_mip_col_val(problem, Int32($0 + 1)) } : nil
        let objective = hasIncumbent ? glp_mip_obj_val(problem) : nil
        let treeBound = monitor.bound
        func proven(_ candidates: [Double?]) -> Double? {
            let known = candidates.compactMap { $0 }
            guard !known.isEmpty else { return nil }
            return sign > 0 ? known.max() : known.min()
        }
        var result = MIPSolution(status: .unknown, stopReason: .finished, values: values,
                                 objective: objective, bound: proven([rootBound, treeBound]),
                                 seconds: elapsed, nodes: monitor.nodes)
        result.improvements = monitor.improvements
        if let objective, result.improvements.last.map({ sign * (objective - $0.objective) < -1e-9 * max(1, abs($0.objective)) }) ?? true {
            result.improvements.append(MIPSolution.Improvement(seconds: elapsed, objective: objective))   // found after the last callback
        }
        switch rc {
        case 0 where status == GLP_OPT:
            result.status = .optimal
            result.bound = objective
        case 0 where status == GLP_NOFEAS, GLP_ENOPFS:
            result.status = .infeasible
            result.bound = nil
        case GLP_ENODFS:
            result.status = .unbounded
        case GLP_ESTOP where monitor.provenByStep && hasIncumbent:
            result.status = .optimal
            result.bound = objective
        case GLP_ETMLIM, GLP_EMIPGAP, GLP_ESTOP:
            result.stopReason = rc == GLP_ETMLIM ? .timeLimit : rc == GLP_EMIPGAP ? .gapReached
                : shouldStop?() == true ? .cancelled
                : monitor.nodeLimit.map({ monitor.nodes > $0 }) == true ? .nodeLimit
                : monitor.restartColumns != nil ? .restart : .cancelled
            if result.stopReason == .restart {
                result.fixedByReducedCost = monitor.restartColumns ?? []
                result.rootCuts = monitor.rootCuts
            }
            result.status = hasIncumbent ? .feasible : .unknown
            if let objective, let bound = result.bound {
                result.bound = sign > 0 ? min(bound, objective) : max(bound, objective)
            }
        default:
            throw .failed(call: "glp_intopt", code: rc, log: String(cString: tp_glpk_log()))
        }
        return result
    }

    /// The LP relaxation of a loaded problem, from an advanced basis. The simplex has no
    /// callback: it runs in slices of at most half a second (and `sliceIterations` iterations,
    /// see ``MIPOptions/lpSliceIterations``), each resuming from the last basis, so that a stop
    /// request is seen between slices; an ill-conditioned start is retried from the trivial basis
    /// with the dual simplex. Returns `glp_simplex`'s code (`GLP_ETMLIM` when the time ran out or
    /// a stop came first).
    static func solveRelaxation(_ problem: OpaquePointer?, echoLog: Bool, limitSeconds: Double,
                                clock: ContinuousClock.Instant, sliceIterations: Int? = nil, failed: inout Int32,
                                shouldStop: (() -> Bool)?) throws(GLPKError) -> Int32 {
        var smcp = glp_smcp()
        glp_init_smcp(&smcp)
        smcp.msg_lev = echoLog ? GLP_MSG_ON : GLP_MSG_ERR
        smcp.presolve = GLP_OFF
        // Scaling and the starting basis take most of a second on a large model (0.6 s on 44,000
        // columns and 700,000 non-zeros) and cannot be interrupted: not begun once time is up or a
        // stop has come, nor is a slice.
        let over = { seconds(since: clock) >= limitSeconds || shouldStop?() == true }
        if over() { return GLP_ETMLIM }
        glp_scale_prob(problem, GLP_SF_AUTO)
        if over() { return GLP_ETMLIM }
        glp_adv_basis(problem, 0)
        if let sliceIterations { smcp.it_lim = Int32(clamping: max(1, sliceIterations)) }
        func simplex() -> Int32 {
            var rc: Int32 = GLP_ETMLIM
            while !over() {
                let left = limitSeconds - seconds(since: clock)
                smcp.tm_lim = Int32(clamping: Int(max(1, min(500, left * 1000))))
                rc = tp_simplex(problem, &smcp, &failed)
                guard failed == 0, rc == GLP_ETMLIM || rc == GLP_EITLIM else { break }
            }
            return rc == GLP_EITLIM ? GLP_ETMLIM : rc
        }
        var rc = simplex()
        if failed == 0, rc == GLP_ESING || rc == GLP_ECOND {
            glp_std_basis(problem)
            smcp.meth = GLP_DUALP
            rc = simplex()
        }
        if failed != 0 { throw .internalError(call: "glp_simplex", log: String(cString: tp_glpk_log())) }
        return rc
    }

    /// Writes the model in CPLEX LP format (keeps names and the objective sense;
    /// the objective constant becomes a column `objective_constant` fixed at 1).
    public static func writeLP(_ model: LinearModel, to path: String) throws(GLPKError) {
        try write(model, to: path, call: "glp_write_lp", tp_write_lp)
    }

    /// Writes the model in free MPS (names may be long). MPS has no objective sense: a maximisation reads back as a minimisation.
    public static func writeMPS(_ model: LinearModel, to path: String) throws(GLPKError) {
        try write(model, to: path, call: "glp_write_mps", tp_write_mps)
    }

    private static func write(_ model: LinearModel, to path: String, call: String,
                              _ writer: (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<Int32>?) -> Int32)
        throws(GLPKError) {
        try validate(model)
        // The LP format cannot state an objective constant (GLPK writes it as a comment):
        // a column fixed at 1 carries it, so every solver reports the same optimum.
        var model = model
        if model.objectiveConstant != 0 || model.rows.isEmpty {
            let constant = model.addVariable("objective_constant", kind: .continuous, lower: 1, upper: 1,
                                             objective: model.objectiveConstant)
            model.objectiveConstant = 0
            // GLPK writes a model without rows as an empty file: one row holds the constant's column.
            if model.rows.isEmpty { model.add(LinearExpression([(constant, 1)]) == 1, name: "objective_constant_is_1") }
        }
        tp_glpk_begin(0)
        let problem = try load(model, scalingRows: false)
        var failed: Int32 = 0
        defer { if failed == 0 { glp_delete_prob(problem) } }
        let rc = writer(problem, path, &failed)
        if failed != 0 { throw .internalError(call: call, log: String(cString: tp_glpk_log())) }
        if rc != 0 { throw .io(path: path, log: String(cString: tp_glpk_log())) }
    }

    // MARK: - Building the GLPK problem

    /// Everything GLPK would abort on, checked in Swift first.
    static func validate(_ model: LinearModel) throws(GLPKError) {
        let count = model.columns.count
        for column in model.columns {
            guard column.lower.isFinite, column.objective.isFinite, column.upper.map({ $0.isFinite }) ?? true
            else { throw .invalidModel("column \(column.name) has a non-finite bound or cost") }
            if let upper = column.upper, upper < column.lower {
                throw .invalidModel("column \(column.name) has upper bound \(upper) below lower bound \(column.lower)")
            }
            if column.kind == .integer, column.lower.rounded() != column.lower || (column.upper.map { $0.rounded() != $0 } ?? false) {
                throw .invalidModel("integer column \(column.name) has a fractional bound")
            }
            if isSubnormal(column.lower) || isSubnormal(column.objective) || column.upper.map(isSubnormal) == true {
                throw .invalidModel("column \(column.name) has a bound or cost too small to compute with (below 1e-300)")
            }
        }
        for row in model.rows {
            for term in row.terms where term.column < 0 || term.column >= count || !term.coefficient.isFinite {
                throw .invalidModel("row \(row.name) refers to column \(term.column) or has a non-finite coefficient")
            }
            // GLPK's scaling aborts on subnormal numbers (measured: a coefficient of 1e-320).
            for term in row.terms where isSubnormal(term.coefficient) {
                throw .invalidModel("row \(row.name) has a coefficient too small to compute with (below 1e-300)")
            }
            if row.lower.map(isSubnormal) == true || row.upper.map(isSubnormal) == true {
                throw .invalidModel("row \(row.name) has a bound too small to compute with (below 1e-300)")
            }
            if let lower = row.lower, let upper = row.upper, upper < lower - 1e-9 {
                throw .invalidModel("row \(row.name) has upper bound \(upper) below lower bound \(lower)")
            }
            if !(row.lower?.isFinite ?? true) || !(row.upper?.isFinite ?? true) {
                throw .invalidModel("row \(row.name) has a non-finite bound")
            }
        }
        if !model.objectiveConstant.isFinite { throw .invalidModel("non-finite objective constant") }
    }

    /// Non-zero but below GLPK's working range (1e-300): subnormal doubles, and tiny normal ones.
    private static func isSubnormal(_ x: Double) -> Bool { x != 0 && abs(x) < 1e-300 }

    /// The model as a GLPK problem. Solved (`scalingRows`), each row whose largest coefficient is
    /// above ``largestUnscaledCoefficient`` is divided by the power of two that brings it into
    /// [1, 2): exact in binary, the same rows, and the same row activities up to that factor. GLPK
    /// scales for its simplex, but branching reads the unscaled simplex table and ignores entries
    /// below 1e-9 (`glp_dual_rtest` in `ios_eval_degrad`): with a budget row of coefficients near
    /// 10^9 the only entry that let a branch run nothing was 2.6e-10, the branch was taken as
    /// infeasible, and a plan 36 % worse than the optimum was called optimal (a tester's case,
    /// fixtures/rules/budget-in-billions.yaml). Written to a file, the model stays as stated.
    static func load(_ model: LinearModel, scalingRows: Bool = true) throws(GLPKError) -> OpaquePointer {
        let problem = glp_create_prob()!
        glp_set_prob_name(problem, GLPKName.sanitized(model.name))
        glp_set_obj_dir(problem, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(problem, 0, model.objectiveConstant)
        if !model.rows.isEmpty { glp_add_rows(problem, Int32(model.rows.count)) }
        if !model.columns.isEmpty { glp_add_cols(problem, Int32(model.columns.count)) }
        let factors = model.rows.map { scalingRows ? rowFactor($0) : 1 }
        for (offset, row) in model.rows.enumerated() {
            let i = Int32(offset + 1)
            glp_set_row_name(problem, i, GLPKName.sanitized(row.name))
            let (type, lower, upper) = boundType(row.lower.map { $0 * factors[offset] }, row.upper.map { $0 * factors[offset] })
            glp_set_row_bnds(problem, i, type, lower, upper)
        }
        for (offset, column) in model.columns.enumerated() {
            let j = Int32(offset + 1)
            glp_set_col_name(problem, j, GLPKName.sanitized(column.name))
            if column.kind != .continuous { glp_set_col_kind(problem, j, column.kind == .binary ? GLP_BV : GLP_IV) }
            let (type, lower, upper) = boundType(column.lower, column.upper)
            glp_set_col_bnds(problem, j, type, lower, upper)
            glp_set_obj_coef(problem, j, column.objective)
        }
        var ia: [Int32] = [0], ja: [Int32] = [0], ar: [Double] = [0]
        let nonZeros = model.nonZeroCount
        ia.reserveCapacity(nonZeros + 1); ja.reserveCapacity(nonZeros + 1); ar.reserveCapacity(nonZeros + 1)
        for (offset, row) in model.rows.enumerated() {
            for term in row.terms {
                ia.append(Int32(offset + 1)); ja.append(Int32(term.column + 1)); ar.append(term.coefficient * factors[offset])
            }
        }
        var failed: Int32 = 0
        _ = tp_load_matrix(problem, Int32(nonZeros), ia, ja, ar, &failed)
        if failed != 0 { throw .internalError(call: "glp_load_matrix", log: String(cString: tp_glpk_log())) }
        return problem
    }

    /// Rows with coefficients up to this are loaded as they are (clique, load and demand rows).
    static let largestUnscaledCoefficient = 65_536.0

    /// The power of two a row is multiplied by when loaded (see ``load(_:scalingRows:)``).
    static func rowFactor(_ row: LinearModel.Row) -> Double {
        let largest = row.terms.reduce(0) { max($0, abs($1.coefficient)) }
        guard largest > largestUnscaledCoefficient, largest.isFinite else { return 1 }
        let factor = 1 / Double(sign: .plus, exponent: largest.exponent, significand: 1)
        // Never down into what GLPK's own scaling aborts on (see `isSubnormal`).
        let smallest = row.terms.lazy.map { abs($0.coefficient) }.filter { $0 > 0 }.min() ?? largest
        return smallest * factor < 1e-280 ? 1 : factor
    }

    private static func boundType(_ lower: Double?, _ upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): return (GLP_FR, 0, 0)
        case let (l?, nil): return (GLP_LO, l, 0)
        case let (nil, u?): return (GLP_UP, 0, u)
        case let (l?, u?): return l == u ? (GLP_FX, l, u) : (GLP_DB, l, u)
        }
    }

    /// The offered incumbent if it is integral, within bounds and breaks no row;
    /// GLPK does not check what `glp_ios_heur_sol` receives.
    private static func usable(_ values: [Double]?, in model: LinearModel) -> [Double]? {
        guard let values, values.count == model.columns.count else { return nil }
        for (column, value) in zip(model.columns, values) {
            if value < column.lower - 1e-9 || value > (column.upper ?? .infinity) + 1e-9 { return nil }
            if column.kind != .continuous, value.rounded() != value { return nil }
        }
        return model.violatedRows(values).isEmpty ? values : nil
    }

    /// GLPK's `tm_lim` for a time in seconds, saturating (a limit of 1e16 s would trap in `Int`).
    static func milliseconds(_ seconds: Double) -> Int32 {
        guard seconds.isFinite else { return seconds > 0 ? Int32.max : 1 }
        return Int32(max(1, min(Double(Int32.max), (seconds * 1000).rounded(.up))))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// State the C callback reaches through `cb_info`; used on the solving thread only.
    private final class SearchMonitor {
        let start: ContinuousClock.Instant
        let progress: ((SearchProgress) -> Void)?
        let shouldStop: (() -> Bool)?
        let sense: Double
        var initialSolution: [Double]?
        var bound: Double?
        var nodes = 0
        let nodeLimit: Int?
        var lastReport: Double = 0
        var improvements: [MIPSolution.Improvement] = []
        /// GLPK column numbers (1-based) to branch on first.
        let branchFirst: [Int32]
        /// GLPK column numbers and weights to branch on next.
        let branchNext: [(column: Int32, weight: Double)]
        /// Where offers come from and incumbents go, and the model to check offers against.
        let exchange: (IncumbentExchange, LinearModel)?
        /// Rows to separate group covers on (``CutFamilies/groupCover``), with the column count.
        var knapsacks: [GroupedKnapsack] = []
        var columnCount = 0
        var coverDepth: Int? = 0
        /// ``MIPOptions/restartShare``, and what it needs: the binary columns, the root LP's value and
        /// its positive reduced costs at zero, largest first; the columns to fix once it is reached.
        var restartShare: Double?
        var restartBeforeClosed: Double?
        var binaryColumns: [Int32] = []
        var rootObjective: Double?
        var rootReducedCosts: [(column: Int, cost: Double)] = []
        /// The model's row count (GLPK's cut rows come after) and the root's cut rows.
        var modelRows = 0
        var rootCuts: [LinearModel.Row] = []
        /// ``LinearModel/objectiveStep`` and the objective's constant; set once a bound within one
        /// step of the incumbent has proven it optimal (and the search was stopped for it).
        var objectiveStep: Double?
        var objectiveConstant = 0.0
        var provenByStep = false
        var restartCheckedAt: Double?
        var restartColumns: [Int]?

        init(start: ContinuousClock.Instant, progress: ((SearchProgress) -> Void)?,
             shouldStop: (() -> Bool)?, sense: Double, initialSolution: [Double]?, branchFirst: [Int32],
             branchNext: [(column: Int32, weight: Double)], exchange: (IncumbentExchange, LinearModel)?,
             nodeLimit: Int?) {
            self.nodeLimit = nodeLimit
            self.branchFirst = branchFirst
            self.branchNext = branchNext
            self.exchange = exchange
            self.start = start
            self.progress = progress
            self.shouldStop = shouldStop
            self.sense = sense
            self.initialSolution = initialSolution
        }
    }

    /// Adds to GLPK's cut pool each declared knapsack's cover that the node's LP point violates
    /// (GLPK calls back again after each round it adds).
    private static func addGroupCovers(_ tree: OpaquePointer, _ monitor: SearchMonitor) {
        let problem = glp_ios_get_prob(tree)
        let values = (0..<monitor.columnCount).map { glp_get_col_prim(problem, Int32($0 + 1)) }
        for knapsack in monitor.knapsacks {
            guard let cover = knapsack.violatedCover(at: values) else { continue }
            var indices: [Int32] = [0] + cover.columns.map { Int32($0 + 1) }
            var coefficients: [Double] = [0] + Array(repeating: 1, count: cover.columns.count)
            var limit = Double(cover.limit)
            if let on = cover.switchColumn {
                indices.append(Int32(on + 1))
                coefficients.append(-limit)
                limit = 0
            }
            _ = glp_ios_add_row(tree, nil, 0, 0, Int32(indices.count - 1), &indices, &coefficients, GLP_UP, limit)
        }
    }

    private static let searchCallback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        let monitor = Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue()
        if glp_ios_reason(tree) == GLP_IHEUR, let solution = monitor.initialSolution {
            monitor.initialSolution = nil
            var vector = [0.0] + solution
            _ = glp_ios_heur_sol(tree, &vector)
        }
        if glp_ios_reason(tree) == GLP_IHEUR, let (exchange, model) = monitor.exchange, let offer = exchange.takeOffer() {
            let problem = glp_ios_get_prob(tree)
            let status = glp_mip_status(problem)
            let incumbent = (status == GLP_FEAS || status == GLP_OPT) ? glp_mip_obj_val(problem) : nil
            if incumbent.map({ monitor.sense * (offer.objective - $0) < -1e-9 * max(1, abs($0)) }) ?? true,
               let values = usable(offer.values, in: model) {
                var vector = [0.0] + values
                _ = glp_ios_heur_sol(tree, &vector)
            }
        }
        if glp_ios_reason(tree) == GLP_ICUTGEN, !monitor.knapsacks.isEmpty,
           monitor.coverDepth.map({ glp_ios_node_level(tree, glp_ios_curr_node(tree)) <= $0 }) ?? true {
            addGroupCovers(tree, monitor)
        }
        if glp_ios_reason(tree) == GLP_IBRANCH, monitor.restartShare != nil, monitor.rootObjective == nil,
           glp_ios_node_level(tree, glp_ios_curr_node(tree)) == 0 {
            recordRoot(tree, monitor)
        }
        if glp_ios_reason(tree) == GLP_IBRANCH, !monitor.branchFirst.isEmpty || !monitor.branchNext.isEmpty {
            // The most fractional of the first columns, else the best-scored next column;
            // GLPK chooses among the rest.
            let problem = glp_ios_get_prob(tree)
            func distance(_ j: Int32) -> Double {
                let value = glp_get_col_prim(problem, j)
                return min(value - value.rounded(.down), value.rounded(.up) - value)
            }
            var chosen: (column: Int32, score: Double)?
            for j in monitor.branchFirst where glp_ios_can_branch(tree, j) != 0 {
                let score = distance(j)
                if chosen.map({ score > $0.score }) ?? true { chosen = (j, score) }
            }
            if chosen == nil {
                for (j, weight) in monitor.branchNext where glp_ios_can_branch(tree, j) != 0 {
                    let score = weight * distance(j)
                    if chosen.map({ score > $0.score }) ?? true { chosen = (j, score) }
                }
            }
            if let chosen {
                let value = glp_get_col_prim(problem, chosen.column)
                glp_ios_branch_upon(tree, chosen.column, value - value.rounded(.down) >= 0.5 ? GLP_UP_BRNCH : GLP_DN_BRNCH)
            }
        }
        let best = glp_ios_best_node(tree)
        // A node whose LP is not solved yet has the bound ∓DBL_MAX: no bound, not a number to show.
        if best != 0, abs(glp_ios_node_bound(tree, best)) < .greatestFiniteMagnitude {
            let nodeBound = glp_ios_node_bound(tree, best)
            if let known = monitor.bound {
                monitor.bound = monitor.sense > 0 ? max(known, nodeBound) : min(known, nodeBound)
            } else {
                monitor.bound = nodeBound
            }
        }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        monitor.nodes = Int(total)
        let elapsed = seconds(since: monitor.start)
        // A better incumbent (from any source: branching, GLPK's heuristics, the offered start)?
        let incumbentStatus = glp_mip_status(glp_ios_get_prob(tree))
        if incumbentStatus == GLP_FEAS || incumbentStatus == GLP_OPT {
            let value = glp_mip_obj_val(glp_ios_get_prob(tree))
            if monitor.improvements.last.map({ monitor.sense * (value - $0.objective) < -1e-9 * max(1, abs($0.objective)) }) ?? true {
                monitor.improvements.append(MIPSolution.Improvement(seconds: elapsed, objective: value))
                if let (exchange, model) = monitor.exchange {
                    let problem = glp_ios_get_prob(tree)
                    exchange.publish((0..<model.columns.count).map { glp_mip_col_val(problem, Int32($0 + 1)) }, objective: value)
                }
            }
        }
        if let progress = monitor.progress, elapsed - monitor.lastReport >= 1 {
            monitor.lastReport = elapsed
            let problem = glp_ios_get_prob(tree)
            let status = glp_mip_status(problem)
            let incumbent = (status == GLP_FEAS || status == GLP_OPT) ? glp_mip_obj_val(problem) : nil
            progress(SearchProgress(elapsed: elapsed, incumbent: incumbent, bound: monitor.bound, nodes: monitor.nodes))
        }
        if monitor.shouldStop?() == true || monitor.nodeLimit.map({ monitor.nodes > $0 }) == true { glp_ios_terminate(tree) }
        // The bound, rounded to the objective's step, reaches the incumbent: nothing better exists. Only
        // where a step is well above the LP's own tolerance (1e-7 of the objective), so that rounding
        // never turns the bound's error into a proof.
        if let step = monitor.objectiveStep, let bound = monitor.bound, incumbentStatus == GLP_FEAS || incumbentStatus == GLP_OPT,
           case let incumbent = glp_mip_obj_val(glp_ios_get_prob(tree)), step >= 1e-6 * max(1, abs(incumbent)) {
            let units = (bound - monitor.objectiveConstant) / step
            let reachable = monitor.objectiveConstant + step * (monitor.sense > 0 ? (units - 1e-6).rounded(.up) : (units + 1e-6).rounded(.down))
            if monitor.sense * (reachable - incumbent) >= -1e-9 * max(1, abs(incumbent)) {
                monitor.provenByStep = true
                glp_ios_terminate(tree)
            }
        }
        if incumbentStatus == GLP_FEAS || incumbentStatus == GLP_OPT, monitor.restartColumns == nil,
           let fixed = restartColumns(monitor, incumbent: glp_mip_obj_val(glp_ios_get_prob(tree))) {
            monitor.restartColumns = fixed
            glp_ios_terminate(tree)
        }
    }

    /// The root LP's value and the positive reduced costs of the binary columns at zero in it,
    /// once GLPK is done with the root's cuts and asks for a branch.
    private static func recordRoot(_ tree: OpaquePointer, _ monitor: SearchMonitor) {
        let problem = glp_ios_get_prob(tree)
        monitor.rootObjective = glp_get_obj_val(problem)
        monitor.rootReducedCosts = monitor.binaryColumns.compactMap { j in
            let cost = monitor.sense * glp_get_col_dual(problem, j)
            return glp_get_col_prim(problem, j) < 1e-9 && cost > 0 ? (Int(j) - 1, cost) : nil
        }.sorted { $0.cost > $1.cost }
        let rows = Int(glp_get_num_rows(problem))
        guard rows > monitor.modelRows else { return }
        let columns = Int(glp_get_num_cols(problem))
        var indices = [Int32](repeating: 0, count: columns + 1)
        var values = [Double](repeating: 0, count: columns + 1)
        monitor.rootCuts = (monitor.modelRows + 1...rows).compactMap { i -> LinearModel.Row? in
            let row = Int32(i)
            let count = Int(glp_get_mat_row(problem, row, &indices, &values))
            let type = glp_get_row_type(problem, row)
            guard count > 0, type == GLP_UP || type == GLP_LO || type == GLP_DB || type == GLP_FX else { return nil }
            return LinearModel.Row(name: "cut[\(i - monitor.modelRows)]",
                                   terms: (1...count).map { (Int(indices[$0]) - 1, values[$0]) },
                                   lower: type == GLP_UP ? nil : glp_get_row_lb(problem, row),
                                   upper: type == GLP_LO ? nil : glp_get_row_ub(problem, row))
        }
    }

    /// The columns no solution better than `incumbent` sets to 1, when they are at least
    /// ``MIPOptions/restartShare`` of the binary columns (checked once per incumbent value), and
    /// the tree has not yet closed ``MIPOptions/restartBeforeClosed`` of the root's gap.
    private static func restartColumns(_ monitor: SearchMonitor, incumbent: Double) -> [Int]? {
        guard let share = monitor.restartShare, let root = monitor.rootObjective,
              monitor.restartCheckedAt != incumbent else { return nil }
        monitor.restartCheckedAt = incumbent
        let gap = monitor.sense * (incumbent - root)
        if let closed = monitor.restartBeforeClosed, let bound = monitor.bound, gap > 0, monitor.sense * (bound - root) > closed * gap {
            return nil
        }
        let margin = gap + max(1e-6, 1e-9 * abs(incumbent))
        let count = monitor.rootReducedCosts.firstIndex { $0.cost <= margin } ?? monitor.rootReducedCosts.count
        guard count > 0, Double(count) >= share * Double(monitor.binaryColumns.count) else { return nil }
        return monitor.rootReducedCosts[..<count].map(\.column)
    }
}
