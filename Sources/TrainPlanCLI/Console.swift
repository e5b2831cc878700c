import Foundation
import TrainPlanCore
import TrainPlanReport

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

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Loads a scenario, printing its warnings (unless quiet) and, on failure, every error.
    static func loadScenario(_ path: String, quiet: Bool) throws -> LoadedScenario {
        do {
            let loaded = try ScenarioLoader.load(path: path)
            if !quiet { for warning in loaded.warnings { error(warning.description) } }
            return loaded
        } catch {
            for diagnostic in error.diagnostics where !quiet || diagnostic.severity == .error {
                Self.error(diagnostic.description)
            }
            let count = error.errors.count
            Self.error("\(path): \(count) error\(count == 1 ? "" : "s"); nothing was planned")
            throw ExitStatus.invalidInput
        }
    }

    /// The scenario at `path`, or, with a variants file and a name, that variant of it (warnings not printed).
    static func loadScenario(_ path: String, variants: String?, variant: String?) throws -> LoadedScenario {
        guard let variants, let variant else { return try loadScenario(path, quiet: true) }
        let (_, list) = try loadVariants(variants, base: path)
        guard let chosen = list.first(where: { $0.name == variant }) else {
            let hint = Suggestion.closest(to: variant, in: list.map(\.name)).map { " (did you mean \"\($0)\"?)" } ?? ""
            error("\(variants): no variant named \"\(variant)\"\(hint)")
            throw ExitStatus.invalidInput
        }
        switch chosen.loaded {
        case let .success(loaded): return loaded
        case let .failure(failure):
            for diagnostic in failure.errors { error(diagnostic.description) }
            throw ExitStatus.invalidInput
        }
    }

    /// Loads a base scenario and its variants file; problems in a variant stay in its row.
    static func loadVariants(_ path: String, base: String) throws -> (LoadedScenario, [ScenarioVariant]) {
        do {
            return try VariantsLoader.load(variants: path, base: base)
        } catch {
            for diagnostic in error.diagnostics { Self.error(diagnostic.description) }
            let count = error.errors.count
            Self.error("\(count) error\(count == 1 ? "" : "s") in \(base) or \(path); nothing was planned")
            throw ExitStatus.invalidInput
        }
    }
}
