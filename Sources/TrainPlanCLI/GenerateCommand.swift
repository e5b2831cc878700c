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

    @Option(help: "city, province, national, weekly, long, parttime or nationalwide (see the list above).")
    var family: ScenarioFamily = .city

    @Option(parsing: .unconditional, help: "Random seed (0 or more): the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "Where to write the scenario (default: standard output).")
    var output: String?

    @Flag(help: "Add an industry forum's demand: hire requests and apprenticeship places (rules 9-10).")
    var demand = false

    func run() throws {
        var generated = ScenarioGenerator.generate(family, seed: seed)
        if demand { DemandGenerator.addDemand(to: &generated) }
        let text = generated.yaml
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
