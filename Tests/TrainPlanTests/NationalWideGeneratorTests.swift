import GLPK
import Testing
import TrainPlanCore
@testable import TrainPlanGenerator
import TrainPlanSolver

/// The `nationalwide` family (issue 16): many ways to run each course, a valid plan always,
/// and a size the solver holds in memory (it does not build the whole model's LP bound).
@Suite struct NationalWideGeneratorTests {
    /// The family's shape at a size a unit test solves: two zones, half a year.
    static let small = NationalWideFamily.Size(zones: 2, coursesPerZone: 12...14, instructorsPerZone: 10...11, pool: 3...4,
                                               venuesPerZone: 5, weeks: 26)

    @Test(arguments: [UInt64(1), 2, 3])
    func smallVariantIsDeterministicAndSolvesToAVerifiedPlan(seed: UInt64) throws {
        let generated = NationalWideFamily.generate(seed: seed, size: Self.small)
        #expect(generated.yaml == NationalWideFamily.generate(seed: seed, size: Self.small).yaml)
        let scenario = generated.scenario
        #expect(scenario.courses.filter(\.mandatory).count == 2)
        #expect(scenario.courses.allSatisfy { (2...3).contains($0.daysPerWeek) && (4...5).contains($0.weekdays.count) })
        let loaded = try ScenarioLoader.load(text: generated.yaml, file: "nationalwide-small.yaml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.prefix(5))")

        let candidates = Candidates(scenario: scenario)
        #expect(candidates.courses.allSatisfy { !$0.isEmpty }, "seed \(seed): a course cannot run")
        // Many combinations per course: weekday sets times start dates times slots, broad staff and rooms.
        let broad = candidates.courses.filter { $0.optionCount >= 1_000 }.count
        #expect(broad * 2 >= candidates.courses.count, "seed \(seed): only \(broad) courses with 1,000 options or more")

        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10), relativeGap: 0.05))
        #expect(plan.status == .optimal || plan.status == .feasible, "seed \(seed): \(plan.status)")
        let mandatory = Set(scenario.courses.filter(\.mandatory).map(\.id))
        #expect(plan.courses.filter { mandatory.contains($0.id) && !$0.scheduled }.isEmpty)
        let report = PlanVerifier.verify(plan, against: scenario)
        #expect(report.isValid, "\(report.violations.prefix(5))")
    }

    /// The full size: the whole model of `nationalwide` is far too large to build for a bound
    /// (it took GBs), that of `national` is still built.
    @Test func boundModelIsLeftOutOnlyWhereItIsHuge() {
        let wide = Candidates(scenario: ScenarioGenerator.generate(.nationalwide, seed: 1).scenario)
        let national = Candidates(scenario: ScenarioGenerator.generate(.national, seed: 1).scenario)
        #expect(!TrainingPlanner.buildsBoundModel(for: wide))
        #expect(TrainingPlanner.buildsBoundModel(for: national))
    }
}
