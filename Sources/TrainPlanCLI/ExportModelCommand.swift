import ArgumentParser
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanSolver

/// The integer program exactly as `solve` hands it to GLPK, for other solvers.
struct ExportModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-model",
        abstract: "Write the scenario's integer program as an LP or MPS file.",
        discussion: """
            Rows and columns carry readable names (run[COURSE,...], teach[...,INSTRUCTOR], \
            instr[INSTRUCTOR,DATE,SLOT], budget, ...). The objective includes the constant \
            total value of all courses, so its optimum equals the plan's objective. MPS has \
            no objective sense: it is a minimisation, which is what trainplan solves.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lp, mps
    }

    @Argument(help: "A scenario: a .yaml/.yml/.json file, or a folder with scenario.yaml and CSV files.")
    var scenario: String

    @Option(help: "lp (CPLEX LP) or mps (free MPS, e.g. glpsol --freemps).")
    var format: Format = .lp

    @Option(name: [.short, .customLong("output")], help: "Where to write the model.")
    var output: String

    @Flag(inversion: .prefixedNo, help: "Include the star cliques, as solve --star-cliques does.")
    var starCliques = TrainingPlanner.Strategy().starCliques

    func validate() throws {
        try InputFiles([scenario]).refuse(output: output, option: "-o")
    }

    func run() throws {
        let loaded = try Console.loadScenario(scenario, quiet: false)
        let formulation = Formulation(candidates: Candidates(scenario: loaded.scenario), starCliques: starCliques)
        // GLPK opens its file with fopen(3), which follows links and truncates in place: it writes
        // into a private folder, and the model reaches OUTPUT through AtomicFile like every output.
        var template = Array((NSTemporaryDirectory() + "/trainplan-model.XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            Console.error("cannot make a temporary folder in \(NSTemporaryDirectory()): \(String(cString: strerror(errno)))")
            throw ExitStatus.failure
        }
        // mkdtemp filled in the X's of `template` (its result points into it only during the call).
        let scratch = URL(fileURLWithPath: String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        defer { try? FileManager.default.removeItem(at: scratch) }
        let written = scratch.appendingPathComponent("model." + format.rawValue).path
        do {
            switch format {
            case .lp: try GLPKSolver.writeLP(formulation.model, to: written)
            case .mps: try GLPKSolver.writeMPS(formulation.model, to: written)
            }
        } catch {
            Console.error("\(error)")
            throw ExitStatus.failure
        }
        do {
            guard let data = FileManager.default.contents(atPath: written) else {
                throw FileWriteError(path: output, reason: "GLPK wrote no model")
            }
            try AtomicFile.write(data, to: output)
        } catch {
            Console.error(Console.writeFailure(error, path: output))
            throw ExitStatus.failure
        }
        let model = formulation.model
        let summary = "\(output): \(model.columns.count) columns, \(model.rows.count) rows, \(model.nonZeroCount) non-zeros."
        // The model piped on (`-o /dev/stdout | glpsol --lp /dev/stdin`) must not end with the summary.
        if AtomicFile.isStandardOutput(output) { Console.error(summary) } else { print(summary) }
    }
}
