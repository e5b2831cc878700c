import Testing
import TrainPlanCore

@Suite struct CalendarTests {
    let monday = CivilDate("2023-01-02")!

    @Test func datesAndWeekdays() throws {
        #expect(monday.weekday == .mon)
        #expect(CivilDate("2023-01-08")?.weekday == .sun)
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2023-02-29") == nil)
        #expect(CivilDate("2023-13-01") == nil)
        #expect(CivilDate("2023-1-5") == nil)
        #expect(CivilDate("1970-01-01")?.dayNumber == 0)
        #expect(monday.adding(days: 365).description == "2024-01-02")
        #expect(CivilDate("2023-12-31")?.adding(days: 1).description == "2024-01-01")
        let dates = ["2023-01-30", "2023-01-31", "2023-02-01"].compactMap(CivilDate.init)
        #expect(CostRules.monthsTouched(dates) == 2)
        #expect(CostRules.monthsTouched([CivilDate("2022-12-30")!, CivilDate("2023-12-01")!]) == 2)
        #expect(CivilDate("2022-12-30")!.monthKey != CivilDate("2023-12-01")!.monthKey)
    }

    @Test func workingDaysSkipHolidaysAndRestDays() {
        let calendar = PlanningCalendar(start: monday, weeks: 2, workdays: [.mon, .wed, .fri],
                                        slots: ["08:00-12:00", "13:00-16:00"], holidays: [CivilDate("2023-01-09")!])
        #expect(calendar.end.description == "2023-01-15")
        #expect(calendar.workingDays.map(\.description) == ["2023-01-02", "2023-01-04", "2023-01-06", "2023-01-11", "2023-01-13"])
        #expect(calendar.week(of: CivilDate("2023-01-08")!) == 0)
        #expect(calendar.week(of: CivilDate("2023-01-09")!) == 1)
        #expect(calendar.period(of: CivilDate("2023-01-03")!, slot: 2) == 3)
        #expect(!calendar.isWorkingDay(CivilDate("2023-01-16")!))  // outside the horizon
    }

    func course(sessions: Int, daysPerWeek: Int, weekdays: [Weekday], length: Int = 1) -> Course {
        Course(id: "C", skill: "s", sessions: sessions, sessionLength: length, daysPerWeek: daysPerWeek,
               weekdays: weekdays, earliestStart: monday, latestEnd: monday.adding(days: 13), participants: 1, value: 1)
    }

    /// Hand-enumerated: 3 sessions, 2 of mon/wed/fri a week, two weeks from 2 January.
    @Test func patternsFollowTheRhythm() {
        let calendar = PlanningCalendar(start: monday, weeks: 2, slots: ["a", "b"])
        let patterns = PatternGenerator.patterns(for: course(sessions: 3, daysPerWeek: 2, weekdays: [.mon, .wed, .fri], length: 2),
                                                 in: calendar)
        let runs = Set(patterns.map { $0.dates.map { $0.components.day } })
        #expect(runs == [[2, 4, 9], [4, 9, 11], [2, 6, 9], [6, 9, 13], [4, 6, 11], [6, 11, 13]])
        #expect(patterns.count == 6)          // a 2-slot session fits only from slot 1
        #expect(patterns.allSatisfy { $0.startSlot == 1 })
    }

    @Test func holidaysLengthenARun() {
        let calendar = PlanningCalendar(start: monday, weeks: 2, slots: ["a"], holidays: [CivilDate("2023-01-09")!])
        let patterns = PatternGenerator.patterns(for: course(sessions: 3, daysPerWeek: 2, weekdays: [.mon, .wed, .fri]), in: calendar)
        let runs = Set(patterns.map { $0.dates.map { $0.components.day } })
        #expect(runs == [[2, 4, 11], [2, 6, 13], [4, 6, 11], [6, 11, 13]])
    }

    @Test func weekdaySetsGivingTheSameSessionsCountOnce() {
        let calendar = PlanningCalendar(start: monday, weeks: 2, slots: ["a", "b", "c"])
        let patterns = PatternGenerator.patterns(for: course(sessions: 1, daysPerWeek: 2, weekdays: [.mon, .wed, .fri]), in: calendar)
        #expect(patterns.count == 6 * 3)       // six dates, three start slots
        #expect(Set(patterns.map { [$0.firstDate.dayNumber, $0.startSlot] }).count == patterns.count)
    }

    @Test func combinations() {
        #expect(PatternGenerator.combinations(of: [1, 2, 3, 4], size: 2).count == 6)
        #expect(PatternGenerator.combinations(of: [1, 2], size: 3).isEmpty)
        #expect(PatternGenerator.combinations(of: [1, 2, 3], size: 3) == [[1, 2, 3]])
    }

    @Test func unavailabilityEntries() throws {
        let friday2 = try Unavailability.parse("fri@2").get()
        #expect(friday2.covers(CivilDate("2023-01-06")!, slot: 2))
        #expect(!friday2.covers(CivilDate("2023-01-06")!, slot: 1))
        #expect(!friday2.covers(CivilDate("2023-01-05")!, slot: 2))
        let range = try Unavailability.parse("2023-02-13..2023-02-17@1-2").get()
        #expect(range.covers(CivilDate("2023-02-15")!, slot: 2))
        #expect(!range.covers(CivilDate("2023-02-15")!, slot: 3))
        #expect(!range.covers(CivilDate("2023-02-18")!, slot: 1))
        let day = try Unavailability.parse("2023-02-14").get()
        #expect(day.covers(CivilDate("2023-02-14")!, slot: 7))
        for bad in ["fri@0", "fri@2-1", "2023-02-30", "someday", "2023-02-17..2023-02-13", "fri@x"] {
            #expect(throws: EntryError.self, "\(bad)") { try Unavailability.parse(bad).get() }
        }
        #expect(friday2.description == "fri@2")
    }
}
