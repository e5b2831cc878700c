/// What a broken rule (1-8), or a misstated figure, says, as a template with `{1}`, `{2}`, ... for its figures: the
/// verifier writes the English sentence, and a report in another language renders the same
/// key and figures in its own words (see `TextCatalogue.violation(_:)` in TrainPlanReport).
public enum ViolationKey: String, CaseIterable, Sendable, Hashable {
    case mandatoryNotScheduled, notQualified, notInInstructorsList, venueTooSmall, lacksEquipment, notInVenuesList
    case weekdayTwice, weekdayCount, notItsWeekday, slotDoesNotFit, sessionCount, sessionSlots, firstDateWeekday
    case rhythmBroken, offRhythm, onHoliday, outsideHorizon, outsideWindow, unavailable, alsoTeaches, alsoHosts, cohortAlsoAttends
    case dayLimit, weekLimit, totalLimit, courseLimit, overBudget
    /// A figure the plan states that its assignments do not give (not a rule: the plan misstates itself).
    case figureMisstated, figureMissing

    public var english: String {
        switch self {
        case .mandatoryNotScheduled: "mandatory course is not scheduled"
        case .notQualified: "{1} does not have {2} at level {3} or more"
        case .notInInstructorsList: "{1} is not in the course's instructors list"
        case .venueTooSmall: "{1} seats {2}, the course has {3} participants"
        case .lacksEquipment: "{1} lacks equipment \"{2}\""
        case .notInVenuesList: "{1} is not in the course's venues list"
        case .weekdayTwice: "its weekdays [{1}] name a day twice: a pattern is a set of {2} distinct weekdays"
        case .weekdayCount: "meets {1} day(s) a week, daysPerWeek asks for {2}"
        case .notItsWeekday: "meets on {1}, which is not one of its weekdays"
        case .slotDoesNotFit: "start slot {1} with {2}-slot sessions does not fit in {3} slots"
        case .sessionCount: "has {1} sessions, expected {2}"
        case .sessionSlots: "session on {1} uses slots {2}, expected {3}"
        case .firstDateWeekday: "first date {1} is not on one of its weekdays"
        case .rhythmBroken: "session dates do not follow the rhythm from {1} on {2} (holidays skipped)"
        case .offRhythm: "session on {1} is not one of the rhythm's dates"
        case .onHoliday: "session on {1}, a holiday"
        case .outsideHorizon: "session on {1} is outside the horizon"
        case .outsideWindow: "session on {1} is outside {2}..{3}"
        case .unavailable: "{1} is unavailable on {2} slot {3}"
        case .alsoTeaches: "{1} also teaches {2} on {3} slot {4}"
        case .alsoHosts: "{1} also hosts {2} on {3} slot {4}"
        case .cohortAlsoAttends: "cohort \"{1}\" also attends {2} on {3} slot {4}"
        case .dayLimit: "{1} teaches {2} slots on {3}, limit {4} a day"
        case .weekLimit: "{1} teaches {2} slots in week {3} ({4} to {5}), limit {6} a week"
        case .totalLimit: "{1} teaches {2} slots, limit {3}"
        case .courseLimit: "{1} teaches {2} courses, limit {3}"
        case .overBudget: "total cost {1} exceeds the budget {2}"
        case .figureMisstated: "{1} is {2}, recomputed {3}"
        case .figureMissing: "{1} is missing"
        }
    }

    /// `template` with `{n}` replaced by the n-th of `arguments`.
    public static func filled(_ template: String, _ arguments: [String]) -> String {
        var text = template
        for (n, argument) in arguments.enumerated().reversed() { text = text.replacingOccurrences(of: "{\(n + 1)}", with: argument) }
        return text
    }
}
