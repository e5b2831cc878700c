/// A calendar date held by a date cell, without a time of day.
public struct WorkbookDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Which day a cell's serial number 0 is.
    public enum System: Sendable {
        /// Serial 1 is 1900-01-01, and serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3's
        /// leap-year bug, kept by Excel): serials from 61 on are one day behind a plain count.
        case from1900
        /// Serial 0 is 1904-01-01 (old Mac Excel; `date1904` in workbook.xml).
        case from1904
    }

    /// The date of `serial` (its fraction, the time of day, dropped); `nil` outside 1900-9999 and for
    /// 1900-02-29, which a 1900-system serial 60 stands for but which did not exist.
    public init?(serial: Double, system: System) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        let days: Int // days since 1970-01-01
        switch system {
        case .from1900:
            guard whole >= 1, whole != 60 else { return nil }
            days = Self.daysFromCivil(1899, 12, 31) + whole - (whole > 60 ? 1 : 0)
        case .from1904:
            days = Self.daysFromCivil(1904, 1, 1) + whole
        }
        self = Self.civil(fromDays: days)
        guard year <= 9999 else { return nil }
    }

    /// The serial of this date in the 1900 system (as written by ``WorkbookWriter``).
    public var serial1900: Int {
        let serial = Self.daysFromCivil(year, month, day) - Self.daysFromCivil(1899, 12, 31)
        return serial >= 60 ? serial + 1 : serial
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days from 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> WorkbookDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return WorkbookDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
