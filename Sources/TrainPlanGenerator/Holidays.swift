import TrainPlanCore

/// Indonesian public holidays and collective leave (cuti bersama) of 2023 and 2024,
/// as the government's joint decree (SKB 3 Menteri) set them.
enum IndonesianHolidays {
    static let table: [(dates: String, name: String)] = [
        ("2023-01-01", "New Year"),
        ("2023-01-22", "Chinese New Year"),
        ("2023-01-23", "Chinese New Year, cuti bersama"),
        ("2023-02-18", "Isra Mi'raj"),
        ("2023-03-22", "Nyepi"),
        ("2023-03-23", "Nyepi, cuti bersama"),
        ("2023-04-07", "Good Friday"),
        ("2023-04-19..2023-04-25", "Idul Fitri and cuti bersama"),
        ("2023-05-01", "Labour Day"),
        ("2023-05-18", "Ascension of Jesus"),
        ("2023-06-01", "Pancasila Day"),
        ("2023-06-02", "Waisak, cuti bersama"),
        ("2023-06-04", "Waisak"),
        ("2023-06-28..2023-06-30", "Idul Adha and cuti bersama"),
        ("2023-07-19", "Islamic New Year"),
        ("2023-08-17", "Independence Day"),
        ("2023-09-28", "Maulid Nabi"),
        ("2023-12-25..2023-12-26", "Christmas and cuti bersama"),
        ("2024-01-01", "New Year"),
        ("2024-02-08", "Isra Mi'raj"),
        ("2024-02-09..2024-02-10", "Chinese New Year and cuti bersama"),
        ("2024-03-11..2024-03-12", "Nyepi and cuti bersama"),
        ("2024-03-29", "Good Friday"),
        ("2024-03-31", "Easter"),
        ("2024-04-08..2024-04-15", "Idul Fitri and cuti bersama"),
        ("2024-05-01", "Labour Day"),
        ("2024-05-09..2024-05-10", "Ascension of Jesus and cuti bersama"),
        ("2024-05-23..2024-05-24", "Waisak and cuti bersama"),
        ("2024-06-01", "Pancasila Day"),
        ("2024-06-17..2024-06-18", "Idul Adha and cuti bersama"),
        ("2024-07-07", "Islamic New Year"),
        ("2024-08-17", "Independence Day"),
        ("2024-09-16", "Maulid Nabi"),
        ("2024-12-25..2024-12-26", "Christmas and cuti bersama"),
    ]

    /// The holidays inside `from ... to`, each date with its name.
    static func between(_ from: CivilDate, _ to: CivilDate) -> [CivilDate: String] {
        var result: [CivilDate: String] = [:]
        for (text, name) in table {
            guard case let .success(range) = DateRange.parse(text) else { continue }
            for date in range.dates where date >= from && date <= to { result[date] = name }
        }
        return result
    }
}
