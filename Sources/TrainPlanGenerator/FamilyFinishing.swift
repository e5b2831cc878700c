import TrainPlanCore

/// What every generated family needs before it is written: each course servable and with a
/// pattern, each instructor usable (so that `check` warns about nothing), and a budget.
enum FamilyFinishing {
    /// Widens a window that holidays left too short (later first, then earlier), then drops
    /// sessions, until the course has a pattern.
    static func fitWindow(_ course: inout Course, in calendar: PlanningCalendar) {
        var tries = 0
        while PatternGenerator.patterns(for: course, in: calendar).isEmpty && tries < 12 {
            course.latestEnd = min(calendar.end, course.latestEnd.adding(days: 7))
            if tries >= 4 { course.earliestStart = max(calendar.start, course.earliestStart.adding(days: -7)) }
            tries += 1
        }
        while course.sessions > course.daysPerWeek && PatternGenerator.patterns(for: course, in: calendar).isEmpty {
            course.sessions -= course.daysPerWeek
        }
    }

    /// Every course gets a qualified instructor (the best one of its skill raised to its level)
    /// and a venue that seats it; every instructor gets a course they can teach.
    static func makeServable(courses: [Course], instructors: inout [Instructor], venues: inout [Venue]) {
        for course in courses {
            if !instructors.contains(where: { $0.canTeach(course) }) {
                let holders = instructors.indices.filter { instructors[$0].skills[course.skill] != nil }
                let at = holders.max { instructors[$0].skills[course.skill]! < instructors[$1].skills[course.skill]! }
                    ?? instructors.indices.first { instructors[$0].source == .internal } ?? 0
                instructors[at].skills[course.skill] = course.level
            }
            if !venues.contains(where: { $0.canHost(course) }),
               let at = venues.indices.first(where: { v in course.equipment.allSatisfy(venues[v].equipment.contains) }) {
                venues[at].capacity = max(venues[at].capacity, course.participants)
            }
        }
        for i in instructors.indices where !courses.contains(where: { instructors[i].canTeach($0) }) {
            // Their skills at the level the lowest course of one of them asks; else a course's skill.
            if let course = courses.filter({ instructors[i].skills[$0.skill] != nil }).min(by: { $0.level < $1.level }) {
                instructors[i].skills[course.skill] = course.level
            } else if let course = courses.first {
                instructors[i].skills[course.skill] = course.level
            }
        }
    }

    /// Every session slot of `pattern` is one `available` allows.
    static func isFree(_ pattern: Pattern, course: Course, _ available: (CivilDate, Int) -> Bool) -> Bool {
        pattern.dates.allSatisfy { date in pattern.slots(length: course.sessionLength).allSatisfy { available(date, $0) } }
    }

    /// `instructor`'s load limits and availability let them teach `course` on `pattern` (the course alone).
    static func fits(_ instructor: Instructor, course: Course, pattern: Pattern, calendar: PlanningCalendar) -> Bool {
        if let limit = instructor.maxSlotsPerDay, limit < course.sessionLength { return false }
        if let limit = instructor.maxSlots, limit < course.slotCount { return false }
        if let limit = instructor.maxCourses, limit < 1 { return false }
        if let limit = instructor.maxSlotsPerWeek {
            var perWeek: [Int: Int] = [:]
            for date in pattern.dates { perWeek[calendar.week(of: date), default: 0] += course.sessionLength }
            if perWeek.values.contains(where: { $0 > limit }) { return false }
        }
        return isFree(pattern, course: course, instructor.isAvailable)
    }

    /// Absences are realistic, but they must not leave a course no run at all: where they do,
    /// its qualified instructors' and suitable venues' date ranges (and start dates) are lifted,
    /// then their load limits raised to fit it, then every absence of theirs lifted.
    static func makeRunnable(courses: [Course], instructors: inout [Instructor], venues: inout [Venue], calendar: PlanningCalendar) {
        for course in courses {
            let patterns = PatternGenerator.patterns(for: course, in: calendar)
            func free(_ pattern: Pattern, _ available: (CivilDate, Int) -> Bool) -> Bool {
                FamilyFinishing.isFree(pattern, course: course, available)
            }
            func fits(_ instructor: Instructor, _ pattern: Pattern) -> Bool {
                FamilyFinishing.fits(instructor, course: course, pattern: pattern, calendar: calendar)
            }
            let teachers = instructors.indices.filter { instructors[$0].canTeach(course) }
            let rooms = venues.indices.filter { venues[$0].canHost(course) }
            func runnable() -> Bool {
                patterns.contains { pattern in
                    rooms.contains { free(pattern, venues[$0].isAvailable) } && teachers.contains { fits(instructors[$0], pattern) }
                }
            }
            func isDateRange(_ entry: Unavailability) -> Bool { if case .dates = entry.days { return true } else { return false } }
            for step in 0..<3 where !runnable() {
                for v in rooms { venues[v].unavailable.removeAll { step == 2 || isDateRange($0) } }
                for i in teachers {
                    instructors[i].unavailable.removeAll { step == 2 || isDateRange($0) }
                    instructors[i].availableFrom = nil
                    if step >= 1 {
                        let week = course.daysPerWeek * course.sessionLength
                        instructors[i].maxSlotsPerDay = instructors[i].maxSlotsPerDay.map { max($0, course.sessionLength) }
                        instructors[i].maxSlotsPerWeek = instructors[i].maxSlotsPerWeek.map { max($0, week) }
                        instructors[i].maxSlots = instructors[i].maxSlots.map { max($0, course.slotCount) }
                    }
                }
            }
        }
    }

    /// The last steps every family shares: every course servable and runnable, a budget of
    /// `budgetShare` of running everything at its cheapest (none when `nil`), the scenario.
    static func scenario(name: String, budgetShare: Double?, courses: [Course], instructors: inout [Instructor],
                         venues: inout [Venue], calendar: PlanningCalendar, premium: Double,
                         valuePerParticipant: Double?) -> Scenario {
        makeServable(courses: courses, instructors: &instructors, venues: &venues)
        makeRunnable(courses: courses, instructors: &instructors, venues: &venues, calendar: calendar)
        let limit = budgetShare.map { Self.budget(share: $0, courses: courses, instructors: instructors, venues: venues, premium: premium) }
        return Scenario(name: name, currency: "IDR", budget: limit, calendar: calendar, premiumPerParticipantMonth: premium,
                        valuePerParticipant: valuePerParticipant, courses: courses, instructors: instructors, venues: venues)
    }

    /// The generated file's header comment: which command wrote it, `about` (the family's own
    /// lines), and what it holds.
    static func header(_ family: ScenarioFamily, seed: UInt64, about: [String] = [], courses: [Course], instructors: Int,
                       venues: Int, calendar: PlanningCalendar,
                       words: (courses: String, instructors: String, venues: String) = ("courses", "instructors", "venues"))
        -> [String] {
        ["Generated by `trainplan generate --family \(family.rawValue) --seed \(seed)`: \(family.summary).",
         "Do not edit by hand: the same command writes the same file.",
         ""] + about + [
            "\(courses.count) \(words.courses) (\(courses.filter(\.mandatory).count) mandatory), \(instructors) \(words.instructors), "
                + "\(venues) \(words.venues); \(calendar.start) .. \(calendar.end), \(calendar.slotCount) slots a day.",
        ]
    }

    /// The header's line on the budget set by ``scenario(name:budgetShare:courses:instructors:venues:calendar:premium:valuePerParticipant:)``.
    static func budgetLine(_ budget: Double?, course: String = "course", courses: String = "courses") -> String {
        budget.map { "The budget, IDR \(Int($0)), is set against running every \(course) at its cheapest: it may bind." }
            ?? "No budget: only the \(courses)' values and costs decide what runs."
    }

    /// A share of running every course at its cheapest (so that it may bind), never below
    /// 1.5 times what the mandatory courses cost with their own instructors; rounded up to a million.
    static func budget(share: Double, courses: [Course], instructors: [Instructor], venues: [Venue], premium: Double) -> Double {
        var estimate = 0.0, mandatory = 0.0
        var engaged: Set<String> = []
        func cost(_ course: Course, _ instructor: Instructor) -> Double {
            CostRules.fees(course, instructor) + (engaged.contains(instructor.id) ? 0 : instructor.engagementCost)
        }
        for course in courses {
            let rooms = venues.filter { $0.canHost(course) }
            guard !rooms.isEmpty, let best = instructors.filter({ $0.canTeach(course) }).min(by: { cost(course, $0) < cost(course, $1) })
            else { continue }
            estimate += cost(course, best)
            engaged.insert(best.id)
            estimate += rooms.map { CostRules.rent(course, $0) }.min() ?? 0
            let months = Double(course.slotCount) / 40 + 1   // a rough number of months it spans
            let insurance = course.socialSecurity ? Double(course.participants) * premium * months : 0
            estimate += insurance
            if course.mandatory {
                let fee = instructors.filter { $0.canTeach(course) }.map(\.feePerSlot).max() ?? 0
                let span = Set((course.earliestStart.dayNumber...course.latestEnd.dayNumber).map { CivilDate(dayNumber: $0).monthKey }).count
                mandatory += Double(course.slotCount) * fee + Double(course.participants) * premium * Double(span)
                    + (rooms.map { CostRules.rent(course, $0) }.max() ?? 0)
            }
        }
        return (max(estimate * share, mandatory * 1.5) / 1_000_000).rounded(.up) * 1_000_000
    }

    /// `n` working days in a row from a random working day: a date range for an absence.
    static func absence(_ rng: inout SplitMix64, workingDays: [CivilDate], days: Int, slots: ClosedRange<Int>? = nil) -> Unavailability {
        let first = rng.int(in: 0...max(0, workingDays.count - days - 1))
        return Unavailability(days: .dates(workingDays[first], workingDays[min(workingDays.count - 1, first + days - 1)]), slots: slots)
    }
}
