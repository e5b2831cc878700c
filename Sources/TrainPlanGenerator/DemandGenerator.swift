import TrainPlanCore

/// Adds an industry forum's demand to a generated scenario (`trainplan generate --demand`):
/// for most skills its courses teach, a company asks to hire about a course's worth of
/// trainees by a date some weeks before the horizon ends, and for some skills another
/// company offers apprenticeship places (3 months, insured, a small allowance) with a
/// start window in the horizon's second half. Values per person are set so that serving
/// is usually, not always, worth a course's cost; deterministic for a seed.
public enum DemandGenerator {
    public static func addDemand(to generated: inout GeneratedScenario) {
        var rng = SplitMix64(seed: generated.seed &* 0x2545_F491_4F6C_DD1D &+ 7)
        var scenario = generated.scenario
        let calendar = scenario.calendar
        let skills = scenario.courses.map(\.skill).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let companies = ["PT Garmen Nusantara", "CV Batik Kauman", "Bengkel Sinar Jaya", "Hotel Santika", "PT Sejuk Service",
                         "AHASS Motor", "PT Konveksi Pesindon", "Rumah Makan Megono", "PT Listrik Mandiri", "CV Digital Batik"]
        var demand: [DemandEntry] = []
        for (k, skill) in skills.enumerated() where rng.fraction() < 0.75 {
            let courses = scenario.courses.filter { $0.skill == skill }
            let typical = courses.map(\.participants).max() ?? 16
            let level = courses.map(\.level).min() ?? 1
            let company = companies[k % companies.count]
            let weeksBefore = 1 + rng.int(in: 0...(max(1, calendar.weeks / 3) - 1))
            demand.append(DemandEntry(id: "REQ-\(k + 1)", company: company, kind: .hire, skill: skill, level: level,
                                      people: max(1, typical * (60 + rng.int(in: 0...(80 - 1))) / 100),
                                      by: calendar.end.adding(days: -7 * weeksBefore), startFrom: calendar.start,
                                      startUntil: calendar.end,
                                      valuePerPerson: Double(15 + rng.int(in: 0...(30 - 1))) * 100_000))
            if rng.fraction() < 0.4 {
                let from = calendar.start.adding(days: 7 * (calendar.weeks / 2))
                demand.append(DemandEntry(id: "MAG-\(k + 1)", company: companies[(k + 3) % companies.count],
                                          kind: .apprenticeship, skill: skill, level: level,
                                          people: 2 + rng.int(in: 0...(6 - 1)), by: calendar.end, startFrom: from,
                                          startUntil: calendar.end, months: 3,
                                          valuePerPerson: Double(10 + rng.int(in: 0...(20 - 1))) * 100_000,
                                          allowancePerMonth: Double(rng.int(in: 0...(6 - 1))) * 100_000, insured: true))
            }
        }
        scenario.demand = demand
        generated.scenario = scenario
        generated.header.append("With the industry forum's demand (--demand): \(demand.count) requests and apprenticeship offers.")
    }
}
