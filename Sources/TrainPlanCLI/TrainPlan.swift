import ArgumentParser

@main
struct TrainPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainplan",
        abstract: "Plan training courses: which run, who teaches them, where and when, within budget.",
        discussion: """
            Exit codes: 0 plan found / input valid; 1 unexpected failure (solver or I/O); \
            2 invalid input (scenario or plan file); 3 infeasible (no valid plan exists); \
            4 no plan found within the time limit; 5 plan fails verification; 64 bad command line.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, SolveCommand.self, VerifyCommand.self, ReportCommand.self, TemplateCommand.self,
                      SourcingCommand.self, WhatIfCommand.self, BatchCommand.self, MergeCommand.self, JobsCommand.self,
                      ExportModelCommand.self,
                      GenerateCommand.self, BenchCommand.self, BenchRunCommand.self]
    )

    /// Stop signals are handled before any command runs (see ``StopSignals``).
    static func main() {
        StopSignals.install()
        main(nil)
    }
}
