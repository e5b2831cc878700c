import TrainPlanCore

/// Tiny scenarios with industry demand for the brute-force oracle: the tiny scenarios
/// of ``TinyScenarios`` with small courses, one or two hire requests or apprenticeship
/// offers whose dates bind (a `by` date inside the horizon, a start window that closes
/// early), budgets that bind (apprentices cost allowance and insurance), courses worth
/// nothing but the demand they serve, and now and then a course of two batches.
enum TinyDemandScenarios {
    static func make(seed: UInt64) -> Scenario {
        var scenario = TinyScenarios.make(seed: seed)
        var rng = SeededRandom(seed: seed &* 0x9E37_79B9 &+ 17)
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        let calendar = scenario.calendar
        let days = calendar.dayCount

        for c in scenario.courses.indices {
            scenario.courses[c].participants = pick([2, 3, 3, 8])
            if chance(0.5) { scenario.courses[c].value = 0 }   // worth only the demand it serves
        }
        if scenario.courses.count == 2, chance(0.3) {
            let first = scenario.courses.removeFirst()
            scenario.courses.insert(contentsOf: Batches.expand(first, count: 2), at: 0)
        }
        if scenario.budget == nil, chance(0.45) { scenario.budget = Double(pick([30, 60, 120, 200])) * 1000 }
        scenario.name = "tiny-demand-\(seed)"
        scenario.demand = (0..<pick([1, 2, 2])).map { n in
            let skill = pick(["sewing", "welding", "sewing"])
            let value = Double(pick([20, 60, 150])) * 1000
            if chance(0.5) {
                return DemandEntry.hire("D\(n)", company: "Company \(n)", skill: skill, level: pick([1, 1, 2]),
                                        people: Int.random(in: 1...4, using: &rng),
                                        by: chance(0.6) ? calendar.start.adding(days: Int.random(in: 0..<days, using: &rng)) : nil,
                                        valuePerPerson: value, in: calendar)
            }
            let from = chance(0.5) ? calendar.start.adding(days: Int.random(in: 0..<days + 3, using: &rng)) : nil
            let until = chance(0.6) ? (from ?? calendar.start).adding(days: Int.random(in: 1...5, using: &rng)) : nil
            return DemandEntry.apprenticeship("D\(n)", company: "Company \(n)", skill: skill, level: pick([1, 1, 2]),
                                              people: Int.random(in: 1...4, using: &rng), startFrom: from, startUntil: until,
                                              months: pick([1, 2, 3]), valuePerPerson: value,
                                              allowancePerMonth: Double(pick([0, 5, 10])) * 1000, insured: chance(0.8),
                                              in: calendar)
        }
        return scenario
    }
}
