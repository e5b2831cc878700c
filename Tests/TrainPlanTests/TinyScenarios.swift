import TrainPlanCore

/// The tests' generated cases repeat exactly: SplitMix64 (TrainPlanCore), seed for seed.
typealias SeededRandom = SplitMix64

/// Tiny random scenarios for the brute-force oracle: a handful of courses over
/// one or two weeks that straddle a month end (so insurance months vary), with
/// clashes, cohorts, load limits, unavailability, budgets and mandatory courses.
enum TinyScenarios {
    static func make(seed: UInt64) -> Scenario {
        var rng = SeededRandom(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

        let start = CivilDate("2023-01-23")!   // Monday; the second week crosses into February
        let weeks = pick([1, 2])
        let slotCount = pick([1, 2])
        let workdays: Set<Weekday> = chance(0.5) ? [.mon, .tue, .wed, .thu, .fri] : [.mon, .wed, .fri]
        var holidays: Set<CivilDate> = []
        if chance(0.4) { holidays.insert(start.adding(days: pick([0, 2, 4, 7, 9]))) }
        let calendar = PlanningCalendar(start: start, weeks: weeks, workdays: workdays,
                                        slots: (1...slotCount).map { "S\($0)" }, holidays: holidays)
        let skills = ["sewing", "welding"]
        let workdayList = workdays.sorted()

        let instructors = (0..<Int.random(in: 1...3, using: &rng)).map { n in
            Instructor(id: "I\(n)", source: pick(InstructorSource.allCases),
                       skills: Dictionary(uniqueKeysWithValues: skills.filter { _ in chance(0.7) }.map { ($0, Int.random(in: 1...2, using: &rng)) })
                           .merging(["sewing": 1]) { a, _ in a },
                       feePerSlot: Double(pick([0, 10, 30, 50])) * 1000,
                       engagementCost: chance(0.4) ? Double(pick([20, 60])) * 1000 : 0,
                       maxSlotsPerDay: chance(0.2) ? 1 : nil,
                       maxSlotsPerWeek: chance(0.2) ? pick([2, 3, 4]) : nil,
                       maxSlots: chance(0.15) ? pick([3, 5]) : nil,
                       maxCourses: chance(0.2) ? 1 : nil,
                       unavailable: chance(0.3) ? [pick([Unavailability(days: .weekday(pick(workdayList))),
                                                         Unavailability(days: .dates(start.adding(days: 1), start.adding(days: 2)),
                                                                        slots: 1...1)])] : [])
        }
        let venues = (0..<pick([1, 2, 2])).map { n in
            Venue(id: "V\(n)", capacity: pick([12, 20, 20]), equipment: chance(0.6) ? ["machines"] : [],
                  costPerSlot: Double(pick([0, 5, 20])) * 1000,
                  unavailable: chance(0.15) ? [Unavailability(days: .weekday(pick(workdayList)))] : [])
        }
        let courses = (0..<Int.random(in: 2...3, using: &rng)).map { n -> Course in
            let count = Int.random(in: 1...min(3, workdayList.count), using: &rng)
            var days = workdayList
            days.shuffle(using: &rng)
            let weekdays = Array(days.prefix(count))
            return Course(id: "C\(n)", skill: pick(skills), level: pick([1, 1, 2]),
                          sessions: Int.random(in: 1...(weeks == 1 ? 2 : 3), using: &rng),
                          sessionLength: Int.random(in: 1...slotCount, using: &rng),
                          daysPerWeek: Int.random(in: 1...count, using: &rng), weekdays: weekdays,
                          earliestStart: calendar.start, latestEnd: calendar.end,
                          participants: pick([8, 12, 16]), equipment: chance(0.2) ? ["machines"] : [],
                          cohort: chance(0.4) ? "K" : nil, value: Double(pick([50, 150, 400])) * 1000,
                          mandatory: chance(0.15), socialSecurity: chance(0.8))
        }
        return Scenario(name: "tiny-\(seed)", budget: chance(0.35) ? Double(pick([80, 150, 300])) * 1000 : nil,
                        calendar: calendar, premiumPerParticipantMonth: pick([0, 1000, 2500]),
                        courses: courses, instructors: instructors, venues: venues)
    }
}
