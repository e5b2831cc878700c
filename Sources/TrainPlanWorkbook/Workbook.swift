import Foundation

/// A workbook as read: its sheets in the order the workbook lists them, each
/// holding only the rows and cells that have a value.
public struct Workbook: Sendable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// The sheet called `name`, ignoring case and surrounding spaces (`Courses ` is `courses`).
    public func sheet(named name: String) -> Sheet? { sheets(named: name).first }

    /// Every sheet whose name is `name`, ignoring case and surrounding spaces (more than one is a
    /// mistake a planner should hear about: which one holds the list?).
    public func sheets(named name: String) -> [Sheet] {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheets.filter { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == key }
    }
}

public struct Sheet: Sendable {
    public var name: String
    /// Rows with at least one cell holding a value, top to bottom.
    public var rows: [Row]
    /// Columns hidden in the workbook (1 for A): still read, but the planner may not see them.
    public var hiddenColumns: Set<Int>
    /// Merged ranges (`J2:J3`) whose number was copied to every row: one headcount or amount for
    /// two rows may have been meant as their total.
    public var spreadNumbers: [String]
    /// Hidden in the workbook (`state="hidden"` or `"veryHidden"`): still read, but the planner may
    /// not know its rows are there.
    public var isHidden = false

    public init(name: String, rows: [Row], hiddenColumns: Set<Int> = [], spreadNumbers: [String] = [], isHidden: Bool = false) {
        self.name = name
        self.rows = rows
        self.hiddenColumns = hiddenColumns
        self.spreadNumbers = spreadNumbers
        self.isHidden = isHidden
    }
}

public struct Row: Sendable {
    /// The row's number as the spreadsheet shows it (1 for the first).
    public var number: Int
    /// Cells holding a value, left to right.
    public var cells: [Cell]
    /// Hidden in the workbook (`hidden="1"`): still read, but the planner may not see it.
    public var isHidden = false

    public init(number: Int, cells: [Cell], isHidden: Bool = false) {
        self.number = number
        self.cells = cells
        self.isHidden = isHidden
    }

    /// The cell in `column` (1 for A), if it holds a value.
    public func cell(_ column: Int) -> Cell? { cells.first { $0.reference.column == column } }
}

public struct Cell: Sendable {
    public var reference: CellReference
    public var value: CellValue
    /// A number shown as a percentage (`0.54%` holds 0.0054): never an amount of money.
    public var isPercent: Bool
    /// The cell's formula without its `=` (`SUM(C2:C3)`; empty for a copy of a shared formula), if it has one.
    public var formula: String?

    public init(_ reference: CellReference, _ value: CellValue, isPercent: Bool = false, formula: String? = nil) {
        self.reference = reference
        self.value = value
        self.isPercent = isPercent
        self.formula = formula
    }
}

/// What a cell holds, typed by the workbook rather than guessed from text.
public enum CellValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A number cell whose format shows a date.
    case date(WorkbookDate)
    case boolean(Bool)
    /// A formula that failed (`#REF!`, `#VALUE!`, ...), or one with no computed value.
    case error(String)

    /// Text cells that are only spaces count as empty, as in a CSV file.
    var isEmpty: Bool {
        if case let .text(text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }
}
