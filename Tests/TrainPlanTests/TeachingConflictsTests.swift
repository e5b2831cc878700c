import Testing
import TrainPlanCore
import TrainPlanGenerator
@testable import TrainPlanSolver

/// The `teaches` rows: sets of courses one instructor cannot all teach within its periods and
/// load limits. A wrong row would cut off valid plans, so each one found on the tiny scenarios
/// is checked against every valid plan of the brute-force enumerator.
@Suite struct TeachingConflictsTests {
    /// The ways instructor `i` can teach each course: the model's u[c,i,p].
    static func patterns(of i: Int, _ candidates: Candidates) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for options in candidates.courses {
            for (p, instructors) in options.instructors.enumerated() where instructors.contains(i) {
                result[options.course, default: []].append(p)
            }
        }
        return result
    }

    /// No valid plan has an instructor teach more courses of a set than its row allows: the
    /// minimal sets (`largestSet` 3) and, with none looked for (1), the whole group's row.
    @Test(arguments: [3, 1]) func noValidPlanGivesAnInstructorMoreOfASetThanItsLimit(largestSet: Int) throws {
        var checked = 0
        for seed in UInt64(1)...1500 {
            let scenario = TinyScenarios.make(seed: seed)
            let candidates = Candidates(scenario: scenario)
            var work = 0
            let rows = scenario.instructors.indices.flatMap { i in
                TeachingConflicts.find(instructor: i, patterns: Self.patterns(of: i, candidates), candidates: candidates, work: &work,
                                       largestSet: largestSet).map { (instructor: scenario.instructors[i].id, conflict: $0) }
            }
            guard !rows.isEmpty else { continue }
            var most: [Int] = rows.map { _ in 0 }   // the most courses of each set one valid plan gives its instructor
            let enumerated = BruteForceOracle.forEachValidPlan(scenario) { plan, _ in
                for (k, row) in rows.enumerated() {
                    let taught = row.conflict.courses.filter { plan.courses[$0].scheduled && plan.courses[$0].instructor == row.instructor }
                    most[k] = max(most[k], taught.count)
                }
            }
            guard enumerated != nil else { continue }
            for (k, row) in rows.enumerated() {
                #expect(most[k] <= row.conflict.limit,
                        "seed \(seed): a valid plan has \(row.instructor) teach \(most[k]) of \(row.conflict)")
                checked += 1
            }
        }
        // Not a vacuous pass: the tiny scenarios do have such sets.
        #expect(checked >= 20, "only \(checked) sets found on enumerable scenarios")
    }

    /// The cut HiGHS found strongest at the root of the generated long-3 (see TeachingConflicts):
    /// BLK-01 teaches at most 3 of the five excavator modules (its limits: 2 slots a day, 12 a
    /// week, 161 in all; the modules take 26-92 slots, two of them in 2-slot sessions 3-4 days a
    /// week).
    @Test func theGeneratedLongThreeGetsTheRowHiGHSFound() throws {
        let scenario = ScenarioGenerator.generate(.long, seed: 3).scenario
        let candidates = Candidates(scenario: scenario)
        let i = try #require(scenario.instructors.firstIndex { $0.id == "BLK-01" })
        var work = 0
        let rows = TeachingConflicts.find(instructor: i, patterns: Self.patterns(of: i, candidates), candidates: candidates,
                                          work: &work)
        let modules = (1...5).compactMap { n in scenario.courses.firstIndex { $0.id == "ALB-0\(n)" } }
        #expect(rows.contains(ResourcePacking.Conflict(courses: modules, limit: 3)), "\(rows)")
    }
}
