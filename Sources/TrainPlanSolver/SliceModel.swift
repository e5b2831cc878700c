import TrainPlanCore

extension NeighbourhoodSearch {
    /// A slice's model, and the current plan's values in it (GLPK's start).
    struct Slice {
        var formulation: Formulation
        var start: [Double]?
    }

    /// The residual model of the free courses (see the type's comment).
    /// - Parameter slackShare: the share of the budget left over by the current plan that this
    ///   slice may spend (slices solved side by side split it).
    func slice(free: Set<Int>, choices: [Choice?], slackShare: Double = 1) -> Slice {
        let scenario = self.scenario

        // What the fixed courses occupy.
        var ledger = ResourceLedger(scenario: scenario)
        for (c, choice) in choices.enumerated() where !free.contains(c) {
            guard let choice else { continue }
            let options = candidates.courses[c]
            ledger.book(course: c, instructor: choice.instructor, venue: choice.venue,
                        dates: options.patterns[choice.pattern].dates, periods: options.periods[choice.pattern])
        }

        // The free courses' options that still fit.
        var courseOptions = candidates.courses.map {
            CourseOptions(course: $0.course, patterns: [], periods: [], instructors: [], venues: [], reasons: [])
        }
        var freeInstructors: Set<Int> = []
        for c in free.sorted() {
            let options = candidates.courses[c]
            var patterns: [Pattern] = [], used: [[Int]] = [], teachers: [[Int]] = [], rooms: [[Int]] = []
            for (p, pattern) in options.patterns.enumerated() {
                let occupied = options.periods[p]
                guard ledger.isCohortFree(forCourse: c, in: occupied) else { continue }
                let venues = options.venues[p].filter { ledger.isFree(.venue($0), in: occupied) }
                guard !venues.isEmpty else { continue }
                let instructors = options.instructors[p].filter {
                    ledger.canTeach(instructor: $0, course: c, dates: pattern.dates, periods: occupied)
                }
                guard !instructors.isEmpty else { continue }
                patterns.append(pattern); used.append(occupied); teachers.append(instructors); rooms.append(venues)
                freeInstructors.formUnion(instructors)
            }
            courseOptions[c] = CourseOptions(course: c, patterns: patterns, periods: used, instructors: teachers,
                                             venues: rooms, reasons: options.reasons)
        }

        // Fixed courses that stay in the model (load rows, engagement) or leave it (and the budget).
        var sub = scenario
        for c in sub.courses.indices { sub.courses[c].mandatory = free.contains(c) && scenario.courses[c].mandatory }
        var inModel: Set<Int> = []
        var leaving = 0.0
        var engagedOutside: Set<Int> = []
        for (c, choice) in choices.enumerated() where !free.contains(c) {
            guard let choice else { continue }
            let instructor = scenario.instructors[choice.instructor]
            // A fixed course that could serve demand stays too: its trainees share the demand rows with the free ones.
            let interacts = servesDemand[c] || freeInstructors.contains(choice.instructor)
                && (instructor.engagementCost > 0 || instructor.maxCourses != nil || instructor.maxSlots != nil
                    || instructor.maxSlotsPerDay != nil || instructor.maxSlotsPerWeek != nil)
            let options = candidates.courses[c], course = scenario.courses[c]
            if interacts {
                inModel.insert(c)
                sub.courses[c].mandatory = true
                courseOptions[c] = CourseOptions(course: c, patterns: [options.patterns[choice.pattern]],
                                                 periods: [options.periods[choice.pattern]], instructors: [[choice.instructor]],
                                                 venues: [[choice.venue]], reasons: [])
            } else {
                leaving += CostRules.fees(course, instructor) + CostRules.rent(course, scenario.venues[choice.venue])
                    + CostRules.socialSecurity(course, dates: options.patterns[choice.pattern].dates,
                                               premium: scenario.premiumPerParticipantMonth)
                if !freeInstructors.contains(choice.instructor) { engagedOutside.insert(choice.instructor) }
            }
        }
        leaving += engagedOutside.reduce(0) { $0 + scenario.instructors[$1].engagementCost }
        if let budget = scenario.budget {
            let slack = max(0, budget - spent(choices))
            sub.budget = budget - leaving - (1 - slackShare) * slack
        }

        let formulation = Formulation(candidates: Candidates(scenario: sub, courses: courseOptions), starCliques: starCliques,
                                      costChoices: costChoices)
        var start = [Assignment?](repeating: nil, count: scenario.courses.count)
        for c in free.union(inModel) {
            guard let choice = choices[c] else { continue }
            start[c] = Assignment(instructor: choice.instructor, venue: choice.venue,
                                  pattern: candidates.courses[c].patterns[choice.pattern])
        }
        return Slice(formulation: formulation, start: formulation.values(for: start))
    }
}
