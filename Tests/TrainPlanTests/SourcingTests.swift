import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// Sourcing advice against hand-computed gains and independent re-solves.
@Suite struct SourcingTests {
    static func load(_ path: String) throws -> Scenario {
        try ScenarioLoader.load(path: FixtureTests.root.appendingPathComponent(path).path).scenario
    }

    @Test func theOneBlockingSkillRanksFirstWithItsExactGain() throws {
        let scenario = try Self.load("sourcing/one-skill-blocks.yaml")
        let settings = SourcingAdvisor.Settings(feePerSlot: 100_000, engagementCost: 500_000, jobs: 2)
        let advice = try SourcingAdvisor.advise(scenario, settings: settings)
        #expect(advice.base.objective == 25_700_000)  // worked out in the fixture's header
        #expect(advice.candidates.map(\.skill) == ["garment-mechanic", "batik"])
        let top = try #require(advice.recommendation)
        #expect(top.skill == "garment-mechanic")
        #expect(top.gain == 14_300_000)
        #expect(top.coursesGained == ["MECH-1", "MECH-2"])
        #expect(top.traineesGained == 20)
        #expect(top.exact)
        #expect(advice.candidates[1].gain == 0)
        #expect(advice.reliances.isEmpty)  // everyone is internal

        // The gain is the objective difference of a re-solve done here, independently.
        var extended = scenario
        extended.instructors.append(Instructor(id: "X", source: .freelance, skills: ["garment-mechanic": 2],
                                               feePerSlot: 100_000, engagementCost: 500_000))
        let (plan, _) = try TrainingPlanner.solve(extended)
        let base = try #require(advice.base.objective), resolved = try #require(plan.objective)
        #expect(top.gain == base - resolved)
        #expect(PlanVerifier.verify(top.plan, against: extended.replacingLast(with: top.instructor)).isValid)
    }

    @Test func pekalonganNamesTheGarmentMechanic() throws {
        let scenario = try Self.load("pekalongan-2023")
        let advice = try SourcingAdvisor.advise(scenario, settings: .init(jobs: 2))
        #expect(advice.recommendation?.skill == "garment-mechanic")
        // The candidate mechanic the plan engages for GM-01 is the most valuable outside instructor.
        let first = try #require(advice.reliances.first)
        #expect(first.instructor == "CND-HARTO")
        #expect((first.worth ?? 0) > 0)
        // And each worth is a real re-solve without that instructor.
        var without = scenario
        without.instructors.removeAll { $0.id == "CND-HARTO" }
        let (plan, _) = try TrainingPlanner.solve(without)
        #expect(first.worth == (plan.objective ?? 0) - (advice.base.objective ?? 0))
    }

    @Test func aScenarioWithEveryCourseScheduledHasNothingToSource() throws {
        let scenario = try Self.load("rules/cohort-clash.yaml")
        let advice = try SourcingAdvisor.advise(scenario, settings: .init(jobs: 1))
        #expect(advice.candidates.isEmpty)
        #expect(advice.recommendation == nil)
    }

    /// A course blocked twice (no instructor has its skill, no venue seats it): the hire of that
    /// skill gains nothing, and the reason given is the venue, not the instructor it adds.
    @Test func anOptionThatGainsNothingIsExplainedByWhatStillBlocks() throws {
        let text = """
            calendar: {start: 2024-01-01, weeks: 2, slots: [am, pm]}
            defaults: {valuePerParticipant: 1000000}
            courses:
              - {id: SEW-1, skill: sewing, sessions: 2, participants: 8}
              - {id: KOM-1, skill: computer, sessions: 2, participants: 20}
            instructors:
              - {id: ANI, skills: {sewing: 2}, feePerSlot: 50000}
            venues:
              - {id: ROOM, capacity: 10}
            """
        let scenario = try ScenarioLoader.load(text: text, file: "blocked.yaml").scenario
        let advice = try SourcingAdvisor.advise(scenario, settings: .init(jobs: 1))
        let row = try #require(advice.record.candidates.first { $0.skill == "computer" })
        #expect(row.gain == 0)
        let kinds = (row.limitedBy ?? []).map(\.kind)
        #expect(kinds.contains(.noSuitableVenue), "\(kinds)")
        #expect(!kinds.contains(.noQualifiedInstructor), "\(kinds)")
        // Each reason names its course, so two courses of the skill read apart.
        #expect(row.limitedCourses == Array(repeating: "KOM-1", count: kinds.count))
        let lines = RecommendationText(record: advice.record, text: TextCatalogue(language: .en), currency: "IDR").headline()
        #expect(lines.contains { $0.contains("gains nothing: KOM-1: ") }, "\(lines)")
    }
}

extension Scenario {
    /// This scenario with its last instructor replaced (the advisor's assumed newcomer).
    func replacingLast(with instructor: Instructor) -> Scenario {
        var copy = self
        copy.instructors[copy.instructors.count - 1] = instructor
        return copy
    }
}
