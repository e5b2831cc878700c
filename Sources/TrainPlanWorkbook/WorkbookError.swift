/// Why a workbook could not be read or written; each case names the place it concerns.
public struct WorkbookError: Error, Sendable, CustomStringConvertible {
    /// The sheet concerned, if any.
    public var sheet: String?
    /// The cell concerned (`E7`), if any.
    public var cell: String?
    public var message: String

    public init(sheet: String? = nil, cell: String? = nil, _ message: String) {
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    public var description: String {
        switch (sheet, cell) {
        case let (sheet?, cell?): "\(sheet)!\(cell): \(message)"
        case let (sheet?, nil): "sheet \(sheet): \(message)"
        default: message
        }
    }
}
