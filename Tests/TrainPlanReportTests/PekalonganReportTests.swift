import CSV
import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Done-when 1 for the Pekalongan fixture: every file is written, the CSVs read
/// back with the right columns and rows, and the calendars hold exactly the plan's
/// sessions at the slot labels' times (Asia/Jakarta, UTC+7).
@Suite struct PekalonganReportTests {
    @Test(arguments: [(Language.id, SpreadsheetExport.Delimiter.semicolon), (.en, .comma)])
    func reportHasEveryFileAndAgreesWithThePlan(_ language: Language, _ delimiter: SpreadsheetExport.Delimiter) throws {
        let (scenario, plan) = try ReportFixtures.pekalongan.get()
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path,
                                             options: ReportOptions(language: language, delimiter: delimiter, now: ReportFixtures.now))
        #expect(outcome.warnings.isEmpty)
        let scheduled = plan.courses.filter(\.scheduled)
        let instructors = Set(scheduled.compactMap(\.instructor)), venues = Set(scheduled.compactMap(\.venue))
        let expectedCalendars = Set((instructors.union(venues)).map { "calendars/\($0).ics" })
        #expect(Set(outcome.files.filter { $0.hasPrefix("calendars/") }) == expectedCalendars)
        for name in ["sessions.csv", "courses.csv", "instructors.csv", "report.html"] + expectedCalendars.sorted() {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }

        // sessions.csv: one row per session of the plan, each the plan's.
        let sessions = try SpreadsheetExportTests.read(try Data(contentsOf: folder.appendingPathComponent("sessions.csv")),
                                                       delimiter: delimiter)
        #expect(sessions.header.count == 15)
        #expect(sessions.rows.allSatisfy { $0.count == 15 })
        let planSessions = scheduled.flatMap { course in (course.sessions ?? []).map { (course, $0) } }
        #expect(sessions.rows.count == planSessions.count)
        var rowsByKey: [String: [String]] = [:]
        for row in sessions.rows { rowsByKey["\(row[5])|\(row[0])"] = row }
        for (course, session) in planSessions {
            let row = try #require(rowsByKey["\(course.id)|\(session.date)"], "\(course.id) \(session.date)")
            #expect(row[9] == course.instructor && row[11] == course.venue)
            // The session's number and count are plain numbers in two columns (never `3/12`, read as a date).
            let number = (course.sessions ?? []).sorted { $0.date < $1.date }.firstIndex { $0.date == session.date }.map { $0 + 1 }
            #expect(Int(row[7]) == number && Int(row[8]) == course.sessions?.count)
            let labels = session.slots.map { scenario.calendar.slots[$0 - 1] }.joined(separator: ", ")
            #expect(row[2] == labels)
            #expect(row[1] == TextCatalogue(language: language).weekday(session.date.weekday))
        }

        // courses.csv: every course in the scenario's order; instructors.csv: every instructor, loads add up.
        let courses = try SpreadsheetExportTests.read(try Data(contentsOf: folder.appendingPathComponent("courses.csv")),
                                                      delimiter: delimiter)
        #expect(courses.rows.map { $0[0] } == scenario.courses.map(\.id))
        #expect(courses.rows.allSatisfy { $0.count == courses.header.count })
        let people = try SpreadsheetExportTests.read(try Data(contentsOf: folder.appendingPathComponent("instructors.csv")),
                                                     delimiter: delimiter)
        #expect(people.rows.map { $0[0] } == scenario.instructors.map(\.id))
        #expect(people.header.count == 5 + scenario.calendar.weeks + 5)
        let totalSlots = people.rows.compactMap { Int($0[5 + scenario.calendar.weeks]) }.reduce(0, +)
        #expect(totalSlots == planSessions.reduce(0) { $0 + $1.1.slots.count })

        // Calendars: each instructor's events are exactly their sessions, at the labels' times in UTC+7.
        for id in instructors {
            let text = try String(contentsOf: folder.appendingPathComponent("calendars/\(id).ics"), encoding: .utf8)
            let lines = ICalendarTests.unfold(ICalendarTests.physicalLines(text))
            let starts = lines.filter { $0.hasPrefix("DTSTART:") }.map { String($0.dropFirst(8)) }
            let ends = lines.filter { $0.hasPrefix("DTEND:") }.map { String($0.dropFirst(6)) }
            let mine = planSessions.filter { $0.0.instructor == id }
            var expectedStarts: [String] = [], expectedEnds: [String] = []
            for (_, session) in mine {
                let first = try #require(SlotTimes.parse(scenario.calendar.slots[(session.slots.min() ?? 1) - 1]))
                let last = try #require(SlotTimes.parse(scenario.calendar.slots[(session.slots.max() ?? 1) - 1]))
                expectedStarts.append(Self.utc(session.date, first.start.minutes - 7 * 60))
                expectedEnds.append(Self.utc(session.date, last.end.minutes - 7 * 60))
            }
            #expect(starts.sorted() == expectedStarts.sorted(), "\(id)")
            #expect(ends.sorted() == expectedEnds.sorted(), "\(id)")
        }

        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        try HTMLReportTests.check(html, plan: plan, scenario: scenario, language: language)
    }

    /// `YYYYMMDDTHHMMSSZ` for minutes after the date's midnight (UTC), computed by hand.
    static func utc(_ date: CivilDate, _ minutes: Int) -> String {
        let day = date.adding(days: minutes < 0 ? -1 : 0)
        let m = (minutes + 24 * 60) % (24 * 60)
        let c = day.components
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))T\(pad(m / 60, 2))\(pad(m % 60, 2))00Z"
    }

    /// A calendar an earlier report wrote goes when its instructor or venue has no session any
    /// more; the planner's own files in `calendars/`, `.ics` or not, stay (see CalendarFolderTests).
    @Test func staleCalendarsAreReplaced() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let calendars = folder.appendingPathComponent("calendars")
        try FileManager.default.createDirectory(at: calendars, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: calendars.appendingPathComponent("MINE.ics"))
        try Data("keep".utf8).write(to: calendars.appendingPathComponent("notes.txt"))
        _ = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path, options: ReportOptions(now: ReportFixtures.now))
        var names = try FileManager.default.contentsOfDirectory(atPath: calendars.path).sorted()
        #expect(names == ["I-1.ics", "MINE.ics", "V-1.ics", "notes.txt"])

        var nothing = plan
        nothing.courses = plan.courses.map { .unscheduled($0.id, reasons: ["left out"]) }
        nothing.engage = []
        _ = try ReportWriter.write(plan: nothing, scenario: scenario, to: folder.path, options: ReportOptions(now: ReportFixtures.now))
        names = try FileManager.default.contentsOfDirectory(atPath: calendars.path).sorted()
        #expect(names == ["MINE.ics", "notes.txt"])
    }

    @Test func aPlanForAnotherScenarioIsRefused() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        var other = plan
        other.courses[0].instructor = "NOBODY"
        #expect(throws: ReportError.self) { try PlanDigest(plan: other, scenario: scenario) }
        var unknown = plan
        unknown.courses.append(.unscheduled("ZZZ", reasons: []))
        #expect(throws: ReportError.planDoesNotMatchScenario("course ZZZ is not in scenario \"Uji, \"tricky\"\"")) {
            try PlanDigest(plan: unknown, scenario: scenario)
        }
    }
}
