import ArgumentParser
import TrainPlanCore
import TrainPlanReport

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a plan file against a scenario: rules 1-8 and every figure recomputed.",
        discussion: """
            A plan that hands a course over is checked session by session with whoever holds each one. \
            With --from OLD-PLAN --frozen-until DATE, rule 11 too: sessions on or before DATE as in the \
            earlier plan, started courses' dates kept, nothing new on or before DATE.
            """)

    @Argument(help: "The scenario the plan was made for.")
    var scenario: String

    @Argument(help: "A plan file written by `trainplan solve` (or by hand).")
    var plan: String

    @Option(help: "A variants file: check the plan against one of its variants of SCENARIO (with --variant).")
    var variants: String?

    @Option(help: "The variant's name in --variants.")
    var variant: String?

    @Option(help: ArgumentHelp("The earlier plan this one re-plans (checks rule 11, with --frozen-until).", valueName: "old-plan"))
    var from: String?

    @Option(name: .customLong("frozen-until"), help: ArgumentHelp("With --from: the re-planning date.", valueName: "yyyy-mm-dd"))
    var frozenUntil: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if (variants == nil) != (variant == nil) { throw ValidationError("--variants and --variant go together") }
        if (from == nil) != (frozenUntil == nil) { throw ValidationError("--from and --frozen-until go together") }
        if let frozenUntil, CivilDate.argument(frozenUntil) == nil { throw ValidationError("--frozen-until: \"\(frozenUntil)\" is not a date (yyyy-mm-dd, or day first: dd/mm/yyyy)") }
    }

    func run() throws {
        let loaded = try scenarioToCheck()
        let planFile: Plan
        do {
            planFile = try PlanFile.read(plan)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.invalidInput
        }
        var report: VerificationReport
        if let from, let t = frozenUntil.flatMap(CivilDate.argument) {
            let previous: Plan
            do {
                previous = try PlanFile.read(from)
            } catch {
                Console.error("\(error)")
                throw ExitStatus.invalidInput
            }
            report = PlanVerifier.verify(planFile, against: loaded.scenario, replanningFrom: previous, frozenUntil: t)
        } else {
            report = PlanVerifier.verify(planFile, against: loaded.scenario)
            if let refuted = PlanVerifier.infeasibleRefutation(planFile, against: loaded.scenario) { report.violations.append(refuted) }
            report.violations += PlanVerifier.handoversOutsideReplanning(planFile)
        }
        let text = language.text
        let money = MoneyFormat(language: text.language, currency: loaded.scenario.currency)
        if let evaluation = report.evaluation {
            print(text(.verifyRecomputed, money.format(evaluation.cost.total), money.format(evaluation.unmetValue),
                       money.format(evaluation.objective)))
        }
        if report.isValid {
            print(text(.verifyValid, plan, text.status(planFile.status), text.numbers.integer(planFile.scheduledCourses.count),
                       text.numbers.integer(planFile.courses.count)))
            return
        }
        print(report.violations.count == 1 ? text(.verifyOneProblem, plan)
              : text(.verifyProblems, plan, text.numbers.integer(report.violations.count)))
        for violation in report.violations { print("  " + text.violation(violation)) }
        throw ExitStatus.planInvalid
    }

    /// The scenario, or the named variant of it.
    private func scenarioToCheck() throws -> LoadedScenario {
        try Console.loadScenario(scenario, variants: variants, variant: variant, language: language.language)
    }
}
