import TrainPlanCore

/// Tiny scenarios with many plans of the same objective, for the second criteria of
/// `solve --then`: the scenario of ``TinyScenarios`` with every instructor internal,
/// teaching and rooms free of charge, no insurance premium and all courses in one cohort
/// (so that they compete for time), each worth the same: every plan that runs the most
/// courses is optimal, whoever teaches them and whichever courses they are.
enum TiedScenarios {
    /// - Parameter free: every course worth nothing, so that every valid plan is optimal
    ///   (objective 0) and the second criterion alone decides which courses run.
    static func make(seed: UInt64, free: Bool = false) -> Scenario {
        var scenario = TinyScenarios.make(seed: seed)
        scenario.name = "\(free ? "free" : "tied")-\(seed)"
        for i in scenario.instructors.indices {
            scenario.instructors[i].source = .internal
            scenario.instructors[i].feePerSlot = 0
            scenario.instructors[i].engagementCost = 0
        }
        for v in scenario.venues.indices { scenario.venues[v].costPerSlot = 0 }
        for c in scenario.courses.indices {
            scenario.courses[c].value = free ? 0 : 100_000
            scenario.courses[c].cohort = "K"
        }
        scenario.premiumPerParticipantMonth = 0
        return scenario
    }
}
