import Foundation
import TrainPlanCore

/// How the report is written.
public struct ReportOptions: Sendable {
    /// Language of every text; Indonesian by default, as the office works in it.
    public var language: Language
    /// `;` for spreadsheets in an Indonesian locale.
    public var delimiter: SpreadsheetExport.Delimiter
    /// The moment the report is made (DTSTAMP in calendars, footer of the page); fixed in tests.
    public var now: Date
    /// Also write `plan.xlsx`: the three tables as one workbook of typed cells.
    public var workbook: Bool
    /// The sourcing advice, shown as the report's recommendation when given.
    public var sourcing: SourcingRecord?
    /// The what-if variant the plan is of (its name and description), shown in the title and heading:
    /// a variant's printed report must not pass for the base plan's.
    public var variant: ReportVariant?
    /// Polled between the parts rendered: `true` ends the report before anything is written
    /// (``ReportError/stopped(folder:)``), leaving the folder's earlier report whole. Rendering a
    /// national year's report takes seconds; a stop signal then ends it at the next part.
    public var shouldStop: (@Sendable () -> Bool)?

    public init(language: Language = .id, delimiter: SpreadsheetExport.Delimiter = .comma, now: Date = Date(),
                workbook: Bool = false) {
        self.language = language
        self.delimiter = delimiter
        self.now = now
        self.workbook = workbook
    }
}

/// A what-if variant, as its report names it.
public struct ReportVariant: Sendable {
    public var name: String
    public var description: String?

    public init(name: String, description: String?) {
        self.name = name
        self.description = description
    }
}

/// What ``ReportWriter/write(plan:scenario:to:options:)`` wrote.
public struct ReportOutcome: Sendable {
    /// Paths relative to the report folder, in writing order.
    public var files: [String] = []
    /// Parts left out and why (in the report's language), e.g. calendars when slot labels are not times.
    public var warnings: [String] = []
}

/// Writes every output planners use into one folder:
///
///     DIR/sessions.csv  DIR/courses.csv  DIR/instructors.csv  (DIR/plan.xlsx with --xlsx)
///     DIR/calendars/INSTRUCTOR-ID.ics  DIR/calendars/VENUE-ID.ics
///     DIR/report.html
///
/// Files are replaced atomically (``AtomicFile``: never through a symbolic link,
/// never replacing a device). Calendars an earlier report wrote and this one does
/// not are removed, so an instructor dropped from the plan does not keep a stale
/// calendar; only those are: `DIR/.trainplan-calendars` lists what was written
/// (see ``CalendarManifest``), and a planner's own files in `DIR/calendars` stay.
public enum ReportWriter {
    /// Every name ``write(plan:scenario:to:options:)`` may create or replace directly in its folder
    /// (the CSV tables, the workbook, the calendars' folder and list, the page): what a report
    /// folder must not share with a command's inputs.
    public static let names = ["sessions.csv", "courses.csv", "instructors.csv", "demand.csv", PlanWorkbook.fileName,
                               "calendars", CalendarManifest.fileName, "report.html"]

    /// Writes every file, creating `directory` if needed. Calendars are skipped with a warning
    /// (not an error) when slot labels are not times; a write failure throws. Everything is
    /// rendered and every target checked before the first write, so a report that fails
    /// leaves the earlier one in the folder whole.
    public static func write(plan: Plan, scenario: Scenario, to directory: String,
                             options: ReportOptions = ReportOptions()) throws(ReportError) -> ReportOutcome {
        let text = TextCatalogue(language: options.language)
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        var outcome = ReportOutcome()

        // Everything is rendered before anything is written: a report that cannot be made
        // leaves the folder's earlier report whole, never half old and half new.
        let export = SpreadsheetExport(digest: digest, text: text, delimiter: options.delimiter)
        let stopped = { () throws(ReportError) in if options.shouldStop?() == true { throw .stopped(folder: directory) } }
        var files = try export.files()
        try stopped()
        if options.workbook {
            files.append((PlanWorkbook.fileName, try PlanWorkbook.data(export.tables())))
        }
        // Calendars need clock times: without them the rest of the report is still written.
        var calendars: [(name: String, text: String)]?
        do {
            calendars = try ICalendarWriter(digest: digest, text: text, stamp: options.now, variant: options.variant?.name).files()
        } catch {
            outcome.warnings.append(text(.calendarsSkipped, error.message(text)))
        }
        try stopped()
        let stamp = ZonedTime.iCalendarUTC(Int(options.now.timeIntervalSince1970.rounded(.down)))
        let html = HTMLReport(digest: digest, text: text, generated: readableStamp(stamp), sourcing: options.sourcing,
                              variant: options.variant).render()
        try stopped()

        let root = URL(fileURLWithPath: directory)
        let calendarFolder = root.appendingPathComponent("calendars")
        try makeFolder(root)
        // A target that would be refused (a symbolic link, a folder) stops the report before the first write.
        let targets = files.map(\.name) + (calendars ?? []).map { "calendars/" + $0.name }
            + [CalendarManifest.fileName, "report.html"]
        for name in targets { try checkTarget(root.appendingPathComponent(name)) }
        if calendars != nil { try makeFolder(calendarFolder) }
        for (name, data) in files {
            try write(data, to: root.appendingPathComponent(name))
            outcome.files.append(name)
        }
        if let calendars {
            let previous = CalendarManifest.read(in: root)
            var written = CalendarManifest(names: [])
            for (name, body) in calendars {
                try write(Data(body.utf8), to: calendarFolder.appendingPathComponent(name))
                outcome.files.append("calendars/" + name)
                written.names.append(name)
            }
            // Listed before anything is removed: a run stopped here still knows what is ours.
            try write(CalendarManifest(names: written.names + previous.names.filter { !written.names.contains($0) }).data(),
                      to: root.appendingPathComponent(CalendarManifest.fileName))
            try removeStaleCalendars(previous.names.filter { !written.names.contains($0) }, in: calendarFolder)
            try write(written.data(), to: root.appendingPathComponent(CalendarManifest.fileName))
        }
        try write(Data(html.utf8), to: root.appendingPathComponent("report.html"))
        outcome.files.append("report.html")
        return outcome
    }

    /// `20230102T010000Z` → `2023-01-02 01:00 UTC`.
    static func readableStamp(_ stamp: String) -> String {
        let c = Array(stamp)
        guard c.count == 16 else { return stamp }
        return String(c[0..<4]) + "-" + String(c[4..<6]) + "-" + String(c[6..<8]) + " " + String(c[9..<11]) + ":"
            + String(c[11..<13]) + " UTC"
    }

    static func makeFolder(_ url: URL) throws(ReportError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: url.path, reason: reason(error))
        }
    }

    static func write(_ data: Data, to url: URL) throws(ReportError) {
        do {
            try AtomicFile.write(data, to: url.path)
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
    }

    static func checkTarget(_ url: URL) throws(ReportError) {
        do {
            try AtomicFile.checkTarget(url.path)
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
    }

    /// Removes calendars an earlier report wrote (listed in its manifest) that still look like ours.
    static func removeStaleCalendars(_ names: [String], in folder: URL) throws(ReportError) {
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard CalendarManifest.isOurCalendar(url) else { continue }
            guard unlink(url.path) == 0 || errno == ENOENT else {
                throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
