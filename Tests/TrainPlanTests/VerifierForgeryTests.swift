import Foundation
import Testing
import TrainPlanCore

/// `verify` rejects every figure a plan misstates and never crashes on what a plan file can hold.
@Suite struct VerifierForgeryTests {
    typealias Base = VerifierTests

    /// The hand-made plan of ``VerifierTests`` with the `engage` list and gap the solver writes:
    /// A is paid an engagement cost (50,000) for C1; B is internal and unpaid, so not listed.
    static func statedPlan() -> Plan {
        var plan = Base.validPlan()
        plan.engage = [Engagement(instructor: "A", source: .internal, engagementCost: 50_000, courses: ["C1"])]
        plan.gap = 5_000.0 / 405_000.0
        return plan
    }

    func messages(_ plan: Plan, _ scenario: Scenario = Base.scenario()) -> [String] {
        PlanVerifier.verify(plan, against: scenario).violations.map(\.description)
    }

    @Test func theStatedPlanIsValid() {
        #expect(messages(Self.statedPlan()).isEmpty)
    }

    /// `optimal` needs its bound within PROBLEM.md's relative 1e-6 of the objective: a bound a cent
    /// below an objective of 7.71 leaves room for a plan of 7.70 (an absolute cent was let through).
    @Test func optimalNeedsABoundWithinOneMillionth() {
        let objective = Self.statedPlan().objective ?? 0
        for (below, valid) in [(0.0, true), (objective * 0.9e-6, true), (objective * 2e-6, false), (0.01, 0.01 <= objective * 1e-6)] {
            var plan = Self.statedPlan()
            plan.status = .optimal
            plan.bound = objective - below
            plan.gap = below / objective
            let found = messages(plan)
            #expect(found.isEmpty == valid, "\(below): \(found)")
        }
    }

    /// A scenario without demand has no apprenticeships: a plan stating some is misstated (the report
    /// printed them and a total they made up).
    @Test func apprenticeshipsWithoutDemandAreMisstated() {
        var plan = Self.statedPlan()
        plan.cost?.apprenticeships = 5_000
        #expect(messages(plan).contains { $0.contains("cost.apprenticeships is 5,000, recomputed 0") }, "\(messages(plan))")
        plan.cost?.apprenticeships = 0
        #expect(messages(plan).isEmpty, "\(messages(plan))")
    }

    /// Sessions listed newest first are the same plan; a start slot of 0 is named once, not again per session.
    @Test func sessionOrderIsNotARuleAndABadStartSlotIsNamedOnce() throws {
        var reversed = Self.statedPlan()
        let index = try #require(reversed.courses.firstIndex { ($0.sessions?.count ?? 0) > 1 })
        reversed.courses[index].sessions?.reverse()
        #expect(messages(reversed).isEmpty, "\(messages(reversed))")
        var zero = Self.statedPlan()
        zero.courses[index].startSlot = 0
        zero.courses[index].sessions = zero.courses[index].sessions?.map { PlannedSession(date: $0.date, slots: [0]) }
        let found = messages(zero)
        #expect(found.filter { $0.contains("[rule 3]") }.count == 1 && found.contains { $0.contains("slot 0") }, "\(found)")
    }

    /// A hand-written plan without `weekdays` whose sessions do not show every day of the rhythm (one
    /// session of a two-day course) is valid where some rhythm gives its dates: verify took the
    /// sessions' weekdays alone and said the course met on 1 weekday where it asks for 2.
    @Test func weekdaysLeftOutAreTheRhythmTheDatesFit() {
        var scenario = Base.scenario()
        scenario.courses[0].sessions = 1
        var plan = Self.statedPlan()
        plan.courses[0] = Base.run("C1", "A", "V", [.mon, .tue], slot: 1, [1])
        plan.courses[0].weekdays = nil
        let rhythm = { (plan: Plan) in self.messages(plan, scenario).filter { $0.contains("[rule 3]") } }
        #expect(rhythm(plan).isEmpty, "\(rhythm(plan))")
        plan.courses[0] = Base.run("C1", "A", "V", [.mon, .tue], slot: 1, [2])
        plan.courses[0].weekdays = nil
        #expect(rhythm(plan).contains { $0.contains("meets on wed, which is not one of its weekdays") }, "\(rhythm(plan))")
    }

    @Test func forgedEngagementsAreRejected() {
        var added = Self.statedPlan()
        added.engage?.append(Engagement(instructor: "B", source: .freelance, engagementCost: 9_000_000, courses: ["C2"]))
        #expect(messages(added).contains { $0.contains("source freelance") })
        #expect(messages(added).contains { $0.contains("engagement cost of 9,000,000") })

        var stranger = Self.statedPlan()
        stranger.engage?.append(Engagement(instructor: "NOBODY", source: .candidate, engagementCost: 1, courses: []))
        #expect(messages(stranger).contains { $0.contains("NOBODY, who is not in the scenario") })

        var idle = Self.statedPlan()
        idle.courses[1].instructor = "A"  // A teaches C2 too (rule 1 also breaks); the list still says C1 only
        #expect(messages(idle).contains { $0.contains("engage gives A the courses C1") })

        var dropped = Self.statedPlan()
        dropped.engage = []
        #expect(messages(dropped).contains { $0.contains("engage leaves out A") })

        var twice = Self.statedPlan()
        let once = twice.engage ?? []
        twice.engage = once + once
        #expect(messages(twice).contains { $0.contains("lists A twice") })

        var noPlan = Plan(scenario: "verifier", status: .infeasible,
                          courses: ["C1", "C2", "C3"].map { .unscheduled($0, reasons: ["no valid plan exists"]) })
        noPlan.engage = Self.statedPlan().engage
        #expect(!messages(noPlan).isEmpty)
    }

    /// C1 meets Monday and Tuesday; a plan naming Monday twice breaks rule 3, and the message
    /// says so (it said "meets on 2 distinct weekday(s), the rhythm asks for 2").
    @Test func aWeekdayNamedTwiceIsNamed() {
        var twice = Self.statedPlan()
        twice.courses[0].weekdays = [.mon, .mon]
        let found = messages(twice)
        #expect(found.contains { $0.contains("[rule 3] C1: its weekdays [mon mon] name a day twice") }, "\(found)")
    }

    /// The contract asks only for the earlier plan's file and T under `replanning`: a plan written
    /// by hand with no more reads (it was refused for a missing "changePenalty").
    @Test func aHandWrittenReplanningRecordReads() throws {
        let json = #"{"from": "old.json", "frozenUntil": "2023-02-03"}"#
        let record = try JSONDecoder().decode(ReplanningRecord.self, from: Data(json.utf8))
        #expect(record.from == "old.json" && record.frozenUntil.map { "\($0)" } == "2023-02-03")
        #expect(record.changed.isEmpty && record.penalties == 0 && record.frozen.isEmpty)
        let missing = #"{"frozenUntil": "2023-02-03"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReplanningRecord.self, from: Data(missing.utf8)) }
    }

    /// A plan written by another tool may leave out "format": it reads as this format; another
    /// format is still refused.
    @Test func aPlanWithoutItsFormatReads() throws {
        let json = #"{"scenario": "s", "status": "unknown", "courses": [{"id": "C1", "scheduled": false}]}"#
        let plan = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
        #expect(plan.format == Plan.format && plan.courses.map(\.id) == ["C1"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try json.replacingOccurrences(of: "{\"scenario\"", with: "{\"format\": \"other/2\", \"scenario\"")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: PlanFileError.self) { try PlanFile.read(file.path) }
    }

    @Test func aWrongGapIsRejected() {
        var wrong = Self.statedPlan()
        wrong.gap = 0
        #expect(messages(wrong).contains { $0.contains("gap is 0.0, recomputed") })
        var negative = Self.statedPlan()
        negative.gap = -0.5
        #expect(!messages(negative).isEmpty)
        var unbounded = Self.statedPlan()
        unbounded.bound = nil
        #expect(messages(unbounded).contains { $0.contains("without a bound") })
    }

    @Test func oneRupiahOverTheBudgetIsRejected() {
        // The plan costs 105,000.
        #expect(messages(Self.statedPlan(), Base.scenario(budget: 104_999)).contains { $0.contains("[rule 8]") })
        #expect(messages(Self.statedPlan(), Base.scenario(budget: 104_999.99)).contains { $0.contains("[rule 8]") })
        #expect(messages(Self.statedPlan(), Base.scenario(budget: 105_000)).isEmpty)
        // Big budgets too: a relative tolerance used to let 10,000 rupiah through at 10 billion.
        var big = Self.statedPlan()
        big.cost?.instructorFees += 9_999_895_000
        big.objective = big.objective.map { $0 + 9_999_895_000 }
        let scenario = Base.scenario(budget: 9_999_999_999)
        #expect(!messages(big, scenario).isEmpty)
    }

    @Test func aFigureOffByOneRupiahIsRejectedAtAnySize() {
        var plan = Self.statedPlan()
        plan.unmetValue = 300_001
        #expect(messages(plan).contains { $0.contains("unmetValue is 300,001, recomputed 300,000") })
    }

    @Test(arguments: [Int.max, Int.min, Int.max - 1, 0, 3])
    func anyStartSlotIsCheckedWithoutTrapping(_ slot: Int) {
        var plan = Self.statedPlan()
        plan.courses[1].startSlot = slot
        plan.courses[1].sessions = [PlannedSession(date: Base.day(2), slots: [slot])]
        #expect(messages(plan).contains { $0.contains("[rule 3]") })
    }

    @Test(arguments: [1e300, -1e300, 9.3e16, Double.greatestFiniteMagnitude])
    func enormousStatedFiguresAreRejectedWithoutTrapping(_ figure: Double) {
        var plan = Self.statedPlan()
        plan.cost?.venues = figure
        plan.objective = figure
        plan.bound = nil
        plan.gap = nil
        #expect(messages(plan).contains { $0.contains("cost.venues is") })
        #expect(!Money.plain(figure).isEmpty)
    }

    @Test func moneyTextOfHugeAmounts() {
        #expect(Money.plain(1e20) == "100,000,000,000,000,000,000")
        #expect(Money.plain(-1e17) == "-100,000,000,000,000,000")
        #expect(Money.plain(1_234_567.5) == "1,234,567.50")
        #expect(Money.plain(.infinity) == "∞")
    }
}
