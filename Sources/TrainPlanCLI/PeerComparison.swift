import Foundation
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// `bench --peers`: trainplan's row beside each peer's on the same scenario (see ``PeerReadback``).
enum PeerComparison {
    /// One solver on one scenario.
    struct Row: Codable, Sendable {
        var scenario: String
        var solver: String
        var status: String
        /// The objective of the plan, as the verifier computes it.
        var objective: Double?
        var seconds: Double?
        var verified: Bool
        var failure: String?
        /// trainplan's seconds and objective divided by this peer's (nil on trainplan's own row).
        var timeRatio: Double?
        var objectiveRatio: Double?
    }

    static func compare(_ scenario: Scenario, label: String, trainplan: BenchResult, peers: [PeerSolver],
                        timeLimit: Double) -> [Row] {
        let own = Row(scenario: label, solver: "trainplan", status: trainplan.status, objective: trainplan.objective,
                      seconds: trainplan.totalSeconds, verified: trainplan.verified, failure: trainplan.failure)
        var rows = [own] + PeerReadback.solve(scenario, peers: peers, timeLimit: timeLimit).map { outcome in
            var row = Row(scenario: label, solver: outcome.solver.rawValue, status: outcome.status, objective: outcome.objective,
                          seconds: outcome.seconds, verified: outcome.verified, failure: outcome.failure)
            if let mine = trainplan.totalSeconds, let theirs = row.seconds, theirs > 0 { row.timeRatio = mine / theirs }
            if let mine = trainplan.objective, let theirs = row.objective, theirs != 0 { row.objectiveRatio = mine / theirs }
            return row
        }
        for index in ProofComparison.refuted(rows.map(claim)) { rows[index].status = refutedStatus }
        return rows
    }

    /// The status of a row whose "optimal" a cheaper verified plan on the same scenario disproves.
    static let refutedStatus = "refuted"

    /// A row as a claim to judge: a proof only with a verified plan.
    static func claim(_ row: Row) -> ProofComparison.Claim {
        let planHolds = row.verified && row.failure == nil
        return ProofComparison.Claim(proved: row.status == "optimal" && planHolds,
                                     objective: planHolds ? row.objective : nil, seconds: row.seconds)
    }

    /// trainplan's time to a proof against the fastest peer's, on one scenario's rows (trainplan's first).
    static func proofRatio(_ rows: [Row]) -> ProofComparison.Ratio {
        guard let own = rows.first else { return .noPeerProof }
        return ProofComparison.ratio(trainplan: claim(own), peers: rows.dropFirst().map(claim))
    }

    /// "2.34, 0.87, 0.76 (median 0.87)": a family's ratios, scenario by scenario.
    static func proofSummary(_ ratios: [ProofComparison.Ratio]) -> String {
        let each = ratios.map { ratio -> String in
            switch ratio {
            case .ratio(let value): return String(format: "%.2f", value)
            case .trainplanUnproven: return "unproven"
            case .noPeerProof: return "no peer proof"
            }
        }
        let median = ProofComparison.median(ratios).map { String(format: "%.2f", $0) } ?? "-"
        return each.joined(separator: ", ") + " (median \(median))"
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
        if row.status == "missing" {
            check = "skipped: " + (row.failure ?? "")
        } else if row.verified && row.failure == nil {
            check = "ok"
        } else {
            check = "FAIL: " + (row.failure ?? "plan rejected")
        }
        return [row.scenario, row.solver, row.status, BenchTable.money(row.objective), BenchTable.time(row.seconds), check,
                row.timeRatio.map { String(format: "%.2f", $0) } ?? "-",
                row.objectiveRatio.map { String(format: "%.4f", $0) } ?? "-"]
    }
}
