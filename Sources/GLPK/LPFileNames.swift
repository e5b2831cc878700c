/// The names a model's columns carry in the CPLEX LP file ``GLPKSolver/writeLP(_:to:)`` writes,
/// so that another solver's solution of that file can be read back column by column.
///
/// `glp_write_lp` changes `' '` to `_`, `-` to `~`, `[` to `(` and `]` to `)`; a name that is
/// still not valid in the LP format (a first character `.` or a digit, a character other than
/// a letter, a digit or ``validPunctuation``) becomes `x_J` (J: the 1-based column number).
extension LinearModel {
    public var lpFileColumnNames: [String] {
        columns.indices.map { j in Self.lpFileName(GLPKName.sanitized(columns[j].name), fallback: "x_\(j + 1)") }
    }

    static let validPunctuation = Set("!\"#$%&()/,.;?@_`'{}|~".utf8)

    static func lpFileName(_ name: String, fallback: String) -> String {
        let adjusted = name.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: " "): return UInt8(ascii: "_")
            case UInt8(ascii: "-"): return UInt8(ascii: "~")
            case UInt8(ascii: "["): return UInt8(ascii: "(")
            case UInt8(ascii: "]"): return UInt8(ascii: ")")
            default: return byte
            }
        }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard let first = adjusted.first, first != UInt8(ascii: "."), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
              adjusted.allSatisfy({ isAlphanumeric($0) || validPunctuation.contains($0) }) else { return fallback }
        return String(decoding: adjusted, as: UTF8.self)
    }
}
