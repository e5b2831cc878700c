import Foundation

/// One planning problem, validated, with every default of the format applied.
///
/// Tags (skills, equipment) are stored trimmed and lower-cased so that
/// comparisons are exact afterwards.
public struct Scenario: Sendable {
    public var name: String
    public var currency: String
    /// Upper bound on the plan's total cost; `nil` means no budget.
    public var budget: Double?
    public var calendar: PlanningCalendar
    public var premiumPerParticipantMonth: Double
    public var valuePerParticipant: Double?
    public var courses: [Course]
    public var instructors: [Instructor]
    public var venues: [Venue]
    /// What industry asked for at the forum (rules 9-10); empty in scenarios without demand.
    public var demand: [DemandEntry]

    public init(name: String, currency: String = "IDR", budget: Double? = nil, calendar: PlanningCalendar,
                premiumPerParticipantMonth: Double = 0, valuePerParticipant: Double? = nil,
                courses: [Course], instructors: [Instructor], venues: [Venue], demand: [DemandEntry] = []) {
        self.name = name
        self.currency = currency
        self.budget = budget
        self.calendar = calendar
        self.premiumPerParticipantMonth = premiumPerParticipantMonth
        self.valuePerParticipant = valuePerParticipant
        self.courses = courses
        self.instructors = instructors
        self.venues = venues
        self.demand = demand
    }

    public func instructor(_ id: String) -> Instructor? { instructors.first { $0.id == id } }
    public func venue(_ id: String) -> Venue? { venues.first { $0.id == id } }
}

/// A candidate training batch: it runs (with one instructor, venue and pattern) or it does not.
public struct Course: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var skill: String
    public var level: Int
    public var sessions: Int
    public var sessionLength: Int
    public var daysPerWeek: Int
    /// Weekdays the course may meet on, in week order.
    public var weekdays: [Weekday]
    public var earliestStart: CivilDate
    public var latestEnd: CivilDate
    public var participants: Int
    public var equipment: [String]
    public var cohort: String?
    /// Penalty paid in the objective when the course does not run.
    public var value: Double
    public var mandatory: Bool
    public var socialSecurity: Bool
    /// Allowed instructor ids; empty means any.
    public var instructors: [String]
    /// Allowed venue ids; empty means any.
    public var venues: [String]
    /// For one of `batches: N` identical batches: the course's own id and this batch's number
    /// (1...N); the course's `id` is then `series.k`. Batch k+1 runs only if batch k runs.
    public var batch: (series: String, number: Int)?

    public init(id: String, title: String? = nil, skill: String, level: Int = 1, sessions: Int,
                sessionLength: Int = 1, daysPerWeek: Int? = nil, weekdays: [Weekday],
                earliestStart: CivilDate, latestEnd: CivilDate, participants: Int,
                equipment: [String] = [], cohort: String? = nil, value: Double, mandatory: Bool = false,
                socialSecurity: Bool = true, instructors: [String] = [], venues: [String] = []) {
        self.id = id
        self.title = title ?? id
        self.skill = Tag.normalize(skill)
        self.level = level
        self.sessions = sessions
        self.sessionLength = sessionLength
        self.daysPerWeek = daysPerWeek ?? weekdays.count
        self.weekdays = weekdays.sorted()
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.participants = participants
        self.equipment = equipment.map(Tag.normalize)
        self.cohort = cohort
        self.value = value
        self.mandatory = mandatory
        self.socialSecurity = socialSecurity
        self.instructors = instructors
        self.venues = venues
    }

    /// Slots taught over the whole course: `sessions * sessionLength`.
    public var slotCount: Int { sessions * sessionLength }
}

public enum InstructorSource: String, CaseIterable, Sendable, Codable {
    case `internal`, partner, industry, freelance, candidate
}

public struct Instructor: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var source: InstructorSource
    public var organization: String?
    /// Competency tag → level (≥ 1).
    public var skills: [String: Int]
    public var feePerSlot: Double
    public var engagementCost: Double
    public var maxSlotsPerDay: Int?
    public var maxSlotsPerWeek: Int?
    public var maxSlots: Int?
    public var maxCourses: Int?
    public var availableFrom: CivilDate?
    public var availableUntil: CivilDate?
    public var unavailable: [Unavailability]

    public init(id: String, name: String? = nil, source: InstructorSource = .internal, organization: String? = nil,
                skills: [String: Int], feePerSlot: Double = 0, engagementCost: Double = 0,
                maxSlotsPerDay: Int? = nil, maxSlotsPerWeek: Int? = nil, maxSlots: Int? = nil,
                maxCourses: Int? = nil, availableFrom: CivilDate? = nil, availableUntil: CivilDate? = nil,
                unavailable: [Unavailability] = []) {
        self.id = id
        self.name = name ?? id
        self.source = source
        self.organization = organization
        self.skills = Dictionary(skills.map { (Tag.normalize($0.key), $0.value) }, uniquingKeysWith: max)
        self.feePerSlot = feePerSlot
        self.engagementCost = engagementCost
        self.maxSlotsPerDay = maxSlotsPerDay
        self.maxSlotsPerWeek = maxSlotsPerWeek
        self.maxSlots = maxSlots
        self.maxCourses = maxCourses
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
        self.unavailable = unavailable
    }

    /// Rule 1's level test.
    public func canTeach(_ course: Course) -> Bool {
        (skills[course.skill] ?? 0) >= course.level
            && (course.instructors.isEmpty || course.instructors.contains(id))
    }

    /// Rule 4 for one period.
    public func isAvailable(on date: CivilDate, slot: Int) -> Bool {
        if let availableFrom, date < availableFrom { return false }
        if let availableUntil, date > availableUntil { return false }
        return !unavailable.contains { $0.covers(date, slot: slot) }
    }
}

public struct Venue: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var site: String?
    public var capacity: Int
    public var equipment: [String]
    public var costPerSlot: Double
    public var unavailable: [Unavailability]

    public init(id: String, name: String? = nil, site: String? = nil, capacity: Int, equipment: [String] = [],
                costPerSlot: Double = 0, unavailable: [Unavailability] = []) {
        self.id = id
        self.name = name ?? id
        self.site = site
        self.capacity = capacity
        self.equipment = equipment.map(Tag.normalize)
        self.costPerSlot = costPerSlot
        self.unavailable = unavailable
    }

    /// Rule 2.
    public func canHost(_ course: Course) -> Bool {
        capacity >= course.participants
            && course.equipment.allSatisfy(equipment.contains)
            && (course.venues.isEmpty || course.venues.contains(id))
    }

    public func isAvailable(on date: CivilDate, slot: Int) -> Bool {
        !unavailable.contains { $0.covers(date, slot: slot) }
    }
}

extension Scenario {
    /// People these courses train. A cohort's courses are taken by the same group of trainees, so a
    /// cohort counts once, as its largest course among these, not once per course.
    public func trainees(of courses: some Sequence<Int>) -> Int {
        var alone = 0
        var cohorts: [String: Int] = [:]
        for c in courses where self.courses.indices.contains(c) {
            let course = self.courses[c]
            if let cohort = Cohort.key(course.cohort) {
                cohorts[cohort] = max(cohorts[cohort] ?? 0, course.participants)
            } else {
                alone += course.participants
            }
        }
        return cohorts.values.reduce(alone, +)
    }
}
