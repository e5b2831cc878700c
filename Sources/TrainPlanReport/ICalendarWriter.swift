import Foundation
import TrainPlanCore

/// One iCalendar file per instructor and per venue, for phones and desktop calendars.
///
/// Session times come from the slot labels (`08:00-12:00`) read in the
/// scenario's `calendar.timezone` (default Asia/Jakarta) and are written in
/// UTC, so no VTIMEZONE is needed. A session of several slots is one event from
/// the first slot's start to the last slot's end. Each session has a stable UID
/// (scenario, course, date, start slot), the same in the instructor's and the
/// venue's file, so a calendar that imports both shows it once and a re-run
/// updates rather than duplicates it.
public struct ICalendarWriter: Sendable {
    public let digest: PlanDigest
    public let text: TextCatalogue
    /// The what-if variant the plan is of, if any.
    public let variant: String?
    /// Clock times of each slot, read from the labels once.
    public let slotTimes: [SlotTime]
    /// The scenario's `calendar.timezone`, in which the slot times are meant.
    public let zone: TimeZone
    /// DTSTAMP: when the calendar was made (UTC).
    public let stamp: Date

    /// Throws when the slot labels are not times or the zone is unknown.
    /// - Parameter variant: the what-if variant the plan is of: its sessions' UIDs are its own, so that
    ///   a variant's calendar imported beside the real plan's never replaces the real events.
    public init(digest: PlanDigest, text: TextCatalogue, stamp: Date = Date(), variant: String? = nil) throws(ReportError) {
        self.variant = variant
        self.digest = digest
        self.text = text
        self.slotTimes = try SlotTimes.parseAll(digest.scenario.calendar.slots)
        guard let zone = TimeZone(identifier: digest.scenario.calendar.timeZone) else {
            throw .unknownTimeZone(digest.scenario.calendar.timeZone)
        }
        self.zone = zone
        self.stamp = stamp
    }

    /// `calendars/ID.ics` for every instructor and venue with a session. When an
    /// instructor and a venue share an id, their files are `ID.instructor.ics` and `ID.venue.ics`,
    /// whether or not both have sessions (a file's name does not change with the plan); a name
    /// still taken (an instructor whose id is `X.venue`, ids apart only in case) gets `-2`, `-3`.
    public func files() -> [(name: String, text: String)] {
        let s = digest.scenario
        let shared = Set(s.instructors.map { FileNameStem.of($0.id) }).intersection(s.venues.map { FileNameStem.of($0.id) })
        var taken: Set<String> = []
        func unique(_ stem: String) -> String {
            var name = stem, n = 1
            while taken.contains(name.lowercased()) {
                n += 1
                name = "\(stem)-\(n)"
            }
            taken.insert(name.lowercased())
            return name + ".ics"
        }
        let instructorNames = s.instructors.map { instructor in
            let id = FileNameStem.of(instructor.id)
            return unique(shared.contains(id) ? "\(id).instructor" : id)
        }
        let venueNames = s.venues.map { venue in
            let id = FileNameStem.of(venue.id)
            return unique(shared.contains(id) ? "\(id).venue" : id)
        }
        var files: [(name: String, text: String)] = []
        for i in s.instructors.indices where !digest.sessions(instructor: i).isEmpty {
            files.append((instructorNames[i], calendar(instructor: i)))
        }
        for v in s.venues.indices where !digest.sessions(venue: v).isEmpty {
            files.append((venueNames[v], calendar(venue: v)))
        }
        return files
    }

    /// The calendar of one instructor (index into `scenario.instructors`).
    public func calendar(instructor i: Int) -> String {
        let instructor = digest.scenario.instructors[i]
        return document(name: text(.calendarInstructor, instructor.name), sessions: digest.sessions(instructor: i))
    }

    /// The calendar of one venue (index into `scenario.venues`).
    public func calendar(venue v: Int) -> String {
        let venue = digest.scenario.venues[v]
        return document(name: text(.calendarVenue, venue.name), sessions: digest.sessions(venue: v))
    }

    func document(name: String, sessions: [PlanDigest.Session]) -> String {
        var out = ICalendarText.contentLine("BEGIN", "VCALENDAR")
        out += ICalendarText.contentLine("VERSION", "2.0")
        out += ICalendarText.contentLine("PRODID", "-//trainplan//trainplan report//\(text.language.rawValue.uppercased())")
        out += ICalendarText.contentLine("CALSCALE", "GREGORIAN")
        out += ICalendarText.contentLine("METHOD", "PUBLISH")
        out += ICalendarText.contentLine("X-WR-CALNAME", ICalendarText.escape(name))
        out += ICalendarText.contentLine("X-WR-TIMEZONE", digest.scenario.calendar.timeZone)
        for session in sessions { out += event(session) }
        out += ICalendarText.contentLine("END", "VCALENDAR")
        return out
    }

    /// Start and end of a session as UTC seconds.
    public func interval(_ session: PlanDigest.Session) -> (start: Int, end: Int) {
        let first = session.slots.first ?? 1, last = session.slots.last ?? first
        let start = slotTimes[safe: first - 1]?.start ?? ClockTime(minutes: 0)
        let end = slotTimes[safe: last - 1]?.end ?? start
        return (ZonedTime.utcSeconds(session.date, start, in: zone), ZonedTime.utcSeconds(session.date, end, in: zone))
    }

    /// The stable identifier of a session.
    public func uid(_ session: PlanDigest.Session) -> String {
        let course = digest.scenario.courses[session.course]
        let date = "\(session.date)".replacingOccurrences(of: "-", with: "")
        let plan = Self.slug(digest.scenario.name) + (variant.map { "-" + Self.slug($0) } ?? "")
        return "\(plan)-\(course.id)-\(date)-\(session.slots.first ?? 0)@trainplan"
    }

    func event(_ session: PlanDigest.Session) -> String {
        let s = digest.scenario
        let course = s.courses[session.course], instructor = s.instructors[session.instructor], venue = s.venues[session.venue]
        let (start, end) = interval(session)
        let place = [venue.name, venue.site].compactMap { $0 }.joined(separator: ", ")
        let description = [
            text(.eventCourse, course.id, course.title),
            text(.eventInstructor, instructor.name, instructor.id),
            text(.eventVenue, place),
            text(.eventParticipants, String(course.participants)),
            text(.eventSlots, digest.slotLabels(session.slots).joined(separator: ", ")),
        ].joined(separator: "\n")
        var out = ICalendarText.contentLine("BEGIN", "VEVENT")
        out += ICalendarText.contentLine("UID", uid(session))
        out += ICalendarText.contentLine("DTSTAMP", ZonedTime.iCalendarUTC(Int(stamp.timeIntervalSince1970.rounded(.down))))
        out += ICalendarText.contentLine("DTSTART", ZonedTime.iCalendarUTC(start))
        out += ICalendarText.contentLine("DTEND", ZonedTime.iCalendarUTC(end))
        out += ICalendarText.contentLine("SUMMARY", ICalendarText.escape(
            text(.eventSummary, course.title, String(session.number), String(session.count))))
        out += ICalendarText.contentLine("LOCATION", ICalendarText.escape(place))
        out += ICalendarText.contentLine("DESCRIPTION", ICalendarText.escape(description))
        out += ICalendarText.contentLine("TRANSP", "OPAQUE")
        out += ICalendarText.contentLine("END", "VEVENT")
        return out
    }

    /// Lower-case letters, digits and `-` only: safe inside a UID.
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "plan" : trimmed
    }
}
