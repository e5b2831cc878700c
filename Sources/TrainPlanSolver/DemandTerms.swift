import GLPK
import TrainPlanCore

/// Industry demand in the one model (rules 9-10; PROBLEM.md, "Industry demand and
/// apprenticeships"), added to ``Formulation`` before its objective and budget row.
///
/// Sets: demand entries d; for a course c, P(c,d) ⊆ P(c) its patterns whose last
/// session date satisfies d's date rule (hire: last ≤ by; apprenticeship:
/// max(last + 1 day, startFrom) ≤ startUntil), for courses whose skill matches d's as a
/// tag and whose level ≥ level(d). m(c,d) = min(participants(c), people(d)).
/// net(d) = costPerPerson(d) − valuePerPerson(d), where costPerPerson(d) =
/// months(d)·(allowancePerMonth(d) + premium if insured) for an apprenticeship, 0 for a hire.
///
/// Variables: s[c,d] ∈ {0, …, m(c,d)}, integer, for each (c,d) with P(c,d) ≠ ∅ and net(d) < 0
/// (serving a person worth no more than it costs never lowers the objective: such pairs are
/// left out, s = 0).
///
/// Cost:       + Σ_{c,d} costPerPerson(d)·s[c,d]        added to the model's `cost`: the objective and rule 8
/// Objective:  + cost + unmetValue, where
///   unmetValue = Σ_d valuePerPerson(d)·people(d) − Σ_{c,d} valuePerPerson(d)·s[c,d]
///             (so each person served adds net(d): its cost, less its value)
/// Rows:
///   serve[c,d]:   s[c,d] ≤ m(c,d)·Σ_{p∈P(c,d)} z[c,p]   only a running course ending in time serves d
///   trainees[c]:  Σ_d s[c,d] ≤ participants(c)·y[c]     rule 9 (written where Σ_d m(c,d) > participants(c))
///   people[d]:    Σ_c s[c,d] ≤ people(d)                rule 10 (written where Σ_c m(c,d) > people(d))
///
/// With the schedule fixed the same terms are a transportation problem with a budget
/// row: ``DemandAllocation`` solves exactly that for plans assembled from assignments.
struct DemandTerms {
    /// s[c,d] by (course, entry).
    private(set) var served: [(course: Int, entry: Int, variable: Variable)] = []
    /// The demand's value left unmet: Σ_d valuePerPerson(d)·people(d) − Σ_{c,d} valuePerPerson(d)·s[c,d]
    /// (objective only; the cost of serving is in the model's `cost`).
    private(set) var unmetValue = LinearExpression()

    /// The (entry, patterns) pairs a course with these options could serve: entries matching its skill
    /// and level and worth more than they cost, and the pattern indices ending in time for each.
    static func servable(_ options: CourseOptions, scenario: Scenario) -> [(entry: Int, patterns: [Int])] {
        let course = scenario.courses[options.course]
        let premium = scenario.premiumPerParticipantMonth
        return scenario.demand.indices.compactMap { d in
            let entry = scenario.demand[d]
            // Apprentices already placed from it count whatever they are worth (they stay placed).
            guard DemandRules.matches(course, entry),
                  entry.valuePerPerson > DemandRules.costPerPerson(entry, premium: premium) || entry.placed[course.id] != nil
            else { return nil }
            let patterns = options.patterns.indices.filter { DemandRules.datesAllow(lastDate: options.patterns[$0].lastDate, entry) }
            return patterns.isEmpty ? nil : (d, patterns)
        }
    }

    init(candidates: Candidates, run: [[Variable]], runs: [Int: Variable], model: inout LinearModel,
         cost: inout LinearExpression) {
        let scenario = candidates.scenario
        guard !scenario.demand.isEmpty else { return }
        let premium = scenario.premiumPerParticipantMonth
        unmetValue.constant = DemandRules.fullValue(scenario.demand)
        var byEntry = [[(variable: Variable, cap: Int)]](repeating: [], count: scenario.demand.count)
        for options in candidates.courses where !options.isEmpty {
            let c = options.course
            let course = scenario.courses[c]
            var own: [(variable: Variable, cap: Int)] = []
            for (d, patterns) in Self.servable(options, scenario: scenario) {
                let entry = scenario.demand[d]
                let cap = min(course.participants, entry.people)
                let perPerson = DemandRules.costPerPerson(entry, premium: premium)
                let placed = Double(min(cap, entry.placed[course.id] ?? 0))
                let s = model.addVariable("served[\(course.id),\(entry.id)]", kind: .integer, lower: placed, upper: Double(cap))
                model.add(1 * s - sum(patterns.map { Double(cap) * run[c][$0] }) <= 0, name: "serve[\(course.id),\(entry.id)]")
                cost += perPerson * s
                unmetValue += -entry.valuePerPerson * s
                own.append((s, cap))
                byEntry[d].append((s, cap))
                served.append((c, d, s))
            }
            if own.reduce(0, { $0 + $1.cap }) > course.participants, let y = runs[c] {
                model.add(sum(own.map(\.variable)) - Double(course.participants) * y <= 0, name: "trainees[\(course.id)]")
            }
        }
        for (d, list) in byEntry.enumerated() where list.reduce(0, { $0 + $1.cap }) > scenario.demand[d].people {
            model.add(sum(list.map(\.variable)) <= Double(scenario.demand[d].people), name: "people[\(scenario.demand[d].id)]")
        }
    }
}

/// `batches: N`: batch k+1 runs only if batch k runs, y[k+1] ≤ y[k] (see ``Batches``).
enum BatchOrder {
    static func add(candidates: Candidates, runs: [Int: Variable], to model: inout LinearModel) {
        let scenario = candidates.scenario
        for (c, before) in Batches.predecessors(scenario.courses).enumerated() {
            guard let before, let y = runs[c] else { continue }
            if let earlier = runs[before] {
                model.add(1 * y - earlier <= 0, name: "batch[\(scenario.courses[c].id)]")
            } else {
                // The batch before cannot run here: neither can this one.
                model.add(1 * y <= 0, name: "batch[\(scenario.courses[c].id)]")
            }
        }
    }
}
