import TrainPlanCore

/// The `nationalwide` family: a national year shaped like the scenarios of an independent
/// generator that took 11.7 GB to solve (issue 16), with many ways to run each course where
/// ``ScenarioGenerator``'s `national` family has few.
///
/// Knobs: 52 weeks from the first Monday of 2023 or 2024, Monday to Friday, three slots a day,
/// the Indonesian holidays; six zones of 110-116 courses (about 676), 63-65 instructors (and a
/// national pool of 20-25: about 403) and 23 venues (138). Twelve skills drawn from
/// ``Catalogue``; every instructor has 3-6 of them at levels 1-3, so about a third of a zone's
/// instructors (and of the pool) can teach a course. A course meets 2-3 days a week on a set
/// drawn from 4-5 weekdays (up to 10 weekday sets), for 12-30 sessions of 1 slot (three start
/// slots; a quarter take 2 slots, two start slots), inside a window of 4-10 weeks of slack (about
/// 10-30 first dates per set); 12-24 trainees; half need one tag of their skill's workshop.
/// Venues hold 2-4 skills' equipment and may serve any course of their zone. Instructors have
/// light load limits and a few absences; 15 % of the courses share a zone intake (cohort). A
/// budget of 60-90 % of running everything at its cheapest, or none. One mandatory course per
/// zone has its own internal instructor and workshop, both free throughout.
enum NationalWideFamily {
    static let premium = 16_800.0
    static let valuePerParticipant = 2_000_000.0
    static let slots = ["08:00-11:00", "11:00-14:00", "14:00-17:00"]
    static let workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    /// The family's sizes; `scale` below 1 gives a smaller scenario of the same shape (for tests).
    struct Size {
        var zones = 6
        var coursesPerZone: ClosedRange<Int> = 110...116
        var instructorsPerZone: ClosedRange<Int> = 63...65
        var pool: ClosedRange<Int> = 20...25
        var venuesPerZone = 23
        var weeks = 52
    }

    static func generate(seed: UInt64, size: Size = Size()) -> GeneratedScenario {
        var rng = SplitMix64(seed: seed &* 0xBF58_476D_1CE4_E5B9 &+ 0x4E_5749)   // "NWI"
        let start = CivilDate(rng.pick(["2023-01-02", "2024-01-01"])) ?? CivilDate(dayNumber: 19_358)
        let weeks = size.weeks
        let holidayNames = IndonesianHolidays.between(start, start.adding(days: 7 * weeks - 1))
        let calendar = PlanningCalendar(start: start, weeks: weeks, workdays: Set(workdays), slots: slots,
                                        holidays: Set(holidayNames.keys))
        let workingDays = calendar.workingDays
        let zones = Array(rng.shuffled(Places.regions).prefix(size.zones)).sorted { $0.code < $1.code }
        let lines = Array(rng.shuffled(Catalogue.lines).prefix(12))

        var courses: [Course] = [], instructors: [Instructor] = [], venues: [Venue] = []
        /// Per zone: its venue ids and instructor ids (the pool is added to every zone's list).
        var zoneVenues: [[String]] = [], zoneInstructors: [[String]] = []
        var zoneOfCourse: [Int] = []
        for (z, zone) in zones.enumerated() {
            // Courses.
            let mandatoryAt = rng.int(in: 0...(size.coursesPerZone.lowerBound - 1))
            var perLine: [String: Int] = [:]
            var mandatoryCourse: Course?
            for k in 0..<rng.int(in: size.coursesPerZone) {
                let mandatory = k == mandatoryAt
                let line = rng.pick(lines)
                perLine[line.code, default: 0] += 1
                let number = perLine[line.code] ?? 1
                let perWeek = rng.int(in: 2...3)
                let weekdays = rng.sample(workdays, count: rng.int(in: 4...5)).sorted()
                let sessions = rng.int(in: 12...30)
                let length = rng.chance(0.25) ? 2 : 1
                let need = (sessions + perWeek - 1) / perWeek
                let slack = rng.int(in: 4...10)
                let firstWeek = rng.int(in: 0...max(0, weeks - need - slack - 1))
                let earliest = start.adding(days: 7 * firstWeek)
                let latest = min(calendar.end, earliest.adding(days: 7 * (need + slack) - 1))
                let participants = rng.int(in: 12...24)
                let template = rng.pick(line.courses)
                var course = Course(id: "\(zone.code)-\(line.code)-\(number < 10 ? "0" : "")\(number)",
                                    title: "\(template.title) (\(zone.name))", skill: line.skill,
                                    level: mandatory ? 1 : rng.pick([1, 1, 2, 2, 3]), sessions: sessions,
                                    sessionLength: length, daysPerWeek: perWeek, weekdays: weekdays,
                                    earliestStart: earliest, latestEnd: latest, participants: participants,
                                    equipment: mandatory || rng.chance(0.5) ? [line.equipment[0]] : [],
                                    cohort: !mandatory && rng.chance(0.15) ? "\(zone.code.lowercased())-intake-\(rng.int(in: 1...4))" : nil,
                                    value: (Double(participants) * valuePerParticipant * rng.pick([0.7, 1.0, 1.3])).rounded(),
                                    mandatory: mandatory, socialSecurity: mandatory || !rng.chance(0.1))
                FamilyFinishing.fitWindow(&course, in: calendar)
                if mandatory { mandatoryCourse = course }
                courses.append(course)
                zoneOfCourse.append(z)
            }

            // Venues: the mandatory course's own workshop first, then rooms holding 2-4 skills' equipment.
            var ids: [String] = []
            for n in 1...size.venuesPerZone {
                let id = "\(zone.code)-R\(n < 10 ? "0" : "")\(n)"
                ids.append(id)
                if n == 1, let course = mandatoryCourse {
                    venues.append(Venue(id: id, name: "BLK \(zone.name) workshop for \(course.id)", site: "BLK \(zone.name)",
                                        capacity: max(30, course.participants), equipment: course.equipment + ["projector"]))
                    continue
                }
                let held = rng.sample(lines, count: rng.int(in: 2...4))
                var equipment = ["projector"]
                for line in held { for tag in line.equipment where !equipment.contains(tag) { equipment.append(tag) } }
                let site = rng.pick(["BLK \(zone.name)", "LPKS \(zone.name)", "Politeknik \(zone.name)"])
                var venue = Venue(id: id, name: "Room \(n), \(site)", site: site, capacity: rng.pick([20, 24, 24, 30, 36]),
                                  equipment: equipment.sorted(), costPerSlot: site.hasPrefix("BLK") ? 0 : Double(rng.int(in: 4...20)) * 10_000)
                if rng.chance(0.3) { venue.unavailable.append(FamilyFinishing.absence(&rng, workingDays: workingDays, days: 5)) }
                venues.append(venue)
            }
            zoneVenues.append(ids)

            // Instructors: the mandatory course's own, then broad multi-skilled staff.
            var zoneIDs = ScenarioCode.InstructorIDs()
            var names: [String] = []
            var firstOfEach = z == 0 ? InstructorSource.allCases : []   // every source appears
            for n in 0..<rng.int(in: size.instructorsPerZone) {
                let source = n == 0 ? InstructorSource.internal : !firstOfEach.isEmpty ? firstOfEach.removeFirst()
                    : rng.weighted([(InstructorSource.internal, 0.45), (.partner, 0.2), (.industry, 0.1), (.freelance, 0.15), (.candidate, 0.1)])
                let id = "\(zone.code)-" + zoneIDs.next(source)
                if n == 0, let course = mandatoryCourse {
                    instructors.append(Instructor(id: id, name: ScenarioCode.name(&rng), source: .internal,
                                                  organization: "BLK \(zone.name)", skills: [course.skill: 3],
                                                  feePerSlot: Double(rng.int(in: 12...18)) * 5_000))
                    names.append(id)
                    continue
                }
                let instructor = makeInstructor(id: id, source: source, lines: lines, zone: zone, rng: &rng, workingDays: workingDays)
                instructors.append(instructor)
                names.append(id)
            }
            zoneInstructors.append(names)
        }
        // The national pool: travelling master trainers any zone may call on.
        var poolIDs = ScenarioCode.InstructorIDs()
        var pool: [String] = []
        for _ in 0..<rng.int(in: size.pool) {
            let source = rng.weighted([(InstructorSource.internal, 0.4), (.industry, 0.3), (.freelance, 0.3)])
            let id = "NAS-" + poolIDs.next(source)
            instructors.append(makeInstructor(id: id, source: source, lines: lines, zone: nil, rng: &rng, workingDays: workingDays))
            pool.append(id)
        }
        for c in courses.indices {
            courses[c].instructors = zoneInstructors[zoneOfCourse[c]] + pool
            courses[c].venues = zoneVenues[zoneOfCourse[c]]
        }
        servesOwnZone(courses: courses, instructors: &instructors, venues: &venues)
        let share: Double? = rng.pick([0.6, 0.75, 0.9, nil])
        let scenario = FamilyFinishing.scenario(name: "National programme, many ways per course, a year from \(start) (generated: nationalwide, seed \(seed))", budgetShare: share, courses: courses,
                                                instructors: &instructors, venues: &venues, calendar: calendar,
                                                premium: premium, valuePerParticipant: valuePerParticipant)
        let budget = scenario.budget
        let header = FamilyFinishing.header(.nationalwide, seed: seed, about: ["Zones: " + zones.map(\.name).joined(separator: ", ") + "."],
                                            courses: courses, instructors: instructors.count, venues: venues.count, calendar: calendar)
            + [FamilyFinishing.budgetLine(budget)]
        return GeneratedScenario(family: .nationalwide, seed: seed, scenario: scenario, holidayNames: holidayNames, header: header)
    }

    /// ``FamilyFinishing/makeServable(courses:instructors:venues:)`` within each course's own lists
    /// (its zone): a course gets a listed instructor of its skill and level (the best holder raised,
    /// else the first listed given the skill) and a listed venue with its equipment and seats; an
    /// instructor no listed course can use gets the skill and level of one that lists them.
    static func servesOwnZone(courses: [Course], instructors: inout [Instructor], venues: inout [Venue]) {
        let instructorAt = Dictionary(uniqueKeysWithValues: instructors.indices.map { (instructors[$0].id, $0) })
        let venueAt = Dictionary(uniqueKeysWithValues: venues.indices.map { (venues[$0].id, $0) })
        for course in courses {
            let listed = course.instructors.compactMap { instructorAt[$0] }
            if !listed.contains(where: { instructors[$0].canTeach(course) }), let first = listed.first {
                let best = listed.max { (instructors[$0].skills[course.skill] ?? 0) < (instructors[$1].skills[course.skill] ?? 0) } ?? first
                instructors[best].skills[course.skill] = max(course.level, instructors[best].skills[course.skill] ?? 0)
            }
            let rooms = course.venues.compactMap { venueAt[$0] }
            if !rooms.contains(where: { venues[$0].canHost(course) }),
               let room = rooms.max(by: { venues[$0].capacity < venues[$1].capacity }) {
                for tag in course.equipment where !venues[room].equipment.contains(tag) { venues[room].equipment.append(tag) }
                venues[room].equipment.sort()
                venues[room].capacity = max(venues[room].capacity, course.participants)
            }
        }
        for i in instructors.indices {
            let id = instructors[i].id
            let listing = courses.filter { $0.instructors.contains(id) }
            guard !listing.contains(where: { instructors[i].canTeach($0) }) else { continue }
            let course = listing.filter { instructors[i].skills[$0.skill] != nil }.min { $0.level < $1.level } ?? listing.first
            if let course { instructors[i].skills[course.skill] = max(course.level, instructors[i].skills[course.skill] ?? 0) }
        }
    }

    /// A multi-skilled instructor of a zone (or of the national pool, `zone` nil): 3-6 of the
    /// scenario's skills, light load limits, a few absences.
    static func makeInstructor(id: String, source: InstructorSource, lines: [Catalogue.SkillLine], zone: Place?,
                               rng: inout SplitMix64, workingDays: [CivilDate]) -> Instructor {
        var skills: [String: Int] = [:]
        for line in rng.sample(lines, count: rng.int(in: 3...6)) { skills[line.skill] = rng.pick([1, 2, 2, 3]) }
        var instructor = Instructor(id: id, name: ScenarioCode.name(&rng), source: source, skills: skills)
        let home = zone.map(\.name) ?? "BBPVP (national)"
        switch source {
        case .internal:
            instructor.organization = "BLK \(home)"
            instructor.feePerSlot = Double(rng.int(in: 12...20)) * 5_000
            instructor.maxSlotsPerDay = rng.pick([2, 3])
            instructor.maxSlotsPerWeek = rng.int(in: 9...15)
        case .partner:
            instructor.organization = "LPKS \(home)"
            instructor.feePerSlot = Double(rng.int(in: 25...40)) * 5_000
            instructor.engagementCost = Double(rng.pick([500, 750])) * 1_000
            instructor.maxSlotsPerWeek = rng.int(in: 6...12)
        case .industry:
            instructor.organization = "PT Mitra Industri \(home)"
            instructor.feePerSlot = Double(rng.int(in: 50...80)) * 5_000
            instructor.engagementCost = Double(rng.pick([15, 20, 30])) * 100_000
            instructor.maxCourses = rng.int(in: 2...3)
        case .freelance:
            instructor.feePerSlot = Double(rng.int(in: 35...50)) * 5_000
            instructor.engagementCost = 400_000
            instructor.maxSlots = rng.int(in: 150...300)
        case .candidate:
            instructor.name = "Candidate trainer, \(home) (to recruit)"
            instructor.feePerSlot = Double(rng.int(in: 40...55)) * 5_000
            instructor.engagementCost = 2_500_000
            instructor.availableFrom = workingDays[min(workingDays.count - 1, rng.int(in: 20...80))]
        }
        if rng.chance(0.5) { instructor.unavailable.append(FamilyFinishing.absence(&rng, workingDays: workingDays, days: 10)) }
        if rng.chance(0.3) { instructor.unavailable.append(Unavailability(days: .weekday(rng.pick(workdays)), slots: 3...3)) }
        return instructor
    }
}
