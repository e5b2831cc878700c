import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// A mandatory clash names the fewest courses that clash and, of them, those that made optional
/// let every other mandatory course run: checked by making each optional and solving again (a
/// black-box tester found "make any one of them not mandatory" false beside a second clash).
@Suite struct MandatoryClashTests {
    /// `n` welding courses of `sessions` sessions in one 5-day week with one slot, mandatory, each
    /// taught only by the instructor its `by` names.
    static func scenario(_ courses: [(id: String, sessions: Int, by: String)]) throws -> Scenario {
        let lines = courses.map {
            "  - {id: \($0.id), skill: weld, sessions: \($0.sessions), participants: 10, mandatory: true, instructors: [\($0.by)]}"
        }
        let yaml = """
            name: clash
            calendar: {start: 2023-01-02, weeks: 1, slots: ["08:00-12:00"]}
            courses:
            \(lines.joined(separator: "\n"))
            instructors:
              - {id: JOKO, skills: {weld: 1}}
              - {id: SARI, skills: {weld: 1}}
            venues:
              - {id: V1, capacity: 30}
              - {id: V2, capacity: 30}
            """
        return try ScenarioLoader.load(text: yaml, file: "clash.yaml").scenario
    }

    static func solve(_ scenario: Scenario) throws -> Plan {
        try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(20))).plan
    }

    @Test(arguments: [
        // Three that clash in pairs (any two of 3 + 3 sessions overflow 5 days): none alone is enough.
        [("A", 3, "JOKO"), ("B", 3, "JOKO"), ("C", 3, "JOKO")],
        // Two clashes apart, one per instructor: one course made optional leaves the other clash.
        [("A", 3, "JOKO"), ("B", 3, "JOKO"), ("C", 3, "SARI"), ("D", 3, "SARI")],
        // One clash: either will do.
        [("A", 3, "JOKO"), ("B", 3, "JOKO"), ("C", 2, "SARI")],
        // Three on one instructor, 2 + 2 + 2 sessions: any one left out lets the other two run.
        [("A", 2, "JOKO"), ("B", 2, "JOKO"), ("C", 2, "JOKO")],
    ])
    func theFixNamedIsTrue(_ courses: [(String, Int, String)]) throws {
        let scenario = try Self.scenario(courses.map { (id: $0.0, sessions: $0.1, by: $0.2) })
        let plan = try Self.solve(scenario)
        #expect(plan.status == .infeasible)
        let clash = try #require(plan.infeasibilityDetails?.first { $0.kind == .mandatoryClash }, "\(plan.infeasibility ?? [])")
        let named = try #require(clash.courses), enough = try #require(clash.optionalEnough)
        #expect(named.count >= 2)
        // Each named course made optional: the plan runs exactly when the reason says so.
        for id in named {
            var relaxed = scenario
            for k in relaxed.courses.indices where relaxed.courses[k].id == id { relaxed.courses[k].mandatory = false }
            let status = try Self.solve(relaxed).status
            #expect((status == .optimal) == enough.contains(id), "\(id) optional: \(status); the reason: \(plan.infeasibility ?? [])")
        }
    }
}
