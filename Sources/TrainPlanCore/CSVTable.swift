import Foundation

/// The columns a CSV file or workbook sheet of one list may have, checked once at its header row.
struct CSVColumns {
    /// Every field of an item ("a course").
    var known: [String]
    /// The fields every item must have.
    var required: [String]
    /// What one row is, for messages ("a course").
    var item: String

    /// The known field `name` is when only its case differs (`Skill`, `FeePerSlot`): a spreadsheet
    /// header typed with a capital is the same column.
    func canonical(_ name: String) -> String {
        known.contains(name) ? name : known.first { $0.lowercased() == name.lowercased() } ?? name
    }

    /// Headers that name notes beside a list, in either language (compared in any case, without a final `.` or `:`).
    static let noteWords: Set<String> = ["no", "nomor", "nomer", "no urut", "#", "keterangan", "ket", "catatan", "notes", "note",
                                         "remarks", "remark", "comments", "comment", "komentar", "penjelasan"]

    static func isNote(_ header: String) -> Bool {
        let word = header.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".:"))).lowercased()
        // `Column1` / `Kolom1`: the name Excel's Format as Table gives a column without one.
        return header.hasPrefix("#") || noteWords.contains(word) || word.wholeMatch(of: #/(column|kolom) ?\d+/#) != nil
    }

    /// The index of the header among a file's or sheet's first `rows` (each row's cells as text, empty
    /// where empty) when the rows above it hold at most one value each (a title, a blank line) or no
    /// field name at all (column groups, `Identitas | Biaya (Rp)`, as government sheets head their
    /// columns) and it names `id` and another field; `nil` when the first row is the header or none is found.
    func headerBelowTitle(rows: [[String]]) -> Int? {
        for (index, cells) in rows.prefix(6).enumerated() {
            let fields = cells.map(canonical).filter(known.contains)
            if fields.contains("id"), fields.count >= 2 { return index == 0 ? nil : index }
            guard cells.filter({ !$0.isEmpty }).count <= 1 || fields.isEmpty else { return nil }
        }
        return nil
    }

    /// Reports the header's unknown columns (with the closest field) and missing required ones,
    /// once. Returns the columns to leave out of every row, and the required fields every row
    /// then lacks (read as absent without a message per row: see ``RawScalar/missingColumn``).
    func check(_ header: [(column: Int, name: String, at: SourceLocation)], missingAt: SourceLocation,
               log: DiagnosticLog) -> (dropped: Set<Int>, missing: Set<String>) {
        let present = Set(header.map(\.name))
        let missing = required.filter { !present.contains($0) }
        var dropped: Set<Int> = [], reported: Set<String> = []
        // A row number or remarks column, as planners keep beside a list, or any header starting with "#":
        // notes, not fields (said once, so that a misspelt field is not taken for one).
        let notes = header.filter { !$0.name.isEmpty && !known.contains($0.name) && Self.isNote($0.name) }
        for note in notes { dropped.insert(note.column) }
        if let first = notes.first(where: { !$0.name.hasPrefix("#") }) {
            let names = notes.filter { !$0.name.hasPrefix("#") }.map(\.name)
            log.warning(first.at.with(field: nil), "column(s) \(names.map { "\"\($0)\"" }.joined(separator: ", ")) read as notes and not used",
                        .noteColumns(names))
        }
        for (column, name, at) in header where !name.isEmpty && !known.contains(name) && !dropped.contains(column) {
            dropped.insert(column)
            let closest = Suggestion.field(for: name, in: known.filter { !present.contains($0) })
                ?? Suggestion.field(for: name, in: known)
            let hint = closest.map { "; did you mean \"\($0)\"?" } ?? ""
            let note = closest == nil ? " (a column of notes: start its header with #)" : ""
            log.error(at, "unknown column \"\(name)\": not a field of \(item)\(hint)\(note)",
                      .unknownField(key: name, column: true, suggestion: closest))
            if let closest, missing.contains(closest) { reported.insert(closest) }
        }
        for name in missing where !reported.contains(name) {
            log.error(missingAt.with(field: name), "missing required column \"\(name)\": every row is \(item) and needs it",
                      .missingColumn(name: name))
            reported.insert(name)
        }
        return (dropped, reported)
    }
}

/// Reads a spreadsheet export (`courses.csv`, ...) into one ``RawNode`` mapping per row.
///
/// The delimiter (`,` `;` or tab) is the one the header row uses most; a
/// UTF-8 byte-order mark and CRLF line ends are accepted. Numbers in a
/// `;`-delimited file are read the Indonesian way (`150.000`, `1,5`) unless
/// `decimalMark` says otherwise. Rows whose cells are all empty are skipped.
///
/// Mistakes are reported where they are made: a missing, unknown or doubled
/// column once at the header row (not once per row), and a quote that is never
/// closed once at the line where it opens (the rows after it are then read as
/// rows, not as the rest of one cell).
enum CSVTable {
    static func parse(_ text: String, file: String, decimalMark: Character?, columns: CSVColumns? = nil,
                      log: DiagnosticLog) -> [RawNode]? {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        // A title above the header ("DAFTAR KURSUS 2023", as a sheet exported to CSV keeps it).
        // "\r\n" is one Character, so look for any line break, not just "\n" or "\r". Only the first
        // lines are looked at (a title, then the header), never the whole file.
        let firstLines = body.split(maxSplits: 6, omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix(6)
        let headerLineNumber = columns.flatMap { known in
            known.headerBelowTitle(rows: firstLines.map { line in
                line.split(separator: likelyDelimiter(line), omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\""))) }
            }).map { $0 + 1 }
        } ?? 1
        let headerLine = firstLines.dropFirst(headerLineNumber - 1).first ?? ""
        // Excel's "sep=;" first line names the delimiter; it is no title.
        let named = headerLineNumber > 1 ? firstLines.first.flatMap(namedDelimiter) : nil
        let delimiter = named ?? likelyDelimiter(headerLine)
        let decimal = decimalMark ?? (delimiter == ";" ? "," : ".")
        let style = NumberStyle.spreadsheet(grouping: decimal == "," ? "." : ",", decimal: decimal,
                                            settled: decimalMark != nil || delimiter == ";")

        if body.allSatisfy({ $0.isWhitespace }) {
            log.error(SourceLocation(file: file, line: 1), "the file is empty: expected a header row of field names")
            return nil
        }
        var headerNames: [String] = []
        var records = self.records(body, delimiter: delimiter.unicodeScalars.first ?? ",", file: file, headerLine: headerLineNumber,
                                   columnName: { index in headerNames.indices.contains(index) ? headerNames[index] : nil },
                                   onHeader: { headerNames = $0.map { $0.trimmingCharacters(in: .whitespaces) } }, log: log)
        if headerLineNumber > 1 {
            let title = records.prefix { $0.line < headerLineNumber }
                .filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }.map(\.line)
                .filter { $0 != 1 || named == nil }
            if let first = title.first {
                log.warning(SourceLocation(file: file, line: first),
                            "line(s) \(title.map(String.init).joined(separator: ", ")) above the header (line \(headerLineNumber)) "
                            + "are read as a title and skipped", .titleSkipped(lines: title, header: headerLineNumber, sheet: false))
            }
            records.removeAll { $0.line < headerLineNumber }
        }
        guard let headerRecord = records.first, headerRecord.line == headerLineNumber,
              !headerRecord.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            if !log.hasErrors(at: SourceLocation(file: file, line: 1)) {
                log.error(SourceLocation(file: file, line: 1), "missing header row: the first line must name the fields")
            }
            return nil
        }
        let header = headerRecord.cells.map { cell in
            let name = cell.trimmingCharacters(in: .whitespaces)
            return columns?.canonical(name) ?? name
        }
        let headerAt = { (index: Int, name: String) in
            SourceLocation(file: file, line: headerLineNumber, column: index + 1, field: name)
        }

        // The header, checked once.
        var seen: Set<String> = [], twice: Set<String> = []
        var dropped: Set<Int> = []
        // Notes columns (`#note`, `Keterangan`) may repeat: they are not read.
        let isNotes = { (name: String) in columns.map { !$0.known.contains(name) && CSVColumns.isNote(name) } ?? name.hasPrefix("#") }
        for (index, name) in header.enumerated() where !name.isEmpty && !isNotes(name) {
            if !seen.insert(name).inserted {
                log.error(headerAt(index, name), "column given twice in the header: neither is read until one is left")
                twice.insert(name)
            }
        }
        // Which of the two holds the field is not for us to guess (the other may be a column headed
        // wrongly): neither is read, and the rows say nothing more about it.
        dropped.formUnion(header.indices.filter { twice.contains(header[$0]) })
        var reportedMissing = twice
        if let columns {
            let checked = columns.check(header.enumerated().map { ($0, $1, headerAt($0, $1)) },
                                        missingAt: SourceLocation(file: file, line: headerLineNumber), log: log)
            dropped.formUnion(checked.dropped)
            reportedMissing.formUnion(checked.missing)
        }

        var rows: [RawNode] = []
        var short: (first: Int, count: Int)?
        // Spreadsheets write every row as wide as the widest: a row wider than the others holds a
        // cell too many (a "1,200" or "a;b" written without quotes), even when its last cell is empty.
        let narrowest = records.dropFirst().filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
            .map(\.cells.count).min() ?? header.count
        let lastRequired = header.indices.last { columns?.required.contains(header[$0]) ?? false } ?? header.count - 1
        for record in records.dropFirst() {
            var row = record.cells
            let line = record.line
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let rowLocation = SourceLocation(file: file, line: line)
            // Excel leaves out the delimiters of empty cells at the end of some rows: those cells are
            // empty, where every required column is still there (else the row is cut, or not this file's).
            if row.count < header.count, row.count > lastRequired {
                short = (short?.first ?? line, (short?.count ?? 0) + 1)
                row += Array(repeating: "", count: header.count - row.count)
            }
            // Empty cells after the last column (a trailing delimiter on every row) hold nothing to read.
            if row.count > header.count, row.count <= narrowest,
               row[header.count...].allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                row.removeLast(row.count - header.count)
            }
            if row.count != header.count {
                let missing = row.count < header.count ? header[row.count...].filter { columns?.required.contains($0) ?? false } : []
                let hint = !missing.isEmpty
                    ? ": the row ends before \(missing.map { "\"\($0)\"" }.joined(separator: ", ")), which every row needs"
                    : delimiter == ";" ? "; a list inside a cell needs quotes (\"a;b\") or \",\" between its items"
                    : "; a cell holding the delimiter \"\(delimiter)\" (an amount such as Rp 1.500.000,50, a list) needs quotes"
                log.error(rowLocation, "expected \(header.count) cells as in the header, found \(row.count)\(hint)")
                continue
            }
            // A value under a column with no name would otherwise be dropped unseen (as in a workbook).
            for (index, (name, cell)) in zip(header, row).enumerated()
            where name.isEmpty && !cell.trimmingCharacters(in: .whitespaces).isEmpty {
                log.error(SourceLocation(file: file, line: line, column: index + 1),
                          "a value in column \(index + 1), which has no field name in the header row")
            }
            var entries: [RawEntry] = []
            for (index, (name, cell)) in zip(header, row).enumerated() where !name.isEmpty && !dropped.contains(index) {
                let value = cell.trimmingCharacters(in: .whitespaces)
                let location = SourceLocation(file: file, line: line, column: index + 1, field: name)
                entries.append(RawEntry(key: name, value: .scalar(RawScalar(
                    text: value, location: location, isNull: value.isEmpty, numberStyle: style, isCell: true)),
                    keyLocation: location))
            }
            for name in reportedMissing.sorted() {
                let location = rowLocation.with(field: name)
                entries.append(RawEntry(key: name, value: .scalar(RawScalar(
                    text: "", location: location, isNull: true, numberStyle: style, isCell: true, missingColumn: true)),
                    keyLocation: location))
            }
            rows.append(.mapping(entries, rowLocation))
        }
        if let short {
            log.warning(SourceLocation(file: file, line: short.first),
                        "\(short.count) row(s) have fewer cells than the header, the first here: the missing cells at their end are read as empty",
                        .shortRows(count: short.count))
        }
        return TotalsRow.skipping(rows, log: log)
    }

    /// The delimiter Excel's first line `sep=;` names (`nil` when the line is not one).
    static func namedDelimiter(_ line: Substring) -> Character? {
        // Not a tab: `sep=<tab>` names it.
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "\" \r\n\u{FEFF}"))
        guard text.count == 5, text.lowercased().hasPrefix("sep="), let mark = text.last, ",;\t|".contains(mark) else { return nil }
        return mark
    }

    /// The delimiter a line uses most of (`,` when it has none).
    static func likelyDelimiter(_ line: Substring) -> Character {
        let candidates: [Character] = [",", ";", "\t"]
        let counts = candidates.map { c in line.filter { $0 == c }.count }
        guard let most = counts.max(), most > 0, let index = counts.firstIndex(of: most) else { return "," }
        return candidates[index]
    }

    /// One record of the file: its cells and the line it starts on.
    struct Record {
        var cells: [String]
        var line: Int
    }

    /// Splits the text into records (RFC 4180: `"` quotes a cell, `""` is a quote inside it, a quoted cell
    /// may hold the delimiter and line breaks; a `"` inside an unquoted cell is kept as it is).
    ///
    /// A quote that is never closed, or that closes on a later line and is followed by more text (the
    /// sign that it was meant to close on its own line), is reported once at the line where it opens;
    /// that record is dropped and reading starts again on the next line.
    static func records(_ text: String, delimiter: Unicode.Scalar, file: String, headerLine: Int = 1,
                        columnName: (Int) -> String?, onHeader: ([String]) -> Void, log: DiagnosticLog) -> [Record] {
        let scalars = Array(text.unicodeScalars)
        let quote: Unicode.Scalar = "\"", cr: Unicode.Scalar = "\r", lf: Unicode.Scalar = "\n"
        // The index where each line starts (line n at lineStarts[n - 1]).
        var lineStarts = [0]
        var k = 0
        while k < scalars.count {
            if scalars[k] == cr, k + 1 < scalars.count, scalars[k + 1] == lf { k += 1 }
            if scalars[k] == cr || scalars[k] == lf { lineStarts.append(k + 1) }
            k += 1
        }
        var records: [Record] = []
        var i = 0, line = 1
        records: while i < scalars.count {
            let startLine = line
            var cells: [String] = []
            var cell = String.UnicodeScalarView()
            var quotedCell = false
            var quoteOpen: (line: Int, column: Int)?
            func unclosed(_ opened: (line: Int, column: Int), closedOn: Int?) {
                let field = startLine <= headerLine ? nil : columnName(opened.column - 1)
                let what = closedOn.map { "is not closed on its line (the next quote, on line \($0), is followed by more text)" }
                    ?? "is never closed, so the rest of the file would be one cell"
                log.error(SourceLocation(file: file, line: opened.line, column: opened.column, field: field),
                          "unclosed quote: the cell in column \(opened.column)\(field.map { " (\"\($0)\")" } ?? "") opens with \" and \(what); "
                          + "end the cell with \", and write a quote inside a cell as \"\"")
            }
            while true {
                guard i < scalars.count else {
                    if let opened = quoteOpen {
                        unclosed(opened, closedOn: nil)
                        if startLine <= headerLine { return [] }
                        // Start again on the line after the quote.
                        line = opened.line + 1
                        i = lineStarts.indices.contains(line - 1) ? lineStarts[line - 1] : scalars.count
                        continue records
                    }
                    cells.append(String(cell))
                    break
                }
                let c = scalars[i]
                if let opened = quoteOpen {
                    if c == quote {
                        if i + 1 < scalars.count, scalars[i + 1] == quote {
                            cell.append(quote)
                            i += 2
                            continue
                        }
                        quoteOpen = nil
                        i += 1
                        // A quote that closes on a later line and is followed by text was meant to close earlier.
                        var next = i
                        while next < scalars.count, scalars[next] == " ", delimiter != " " { next += 1 }
                        if line > opened.line, next < scalars.count, scalars[next] != delimiter, scalars[next] != cr, scalars[next] != lf {
                            unclosed(opened, closedOn: line)
                            if startLine <= headerLine { return [] }
                            line = opened.line + 1
                            i = lineStarts.indices.contains(line - 1) ? lineStarts[line - 1] : scalars.count
                            continue records
                        }
                        continue
                    }
                    if c == cr || c == lf {
                        if c == cr, i + 1 < scalars.count, scalars[i + 1] == lf {
                            cell.append(c)
                            i += 1
                        }
                        line += 1
                    }
                    cell.append(scalars[i])
                    i += 1
                    continue
                }
                if c == quote, !quotedCell, String(cell).allSatisfy({ $0 == " " }) {
                    cell = String.UnicodeScalarView()
                    quotedCell = true
                    quoteOpen = (line, cells.count + 1)
                    i += 1
                } else if c == delimiter {
                    cells.append(String(cell))
                    cell = String.UnicodeScalarView()
                    quotedCell = false
                    i += 1
                } else if c == cr || c == lf {
                    i += (c == cr && i + 1 < scalars.count && scalars[i + 1] == lf) ? 2 : 1
                    line += 1
                    cells.append(String(cell))
                    break
                } else {
                    cell.append(c)
                    i += 1
                }
            }
            if startLine == headerLine { onHeader(cells) }
            records.append(Record(cells: cells, line: startLine))
        }
        return records
    }
}
