import TrainPlanCore

/// The `parttime` family: evening and Saturday classes for people who work, once a week.
///
/// Knobs: 14 weeks from a Monday of 2023 or 2024, Monday to Saturday, four 90-minute slots
/// (16:00 to 22:00); 8 subjects of an evening programme, 5-7 classes each (about 48), every
/// class one 1-slot session a week for 10-14 weeks on one of 1-3 allowed weekdays, starting in
/// weeks 0-3; 10-30 trainees; a class of a subject needing a lab (computers, language lab,
/// kitchen, salon) only fits that lab; a subject's classes that share trainees (a track) form a
/// cohort half the time; 3 part-time teachers per subject, mostly freelance and partner, at most
/// 2-5 slots a week and 1-2 a day, most of them at work until 19:00 on two weekdays (slots 1-2);
/// 7 rooms; a budget of 80-110 % of running everything at its cheapest, or none. Two mandatory
/// classes each have their own free internal teacher and lab.
enum PartTimeFamily {
    /// An evening subject: its skill, id prefix, title and the room equipment it needs (if any).
    struct Subject {
        var skill: String
        var code: String
        var title: String
        var equipment: String?
    }

    static let subjects = [
        Subject(skill: "english", code: "ENG", title: "English for work", equipment: "language-lab"),
        Subject(skill: "japanese", code: "JPN", title: "Japanese, N5 to N4", equipment: "language-lab"),
        Subject(skill: "computer", code: "KOM", title: "Office computing", equipment: "computers"),
        Subject(skill: "digital-marketing", code: "DGM", title: "Selling online", equipment: "computers"),
        Subject(skill: "graphic-design", code: "DES", title: "Graphic design", equipment: "computers"),
        Subject(skill: "bookkeeping", code: "AKT", title: "Bookkeeping for small businesses", equipment: nil),
        Subject(skill: "barista", code: "BAR", title: "Barista", equipment: "coffee-machines"),
        Subject(skill: "beauty", code: "RIAS", title: "Make-up artist", equipment: "salon-chairs"),
        Subject(skill: "entrepreneurship", code: "WRS", title: "Starting a small business", equipment: nil),
        Subject(skill: "sewing", code: "JHT", title: "Sewing for home production", equipment: "sewing-machines"),
    ]

    static let premium = 16_800.0
    static let valuePerParticipant = 900_000.0
    static let slots = ["16:00-17:30", "17:30-19:00", "19:00-20:30", "20:30-22:00"]
    static let workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat]

    static func generate(seed: UInt64) -> GeneratedScenario {
        var rng = SplitMix64(seed: seed &* 0xD1B5_4A32_D192_ED03 &+ 0x5054)   // "PT"
        let start = CivilDate(rng.pick(["2023-02-06", "2023-08-07", "2024-02-05", "2024-08-05"])) ?? CivilDate(dayNumber: 19_394)
        let weeks = 14
        let holidayNames = IndonesianHolidays.between(start, start.adding(days: 7 * weeks - 1))
        let calendar = PlanningCalendar(start: start, weeks: weeks, workdays: Set(workdays), slots: slots,
                                        holidays: Set(holidayNames.keys))
        let workingDays = calendar.workingDays
        let chosen = Array(rng.shuffled(subjects).prefix(8))
        let mandatorySubjects = Set(rng.sample(Array(chosen.indices), count: 2))

        // Rooms: one per kind of equipment the subjects need, and classrooms.
        var venues: [Venue] = []
        for tag in Set(chosen.compactMap(\.equipment)).sorted() {
            venues.append(Venue(id: "LAB-\(tag.uppercased())", name: "\(tag) room", site: "BLK", capacity: rng.pick([20, 24]),
                                equipment: [tag, "projector"], costPerSlot: 0))
        }
        while venues.count < 7 {
            let n = venues.count
            venues.append(Venue(id: "ROOM-\(n)", name: "Classroom \(n)", site: rng.pick(["BLK", "Balai Desa", "LPKS Karya Mandiri"]),
                                capacity: 30, equipment: ["projector"], costPerSlot: Double(rng.int(in: 0...6)) * 10_000,
                                unavailable: rng.chance(0.4) ? [Unavailability(days: .weekday(rng.pick(workdays)), slots: 3...4)] : []))
        }

        var courses: [Course] = []
        for (s, subject) in chosen.enumerated() {
            let track = rng.chance(0.5) ? "\(subject.code.lowercased())-track" : nil
            for k in 1...rng.int(in: 5...7) {
                let mandatory = k == 1 && mandatorySubjects.contains(s)
                let weekdays = rng.sample(workdays, count: rng.int(in: 1...3)).sorted()
                let sessions = rng.int(in: 10...14)
                let firstWeek = rng.int(in: 0...min(3, weeks - sessions))
                let participants = rng.int(in: 10...min(30, subject.equipment == nil ? 30 : 20))
                var course = Course(id: "\(subject.code)-\(k < 10 ? "0" : "")\(k)", title: "\(subject.title), class \(k)",
                                    skill: subject.skill, level: mandatory ? 1 : rng.pick([1, 1, 2]), sessions: sessions,
                                    sessionLength: 1, daysPerWeek: 1, weekdays: weekdays,
                                    earliestStart: start.adding(days: 7 * firstWeek), latestEnd: calendar.end,
                                    participants: participants, equipment: subject.equipment.map { [$0] } ?? [],
                                    cohort: mandatory || k > 3 ? nil : track,
                                    value: (Double(participants) * valuePerParticipant * rng.pick([0.8, 1.0, 1.3])).rounded(),
                                    mandatory: mandatory, socialSecurity: mandatory || !rng.chance(0.3))
                FamilyFinishing.fitWindow(&course, in: calendar)
                courses.append(course)
            }
        }

        var instructors: [Instructor] = []
        var ids = ScenarioCode.InstructorIDs()
        var firstOfEach = InstructorSource.allCases   // every source appears
        func nextID(_ source: InstructorSource) -> String { ids.next(source) }
        for (s, subject) in chosen.enumerated() {
            if mandatorySubjects.contains(s) {
                instructors.append(Instructor(id: nextID(.internal), name: ScenarioCode.name(&rng), source: .internal,
                                              organization: "BLK", skills: [subject.skill: 2], feePerSlot: 60_000,
                                              maxSlotsPerDay: 2, maxSlotsPerWeek: 6))
            }
            for _ in 0..<3 {
                let source = !firstOfEach.isEmpty ? firstOfEach.removeFirst() : rng.weighted([(InstructorSource.freelance, 0.4), (.partner, 0.25), (.internal, 0.2), (.industry, 0.08),
                                           (.candidate, 0.07)])
                var skills = [subject.skill: rng.pick([1, 2, 2])]
                if rng.chance(0.2) { skills[rng.pick(chosen).skill] = 1 }
                var instructor = Instructor(id: nextID(source), name: ScenarioCode.name(&rng), source: source, skills: skills)
                instructor.maxSlotsPerDay = rng.pick([1, 2])
                instructor.maxSlotsPerWeek = rng.int(in: 2...5)
                switch source {
                case .internal:
                    instructor.organization = "BLK"
                    instructor.feePerSlot = Double(rng.int(in: 10...14)) * 5_000
                case .partner:
                    instructor.organization = "LPKS Karya Mandiri"
                    instructor.feePerSlot = Double(rng.int(in: 18...24)) * 5_000
                    instructor.engagementCost = 250_000
                case .industry:
                    instructor.organization = "a local company"
                    instructor.feePerSlot = Double(rng.int(in: 30...40)) * 5_000
                    instructor.engagementCost = 1_000_000
                    instructor.maxCourses = 2
                case .freelance:
                    instructor.feePerSlot = Double(rng.int(in: 16...22)) * 5_000
                    instructor.engagementCost = Double(rng.pick([100, 150, 200])) * 1_000
                    instructor.maxSlots = rng.int(in: 20...40)
                case .candidate:
                    instructor.name = "Candidate \(subject.skill) teacher (to recruit)"
                    instructor.feePerSlot = Double(rng.int(in: 20...26)) * 5_000
                    instructor.engagementCost = 1_500_000
                    instructor.availableFrom = workingDays[min(workingDays.count - 1, rng.int(in: 6...18))]
                }
                if source != .internal || rng.chance(0.5) {
                    // At their day job until 19:00 on two weekdays.
                    for day in rng.sample(Array(workdays.prefix(5)), count: 2) {
                        instructor.unavailable.append(Unavailability(days: .weekday(day), slots: 1...2))
                    }
                }
                if rng.chance(0.3) { instructor.unavailable.append(FamilyFinishing.absence(&rng, workingDays: workingDays, days: 6)) }
                instructors.append(instructor)
            }
        }
        let share: Double? = rng.pick([0.8, 0.9, 1.1, nil])
        let scenario = FamilyFinishing.scenario(name: "Evening and Saturday classes, a term from \(start) (generated: parttime, seed \(seed))", budgetShare: share, courses: courses,
                                                instructors: &instructors, venues: &venues, calendar: calendar,
                                                premium: premium, valuePerParticipant: valuePerParticipant)
        let budget = scenario.budget
        let header = FamilyFinishing.header(.parttime, seed: seed, courses: courses, instructors: instructors.count,
                                            venues: venues.count, calendar: calendar, words: ("classes", "teachers", "rooms"))
            + [FamilyFinishing.budgetLine(budget, course: "class", courses: "classes")]
        return GeneratedScenario(family: .parttime, seed: seed, scenario: scenario, holidayNames: holidayNames, header: header)
    }
}
