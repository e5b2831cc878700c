/// A cell's address as spreadsheets print it: `E7` is column 5, row 7.
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// 1 for column A.
    public var column: Int
    /// 1 for the first row.
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `E7` (or `e7`); `nil` for anything else.
    public init?(_ text: String) {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.count <= 7,
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), let row = Int(digits), row >= 1 else { return nil }
        var column = 0
        for letter in letters.uppercased().unicodeScalars { column = column * 26 + Int(letter.value) - 64 }
        self.init(column: column, row: row)
    }

    /// `A`, `Z`, `AA`, ...
    public static func columnName(_ column: Int) -> String {
        var name = "", n = max(column, 1)
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }

    public var description: String { Self.columnName(column) + String(row) }
}
