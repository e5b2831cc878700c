import Foundation
import GLPK
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// `bench --peers`: the model trainplan solves, exported as LP and given to other solvers
/// with the same time limit; each peer's solution read back into assignments and verified.
enum PeerComparison {
    /// One solver on one scenario.
    struct Row: Codable, Sendable {
        var scenario: String
        var solver: String
        var status: String
        /// The objective of the plan read back, as the verifier computes it.
        var objective: Double?
        var seconds: Double?
        var verified: Bool
        var failure: String?
        /// trainplan's seconds and objective divided by this peer's (nil on trainplan's own row).
        var timeRatio: Double?
        var objectiveRatio: Double?
    }

    /// The peer rows for one scenario, beside trainplan's own result on it.
    static func compare(_ scenario: Scenario, label: String, trainplan: BenchResult, peers: [PeerSolver],
                        timeLimit: Double) -> [Row] {
        var rows = [Row(scenario: label, solver: "trainplan", status: trainplan.status, objective: trainplan.objective,
                        seconds: trainplan.totalSeconds, verified: trainplan.verified, failure: trainplan.failure)]
        let formulation = Formulation(candidates: Candidates(scenario: scenario))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-peers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.lp").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try GLPKSolver.writeLP(formulation.model, to: model)
        } catch {
            return rows + peers.map { Row(scenario: label, solver: $0.rawValue, status: "error", verified: false,
                                          failure: "cannot export the model: \(error)") }
        }
        let names = formulation.model.lpFileColumnNames
        for peer in peers {
            let run = peer.solve(model: model, seconds: timeLimit, in: folder)
            var row = Row(scenario: label, solver: peer.rawValue, status: run.status, seconds: run.status == "missing" ? nil : run.seconds,
                          verified: run.status == "missing" || run.values == nil, failure: run.failure)
            if let values = run.values {
                let vector = names.map { values[$0] ?? 0 }
                let plan = PlanAssembler.plan(scenario, assignments: formulation.assignments(from: vector),
                                              status: run.status == "optimal" ? .optimal : .feasible, bound: nil, reasons: [:])
                let report = PlanVerifier.verify(plan, against: scenario)
                row.verified = report.isValid
                row.objective = report.evaluation?.objective
                if !report.isValid {
                    row.failure = "\(report.violations.count) violations: \(report.violations.first?.description ?? "")"
                } else if let broken = formulation.model.violatedRows(vector.map { $0.rounded() }).first {
                    // The verifier judges the plan; a broken row means the read-back lost something.
                    row.verified = false
                    row.failure = "the solution read back breaks row \(broken)"
                }
            }
            if let mine = trainplan.totalSeconds, let theirs = row.seconds, theirs > 0 { row.timeRatio = mine / theirs }
            if let mine = trainplan.objective, let theirs = row.objective, theirs != 0 { row.objectiveRatio = mine / theirs }
            rows.append(row)
        }
        return rows
    }

    /// The scenario a bench job runs: generated from its family and seed, or read from its file.
    static func scenario(family: String, seed: UInt64?, path: String?) -> Scenario? {
        if let seed, let family = ScenarioFamily(rawValue: family) { return ScenarioGenerator.generate(family, seed: seed).scenario }
        guard let path else { return nil }
        return try? ScenarioLoader.load(path: path).scenario
    }

    static let header = ["scenario", "solver", "status", "objective", "seconds", "check", "time ratio", "objective ratio"]

    static func cells(_ row: Row) -> [String] {
        let check: String
        if row.status == "missing" { check = "skipped: " + (row.failure ?? "") }
        else if row.verified && row.failure == nil { check = "ok" }
        else { check = "FAIL: " + (row.failure ?? "plan rejected") }
        return [row.scenario, row.solver, row.status, BenchTable.money(row.objective), BenchTable.time(row.seconds), check,
                row.timeRatio.map { String(format: "%.2f", $0) } ?? "-",
                row.objectiveRatio.map { String(format: "%.4f", $0) } ?? "-"]
    }
}
