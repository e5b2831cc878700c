import Foundation
import GLPK
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// Scenarios and plans the report tests share.
enum ReportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let pekalonganPath = packageRoot.appendingPathComponent("fixtures/pekalongan-2023").path

    /// A fixed DTSTAMP / footer time, so outputs are reproducible.
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    /// The Pekalongan fixture and its optimal plan (solved once for the whole suite).
    static let pekalongan: Result<(scenario: Scenario, plan: Plan), any Error> = Result {
        let scenario = try ScenarioLoader.load(path: pekalonganPath).scenario
        let plan = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60))).plan
        return (scenario, plan)
    }

    /// The Pekalongan forum fixture (industry demand, apprenticeships) and its plan.
    static let forum: Result<(scenario: Scenario, plan: Plan), any Error> = Result {
        let scenario = try ScenarioLoader.load(path: packageRoot.appendingPathComponent("fixtures/pekalongan-2023-forum").path).scenario
        let plan = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60))).plan
        return (scenario, plan)
    }

    /// Names full of what breaks CSV and iCalendar: delimiters, quotes, line breaks, backslashes, non-ASCII.
    static let trickyTitle = "Jahit, \"pola\"; lanjutan\nbaris 2 – tingkat \\ mahir"
    static let trickyInstructor = "Sri \"Bu Sri\" Wahyuni; S.Pd., M.T."
    static let trickyVenue = "Bengkel, garmen\r\nlantai 2"
    static let trickySite = "BLK; Kota Pekalongan, \"Jl. Merdeka\""

    /// One course with tricky names, taught on two days, by hand (no solver needed).
    static func tricky(slots: [String] = ["08:00-12:00", "13:00-16:00"], timeZone: String = "Asia/Jakarta")
        -> (scenario: Scenario, plan: Plan) {
        let start = CivilDate(year: 2023, month: 1, day: 2)!
        let calendar = PlanningCalendar(start: start, weeks: 2, slots: slots, timeZone: timeZone)
        let course = Course(id: "C-1", title: trickyTitle, skill: "sewing", sessions: 2, sessionLength: 2,
                            weekdays: [.mon, .tue, .wed, .thu, .fri], earliestStart: start, latestEnd: calendar.end,
                            participants: 12, value: 5_000_000)
        let other = Course(id: "C-2", title: "Batik; tulis", skill: "batik", sessions: 1, weekdays: [.mon],
                           earliestStart: start, latestEnd: calendar.end, participants: 10, value: 1_000_000)
        let instructor = Instructor(id: "I-1", name: trickyInstructor, source: .partner, organization: "LPKS \"Maju\", Tbk",
                                    skills: ["sewing": 3], feePerSlot: 75_000, engagementCost: 500_000)
        let venue = Venue(id: "V-1", name: trickyVenue, site: trickySite, capacity: 20, costPerSlot: 150_000)
        let scenario = Scenario(name: "Uji, \"tricky\"", budget: 10_000_000, calendar: calendar,
                                premiumPerParticipantMonth: 16_800, courses: [course, other],
                                instructors: [instructor], venues: [venue])
        let sessions = [PlannedSession(date: start, slots: [1, 2]), PlannedSession(date: start.adding(days: 1), slots: [1, 2])]
        let cost = CostBreakdown(instructorFees: 4 * 75_000, engagement: 500_000, venues: 4 * 150_000, socialSecurity: 12 * 16_800)
        var plan = Plan(scenario: scenario.name, status: .optimal, objective: cost.total + 1_000_000, bound: cost.total + 1_000_000,
                        cost: cost, unmetValue: 1_000_000,
                        courses: [PlannedCourse(id: "C-1", scheduled: true, instructor: "I-1", venue: "V-1",
                                                weekdays: [.mon, .tue], startSlot: 1, sessions: sessions),
                                  .unscheduled("C-2", reasons: ["no instructor has batik"])])
        plan.gap = 0
        plan.engage = [Engagement(instructor: "I-1", source: .partner, engagementCost: 500_000, courses: ["C-1"])]
        return (scenario, plan)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-report-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
