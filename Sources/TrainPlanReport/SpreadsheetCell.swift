/// Text cells a spreadsheet would run as a formula, made inert (CSV injection).
///
/// A course title, a name or an id comes from the scenario, which anyone may have
/// written; Excel and LibreOffice run a cell starting with `=`, `+`, `-` or `@` as a
/// formula (`=HYPERLINK(...)`, `+cmd|...`), and skip a leading tab or carriage return
/// before one. As OWASP recommends, such a cell gets a leading `'`, which shows the text
/// as written and runs nothing. Numbers stay numbers: `-1250.50` (or `-1250,50` with `;`),
/// as the tool writes a negative figure, is not text, and neither is a lone `-` (no value).
/// Every CSV file trainplan writes passes each cell through ``neutralised(_:)``.
public enum SpreadsheetCell {
    /// First characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` as a CSV cell that no spreadsheet runs.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first),
              text != "-", !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// An optional `-`, then digits with `.` or `,` between them (grouping or decimals), ending in a digit.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, let last = scalars.last,
              ("0"..."9").contains(first), ("0"..."9").contains(last) else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    }
}
