import Foundation
import Testing
import TrainPlanCore

@Suite struct CostTests {
    let start = CivilDate("2023-01-30")!

    func course(insured: Bool = true) -> Course {
        Course(id: "GM", skill: "garment-mechanic", level: 2, sessions: 20, sessionLength: 2, daysPerWeek: 4,
               weekdays: [.mon, .tue, .wed, .thu], earliestStart: start, latestEnd: start.adding(days: 60),
               participants: 16, value: 40_000_000, socialSecurity: insured)
    }

    /// Hand-computed: 40 slots at 400,000; 40 slots of rent at 150,000; 16 insured for 2 months at 16,800.
    @Test func costRules() {
        let mechanic = Instructor(id: "IND", skills: ["garment-mechanic": 3], feePerSlot: 400_000, engagementCost: 2_500_000)
        let room = Venue(id: "R", capacity: 20, costPerSlot: 150_000)
        #expect(CostRules.fees(course(), mechanic) == 16_000_000)
        #expect(CostRules.rent(course(), room) == 6_000_000)
        let dates = [start, start.adding(days: 2)]  // 30 January and 1 February
        #expect(CostRules.socialSecurity(course(), dates: dates, premium: 16_800) == 537_600)
        #expect(CostRules.socialSecurity(course(insured: false), dates: dates, premium: 16_800) == 0)
        #expect(CostRules.socialSecurity(course(), dates: [start], premium: 16_800) == 268_800)
    }

    @Test func breakdownTotalsItsParts() {
        let cost = CostBreakdown(instructorFees: 1, engagement: 20, venues: 300, socialSecurity: 4000)
        #expect(cost.total == 4321)
    }

    @Test func moneyText() {
        #expect(Money.plain(123_456_000) == "123,456,000")
        #expect(Money.plain(999) == "999")
        #expect(Money.plain(1000) == "1,000")
        #expect(Money.plain(1250000, grouping: ".", decimal: ",") == "1.250.000")
        #expect(Money.plain(1.5) == "1.50")
        #expect(Money.plain(0) == "0")
    }

    /// Premiums added up leave float dust (117600.69999999998): the plan file writes cents.
    @Test func planFiguresAreWrittenInCents() throws {
        let cost = CostBreakdown(instructorFees: 0.1 + 0.2, venues: 0.6000000000000001, socialSecurity: 117_600.69999999998)
        let json = try #require(String(data: try JSONEncoder().encode(cost), encoding: .utf8))
        #expect(json.contains("\"socialSecurity\":117600.7") && json.contains("\"venues\":0.6") && json.contains("\"instructorFees\":0.3"), "\(json)")
        #expect(Money.cents(1e300) == 1e300 && Money.cents(-0.004) == 0)
    }
}
