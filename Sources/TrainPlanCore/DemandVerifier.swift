/// Rules 9-10 and the order of batches, checked on a plan's stated `demand` list, with
/// the apprenticeship costs and the unmet value of demand recomputed from it.
///
/// Like the rest of ``PlanVerifier`` it reads only the scenario and the plan: served
/// counts are checked as stated, whatever found them.
enum DemandVerifier {
    struct Outcome {
        var apprenticeships = 0.0
        var unmet = 0.0
    }

    /// - Parameter lastDates: the last session date of each scheduled course, by id.
    static func check(_ plan: Plan, scenario: Scenario, lastDates: [String: CivilDate],
                      fail: (Int?, String?, String) -> Void) -> Outcome {
        var outcome = Outcome()
        let stated = plan.demand ?? []
        if scenario.demand.isEmpty {
            if !stated.isEmpty { fail(nil, nil, "the plan lists demand, the scenario has none") }
            return outcome
        }
        let statedIDs = stated.map(\.id), scenarioIDs = scenario.demand.map(\.id)
        if statedIDs != scenarioIDs {
            fail(nil, nil, "the demand list must give every demand entry once, in the scenario's order "
                 + "(expected \(scenarioIDs.joined(separator: ", ")), found \(statedIDs.joined(separator: ", ")))")
        }
        let byID = Dictionary(stated.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let coursesByID = Dictionary(scenario.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var perCourse: [String: Int] = [:]
        let premium = scenario.premiumPerParticipantMonth
        for entry in scenario.demand {
            let planned = byID[entry.id]
            var total = 0
            var seen: Set<String> = []
            for item in planned?.served ?? [] {
                guard item.people >= 0 else {
                    fail(9, item.course, "serves \(item.people) people of \(entry.id): a count is at least 0")
                    continue
                }
                guard seen.insert(item.course).inserted else {
                    fail(9, item.course, "is listed twice among those serving \(entry.id)")
                    continue
                }
                guard item.people > 0 else { continue }
                guard let course = coursesByID[item.course] else {
                    fail(9, item.course, "serves \(entry.id) but is not a course of the scenario")
                    continue
                }
                guard let last = lastDates[item.course] else {
                    fail(9, item.course, "serves \(item.people) of \(entry.id) but is not scheduled")
                    continue
                }
                if !DemandRules.matches(course, entry) {
                    fail(9, item.course, "cannot serve \(entry.id): it teaches \(course.skill) at level \(course.level), "
                         + "the entry asks for \(entry.skill) at level \(entry.level) or more")
                } else if !DemandRules.datesAllow(lastDate: last, entry) {
                    switch entry.kind {
                    case .hire: fail(9, item.course, "ends on \(last), after \(entry.id)'s date \(entry.by)")
                    case .apprenticeship:
                        fail(9, item.course, "ends on \(last): \(entry.id)'s placements would start on "
                             + "\(DemandRules.apprenticeshipStart(lastDate: last, entry)), after its last start date \(entry.startUntil)")
                    }
                }
                if entry.kind == .apprenticeship {
                    let expected = DemandRules.apprenticeshipStart(lastDate: last, entry)
                    if item.start != expected {
                        fail(9, item.course, "places apprentices of \(entry.id) from \(item.start.map { "\($0)" } ?? "no date"), "
                             + "the rule gives \(expected)")
                    }
                } else if let start = item.start {
                    fail(nil, item.course, "gives \(entry.id), a hire request, a start date \(start)")
                }
                total += item.people
                perCourse[item.course, default: 0] += item.people
                outcome.apprenticeships += Double(item.people) * DemandRules.costPerPerson(entry, premium: premium)
            }
            if total > entry.people {
                fail(10, nil, "\(entry.id) asks for \(entry.people), the plan serves \(total)")
            }
            if let planned, planned.unserved != max(0, entry.people - total) {
                fail(nil, nil, "\(entry.id) states \(planned.unserved) unserved, recomputed \(max(0, entry.people - total))")
            }
            outcome.unmet += entry.valuePerPerson * Double(max(0, entry.people - total))
        }
        for (id, count) in perCourse.sorted(by: { $0.key < $1.key }) {
            if let course = coursesByID[id], count > course.participants {
                fail(9, id, "its \(course.participants) trainees are counted \(count) times across the demand it serves")
            }
        }
        return outcome
    }

    /// Batch k+1 runs only if batch k runs.
    static func checkBatches(_ scenario: Scenario, scheduled: Set<String>, fail: (Int?, String?, String) -> Void) {
        for (c, before) in Batches.predecessors(scenario.courses).enumerated() {
            guard let before else { continue }
            let course = scenario.courses[c], earlier = scenario.courses[before]
            if scheduled.contains(course.id), !scheduled.contains(earlier.id) {
                fail(nil, course.id, "batch \(course.id) runs but batch \(earlier.id) does not")
            }
        }
    }
}
