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

    @OptionGroup var language: LanguageOption

    func run() throws {
        let loaded = try Console.loadScenario(scenario, quiet: false, language: language.language)
        let s = loaded.scenario
        let candidates = Candidates(scenario: s)
        let runnable = candidates.courses.filter { !$0.isEmpty }
        let text = language.text, n = text.numbers
        let why = ReasonText(text: text, currency: s.currency)
        print(text(.checkValid, s.name, n.integer(s.courses.count), n.integer(s.instructors.count), n.integer(s.venues.count),
                   n.integer(s.calendar.workingDays.count), n.integer(s.calendar.slotCount)))
        print(text(.checkRunnable, n.integer(runnable.count), n.integer(s.courses.count),
                   n.integer(runnable.reduce(0) { $0 + $1.optionCount })))
        for options in candidates.courses where options.isEmpty {
            print("  " + text(.checkCannotRun, s.courses[options.course].id, why.sentences(options.reasons).joined(separator: "; ")))
        }
        if !loaded.warnings.isEmpty {
            print(loaded.warnings.count == 1 ? text(.checkOneWarning) : text(.checkWarnings, n.integer(loaded.warnings.count)))
        }
    }
}
