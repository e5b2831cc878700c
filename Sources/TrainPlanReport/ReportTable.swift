import TrainPlanCore

/// One table of the plan (sessions, courses, instructors) with typed cells, so the
/// CSV files and the workbook are written from the same rows: the CSV as text in
/// the delimiter's locale, the workbook as numbers, money and date cells.
public struct ReportTable: Sendable {
    /// `sessions`, `courses`, `instructors`: the CSV file's name without `.csv`, and the workbook sheet's.
    public var name: String
    public var header: [String]
    public var rows: [[ReportCell]]

    public init(name: String, header: [String], rows: [[ReportCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

public enum ReportCell: Sendable, Equatable {
    case text(String)
    /// Participants, sessions, slots.
    case count(Int)
    /// Rupiah (or the scenario's currency), to the cent.
    case money(Double)
    case date(CivilDate)
    case empty
}
