import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// `trainplan generate`: deterministic, realistic, readable by the loader, and always plannable.
@Suite struct GeneratorTests {
    @Test func splitMixIsTheReferenceSequence() {
        // SplitMix64 from seed 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        var draws = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let n = draws.int(in: 3...9)
            #expect((3...9).contains(n))
        }
    }

    @Test(arguments: ScenarioFamily.allCases)
    func sameSeedSameFile(_ family: ScenarioFamily) {
        let a = ScenarioGenerator.generate(family, seed: 11).yaml
        let b = ScenarioGenerator.generate(family, seed: 11).yaml
        let c = ScenarioGenerator.generate(family, seed: 12).yaml
        #expect(a == b)
        #expect(a != c)
    }

    /// Sizes as the issue states them, roughly.
    @Test(arguments: ScenarioFamily.allCases)
    func sizesMatchTheFamily(_ family: ScenarioFamily) {
        let expected: (courses: ClosedRange<Int>, instructors: ClosedRange<Int>, venues: ClosedRange<Int>, weeks: Int, slots: Int) =
            switch family {
            case .city: (20...30, 20...30, 6...12, 12, 2)
            case .province: (140...160, 90...110, 25...40, 26, 2)
            case .national: (560...640, 370...430, 100...140, 52, 3)
            case .weekly: (55...65, 25...40, 8...16, 10, 4)
            case .long: (24...40, 16...34, 11...11, 26, 3)
            case .parttime: (40...56, 24...28, 7...7, 14, 4)
            case .nationalwide: (660...696, 395...415, 138...138, 52, 3)
            }
        for seed: UInt64 in 1...3 {
            let s = ScenarioGenerator.generate(family, seed: seed).scenario
            #expect(expected.courses.contains(s.courses.count), "\(family) seed \(seed): \(s.courses.count) courses")
            #expect(expected.instructors.contains(s.instructors.count), "\(family) seed \(seed): \(s.instructors.count) instructors")
            #expect(expected.venues.contains(s.venues.count), "\(family) seed \(seed): \(s.venues.count) venues")
            #expect(s.calendar.weeks == expected.weeks && s.calendar.slotCount == expected.slots)
            #expect((1...12).contains(s.courses.filter(\.mandatory).count))
            #expect(Set(InstructorSource.allCases).isSubset(of: Set(s.instructors.map(\.source))))
            if family == .weekly || family == .parttime {
                #expect(s.courses.allSatisfy { $0.sessionLength == 1 && (1...3).contains($0.daysPerWeek) })
            }
        }
    }

    /// generate --demand → YAML → loader: each course keeps its value, where the reader would give a
    /// course without one only the demand it serves (the written file said nothing, and read back 0).
    @Test func demandYAMLKeepsEveryCoursesValue() throws {
        var generated = ScenarioGenerator.generate(.city, seed: 3)
        DemandGenerator.addDemand(to: &generated)
        let s = try ScenarioLoader.load(text: generated.yaml, file: "city+demand.yaml").scenario
        #expect(!s.demand.isEmpty)
        #expect(s.courses.map(\.value) == generated.scenario.courses.map(\.value))
    }

    /// generate → YAML → loader: the same scenario, without a warning.
    @Test(arguments: ScenarioFamily.allCases)
    func yamlRoundTrips(_ family: ScenarioFamily) throws {
        let generated = ScenarioGenerator.generate(family, seed: 3)
        let original = generated.scenario
        let loaded = try ScenarioLoader.load(text: generated.yaml, file: "\(family).yaml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.prefix(5))")
        let s = loaded.scenario
        #expect(s.name == original.name)
        #expect(s.budget == original.budget)
        #expect(s.courses.count == original.courses.count)
        #expect(s.instructors.count == original.instructors.count)
        #expect(s.venues.count == original.venues.count)
        #expect(s.calendar.start == original.calendar.start && s.calendar.weeks == original.calendar.weeks)
        #expect(s.calendar.holidays == original.calendar.holidays)
        #expect(s.calendar.slots == original.calendar.slots && s.calendar.workdays == original.calendar.workdays)
        for (a, b) in zip(s.courses, original.courses) {
            #expect(a.id == b.id && a.skill == b.skill && a.level == b.level && a.sessions == b.sessions)
            #expect(a.sessionLength == b.sessionLength && a.daysPerWeek == b.daysPerWeek && a.weekdays == b.weekdays)
            #expect(a.earliestStart == b.earliestStart && a.latestEnd == b.latestEnd && a.participants == b.participants)
            #expect(a.value == b.value && a.mandatory == b.mandatory && a.cohort == b.cohort && a.socialSecurity == b.socialSecurity)
            #expect(a.equipment == b.equipment && a.instructors == b.instructors && a.venues == b.venues)
        }
        for (a, b) in zip(s.instructors, original.instructors) {
            #expect(a.id == b.id && a.skills == b.skills && a.feePerSlot == b.feePerSlot && a.engagementCost == b.engagementCost)
            #expect(a.maxSlotsPerDay == b.maxSlotsPerDay && a.maxSlotsPerWeek == b.maxSlotsPerWeek && a.maxSlots == b.maxSlots)
            #expect(a.maxCourses == b.maxCourses && a.availableFrom == b.availableFrom && a.unavailable == b.unavailable)
        }
        for (a, b) in zip(s.venues, original.venues) {
            #expect(a.id == b.id && a.capacity == b.capacity && a.equipment == b.equipment)
            #expect(a.costPerSlot == b.costPerSlot && a.unavailable == b.unavailable)
        }
    }

    /// Every course of a generated scenario can run on its own (rules 1-4), so no course is dead weight.
    @Test(arguments: [ScenarioFamily.city, .weekly, .province])
    func everyCourseHasOptions(_ family: ScenarioFamily) {
        for seed: UInt64 in 1...3 {
            let candidates = Candidates(scenario: ScenarioGenerator.generate(family, seed: seed).scenario)
            let dead = candidates.courses.filter(\.isEmpty).map { candidates.scenario.courses[$0.course].id }
            #expect(dead.count <= 1, "\(family) seed \(seed): \(dead) cannot run")
        }
    }

    /// Every generated scenario has a valid plan: the planner finds one and the verifier accepts it.
    @Test(arguments: [ScenarioFamily.city, .weekly], [UInt64(1), 2, 3])
    func generatedScenarioHasAValidPlan(_ family: ScenarioFamily, seed: UInt64) throws {
        let scenario = ScenarioGenerator.generate(family, seed: seed).scenario
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(10), relativeGap: 0.05))
        #expect(plan.status == .optimal || plan.status == .feasible, "\(family) seed \(seed): \(plan.status)")
        let mandatory = Set(scenario.courses.filter(\.mandatory).map(\.id))
        let unscheduled = plan.courses.filter { mandatory.contains($0.id) && !$0.scheduled }.map(\.id)
        #expect(unscheduled.isEmpty)
        let report = PlanVerifier.verify(plan, against: scenario)
        #expect(report.isValid, "\(report.violations.prefix(5))")
    }

    /// The larger families too, with the greedy plan alone (a solve would take long in a unit test).
    @Test(arguments: [ScenarioFamily.province, .national])
    func largeFamilyHasAGreedyPlan(_ family: ScenarioFamily) throws {
        let scenario = ScenarioGenerator.generate(family, seed: 1).scenario
        let candidates = Candidates(scenario: scenario)
        let assignments = try #require(GreedyPlanner.plan(candidates), "\(family): no greedy plan")
        let plan = PlanAssembler.plan(scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:])
        let report = PlanVerifier.verify(plan, against: scenario)
        #expect(report.isValid, "\(report.violations.prefix(5))")
    }
}
