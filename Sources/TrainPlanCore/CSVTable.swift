import CSV
import Foundation

/// Reads a spreadsheet export (`courses.csv`, ...) into one ``RawNode`` mapping per row.
///
/// The delimiter (`,` `;` or tab) is the one the header row uses most; a
/// UTF-8 byte-order mark and CRLF line ends are accepted. Numbers in a
/// `;`-delimited file are read the Indonesian way (`150.000`, `1,5`) unless
/// `decimalMark` says otherwise.
enum CSVTable {
    static func parse(_ text: String, file: String, decimalMark: Character?, log: DiagnosticLog) -> [RawNode]? {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        // "\r\n" is one Character, so look for any line break, not just "\n" or "\r".
        let headerLine = body.prefix { !$0.isNewline }
        let candidates: [Character] = [",", ";", "\t"]
        let counts = candidates.map { c in headerLine.filter { $0 == c }.count }
        let delimiter = counts.max() == 0 ? "," : candidates[counts.firstIndex(of: counts.max() ?? 0) ?? 0]
        let decimal = decimalMark ?? (delimiter == ";" ? "," : ".")
        let style = NumberStyle.spreadsheet(grouping: decimal == "," ? "." : ",", decimal: decimal)

        if body.allSatisfy({ $0.isWhitespace }) {
            log.error(SourceLocation(file: file, line: 1), "the file is empty: expected a header row of field names")
            return nil
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: false,
                                   delimiter: delimiter.unicodeScalars.first ?? ",")
        } catch {
            log.error(SourceLocation(file: file, line: 1), "not valid CSV: \(error)")
            return nil
        }
        guard let header = reader.headerRow?.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            log.error(SourceLocation(file: file, line: 1), "missing header row")
            return nil
        }
        var seen: Set<String> = []
        for (index, name) in header.enumerated() where !name.isEmpty {
            if !seen.insert(name).inserted {
                log.error(SourceLocation(file: file, line: 1, column: index + 1, field: name), "column given twice in the header")
            }
        }
        var rows: [RawNode] = []
        var line = 2 + newlines(in: header)
        while let row = reader.next() {
            defer { line += 1 + newlines(in: row) }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let rowLocation = SourceLocation(file: file, line: line)
            if row.count != header.count {
                log.error(rowLocation, "expected \(header.count) cells as in the header, found \(row.count)")
                continue
            }
            var entries: [RawEntry] = []
            for (index, (name, cell)) in zip(header, row).enumerated() where !name.isEmpty {
                let value = cell.trimmingCharacters(in: .whitespaces)
                let location = SourceLocation(file: file, line: line, column: index + 1, field: name)
                entries.append(RawEntry(key: name, value: .scalar(RawScalar(
                    text: value, location: location, isNull: value.isEmpty, numberStyle: style, isCell: true)),
                    keyLocation: location))
            }
            rows.append(.mapping(entries, rowLocation))
        }
        if let error = reader.error {
            log.error(SourceLocation(file: file, line: line), "not valid CSV: \(error)")
            return nil
        }
        return rows
    }

    private static func newlines(in cells: [String]) -> Int {
        cells.reduce(0) { $0 + $1.filter(\.isNewline).count }
    }
}
