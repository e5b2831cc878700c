import Foundation

/// A time an instructor or venue cannot be used: a date, a date range or a
/// weekday, optionally narrowed to slots (`fri@2`, `2023-02-14@1-2`).
public struct Unavailability: Hashable, Sendable, CustomStringConvertible {
    public enum Days: Hashable, Sendable {
        case dates(CivilDate, CivilDate)
        case weekday(Weekday)
    }

    public var days: Days
    /// Slots covered, 1-based inclusive; `nil` means the whole day.
    public var slots: ClosedRange<Int>?

    public init(days: Days, slots: ClosedRange<Int>? = nil) {
        self.days = days
        self.slots = slots
    }

    public func covers(_ date: CivilDate, slot: Int) -> Bool {
        if let slots, !slots.contains(slot) { return false }
        switch days {
        case let .dates(from, to): return date >= from && date <= to
        case let .weekday(day): return date.weekday == day
        }
    }

    /// Parses the entry syntax; the error text says what was expected.
    public static func parse(_ text: String) -> Result<Unavailability, EntryError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var slots: ClosedRange<Int>?
        if parts.count == 2 {
            let bounds = parts[1].split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(bounds.count), let low = Int(bounds[0]), let high = Int(bounds.last ?? ""),
                  low >= 1, low <= high else {
                return .failure(EntryError("\"\(text)\": expected a slot suffix like @2 or @1-2"))
            }
            slots = low...high
        }
        let dayText = String(parts[0])
        if let weekday = Weekday(name: dayText) {
            return .success(Unavailability(days: .weekday(weekday), slots: slots))
        }
        switch DateRange.read(dayText) {
        case let .success(range): return .success(Unavailability(days: .dates(range.from, range.to), slots: slots))
        case let .failure(error):
            if let reason = error.reason {
                return .failure(EntryError(parts.count == 1 && !reason.hasPrefix("the range") ? reason : "\"\(text)\": \(reason)"))
            }
            let serial = dayText.components(separatedBy: "..").lazy.map(FieldReader.serialHint).first { !$0.isEmpty } ?? ""
            return .failure(EntryError("\"\(text)\": expected a date (2023-02-14 or 14/02/2023), a range (2023-02-13..2023-02-17) or a weekday (fri, jumat), optionally with @N or @N-M" + serial))
        }
    }

    /// As ``parse(_:)``, also reading several weekdays as weekdays are written elsewhere
    /// (`Senin-Rabu`, `Senin dan Rabu@2`): one entry a day.
    public static func parseEach(_ text: String) -> Result<[Unavailability], EntryError> {
        let single = parse(text)
        guard case let .failure(error) = single else { return single.map { [$0] } }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, let days = FieldReader.weekdayWords(String(first).trimmingCharacters(in: .whitespaces)),
              !days.isEmpty else { return .failure(error) }
        let suffix = parts.count == 2 ? "@" + parts[1] : ""
        var entries: [Unavailability] = []
        for day in Set(days).sorted() {
            switch parse(day.rawValue + suffix) {
            case let .success(entry): entries.append(entry)
            case let .failure(error): return .failure(error)
            }
        }
        return .success(entries)
    }

    public var description: String {
        let day: String
        switch days {
        case let .dates(a, b): day = a == b ? "\(a)" : "\(a)..\(b)"
        case let .weekday(w): day = w.rawValue
        }
        guard let slots else { return day }
        return slots.count == 1 ? "\(day)@\(slots.lowerBound)" : "\(day)@\(slots.lowerBound)-\(slots.upperBound)"
    }
}

public struct EntryError: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// An inclusive date range written `2023-04-19..2023-04-25` (or day first, `19/04/2023..25/04/2023`), or one date.
public struct DateRange: Sendable, Hashable {
    public var from: CivilDate
    public var to: CivilDate

    public struct ReadError: Error, Sendable {
        public let message: String
        /// Why the text, written as a date or range, cannot be one (`nil` when it does not look like a date).
        public let reason: String?
    }

    /// What may stand between a range's two dates; none of them occurs inside a date (`-` only with spaces).
    static let rangeSeparators = ["..", "s/d", "s.d.", " sd. ", " sd ", " sampai dengan ", " sampai ", " hingga ", " until ", " to ", " - ", "\u{2013}", "\u{2014}"]

    public static func parse(_ text: String) -> Result<DateRange, EntryError> {
        read(text).mapError { EntryError($0.message) }
    }

    /// As ``parse(_:)``, telling a text that is not a date from a date that does not exist.
    public static func read(_ text: String) -> Result<DateRange, ReadError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func impossible(_ part: String, _ why: String) -> Result<DateRange, ReadError> {
            let reason = "\"\(part)\" is not a date: \(why)"
            return .failure(ReadError(message: part == trimmed ? reason : "\"\(text)\": " + reason, reason: reason))
        }
        switch CivilDate.read(trimmed) {
        case let .date(date): return .success(DateRange(from: date, to: date))
        case let .impossible(why): return impossible(trimmed, why)
        case .notADate: break
        }
        // `..`, or a range as planners write one: `13/01/2027 s/d 14/01/2027`, `13/01/2027 - 14/01/2027`.
        let separator = rangeSeparators.lazy.compactMap { trimmed.range(of: $0, options: .caseInsensitive) }.first
        let ends = separator.map { [String(trimmed[..<$0.lowerBound]), String(trimmed[$0.upperBound...])] }?
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? [trimmed]
        var dates: [CivilDate] = []
        if ends.count == 2 {
            for end in ends {
                switch CivilDate.read(end) {
                case let .date(date): dates.append(date)
                case let .impossible(why): return impossible(end, why)
                case .notADate: break
                }
            }
        }
        guard dates.count == 2 else {
            let serial = text.components(separatedBy: "..").lazy.map(FieldReader.serialHint).first { !$0.isEmpty } ?? ""
            return .failure(ReadError(message: "\"\(text)\": expected a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD "
                                      + "(or day first: DD/MM/YYYY..DD/MM/YYYY)" + serial, reason: nil))
        }
        guard dates[0] <= dates[1] else {
            let reason = "the range ends before it starts"
            return .failure(ReadError(message: "\"\(text)\": " + reason, reason: reason))
        }
        return .success(DateRange(from: dates[0], to: dates[1]))
    }

    public var dates: [CivilDate] { (from.dayNumber...to.dayNumber).map(CivilDate.init(dayNumber:)) }
}
