import Foundation
import ArgumentParser
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a plan file against a scenario: rules 1-8 and every figure recomputed.",
        discussion: """
            A plan that hands a course over is checked session by session with whoever holds each one. \
            With --from OLD-PLAN --frozen-until DATE, rule 11 too: sessions on or before DATE as in the \
            earlier plan, started courses' dates kept, nothing new on or before DATE. A plan written by \
            `solve --from` names both under `replanning`: either option left out is taken from there \
            (the earlier plan looked for as named, then beside the plan file).
            """)

    @Argument(help: "The scenario the plan was made for.")
    var scenario: String

    @Argument(help: "A plan file written by `trainplan solve` (or by hand).")
    var plan: String

    @Option(help: "A variants file: check the plan against one of its variants of SCENARIO (with --variant).")
    var variants: String?

    @Option(help: "The variant's name in --variants.")
    var variant: String?

    @Option(help: ArgumentHelp("The earlier plan this one re-plans (checks rule 11; default: the one the plan's replanning record names).",
                               valueName: "old-plan"))
    var from: String?

    @Option(name: .customLong("frozen-until"),
            help: ArgumentHelp("The re-planning date rule 11 is checked at (default: the plan's replanning record's).", valueName: "yyyy-mm-dd"))
    var frozenUntil: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if (variants == nil) != (variant == nil) { throw ValidationError("--variants and --variant go together") }
        if let refusal = frozenUntil.flatMap({ CivilDate.refusal("--frozen-until", $0) }) { throw ValidationError(refusal) }
    }

    /// Problems printed of one kind (a clash, a misstated figure); the rest are counted.
    static let shownOfAKind = 20

    func run() throws {
        let loaded = try scenarioToCheck()
        let planFile = try Console.readPlan(plan, language: language.language)
        let text = language.text
        if planFile.scenario != loaded.scenario.name {
            Console.error(text(.warningPlanOfOtherScenario, plan, planFile.scenario, loaded.scenario.name))
        }
        var report: VerificationReport
        if let earlier = try earlierPlan(of: planFile, text: text) {
            report = PlanVerifier.verify(planFile, against: loaded.scenario, replanningFrom: earlier.plan, frozenUntil: earlier.frozenUntil)
        } else {
            report = PlanVerifier.verify(planFile, against: loaded.scenario)
            if let refuted = PlanVerifier.infeasibleRefutation(planFile, against: loaded.scenario)
                ?? (report.isValid ? InfeasibleClaim.refutation(planFile, against: loaded.scenario) : nil) {
                report.violations.append(refuted)
            }
            report.violations += PlanVerifier.handoversOutsideReplanning(planFile)
        }
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
        // A plan with every session twice broke one rule 144,000 times: the first of each kind say it,
        // the count says how often.
        var shown: [String: Int] = [:], more = 0
        for violation in report.violations {
            let kind = violation.key.map { "\($0)" } ?? violation.message
            if shown[kind, default: 0] < Self.shownOfAKind {
                shown[kind, default: 0] += 1
                print("  " + text.violation(violation))
            } else {
                more += 1
            }
        }
        if more > 0 { print("  " + text(.andMore, text.numbers.integer(more))) }
        throw ExitStatus.planInvalid
    }

    /// The earlier plan and the date rule 11 is checked at: as the options give them, else as the plan's
    /// `replanning` record names them, so a re-plan `solve` wrote is checked as one without retyping
    /// what it records. Nil (rules 1-8 only) for a plan that is no re-plan; a re-plan whose earlier
    /// plan is not found is checked on rules 1-8 and says rule 11 was not.
    private func earlierPlan(of plan: Plan, text: TextCatalogue) throws -> (plan: Plan, frozenUntil: CivilDate)? {
        let record = plan.replanning
        guard from != nil || frozenUntil != nil || record != nil else { return nil }
        guard let t = frozenUntil.flatMap(CivilDate.argument) ?? record?.frozenUntil else {
            Console.error(text(.verifyNeedsFrozenUntil, self.plan))
            throw ExitCode(64)
        }
        let path: String
        if let from {
            path = from
        } else if let record {
            guard let found = Self.locate(record.from, besidePlan: self.plan) else {
                guard frozenUntil == nil else {
                    Console.error(text(.verifyEarlierPlanMissing, record.from))
                    throw ExitStatus.invalidInput
                }
                print(text(.verifyRule11Unchecked, record.from))
                return nil
            }
            path = found
        } else {
            Console.error(text(.verifyNeedsFrom, self.plan))
            throw ExitCode(64)
        }
        let previous = try Console.readEarlierPlan(path, language: text.language)
        if from == nil || frozenUntil == nil {
            // What came from the plan's record rather than the command line.
            let source = text.list(.verifyRule11Sources)[from == nil && frozenUntil == nil ? 0 : from == nil ? 1 : 2]
            print(text(.verifyRule11Checked, path, text.language == .en ? "\(t)" : text.longDate(t), source))
        }
        return (previous, t)
    }

    /// The earlier plan a re-plan names: as written (absolute, or from here), else beside the plan file.
    static func locate(_ named: String, besidePlan planPath: String) -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: named) { return named }
        let folder = URL(fileURLWithPath: planPath).deletingLastPathComponent()
        for candidate in [folder.appendingPathComponent(named).path,
                          folder.appendingPathComponent(URL(fileURLWithPath: named).lastPathComponent).path]
        where manager.fileExists(atPath: candidate) { return candidate }
        return nil
    }

    /// The scenario, or the named variant of it.
    private func scenarioToCheck() throws -> LoadedScenario {
        try Console.loadScenario(scenario, variants: variants, variant: variant, language: language.language)
    }
}
