import TrainPlanCore

/// The greedy planner's view of demand: what a course could still serve, counted
/// optimistically course by course (best value per person first), with the people
/// already promised to earlier courses taken off. Only a heuristic for choosing courses:
/// the plan's figures always come from ``DemandAllocation``.
struct DemandOutlook {
    /// Demand a course would serve with one pattern: its net value, the apprenticeships' cost, and who.
    struct Gain {
        var value = 0.0
        var cost = 0.0
        var people: [(entry: Int, count: Int)] = []
    }

    private let candidates: Candidates
    /// Per course: entries it could serve (worth more than they cost), best net value first, with their patterns.
    private let servable: [[(entry: Int, patterns: Set<Int>)]]
    private var left: [Int]

    init(_ candidates: Candidates) {
        self.candidates = candidates
        let scenario = candidates.scenario
        left = scenario.demand.map(\.people)
        let premium = scenario.premiumPerParticipantMonth
        func net(_ d: Int) -> Double {
            scenario.demand[d].valuePerPerson - DemandRules.costPerPerson(scenario.demand[d], premium: premium)
        }
        servable = candidates.courses.map { options in
            guard !scenario.demand.isEmpty, !options.isEmpty else { return [] }
            return DemandTerms.servable(options, scenario: scenario)
                .sorted { net($0.entry) != net($1.entry) ? net($0.entry) > net($1.entry) : $0.entry < $1.entry }
                .map { ($0.entry, Set($0.patterns)) }
        }
    }

    /// At best, what the demand a course could serve is worth (any of its patterns, nobody else served).
    func potential(_ c: Int) -> Double {
        let scenario = candidates.scenario
        var seats = scenario.courses[c].participants, value = 0.0
        for (d, _) in servable[c] where seats > 0 {
            let entry = scenario.demand[d]
            let n = min(seats, entry.people)
            value += Double(n) * (entry.valuePerPerson - DemandRules.costPerPerson(entry, premium: scenario.premiumPerParticipantMonth))
            seats -= n
        }
        return value
    }

    /// What course `c` run with pattern `p` would serve of the demand still open, within the budget left.
    func gain(_ c: Int, pattern p: Int, spent: Double) -> Gain {
        var gain = Gain()
        guard !servable[c].isEmpty else { return gain }
        let scenario = candidates.scenario
        var seats = scenario.courses[c].participants
        var money = scenario.budget.map { $0 - spent } ?? .infinity
        for (d, patterns) in servable[c] where seats > 0 && patterns.contains(p) {
            let entry = scenario.demand[d]
            let perPerson = DemandRules.costPerPerson(entry, premium: scenario.premiumPerParticipantMonth)
            var n = min(seats, left[d])
            if perPerson > 0, money.isFinite { n = min(n, max(0, Int(min(Double(n), (money / perPerson).rounded(.down))))) }
            guard n > 0 else { continue }
            seats -= n
            money -= Double(n) * perPerson
            gain.value += Double(n) * (entry.valuePerPerson - perPerson)
            gain.cost += Double(n) * perPerson
            gain.people.append((d, n))
        }
        return gain
    }

    mutating func take(_ gain: Gain) {
        for (d, n) in gain.people { left[d] -= n }
    }
}
