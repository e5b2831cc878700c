import ArgumentParser
import Foundation
import TrainPlanCore
import TrainPlanReport

/// `trainplan report`: the outputs planners use, from a scenario and its plan file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write spreadsheets, calendars and an HTML report of a plan.",
        discussion: """
            Writes into DIR: sessions.csv, courses.csv and instructors.csv (UTF-8 with BOM, CRLF; \
            --csv-delimiter ";" for spreadsheets in an Indonesian locale), calendars/ID.ics for every \
            instructor and venue with sessions (times from the slot labels, such as 08:00-12:00, in \
            calendar.timezone, default Asia/Jakarta), and report.html, one self-contained page that \
            prints on A4; with --xlsx also plan.xlsx, the three tables as one workbook of number, money and \
            date cells. The plan is verified against the scenario first; a plan that fails \
            verification is not reported (exit 5). Calendars an earlier report wrote that this one \
            does not are removed (DIR/.trainplan-calendars lists them); other files in DIR/calendars \
            are left alone. Text cells starting with = + - @ get a leading ' so that no spreadsheet \
            runs them as formulas.
            """)

    @Argument(help: "The scenario the plan was made for.")
    var scenario: String

    @Argument(help: "A plan file written by `trainplan solve`.")
    var plan: String

    @Option(name: .customLong("out"), help: ArgumentHelp("Folder to write the report into (created if missing).", valueName: "DIR"))
    var out: String

    @Option(help: "A variants file (as for `trainplan whatif`): report a variant's plan against that variant of SCENARIO (with --variant).")
    var variants: String?

    @Option(help: "The variant's name in --variants.")
    var variant: String?

    @OptionGroup var format: ReportFormatOptions

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if (variants == nil) != (variant == nil) { throw ValidationError("--variants and --variant go together") }
        try InputFiles([scenario, plan, variants]).refuse(reportFolder: out, option: "--out")
        try InputFiles.refuseFile(asFolder: out, option: "--out")
    }

    func run() throws {
        let (loaded, chosen) = try Console.loadVariant(scenario, variants: variants, variant: variant, language: format.language)
        let planFile = try Console.readPlan(plan, language: format.language)
        if planFile.scenario != loaded.scenario.name {
            Console.error(TextCatalogue(language: format.language)(.warningPlanOfOtherScenario, plan, planFile.scenario, loaded.scenario.name))
        }
        let verification = PlanVerifier.verify(planFile, against: loaded.scenario)
        guard verification.isValid else {
            let text = TextCatalogue(language: format.language)
            Console.error(text(.errorReportNotVerified, plan, scenario))
            for violation in verification.violations.prefix(10) { Console.error("  \(violation)") }
            if verification.violations.count > 10 { Console.error("  " + text(.andMore, text.numbers.integer(verification.violations.count - 10))) }
            throw ExitStatus.planInvalid
        }
        var options = try SourcingForReport.options(format, scenario: loaded.scenario)
        if let chosen { options.variant = ReportVariant(name: chosen.name, description: chosen.description) }
        try Self.write(Self.recomputed(planFile, verification), scenario: loaded.scenario, to: out, options: options, quiet: quiet)
    }

    /// The plan with the figures the verifier recomputed from its sessions: a plan another tool wrote
    /// may state them within half a rupiah, and the report's totals must agree with its own tables.
    static func recomputed(_ plan: Plan, _ verification: VerificationReport) -> Plan {
        guard let evaluation = verification.evaluation, plan.cost != nil else { return plan }
        var shown = plan
        shown.cost = evaluation.cost
        shown.cost?.statedTotal = evaluation.cost.total
        shown.unmetValue = evaluation.unmetValue
        shown.objective = evaluation.objective
        return shown
    }

    /// Writes the report (also used by `solve --report`); prints what was written unless quiet.
    /// False when a stop signal ended it before anything was written (said on standard error).
    @discardableResult
    static func write(_ plan: Plan, scenario: Scenario, to directory: String, options: ReportOptions, quiet: Bool) throws -> Bool {
        let text = TextCatalogue(language: options.language)
        let outcome: ReportOutcome
        do {
            outcome = try ReportWriter.write(plan: plan, scenario: scenario, to: directory, options: options)
        } catch {
            Console.error(error.message(text))
            if case .stopped = error { return false }
            throw ExitStatus.failure
        }
        for warning in outcome.warnings { Console.error(warning) }
        if !quiet {
            let calendars = outcome.files.filter { $0.hasPrefix("calendars/") }.count
            var names = outcome.files.filter { !$0.hasPrefix("calendars/") }
            if calendars > 0 { names.insert("calendars/*.ics (\(calendars))", at: names.count - 1) }
            print(text(.reportWritten, directory, names.joined(separator: ", ")))
        }
        return true
    }

    /// `options` ended by a first stop signal that comes while the report is made. A stop that came
    /// earlier (during the search) was for the search: the report is still written, and a second
    /// signal ends the run at once.
    static func stoppable(_ options: ReportOptions) -> ReportOptions {
        var options = options
        if !StopSignals.requested() { options.shouldStop = StopSignals.requested }
        return options
    }

    /// Writes one report after another until a first stop signal that comes meanwhile ends one:
    /// those not written are then named (the table and plans are already written). A stop that
    /// came during the solves was for them: every report is still written. False when stopped.
    @discardableResult
    static func writeEach(_ reports: [(name: String, write: () throws -> Bool)], text: TextCatalogue) throws -> Bool {
        let stoppedBefore = StopSignals.requested()
        for (index, report) in reports.enumerated() {
            let stopped = !stoppedBefore && StopSignals.requested()
            if try stopped || !report.write() {
                Console.error(text(.reportsStopped, reports[index...].map(\.name).joined(separator: ", ")))
                return false
            }
        }
        return true
    }
}
