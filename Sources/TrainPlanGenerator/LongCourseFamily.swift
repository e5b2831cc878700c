import TrainPlanCore

/// The `long` family: long certification programmes unlike the city quarters of
/// ``ScenarioGenerator``'s own families.
///
/// Knobs: a half year (26 weeks) from a Monday of 2023 or 2024, Monday to Saturday, three
/// slots a day; the Indonesian holidays plus 6-10 regional ones; 8 programmes of 3-5 courses
/// (about 32), each of 20-60 sessions, 2-4 a week on a set drawn from 1-2 more weekdays than it
/// needs, 1 or 2 slots a session, levels 1-3, 12-24 trainees, a start window of 2-5 weeks of
/// slack; 70 % of a programme's courses need the equipment only its own workshop has; four
/// intakes (cohorts) that span the programmes, 60 % of the courses in one; 2-3 instructors per
/// programme with one skill (15 % a second), load limits per day, week and horizon, and
/// partial-day unavailability (weekday slots, a week of afternoons); venues closed on some
/// weekday mornings; a budget of 55-75 % of running everything at its cheapest. Two mandatory
/// courses each have their own free internal instructor and a workshop free throughout.
enum LongCourseFamily {
    /// A programme: its skill, id prefix, title and the equipment tag of its one workshop.
    struct Programme {
        var skill: String
        var code: String
        var title: String
        var equipment: String
        var workshop: String
    }

    static let programmes = [
        Programme(skill: "cnc-machining", code: "CNC", title: "CNC machining operator", equipment: "cnc-lathe", workshop: "CNC workshop"),
        Programme(skill: "welding", code: "LAS", title: "Welder, 3G/4G certification", equipment: "welding-booths", workshop: "welding workshop"),
        Programme(skill: "mechatronics", code: "MKT", title: "Industrial mechatronics", equipment: "plc-trainers", workshop: "mechatronics lab"),
        Programme(skill: "hospitality", code: "HTL", title: "Hotel front office and housekeeping", equipment: "hotel-mockup", workshop: "hotel practice room"),
        Programme(skill: "japanese", code: "JPN", title: "Japanese for technical interns", equipment: "language-lab", workshop: "language lab"),
        Programme(skill: "heavy-equipment", code: "ALB", title: "Excavator operator", equipment: "excavator-simulator", workshop: "simulator hall"),
        Programme(skill: "caregiving", code: "CG", title: "Caregiver for elderly care (kaigo)", equipment: "care-ward", workshop: "care practice ward"),
        Programme(skill: "web-programming", code: "WEB", title: "Full-stack web programming", equipment: "computers", workshop: "computer lab"),
        Programme(skill: "culinary", code: "BOG", title: "Commercial cooking", equipment: "kitchen", workshop: "training kitchen"),
        Programme(skill: "automotive", code: "OTO", title: "Light vehicle technician", equipment: "engine-stands", workshop: "automotive workshop"),
    ]

    static let premium = 16_800.0
    static let valuePerParticipant = 2_500_000.0
    static let slots = ["08:00-10:30", "10:30-13:00", "14:00-16:30"]
    static let workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat]

    static func generate(seed: UInt64) -> GeneratedScenario {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x4C4F_4E47)   // "LONG"
        let start = CivilDate(rng.pick(["2023-01-02", "2023-07-03", "2024-01-01", "2024-07-01"])) ?? CivilDate(dayNumber: 19_358)
        let weeks = 26
        var holidayNames = IndonesianHolidays.between(start, start.adding(days: 7 * weeks - 1))
        let baseCalendar = PlanningCalendar(start: start, weeks: weeks, workdays: Set(workdays), slots: slots, holidays: [])
        for day in rng.sample(baseCalendar.workingDays, count: rng.int(in: 6...10)) where holidayNames[day] == nil {
            holidayNames[day] = "regional holiday"
        }
        let calendar = PlanningCalendar(start: start, weeks: weeks, workdays: Set(workdays), slots: slots,
                                        holidays: Set(holidayNames.keys))
        let workingDays = calendar.workingDays
        let chosen = Array(rng.shuffled(programmes).prefix(8))
        let intakes = ["intake-A", "intake-B", "intake-C", "intake-D"]

        // Venues: one workshop per programme (the only holder of its equipment), and classrooms.
        var venues = chosen.map { p in
            Venue(id: "BLK-\(p.code)", name: "BLK \(p.workshop)", site: "BLK", capacity: rng.pick([20, 24, 24]),
                  equipment: [p.equipment, "projector"], costPerSlot: 0,
                  unavailable: rng.chance(0.4) ? [Unavailability(days: .weekday(rng.pick(workdays)), slots: 1...1)] : [])
        }
        for n in 1...3 {
            venues.append(Venue(id: "ROOM-\(n)", name: "Classroom \(n)", site: rng.pick(["BLK", "LPKS Cipta Karya"]),
                                capacity: 30, equipment: ["projector"], costPerSlot: n == 1 ? 0 : Double(rng.int(in: 10...30)) * 5_000,
                                unavailable: rng.chance(0.5) ? [Unavailability(days: .weekday(.sat), slots: 2...3)] : []))
        }

        // Courses.
        var courses: [Course] = []
        let mandatoryProgrammes = Set(rng.sample(Array(chosen.indices), count: 2))
        for (p, programme) in chosen.enumerated() {
            for k in 1...rng.int(in: 3...5) {
                let mandatory = k == 1 && mandatoryProgrammes.contains(p)
                let perWeek = rng.int(in: 2...4)
                let weekdays = rng.sample(workdays, count: min(workdays.count, perWeek + rng.int(in: 1...2))).sorted()
                let sessions = rng.int(in: 20...60)
                let length = rng.pick([1, 1, 2])
                let need = (sessions + perWeek - 1) / perWeek
                let firstWeek = rng.int(in: 0...max(0, weeks - need - 3))
                let earliest = start.adding(days: 7 * firstWeek)
                let latest = min(calendar.end, earliest.adding(days: 7 * (need + rng.int(in: 2...5)) - 1))
                let participants = rng.int(in: 12...24)
                var course = Course(id: "\(programme.code)-\(k < 10 ? "0" : "")\(k)", title: "\(programme.title), module \(k)",
                                    skill: programme.skill, level: mandatory ? 1 : rng.pick([1, 2, 2, 3]), sessions: sessions,
                                    sessionLength: length, daysPerWeek: perWeek, weekdays: weekdays,
                                    earliestStart: earliest, latestEnd: latest, participants: min(participants, 20),
                                    equipment: rng.chance(0.7) || mandatory ? [programme.equipment] : [],
                                    cohort: !mandatory && rng.chance(0.6) ? rng.pick(intakes) : nil,
                                    value: Double(min(participants, 20)) * valuePerParticipant * rng.pick([0.8, 1.0, 1.2]),
                                    mandatory: mandatory, socialSecurity: mandatory || !rng.chance(0.1))
                FamilyFinishing.fitWindow(&course, in: calendar)
                courses.append(course)
            }
        }

        // Instructors: few per programme, one skill each, limits and partial-day absences.
        var instructors: [Instructor] = []
        var ids = ScenarioCode.InstructorIDs()
        var firstOfEach = InstructorSource.allCases   // every source appears
        func nextID(_ source: InstructorSource) -> String { ids.next(source) }
        for (p, programme) in chosen.enumerated() {
            if mandatoryProgrammes.contains(p), let course = courses.first(where: { $0.mandatory && $0.skill == programme.skill }) {
                // The mandatory course's own instructor: free throughout, limits that fit it.
                instructors.append(Instructor(id: nextID(.internal), name: ScenarioCode.name(&rng), source: .internal,
                                              organization: "BLK", skills: [programme.skill: 3],
                                              feePerSlot: Double(rng.int(in: 12...18)) * 5_000,
                                              maxSlotsPerDay: max(2, course.sessionLength),
                                              maxSlotsPerWeek: max(12, course.daysPerWeek * course.sessionLength),
                                              maxSlots: course.slotCount + 60))
            }
            for _ in 0..<rng.int(in: 2...3) {
                let source = !firstOfEach.isEmpty ? firstOfEach.removeFirst() : rng.weighted([(InstructorSource.internal, 0.5), (.partner, 0.2), (.industry, 0.12), (.freelance, 0.1),
                                           (.candidate, 0.08)])
                var skills = [programme.skill: rng.pick([2, 3, 3])]
                if rng.chance(0.15) { skills[rng.pick(chosen).skill] = 1 }
                var instructor = Instructor(id: nextID(source), name: ScenarioCode.name(&rng), source: source, skills: skills)
                switch source {
                case .internal:
                    instructor.organization = "BLK"
                    instructor.feePerSlot = Double(rng.int(in: 12...18)) * 5_000
                    instructor.maxSlotsPerDay = 2
                    instructor.maxSlotsPerWeek = rng.int(in: 8...12)
                    instructor.maxSlots = rng.int(in: 120...200)
                case .partner:
                    instructor.organization = "LPKS Cipta Karya"
                    instructor.feePerSlot = Double(rng.int(in: 30...40)) * 5_000
                    instructor.engagementCost = Double(rng.pick([500, 750])) * 1_000
                    instructor.maxSlotsPerWeek = rng.int(in: 6...9)
                case .industry:
                    instructor.organization = "PT Industri Mitra"
                    instructor.feePerSlot = Double(rng.int(in: 60...90)) * 5_000
                    instructor.engagementCost = Double(rng.pick([20, 30])) * 100_000
                    instructor.maxCourses = 1
                    instructor.maxSlotsPerWeek = 6
                case .freelance:
                    instructor.feePerSlot = Double(rng.int(in: 40...50)) * 5_000
                    instructor.engagementCost = 400_000
                    instructor.maxSlots = rng.int(in: 60...100)
                case .candidate:
                    instructor.name = "Candidate \(programme.skill) trainer (to recruit)"
                    instructor.feePerSlot = Double(rng.int(in: 50...60)) * 5_000
                    instructor.engagementCost = 3_000_000
                    instructor.availableFrom = workingDays[min(workingDays.count - 1, rng.int(in: 20...45))]
                }
                // Partial days: a weekday's first slot (another job), a fortnight of afternoons (a certification course).
                instructor.unavailable.append(Unavailability(days: .weekday(rng.pick(workdays)), slots: 1...1))
                if rng.chance(0.6) {
                    instructor.unavailable.append(FamilyFinishing.absence(&rng, workingDays: workingDays, days: 10, slots: 3...3))
                }
                if rng.chance(0.3) { instructor.unavailable.append(FamilyFinishing.absence(&rng, workingDays: workingDays, days: 3)) }
                instructors.append(instructor)
            }
        }
        let scenario = FamilyFinishing.scenario(name: "Long programmes, a half year from \(start) (generated: long, seed \(seed))",
                                                budgetShare: rng.pick([0.55, 0.65, 0.75]), courses: courses,
                                                instructors: &instructors, venues: &venues, calendar: calendar,
                                                premium: premium, valuePerParticipant: valuePerParticipant)
        let budget = scenario.budget ?? 0
        let header = FamilyFinishing.header(.long, seed: seed, courses: courses, instructors: instructors.count,
                                            venues: venues.count, calendar: calendar)
            + ["The budget, IDR \(Int(budget)), is set well below running every course at its cheapest: it binds."]
        return GeneratedScenario(family: .long, seed: seed, scenario: scenario, holidayNames: holidayNames, header: header)
    }
}
