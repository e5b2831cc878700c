import TrainPlanCore
import TrainPlanReport

/// Why a plan leaves demand unserved, in a planner's words: no course of that skill
/// and level, no course ends by the date (or none whose instructors and venues are
/// available then), the places' window missed, the courses that could serve it are full
/// or taken whenever they could end in time, or serving it is not worth its cost.
enum DemandExplanation {
    static func explain(_ plan: inout Plan, candidates: Candidates, assignments: [Assignment?]) {
        guard var demand = plan.demand else { return }
        let scenario = candidates.scenario
        let english = TextCatalogue(language: .en)
        // What the plan holds and who teaches in it, worked out once (the ledger when an entry first needs it).
        var ledger: ResourceLedger?
        let engaged = Set(assignments.flatMap { $0?.holdings.map(\.instructor) ?? [] })
        for (d, entry) in scenario.demand.enumerated() where d < demand.count && demand[d].unserved > 0 {
            demand[d].whyDetail = reason(entry, plan: plan, candidates: candidates, assignments: assignments, engaged: engaged,
                                         ledger: &ledger)
            demand[d].why = english.demandWhy(demand[d], currency: scenario.currency)
        }
        plan.demand = demand
    }

    /// Whether running course `c` on `dates` with the cheapest of `instructors` and `venues` costs
    /// less than the course and the unserved demand it could serve are worth: only then is what
    /// stands in its way the reason, not its cost.
    static func worthRunning(_ c: Int, dates: [CivilDate], instructors: [Int], venues: [Int], plan: Plan,
                             candidates: Candidates, engaged: Set<Int>) -> Bool {
        let scenario = candidates.scenario, course = scenario.courses[c]
        guard let rent = venues.map({ CostRules.rent(course, scenario.venues[$0]) }).min(),
              let teach = instructors.map({ CostRules.fees(course, scenario.instructors[$0])
                  + (engaged.contains($0) ? 0 : scenario.instructors[$0].engagementCost) }).min(),
              let last = dates.last else { return false }
        let cost = teach + rent + CostRules.socialSecurity(course, dates: dates, premium: scenario.premiumPerParticipantMonth)
        let unserved = (plan.demand ?? []).map(\.unserved)
        return cost - TrainingPlanner.demandValue(c, lastDate: last, scenario: scenario, unserved: unserved) < course.value
    }

    /// The first of: no course of its skill and level, none can end in time, an apprentice costs
    /// more than worth, the courses serving it are full (or the budget is), none that could runs so.
    private static func reason(_ entry: DemandEntry, plan: Plan, candidates: Candidates, assignments: [Assignment?],
                               engaged: Set<Int>, ledger: inout ResourceLedger?) -> DemandReason {
        let scenario = candidates.scenario
        let matching = scenario.courses.indices.filter { DemandRules.matches(scenario.courses[$0], entry) }
        let perPerson = DemandRules.costPerPerson(entry, premium: scenario.premiumPerParticipantMonth)
        let ids = { (courses: [Int]) in courses.map { scenario.courses[$0].id } }
        if matching.isEmpty { return DemandReason(kind: .noCourse, skill: entry.skill, level: entry.level) }
        if entry.kind == .apprenticeship, entry.startFrom > entry.startUntil {
            return DemandReason(kind: .emptyWindow, startFrom: entry.startFrom, startUntil: entry.startUntil)
        }
        let inTime = matching.filter { c in
            candidates.courses[c].patterns.contains { DemandRules.datesAllow(lastDate: $0.lastDate, entry) }
        }
        // No course of its skill can run at all, for a reason other than its dates (no qualified
        // instructor, no venue): their own reasons say why, not the demand's dates.
        let runnable = matching.filter { !candidates.courses[$0].isEmpty }
        if runnable.isEmpty, !matching.allSatisfy({ c in candidates.courses[c].reasons.allSatisfy { $0.kind == .rhythmDoesNotFit } }) {
            return DemandReason(kind: .servingCoursesCannotRun, courses: ids(matching))
        }
        if inTime.isEmpty {
            // The calendar lets one end in time, but no instructor or venue of theirs is available then.
            let calendarAllows = runnable.filter { c in
                PatternGenerator.patterns(for: scenario.courses[c], in: scenario.calendar)
                    .contains { DemandRules.datesAllow(lastDate: $0.lastDate, entry) }
            }
            // Said only where running one in time would be worth its cost; where none would, that is
            // the reason (making their instructors available would not get it served).
            if !calendarAllows.isEmpty {
                let worth = calendarAllows.contains { c in
                    let course = scenario.courses[c]
                    let teachers = scenario.instructors.indices.filter { scenario.instructors[$0].canTeach(course) }
                    let rooms = scenario.venues.indices.filter { scenario.venues[$0].canHost(course) }
                    return PatternGenerator.patterns(for: course, in: scenario.calendar)
                        .filter { DemandRules.datesAllow(lastDate: $0.lastDate, entry) }
                        .contains { worthRunning(c, dates: $0.dates, instructors: teachers, venues: rooms, plan: plan,
                                                 candidates: candidates, engaged: engaged) }
                }
                guard worth else { return DemandReason(kind: .noServingCourseRuns, courses: ids(calendarAllows)) }
                return DemandReason(kind: .awayInTime, skill: entry.skill, courses: ids(calendarAllows),
                                    by: entry.kind == .hire ? entry.by : nil,
                                    startFrom: entry.kind == .apprenticeship ? entry.startFrom : nil,
                                    startUntil: entry.kind == .apprenticeship ? entry.startUntil : nil)
            }
            switch entry.kind {
            case .hire: return DemandReason(kind: .cannotEndBy, skill: entry.skill, courses: ids(matching), by: entry.by)
            case .apprenticeship:
                return DemandReason(kind: .windowMissed, skill: entry.skill, courses: ids(matching),
                                    startFrom: entry.startFrom, startUntil: entry.startUntil)
            }
        }
        if entry.valuePerPerson <= 0 { return DemandReason(kind: .worthNothing) }
        if perPerson >= entry.valuePerPerson {
            return DemandReason(kind: .costsMoreThanWorth, costPerPerson: perPerson, months: entry.months,
                                valuePerPerson: entry.valuePerPerson)
        }
        let serving = inTime.filter { c in
            assignments[c].map { DemandRules.datesAllow(lastDate: $0.pattern.lastDate, entry) } ?? false
        }
        if !serving.isEmpty {
            if let budget = scenario.budget, perPerson > 0, let total = plan.cost?.total, total + perPerson > budget + 0.005 {
                return DemandReason(kind: .budget, costPerPerson: perPerson, spent: total)
            }
            return DemandReason(kind: .noTraineesLeft, courses: ids(serving))
        }
        // None of them runs: where every way of theirs that ends in time is taken by the plan's other
        // courses (a venue booked the one week it could serve it), that is why, whatever their own
        // reasons say of the ways that end too late (it was "not worth its cost").
        if inTime.allSatisfy({ assignments[$0] == nil }) {
            let held = ledger ?? TrainingPlanner.ledger(of: assignments, scenario: scenario)
            ledger = held
            let blocked = inTime.map { c in
                TrainingPlanner.clashes(c, candidates: candidates, ledger: held) { DemandRules.datesAllow(lastDate: $0.lastDate, entry) }
            }
            let options = { (c: Int) in candidates.courses[c] }
            let worth = inTime.contains { c in
                options(c).patterns.indices.contains { p in
                    DemandRules.datesAllow(lastDate: options(c).patterns[p].lastDate, entry)
                        && worthRunning(c, dates: options(c).patterns[p].dates, instructors: options(c).instructors[p],
                                        venues: options(c).venues[p], plan: plan, candidates: candidates, engaged: engaged)
                }
            }
            if worth, blocked.allSatisfy({ reasons in !reasons.isEmpty && !reasons.contains { $0.kind == .leftOutBySearch } }) {
                let holders = Set(blocked.joined().flatMap { $0.holders ?? [] }).sorted()
                if !holders.isEmpty {
                    return DemandReason(kind: .takenInTime, courses: ids(inTime), by: entry.kind == .hire ? entry.by : nil,
                                        holders: holders)
                }
            }
        }
        // Why those courses do not run, from their own reasons: the budget, something else that
        // stops them (a clash, a load limit), or their cost against what they are worth.
        let kinds = inTime.compactMap { c in plan.courses.first { $0.id == scenario.courses[c].id }?.reasonDetails?.first?.kind }
        if !kinds.isEmpty, kinds.count == inTime.count, kinds.allSatisfy({ $0 == .budget }) {
            return DemandReason(kind: .servingCoursesOverBudget, courses: ids(inTime))
        }
        if kinds.count == inTime.count, !kinds.contains(.costNotBelowValue), !kinds.contains(.leftOutBySearch) {
            return DemandReason(kind: .servingCoursesCannotRun, courses: ids(inTime))
        }
        return DemandReason(kind: .noServingCourseRuns, courses: ids(inTime))
    }
}
