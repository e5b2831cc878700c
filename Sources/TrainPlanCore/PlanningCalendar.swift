/// The horizon: which dates are working days and which slots a day has.
///
/// A *period* is a (working day, slot) pair; it is the unit in which clashes
/// and availability are decided. Periods are numbered
/// `dayOffset * slotCount + (slot - 1)` where `dayOffset` counts from `start`.
public struct PlanningCalendar: Sendable {
    public var start: CivilDate
    public var weeks: Int
    public var workdays: Set<Weekday>
    public var slots: [String]
    public var holidays: Set<CivilDate>
    /// IANA zone the slot labels' clock times are in (`calendar.timezone`); only calendars
    /// exported for phones need it, planning itself works on dates and slots.
    public var timeZone: String

    /// The default zone: Western Indonesian Time, where most training centres are.
    public static let defaultTimeZone = "Asia/Jakarta"

    public init(start: CivilDate, weeks: Int, workdays: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri],
                slots: [String], holidays: Set<CivilDate> = [], timeZone: String = PlanningCalendar.defaultTimeZone) {
        self.start = start
        self.weeks = weeks
        self.workdays = workdays
        self.slots = slots
        self.holidays = holidays
        self.timeZone = timeZone
    }

    public var end: CivilDate { start.adding(days: 7 * weeks - 1) }
    public var dayCount: Int { 7 * weeks }
    public var slotCount: Int { slots.count }
    public var periodCount: Int { dayCount * slotCount }

    public func contains(_ date: CivilDate) -> Bool { date >= start && date <= end }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        contains(date) && workdays.contains(date.weekday) && !holidays.contains(date)
    }

    /// Days since `start`.
    public func offset(of date: CivilDate) -> Int { date.dayNumber - start.dayNumber }

    public func date(atOffset offset: Int) -> CivilDate { start.adding(days: offset) }

    /// Week number of a date: 0 for `start ... start+6`.
    public func week(of date: CivilDate) -> Int { offset(of: date) / 7 }

    public func period(of date: CivilDate, slot: Int) -> Int { offset(of: date) * slotCount + slot - 1 }

    /// Working days in the horizon, in date order.
    public var workingDays: [CivilDate] {
        (0..<dayCount).map { start.adding(days: $0) }.filter { isWorkingDay($0) }
    }
}
