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
        [("sessions.csv", try sessions()), ("courses.csv", try courses()), ("instructors.csv", try instructors())]
    }

    /// One row per session.
    public func sessions() throws(ReportError) -> Data {
        let s = digest.scenario
        let header = [text(.colDate), text(.colWeekday), text(.colSlots), text(.colStart), text(.colEnd),
                      text(.colCourse), text(.colTitle), text(.colSession), text(.colInstructor), text(.colInstructorName),
                      text(.colVenue), text(.colVenueName), text(.colSite), text(.colParticipants)]
        let times = try? SlotTimes.parseAll(s.calendar.slots)
        let rows = digest.sessions.map { session -> [String] in
            let course = s.courses[session.course], instructor = s.instructors[session.instructor]
            let venue = s.venues[session.venue]
            let start = session.slots.first.flatMap { times?[safe: $0 - 1]?.start.description } ?? ""
            let end = session.slots.last.flatMap { times?[safe: $0 - 1]?.end.description } ?? ""
            return ["\(session.date)", text.weekday(session.date.weekday), digest.slotLabels(session.slots).joined(separator: ", "),
                    start, end, course.id, course.title, "\(session.number)/\(session.count)", instructor.id, instructor.name,
                    venue.id, venue.name, venue.site ?? "", String(course.participants)]
        }
        return try table(header, rows)
    }

    /// One row per course of the scenario, scheduled or not.
    public func courses() throws(ReportError) -> Data {
        let s = digest.scenario
        let header = [text(.colCourse), text(.colTitle), text(.colSkill), text(.colMandatory), text(.colParticipants),
                      text(.colScheduled), text(.colInstructor), text(.colInstructorName), text(.colVenue), text(.colVenueName),
                      text(.colFirstDate), text(.colLastDate), text(.colWeekdays), text(.colSlots), text(.colSessions),
                      text(.colFees), text(.colRent), text(.colSocialSecurity), text(.colCourseCost), text(.colValue),
                      text(.colReasons)]
        let rows = digest.courses.map { line -> [String] in
            let course = s.courses[line.course]
            let instructor = line.instructor.map { s.instructors[$0] }, venue = line.venue.map { s.venues[$0] }
            let slots = line.planned.sessions?.first.map { digest.slotLabels($0.slots.sorted()).joined(separator: ", ") } ?? ""
            let scheduled = line.planned.scheduled
            return [course.id, course.title, course.skill, text.yesNo(course.mandatory), String(course.participants),
                    text.yesNo(scheduled), instructor?.id ?? "", instructor?.name ?? "", venue?.id ?? "", venue?.name ?? "",
                    line.firstDate.map { "\($0)" } ?? "", line.lastDate.map { "\($0)" } ?? "",
                    (line.planned.weekdays ?? []).map { text.weekday($0) }.joined(separator: ", "),
                    slots, scheduled ? String(line.planned.sessions?.count ?? 0) : "",
                    scheduled ? number(line.fees) : "", scheduled ? number(line.rent) : "",
                    scheduled ? number(line.socialSecurity) : "", scheduled ? number(line.cost) : "",
                    number(course.value), (line.planned.reasons ?? []).joined(separator: "; ")]
        }
        return try table(header, rows)
    }

    /// One row per instructor of the scenario: weekly load, fees, engagement.
    public func instructors() throws(ReportError) -> Data {
        let s = digest.scenario
        let weeks = (0..<s.calendar.weeks).map { w in
            text(.colWeek, String(w + 1), "\(s.calendar.start.adding(days: 7 * w))")
        }
        let header = [text(.colInstructor), text(.colInstructorName), text(.colSource), text(.colOrganization),
                      text(.colCourses)] + weeks
            + [text(.colTotalSlots), text(.colMaxSlotsPerWeek), text(.colFees), text(.colEngagement), text(.colTotalPay)]
        let rows = digest.instructors.map { line -> [String] in
            let instructor = s.instructors[line.instructor]
            return [instructor.id, instructor.name, text.source(instructor.source), instructor.organization ?? "",
                    line.courses.joined(separator: ", ")]
                + line.slotsPerWeek.map(String.init)
                + [String(line.slots), instructor.maxSlotsPerWeek.map(String.init) ?? "", number(line.fees),
                   number(line.engagement), number(line.fees + line.engagement)]
        }
        return try table(header, rows)
    }

    /// A plain number a spreadsheet reads in the delimiter's locale: no grouping, `,` decimals with `;`.
    public func number(_ value: Double) -> String {
        FixedPoint(value, digits: 2).plain(decimalMark: delimiter == .semicolon ? "," : ".")
    }

    /// BOM, header and rows through yaslab/CSV.swift's writer (which quotes fields holding the
    /// delimiter, quotes or line breaks), CRLF line ends, and a final line end. Every cell
    /// goes through ``SpreadsheetCell/neutralised(_:)``: a title is never run as a formula.
    func table(_ header: [String], _ rows: [[String]]) throws(ReportError) -> Data {
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
