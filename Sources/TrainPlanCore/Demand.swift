import Foundation

/// What a company said at the industry forum (PROBLEM.md, "Industry demand and
/// apprenticeships"): people to hire who are trained in a skill, or apprenticeship
/// places for graduates. Every default of the format is already applied.
public struct DemandEntry: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// The company recruits people trained in the skill.
        case hire
        /// The company takes graduates as apprentices (magang) for some months.
        case apprenticeship
    }

    public var id: String
    public var company: String
    public var kind: Kind
    /// Competency tag, stored normalised (see ``Tag``).
    public var skill: String
    /// A course serves the entry only if its own `level` is at least this.
    public var level: Int
    /// Hire: headcount asked; apprenticeship: places offered.
    public var people: Int
    /// Hire: the serving course's last session is on or before this date.
    public var by: CivilDate
    /// Apprenticeship: placements start on the day after the serving course ends, or on `startFrom` if later,
    /// and that day must be on or before `startUntil`.
    public var startFrom: CivilDate
    public var startUntil: CivilDate
    /// Apprenticeship: its length in months.
    public var months: Int
    /// The penalty per person asked for and not served.
    public var valuePerPerson: Double
    /// Apprenticeship: pocket money per apprentice per month, paid by the office.
    public var allowancePerMonth: Double
    /// Apprenticeship: the office pays the social-security premium for each apprentice for each month.
    public var insured: Bool
    /// Re-planning only, never read from a file: apprentices already placed from a course (by id) on
    /// or before the re-planning date. They stay placed, so a plan serves at least these from it.
    public var placed: [String: Int] = [:]

    public init(id: String, company: String, kind: Kind = .hire, skill: String, level: Int = 1, people: Int,
                by: CivilDate, startFrom: CivilDate, startUntil: CivilDate, months: Int = 3, valuePerPerson: Double,
                allowancePerMonth: Double = 0, insured: Bool = true) {
        self.id = id
        self.company = company
        self.kind = kind
        self.skill = Tag.normalize(skill)
        self.level = level
        self.people = people
        self.by = by
        self.startFrom = startFrom
        self.startUntil = startUntil
        self.months = months
        self.valuePerPerson = valuePerPerson
        self.allowancePerMonth = allowancePerMonth
        self.insured = insured
    }

    /// A hire request with the horizon's defaults.
    public static func hire(_ id: String, company: String, skill: String, level: Int = 1, people: Int,
                            by: CivilDate? = nil, valuePerPerson: Double, in calendar: PlanningCalendar) -> DemandEntry {
        DemandEntry(id: id, company: company, kind: .hire, skill: skill, level: level, people: people,
                    by: by ?? calendar.end, startFrom: calendar.start, startUntil: calendar.end, valuePerPerson: valuePerPerson)
    }

    /// An apprenticeship offer with the horizon's defaults.
    public static func apprenticeship(_ id: String, company: String, skill: String, level: Int = 1, people: Int,
                                      startFrom: CivilDate? = nil, startUntil: CivilDate? = nil, months: Int = 3,
                                      valuePerPerson: Double, allowancePerMonth: Double = 0, insured: Bool = true,
                                      in calendar: PlanningCalendar) -> DemandEntry {
        DemandEntry(id: id, company: company, kind: .apprenticeship, skill: skill, level: level, people: people,
                    by: calendar.end, startFrom: startFrom ?? calendar.start, startUntil: startUntil ?? calendar.end,
                    months: months, valuePerPerson: valuePerPerson, allowancePerMonth: allowancePerMonth, insured: insured)
    }
}
