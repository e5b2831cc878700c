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

    /// Where field `key` of a mapping is written (its value's place: a workbook's cell, a YAML line
    /// and column), else the mapping's own place (a row, a YAML item); with the field named.
    func location(ofField key: String) -> SourceLocation {
        guard case let .mapping(entries, location) = self else { return self.location.with(field: key) }
        return (entries.first { $0.key == key }?.value.location ?? location).with(field: key)
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
    /// YAML/JSON: `.` decimal mark, no grouping (an `_` may group digits); `1.500.000`, `1,500,000.50` and
    /// `1.500.000,50` are read as written, and `250.000` / `250,000` are ambiguous.
    case plain
    /// YAML/JSON of a scenario whose settings set `decimalMark`: as ``plain``, with `250.000` and `250,000`
    /// read with `decimal` as the decimal mark (the other mark grouping thousands).
    case plainSettled(decimal: Character)
    /// A spreadsheet cell: `grouping` separates thousands, `decimal` is the decimal mark. `settled` when the
    /// `;` delimiter or `decimalMark` decided it; otherwise read as ``plain`` (`1.500.000` as written,
    /// `250.000` and `250,000` ambiguous).
    case spreadsheet(grouping: Character, decimal: Character, settled: Bool)
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
    /// A required CSV column that the header lacks: reported once at the header, not again per row.
    var missingColumn = false
    /// A workbook cell holding an error (`#REF!`), reported at the cell: not again as a missing value.
    var errorReported = false
    /// A workbook number cell shown as a percentage (`0.54%` holds 0.0054).
    var isPercent = false
    /// A workbook date cell: `1-2` typed as a room's id is a date to a spreadsheet.
    var isDateCell = false
}

extension RawNode {
    /// The same tree with every YAML/JSON number settled by the scenario's `decimalMark`.
    func settlingNumbers(decimal: Character) -> RawNode {
        switch self {
        case var .scalar(s):
            if s.numberStyle == .plain { s.numberStyle = .plainSettled(decimal: decimal) }
            return .scalar(s)
        case let .sequence(items, location):
            return .sequence(items.map { $0.settlingNumbers(decimal: decimal) }, location)
        case let .mapping(entries, location):
            return .mapping(entries.map { entry in
                var copy = entry
                copy.value = entry.value.settlingNumbers(decimal: decimal)
                return copy
            }, location)
        }
    }
}
