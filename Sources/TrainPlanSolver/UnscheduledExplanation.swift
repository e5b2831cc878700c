import TrainPlanCore

extension TrainingPlanner {
    /// `reasons` completed with why each other course the plan leaves out is not scheduled. The
    /// plan's spending and what it occupies are worked out once for all of them (a national plan
    /// leaves out dozens of courses).
    static func explainUnscheduled(_ reasons: [Int: [UnscheduledReason]], candidates: Candidates,
                                   assignments: [Assignment?]) -> [Int: [UnscheduledReason]] {
        let scenario = candidates.scenario
        let missing = scenario.courses.indices.filter { assignments[$0] == nil && reasons[$0] == nil }
        guard !missing.isEmpty else { return reasons }
        let assembled = PlanAssembler.plan(scenario, assignments: assignments, status: .feasible, bound: nil, reasons: [:])
        let spent = assembled.cost?.total ?? 0
        let unserved = (assembled.demand ?? []).map(\.unserved)
        let ledger = ledger(of: assignments, scenario: scenario)
        let engaged = Set(assignments.flatMap { $0?.holdings.map(\.instructor) ?? [] })
        var reasons = reasons
        for c in missing {
            reasons[c] = whyNotScheduled(c, candidates: candidates, assignments: assignments, engaged: engaged, spent: spent,
                                         unserved: unserved, ledger: ledger)
        }
        return reasons
    }

    /// What a plan's courses hold (rule 5) and how much each instructor teaches (rule 6), each
    /// session with whoever holds it (a re-planned course handed over counts for both holders).
    static func ledger(of assignments: [Assignment?], scenario: Scenario) -> ResourceLedger {
        var ledger = ResourceLedger(scenario: scenario)
        for (c, assignment) in assignments.enumerated() {
            guard let assignment else { continue }
            var counted: Set<Int> = []
            for holding in assignment.holdings {
                let part = Pattern(weekdays: assignment.pattern.weekdays, startSlot: assignment.pattern.startSlot, dates: holding.dates)
                let periods = ResourceLedger.periods(of: scenario.courses[c], pattern: part, in: scenario.calendar)
                ledger.book(course: c, instructor: holding.instructor, venue: holding.venue, dates: holding.dates,
                            periods: periods, countsCourse: counted.insert(holding.instructor).inserted)
            }
        }
        return ledger
    }

    /// Says why a course with options was left out of a plan.
    /// - Parameter engaged: the instructors who teach in the plan (worked out once, not per course:
    ///   per course it made explaining 10,000 courses quadratic).
    /// - Parameter unserved: the people each demand entry still lacks in the plan.
    static func whyNotScheduled(_ c: Int, candidates: Candidates, assignments: [Assignment?], engaged used: Set<Int>,
                                spent: Double, unserved: [Int], ledger: ResourceLedger) -> [UnscheduledReason] {
        let scenario = candidates.scenario
        let course = scenario.courses[c]
        let options = candidates.courses[c]
        // The cheapest run, and the run that comes nearest to paying for itself with the demand it
        // can serve (a cheap run may end too late for it).
        var cheapest = Double.infinity
        var nearest = (short: Double.infinity, cost: Double.infinity, demand: 0.0)
        var mostDemand = 0.0
        for (p, pattern) in options.patterns.enumerated() {
            let cost = leastCost(c, pattern: p, instructors: options.instructors[p], venues: options.venues[p],
                                 candidates: candidates, engaged: used) ?? .infinity
            cheapest = min(cheapest, cost)
            let demand = demandValue(c, lastDate: pattern.lastDate, scenario: scenario, unserved: unserved)
            mostDemand = max(mostDemand, demand)
            if cost - demand < nearest.short { nearest = (cost - demand, cost, demand) }
        }
        if nearest.short >= course.value {
            var reason = UnscheduledReason(kind: .costNotBelowValue, cost: nearest.cost, value: course.value)
            if nearest.demand > 0 { reason.demandValue = nearest.demand }
            return [reason]
        }
        if let budget = scenario.budget, spent + cheapest > budget + 1e-6 {
            // More budget alone may not do: where the plan's other courses also hold every time it
            // could run (its one venue taken by a mandatory course), that is said too.
            let blocked = clashes(c, candidates: candidates, ledger: ledger).filter { $0.kind != .leftOutBySearch }
            return [UnscheduledReason(kind: .budget, cost: cheapest, spent: spent, budget: budget)] + blocked
        }
        let blocked = clashes(c, candidates: candidates, ledger: ledger)
        // (Worked out once: on a national plan it is most of the explaining.)
        let free = blocked.map(\.kind) == [.leftOutBySearch]
            ? cheapestFreeRun(c, candidates: candidates, ledger: ledger, engaged: used) : nil
        // Free in this plan, but only with an instructor or venue dearer than the cheapest (busy)
        // ones, that the budget cannot pay: the budget says why, not "the search stopped".
        if let budget = scenario.budget, let free, spent + free > budget + 1e-6 {
            return [UnscheduledReason(kind: .budget, cost: free, spent: spent, budget: budget)]
        }
        // Free in this plan only with a dearer instructor or venue, whose run costs more than the
        // course and any demand it serves are worth: that is why, not "the search stopped" (which a
        // proven plan cannot say).
        if let free, free - mostDemand >= course.value {
            var reason = UnscheduledReason(kind: .costNotBelowValue, cost: free, value: course.value)
            if mostDemand > 0 { reason.demandValue = mostDemand }
            return [reason]
        }
        return blocked
    }

    /// Course `c`'s least cost on way `p` with one of `instructors` and one of `venues` (an
    /// instructor not `engaged` adds its engagement cost), or nil when either list is empty.
    static func leastCost(_ c: Int, pattern p: Int, instructors: [Int], venues: [Int], candidates: Candidates,
                          engaged: Set<Int>) -> Double? {
        let scenario = candidates.scenario
        let course = scenario.courses[c]
        guard let rent = venues.map({ CostRules.rent(course, scenario.venues[$0]) }).min(),
              let teach = instructors.map({ CostRules.fees(course, scenario.instructors[$0])
                  + (engaged.contains($0) ? 0 : scenario.instructors[$0].engagementCost) }).min() else { return nil }
        let dates = candidates.courses[c].patterns[p].dates
        return CostRules.socialSecurity(course, dates: dates, premium: scenario.premiumPerParticipantMonth) + rent + teach
    }

    /// What course `c` costs at least on a way, instructor and venue the plan leaves free (periods
    /// and load limits), or nil when there is none.
    static func cheapestFreeRun(_ c: Int, candidates: Candidates, ledger: ResourceLedger, engaged: Set<Int>) -> Double? {
        let options = candidates.courses[c]
        return options.periods.indices.compactMap { p -> Double? in
            let periods = options.periods[p]
            if !ledger.isCohortFree(forCourse: c, in: periods) { return nil }
            let venues = options.venues[p].filter { ledger.isFree(.venue($0), in: periods) }
            guard !venues.isEmpty else { return nil }
            let teachers = options.instructors[p].filter {
                ledger.isFree(.instructor($0), in: periods)
                    && ledger.brokenLimit(instructor: $0, course: c, dates: options.patterns[p].dates) == nil
            }
            return leastCost(c, pattern: p, instructors: teachers, venues: venues, candidates: candidates, engaged: engaged)
        }.min()
    }

    /// At most what running course `c` to `lastDate` could add by serving demand the plan leaves
    /// unserved: its participants given to the entries it matches and ends in time for, best value
    /// per person first (an apprentice's net of what an apprentice costs).
    static func demandValue(_ c: Int, lastDate: CivilDate, scenario: Scenario, unserved: [Int]) -> Double {
        let course = scenario.courses[c]
        let worth = scenario.demand.enumerated().compactMap { d, entry -> (people: Int, perPerson: Double)? in
            guard d < unserved.count, unserved[d] > 0, DemandRules.matches(course, entry),
                  DemandRules.datesAllow(lastDate: lastDate, entry) else { return nil }
            let apprentice = entry.kind == .apprenticeship
                ? DemandRules.costPerPerson(entry, premium: scenario.premiumPerParticipantMonth) : 0
            return entry.valuePerPerson > apprentice ? (unserved[d], entry.valuePerPerson - apprentice) : nil
        }.sorted { $0.perPerson > $1.perPerson }
        var seats = course.participants, total = 0.0
        for entry in worth where seats > 0 {
            let people = min(seats, entry.people)
            total += Double(people) * entry.perPerson
            seats -= people
        }
        return total
    }

    /// What the plan's other courses occupy that this course would need, pattern by pattern,
    /// or the load limits that rule its instructors out where nothing is occupied.
    /// (`c` is not in the plan, so nothing it holds is in `ledger`.)
    /// - Parameter only: the ways looked at (those that end in time for a demand entry); all by default.
    static func clashes(_ c: Int, candidates: Candidates, ledger: ResourceLedger,
                        only: ((Pattern) -> Bool)? = nil) -> [UnscheduledReason] {
        let scenario = candidates.scenario
        let course = scenario.courses[c]
        let options = candidates.courses[c]
        let cohort = ledger.cohort(ofCourse: c)
        var busyInstructors = Set<Int>(), busyVenues = Set<Int>(), cohortClash = Set<Int>()
        /// Per instructor free at a time when a venue and the cohort are free: the limits that rule them out.
        var limits: [Int: UnscheduledReason.LoadFigure] = [:]
        var freePattern = false
        for (p, periods) in options.periods.enumerated() where only?(options.patterns[p]) ?? true {
            // Who holds them is worked out only where none is free (most ways have one free).
            let freeInstructors = options.instructors[p].filter { ledger.isFree(.instructor($0), in: periods) }
            let venueFree = options.venues[p].contains { ledger.isFree(.venue($0), in: periods) }
            let instructorFree = !freeInstructors.isEmpty
            let cohortBlock = cohort.map { ledger.holders(of: $0, in: periods) } ?? []
            if instructorFree && venueFree && cohortBlock.isEmpty {
                for i in freeInstructors {
                    if let limit = ledger.brokenLimit(instructor: i, course: c, dates: options.patterns[p].dates) {
                        // The closest miss per instructor: the smallest excess over its limit.
                        let figure = Self.figure(limit, instructor: scenario.instructors[i].id)
                        if limits[i].map({ figure.needed - figure.limit < $0.needed - $0.limit }) ?? true { limits[i] = figure }
                    } else {
                        freePattern = true   // not expected: the plan could have taken it
                    }
                }
            }
            if !instructorFree {
                for i in options.instructors[p] { busyInstructors.formUnion(ledger.holders(of: .instructor(i), in: periods)) }
            }
            if !venueFree {
                for v in options.venues[p] { busyVenues.formUnion(ledger.holders(of: .venue(v), in: periods)) }
            }
            cohortClash.formUnion(cohortBlock)
        }
        func ids(_ courses: Set<Int>) -> [String] { courses.sorted().map { scenario.courses[$0].id } }
        func names(_ indices: [[Int]], _ id: (Int) -> String) -> [String] { Set(indices.joined()).sorted().map(id) }
        if freePattern {
            return [UnscheduledReason(kind: .leftOutBySearch)]
        }
        if !limits.isEmpty {
            return [UnscheduledReason(kind: .noLoadLeft, limits: limits.keys.sorted().compactMap { limits[$0] })]
        }
        var reasons: [UnscheduledReason] = []
        if !busyVenues.isEmpty {
            reasons.append(UnscheduledReason(kind: .venuesBooked, venues: names(options.venues) { scenario.venues[$0].id },
                                             holders: ids(busyVenues), equipment: course.equipment,
                                             participants: course.participants,
                                             unlistedVenues: Candidates.unlistedVenues(for: course, in: scenario)))
        }
        if !busyInstructors.isEmpty {
            reasons.append(UnscheduledReason(kind: .instructorsBusy, skill: course.skill, level: course.level,
                                             instructors: names(options.instructors) { scenario.instructors[$0].id },
                                             holders: ids(busyInstructors)))
        }
        if !cohortClash.isEmpty, let key = course.cohortKey {
            reasons.append(UnscheduledReason(kind: .cohortBusy, holders: ids(cohortClash), cohort: key))
        }
        if reasons.isEmpty { reasons.append(UnscheduledReason(kind: .neverFreeTogether)) }
        return reasons
    }

    /// A broken load limit as the figures of a reason: the limit and the load the course would make.
    static func figure(_ limit: ResourceLedger.LoadLimit, instructor: String) -> UnscheduledReason.LoadFigure {
        switch limit {
        case let .perDay(value, _, load): .init(instructor: instructor, field: limit.field, limit: value, needed: load)
        case let .perWeek(value, _, load): .init(instructor: instructor, field: limit.field, limit: value, needed: load)
        case let .total(value, load): .init(instructor: instructor, field: limit.field, limit: value, needed: load)
        case let .courses(value, count): .init(instructor: instructor, field: limit.field, limit: value, needed: count)
        }
    }
}
