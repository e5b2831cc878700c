import ArgumentParser
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a scenario: list every error and warning, plan nothing.")

    @Argument(help: "A scenario: a .yaml/.yml/.json file, or a folder with scenario.yaml and CSV files.")
    var scenario: String

    func run() throws {
        let loaded = try Console.loadScenario(scenario, quiet: false)
        let s = loaded.scenario
        let candidates = Candidates(scenario: s)
        let runnable = candidates.courses.filter { !$0.isEmpty }
        print("\(s.name): valid. \(s.courses.count) courses, \(s.instructors.count) instructors, \(s.venues.count) venues, "
              + "\(s.calendar.workingDays.count) working days x \(s.calendar.slotCount) slots.")
        print("\(runnable.count) of \(s.courses.count) courses can run; \(runnable.reduce(0) { $0 + $1.optionCount }) (instructor, venue, pattern) options.")
        for options in candidates.courses where options.isEmpty {
            print("  \(s.courses[options.course].id) cannot run: \(ReasonText.english(options.reasons, currency: s.currency).joined(separator: "; "))")
        }
        if !loaded.warnings.isEmpty { print("\(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s") (on standard error).") }
    }
}
