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
            let record: SourcingRecord
            do {
                record = try JSONDecoder().decode(SourcingRecord.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch let error as DecodingError {
                Console.error("\(path): not the advice `trainplan sourcing --json` writes (\(Self.describe(error)))")
                throw ExitStatus.invalidInput
            } catch {
                Console.error("\(path): \(error.localizedDescription)")
                throw ExitStatus.invalidInput
            }
            // Advice about another scenario would recommend instructors and courses this one lacks.
            let courses = Set(scenario.courses.map(\.id))
            let strangers = Set(record.candidates.flatMap { $0.coursesGained + $0.coursesLost }).subtracting(courses).sorted()
            guard record.scenario == scenario.name, strangers.isEmpty else {
                let why = record.scenario != scenario.name ? "scenario \"\(record.scenario)\", not \"\(scenario.name)\""
                    : "courses this scenario does not have (\(strangers.prefix(5).joined(separator: ", ")))"
                Console.error("\(path): the advice is about \(why): run `trainplan sourcing` on this scenario with --json")
                throw ExitStatus.invalidInput
            }
            options.sourcing = record
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

    /// A decoding error as a short reason: the field and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, _): "no field \"\(key.stringValue)\""
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            context.codingPath.isEmpty ? "not valid JSON"
                : "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default: "\(error)"
        }
    }
}
