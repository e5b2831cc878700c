import Testing
import TrainPlanCore
import TrainPlanReport

/// `verify --lang id` says each broken rule in Indonesian, with the figures the verifier found.
@Suite struct ViolationTextTests {
    @Test(arguments: ViolationKey.allCases)
    func everyRuleHasItsIndonesianSentenceWithTheSameFigures(_ key: ViolationKey) {
        let arguments = (1...6).map { "<\($0)>" }
        let id = TextCatalogue(language: .id).violation(Violation(rule: 5, course: "C1", key: key, arguments))
        #expect(id.hasPrefix("[aturan 5] C1: "), "\(id)")
        #expect(id != Violation(rule: 5, course: "C1", key: key, arguments).description, "\(key) is not translated")
        for n in 1...6 {
            let inEnglish = key.english.contains("{\(n)}"), inIndonesian = id.contains("<\(n)>")
            #expect(inEnglish == inIndonesian, "\(key): figure \(n) is in one sentence and not the other: \(id)")
        }
    }

    /// A real plan broken on purpose: a venue too small (rule 2) and a weekday outside the
    /// course's (rule 3), read back in Indonesian with Indonesian weekdays; English unchanged.
    /// One week, one slot, course C1 (12 participants, Mondays) with instructor I1 and a venue V1 of `seats`.
    static func oneCourse(start: CivilDate, seats: Int) -> Scenario {
        let calendar = PlanningCalendar(start: start, weeks: 1, workdays: [.mon, .tue, .wed, .thu, .fri], slots: ["S1"])
        let course = Course(id: "C1", skill: "sewing", sessions: 1, weekdays: [.mon], earliestStart: start,
                            latestEnd: start.adding(days: 6), participants: 12, value: 1000)
        return Scenario(name: "t", calendar: calendar, courses: [course],
                        instructors: [Instructor(id: "I1", skills: ["sewing": 1])], venues: [Venue(id: "V1", capacity: seats)])
    }

    @Test func aBrokenPlanIsExplainedInIndonesian() throws {
        let start = try #require(CivilDate("2023-01-02"))
        let scenario = Self.oneCourse(start: start, seats: 10)
        var planned = PlannedCourse(id: "C1", scheduled: true, instructor: "I1", venue: "V1", weekdays: [.tue], startSlot: 1)
        planned.sessions = [PlannedSession(date: start.adding(days: 1), slots: [1])]
        let plan = Plan(scenario: "t", status: .feasible, objective: 0, bound: nil, cost: CostBreakdown(), unmetValue: 0, courses: [planned])
        let violations = PlanVerifier.verify(plan, against: scenario).violations
        let id = TextCatalogue(language: .id), en = TextCatalogue(language: .en)
        let lines = violations.map(id.violation)
        #expect(lines.contains("[aturan 2] C1: V1 memuat 10 orang, kursus ini punya 12 peserta"), "\(lines)")
        #expect(lines.contains("[aturan 3] C1: bertemu pada Sel, yang bukan salah satu harinya"), "\(lines)")
        #expect(violations.map(en.violation) == violations.map(\.description))
        #expect(violations.map(en.violation).contains("[rule 2] C1: V1 seats 10, the course has 12 participants"))
    }

    /// A misstated figure reads in Indonesian with Indonesian grouping (it stayed English, "1,240").
    @Test func aMisstatedFigureIsExplainedInIndonesian() throws {
        let scenario = Self.oneCourse(start: try #require(CivilDate("2023-01-02")), seats: 20)
        let plan = Plan(scenario: "t", status: .feasible, objective: 1_240, bound: nil, cost: CostBreakdown(), unmetValue: 1_000,
                        courses: [.unscheduled("C1", reasons: ["value"])])
        let violations = PlanVerifier.verify(plan, against: scenario).violations
        #expect(violations.map(\.description) == ["[plan] objective is 1,240, recomputed 1,000"])
        #expect(violations.map(TextCatalogue(language: .id).violation) == ["[rencana] objective tertulis 1.240, dihitung ulang 1.000"])
    }
}
