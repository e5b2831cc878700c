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

    /// Why `row` is a totals row: its aggregate formula, or (`labelled` rows only) its label.
    static func sign(of row: RawNode, byLabel: Bool) -> String? {
        guard case let .mapping(entries, _) = row else { return nil }
        for entry in entries {
            guard case let .scalar(s) = entry.value, let formula = s.formula else { continue }
            let call = formula.uppercased().replacingOccurrences(of: "_XLFN.", with: "").trimmingCharacters(in: .whitespaces)
            if aggregates.contains(where: { call.hasPrefix($0 + "(") }), call.contains(":") || call.contains("[") { return "=" + formula }
        }
        guard byLabel else { return nil }
        for entry in entries {
            guard case let .scalar(s) = entry.value, !s.isNull else { continue }
            let text = s.text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            if labels.contains(text.lowercased()) { return text }
        }
        return nil
    }

    /// The rows without their totals rows: one with an aggregate formula anywhere, and labelled ones
    /// at the end of the list (a course titled "Total quality" in the middle stays a course).
    static func skipping(_ rows: [RawNode], log: DiagnosticLog) -> [RawNode] {
        var kept: [RawNode] = []
        var trailing = true
        for row in rows.reversed() {
            if let sign = sign(of: row, byLabel: trailing) {
                let at = row.location
                log.warning(at, "row \(at.line ?? 0) is a totals row (\(sign)): skipped, not read as an item of the list",
                            .totalsRowSkipped(row: at.line ?? 0, sign: sign))
                continue
            }
            trailing = false
            kept.append(row)
        }
        return kept.reversed()
    }
}
