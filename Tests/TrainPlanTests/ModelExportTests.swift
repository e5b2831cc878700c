import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// The exported model is the model solved: GLPK's own command-line solver, reading
/// the LP or MPS file in a separate process, finds the same optimum as `solve`.
@Suite struct ModelExportTests {
    static let glpsol = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(arguments: ["city-scale.yaml", "rules/cohort-clash.yaml", "rules/binding-budget.yaml"], ["lp", "mps"])
    func glpsolFindsTheSameOptimum(fixture: String, format: String) throws {
        let glpsol = try #require(Self.glpsol, "glpsol not found: install glpk-utils (make deps does)")
        let loaded = try ScenarioLoader.load(path: FixtureTests.root.appendingPathComponent(fixture).path)
        let (plan, _) = try TrainingPlanner.solve(loaded.scenario, options: MIPOptions(timeLimit: .seconds(60)))
        try #require(plan.status == .optimal)
        let expected = try #require(plan.objective)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.\(format)").path
        let formulation = Formulation(candidates: Candidates(scenario: loaded.scenario))
        if format == "lp" { try GLPKSolver.writeLP(formulation.model, to: model) } else { try GLPKSolver.writeMPS(formulation.model, to: model) }

        let solution = folder.appendingPathComponent("solution.txt").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsol)
        process.arguments = [format == "lp" ? "--lp" : "--freemps", model, "--clique", "--tmlim", "120", "-o", solution]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let report = try String(contentsOfFile: solution, encoding: .utf8)
        #expect(report.contains("INTEGER OPTIMAL"))
        // "Objective:  obj = 251226800 (MINimum)"
        let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        let number = try #require(line.split(separator: "=").last?.split(separator: " ").first.flatMap { Double($0) })
        #expect(abs(number - expected) <= 1e-6 * max(1, expected), "glpsol \(number), trainplan \(expected)")
    }

    /// Where no course can run the model has no rows, and GLPK wrote an empty LP ("PROBLEM HAS NO
    /// ROWS/COLUMNS") whose optimum is 0: the unmet value, a constant, is now in the file too.
    @Test func aModelWithoutRowsKeepsItsConstant() throws {
        let scenario = try ScenarioLoader.load(text: """
            calendar: {start: 2023-01-02, weeks: 1, slots: [am]}
            courses:
              - {id: C, skill: lathe, sessions: 1, participants: 5, value: 2500000}
            instructors:
              - {id: I, skills: {sewing: 1}}
            venues:
              - {id: V, capacity: 10}
            """).scenario
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.lp").path
        try GLPKSolver.writeLP(Formulation(candidates: Candidates(scenario: scenario)).model, to: model)
        let text = try String(contentsOfFile: model, encoding: .utf8)
        #expect(!text.contains("PROBLEM HAS NO ROWS") && text.contains("2500000 objective_constant"), "\(text)")
    }
}
