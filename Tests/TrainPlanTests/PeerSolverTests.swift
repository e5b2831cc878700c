import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// `bench --peers`: other solvers on the exported model, their solutions read back and verified.
/// A peer that is not installed is skipped, and the skip says how to install it.
@Suite struct PeerSolverTests {
    static let fixtures = ["rules/cohort-clash.yaml", "pekalongan-2023"]

    @Test(.enabled(if: PeerSolver.cbc.isInstalled, "CBC is not installed: apt-get install coinor-cbc"), arguments: fixtures)
    func cbcPlanIsReadBackAndVerified(fixture: String) throws { try peerFindsTheOptimum(.cbc, fixture: fixture) }

    @Test(.enabled(if: PeerSolver.glpsol.isInstalled, "glpsol is not installed: apt-get install glpk-utils"), arguments: fixtures)
    func glpsolPlanIsReadBackAndVerified(fixture: String) throws { try peerFindsTheOptimum(.glpsol, fixture: fixture) }

    @Test(.enabled(if: PeerSolver.highs.isInstalled, "HiGHS is not installed: pip install highspy"), arguments: fixtures)
    func highsPlanIsReadBackAndVerified(fixture: String) throws { try peerFindsTheOptimum(.highs, fixture: fixture) }

    func peerFindsTheOptimum(_ peer: PeerSolver, fixture: String) throws {
        let scenario = try ScenarioLoader.load(path: FixtureTests.root.appendingPathComponent(fixture).path).scenario
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60)))
        try #require(plan.status == .optimal)
        let expected = try #require(plan.objective)
        let outcome = try #require(PeerReadback.solve(scenario, peers: [peer], timeLimit: 60).first)
        #expect(outcome.status == "optimal", "\(peer): \(outcome.status) \(outcome.failure ?? "")")
        #expect(outcome.verified && outcome.failure == nil, "\(peer): \(outcome.failure ?? "")")
        let objective = try #require(outcome.objective)
        #expect(abs(objective - expected) <= 1e-6 * max(1, expected), "\(peer) \(objective), trainplan \(expected)")
    }

    /// A missing peer is a row that says so, never a failure or a crash.
    @Test func missingPeerIsReportedNotRun() {
        let run = PeerSolver.cbc.solve(model: "/nonexistent/model.lp", seconds: 1,
                                       in: FileManager.default.temporaryDirectory)
        if PeerSolver.cbc.isInstalled {
            #expect(run.status != "missing")
        } else {
            #expect(run.status == "missing" && run.failure?.contains("apt-get install coinor-cbc") == true)
        }
    }

    @Test func namesAsTheLPFileWritesThem() {
        var model = LinearModel(name: "names")
        model.addVariable("run[C-1,2023-01-02,mon-wed,s1]", kind: .binary)
        model.addVariable("1st", kind: .binary)
        model.addVariable("teach[Ibu Sri,Α]", kind: .binary)
        model.addVariable(".x", kind: .binary)
        #expect(model.lpFileColumnNames == ["run(C~1,2023~01~02,mon~wed,s1)", "x_2", "x_3", "x_4"])
    }

    @Test func readsCBCSolution() {
        let text = """
            Stopped on time - objective value 1234.5
                  0 run(A)                 1                       0
            **    3 host(A,V)              1                    12.5
            """
        let run = PeerSolutionReader.read(text, of: .cbc)
        #expect(run.status == "feasible")
        #expect(run.values == ["run(A)": 1, "host(A,V)": 1])
        #expect(PeerSolutionReader.read("Infeasible - objective value 0\n", of: .cbc).status == "infeasible")
    }

    @Test func readsGlpsolReportWithWrappedNames() {
        let text = """
            Problem:    x
            Status:     INTEGER NON-OPTIMAL
            Objective:  obj = 10 (MINimum)

               No.   Row name        Activity     Lower bound   Upper bound
            ------ ------------    ------------- ------------- -------------
                 1 r_1                         1             1             =

               No. Column name       Activity     Lower bound   Upper bound
            ------ ------------    ------------- ------------- -------------
                 1 short        *              1             0             1
                 2 run(a_very_long_course,2023~01~02)
                                *              0             0             1
                 3 teach(a_very_long_course,X)
                                *              1             0             1

            Integer feasibility conditions:
            """
        let run = PeerSolutionReader.read(text, of: .glpsol)
        #expect(run.status == "feasible")
        #expect(run.values == ["short": 1, "run(a_very_long_course,2023~01~02)": 0, "teach(a_very_long_course,X)": 1])
    }

    @Test func readsHighsScriptOutput() {
        let run = PeerSolutionReader.read("status Time_limit_reached\nsolution 2\ncol run(A) 1.0\ncol x_4 0.9999999\n", of: .highs)
        #expect(run.status == "feasible")
        #expect(run.values?["x_4"] == 0.9999999)
        #expect(PeerSolutionReader.read("status Time_limit_reached\nsolution 0\n", of: .highs).status == "unknown")
    }
}
