import TrainPlanCore

/// Why a course is left out, in words: an ``UnscheduledReason`` rendered through the
/// ``TextCatalogue``, ending with what would let the course run where one change would.
///
/// The solver writes the English rendering into the plan file's `reasons`, so the
/// sentence a plan file carries and the one a report prints come from one place.
public struct ReasonText: Sendable {
    public let text: TextCatalogue
    public let money: MoneyFormat

    public init(text: TextCatalogue, currency: String) {
        self.text = text
        self.money = MoneyFormat(language: text.language, currency: currency)
    }

    /// The English sentences of the plan file's `reasons`.
    public static func english(_ reasons: [UnscheduledReason], currency: String) -> [String] {
        ReasonText(text: TextCatalogue(language: .en), currency: currency).sentences(reasons)
    }

    /// A planned course's reasons in this language: from its details where the plan file has them,
    /// else its sentences as written (an older plan file, or a plan with no solution).
    public func sentences(_ course: PlannedCourse) -> [String] {
        if let details = course.reasonDetails, !details.isEmpty { return sentences(details) }
        return course.reasons ?? []
    }

    /// A course's reasons together: where there are several, each fix lifts its own reason and
    /// is not said to let the course run (a tester raised the budget as told, and the busy
    /// instructor still kept it out).
    public func sentences(_ reasons: [UnscheduledReason]) -> [String] {
        reasons.map { sentence($0, alone: reasons.count == 1) }
    }

    /// The reason and, where one change would do, its fix (`alone`: the course's only reason).
    public func sentence(_ reason: UnscheduledReason, alone: Bool = true) -> String {
        let fixes = fixes(reason)
        let body = statement(reason)
        return fixes.isEmpty ? body : text(alone ? .reasonWithFix : .reasonWithPartFix, body, fixes.joined(separator: text(.fixOr)))
    }

    /// The reason without its fix.
    public func statement(_ r: UnscheduledReason) -> String {
        switch r.kind {
        case .noQualifiedInstructor:
            let among = (r.instructors ?? []).isEmpty ? "" : text(.reasonAmong, list(r.instructors))
            return text(.reasonNoQualifiedInstructor, r.skill ?? "", int(r.level), among)
        case .noSuitableVenue:
            let among = (r.venues ?? []).isEmpty ? "" : text(.reasonAmong, list(r.venues))
            return text(.reasonNoSuitableVenue, among, int(r.participants), equipment(r.equipment))
        case .rhythmDoesNotFit where r.outsideCalendar == .afterEnd:
            return text(.reasonAfterCalendar, date(r.from), date(r.to))
        case .rhythmDoesNotFit where r.outsideCalendar == .beforeStart:
            return text(.reasonBeforeCalendar, date(r.to), date(r.from))
        case .rhythmDoesNotFit where isEmptyWindow(r):
            return text(.reasonWindowEmpty, date(r.from), date(r.to))
        case .rhythmDoesNotFit:
            let days = (r.weekdays ?? []).map { text.language == .en ? $0.rawValue : text.weekdayShort($0) }.joined(separator: " ")
            let perWeek = text.language == .en ? (r.daysPerWeek == 1 ? "1 day" : "\(int(r.daysPerWeek)) days") : int(r.daysPerWeek)
            let holidays = r.holidays.map { text($0 == 1 ? .reasonOneHolidayInside : .reasonHolidaysInside, int($0)) } ?? ""
            return text(.reasonRhythmDoesNotFit, int(r.sessions), perWeek, days, date(r.from), date(r.to)) + holidays
        case .loadLimitTooSmall:
            guard let limit = r.limit else { return "" }
            let needed = limit.field == "maxCourses" ? text(.loadCourses, int(limit.needed)) : text(.slotCount, int(limit.needed))
            return text(.reasonLoadLimitTooSmall, limit.instructor, load(limit.field, limit.limit), limit.field, needed)
        case .instructorsUnavailable:
            return text(.reasonInstructorsUnavailable, list(r.instructors), int(r.sessions))
        case .venuesUnavailable:
            return text(.reasonVenuesUnavailable, list(r.venues), int(r.sessions))
        case .neverFreeTogether:
            return text(.reasonNeverFreeTogether)
        case .costNotBelowValue:
            if let demand = r.demandValue {
                return text(.reasonCostNotBelowValueWithDemand, money.format(r.cost ?? 0), money.format(r.value ?? 0), money.format(demand))
            }
            return text(.reasonCostNotBelowValue, money.format(r.cost ?? 0), money.format(r.value ?? 0))
        case .budget:
            return text(.reasonBudget, money.format(r.cost ?? 0), money.format(r.spent ?? 0), money.format(r.budget ?? 0))
        case .venuesBooked:
            return text(.reasonVenuesBooked, list(r.venues), list(r.holders))
        case .instructorsBusy:
            return text(.reasonInstructorsBusy, list(r.instructors), list(r.holders))
        case .cohortBusy:
            return text(.reasonCohortBusy, r.cohort ?? "", list(r.holders))
        case .noLoadLeft:
            return text(.reasonNoLoadLeft, loadEntries(r))
        case .leftOutBySearch:
            return text(.reasonLeftOutBySearch)
        case .notConsidered:
            return text(.reasonNotConsidered)
        case .noSubstitute:
            if r.instructors == nil { return text(.reasonNoSubstituteVenue, date(r.from)) }
            // Qualified and free instructors there are, but their load limits leave no room.
            if r.limits?.isEmpty == false { return text(.reasonNoSubstituteLoad, date(r.from), loadEntries(r)) }
            return text(.reasonNoSubstituteInstructor, date(r.from))
        case .noValidPlan:
            // A re-plan's course that had happened by the re-planning date.
            if let t = r.to { return text(.reasonNoValidPlanRan, date(t)) }
            return text(.reasonNoValidPlan)
        case .noPlanInTime:
            return text(.reasonNoPlanInTime)
        }
    }

    /// The changes that would each let the course run (alternatives), empty where no single one would.
    public func fixes(_ r: UnscheduledReason) -> [String] {
        let skill = r.skill ?? "", level = int(r.level)
        switch r.kind {
        case .noQualifiedInstructor:
            // A course that names its instructors: a hire helps only once listed there.
            if let among = r.instructors, !among.isEmpty {
                return [text(.fixWithinList, list(among), skill, level)]
            }
            return [text(.fixSourceInstructor, text.indefinite(skill), level)]
        case .noSuitableVenue:
            return venueFix(r, .fixVenue)
        case .rhythmDoesNotFit where r.outsideCalendar == .afterEnd:
            return [text(.fixAfterCalendar, date(r.from))]
        case .rhythmDoesNotFit where r.outsideCalendar == .beforeStart:
            return [text(.fixBeforeCalendar, date(r.to))]
        case .rhythmDoesNotFit where isEmptyWindow(r):
            return [text(.fixWindowEmpty, date(r.from))]
        case .rhythmDoesNotFit:
            // Meeting on every day it may already, only wider dates (or fewer sessions) help.
            if let days = r.weekdays, let perWeek = r.daysPerWeek, !days.isEmpty, perWeek >= days.count { return [text(.fixRhythmWiden)] }
            return [text(.fixRhythm)]
        case .loadLimitTooSmall:
            guard let limit = r.limit else { return [] }
            var fixes = [raise(limit)]
            if r.skill != nil { fixes.append(text(.fixSourceInstructor, text.indefinite(skill), level)) }
            return fixes
        case .instructorsUnavailable, .instructorsBusy:
            return r.skill == nil ? [] : [text(.fixAnotherInstructor, skill, level)]
        case .venuesUnavailable, .venuesBooked:
            return venueFix(r, .fixSecondVenue)
        case .costNotBelowValue:
            // The own value that would make it worth its cost, beside the demand it could serve.
            return r.cost.map { [text(.fixValue, money.format(max(0, $0 - (r.demandValue ?? 0))))] } ?? []
        case .budget:
            guard let cost = r.cost, let spent = r.spent else { return [] }
            return [text(.fixBudget, money.format(spent + cost))]
        case .noLoadLeft:
            let limits = r.limits ?? []
            return limits.count == 1 ? limits.map(raise) : []
        case .cohortBusy:
            // Every time its instructor and venue are free, its trainees are in another course.
            return [text(.fixCohort, r.cohort ?? "", list(r.holders))]
        case .neverFreeTogether, .leftOutBySearch, .notConsidered, .noSubstitute, .noValidPlan, .noPlanInTime:
            return []
        }
    }

    /// A window that holds no day: it ends before it opens (a re-plan's date after the course's end).
    func isEmptyWindow(_ r: UnscheduledReason) -> Bool {
        guard let from = r.from, let to = r.to else { return false }
        return to < from
    }

    func raise(_ limit: UnscheduledReason.LoadFigure) -> String {
        text(.fixRaiseLimit, limit.instructor, limit.field, text.numbers.integer(limit.limit), text.numbers.integer(limit.needed))
    }

    /// `16 JP selama periode` / `16 slots in the horizon` for a limit of `field`.
    func load(_ field: String, _ amount: Int) -> String {
        let n = text.numbers.integer(amount)
        switch field {
        case "maxSlotsPerDay": return text(.loadPerDay, n)
        case "maxSlotsPerWeek": return text(.loadPerWeek, n)
        case "maxCourses": return text(.loadCourses, n)
        default: return text(.loadTotal, n)
        }
    }

    /// Each limit that rules an instructor out, with what the course needs of it.
    func loadEntries(_ r: UnscheduledReason) -> String {
        (r.limits ?? []).map {
            text(.loadLimitEntry, $0.instructor, $0.field, text.numbers.integer($0.limit), text.numbers.integer($0.needed))
        }.joined(separator: "; ")
    }

    func list(_ items: [String]?) -> String { (items ?? []).joined(separator: text(.listSeparator)) }
    func int(_ value: Int?) -> String { value.map { text.numbers.integer($0) } ?? "" }
    func date(_ value: CivilDate?) -> String {
        guard let value else { return "" }
        return text.language == .en ? value.description : text.longDate(value)
    }
    func equipment(_ tags: [String]?) -> String {
        (tags ?? []).isEmpty ? "" : text(.reasonWithEquipment, list(tags))
    }
    /// A venue fix: for a course that names its venues, the ones that could host it added to that
    /// list (or a new venue, added there); otherwise a new venue (`key`: the first, or a second).
    func venueFix(_ r: UnscheduledReason, _ key: TextKey) -> [String] {
        guard let unlisted = r.unlistedVenues else { return [text(key, seating(r.participants), equipment(r.equipment))] }
        if unlisted.count == 1 { return [text(.fixListVenue, list(unlisted))] }
        if !unlisted.isEmpty { return [text(.fixListOneVenue, list(unlisted))] }
        return [text(.fixVenueOnList, seating(r.participants), equipment(r.equipment))]
    }

    func seating(_ participants: Int?) -> String {
        participants.map { text(.reasonSeating, text.numbers.integer($0)) } ?? ""
    }
}
