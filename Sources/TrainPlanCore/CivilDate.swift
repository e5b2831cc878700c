import Foundation

/// A calendar date without time or zone, counted as days since 1970-01-01.
///
/// Plans are about working days, never instants: plain day arithmetic keeps
/// holidays, weeks and months exact and independent of the machine's zone.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// `nil` when the fields do not name a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Days from civil (H. Hinnant), proleptic Gregorian.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        dayNumber = era * 146097 + doe - 719468
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// What a date written in a scenario means.
    public enum Reading: Equatable, Sendable {
        case date(CivilDate)
        /// Written as a date, but no such day exists; the reason says why.
        case impossible(String)
        case notADate
    }

    /// A date as scenario files write it: `YYYY-MM-DD`, or day first as Indonesian spreadsheets do
    /// (`06/02/2023`, `6-2-2023`, `06.02.2023`: day, month, four-digit year, one separator).
    public static func read(_ raw: String) -> Reading {
        var text = raw.trimmingCharacters(in: .whitespaces)
        // A date cell exported with its time (`11/01/2027 0:00`, `2027-01-11T00:00:00`): midnight is the date.
        if let midnight = text.range(of: #"(\s+|T)(0?0[:.]00([:.]00)?|12[:.]00([:.]00)?\s*AM)$"#,
                                     options: [.regularExpression, .caseInsensitive]) {
            text.removeSubrange(midnight)
        }
        if text.contains(where: \.isLetter) { return readWithMonthName(text) }
        guard let separator = text.first(where: { "/-.".contains($0) }) else { return .notADate }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return .notADate
        }
        let yearFirst = parts[0].count == 4
        if yearFirst {
            guard separator == "-", parts[1].count <= 2, parts[2].count <= 2 else { return .notADate }
        } else {
            guard parts[0].count <= 2, parts[1].count <= 2 else { return .notADate }
            guard parts[2].count == 4 else {
                return parts[2].count == 2 ? .impossible("write the year with four digits: DD\(separator)MM\(separator)YYYY") : .notADate
            }
        }
        guard let first = Int(parts[0]), let middle = Int(parts[1]), let last = Int(parts[2]) else { return .notADate }
        let (year, month, day) = yearFirst ? (first, middle, last) : (last, middle, first)
        let note = yearFirst ? "" : "; dates are day first: DD\(separator)MM\(separator)YYYY"
        guard (1...9999).contains(year) else { return .impossible("year \(year) is out of range" + note) }
        guard (1...12).contains(month) else { return .impossible("month \(month) does not exist" + note) }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
            return .impossible("\(names[month - 1]) \(year) has \(days) days, not \(day)" + note)
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { return .notADate }
        return .date(date)
    }

    /// Month names, Indonesian and English, full and short, as a spreadsheet in either locale
    /// writes a date formatted `d mmmm yyyy` or `dd-mmm-yyyy`.
    static let monthNames: [[String]] = [
        ["januari", "january", "jan"], ["februari", "pebruari", "february", "feb", "peb"], ["maret", "march", "mar"],
        ["april", "apr"], ["mei", "may"], ["juni", "june", "jun"], ["juli", "july", "jul"],
        ["agustus", "august", "agu", "agt", "ags", "aug"], ["september", "sept", "sep"],
        ["oktober", "october", "okt", "oct"], ["november", "nopember", "nov", "nop"], ["desember", "december", "des", "dec"],
    ]

    /// `Senin, 7 Agustus 2023` or `Senin, 07/08/2023`: a date after its weekday's name, as a date cell
    /// formatted `dddd, d mmmm yyyy` exports; the weekday must be the date's.
    private static func readAfterWeekday(_ text: String) -> Reading? {
        let words = text.split(maxSplits: 1, whereSeparator: { $0 == "," || $0 == " " })
        guard words.count == 2, let day = Weekday(name: String(words[0])) else { return nil }
        let rest = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ", "))
        switch read(rest) {
        case let .date(date):
            return date.weekday == day ? .date(date) : .impossible("\(rest) is a \(date.weekday.englishName), not a \(day.englishName)")
        case let .impossible(reason): return .impossible(reason)
        case .notADate: return nil
        }
    }

    /// `17 Agustus 2023`, `17 Agu 2023`, `17-Agu-2023`, `17 August 2023`: day, month name, four-digit year.
    private static func readWithMonthName(_ text: String) -> Reading {
        if let read = readAfterWeekday(text) { return read }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "." || $0 == "," })
        guard parts.count == 3, parts[0].count <= 2, let day = Int(parts[0]),
              let month = monthNames.firstIndex(where: { $0.contains(parts[1].lowercased()) }).map({ $0 + 1 }),
              parts[2].allSatisfy({ $0.isASCII && $0.isNumber }) else { return .notADate }
        guard parts[2].count == 4, let year = Int(parts[2]) else { return .impossible("write the year with four digits: \(day) \(parts[1]) YYYY") }
        func padded(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return read("\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))")
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Year and month as one number (`year * 12 + month - 1`), for counting calendar months.
    public var monthKey: Int {
        let c = components
        return c.year * 12 + c.month - 1
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        Weekday.allCases[((dayNumber % 7) + 7 + 3) % 7]
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    public var description: String {
        let c = components
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a date YYYY-MM-DD, found \"\(text)\""))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Days of the week, Monday first, named as in scenario files.
public enum Weekday: String, CaseIterable, Sendable, Codable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

    /// Every name a scenario may use, English or Indonesian, short or full (compared in any case).
    static let namesByDay: [(Weekday, [String])] = [
        (.mon, ["mon", "monday", "senin", "sen"]),
        (.tue, ["tue", "tuesday", "selasa", "sel"]),
        (.wed, ["wed", "wednesday", "rabu", "rab"]),
        (.thu, ["thu", "thursday", "kamis", "kam"]),
        (.fri, ["fri", "friday", "jumat", "jum'at", "jum"]),
        (.sat, ["sat", "saturday", "sabtu", "sab"]),
        (.sun, ["sun", "sunday", "minggu", "min", "mgg", "ahad"]),
    ]

    static var names: [String] { namesByDay.flatMap(\.1) }

    /// Accepts `mon`, `Monday`, `MON`, `senin`, `Sen`, `JUMAT`, `jum'at` (with a straight or curly apostrophe).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "`", with: "'")
        guard let day = Weekday.namesByDay.first(where: { $0.1.contains(key) })?.0 else { return nil }
        self = day
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }

    /// A plan written by another tool may name days as a scenario does (`Mon`, `Senin`, `THURSDAY`):
    /// read so; written as `mon` ... `sun` always.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Weekday(name: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "Cannot initialize Weekday from invalid String value \(text)"))
        }
        self = day
    }

    /// `Monday`, for messages.
    public var englishName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
    }
}
