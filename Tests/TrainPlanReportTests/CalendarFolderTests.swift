import Foundation
import Synchronization
import Testing
import TrainPlanCore
import TrainPlanReport

/// `report --out DIR` removes only calendars it wrote itself: the planner's own files
/// in `DIR/calendars` survive every run.
@Suite struct CalendarFolderTests {
    @Test func aPlannersOwnCalendarSurvivesASecondReport() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let out = folder.appendingPathComponent("report")
        let solve = try ReportCommandTests.trainplan(["solve", ReportFixtures.pekalonganPath, "-o", plan, "--quiet",
                                                      "--report", out.path], in: folder)
        try #require(solve.status == 0, "\(solve.stderr)")
        let own = out.appendingPathComponent("calendars/holidays.ics")
        let ownText = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//Holidays//EN\r\nEND:VCALENDAR\r\n"
        try Data(ownText.utf8).write(to: own)

        let report = try ReportCommandTests.trainplan(["report", ReportFixtures.pekalonganPath, plan, "--out", out.path],
                                                      in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try String(contentsOf: own, encoding: .utf8) == ownText)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("calendars").path)
        #expect(names.count > 10 && names.contains("holidays.ics"))
    }

    /// A manifest edited to name the planner's file, or a path outside the folder, removes nothing:
    /// only a listed `NAME.ics` that is still a trainplan calendar goes.
    @Test func onlyListedTrainplanCalendarsAreRemoved() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let calendars = folder.appendingPathComponent("calendars")
        try FileManager.default.createDirectory(at: calendars, withIntermediateDirectories: true)
        let outside = folder.appendingPathComponent("outside.ics")
        try Data("PRODID:-//trainplan//looks ours".utf8).write(to: outside)
        try Data("BEGIN:VCALENDAR\r\nPRODID:-//Someone//EN\r\n".utf8).write(to: calendars.appendingPathComponent("MINE.ics"))
        let stale = calendars.appendingPathComponent("OLD.ics")
        try Data("BEGIN:VCALENDAR\r\nPRODID:-//trainplan//trainplan report//EN\r\n".utf8).write(to: stale)
        try CalendarManifest(names: ["MINE.ics", "OLD.ics", "../outside.ics", ".hidden.ics"]).data()
            .write(to: folder.appendingPathComponent(CalendarManifest.fileName))

        _ = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path, options: ReportOptions(now: ReportFixtures.now))
        let names = try FileManager.default.contentsOfDirectory(atPath: calendars.path).sorted()
        #expect(names == ["I-1.ics", "MINE.ics", "V-1.ics"])
        #expect(FileManager.default.fileExists(atPath: outside.path))
        #expect(CalendarManifest.read(in: folder) == CalendarManifest(names: ["I-1.ics", "V-1.ics"]))
    }

    /// A report that cannot be written whole writes nothing: the earlier report's tables stay
    /// as they were instead of half old and half new.
    @Test func aRefusedTargetLeavesTheEarlierReportWhole() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sessions = folder.appendingPathComponent("sessions.csv")
        try Data("earlier report".utf8).write(to: sessions)
        let page = folder.appendingPathComponent("report.html")
        try FileManager.default.createSymbolicLink(atPath: page.path, withDestinationPath: "/tmp/elsewhere.html")

        #expect(throws: ReportError.self) {
            _ = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path, options: ReportOptions(now: ReportFixtures.now))
        }
        #expect(try String(contentsOf: sessions, encoding: .utf8) == "earlier report")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("calendars").path))
    }
    /// A stop signal while the report is made ends it before anything is written, at whichever
    /// part it is polled: the earlier report stays whole.
    @Test(arguments: 1...4)
    func aStopWhileRenderingWritesNothing(afterPolls: Int) throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sessions = folder.appendingPathComponent("sessions.csv")
        try Data("earlier report".utf8).write(to: sessions)
        let polls = Mutex(0)
        var options = ReportOptions(now: ReportFixtures.now, workbook: true)
        options.shouldStop = { polls.withLock { $0 += 1; return $0 >= afterPolls } }
        var stopped = false
        do {
            _ = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path, options: options)
        } catch {
            stopped = error == .stopped(folder: folder.path)
        }
        #expect(stopped == (afterPolls <= 3), "polled \(polls.withLock { $0 }) times")
        if stopped {
            #expect(try String(contentsOf: sessions, encoding: .utf8) == "earlier report")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
        } else {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
        }
    }
}
