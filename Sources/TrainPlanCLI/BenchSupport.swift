import ArgumentParser
import Foundation
import GLPK
import TrainPlanReport
import TrainPlanSolver

extension TrainingPlanner.Strategy.Search: ExpressibleByArgument {}

/// A named way to run the solver: a planner strategy and GLPK options.
///
/// Names combine with `+`: `no-star+all-cuts`. Known parts: `default`, `star`,
/// `no-star`, `no-fit` (without the fit and teaches rows), `all-cuts`, `no-cuts`, `gomory`, `mir`, `cover`, `clique`, `knapsack`,
/// `covers=D` (knapsack covers down to tree level D, -1 every node), `presolve`, `dth` / `mfv` (Driebeck-Tomlin / most-fractional branching on the whole model,
/// instead of by size), `gap=F` (stop at this relative gap), `time=S` (this time limit instead of
/// `--time-limit`, e.g. to compare 60 s with 600 s in one table), `whole` (one model of
/// every course), `lns` (the neighbourhood search from the greedy plan), `no-restart` (no restart
/// on a smaller model, see ``TrainingPlanner/Strategy/restarts``), `restart-closed=F` (no restart
/// once the tree has closed this share of its root's gap; 1: whatever it has closed) and
/// `no-carry` (a restart starts without the earlier roots' cuts).
struct BenchConfig: Sendable, Hashable {
    var name: String
    var strategy = TrainingPlanner.Strategy()
    var options = MIPOptions()
    /// Seconds, overriding `--time-limit`.
    var timeLimit: Double?

    static let parts = ["default", "star", "no-star", "no-fit", "all-cuts", "no-cuts", "gomory", "mir", "cover", "clique",
                        "knapsack", "covers=D", "presolve", "dth", "mfv", "gap=F", "time=S", "whole", "lns", "no-restart",
                        "restart-closed=F", "no-carry"]

    /// nil, with the offending part, when a part is unknown.
    static func parse(_ name: String) -> Result<BenchConfig, BenchError> {
        var config = BenchConfig(name: name)
        for raw in name.split(separator: "+") {
            let part = raw.trimmingCharacters(in: .whitespaces).lowercased()
            switch part {
            case "default", "": break
            case "star": config.strategy.starCliques = true
            case "no-star": config.strategy.starCliques = false
            case "no-fit": config.strategy.fitRows = false
            case "all-cuts": config.options.cuts = .all
            case "no-cuts": config.options.cuts = []
            case "gomory": config.options.cuts.insert(.gomory)
            case "mir": config.options.cuts.insert(.mixedIntegerRounding)
            case "cover": config.options.cuts.insert(.cover)
            case "clique": config.options.cuts.insert(.clique)
            case "knapsack": config.options.cuts.insert(.groupCover)
            case "presolve": config.options.presolve = true
            case "dth": config.strategy.branching = .driebeckTomlin
            case "mfv": config.strategy.branching = .mostFractional
            case "whole": config.strategy.search = .whole
            case "lns": config.strategy.search = .neighbourhoods
            case "no-restart": config.strategy.restarts = false
            case "no-carry": config.strategy.carriesCuts = false
            default:
                if part.hasPrefix("gap="), let gap = Double(part.dropFirst(4)), (0..<1).contains(gap) {
                    config.options.relativeGap = gap
                } else if part.hasPrefix("restart-closed="), let share = Double(part.dropFirst(15)), share > 0, share <= 1 {
                    config.strategy.restartBeforeClosed = share < 1 ? share : nil
                } else if part.hasPrefix("covers="), let depth = Int(part.dropFirst(7)) {
                    config.options.coverDepth = depth < 0 ? nil : depth
                } else if part.hasPrefix("time="), let seconds = Double(part.dropFirst(5)), seconds > 0, seconds <= TimeLimit.maximumSeconds {
                    config.timeLimit = seconds
                } else if let range = Self.ranges.first(where: { part.hasPrefix($0.key) }) {
                    // A known part with a value out of its range says the range, not "unknown".
                    return .failure(BenchError("configuration part \"\(part)\" in \"\(name)\": \(range.key) takes \(range.range)"))
                } else {
                    return .failure(BenchError("unknown configuration part \"\(part)\" in \"\(name)\"; known: \(parts.joined(separator: ", "))"))
                }
            }
        }
        return .success(config)
    }
}

extension BenchConfig {
    /// The parts that take a value, and what they take.
    static let ranges: [(key: String, range: String)] = [
        ("gap=", "a relative gap from 0 up to (not including) 1, such as gap=0.01"),
        ("time=", "seconds above 0, at most a year, such as time=30"),
        ("restart-closed=", "a share above 0, at most 1, such as restart-closed=0.5"),
        ("covers=", "a whole depth, such as covers=2 (below 0: at every node)"),
    ]
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// One solver run on one scenario, as `bench` records it (JSON for tracking over time).
struct BenchResult: Codable, Sendable {
    var scenario: String
    /// `city`, `province`, ... for generated scenarios; the file name for others.
    var family: String
    var seed: UInt64?
    var config: String
    var status: String
    var objective: Double?
    var bound: Double?
    var gap: Double?
    /// Relative distance to the best objective any configuration reached on this scenario in this run.
    var gapToBest: Double?
    var firstPlanSeconds: Double?
    var bestPlanSeconds: Double?
    var totalSeconds: Double?
    var buildSeconds: Double?
    var loadSeconds: Double?
    var peakMemoryMB: Double?
    var variables: Int?
    var rows: Int?
    var nonZeros: Int?
    var nodes: Int?
    /// The plan passed ``PlanVerifier`` (a plan-less status counts as verified when nothing was claimed).
    var verified: Bool
    /// Why the run failed: a verifier violation, a crash, a timeout.
    var failure: String?

    var buildShare: Double? {
        guard let buildSeconds, let totalSeconds, totalSeconds > 0 else { return nil }
        return buildSeconds / totalSeconds
    }
}

/// What `bench --json` writes.
struct BenchReport: Codable {
    var format = "trainplan-bench/1"
    var command: String
    var date: String
    var timeLimitSeconds: Double
    var results: [BenchResult]
    var medians: [BenchMedian]
    /// `--peers`: trainplan and each peer per scenario.
    var peers: [PeerComparison.Row]?
}

struct BenchMedian: Codable {
    var family: String
    var config: String
    var runs: Int
    var optimal: Int
    var failures: Int
    var gap: Double?
    var gapToBest: Double?
    var firstPlanSeconds: Double?
    var bestPlanSeconds: Double?
    var totalSeconds: Double?
    var buildShare: Double?
    var peakMemoryMB: Double?

    static func of(_ results: [BenchResult]) -> [BenchMedian] {
        var keys: [(String, String)] = []
        for r in results where !keys.contains(where: { $0 == (r.family, r.config) }) { keys.append((r.family, r.config)) }
        return keys.map { family, config in
            let rows = results.filter { $0.family == family && $0.config == config }
            return BenchMedian(family: family, config: config, runs: rows.count,
                               optimal: rows.filter { $0.status == "optimal" }.count,
                               failures: rows.filter { !$0.verified || $0.failure != nil }.count,
                               gap: median(rows.map(\.gap)), gapToBest: median(rows.map(\.gapToBest)),
                               firstPlanSeconds: median(rows.map(\.firstPlanSeconds)),
                               bestPlanSeconds: median(rows.map(\.bestPlanSeconds)),
                               totalSeconds: median(rows.map(\.totalSeconds)), buildShare: median(rows.map(\.buildShare)),
                               peakMemoryMB: median(rows.map(\.peakMemoryMB)))
        }
    }

    /// The median of the known values (the mean of the middle two for an even count).
    static func median(_ values: [Double?]) -> Double? {
        let known = values.compactMap { $0 }.sorted()
        guard !known.isEmpty else { return nil }
        let mid = known.count / 2
        return known.count % 2 == 1 ? known[mid] : (known[mid - 1] + known[mid]) / 2
    }
}

/// The printed table.
enum BenchTable {
    /// Column headings in the language of the environment (`TRAINPLAN_LANG`, `LANG`).
    static var header: [String] { TextCatalogue(language: Language.fromEnvironment()).list(.benchColumns) }

    static func cells(_ r: BenchResult) -> [String] {
        [r.scenario, r.config, r.status, money(r.objective), money(r.bound), percent(r.gap), percent(r.gapToBest),
         time(r.firstPlanSeconds), time(r.bestPlanSeconds), time(r.totalSeconds), percent(r.buildShare),
         r.peakMemoryMB.map { String(format: "%.0f", $0) } ?? "-",
         r.failure == nil && r.verified ? "ok" : "FAIL: " + (r.failure ?? "plan rejected")]
    }

    static func medianCells(_ m: BenchMedian) -> [String] {
        [m.family, m.config, "\(m.optimal)/\(m.runs) optimal" + (m.failures > 0 ? ", \(m.failures) failed" : ""),
         percent(m.gap), percent(m.gapToBest), time(m.firstPlanSeconds), time(m.bestPlanSeconds), time(m.totalSeconds),
         percent(m.buildShare), m.peakMemoryMB.map { String(format: "%.0f", $0) } ?? "-"]
    }

    static var medianHeader: [String] { TextCatalogue(language: Language.fromEnvironment()).list(.benchMedianColumns) }

    static func money(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.0f", value)
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: value < 0.0001 ? "%.2f%%" : "%.2f%%", value * 100)
    }

    static func time(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value < 10 ? String(format: "%.2fs", value) : String(format: "%.1fs", value)
    }

    /// Columns padded to their widest cell; failed rows in red on a terminal.
    static func render(_ rows: [[String]], header: [String], colour: Bool) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { col in all.map { $0.indices.contains(col) ? $0[col].count : 0 }.max() ?? 0 }
        return all.map { cells in
            let line = zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            let failed = cells.last?.hasPrefix("FAIL") == true
            return colour && failed ? "\u{1B}[31m" + line + "\u{1B}[0m" : line
        }
    }
}
