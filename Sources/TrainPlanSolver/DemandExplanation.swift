import TrainPlanCore

/// Why a plan leaves demand unserved, in a planner's words: no course of that skill
/// and level, no course ends by the date, the places' window missed, the courses that
/// could serve it are full, or serving it is not worth its cost.
enum DemandExplanation {
    static func explain(_ plan: inout Plan, candidates: Candidates, assignments: [Assignment?]) {
        guard var demand = plan.demand else { return }
        let scenario = candidates.scenario
        let currency = scenario.currency
        for (d, entry) in scenario.demand.enumerated() where d < demand.count && demand[d].unserved > 0 {
            let matching = scenario.courses.indices.filter { DemandRules.matches(scenario.courses[$0], entry) }
            let perPerson = DemandRules.costPerPerson(entry, premium: scenario.premiumPerParticipantMonth)
            if matching.isEmpty {
                demand[d].why = "no course of \(entry.skill) at level \(entry.level) or more"
                continue
            }
            let inTime = matching.filter { c in
                candidates.courses[c].patterns.contains { DemandRules.datesAllow(lastDate: $0.lastDate, entry) }
            }
            if inTime.isEmpty {
                let courses = matching.map { scenario.courses[$0].id }.joined(separator: ", ")
                switch entry.kind {
                case .hire: demand[d].why = "no course of \(entry.skill) (\(courses)) can end by \(entry.by)"
                case .apprenticeship:
                    demand[d].why = "the places' window (start \(entry.startFrom)..\(entry.startUntil)) is missed: "
                        + "no course of \(entry.skill) (\(courses)) can end in time"
                }
                continue
            }
            if perPerson >= entry.valuePerPerson {
                demand[d].why = "not worth its cost: an apprentice costs \(currency) \(Money.plain(perPerson)) "
                    + "(\(entry.months) months of allowance and insurance), worth \(currency) \(Money.plain(entry.valuePerPerson))"
                continue
            }
            let serving = inTime.filter { c in
                assignments[c].map { DemandRules.datesAllow(lastDate: $0.pattern.lastDate, entry) } ?? false
            }
            if !serving.isEmpty {
                let ids = serving.map { scenario.courses[$0].id }.joined(separator: ", ")
                var why = "the courses that serve it (\(ids)) have no trainees left for it"
                if let budget = scenario.budget, perPerson > 0, let total = plan.cost?.total, total + perPerson > budget + 0.005 {
                    why = "the budget: another apprentice would add \(currency) \(Money.plain(perPerson)) to \(currency) \(Money.plain(total))"
                }
                demand[d].why = why
                continue
            }
            let ids = inTime.map { scenario.courses[$0].id }.joined(separator: ", ")
            demand[d].why = "not worth its cost: no course that could serve it in time (\(ids)) runs so in the best plan"
        }
        plan.demand = demand
    }
}
