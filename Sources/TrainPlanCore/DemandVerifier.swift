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
                      fail: (Int?, String?, ViolationKey, [String]) -> Void) -> Outcome {
        var outcome = Outcome()
        let stated = plan.demand ?? []
        if scenario.demand.isEmpty {
            if !stated.isEmpty { fail(nil, nil, .demandUnexpected, []) }
            return outcome
        }
        let statedIDs = stated.map(\.id), scenarioIDs = scenario.demand.map(\.id)
        if statedIDs != scenarioIDs {
            fail(nil, nil, .demandOrder, [scenarioIDs.joined(separator: ", "), statedIDs.joined(separator: ", ")])
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
                    fail(9, item.course, .servesNegative, ["\(item.people)", entry.id])
                    continue
                }
                guard seen.insert(item.course).inserted else {
                    fail(9, item.course, .servesTwice, [entry.id])
                    continue
                }
                guard item.people > 0 else { continue }
                guard let course = coursesByID[item.course] else {
                    fail(9, item.course, .servesNotACourse, [entry.id])
                    continue
                }
                guard let last = lastDates[item.course] else {
                    fail(9, item.course, .servesNotScheduled, ["\(item.people)", entry.id])
                    continue
                }
                if !DemandRules.matches(course, entry) {
                    fail(9, item.course, .servesWrongSkill, [entry.id, course.skill, "\(course.level)", entry.skill, "\(entry.level)"])
                } else if !DemandRules.datesAllow(lastDate: last, entry) {
                    switch entry.kind {
                    case .hire: fail(9, item.course, .endsAfterBy, ["\(last)", entry.id, "\(entry.by)"])
                    case .apprenticeship:
                        fail(9, item.course, .placementTooLate,
                             ["\(last)", entry.id, "\(DemandRules.apprenticeshipStart(lastDate: last, entry))", "\(entry.startUntil)"])
                    }
                }
                if entry.kind == .apprenticeship {
                    let expected = DemandRules.apprenticeshipStart(lastDate: last, entry)
                    if let start = item.start, start != expected {
                        fail(9, item.course, .placementStartWrong, [entry.id, "\(start)", "\(expected)"])
                    } else if item.start == nil {
                        fail(9, item.course, .placementStartMissing, [entry.id, "\(expected)"])
                    }
                } else if let start = item.start {
                    fail(nil, item.course, .hireWithStart, [entry.id, "\(start)"])
                }
                total += item.people
                perCourse[item.course, default: 0] += item.people
                outcome.apprenticeships += Double(item.people) * DemandRules.costPerPerson(entry, premium: premium)
            }
            if total > entry.people {
                fail(10, nil, .servedOverAsked, [entry.id, "\(entry.people)", "\(total)"])
            }
            if let planned, planned.unserved != max(0, entry.people - total) {
                fail(nil, nil, .unservedMisstated, [entry.id, "\(planned.unserved)", "\(max(0, entry.people - total))"])
            }
            outcome.unmet += entry.valuePerPerson * Double(max(0, entry.people - total))
        }
        for (id, count) in perCourse.sorted(by: { $0.key < $1.key }) {
            if let course = coursesByID[id], count > course.participants {
                fail(9, id, .traineesCountedTwice, ["\(course.participants)", "\(count)"])
            }
        }
        return outcome
    }

    /// Batch k+1 runs only if batch k runs.
    static func checkBatches(_ scenario: Scenario, scheduled: Set<String>, fail: (Int?, String?, ViolationKey, [String]) -> Void) {
        for (c, before) in Batches.predecessors(scenario.courses).enumerated() {
            guard let before else { continue }
            let course = scenario.courses[c], earlier = scenario.courses[before]
            if scheduled.contains(course.id), !scheduled.contains(earlier.id) {
                fail(nil, course.id, .batchOrder, [course.id, earlier.id])
            }
        }
    }
}
