import Foundation
import GLPK
import Testing

/// Names and numbers that made GLPK abort the process (issue 11's fuzzing) now solve or throw.
@Suite struct HostileModelTests {
    /// The knapsack of ``GLPKSolverTests`` under other names: its optimum is 23 whatever they are.
    static func knapsack(name: String, columnPrefix: String = "item", rowName: String = "capacity") -> LinearModel {
        var model = LinearModel(name: name, sense: .maximize)
        let values: [Double] = [10, 13, 7, 8], weights: [Double] = [4, 6, 3, 5]
        let items = values.indices.map { model.addVariable("\(columnPrefix)\($0)", kind: .binary, objective: values[$0]) }
        model.add(sum(zip(weights, items).map { $0 * $1 }) <= 10, name: rowName)
        return model
    }

    @Test(arguments: [
        "line\nbreak", "tab\there", "escape \u{1B}[31m", "delete\u{7F}",
        String(repeating: "é", count: 130),         // 260 UTF-8 bytes, GLPK's limit is 255
        String(repeating: "x", count: 1_000),
    ])
    func controlCharactersAndLongNamesSolve(_ name: String) throws {
        let model = Self.knapsack(name: name, columnPrefix: name, rowName: name)
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 23)
    }

    @Test func exportedModelWithHostileNamesIsWritten() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).lp").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GLPKSolver.writeLP(Self.knapsack(name: "a\nb", columnPrefix: "c\u{1B}", rowName: String(repeating: "é", count: 200)), to: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    /// 1e-320, as a scenario's `feePerSlot: 1e-320` gave: a subnormal double.
    static let subnormal = Double.leastNonzeroMagnitude * 2024

    @Test func subnormalCoefficientIsAnErrorNotAnAbort() {
        var model = LinearModel(name: "tiny")
        let x = model.addVariable("x", kind: .binary, objective: -1)
        let y = model.addVariable("y", kind: .binary, objective: -1)
        model.add(Self.subnormal * x + 1 * y <= 1, name: "tiny")
        #expect(throws: GLPKError.self) { try GLPKSolver.solve(model) }
        var cost = LinearModel(name: "tiny cost")
        _ = cost.addVariable("x", kind: .binary, objective: Self.subnormal)
        #expect(throws: GLPKError.self) { try GLPKSolver.solve(cost) }
    }

    @Test func enormousTimeLimitSolves() throws {
        var options = MIPOptions()
        options.timeLimit = .seconds(1e16)
        let solution = try GLPKSolver.solve(Self.knapsack(name: "patient"), options: options)
        #expect(solution.objective == 23)
    }
}
