import CSV
import Foundation
import TrainPlanCore

/// The plan as three spreadsheet files: `sessions.csv`, `courses.csv`, `instructors.csv`.
///
/// Planners open these in Excel or LibreOffice, so each file starts with a
/// UTF-8 byte-order mark (without it Excel shows "Sri Wahyuni" fine but
/// "Pembuatan pola — lanjutan" as mojibake), ends lines with CRLF, and can use
/// `;` as the delimiter, which an Indonesian-locale spreadsheet expects.
/// Numbers are written without grouping; with `;` the decimal mark is `,`
/// (the Indonesian locale's), as the scenario reader expects for `;` files.
/// Dates are ISO (`2023-01-09`), which every spreadsheet recognises.
public struct SpreadsheetExport: Sendable {
    /// `,` for most spreadsheets, `;` for those in an Indonesian (or other decimal-comma) locale.
    public enum Delimiter: String, CaseIterable, Sendable {
        case comma = ","
        case semicolon = ";"
    }

    public let digest: PlanDigest
    public let text: TextCatalogue
    public let delimiter: Delimiter

    public init(digest: PlanDigest, text: TextCatalogue, delimiter: Delimiter = .comma) {
        self.digest = digest
        self.text = text
        self.delimiter = delimiter
    }

    /// File name → contents.
    public func files() throws(ReportError) -> [(name: String, data: Data)] {
        var files = [("sessions.csv", try sessions()), ("courses.csv", try courses()), ("instructors.csv", try instructors())]
        if let demand = demandTable() { files.append(("demand.csv", try table(demand))) }
        return files
    }

    /// The three tables, typed: what both the CSV files and `plan.xlsx` are written from.
    public func tables() -> [ReportTable] { [sessionsTable(), coursesTable(), instructorsTable()] + [demandTable()].compactMap { $0 } }

    public func sessions() throws(ReportError) -> Data { try table(sessionsTable()) }
    public func courses() throws(ReportError) -> Data { try table(coursesTable()) }
    public func instructors() throws(ReportError) -> Data { try table(instructorsTable()) }

    /// One row per session. The session's place in its course is two number columns (n, of N), never
    /// `3/12`, which a spreadsheet would read as a date.
    public func sessionsTable() -> ReportTable {
        let s = digest.scenario
        let header = [text(.colDate), text(.colWeekday), text(.colSlots), text(.colStart), text(.colEnd),
                      text(.colCourse), text(.colTitle), text(.colSession), text(.colSessionOf), text(.colInstructor), text(.colInstructorName),
                      text(.colVenue), text(.colVenueName), text(.colSite), text(.colParticipants)]
        let times = try? SlotTimes.parseAll(s.calendar.slots)
        let rows = digest.sessions.map { session -> [ReportCell] in
            let course = s.courses[session.course], instructor = s.instructors[session.instructor]
            let venue = s.venues[session.venue]
            let start = session.slots.first.flatMap { times?[safe: $0 - 1]?.start.description } ?? ""
            let end = session.slots.last.flatMap { times?[safe: $0 - 1]?.end.description } ?? ""
            return [.date(session.date), .text(text.weekday(session.date.weekday)),
                    .text(digest.slotLabels(session.slots).joined(separator: ", ")), .text(start), .text(end), .text(course.id),
                    .text(course.title), .count(session.number), .count(session.count), .text(instructor.id), .text(instructor.name),
                    .text(venue.id), .text(venue.name), .text(venue.site ?? ""), .count(course.participants)]
        }
        return ReportTable(name: "sessions", header: header, rows: rows)
    }

    /// One row per course of the scenario, scheduled or not.
    public func coursesTable() -> ReportTable {
        let s = digest.scenario
        let header = [text(.colCourse), text(.colTitle), text(.colSkill), text(.colMandatory), text(.colParticipants),
                      text(.colScheduled), text(.colInstructor), text(.colInstructorName), text(.colVenue), text(.colVenueName),
                      text(.colFirstDate), text(.colLastDate), text(.colWeekdays), text(.colSlots), text(.colSessions),
                      text(.colFees), text(.colRent), text(.colSocialSecurity), text(.colCourseCost), text(.colValue),
                      text(.colReasons), text(.colHandover)]
        let rows = digest.courses.map { line -> [ReportCell] in
            let course = s.courses[line.course]
            let instructor = line.instructor.map { s.instructors[$0] }, venue = line.venue.map { s.venues[$0] }
            let slots = line.planned.sessions?.first.map { digest.slotLabels($0.slots.sorted()).joined(separator: ", ") } ?? ""
            let scheduled = line.planned.scheduled
            func ifScheduled(_ cell: ReportCell) -> ReportCell { scheduled ? cell : .empty }
            return [.text(course.id), .text(course.title), .text(course.skill), .text(text.yesNo(course.mandatory)),
                    .count(course.participants), .text(text.yesNo(scheduled)), .text(instructor?.id ?? ""),
                    .text(instructor?.name ?? ""), .text(venue?.id ?? ""), .text(venue?.name ?? ""),
                    line.firstDate.map(ReportCell.date) ?? .empty, line.lastDate.map(ReportCell.date) ?? .empty,
                    .text((line.planned.weekdays ?? []).map { text.weekday($0) }.joined(separator: ", ")),
                    .text(slots), ifScheduled(.count(line.planned.sessions?.count ?? 0)),
                    ifScheduled(.money(line.fees)), ifScheduled(.money(line.rent)),
                    ifScheduled(.money(line.socialSecurity)), ifScheduled(.money(line.cost)),
                    .money(course.value), .text(ReasonText(text: text, currency: digest.scenario.currency).sentences(line.planned).joined(separator: "; ")),
                    .text(line.planned.handover.map(handover) ?? "")]
        }
        return ReportTable(name: "courses", header: header, rows: rows)
    }

    /// A re-planned course's hand-over (rule 11): the date and the new holders' ids
    /// (the instructor and venue columns name who held it first).
    func handover(_ h: Handover) -> String {
        text(.handedOver, "\(h.from)", [h.instructor, h.venue].compactMap { $0 }.joined(separator: ", "))
    }

    /// One row per instructor of the scenario: weekly load, fees, engagement.
    public func instructorsTable() -> ReportTable {
        let s = digest.scenario
        let weeks = (0..<s.calendar.weeks).map { w in
            text(.colWeek, String(w + 1), "\(s.calendar.start.adding(days: 7 * w))")
        }
        let header = [text(.colInstructor), text(.colInstructorName), text(.colSource), text(.colOrganization),
                      text(.colCourses)] + weeks
            + [text(.colTotalSlots), text(.colMaxSlotsPerWeek), text(.colFees), text(.colEngagement), text(.colTotalPay)]
        let rows = digest.instructors.map { line -> [ReportCell] in
            let instructor = s.instructors[line.instructor]
            return [.text(instructor.id), .text(instructor.name), .text(text.source(instructor.source)),
                    .text(instructor.organization ?? ""), .text(line.courses.joined(separator: ", "))]
                + line.slotsPerWeek.map(ReportCell.count)
                + [.count(line.slots), instructor.maxSlotsPerWeek.map(ReportCell.count) ?? .empty, .money(line.fees),
                   .money(line.engagement), .money(line.fees + line.engagement)]
        }
        return ReportTable(name: "instructors", header: header, rows: rows)
    }

    /// A cell as CSV text: dates ISO, counts plain, money through ``number(_:)``.
    public func csvText(_ cell: ReportCell) -> String {
        switch cell {
        case let .text(text): text
        case let .count(count): String(count)
        case let .money(value): number(value)
        case let .date(date): "\(date)"
        case .empty: ""
        }
    }

    /// A plain number a spreadsheet reads in the delimiter's locale: no grouping, `,` decimals with `;`.
    public func number(_ value: Double) -> String {
        FixedPoint(value, digits: 2).plain(decimalMark: delimiter == .semicolon ? "," : ".")
    }

    /// BOM, header and rows through yaslab/CSV.swift's writer (which quotes fields holding the
    /// delimiter, quotes or line breaks), CRLF line ends, and a final line end. Every cell
    /// goes through ``SpreadsheetCell/neutralised(_:)``: a title is never run as a formula.
    func table(_ table: ReportTable) throws(ReportError) -> Data {
        try self.table(table.header, table.rows.map { $0.map(csvText) })
    }

    func table(_ header: [String], _ rows: [[String]]) throws(ReportError) -> Data {
        try Self.csv(header, rows, delimiter: delimiter)
    }

    /// Any table of typed cells as CSV in the delimiter's locale (the what-if table uses it too).
    public static func csv(_ table: ReportTable, delimiter: Delimiter) throws(ReportError) -> Data {
        let cells = table.rows.map { row in
            row.map { cell -> String in
                switch cell {
                case let .text(text): text
                case let .count(count): String(count)
                case let .money(value): FixedPoint(value, digits: 2).plain(decimalMark: delimiter == .semicolon ? "," : ".")
                case let .date(date): "\(date)"
                case .empty: ""
                }
            }
        }
        return try csv(table.header, cells, delimiter: delimiter)
    }

    /// Text cells as they are (each through ``SpreadsheetCell/neutralised(_:)``), BOM and CRLF.
    public static func csv(_ header: [String], _ rows: [[String]], delimiter: Delimiter) throws(ReportError) -> Data {
        let stream = OutputStream(toMemory: ())
        let written: Data?
        do {
            let writer = try CSVWriter(stream: stream, delimiter: delimiter.rawValue, newline: .crlf)
            try writer.write(row: header.map(SpreadsheetCell.neutralised))
            for row in rows { try writer.write(row: row.map(SpreadsheetCell.neutralised)) }
            written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data
        } catch {
            throw .cannotWrite(path: "CSV", reason: "\(error)")
        }
        guard let body = written else { throw .cannotWrite(path: "CSV", reason: "the CSV writer produced no data") }
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
