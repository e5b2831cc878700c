import ArgumentParser
import Foundation
import TrainPlanCore
import TrainPlanGenerator

extension ScenarioFamily: ExpressibleByArgument {}

/// Synthetic scenarios for tests, benchmarks and demonstrations.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic synthetic scenario (YAML), the same for the same family and seed.",
        discussion: """
            Families: \(ScenarioFamily.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")). \
            Every generated scenario has a valid plan.
            """)

    @Option(help: "city, province, national or weekly.")
    var family: ScenarioFamily = .city

    @Option(help: "Random seed: the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "Where to write the scenario (default: standard output).")
    var output: String?

    func run() throws {
        let text = ScenarioGenerator.generate(family, seed: seed).yaml
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: output)
        } catch {
            Console.error(error.description)
            throw ExitStatus.failure
        }
    }
}
