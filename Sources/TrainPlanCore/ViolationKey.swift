/// What a broken rule (1-10), a misstated figure or a wrong demand record says, as a template with `{1}`, `{2}`, ... for its figures: the
/// verifier writes the English sentence, and a report in another language renders the same
/// key and figures in its own words (see `TextCatalogue.violation(_:)` in TrainPlanReport).
public enum ViolationKey: String, CaseIterable, Sendable, Hashable {
    case mandatoryNotScheduled, notQualified, notInInstructorsList, venueTooSmall, lacksEquipment, notInVenuesList
    case weekdayTwice, weekdayCount, notItsWeekday, slotDoesNotFit, sessionCount, sessionSlots, firstDateWeekday
    case rhythmBroken, offRhythm, onHoliday, outsideHorizon, outsideWindow, unavailable, alsoTeaches, alsoHosts, cohortAlsoAttends
    case dayLimit, weekLimit, totalLimit, courseLimit, overBudget
    /// A figure the plan states that its assignments do not give (not a rule: the plan misstates itself).
    case figureMisstated, figureMissing
    /// Rules 9-10 and the order of batches, on the plan's `demand` list (``DemandVerifier``).
    case demandUnexpected, demandOrder, servesNegative, servesTwice, servesNotACourse, servesNotScheduled, servesWrongSkill
    case endsAfterBy, placementTooLate, placementStartWrong, placementStartMissing, hireWithStart, servedOverAsked
    case unservedMisstated, traineesCountedTwice, batchOrder
    /// Rule 11 against the earlier plan (``PlanVerifier/replanningViolations(_:previous:frozenUntil:)``).
    case pastDropped, startedDatesChanged, endedSessionsChanged, pastHolderChanged, handoverInThePast, endedHandedOver
    case newInThePast, notStartedHandedOver

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
        case .demandUnexpected: "the plan lists demand, the scenario has none"
        case .demandOrder: "the demand list must give every demand entry once, in the scenario's order (expected {1}, found {2})"
        case .servesNegative: "serves {1} people of {2}: a count is at least 0"
        case .servesTwice: "is listed twice among those serving {1}"
        case .servesNotACourse: "serves {1} but is not a course of the scenario"
        case .servesNotScheduled: "serves {1} of {2} but is not scheduled"
        case .servesWrongSkill: "cannot serve {1}: it teaches {2} at level {3}, the entry asks for {4} at level {5} or more"
        case .endsAfterBy: "ends on {1}, after {2}'s date {3}"
        case .placementTooLate: "ends on {1}: {2}'s placements would start on {3}, after its last start date {4}"
        case .placementStartWrong: "places apprentices of {1} from {2}, the rule gives {3}"
        case .placementStartMissing: "places apprentices of {1} from no date, the rule gives {2}"
        case .hireWithStart: "gives {1}, a hire request, a start date {2}"
        case .servedOverAsked: "{1} asks for {2}, the plan serves {3}"
        case .unservedMisstated: "{1} states {2} unserved, recomputed {3}"
        case .traineesCountedTwice: "its {1} trainees are counted {2} times across the demand it serves"
        case .batchOrder: "batch {1} runs but batch {2} does not"
        case .pastDropped: "had sessions on or before {1} and is no longer scheduled: what happened cannot be undone"
        case .startedDatesChanged: "has started: its sessions must keep the dates and slots of the earlier plan"
        case .endedSessionsChanged: "ended on or before {1}: its sessions must stay as in the earlier plan"
        case .pastHolderChanged: "session on {1} was held by {2} at {3}; the plan has {4} at {5}"
        case .handoverInThePast: "is handed over from {1}, on or before {2}: only sessions after it can be handed over"
        case .endedHandedOver: "ended on or before {1} and cannot be handed over"
        case .newInThePast: "had not started by {1} but has a session on {2}: nothing new is scheduled on or before {1}"
        case .notStartedHandedOver: "had not started by {1}: only a started course is handed over"
        }
    }

    /// `template` with `{n}` replaced by the n-th of `arguments`.
    public static func filled(_ template: String, _ arguments: [String]) -> String {
        var text = template
        for (n, argument) in arguments.enumerated().reversed() { text = text.replacingOccurrences(of: "{\(n + 1)}", with: argument) }
        return text
    }
}
