import Foundation
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// Standard error output, and the diagnostics printout shared by the commands.
enum Console {
    /// A closed standard error (a terminal hung up: SIGHUP) is ignored rather than a crash.
    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    /// "cannot write PATH: REASON" for a failed write; ``FileWriteError`` already says it so.
    static func writeFailure(_ error: any Error, path: String) -> String {
        if let error = error as? FileWriteError { return error.description }
        if let error = error as? ReportError { return error.description }
        return "cannot write \(path): \(error.localizedDescription)"
    }

    /// A plan file read, or why not printed in the planner's language (exit 2).
    static func readPlan(_ path: String, language: Language) throws -> Plan {
        do throws(PlanFileError) {
            return try PlanFile.read(path)
        } catch {
            Console.error(language == .en ? error.description : PlanFileProblemText(text: TextCatalogue(language: language)).message(error))
            throw ExitStatus.invalidInput
        }
    }

    /// An earlier plan to re-plan from (`--from`): read as ``readPlan(_:language:)`` does, and whole
    /// (every scheduled course with its instructor, venue and sessions, each course once), or exit 2.
    static func readEarlierPlan(_ path: String, language: Language) throws -> Plan {
        let plan = try readPlan(path, language: language)
        let problems = PlanFile.earlierPlanProblems(plan)
        guard problems.isEmpty else {
            let words = PlanFileProblemText(text: TextCatalogue(language: language))
            for problem in problems { error("\(path): " + (language == .en ? problem.english : words.sentence(problem))) }
            throw ExitStatus.invalidInput
        }
        return plan
    }

    /// A scenario diagnostic with its fixed part (`error`, `warning`), the scenario's warnings and its
    /// commonest errors in the chosen language; the file, line, field and the reader's other messages stay as they are.
    static func describe(_ diagnostic: Diagnostic, _ language: Language) -> String {
        let text = TextCatalogue(language: language)
        let severity = text(diagnostic.severity == .error ? .severityError : .severityWarning)
        let field = diagnostic.location.field.map { " \($0):" } ?? ""
        // An error's English stays as the reader wrote it (with every hint); other languages word its facts.
        let problem = language == .en ? nil : diagnostic.problem.map { ProblemText(text: text).sentence($0) }
        let message = diagnostic.warning.map { WarningText(text: text).sentence($0) } ?? problem ?? diagnostic.message
        return "\(diagnostic.location): \(severity):\(field) \(message)"
    }

    /// A planner failure in the chosen language (the solver's own message and the violations stay as they are).
    static func plannerFailure(_ error: PlannerError, language: Language) -> String {
        let text = TextCatalogue(language: language)
        switch error {
        case let .solver(failure): return text(.errorSolverFailure, "\(failure)")
        case let .inconsistent(violations), let .overBudget(violations, _):
            return ([text(.errorPlanRefused)] + violations.map { "  \($0)" }).joined(separator: "\n")
        }
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Loads a scenario, printing its warnings (unless quiet) and, on failure, every error.
    static func loadScenario(_ path: String, quiet: Bool, language: Language = .fromEnvironment()) throws -> LoadedScenario {
        do {
            let loaded = try ScenarioLoader.load(path: path)
            if !quiet { for warning in loaded.warnings { error(describe(warning, language)) } }
            return loaded
        } catch {
            for diagnostic in error.diagnostics where !quiet || diagnostic.severity == .error {
                Self.error(describe(diagnostic, language))
            }
            let count = error.errors.count, text = TextCatalogue(language: language)
            Self.error(count == 1 ? text(.errorOneNothingPlanned, path) : text(.errorNothingPlanned, path, text.numbers.integer(count)))
            throw ExitStatus.invalidInput
        }
    }

    /// The scenario at `path`, or, with a variants file and a name, that variant of it (warnings not printed).
    static func loadScenario(_ path: String, variants: String?, variant: String?,
                             language: Language = .fromEnvironment()) throws -> LoadedScenario {
        try loadVariant(path, variants: variants, variant: variant, language: language).loaded
    }

    /// As ``loadScenario(_:variants:variant:language:)``, with the variant chosen (`nil` for the base).
    static func loadVariant(_ path: String, variants: String?, variant: String?,
                            language: Language = .fromEnvironment()) throws -> (loaded: LoadedScenario, variant: ScenarioVariant?) {
        guard let variants, let variant else { return (try loadScenario(path, quiet: true, language: language), nil) }
        let (_, list) = try loadVariants(variants, base: path, language: language)
        guard let chosen = list.first(where: { $0.name == variant }) else {
            let text = TextCatalogue(language: language)
            let hint = Suggestion.closest(to: variant, in: list.map(\.name)).map { text(.didYouMean, $0) } ?? ""
            error(text(.errorNoVariant, variants, variant, hint))
            throw ExitStatus.invalidInput
        }
        switch chosen.loaded {
        case let .success(loaded): return (loaded, chosen)
        case let .failure(failure):
            for diagnostic in failure.errors { error(describe(diagnostic, language)) }
            throw ExitStatus.invalidInput
        }
    }

    /// Loads a base scenario and its variants file; problems in a variant stay in its row.
    static func loadVariants(_ path: String, base: String,
                             language: Language = .fromEnvironment()) throws -> (LoadedScenario, [ScenarioVariant]) {
        do {
            return try VariantsLoader.load(variants: path, base: base)
        } catch {
            for diagnostic in error.diagnostics { Self.error(describe(diagnostic, language)) }
            let text = TextCatalogue(language: language)
            Self.error(text(.errorVariantsNothingPlanned, text.numbers.integer(error.errors.count), base, path))
            throw ExitStatus.invalidInput
        }
    }
}
