import Foundation
import GLPK
import TrainPlanCore

/// The whole ``Formulation`` of a scenario exported as an LP file, solved by peer solvers, and
/// each solution read back into assignments and judged by ``PlanVerifier`` (`bench --peers`).
public enum PeerReadback {
    /// What one peer made of the model.
    public struct Outcome: Sendable {
        public var solver: PeerSolver
        /// `optimal` or `feasible` as the peer says, `infeasible`, `unknown`, `missing` (not installed), `error`.
        public var status: String
        /// The objective of the plan read back, as the verifier computes it (the contract's).
        public var objective: Double?
        /// Wall-clock seconds of the peer's process (reading the file included); nil when missing.
        public var seconds: Double?
        /// The plan read back passed the verifier (true when there was no plan to judge).
        public var verified: Bool
        public var failure: String?
    }

    public static func solve(_ scenario: Scenario, peers: [PeerSolver], timeLimit: Double) -> [Outcome] {
        let formulation = Formulation(candidates: Candidates(scenario: scenario))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-peers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.lp").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try GLPKSolver.writeLP(formulation.model, to: model)
        } catch {
            return peers.map { Outcome(solver: $0, status: "error", verified: false, failure: "cannot export the model: \(error)") }
        }
        let names = formulation.model.lpFileColumnNames
        return peers.map { peer in
            let run = peer.solve(model: model, seconds: timeLimit, in: folder)
            var outcome = Outcome(solver: peer, status: run.status, seconds: run.status == "missing" ? nil : run.seconds,
                                  verified: run.values == nil, failure: run.failure)
            guard let values = run.values else { return outcome }
            let vector = names.map { values[$0] ?? 0 }
            // Judged as a feasible plan: the peer's "optimal" is its own claim, shown in the status.
            let plan = PlanAssembler.plan(scenario, assignments: formulation.assignments(from: vector),
                                          status: .feasible, bound: nil, reasons: [:])
            let report = PlanVerifier.verify(plan, against: scenario)
            outcome.verified = report.isValid
            outcome.objective = report.evaluation?.objective
            if !report.isValid {
                outcome.failure = "\(report.violations.count) violations: \(report.violations.first?.description ?? "")"
            } else if let broken = formulation.model.violatedRows(vector.map { $0.rounded() }).first {
                // The plan is valid, but the read-back lost part of the solution (a name not matched).
                outcome.verified = false
                outcome.failure = "the solution read back breaks row \(broken)"
            }
            return outcome
        }
    }
}
