import TrainPlanCore

/// The plan file's `demand` list and the apprenticeships' cost from a fixed schedule,
/// with the served counts of ``DemandAllocation``.
enum PlannedDemandAssembly {
    struct Result {
        var demand: [PlannedDemand]
        var apprenticeships: Double
        var unmet: Double
    }

    /// - Parameter spent: the schedule's own total cost (fees, rent, insurance, engagement).
    static func assemble(_ scenario: Scenario, assignments: [Assignment?], spent: Double) -> Result {
        let lastDates = assignments.map { $0?.pattern.lastDate }
        let shares = DemandAllocation.best(scenario, lastDates: lastDates, budgetLeft: scenario.budget.map { $0 - spent })
        let premium = scenario.premiumPerParticipantMonth
        var result = Result(demand: [], apprenticeships: 0, unmet: 0)
        for (d, entry) in scenario.demand.enumerated() {
            var served: [PlannedDemand.Served] = []
            for share in shares where share.entry == d {
                let start = entry.kind == .apprenticeship
                    ? lastDates[share.course].map { DemandRules.apprenticeshipStart(lastDate: $0, entry) } : nil
                served.append(.init(course: scenario.courses[share.course].id, people: share.people, start: start))
                result.apprenticeships += Double(share.people) * DemandRules.costPerPerson(entry, premium: premium)
            }
            let unserved = max(0, entry.people - served.reduce(0) { $0 + $1.people })
            result.unmet += Double(unserved) * entry.valuePerPerson
            result.demand.append(PlannedDemand(id: entry.id, served: served, unserved: unserved))
        }
        return result
    }
}
