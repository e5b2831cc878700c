import TrainPlanCore

/// The sizes `trainplan generate` knows.
public enum ScenarioFamily: String, CaseIterable, Sendable, Codable {
    /// One city's quarter: ~25 courses, ~25 instructors, ~8 venues, 12 weeks, 2 slots a day.
    case city
    /// A province's half year: ~150 courses, ~100 instructors, ~30 venues in five cities, 26 weeks.
    case province
    /// A national programme's year: ~600 courses, ~400 instructors, ~120 venues in twelve regions, 52 weeks, 3 slots.
    case national
    /// A city's part-time term: ~60 courses of 1-slot sessions 1-3 days a week, 4 slots a day, Monday to Saturday.
    case weekly
    /// Long certification programmes: ~32 courses of 20-60 sessions, sparse qualifications, a binding budget
    /// (see ``LongCourseFamily``).
    case long
    /// Evening and Saturday classes once a week: ~48 classes, 14 weeks, 4 slots (see ``PartTimeFamily``).
    case parttime
    /// A national year with many ways to run each course: ~676 courses, ~403 instructors, ~138 venues,
    /// 52 weeks, 3 slots, many weekday sets and start dates, broad qualifications (see ``NationalWideFamily``).
    case nationalwide

    public var summary: String {
        switch self {
        case .city: return "one city's quarter: ~25 courses, ~25 instructors, ~8 venues, 12 weeks, 2 slots"
        case .province: return "a province's half year: ~150 courses, ~100 instructors, ~30 venues, 26 weeks, 2 slots"
        case .national: return "a national year: ~600 courses, ~400 instructors, ~120 venues, 52 weeks, 3 slots"
        case .weekly: return "a part-time term: ~60 courses, 1-slot sessions 1-3 days a week, 10 weeks, 4 slots"
        case .long: return "long programmes: ~32 courses of 20-60 sessions, 26 weeks, 3 slots, Monday to Saturday, a binding budget"
        case .parttime: return "evening classes: ~48 weekly 1-slot classes, 14 weeks, 4 slots, Monday to Saturday"
        case .nationalwide:
            return "a national year, many ways per course: ~676 courses, ~403 multi-skilled instructors, ~138 venues, 52 weeks, 3 slots"
        }
    }
}

/// A generated scenario, with what its YAML file says in comments.
public struct GeneratedScenario: Sendable {
    public var family: ScenarioFamily
    public var seed: UInt64
    public var scenario: Scenario
    /// Names of the holidays, for comments beside them.
    public var holidayNames: [CivilDate: String]
    /// Comment lines at the top of the file.
    public var header: [String]

    /// The scenario as a YAML file that ``ScenarioLoader`` reads back.
    public var yaml: String { ScenarioWriter.yaml(scenario, header: header, holidayNames: holidayNames) }
}

/// Builds realistic synthetic scenarios, the same for the same family and seed.
///
/// A scenario is one or more places (a city, a province's cities, a national
/// programme's provincial centres). Each place has the skills its industry asks
/// for, courses of those skills with start windows, the public training centre's
/// (BLK) workshops and its own instructors, private institutions (LPKS) and
/// companies that lend rooms and experts, freelancers and candidates still to be
/// contracted. In multi-place families a course may use only its own place's
/// venues and instructors plus a travelling pool of master trainers.
///
/// Every generated scenario has a valid plan: each mandatory course has its
/// own qualified internal instructor and its own workshop, both free throughout,
/// and the budget covers those courses with room to spare.
public enum ScenarioGenerator {
    public static func generate(_ family: ScenarioFamily, seed: UInt64) -> GeneratedScenario {
        // Families built unlike the rest, each by its own generator.
        switch family {
        case .long: return LongCourseFamily.generate(seed: seed)
        case .parttime: return PartTimeFamily.generate(seed: seed)
        case .nationalwide: return NationalWideFamily.generate(seed: seed)
        case .city, .province, .national, .weekly: break
        }
        var builder = Builder(family: family, seed: seed)
        return builder.build()
    }
}

/// How a family is laid out.
struct Shape {
    var places: [Place]
    var coursesPerPlace: Int
    var instructorsPerPlace: Int
    var venuesPerPlace: Int
    var travellingInstructors: Int
    var linesPerPlace: ClosedRange<Int>
    /// At most this many courses of one skill line in a place.
    var coursesPerLine: Int
    var weeks: Int
    var slots: [String]
    var workdays: [Weekday]
    var start: CivilDate
    var mandatoryPerPlace: ClosedRange<Int>
    /// Part-time courses: 1-slot sessions on 1-3 fixed weekdays for most of the term.
    var partTime: Bool
    /// Ids carry the place's code and courses list their place's venues and instructors.
    var scoped: Bool
    var title: String
}

struct Builder {
    let family: ScenarioFamily
    let seed: UInt64
    var rng: SplitMix64
    let shape: Shape
    let calendar: PlanningCalendar
    let holidayNames: [CivilDate: String]
    let workingDays: [CivilDate]

    static let premium = 16_800.0
    static let valuePerParticipant = 2_000_000.0

    init(family: ScenarioFamily, seed: UInt64) {
        self.family = family
        self.seed = seed
        // Mix the family into the stream so that seed 1 of each family differs.
        var rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(ScenarioFamily.allCases.firstIndex(of: family) ?? 0) &+ 1)
        func date(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(dayNumber: 19_358) }
        let shape: Shape
        switch family {
        case .city, .long, .parttime, .nationalwide:   // (long, parttime and nationalwide never get here: see ScenarioGenerator.generate)
            let place = rng.pick(Places.cities)
            let start = rng.pick(["2023-01-02", "2023-04-03", "2023-07-03", "2023-10-02", "2024-01-01", "2024-04-01", "2024-07-01"])
            shape = Shape(places: [place], coursesPerPlace: rng.int(in: 23...27), instructorsPerPlace: rng.int(in: 23...27),
                          venuesPerPlace: 8, travellingInstructors: 0, linesPerPlace: 10...12, coursesPerLine: 4, weeks: 12,
                          slots: ["08:00-12:00", "13:00-17:00"], workdays: Catalogue.mtwtf, start: date(start),
                          mandatoryPerPlace: 2...3, partTime: false, scoped: false,
                          title: "\(place.name), a quarter")
        case .province:
            let province = rng.pick(Places.provinces)
            let cities = Array(rng.shuffled(province.cities).prefix(5)).sorted { $0.code < $1.code }
            let start = rng.pick(["2023-01-02", "2023-07-03", "2024-01-01", "2024-07-01"])
            shape = Shape(places: cities, coursesPerPlace: 30, instructorsPerPlace: 17, venuesPerPlace: 6,
                          travellingInstructors: 15, linesPerPlace: 6...7, coursesPerLine: 10, weeks: 26,
                          slots: ["08:00-12:00", "13:00-17:00"], workdays: Catalogue.mtwtf, start: date(start),
                          mandatoryPerPlace: 1...1, partTime: false, scoped: true,
                          title: "Provinsi \(province.name), a half year")
        case .national:
            let regions = Array(rng.shuffled(Places.regions).prefix(12)).sorted { $0.code < $1.code }
            let start = rng.pick(["2023-01-02", "2024-01-01"])
            shape = Shape(places: regions, coursesPerPlace: 50, instructorsPerPlace: 30, venuesPerPlace: 10,
                          travellingInstructors: 40, linesPerPlace: 9...11, coursesPerLine: 12, weeks: 52,
                          slots: ["08:00-11:00", "11:00-14:00", "14:00-17:00"], workdays: Catalogue.mtwtf, start: date(start),
                          mandatoryPerPlace: 1...1, partTime: false, scoped: true,
                          title: "National vocational training programme, a year")
        case .weekly:
            let place = rng.pick(Places.cities)
            let start = rng.pick(["2023-02-06", "2023-08-07", "2024-02-05", "2024-08-05"])
            shape = Shape(places: [place], coursesPerPlace: 60, instructorsPerPlace: 32, venuesPerPlace: 12,
                          travellingInstructors: 0, linesPerPlace: 11...13, coursesPerLine: 10, weeks: 10,
                          slots: ["08:00-10:00", "10:00-12:00", "13:00-15:00", "15:30-17:30"],
                          workdays: [.mon, .tue, .wed, .thu, .fri, .sat], start: date(start),
                          mandatoryPerPlace: 2...3, partTime: true, scoped: false,
                          title: "\(place.name), a part-time term")
        }
        self.rng = rng
        self.shape = shape
        let end = shape.start.adding(days: 7 * shape.weeks - 1)
        let names = IndonesianHolidays.between(shape.start, end)
        holidayNames = names
        calendar = PlanningCalendar(start: shape.start, weeks: shape.weeks, workdays: Set(shape.workdays),
                                    slots: shape.slots, holidays: Set(names.keys))
        workingDays = calendar.workingDays
    }

    // MARK: - The whole scenario

    mutating func build() -> GeneratedScenario {
        var courses: [Course] = [], instructors: [Instructor] = [], venues: [Venue] = []
        var plans: [PlacePlan] = []
        for place in shape.places {
            var plan = PlacePlan(place: place, prefix: shape.scoped ? place.code + "-" : "")
            chooseLines(&plan)
            planWorkshops(&plan)
            makeCourses(&plan)
            makeVenues(&plan)
            plans.append(plan)
        }
        // The travelling pool serves every place; it is built from the demand of all of them.
        let pool = makeTravellingInstructors(plans)
        for index in plans.indices {
            makeInstructors(&plans[index], pool: pool)
        }
        for plan in plans {
            courses += plan.courses
            venues += plan.venues
            instructors += plan.instructors
        }
        instructors += pool
        if shape.scoped {
            courses = restrictToPlaces(courses, plans: plans, pool: pool)
        }
        let budget = chooseBudget(courses: courses, instructors: instructors, venues: venues, plans: plans)
        let placeNames = shape.places.map(\.name)
        let name = "\(shape.title) from \(calendar.start) (generated: \(family.rawValue), seed \(seed))"
        let scenario = Scenario(name: name, currency: "IDR", budget: budget, calendar: calendar,
                                premiumPerParticipantMonth: Self.premium, valuePerParticipant: Self.valuePerParticipant,
                                courses: courses, instructors: instructors, venues: venues)
        let header = FamilyFinishing.header(family, seed: seed, about: ["Places: " + placeNames.joined(separator: ", ") + "."],
                                            courses: courses, instructors: instructors.count, venues: venues.count, calendar: calendar)
            + [FamilyFinishing.budgetLine(budget)]
        return GeneratedScenario(family: family, seed: seed, scenario: scenario, holidayNames: holidayNames, header: header)
    }

    /// What is generated for one place.
    struct PlacePlan {
        var place: Place
        var prefix: String
        var lines: [Catalogue.SkillLine] = []
        var courses: [Course] = []
        var venues: [Venue] = []
        var instructors: [Instructor] = []
        /// Mandatory course index (in `courses`) → the workshop venue kept free for it.
        var witnessVenues: [(course: Int, venue: String)] = []
        var workshops: [Workshop] = []
    }

    /// A kind of room the place's lines need, and how many of them it has.
    struct Workshop {
        var name: String
        var equipment: [String]
        var capacity: Int
        var lines: [Catalogue.SkillLine]
        var weight: Double
        var rooms = 1
        /// Slots of the courses planned in it so far.
        var load = 0
    }

    /// Workshops for the lines, and the place's remaining rooms given to the most demanded ones.
    mutating func planWorkshops(_ plan: inout PlacePlan) {
        var workshops: [Workshop] = []
        for line in plan.lines {
            let weight = line.weight * (plan.place.strengths.contains(line.skill) ? 3 : 1)
            if let at = workshops.firstIndex(where: { $0.name == line.workshop }) {
                workshops[at].equipment = Self.union(workshops[at].equipment, line.equipment)
                workshops[at].capacity = max(workshops[at].capacity, line.capacity)
                workshops[at].lines.append(line)
                workshops[at].weight += weight
            } else {
                workshops.append(Workshop(name: line.workshop, equipment: line.equipment, capacity: line.capacity,
                                          lines: [line], weight: weight))
            }
        }
        // One room is the classroom.
        var extra = max(0, shape.venuesPerPlace - workshops.count - 1)
        while extra > 0, !workshops.isEmpty {
            let at = workshops.indices.max { a, b in
                workshops[a].weight / Double(workshops[a].rooms) < workshops[b].weight / Double(workshops[b].rooms)
            } ?? 0
            workshops[at].rooms += 1
            extra -= 1
        }
        plan.workshops = workshops
    }

    /// Slots a workshop's rooms can hold, with some room to spare.
    func roomCapacity(_ workshop: Workshop) -> Int {
        Int(Double(workshop.rooms * workingDays.count * calendar.slotCount) * 0.6)
    }

    // MARK: - Demand

    mutating func chooseLines(_ plan: inout PlacePlan) {
        let count = rng.int(in: shape.linesPerPlace)
        var weighted = Catalogue.lines.map { line in
            (line, line.weight * (plan.place.strengths.contains(line.skill) ? 3 : 1))
        }
        var chosen: [Catalogue.SkillLine] = []
        // The place's strengths first, then by weight.
        for skill in plan.place.strengths {
            if let at = weighted.firstIndex(where: { $0.0.skill == skill }) {
                chosen.append(weighted.remove(at: at).0)
            }
        }
        while chosen.count < count, !weighted.isEmpty {
            let line = rng.weighted(weighted)
            weighted.removeAll { $0.0.skill == line.skill }
            chosen.append(line)
        }
        plan.lines = chosen
    }

    func code(_ plan: PlacePlan, _ id: String) -> String { plan.prefix + id }

    mutating func makeCourses(_ plan: inout PlacePlan) {
        let target = shape.coursesPerPlace
        let mandatoryCount = rng.int(in: shape.mandatoryPerPlace)
        var batch: [String: Int] = [:]
        var titles: [String: Int] = [:]
        let weights = plan.lines.map { ($0, $0.weight * (plan.place.strengths.contains($0.skill) ? 3 : 1)) }
        // Mandatory courses: the place's yearly targets, each from a different workshop, easy to run.
        var mandatoryLines: [Catalogue.SkillLine] = []
        for line in rng.shuffled(plan.lines) where mandatoryLines.count < mandatoryCount {
            guard !mandatoryLines.contains(where: { $0.workshop == line.workshop }) else { continue }
            mandatoryLines.append(line)
        }
        var queue: [(line: Catalogue.SkillLine, mandatory: Bool)] = mandatoryLines.map { ($0, true) }
        while plan.courses.count < target {
            // Lines whose workshops still have room take the new course.
            let open = weights.filter { line, _ in
                batch[line.code, default: 0] < shape.coursesPerLine
                    && plan.workshops.contains { $0.name == line.workshop && $0.load < roomCapacity($0) }
            }
            let (line, mandatory) = queue.isEmpty ? (rng.weighted(open.isEmpty ? weights : open), false) : queue.removeFirst()
            let easy = line.courses.filter { $0.level <= 2 }
            let template = mandatory && !easy.isEmpty ? rng.pick(easy) : rng.pick(line.courses)
            batch[line.code, default: 0] += 1
            titles[template.title, default: 0] += 1
            let id = code(plan, "\(line.code)-\(Self.two(batch[line.code] ?? 1))")
            let title = titles[template.title, default: 1] > 1 ? "\(template.title), batch \(titles[template.title, default: 1])" : template.title
            let course = shape.partTime
                ? partTimeCourse(id: id, title: title, line: line, template: template, mandatory: mandatory)
                : fullTimeCourse(id: id, title: title, line: line, template: template, mandatory: mandatory)
            plan.courses.append(course)
            if let at = plan.workshops.firstIndex(where: { $0.name == line.workshop }) {
                plan.workshops[at].load += course.slotCount
            }
            // The same trainees' safety (K3) days, never at the same time as their course.
            if line.safetyCompanion, !mandatory, !shape.partTime, plan.courses.count < target, rng.chance(0.35) {
                batch["K3", default: 0] += 1
                let k3 = safetyCourse(id: code(plan, "K3-\(Self.two(batch["K3"] ?? 1))"), for: course, line: line)
                plan.courses[plan.courses.count - 1].cohort = k3.cohort
                plan.courses.append(k3)
            }
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A full-time course with a start window of a few weeks (the whole horizon's
    /// middle for a mandatory course, which must fit in any case).
    mutating func fullTimeCourse(id: String, title: String, line: Catalogue.SkillLine, template: Catalogue.CourseTemplate,
                         mandatory: Bool) -> Course {
        let rhythm = rng.pick(template.rhythms)
        let sessions = rng.int(in: template.sessions)
        let length = min(template.sessionLength, calendar.slotCount)
        let participants = min(rng.int(in: template.participants), line.capacity)
        let need = (sessions + rhythm.perWeek - 1) / rhythm.perWeek
        var earliest = calendar.start, latest = calendar.end
        let slack = shape.weeks - need - 1
        if mandatory {
            let span = min(shape.weeks, need + 6)
            let first = rng.int(in: 0...max(0, shape.weeks - span))
            earliest = calendar.start.adding(days: 7 * first)
            latest = min(calendar.end, earliest.adding(days: 7 * span - 1))
        } else if slack >= 2 {
            let first = rng.int(in: 0...max(0, slack - 2))
            let window = rng.int(in: 3...5)
            earliest = calendar.start.adding(days: 7 * first)
            latest = min(calendar.end, earliest.adding(days: 7 * (need + window + 1) - 3))
        }
        var value = Double(participants) * Self.valuePerParticipant
        if !mandatory {
            if template.valuePerParticipant > 0 {
                value = Double(participants) * template.valuePerParticipant
            } else if rng.chance(0.3) {
                value = Double(participants) * rng.pick([1_500_000, 2_500_000, 3_000_000])
            }
        }
        var course = Course(id: id, title: title, skill: line.skill, level: template.level, sessions: sessions,
                            sessionLength: length, daysPerWeek: rhythm.perWeek, weekdays: rhythm.weekdays,
                            earliestStart: earliest, latestEnd: latest, participants: participants,
                            equipment: template.equipment, value: value, mandatory: mandatory,
                            socialSecurity: mandatory || !rng.chance(0.08))
        fitWindow(&course)
        return course
    }

    /// A part-time course: 1-slot sessions on one to three of a few fixed weekdays,
    /// for most of the term, starting in a given week or the next.
    mutating func partTimeCourse(id: String, title: String, line: Catalogue.SkillLine, template: Catalogue.CourseTemplate,
                                 mandatory: Bool) -> Course {
        let perWeek = rng.weighted([(1, 2.0), (2, 4.0), (3, 2.0)])
        let dayCount = min(shape.workdays.count, perWeek + rng.weighted([(0, 1.0), (1, 2.0), (2, 1.0)]))
        let weekdays = rng.sample(shape.workdays, count: dayCount).sorted()
        let runWeeks = rng.int(in: (shape.weeks - 4)...(shape.weeks - 2))
        let sessions = perWeek * runWeeks
        let startWeek = mandatory ? 0 : rng.int(in: 0...max(0, shape.weeks - runWeeks - 2))
        let earliest = calendar.start.adding(days: 7 * startWeek)
        let latest = min(calendar.end, earliest.adding(days: 7 * (runWeeks + 1) + 5))
        let participants = min(rng.int(in: template.participants), line.capacity)
        var value = Double(participants) * Self.valuePerParticipant * 0.6
        if !mandatory, template.valuePerParticipant > 0 { value = Double(participants) * template.valuePerParticipant * 0.6 }
        var course = Course(id: id, title: title + " (part-time)", skill: line.skill, level: template.level,
                            sessions: sessions, sessionLength: 1, daysPerWeek: perWeek, weekdays: weekdays,
                            earliestStart: earliest, latestEnd: latest, participants: participants,
                            equipment: template.equipment, value: value.rounded(), mandatory: mandatory,
                            socialSecurity: mandatory || !rng.chance(0.15))
        fitWindow(&course)
        return course
    }

    /// The safety (K3) days of a course's trainees, on Fridays during the course.
    mutating func safetyCourse(id: String, for main: Course, line: Catalogue.SkillLine) -> Course {
        let template = Catalogue.safety
        let earliest = min(main.latestEnd, main.earliestStart.adding(days: 7))
        var course = Course(id: id, title: "\(template.title) for \(main.title.lowercased().prefix(1))\(main.title.dropFirst()) trainees",
                            skill: "k3", level: rng.pick([1, 1, 2]), sessions: rng.int(in: template.sessions),
                            daysPerWeek: 1, weekdays: [.fri], earliestStart: earliest, latestEnd: main.latestEnd,
                            participants: main.participants, equipment: template.equipment,
                            cohort: "\(main.id.lowercased())-trainees",
                            value: Double(rng.pick([6, 7, 8])) * 1_000_000, socialSecurity: main.socialSecurity)
        fitWindow(&course)
        return course
    }

    /// Widens a window that holidays left too short, so every course has a pattern.
    func fitWindow(_ course: inout Course) {
        var tries = 0
        while PatternGenerator.patterns(for: course, in: calendar).isEmpty && tries < 8 {
            course.latestEnd = min(calendar.end, course.latestEnd.adding(days: 7))
            if tries >= 4 { course.earliestStart = max(calendar.start, course.earliestStart.adding(days: -7)) }
            tries += 1
        }
        if PatternGenerator.patterns(for: course, in: calendar).isEmpty {
            // Still nothing (a very short horizon): fewer sessions.
            while course.sessions > 1 && PatternGenerator.patterns(for: course, in: calendar).isEmpty {
                course.sessions -= course.daysPerWeek
                course.sessions = max(1, course.sessions)
            }
        }
    }

    // MARK: - Venues

    mutating func makeVenues(_ plan: inout PlacePlan) {
        let mandatory = plan.courses.indices.filter { plan.courses[$0].mandatory }
        let town = plan.place.name.replacingOccurrences(of: "Kota ", with: "").replacingOccurrences(of: "Kabupaten ", with: "")
        let blkSite = shape.scoped && family == .national ? "UPTD BLK \(plan.place.name)" : "BLK \(town)"
        var venues: [Venue] = []
        // The BLK's own workshops for most lines (always for a mandatory course's); the rest rented from LPKS.
        let ownCount = max(mandatory.count, Int((Double(plan.workshops.count) * 0.65).rounded()))
        var lpks = rng.shuffled(Catalogue.lpksNames)
        var extra = 0
        for (n, workshop) in plan.workshops.enumerated() {
            let line = workshop.lines[0]
            let witness = mandatory.first { m in workshop.lines.contains { $0.skill == plan.courses[m].skill } }
            let own = n < ownCount || witness != nil
            let id = code(plan, own ? "BLK-\(line.code)" : "LPKS-\(line.code)")
            var unavailable: [Unavailability] = []
            if witness == nil, rng.chance(0.35) {
                unavailable.append(range(days: rng.int(in: 1...3)))   // maintenance, an exhibition
            }
            let org = lpks.isEmpty ? "LPKS Mandiri" : lpks.removeFirst()
            venues.append(Venue(id: id, name: own ? "BLK \(workshop.name)" : "\(org) \(workshop.name)",
                                site: own ? blkSite : org, capacity: workshop.capacity, equipment: workshop.equipment,
                                costPerSlot: own ? 0 : Double(rng.int(in: 15...40)) * 5_000, unavailable: unavailable))
            if let witness { plan.witnessVenues.append((witness, id)) }
            // More rooms for a busy workshop: an LPKS room or a company site.
            for _ in 1..<max(1, workshop.rooms) {
                extra += 1
                if rng.chance(0.5), !line.companies.isEmpty {
                    let company = rng.pick(line.companies)
                    let day = rng.pick(shape.partTime ? [Weekday.sat, .fri] : [Weekday.fri, .mon])
                    venues.append(Venue(id: code(plan, "SITE-\(line.code)-\(Self.two(extra))"), name: "\(company) training room",
                                        site: company, capacity: max(12, workshop.capacity - rng.pick([0, 4])),
                                        equipment: workshop.equipment, costPerSlot: Double(rng.int(in: 30...60)) * 5_000,
                                        unavailable: [Unavailability(days: .weekday(day))]))
                } else {
                    let org = lpks.isEmpty ? "LPKS Mandiri" : lpks.removeFirst()
                    venues.append(Venue(id: code(plan, "LPKS-\(line.code)-\(Self.two(extra))"), name: "\(org) \(workshop.name)",
                                        site: org, capacity: workshop.capacity + rng.pick([0, 0, 4]),
                                        equipment: Self.union(workshop.equipment, ["projector"]),
                                        costPerSlot: Double(rng.int(in: 15...40)) * 5_000,
                                        unavailable: rng.chance(0.5) ? [Unavailability(days: .weekday(rng.pick(shape.workdays)), slots: 1...1)] : []))
                }
            }
        }
        // A classroom for theory and K3 days.
        venues.append(Venue(id: code(plan, "BLK-KELAS"), name: "BLK classroom", site: blkSite,
                            capacity: 30, equipment: ["projector"], costPerSlot: 0))
        plan.venues = venues
    }

    static func union(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }

    /// A few days early or late in the horizon, where they leave long runs free.
    mutating func range(days: Int) -> Unavailability {
        let n = workingDays.count
        let edge = Array(workingDays[min(3, n - 1)..<min(12, n)]) + Array(workingDays[max(0, n - 12)..<max(0, n - 3)])
        let first = edge.isEmpty ? calendar.start : rng.pick(edge)
        let last = first.adding(days: max(0, days - 1))
        return Unavailability(days: .dates(first, last))
    }

    /// Leave in the middle of a long horizon (a quarter's worth apart).
    mutating func leave(days: Int) -> Unavailability {
        guard shape.weeks > 16 else { return range(days: days) }
        let first = rng.pick(workingDays)
        return Unavailability(days: .dates(first, first.adding(days: max(0, days - 1))))
    }

    // MARK: - Instructors

    enum Role { case witness, local, travelling }

    mutating func makeInstructor(id: String, source: InstructorSource, skill: String, level: Int,
                                 second: (String, Int)?, place: String, company: String?, role: Role) -> Instructor {
        let name = "\(rng.pick(Catalogue.firstNames)) \(rng.pick(Catalogue.lastNames))"
        var skills = [skill: level]
        if let second, second.0 != skill { skills[second.0] = second.1 }
        var instructor = Instructor(id: id, name: name, source: source, skills: skills)
        let part = shape.partTime
        switch source {
        case .internal:
            instructor.organization = place
            instructor.feePerSlot = Double(rng.int(in: 12...18)) * 5_000
            instructor.maxSlotsPerDay = part ? 3 : 2
            instructor.maxSlotsPerWeek = part ? rng.pick([12, 14, 16]) : rng.pick([14, 16, 16, 18])
            if role == .witness {
                instructor.maxSlotsPerWeek = part ? 16 : 18
            } else if rng.chance(0.5) {
                instructor.unavailable.append(leave(days: rng.int(in: 2...3)))   // an upgrading workshop, leave
                if shape.weeks > 26, rng.chance(0.5) { instructor.unavailable.append(leave(days: rng.int(in: 2...5))) }
            }
        case .partner:
            instructor.organization = company ?? rng.pick(Catalogue.lpksNames)
            instructor.feePerSlot = Double(rng.int(in: 30...40)) * 5_000
            instructor.engagementCost = Double(rng.pick([300, 500, 750])) * 1_000
            instructor.maxSlotsPerWeek = part ? rng.pick([6, 8]) : rng.pick([8, 10, 12])
            instructor.unavailable.append(Unavailability(days: .weekday(part ? .sat : .fri), slots: part ? nil : 2...2))
        case .industry:
            instructor.organization = company
            instructor.feePerSlot = Double(rng.int(in: 60...90)) * 5_000
            instructor.engagementCost = Double(rng.pick([15, 20, 25, 30])) * 100_000
            instructor.maxCourses = shape.weeks > 26 ? rng.pick([1, 2, 3]) : 1
            instructor.maxSlotsPerWeek = part ? 4 : 8
            instructor.unavailable.append(Unavailability(days: .weekday(.fri)))
            if rng.chance(0.6) { instructor.unavailable.append(range(days: rng.int(in: 2...5))) }   // audits, peak season
        case .freelance:
            instructor.feePerSlot = Double(rng.int(in: 40...50)) * 5_000
            instructor.engagementCost = Double(rng.pick([300, 400, 500])) * 1_000
            instructor.maxSlots = shape.weeks > 26 ? rng.pick([60, 90, 120]) : rng.pick([30, 40, 60])
            if rng.chance(0.5) { instructor.unavailable.append(Unavailability(days: .weekday(rng.pick([.mon, .tue, .wed])))) }
        case .candidate:
            instructor.name = "Candidate \(skill) trainer (to recruit)"
            instructor.feePerSlot = Double(rng.int(in: 50...60)) * 5_000
            instructor.engagementCost = Double(rng.pick([25, 30, 35])) * 100_000
            let n = workingDays.count
            instructor.availableFrom = workingDays[min(n - 1, rng.int(in: 5...15))]
        }
        if role == .travelling {
            instructor.engagementCost += Double(rng.pick([10, 15, 20])) * 100_000   // travel and lodging
            instructor.organization = instructor.organization ?? "National master trainer pool"
        }
        return instructor
    }

    mutating func source() -> InstructorSource {
        rng.weighted([(InstructorSource.internal, 0.42), (.partner, 0.22), (.industry, 0.14), (.freelance, 0.12), (.candidate, 0.10)])
    }

    /// Demand per skill of some courses: slots taught, and the lowest and highest level asked.
    static func demand(_ courses: [Course]) -> [(skill: String, slots: Int, low: Int, high: Int)] {
        var result: [(skill: String, slots: Int, low: Int, high: Int)] = []
        for course in courses {
            if let at = result.firstIndex(where: { $0.skill == course.skill }) {
                result[at].slots += course.slotCount
                result[at].low = min(result[at].low, course.level)
                result[at].high = max(result[at].high, course.level)
            } else {
                result.append((course.skill, course.slotCount, course.level, course.level))
            }
        }
        return result.sorted { $0.skill < $1.skill }
    }

    func related(_ skill: String, among present: [String]) -> [String] {
        let line = Catalogue.lines.first { $0.skill == skill }
        return (line?.related ?? []).filter(present.contains)
    }

    mutating func makeTravellingInstructors(_ plans: [PlacePlan]) -> [Instructor] {
        guard shape.travellingInstructors > 0 else { return [] }
        let demand = Self.demand(plans.flatMap(\.courses))
        let present = demand.map(\.skill)
        var result: [Instructor] = []
        var counters: [InstructorSource: Int] = [:]
        for _ in 0..<shape.travellingInstructors {
            let source = rng.weighted([(InstructorSource.industry, 0.35), (.partner, 0.3), (.freelance, 0.25), (.candidate, 0.1)])
            let need = rng.weighted(demand.map { ($0, Double($0.slots)) })
            let level = max(need.low, source == .candidate ? 2 : 3)
            let second = rng.chance(0.5) ? related(need.skill, among: present).first.map { ($0, rng.pick([1, 2])) } : nil
            counters[source, default: 0] += 1
            let id = "NAS-\(Self.sourceCode(source))-\(Self.two(counters[source] ?? 1))"
            let line = Catalogue.lines.first { $0.skill == need.skill }
            let company = source == .industry ? line.map { rng.pick($0.companies) } : nil
            result.append(makeInstructor(id: id, source: source, skill: need.skill, level: level, second: second,
                                         place: "BBPVP (national vocational training centre)", company: company, role: .travelling))
        }
        return result
    }

    static func sourceCode(_ source: InstructorSource) -> String {
        switch source {
        case .internal: return "BLK"
        case .partner: return "LPK"
        case .industry: return "IND"
        case .freelance: return "FRL"
        case .candidate: return "CND"
        }
    }

    mutating func makeInstructors(_ plan: inout PlacePlan, pool: [Instructor]) {
        let demand = Self.demand(plan.courses)
        let present = demand.map(\.skill)
        let town = plan.place.name.replacingOccurrences(of: "Kota ", with: "").replacingOccurrences(of: "Kabupaten ", with: "")
        let org = shape.scoped && family == .national ? "UPTD BLK \(plan.place.name)" : "BLK \(town)"
        var counters: [InstructorSource: Int] = [:]
        var result: [Instructor] = []
        func nextID(_ source: InstructorSource) -> String {
            counters[source, default: 0] += 1
            return code(plan, "\(Self.sourceCode(source))-\(Self.two(counters[source] ?? 1))")
        }
        // A free internal instructor for each mandatory course.
        for (course, _) in plan.witnessVenues {
            let c = plan.courses[course]
            let second = present.contains("k3") && rng.chance(0.5) ? ("k3", 2) : nil
            result.append(makeInstructor(id: nextID(.internal), source: .internal, skill: c.skill, level: max(2, c.level),
                                         second: second, place: org, company: nil, role: .witness))
        }
        // One of each source first (every place draws on all of them), then at random.
        var firstOfEach = InstructorSource.allCases
        while result.count < shape.instructorsPerPlace {
            let source = firstOfEach.isEmpty ? source() : firstOfEach.removeFirst()
            let need = rng.weighted(demand.map { ($0, Double($0.slots)) })
            var level: Int
            switch source {
            case .internal: level = rng.pick([2, 3, 3])
            case .partner, .freelance: level = rng.pick([2, 3])
            case .industry: level = 3
            case .candidate: level = 2
            }
            if need.skill == "k3" { level = rng.pick([1, 2, 3]) }
            level = max(level, need.low)
            var second: (String, Int)?
            if rng.chance(0.5) {
                var options = related(need.skill, among: present)
                if source == .internal, present.contains("k3"), need.skill != "k3" { options.append("k3") }
                if !options.isEmpty { second = (rng.pick(options), rng.pick([1, 2])) }
            }
            let line = Catalogue.lines.first { $0.skill == need.skill }
            let company: String? = source == .industry ? line.map { rng.pick($0.companies) } : nil
            result.append(makeInstructor(id: nextID(source), source: source, skill: need.skill, level: level,
                                         second: second, place: org, company: company, role: .local))
        }
        // Every course has a BLK or LPKS instructor qualified: raise a level, or teach the skill to an internal instructor.
        for course in plan.courses {
            let qualified = result.contains { ($0.skills[course.skill] ?? 0) >= course.level && ($0.source == .internal || $0.source == .partner) }
            guard !qualified else { continue }
            if let at = result.indices.first(where: { result[$0].skills[course.skill] != nil && (result[$0].source == .internal || result[$0].source == .partner) }) {
                result[at].skills[course.skill] = course.level
            } else if let at = result.indices.filter({ result[$0].source == .internal })
                        .min(by: { result[$0].skills.count < result[$1].skills.count }) {
                result[at].skills[course.skill] = course.level   // the internal instructor with the fewest skills
            }
        }
        plan.instructors = result
        repairAvailability(&plan, pool: pool)
    }

    /// Absences and maintenance are realistic, but they must not leave a course no
    /// run at all: where they do, the date ranges of its instructors or venues are lifted.
    func repairAvailability(_ plan: inout PlacePlan, pool: [Instructor]) {
        for course in plan.courses {
            let patterns = PatternGenerator.patterns(for: course, in: calendar)
            let teachers = plan.instructors.indices.filter { plan.instructors[$0].canTeach(course) }
            let rooms = plan.venues.indices.filter { plan.venues[$0].canHost(course) }
            let travelling = pool.filter { $0.canTeach(course) }
            func free(_ pattern: Pattern, _ available: (CivilDate, Int) -> Bool) -> Bool {
                FamilyFinishing.isFree(pattern, course: course, available)
            }
            func fits(_ instructor: Instructor, _ pattern: Pattern) -> Bool {
                FamilyFinishing.fits(instructor, course: course, pattern: pattern, calendar: calendar)
            }
            let runnable = patterns.contains { pattern in
                rooms.contains { free(pattern, plan.venues[$0].isAvailable) }
                    && (teachers.contains { fits(plan.instructors[$0], pattern) } || travelling.contains { fits($0, pattern) })
            }
            guard !runnable else { continue }
            for v in rooms { plan.venues[v].unavailable.removeAll { if case .dates = $0.days { return true } else { return false } } }
            for i in teachers where plan.instructors[i].source == .internal || plan.instructors[i].source == .partner {
                plan.instructors[i].unavailable.removeAll { if case .dates = $0.days { return true } else { return false } }
                plan.instructors[i].availableFrom = nil
            }
        }
    }

    /// Each course of a place may use that place's venues and instructors, and the travelling pool.
    func restrictToPlaces(_ courses: [Course], plans: [PlacePlan], pool: [Instructor]) -> [Course] {
        var result: [Course] = []
        for plan in plans {
            for var course in plan.courses {
                let teachers = (plan.instructors + pool).filter { $0.skills[course.skill] != nil }
                course.instructors = teachers.map(\.id)
                course.venues = plan.venues.map(\.id)
                result.append(course)
            }
        }
        return result.count == courses.count ? result : courses
    }

    // MARK: - Budget

    /// Sometimes none; else a share of running every course at its cheapest, but always
    /// well above what the mandatory courses need.
    mutating func chooseBudget(courses: [Course], instructors: [Instructor], venues: [Venue], plans: [PlacePlan]) -> Double? {
        let share: Double? = rng.pick([0.7, 0.8, 0.85, 0.9, 1.0, 1.2, nil])
        guard let share else { return nil }
        var estimate = 0.0
        var engaged: Set<String> = []
        for course in courses {
            let teachers = instructors.filter { $0.canTeach(course) }
            let rooms = venues.filter { $0.canHost(course) }
            guard !rooms.isEmpty,
                  let best = teachers.min(by: { cost(course, $0, engaged) < cost(course, $1, engaged) }) else { continue }
            estimate += cost(course, best, engaged)
            engaged.insert(best.id)
            estimate += rooms.map { CostRules.rent(course, $0) }.min() ?? 0
            estimate += course.socialSecurity ? Double(course.participants) * Self.premium * 2 : 0
        }
        // The mandatory courses with their own instructors and workshops, over as many months as their windows touch.
        var mandatory = 0.0
        for course in courses where course.mandatory {
            let teacher = instructors.filter { $0.canTeach(course) }.map(\.feePerSlot).max() ?? 0
            let months = Set((course.earliestStart.dayNumber...course.latestEnd.dayNumber).map { CivilDate(dayNumber: $0).monthKey }).count
            mandatory += Double(course.slotCount) * teacher + Double(course.participants) * Self.premium * Double(months)
        }
        let budget = max(estimate * share, mandatory * 1.5)
        return (budget / 1_000_000).rounded(.up) * 1_000_000
    }

    func cost(_ course: Course, _ instructor: Instructor, _ engaged: Set<String>) -> Double {
        CostRules.fees(course, instructor) + (engaged.contains(instructor.id) ? 0 : instructor.engagementCost)
    }
}
