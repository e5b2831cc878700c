/// Whether a cell's number format shows a date: the workbook stores dates as
/// numbers (days since 1900 or 1904), and only the format says which are dates.
enum NumberFormatKind {
    /// Excel's built-in date formats (14-22: dates and date-times, 45-47: times; all read as dates).
    static let builtInDateIDs: Set<Int> = Set(14...22).union(45...47)

    static func isDate(id: Int, code: String?) -> Bool {
        if builtInDateIDs.contains(id) { return true }
        guard let code else { return false }
        return isDate(code: code)
    }

    /// A custom format code showing a day, month or year (`dd/mm/yyyy`, `d mmmm yyyy`, `[$-421]dd mmm yy`),
    /// ignoring quoted text, escaped characters and bracketed parts (`[Red]`, `[$Rp-421]`), and
    /// taking `m` for minutes when it stands with `h` or `s` only (`h:mm`).
    static func isDate(code: String) -> Bool { classify(letters(of: code)) }

    /// Excel's built-in time formats (18-21, 45-47), or a custom code showing hours or seconds and no
    /// day, month or year (`h:mm`, `hh:mm AM/PM`).
    static func isTime(id: Int, code: String?) -> Bool {
        if [18, 19, 20, 21, 45, 46, 47].contains(id) { return true }
        guard let code else { return false }
        let letters = letters(of: code)
        return (letters.contains("h") || letters.contains("s")) && !letters.contains("d") && !letters.contains("y")
    }

    /// The letters of a format code's first section (positive numbers), lowercased, without quoted
    /// text, escaped characters and bracketed parts (`[Red]`, `[$Rp-421]`).
    private static func letters(of code: String) -> [Character] {
        var letters: [Character] = []
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket { if character == "]" { inBracket = false }; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case ";": return letters
            default: letters.append(Character(character.lowercased()))
            }
        }
        return letters
    }

    /// Built-in 9 (`0%`) and 10 (`0.00%`), or a custom code whose first section shows `%` outside quotes.
    static func isPercent(id: Int, code: String?) -> Bool {
        if id == 9 || id == 10 { return true }
        guard let code else { return false }
        var inQuote = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote = true
            case ";": return false
            case "%": return true
            default: break
            }
        }
        return false
    }

    private static func classify(_ letters: [Character]) -> Bool {
        if letters.contains("d") || letters.contains("y") { return true }
        return letters.contains("m") && !letters.contains("h") && !letters.contains("s")
    }
}
