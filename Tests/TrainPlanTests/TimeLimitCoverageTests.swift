import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanGenerator
@testable import TrainPlanSolver

/// The time limit and a stop request cover working out the candidates and the first plan,
/// not only GLPK's search (a 10,000-course scenario with `--time-limit 20` ran 78 s).
@Suite struct TimeLimitCoverageTests {
    static let province = ScenarioGenerator.generate(.province, seed: 1).scenario

    @Test func candidatesPastTheDeadlineKeepOnlyTheMandatoryCourses() {
        var scenario = Self.province
        scenario.courses[3].mandatory = true
        let full = Candidates(scenario: scenario)
        let cut = Candidates(scenario: scenario, deadline: .now - .seconds(1))
        for (c, options) in cut.courses.enumerated() {
            if scenario.courses[c].mandatory {
                #expect(options.patterns == full.courses[c].patterns, "a mandatory course is always worked out")
            } else {
                #expect(options.isEmpty && options.wasNotConsidered)
            }
        }
        let stopped = Candidates(scenario: scenario, shouldStop: { true })
        #expect(stopped.courses.filter(\.wasNotConsidered).count == scenario.courses.filter { !$0.mandatory }.count)
    }

    @Test func aLimitSpentPreparingGivesAValidPlanWithoutABound() throws {
        let scenario = Self.province
        let (plan, statistics) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .nanoseconds(1)))
        #expect(plan.status == .feasible)
        #expect(plan.bound == nil, "courses not considered: no bound can be claimed")
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        #expect(statistics.stopReason == .timeLimit)
        #expect(plan.courses.contains { $0.reasonDetails == [Candidates.notConsidered] })
    }

    /// Neighbours are worked out per course when asked; they must be exactly the pairs the search
    /// used to build all at once: a shared possible resource and overlapping windows.
    @Test func neighboursAreThoseSharingAResourceInOverlappingWindows() {
        let candidates = Candidates(scenario: Self.province)
        var search = NeighbourhoodSearch(candidates: candidates, options: MIPOptions(), starCliques: false)
        let calendar = Self.province.calendar
        let span = candidates.courses.map { options -> ClosedRange<Int>? in
            guard !options.isEmpty else { return nil }
            let firsts = options.patterns.map { calendar.offset(of: $0.firstDate) }
            let lasts = options.patterns.map { calendar.offset(of: $0.lastDate) }
            return (firsts.min() ?? 0)...(lasts.max() ?? 0)
        }
        var pairs = 0
        for a in candidates.courses.indices {
            let expected = candidates.courses.indices.filter { b in
                guard b != a, let sa = span[a], let sb = span[b] else { return false }
                return sa.overlaps(sb) && !search.resources[a].isDisjoint(with: search.resources[b])
            }
            #expect(search.neighbours(of: a) == expected)
            pairs += expected.count
        }
        #expect(pairs > 100)
    }
}
