import Foundation

/// Reads the solution files of the peer solvers (see ``PeerSolver``): a status and the
/// value of every column the file lists, by the column's name in the LP file.
public enum PeerSolutionReader {
    public static func read(_ text: String, of solver: PeerSolver) -> PeerSolver.Run {
        switch solver {
        case .cbc: return cbc(text)
        case .glpsol: return glpsol(text)
        case .highs: return highs(text)
        }
    }

    /// CBC's `solu` file: a status line (`Optimal - objective value 12.0`, `Stopped on time - ...`,
    /// `Infeasible - ...`), then `INDEX NAME VALUE REDUCED-COST` per non-zero column (a leading `**`
    /// marks a value outside its bounds).
    static func cbc(_ text: String) -> PeerSolver.Run {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard !lines.isEmpty else { return PeerSolver.Run(status: "unknown", values: nil, seconds: 0, failure: "empty solution file") }
        let head = lines.removeFirst().lowercased()
        let status: String
        if head.hasPrefix("optimal") {
            status = "optimal"
        } else if head.contains("infeasible") && !head.hasPrefix("stopped") {
            return PeerSolver.Run(status: "infeasible", values: nil, seconds: 0, failure: nil)
        } else if head.hasPrefix("stopped") && !head.contains("no integer") && !head.contains("1e+50") {
            status = "feasible"
        } else {
            return PeerSolver.Run(status: "unknown", values: nil, seconds: 0, failure: nil)
        }
        var values: [String: Double] = [:]
        for line in lines {
            var tokens = line.split(separator: " ").map(String.init)
            if tokens.first == "**" { tokens.removeFirst() }
            guard tokens.count >= 3, Int(tokens[0]) != nil, let value = Double(tokens[2]) else { continue }
            values[tokens[1]] = value
        }
        return PeerSolver.Run(status: status, values: values, seconds: 0, failure: nil)
    }

    /// glpsol's printable report (`-o`): `Status: INTEGER OPTIMAL` and the column table, where a
    /// name longer than 12 characters ends its line and the numbers follow on the next.
    static func glpsol(_ text: String) -> PeerSolver.Run {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = lines.first { $0.hasPrefix("Status:") }?.dropFirst("Status:".count)
            .trimmingCharacters(in: .whitespaces) ?? ""
        let status: String
        switch statusLine {
        case "INTEGER OPTIMAL": status = "optimal"
        case "INTEGER NON-OPTIMAL": status = "feasible"
        case "INTEGER EMPTY": return PeerSolver.Run(status: "infeasible", values: nil, seconds: 0, failure: nil)
        default: return PeerSolver.Run(status: "unknown", values: nil, seconds: 0, failure: statusLine.isEmpty ? "no status" : nil)
        }
        guard let header = lines.firstIndex(where: { $0.contains("Column name") }) else {
            return PeerSolver.Run(status: "unknown", values: nil, seconds: 0, failure: "no column table")
        }
        var values: [String: Double] = [:]
        var index = header + 2
        while index < lines.count {
            let tokens = lines[index].split(separator: " ").map(String.init)
            index += 1
            guard tokens.count >= 2, Int(tokens[0]) != nil else {
                if tokens.isEmpty { break } else { continue }
            }
            var rest = Array(tokens.dropFirst(2))
            if rest.isEmpty, index < lines.count {
                rest = lines[index].split(separator: " ").map(String.init)
                index += 1
            }
            if rest.first == "*" { rest.removeFirst() }
            if let value = rest.first.flatMap(Double.init) { values[tokens[1]] = value }
        }
        return PeerSolver.Run(status: status, values: values, seconds: 0, failure: nil)
    }

    /// The highspy script's file: `status Optimal`, `solution 2` (2: a feasible solution), `col NAME VALUE`.
    static func highs(_ text: String) -> PeerSolver.Run {
        var status = "unknown", hasSolution = false
        var values: [String: Double] = [:]
        for line in text.split(separator: "\n") {
            let tokens = line.split(separator: " ").map(String.init)
            guard tokens.count >= 2 else { continue }
            switch tokens[0] {
            case "status": status = tokens[1]
            case "solution": hasSolution = tokens[1] == "2"
            case "col": if tokens.count >= 3, let value = Double(tokens[2]) { values[tokens[1]] = value }
            default: continue
            }
        }
        switch status {
        case "Optimal": return PeerSolver.Run(status: "optimal", values: values, seconds: 0, failure: nil)
        case "Infeasible": return PeerSolver.Run(status: "infeasible", values: nil, seconds: 0, failure: nil)
        default:
            return PeerSolver.Run(status: hasSolution ? "feasible" : "unknown", values: hasSolution ? values : nil, seconds: 0,
                                  failure: nil)
        }
    }
}
