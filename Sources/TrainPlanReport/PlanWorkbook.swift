import Foundation
import TrainPlanCore
import TrainPlanWorkbook

/// The plan's tables as one workbook (`plan.xlsx`): a sheet each for sessions,
/// courses and instructors, with the same rows as the CSV files but typed cells,
/// so a spreadsheet sums money and sorts dates without any locale guessing.
/// Money is shown `#,##0` (rupiah have no cents in practice), `#,##0.00` where an amount has them,
/// dates `yyyy-mm-dd`; the header row is bold and frozen.
public enum PlanWorkbook {
    public static let fileName = "plan.xlsx"

    public static func data(_ tables: [ReportTable]) throws(ReportError) -> Data {
        do {
            return try WorkbookWriter.data(tables.map(sheet))
        } catch {
            throw .cannotWrite(path: fileName, reason: error.description)
        }
    }

    static func sheet(_ table: ReportTable) -> WorkbookWriter.SheetContent {
        let rows = [table.header.map(WorkbookWriter.WrittenCell.heading)] + table.rows.map { $0.map(cell) }
        // Wide enough for the header and the longest value, within reason.
        let widths = table.header.indices.map { column -> Double in
            let longest = table.rows.reduce(table.header[column].count) { widest, row in
                guard row.indices.contains(column) else { return widest }
                switch row[column] {
                case let .text(text): return max(widest, text.count)
                case .date: return max(widest, 10)
                case let .money(value): return max(widest, String(Int(value.magnitude)).count * 4 / 3 + 1)
                case .count, .empty: return widest
                }
            }
            return Double(min(max(longest + 2, 8), 60))
        }
        return .init(name: table.name, columnWidths: widths, rows: rows, frozenRows: 1)
    }

    static func cell(_ cell: ReportCell) -> WorkbookWriter.WrittenCell {
        switch cell {
        case let .text(text): text.isEmpty ? .empty : .text(text)
        case let .count(count): .number(Double(count))
        case let .money(value): .money((value * 100).rounded() / 100)
        case let .date(date):
            .date(WorkbookDate(year: date.components.year, month: date.components.month, day: date.components.day))
        case .empty: .empty
        }
    }
}
