import Foundation

/// A row that adds up the list above it (`Total`, `JUMLAH`, `=SUM(C2:C3)`, an Excel table's total
/// row). Read as an item it would be, say, a venue seating the other venues together, and a plan
/// could use it without a word: such rows are skipped, and said.
enum TotalsRow {
    /// Labels of a totals row, in English and Indonesian (compared without case).
    static let labels: Set<String> = ["total", "totals", "grand total", "subtotal", "sub total", "sub-total", "sum",
                                      "jumlah", "jumlah total", "total keseluruhan", "jumlah keseluruhan", "total biaya"]
    /// Spreadsheet functions that add up (or count) a range or a table column (`[capacity]`): a cell computed by one sums other rows.
    static let aggregates = ["SUM", "SUBTOTAL", "AGGREGATE", "SUMIF", "SUMIFS", "SUMPRODUCT", "AVERAGE", "COUNT", "COUNTA"]

    /// The first of row `row`'s formulas that adds up the list above it, as `=SUM(C2:C3)`: a range
    /// down one column of this sheet ending above the row, or a table's column (`[capacity]`). A
    /// range along the row (`SUM(F2:G2)`, a fee plus an engagement), on another sheet
    /// (`SUM(rincian!B2:B4)`) or a table's this-row cell (`[@fee]`) is a value of the row: its row
    /// was skipped as a totals row, silently changing the plan.
    static func aggregate(among formulas: [String], row: Int) -> String? {
        formulas.first { formula in
            let call = formula.uppercased().replacingOccurrences(of: "_XLFN.", with: "").trimmingCharacters(in: .whitespaces)
            guard aggregates.contains(where: { call.hasPrefix($0 + "(") }) else { return false }
            if call.contains("["), !call.contains("@"), !call.contains("#THIS ROW") { return true }
            return call.matches(of: /(!)?\$?([A-Z]{1,3})\$?([0-9]+):\$?([A-Z]{1,3})\$?([0-9]+)/).contains { match in
                match.output.1 == nil && match.output.2 == match.output.4
                    && (Int(match.output.3).map { $0 < row } ?? false) && (Int(match.output.5).map { $0 < row } ?? false)
            }
        }.map { "=" + $0 }
    }

    /// The label that makes `row` a totals row, if it holds one.
    static func label(of row: RawNode) -> String? {
        guard case let .mapping(entries, _) = row else { return nil }
        for entry in entries {
            guard case let .scalar(s) = entry.value, !s.isNull else { continue }
            let text = s.text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            if labels.contains(text.lowercased()) { return text }
        }
        return nil
    }

    /// The rows without the labelled totals rows at the end of the list (a course titled "Total" in
    /// the middle stays a course; a workbook's rows with an aggregate formula are left out before,
    /// by ``aggregate(among:row:)``, so that their cells are not read either).
    static func skipping(_ rows: [RawNode], log: DiagnosticLog) -> [RawNode] {
        var kept = rows
        while let last = kept.last, let label = label(of: last) {
            said(last.location, sign: label, log: log)
            kept.removeLast()
        }
        return kept
    }

    /// The warning for a totals row skipped at `at`.
    static func said(_ at: SourceLocation, sign: String, log: DiagnosticLog) {
        log.warning(at, "row \(at.line ?? 0) is a totals row (\(sign)): skipped, not read as an item of the list",
                    .totalsRowSkipped(row: at.line ?? 0, sign: sign))
    }
}
