import ArgumentParser
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// Which instructor to go and find, and what the outside instructors already planned are worth.
struct SourcingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sourcing",
        abstract: "Rank the skills worth sourcing an instructor for, by re-solving with one more instructor.",
        discussion: """
            For each skill of a course the best plan leaves out (or each skill given with --skills), \
            trainplan adds one instructor with that skill (at the highest level any course asks, \
            free over the whole horizon, at the given or typical fee) and solves again: the gain is \
            the drop in the objective. It also solves without each outside instructor the plan \
            engages, to show what each is worth.
            """)

    @Argument(help: "A scenario: a .yaml/.yml/.json file, or a folder with scenario.yaml and CSV files.")
    var scenario: String

    @Option(help: ArgumentHelp("Skills to try, comma-separated (default: those of unscheduled courses).", valueName: "a,b"))
    var skills: String?

    @Option(parsing: .unconditional, help: "Fee per slot of the new instructor (default: the median of outside instructors with the skill, else of all outside instructors, else of all instructors).",
            transform: MoneyOption.reader("fee"))
    var fee: Double?

    @Option(parsing: .unconditional, help: "Engagement cost of the new instructor (default: the median of outside instructors with the skill, else of all outside instructors, else 0).",
            transform: MoneyOption.reader("engagement"))
    var engagement: Double?

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: "Seconds for each solve.")
    var timeLimit: Double = 60

    @Option(parsing: .unconditional, help: "Solves run at once (default: one per core).")
    var jobs: Int = ParallelJobs.cores

    @Option(help: "Also write the advice as JSON to this file (`trainplan report --sourcing-json` reads it).")
    var json: String?

    @OptionGroup var sharding: ShardOption
    @OptionGroup var shardFolder: ShardFolderOption

    @Option(name: .customLong("upgrade-cost"), parsing: .unconditional, help: ArgumentHelp(
        "Also rank certifying an existing instructor at the level a course asks, at this cost each.", valueName: "amount"),
            transform: MoneyOption.reader("upgrade-cost"))
    var upgradeCost: Double?

    @Option(help: ArgumentHelp("Language of the output: id or en (default: TRAINPLAN_LANG, else LANG).", valueName: "id|en"))
    var lang: ReportFormatOptions.LanguageChoice?

    var language: Language { lang.map { $0 == .id ? .id : .en } ?? Language.fromEnvironment() }

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if sharding.shard != nil && shardFolder.folder == nil { throw ValidationError("--shard needs --out DIR") }
        if let skills, !skills.contains(where: { $0.isLetter || $0.isNumber }) {
            throw ValidationError("--skills names no skill: give skills separated by commas, or leave the option out for those of the courses left out")
        }
        for (name, value) in [("--fee", fee), ("--engagement", engagement), ("--upgrade-cost", upgradeCost)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("\(name) must be a non-negative amount") }
        }
        try InputFiles([scenario]).refuse(output: json, option: "--json")
    }

    func run() throws {
        let loaded = try Console.loadScenario(scenario, quiet: false, language: language)
        let s = loaded.scenario
        // Skills compare as tags: `Sewing, sewing` is one skill, tried once.
        var seen: Set<String> = []
        let asked = skills?.split(separator: ",").map { Tag.normalize(String($0)) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        if let asked {
            let known = Set(s.courses.map(\.skill))
            for skill in asked where !known.contains(skill) {
                let text = TextCatalogue(language: language)
                let hint = Suggestion.closest(to: skill, in: known).map { text(.didYouMean, $0) } ?? ""
                Console.error(text(.errorNoCourseNeedsSkill, skill, hint))
                throw ExitCode(64)
            }
        }
        let settings = SourcingAdvisor.Settings(
            skills: asked, feePerSlot: fee, engagementCost: engagement,
            options: MIPOptions(timeLimit: TimeLimit.duration(timeLimit)), jobs: jobs, upgradeCost: upgradeCost,
            shouldStop: StopSignals.requested)
        if let shard = sharding.shard { return try StopSignals.gracefully { try runShard(shard, scenario: s, settings: settings) } }
        let advice: SourcingAdvisor.Advice
        do {
            // A Ctrl-C keeps what was done: the advice over the re-solves finished (see ``StopSignals``).
            advice = try StopSignals.gracefully { () throws(PlannerError) in try SourcingAdvisor.advise(s, settings: settings) }
        } catch {
            Console.error(Console.plannerFailure(error, language: language))
            throw ExitStatus.failure
        }
        try render(advice, scenario: s)
    }

    /// Prints the advice and writes its JSON: an unsharded run and `merge` both end here.
    func render(_ advice: SourcingAdvisor.Advice, scenario s: Scenario) throws {
        let text = TextCatalogue(language: language)
        if StopSignals.requested() { Console.error(text(.interruptedSweep)) }
        // With the JSON on standard output (`--json -`), the table goes to standard error.
        let table = Self.text(advice, scenario: s, language: language)
        if json.map(AtomicFile.isStandardOutput) == true { Console.error(table) } else { print(table) }
        if let json {
            do {
                try AtomicFile.write(Self.json(advice), to: json)
            } catch {
                Console.error(Console.writeFailure(error, path: json))
                throw ExitStatus.failure
            }
        }
        if advice.base.status == .infeasible { throw ExitStatus.infeasible }
    }

    /// What `sourcing` prints, in the chosen language.
    static func text(_ advice: SourcingAdvisor.Advice, scenario: Scenario, language: Language = .en) -> String {
        RecommendationText(record: advice.record, text: TextCatalogue(language: language), currency: scenario.currency)
            .lines(scheduled: advice.base.scheduledCourses.count, total: advice.base.courses.count)
            .joined(separator: "\n")
    }

    static func json(_ advice: SourcingAdvisor.Advice) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(advice.record)
    }
}
