import ArgumentParser
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// The recommendation a report opens with: the sourcing analysis run now (`--sourcing`)
/// or read from `trainplan sourcing --json` (`--sourcing-json`).
enum SourcingForReport {
    /// The report options with the sourcing advice attached, when asked for.
    static func options(_ format: ReportFormatOptions, scenario: Scenario, timeLimit: Double = 60) throws -> ReportOptions {
        var options = format.reportOptions
        if let path = format.sourcingJSON {
            do {
                options.sourcing = try JSONDecoder().decode(SourcingRecord.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                Console.error("\(path): \(error.localizedDescription)")
                throw ExitStatus.invalidInput
            }
        } else if format.sourcing {
            let settings = SourcingAdvisor.Settings(options: MIPOptions(timeLimit: TimeLimit.duration(timeLimit)),
                                                    upgradeCost: format.upgradeCost)
            do {
                options.sourcing = try SourcingAdvisor.advise(scenario, settings: settings).record
            } catch {
                Console.error(Console.plannerFailure(error, language: format.language))
                throw ExitStatus.failure
            }
        }
        return options
    }
}
