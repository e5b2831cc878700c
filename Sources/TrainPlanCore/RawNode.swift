/// A scenario document before its meaning is checked: YAML, JSON and CSV all
/// become this tree, each value carrying the place it came from, so that one
/// decoder reports errors for every input form with file and line.
indirect enum RawNode {
    case scalar(RawScalar)
    case sequence([RawNode], SourceLocation)
    case mapping([RawEntry], SourceLocation)

    var location: SourceLocation {
        switch self {
        case let .scalar(s): return s.location
        case let .sequence(_, l), let .mapping(_, l): return l
        }
    }

    /// `true` for an explicit null or an empty CSV cell: the field takes its default.
    var isNull: Bool {
        if case let .scalar(s) = self { return s.isNull }
        return false
    }

    var kindName: String {
        switch self {
        case let .scalar(s): return s.isNull ? "nothing" : "\"\(s.text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

struct RawEntry {
    var key: String
    var value: RawNode
    /// Where the key itself is written (for a CSV cell: the cell).
    var keyLocation: SourceLocation
}

/// How numbers are written where a scalar came from.
enum NumberStyle: Equatable {
    /// YAML/JSON: `.` decimal mark, no grouping (an `_` may group digits).
    case plain
    /// A spreadsheet cell: `grouping` separates thousands, `decimal` is the decimal mark.
    case spreadsheet(grouping: Character, decimal: Character)
    /// A workbook number cell: the workbook stored a number, written here as `150000` or `1.5`;
    /// no locale reading applies and nothing about it is ambiguous.
    case typed
}

struct RawScalar {
    var text: String
    var location: SourceLocation
    var isNull: Bool
    var numberStyle: NumberStyle
    /// A CSV cell: list fields split it on `;` or `,`.
    var isCell: Bool
}
