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
        func elapsed() -> Double {
            let d = ContinuousClock.now - clock
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        let limitSeconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) * 1e-18
        tp_glpk_begin(0)
        let problem = try load(model)
        var failed: Int32 = 0
        defer { if failed == 0 { glp_delete_prob(problem) } }
        var smcp = glp_smcp()
        glp_init_smcp(&smcp)
        smcp.msg_lev = GLP_MSG_ERR
        smcp.presolve = GLP_OFF
        glp_scale_prob(problem, GLP_SF_AUTO)
        glp_adv_basis(problem, 0)
        func simplex() -> Int32 {
            var rc: Int32
            repeat {
                smcp.tm_lim = Int32(clamping: Int(max(1, min(500, (limitSeconds - elapsed()) * 1000))))
                rc = tp_simplex(problem, &smcp, &failed)
            } while failed == 0 && rc == GLP_ETMLIM && elapsed() < limitSeconds && shouldStop?() != true
            return rc
        }
        var rc = simplex()
        if failed == 0, rc == GLP_ESING || rc == GLP_ECOND {
            glp_std_basis(problem)
            smcp.meth = GLP_DUALP
            rc = simplex()
        }
        if failed != 0 { throw .internalError(call: "glp_simplex", log: String(cString: tp_glpk_log())) }
        guard rc == 0, glp_get_status(problem) == GLP_OPT else { return nil }
        return glp_get_obj_val(problem)
    }
}
