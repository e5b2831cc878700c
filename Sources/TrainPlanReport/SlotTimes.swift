import Foundation
import TrainPlanCore

/// A time of day in minutes since midnight (`24:00` allowed as an end).
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        minutes = hour * 60 + minute
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `08:00`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// The clock times of one slot, read from its label.
public struct SlotTime: Sendable, Hashable {
    public var start: ClockTime
    public var end: ClockTime

    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }
}

/// Slot labels are free text in the format; calendars need clock times, so
/// labels written as time ranges are read here.
public enum SlotTimes {
    /// Reads `08:00-12:00`, `8.00 - 12.00` (the Indonesian way), `08:00–12:00` (en dash) or
    /// `0800-1200`; `nil` when the label is not a range of two times with the end after the start.
    public static func parse(_ label: String) -> SlotTime? {
        let dashes: Set<Character> = ["-", "\u{2013}", "\u{2014}"]
        let parts = label.split(whereSeparator: { dashes.contains($0) })
        guard parts.count == 2, let start = time(parts[0]), let end = time(parts[1]), start < end else { return nil }
        return SlotTime(start: start, end: end)
    }

    /// Every slot's times, or the labels that are not times.
    public static func parseAll(_ labels: [String]) throws(ReportError) -> [SlotTime] {
        let parsed = labels.map(parse)
        let bad = zip(labels, parsed).filter { $0.1 == nil }.map(\.0)
        guard bad.isEmpty else { throw .slotLabelsNotTimes(bad) }
        let times = parsed.compactMap { $0 }
        // A session of several slots runs from its first slot's start to its last slot's end.
        for k in times.indices.dropFirst() where times[k].start < times[k - 1].end {
            throw .slotsOutOfOrder(labels[k - 1], labels[k])
        }
        return times
    }

    private static func time(_ text: Substring) -> ClockTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let pieces = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        let digitsOnly: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        switch pieces.count {
        case 2:
            guard pieces.allSatisfy(digitsOnly), (1...2).contains(pieces[0].count), pieces[1].count == 2,
                  let hour = Int(pieces[0]), let minute = Int(pieces[1]) else { return nil }
            return ClockTime(hour: hour, minute: minute)
        case 1 where trimmed.count == 4 && digitsOnly(pieces[0]):
            guard let hour = Int(trimmed.prefix(2)), let minute = Int(trimmed.suffix(2)) else { return nil }
            return ClockTime(hour: hour, minute: minute)
        default:
            return nil
        }
    }
}

/// Turns a wall-clock time on a civil date in a zone into a UTC instant.
///
/// Calendars are written in UTC (`...Z`) so no VTIMEZONE is needed and every
/// phone shows the session at the right local time.
public enum ZonedTime {
    /// Seconds since 1970-01-01T00:00:00Z of `date` at `time` in `zone`.
    /// A wall time that a daylight-saving change skips is read with one of the two offsets around it.
    public static func utcSeconds(_ date: CivilDate, _ time: ClockTime, in zone: TimeZone) -> Int {
        let wall = date.dayNumber * 86_400 + time.minutes * 60
        // The offset at the instant depends on the instant: settle it in two steps.
        var offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
        let adjusted = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - offset)))
        if adjusted != offset, zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - adjusted))) == adjusted {
            offset = adjusted
        }
        return wall - offset
    }

    /// `20230102T010000Z`, the iCalendar UTC form.
    public static func iCalendarUTC(_ seconds: Int) -> String {
        let day = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - day * 86_400
        let c = CivilDate(dayNumber: day).components
        return pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2) + "T" + pad(rest / 3600, 2) + pad(rest % 3600 / 60, 2)
            + pad(rest % 60, 2) + "Z"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
