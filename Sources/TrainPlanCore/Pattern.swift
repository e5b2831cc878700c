/// When a running course meets: a set `D` of `daysPerWeek` weekdays, a start
/// slot, and the session dates that follow from them (the rhythm rule: the
/// first `sessions` working days on or after the first date whose weekday is in `D`).
public struct Pattern: Hashable, Sendable {
    public var weekdays: [Weekday]
    public var startSlot: Int
    public var dates: [CivilDate]

    /// Re-planning builds a started course's remaining sessions as a pattern of their own.
    public init(weekdays: [Weekday], startSlot: Int, dates: [CivilDate]) {
        self.weekdays = weekdays
        self.startSlot = startSlot
        self.dates = dates
    }

    public var firstDate: CivilDate { dates[0] }
    public var lastDate: CivilDate { dates[dates.count - 1] }

    /// Slots each session occupies.
    public func slots(length: Int) -> ClosedRange<Int> { startSlot...(startSlot + length - 1) }
}

/// Enumerates every pattern a course may use (rule 3), without duplicates:
/// two weekday sets that give the same sessions count once.
public enum PatternGenerator {
    public static func patterns(for course: Course, in calendar: PlanningCalendar) -> [Pattern] {
        guard course.daysPerWeek >= 1, course.daysPerWeek <= course.weekdays.count,
              course.sessionLength <= calendar.slotCount else { return [] }
        let workingDays = calendar.workingDays
        var seen: Set<[Int]> = []
        var result: [Pattern] = []
        for days in combinations(of: course.weekdays, size: course.daysPerWeek) {
            let allowed = Set(days)
            let dates = workingDays.filter { allowed.contains($0.weekday) }
            guard dates.count >= course.sessions else { continue }
            for first in 0...(dates.count - course.sessions) {
                guard dates[first] >= course.earliestStart else { continue }
                let last = dates[first + course.sessions - 1]
                if last > course.latestEnd { break }
                let sessionDates = Array(dates[first..<(first + course.sessions)])
                let key = sessionDates.map(\.dayNumber)
                guard seen.insert(key).inserted else { continue }
                for slot in 1...(calendar.slotCount - course.sessionLength + 1) {
                    result.append(Pattern(weekdays: days, startSlot: slot, dates: sessionDates))
                }
            }
        }
        return result
    }

    /// All `size`-element subsets of `items`, each in the items' order.
    public static func combinations<T>(of items: [T], size: Int) -> [[T]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[T]] = []
        func extend(_ start: Int, _ chosen: [T]) {
            if chosen.count == size { result.append(chosen); return }
            guard start < items.count else { return }
            for i in start..<items.count where items.count - i >= size - chosen.count {
                extend(i + 1, chosen + [items[i]])
            }
        }
        extend(0, [])
        return result
    }
}
