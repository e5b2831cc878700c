import CTrainplanGLPK

extension GLPKSolver {
    /// The optimum of the model's LP relaxation (integrality dropped): a proven bound on
    /// the integer optimum (below it when minimising). `nil` when the simplex stops at the
    /// time limit or a stop request, or the relaxation has no optimum.
    ///
    /// Like ``solve(_:options:initialSolution:progress:shouldStop:)`` the simplex runs in
    /// slices of at most half a second, so that `shouldStop` is seen; it may be called from
    /// any thread (each thread has its own GLPK environment).
    public static func relaxationBound(_ model: LinearModel, timeLimit: Duration,
                                       shouldStop: (() -> Bool)? = nil) throws(GLPKError) -> Double? {
        try validate(model)
        if model.columns.isEmpty { return model.violatedRows([]).isEmpty ? model.objectiveConstant : nil }
        let clock = ContinuousClock.now
        let limitSeconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) * 1e-18
        tp_glpk_begin(0)
        let problem = try load(model)
        var failed: Int32 = 0
        defer { if failed == 0 { glp_delete_prob(problem) } }
        let rc = try solveRelaxation(problem, echoLog: false, limitSeconds: limitSeconds, clock: clock,
                                     failed: &failed, shouldStop: shouldStop)
        guard rc == 0, glp_get_status(problem) == GLP_OPT else { return nil }
        return glp_get_obj_val(problem)
    }
}
