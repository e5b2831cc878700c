import ArgumentParser
import Foundation
import GLPK
import TrainPlanCore
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

    @Option(help: "Fee per slot of the new instructor (default: the median of outside instructors with the skill).")
    var fee: Double?

    @Option(help: "Engagement cost of the new instructor (default: the median of outside instructors' engagement costs).")
    var engagement: Double?

    @Option(name: .customLong("time-limit"), help: "Seconds for each solve.")
    var timeLimit: Double = 60

    @Option(help: "Solves run at once (default: one per core).")
    var jobs: Int = ParallelJobs.cores

    @Option(help: "Also write the advice as JSON to this file.")
    var json: String?

    @OptionGroup var sharding: ShardOption
    @OptionGroup var shardFolder: ShardFolderOption

    func validate() throws {
        try TimeLimit.validate(timeLimit)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if sharding.shard != nil && shardFolder.folder == nil { throw ValidationError("--shard needs --out DIR") }
        for (name, value) in [("--fee", fee), ("--engagement", engagement)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("\(name) must be a non-negative amount") }
        }
    }

    func run() throws {
        let loaded = try Console.loadScenario(scenario, quiet: false)
        let s = loaded.scenario
        let asked = skills?.split(separator: ",").map { Tag.normalize(String($0)) }.filter { !$0.isEmpty }
        if let asked {
            let known = Set(s.courses.map(\.skill))
            for skill in asked where !known.contains(skill) {
                let hint = Suggestion.closest(to: skill, in: known).map { " (did you mean \"\($0)\"?)" } ?? ""
                Console.error("--skills: no course needs \"\(skill)\"\(hint)")
                throw ExitStatus.invalidInput
            }
        }
        let settings = SourcingAdvisor.Settings(
            skills: asked, feePerSlot: fee, engagementCost: engagement,
            options: MIPOptions(timeLimit: TimeLimit.duration(timeLimit)), jobs: jobs)
        if let shard = sharding.shard { return try runShard(shard, scenario: s, settings: settings) }
        let advice: SourcingAdvisor.Advice
        do {
            advice = try SourcingAdvisor.advise(s, settings: settings)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.failure
        }
        try render(advice, scenario: s)
    }

    /// Prints the advice and writes its JSON: an unsharded run and `merge` both end here.
    func render(_ advice: SourcingAdvisor.Advice, scenario s: Scenario) throws {
        print(Self.text(advice, scenario: s))
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

    static func text(_ advice: SourcingAdvisor.Advice, scenario: Scenario) -> String {
        let cur = scenario.currency
        func money(_ value: Double?) -> String { value.map { "\(cur) \(Money.plain($0))" } ?? "-" }
        func signed(_ value: Double?) -> String {
            guard let value else { return "-" }
            return (value > 0 ? "+" : value < 0 ? "-" : "") + "\(cur) \(Money.plain(abs(value)))"
        }
        let base = advice.base
        var lines = ["\(base.scenario): best plan \(base.status.rawValue), objective \(money(base.objective)), "
                     + "\(base.scheduledCourses.count) of \(base.courses.count) courses scheduled."]
        lines.append("")
        if advice.candidates.isEmpty {
            lines.append("Every course is scheduled: no skill limits the plan.")
        } else {
            lines.append("One more instructor, by skill (best first)")
            var table = [["rank", "skill", "fee/slot", "engagement", "objective gain", "courses gained", "trainees", "exact"]]
            for (k, c) in advice.candidates.enumerated() {
                var gained = c.coursesGained.joined(separator: " ")
                if !c.coursesLost.isEmpty { gained += " (drops " + c.coursesLost.joined(separator: " ") + ")" }
                table.append(["\(k + 1)", c.skill, money(c.instructor.feePerSlot), money(c.instructor.engagementCost),
                              signed(c.gain), gained.isEmpty ? "none" : gained, "\(c.traineesGained)", c.exact ? "yes" : "no"])
            }
            lines += PlanSummary.columns(table).map { "  " + $0 }
            lines.append("")
            if let top = advice.recommendation {
                let trainees = top.traineesGained >= 0 ? "\(top.traineesGained) more trainees" : "\(-top.traineesGained) fewer trainees"
                var effect = "running \(top.coursesGained.joined(separator: ", "))"
                if !top.coursesLost.isEmpty { effect += " instead of \(top.coursesLost.joined(separator: ", "))" }
                lines.append("Recommendation: source an instructor for \(top.skill) (level \(top.instructor.skills[top.skill] ?? 1)): "
                             + "the objective improves by \(money(top.gain)), \(effect), \(trainees).")
            } else {
                lines.append("No single extra instructor improves the plan: the courses left out are limited by venues, cohorts, budget or value.")
            }
        }
        if !advice.reliances.isEmpty {
            lines.append("")
            lines.append("Outside instructors the plan engages, and what the plan loses without them")
            var table = [["instructor", "source", "courses", "worth"]]
            for r in advice.reliances {
                let worth = r.essential ? "essential (no valid plan without them)" : money(r.worth) + (r.exact ? "" : " (approx.)")
                table.append([r.instructor, r.source.rawValue, r.courses.joined(separator: " "), worth])
            }
            lines += PlanSummary.columns(table).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    struct Report: Encodable {
        struct Row: Encodable {
            var skill: String, instructor: String, feePerSlot: Double, engagementCost: Double
            var status: String, objective: Double?, gain: Double?, exact: Bool
            var coursesGained: [String], coursesLost: [String], traineesGained: Int
        }
        struct Reliance: Encodable {
            var instructor: String, source: String, courses: [String], worth: Double?, essential: Bool, exact: Bool
        }
        var scenario: String, status: String, objective: Double?
        var candidates: [Row], reliances: [Reliance], recommendation: String?
    }

    static func json(_ advice: SourcingAdvisor.Advice) throws -> Data {
        let report = Report(
            scenario: advice.base.scenario, status: advice.base.status.rawValue, objective: advice.base.objective,
            candidates: advice.candidates.map {
                .init(skill: $0.skill, instructor: $0.instructor.id, feePerSlot: $0.instructor.feePerSlot,
                      engagementCost: $0.instructor.engagementCost, status: $0.plan.status.rawValue,
                      objective: $0.plan.objective, gain: $0.gain, exact: $0.exact, coursesGained: $0.coursesGained,
                      coursesLost: $0.coursesLost, traineesGained: $0.traineesGained)
            },
            reliances: advice.reliances.map {
                .init(instructor: $0.instructor, source: $0.source.rawValue, courses: $0.courses, worth: $0.worth,
                      essential: $0.essential, exact: $0.exact)
            },
            recommendation: advice.recommendation?.skill)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(report)
    }
}
