import TrainPlanCore

/// Why a re-plan cannot keep the past (a ``PastProblem``), in the planner's language.
public struct PastProblemText: Sendable {
    public var text: TextCatalogue
    let reasons: ReasonText

    public init(text: TextCatalogue, currency: String) {
        self.text = text
        reasons = ReasonText(text: text, currency: currency)
    }

    public func sentence(_ problem: PastProblem) -> String {
        switch problem {
        case let .happened(course, until, cause): return text(.pastHappened, course, date(until), sentence(cause))
        case let .ended(course, until, cause): return text(.pastEnded, course, date(until), sentence(cause))
        case let .started(course, until, cause): return text(.pastStarted, course, date(until), sentence(cause))
        case let .handedOverAgain(course, on, instructor, venue, away, until):
            let absence = away.map { text($0.holder == .venue ? .pastClosed : .pastAway, $0.id, date($0.date)) } ?? ""
            return text(.pastHandedOverAgain, course, date(on), instructor, venue, absence, date(until))
        case let .remainingCannotRun(course, until, why):
            return text(.pastRemainingCannotRun, course, date(until), reasons.sentences(why).joined(separator: "; "))
        case let .clash(courses, holder, id, day, slot, until):
            return text(.pastClash, courses.joined(separator: " \(text(.andWord)) "), word(.pastHolders, holder), id, date(day), "\(slot)", date(until))
        case let .overLimit(instructor, taught, period, limit, until):
            return text(.pastOverLimit, instructor, "\(taught)", word(.pastLoadPeriods, period), date(until), "\(limit)")
        case let .overCourses(instructor, courses, limit, until):
            return text(.pastOverCourses, instructor, "\(courses.count)", courses.joined(separator: ", "), date(until), "\(limit)")
        }
    }

    public func sentence(_ cause: PastCause) -> String {
        switch cause {
        case let .handoverNotASession(day): return text(.pastHandoverNotASession, date(day))
        case let .instructorCannotTeach(instructor, from, skill, level, listed):
            return text(.pastInstructorCannotTeach, instructor, date(from), skill, "\(level)", listed ? text(.pastNotListed) : "")
        case let .venueTooSmall(venue, from, capacity, participants):
            return text(.pastVenueTooSmall, venue, date(from), "\(capacity)", "\(participants)")
        case let .venueCannotHost(venue, from): return text(.pastVenueCannotHost, venue, date(from))
        case let .holderUnavailable(holder, id, day, until): return text(.pastHolderUnavailable, word(.pastHolders, holder), id, date(day), date(until))
        case let .holderGone(holder, id, handover):
            return text(holder == .venue ? .pastVenueGone : .pastInstructorGone, handover ? text(.pastHandoverGone) : "", id)
        case let .lengthChanged(was, now): return text(.pastLengthChanged, "\(was)", "\(now)")
        case let .slotsOffStart(date, slots, startSlot):
            return text(.pastSlotsOffStart, text.longDate(date), slots.map(String.init).joined(separator: ", "), "\(startSlot)")
        case let .calendarStartsLater(start, first): return text(.pastNoLongerFit, text(.pastCalendarStartsLater, date(start), date(first)))
        case let .calendarEndsEarlier(end, last): return text(.pastNoLongerFit, text(.pastCalendarEndsEarlier, date(end), date(last)))
        case let .nowHoliday(day): return text(.pastNoLongerFit, text(.pastNowHoliday, date(day)))
        case let .noLongerWorkday(day):
            let weekday = text.language == .en ? day.weekday.rawValue : text.weekday(day.weekday)
            return text(.pastNoLongerFit, text(.pastNoLongerWorkday, date(day), weekday))
        case let .outsideWindow(day, from, to): return text(.pastNoLongerFit, text(.pastOutsideWindow, date(day), date(from), date(to)))
        case .rhythmChanged: return text(.pastNoLongerFit, text(.pastRhythmChanged))
        case let .instructorNoLongerAllowed(instructor): return text(.pastInstructorNoLongerAllowed, instructor)
        case let .venueNoLongerAllowed(venue): return text(.pastVenueNoLongerAllowed, venue)
        }
    }

    /// The word for `value` in the `|`-list `key`, whose words stand in the order of the cases.
    private func word<Value: CaseIterable & RawRepresentable & Equatable>(_ key: TextKey, _ value: Value) -> String
        where Value.RawValue == String {
        guard let index = Value.allCases.firstIndex(of: value) else { return value.rawValue }
        return text.list(key)[safe: Value.allCases.distance(from: Value.allCases.startIndex, to: index)] ?? value.rawValue
    }

    /// ISO in English (as the plan file writes dates), in full in Indonesian.
    private func date(_ day: CivilDate) -> String { text.language == .en ? "\(day)" : text.longDate(day) }
}
