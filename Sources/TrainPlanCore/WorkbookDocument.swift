import Foundation
import TrainPlanWorkbook

/// Reads a scenario workbook (`plan.xlsx`) into the same raw tree as a folder of CSV files,
/// so one decoder checks every form.
///
/// Sheet `scenario` holds the settings as rows of field and value, nested settings
/// by dotted names (`calendar.start`); sheets `courses`, `instructors`, `venues` (and
/// `demand`, when present) are tables whose first row names the fields. Cells keep the
/// workbook's types: a number cell is a number (no locale reading), a date cell a
/// `YYYY-MM-DD` date; text cells follow the CSV rules. Every value carries its sheet
/// and cell, so errors read `plan.xlsx:courses!E7`.
enum WorkbookDocument {
    static let settingsSheet = "scenario"
    static let tableSheets = ["courses", "instructors", "venues"]
    /// Passed through as a table when present, like the lists.
    static let optionalTableSheets = ["demand"]

    static func document(_ url: URL, display: String, log: DiagnosticLog) -> ScenarioDocument? {
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
           size > ScenarioLoader.maximumFileBytes {
            log.error(SourceLocation(file: display), "the file is \(size / 1_000_000) MB; scenario files are read up to "
                      + "\(ScenarioLoader.maximumFileBytes / 1_000_000) MB")
            return nil
        }
        let workbook: Workbook
        do {
            workbook = try WorkbookReader().read(url)
        } catch {
            log.error(SourceLocation(file: display, sheet: error.sheet, cell: error.cell), error.message)
            return nil
        }
        // A list on a sheet named otherwise ("Permintaan", "demand (2)"): read where its own sheet is
        // missing, named where it is not, never left out without a word.
        var listSheets: [String: Sheet] = [:]
        let named = Set(([settingsSheet] + tableSheets + optionalTableSheets).flatMap { workbook.sheets(named: $0).map(\.name) })
        let lookalikes = Dictionary(grouping: workbook.sheets.filter { !named.contains($0.name) }
            .compactMap { sheet in likelyList(sheet).map { (list: $0, sheet: sheet) } }, by: \.list)
        for (list, found) in lookalikes.sorted(by: { $0.key < $1.key }) {
            let read = workbook.sheet(named: list) == nil && found.count == 1 ? found.first?.sheet : nil
            if let read { listSheets[list] = read }
            for (_, sheet) in found {
                let at = SourceLocation(file: display, sheet: sheet.name)
                if sheet.name == read?.name {
                    log.warning(at, "read as the \(list) list: there is no sheet \"\(list)\", and this sheet's header names its fields; "
                                + "rename the sheet \"\(list)\" to say so", .sheetReadAsList(sheet: sheet.name, list: list))
                } else {
                    log.warning(at, "not read: its header names the fields of the \(list) list, which "
                                + (workbook.sheet(named: list) == nil ? "more than one sheet looks like" : "comes from sheet \"\(list)\""),
                                .sheetNotRead(sheet: sheet.name, list: list, listSheetExists: workbook.sheet(named: list) != nil))
                }
            }
        }
        let missing = ([settingsSheet] + tableSheets).filter { workbook.sheet(named: $0) == nil && listSheets[$0] == nil }
        if !missing.isEmpty {
            let found = workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            log.error(SourceLocation(file: display), "the workbook has no sheet \(names) (its sheets: \(found.isEmpty ? "none" : found)); "
                      + "a scenario workbook has sheets scenario, courses, instructors and venues "
                      + "(trainplan template --out FILE.xlsx writes an empty one)")
            return nil
        }
        let twice = ([settingsSheet] + tableSheets + optionalTableSheets).filter { workbook.sheets(named: $0).count > 1 }
        if !twice.isEmpty {
            for name in twice {
                let found = workbook.sheets(named: name).map { "\"\($0.name)\"" }.joined(separator: ", ")
                log.error(SourceLocation(file: display), "the workbook has more than one \(name) sheet (\(found)): keep one, so that "
                          + "nothing in the others is left out without a word")
            }
            return nil
        }
        let reader = CellReader(file: display)
        guard let settings = workbook.sheet(named: settingsSheet) else { return nil }
        reader.decimalMark = decimalMark(in: settings)
        let root = reader.settings(settings, log: log)
        var tables: [String: RawNode] = [:]
        for name in tableSheets + optionalTableSheets {
            guard let sheet = workbook.sheet(named: name) ?? listSheets[name] else { continue }
            tables[name] = .sequence(reader.rows(sheet, columns: ScenarioLoader.csvColumns[name], log: log),
                                     SourceLocation(file: display, sheet: sheet.name))
        }
        return ScenarioDocument(root: root, tables: tables, defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Column A and B headers of a settings sheet, in either language.
    static let headerWords: Set<String> = ["field", "fields", "setting", "settings", "pengaturan", "isian", "parameter",
                                           "value", "values", "nilai", "isi"]

    /// The list (`courses`, ..., `demand`) whose fields a sheet's header names most of, when it names
    /// `id` and at least three of that list's fields within its first six rows; `nil` otherwise.
    static func likelyList(_ sheet: Sheet) -> String? {
        ScenarioLoader.likelyList(rows: sheet.rows.prefix(6).map { row in
            row.cells.compactMap { cell -> String? in
                guard case let .text(text) = cell.value else { return nil }
                return text.trimmingCharacters(in: .whitespaces)
            }
        })
    }

    /// `decimalMark` from the settings sheet, which sets how every text cell holding a number is read
    /// (the settings' own cells too, so it is found before they are read).
    private static func decimalMark(in sheet: Sheet) -> Character? {
        for row in sheet.rows {
            guard case let .text(name)? = row.cell(1)?.value, name.trimmingCharacters(in: .whitespaces) == "decimalMark",
                  case let .text(mark)? = row.cell(2)?.value else { continue }
            let trimmed = mark.trimmingCharacters(in: .whitespaces)
            return trimmed.count == 1 ? trimmed.first : nil
        }
        return nil
    }
}

/// Turns cells into ``RawScalar``s with their places, and sheets into mappings and rows.
private final class CellReader {
    let file: String
    /// Text cells are read as a `,`-delimited CSV's are (`.` decimal mark) unless the scenario sheet says otherwise.
    var decimalMark: Character?

    init(file: String) { self.file = file }

    func location(_ sheet: Sheet, _ reference: CellReference, field: String?) -> SourceLocation {
        SourceLocation(file: file, line: reference.row, column: reference.column, field: field,
                       sheet: sheet.name, cell: reference.description)
    }

    /// The cell's value as the decoder reads it; an error cell is reported and read as empty.
    func scalar(_ cell: Cell?, at reference: CellReference, in sheet: Sheet, field: String?, log: DiagnosticLog) -> RawScalar {
        let decimal = decimalMark ?? "."
        let textStyle = NumberStyle.spreadsheet(grouping: decimal == "," ? "." : ",", decimal: decimal, settled: decimalMark != nil)
        let at = location(sheet, reference, field: field)
        func scalar(_ text: String, _ style: NumberStyle) -> RawScalar {
            RawScalar(text: text, location: at, isNull: text.isEmpty, numberStyle: style, isCell: true)
        }
        switch cell?.value {
        case nil: return scalar("", textStyle)
        case let .text(text)?: return scalar(text.trimmingCharacters(in: .whitespacesAndNewlines), textStyle)
        case let .number(value)?:
            // Whole numbers up to 2^53 are exact: a 16-digit NIK typed as a number reads as its digits.
            let text = value.rounded() == value && abs(value) < 9_007_199_254_740_992 ? String(Int(value)) : "\(value)"
            var read = scalar(text, .typed)
            read.isPercent = cell?.isPercent ?? false
            return read
        case let .date(date)?:
            var read = scalar(date.description, textStyle)
            read.isDateCell = true
            return read
        case let .boolean(value)?: return scalar(value ? "true" : "false", textStyle)
        case let .error(message)?:
            log.error(at, message)
            var empty = scalar("", textStyle)
            empty.errorReported = true
            return empty
        }
    }

    /// The `scenario` sheet: column A the field (dotted for nested settings), column B its value.
    /// A first row reading `field`, `value` is a header; fields starting with `#` are notes;
    /// columns after B are free for notes.
    func settings(_ sheet: Sheet, log: DiagnosticLog) -> RawNode {
        var rows = sheet.rows
        // Above the settings: a title ("PENGATURAN SKENARIO", one cell of words: no field name holds a
        // space) and a header row (`field | value`, `Pengaturan | Nilai`), in either order.
        var titles: [Int] = []
        while let first = rows.first, titles.count < 3, case let .text(a)? = first.cell(1)?.value {
            let label = a.trimmingCharacters(in: .whitespaces).lowercased()
            let b = first.cell(2).flatMap { cell -> String? in if case let .text(b) = cell.value { b } else { nil } }?
                .trimmingCharacters(in: .whitespaces).lowercased()
            if WorkbookDocument.headerWords.contains(label), b == nil || WorkbookDocument.headerWords.contains(b ?? "") {
                rows.removeFirst()
            } else if first.cells.count == 1, label.contains(" "), !label.hasPrefix("#") {
                titles.append(first.number)
                rows.removeFirst()
            } else {
                break
            }
        }
        if let first = titles.first {
            log.warning(SourceLocation(file: file, line: first, sheet: sheet.name, cell: "\(first):\(titles.last ?? first)"),
                        "row(s) \(titles.map(String.init).joined(separator: ", ")) above the settings are read as a title and skipped",
                        .titleSkipped(lines: titles, header: nil, sheet: true))
        }
        var items: [SettingsItem] = []
        var seen: [String: SourceLocation] = [:]
        for row in rows {
            let keyReference = CellReference(column: 1, row: row.number)
            let keyLocation = location(sheet, keyReference, field: nil)
            guard case let .text(raw)? = row.cell(1)?.value else {
                if let cell = row.cell(1) {
                    log.error(keyLocation, "expected a field name (such as calendar.start) in column A, found \(describe(cell.value))")
                } else if row.cell(2) != nil {
                    log.error(keyLocation, "a value in column B without a field name in column A")
                }
                continue
            }
            let name = raw.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("#") { continue }
            // Field names as the format spells them, whatever the case (`Name`, `Calendar.Start`).
            let path = name.split(separator: ".", omittingEmptySubsequences: false).map { part in
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                return Self.settingNames.first { $0.lowercased() == trimmed.lowercased() } ?? trimmed
            }
            guard !path.contains(where: \.isEmpty) else {
                log.error(keyLocation.with(field: name), "\"\(name)\" is not a field name: write names such as calendar.start")
                continue
            }
            if let first = seen[path.joined(separator: ".")] {
                log.error(keyLocation.with(field: name), "\"\(name)\" is given twice (first at \(first))")
                continue
            }
            seen[path.joined(separator: ".")] = keyLocation
            // Column B holds the value; a number or date further right (text there is a note, as in
            // the template) with B empty (a label merged over A:B), or more of a list after it, would
            // otherwise be dropped unseen.
            let key = path.joined(separator: ".")
            let further = row.cells.filter { cell in
                guard cell.reference.column > 2 else { return false }
                switch cell.value {
                case .number, .date: return true
                case let .text(text): return Self.looksLikeValue(text, of: key)
                case .boolean, .error: return false
                }
            }
            if row.cell(2) == nil, let stray = further.first {
                log.error(location(sheet, stray.reference, field: name),
                          "the value of \(name) is in column \(CellReference.columnName(stray.reference.column)): put it in column B")
            } else if Self.listSettings.contains(key), let more = further.first {
                let column = CellReference.columnName(more.reference.column)
                log.warning(location(sheet, more.reference, field: name),
                            "\(name) continues in column \(column), which is not read: a list goes in column B, its items separated by \";\"",
                            .settingContinues(setting: name, column: column))
            }
            let value = scalar(row.cell(2), at: CellReference(column: 2, row: row.number), in: sheet, field: name, log: log)
            items.append(SettingsItem(path: path, value: value, keyLocation: keyLocation.with(field: name)))
        }
        return nest(items, location: SourceLocation(file: file, sheet: sheet.name), log: log)
    }

    /// Text beside column B that is a value rather than a note: an amount (`Rp 300.000`, `250000`),
    /// a date or date range, for `calendar.workdays` weekdays, for `calendar.slots` a time (`13:00-16:00`).
    static func looksLikeValue(_ text: String, of key: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let amount = NumberText.stripLabels(trimmed, currency: nil).text
        if amount.contains(where: \.isNumber), amount.allSatisfy({ $0.isNumber || ".,- ".contains($0) }) { return true }
        let items = trimmed.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty else { return false }
        if items.allSatisfy({ if case .success = DateRange.parse($0) { true } else { false } }) { return true }
        if key == "calendar.slots" { return trimmed.contains(#/^\d{1,2}[:.]\d{2}/#) }
        return key == "calendar.workdays" && items.allSatisfy { FieldReader.weekdayWords($0) != nil }
    }

    /// List fields whose numbers add up over rows: a merged one may have been meant as a total.
    static let fieldsThatAddUp: Set<String> = ["participants", "value", "people", "capacity"]

    /// The settings' field names at every level (`calendar.start`: `calendar`, `start`).
    static let settingNames = ScenarioDecoder.settingsFields + ScenarioDecoder.calendarFields
        + ["premiumPerParticipantMonth", "valuePerParticipant"]
    /// Settings that are lists, whose items belong in column B.
    static let listSettings: Set<String> = ["calendar.holidays", "calendar.workdays", "calendar.slots"]

    private struct SettingsItem {
        var path: [String]
        var value: RawScalar
        var keyLocation: SourceLocation
    }

    /// `calendar.start`, `calendar.weeks` → `calendar: {start, weeks}`, in the order first written.
    private func nest(_ items: [SettingsItem], location: SourceLocation, log: DiagnosticLog) -> RawNode {
        var order: [String] = []
        var groups: [String: [SettingsItem]] = [:]
        for item in items {
            guard let head = item.path.first else { continue }
            if groups[head] == nil { order.append(head) }
            groups[head, default: []].append(item)
        }
        var entries: [RawEntry] = []
        for key in order {
            let group = groups[key] ?? []
            guard let first = group.first else { continue }
            if let whole = group.first(where: { $0.path.count == 1 }) {
                for nested in group where nested.path.count > 1 {
                    log.error(nested.keyLocation, "\"\(nested.path.joined(separator: "."))\" sets part of \"\(key)\", "
                              + "which is also given whole at \(whole.keyLocation): keep one")
                }
                entries.append(RawEntry(key: key, value: .scalar(whole.value), keyLocation: whole.keyLocation))
            } else {
                let inner = group.map { SettingsItem(path: Array($0.path.dropFirst()), value: $0.value, keyLocation: $0.keyLocation) }
                entries.append(RawEntry(key: key, value: nest(inner, location: first.keyLocation.with(field: nil), log: log),
                                        keyLocation: first.keyLocation))
            }
        }
        return .mapping(entries, location)
    }

    /// A table sheet: the first row names the fields, every later row is one item; an unknown or
    /// missing column is reported once, at the header row, as in a CSV file.
    func rows(_ sheet: Sheet, columns known: CSVColumns?, log: DiagnosticLog) -> [RawNode] {
        var sheet = sheet
        // A title above the header ("DAFTAR KURSUS 2023", one cell a row): skipped, said once.
        // Each cell as text: a number or date counts as a value, not as a field name.
        if let known, let header = known.headerBelowTitle(rows: sheet.rows.prefix(6).map { row in
            row.cells.map { cell in
                if case let .text(text) = cell.value { return text.trimmingCharacters(in: .whitespaces) }
                return "#"
            }
        }) {
            let skipped = sheet.rows[..<header]
            log.warning(SourceLocation(file: file, line: skipped.first?.number, sheet: sheet.name,
                                       cell: "\(skipped.first?.number ?? 1):\(skipped.last?.number ?? 1)"),
                        "row(s) \(skipped.map { String($0.number) }.joined(separator: ", ")) above the header (row "
                        + "\(sheet.rows[header].number)) are read as a title and skipped",
                        .titleSkipped(lines: skipped.map(\.number), header: sheet.rows[header].number, sheet: true))
            sheet.rows.removeFirst(header)
        }
        guard let headerRow = sheet.rows.first else {
            log.error(SourceLocation(file: file, sheet: sheet.name, cell: "1:1"),
                      "the sheet is empty: expected a header row of field names")
            return []
        }
        var header: [Int: String] = [:]
        // Columns reported once at the header (a doubled name, a name that is not text): their cells are not read.
        var reportedColumns: Set<Int> = []
        for cell in headerRow.cells {
            let at = location(sheet, cell.reference, field: nil)
            guard case let .text(raw) = cell.value else {
                log.error(at, "expected a field name in the header row, found \(describe(cell.value))")
                reportedColumns.insert(cell.reference.column)
                continue
            }
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            let name = known?.canonical(trimmed) ?? trimmed
            if let earlier = header.first(where: { $0.value == name }) {
                log.error(at.with(field: name), "column given twice in the header (also column \(CellReference.columnName(earlier.key)))")
                reportedColumns.insert(cell.reference.column)
                continue
            }
            header[cell.reference.column] = name
        }
        var missing: Set<String> = [], dropped: Set<Int> = []
        if let known {
            let row = headerRow.number
            let checked = known.check(header.sorted { $0.key < $1.key }.map {
                ($0.key, $0.value, location(sheet, CellReference(column: $0.key, row: row), field: $0.value))
            }, missingAt: SourceLocation(file: file, line: row, sheet: sheet.name, cell: "\(row):\(row)"), log: log)
            dropped = checked.dropped
            missing = checked.missing
        }
        // A hidden sheet is still the list (a planner who hid `courses` to keep it out of sight, or a
        // lookalike read as the list): said, since nothing on screen shows its rows are read.
        if sheet.isHidden, case let count = sheet.rows.dropFirst().count, count > 0 {
            log.warning(SourceLocation(file: file, sheet: sheet.name),
                        "sheet \"\(sheet.name)\" is hidden in the workbook and read like any other, its \(count) row(s) too; "
                        + "delete the sheet or its rows to leave them out", .hiddenSheet(sheet: sheet.name, rows: count))
        }
        // A hidden row is still a row of the list: said once, so that a planner who hid a course
        // to leave it out knows it runs unless the row is deleted.
        let hidden = sheet.rows.dropFirst().filter(\.isHidden).map(\.number)
        if let first = hidden.first {
            log.warning(SourceLocation(file: file, line: first, sheet: sheet.name, cell: "\(first):\(first)"),
                        "row(s) \(hidden.map(String.init).joined(separator: ", ")) are hidden in the workbook and read like "
                        + "any other; delete a row to leave it out", .hiddenRows(hidden))
        }
        // Only fields with values: a notes column (`# catatan`) or an unused template column hidden is nothing read.
        let valued = Set(sheet.rows.dropFirst().flatMap { $0.cells.map(\.reference.column) })
        let hiddenFields = sheet.hiddenColumns.sorted().compactMap { column -> String? in
            guard let name = header[column], valued.contains(column), !CSVColumns.isNote(name) else { return nil }
            return "\(CellReference.columnName(column)) (\(name))"
        }
        if !hiddenFields.isEmpty {
            log.warning(SourceLocation(file: file, line: headerRow.number, sheet: sheet.name),
                        "column(s) \(hiddenFields.joined(separator: ", ")) are hidden in the workbook and read like any other; "
                        + "delete a column to leave it out", .hiddenColumns(hiddenFields))
        }
        // A headcount or worth merged down rows (one `participants` over two batches) holds for each row,
        // as the sheet shows it; said, since the planner may have meant it as their total (a level or a
        // rate shared by two rows is no total).
        let totals = sheet.spreadNumbers.filter { range in
            let column = range.split(separator: ":").first.flatMap { CellReference(String($0)) }?.column
            return column.flatMap { header[$0] }.map(Self.fieldsThatAddUp.contains) ?? false
        }
        if !totals.isEmpty {
            log.warning(SourceLocation(file: file, line: headerRow.number, sheet: sheet.name),
                        "merged cell(s) \(totals.joined(separator: ", ")) hold a number read for every row they span; "
                        + "unmerge them and give each row its own if it was meant as their total", .mergedNumbers(totals))
        }
        let columns = header.keys.sorted()
        var result: [RawNode] = []
        for row in sheet.rows.dropFirst() {
            if let sign = TotalsRow.aggregate(among: row.cells.compactMap(\.formula), row: row.number) {
                TotalsRow.said(SourceLocation(file: file, line: row.number, sheet: sheet.name, cell: "\(row.number):\(row.number)"),
                               sign: sign, log: log)
                continue
            }
            for cell in row.cells where header[cell.reference.column] == nil && !reportedColumns.contains(cell.reference.column) {
                log.error(location(sheet, cell.reference, field: nil),
                          "a value in column \(CellReference.columnName(cell.reference.column)), which has no field name in the header row")
            }
            var entries: [RawEntry] = []
            for column in columns where !dropped.contains(column) {
                guard let name = header[column] else { continue }
                let reference = CellReference(column: column, row: row.number)
                let value = scalar(row.cell(column), at: reference, in: sheet, field: name, log: log)
                entries.append(RawEntry(key: name, value: .scalar(value), keyLocation: value.location))
            }
            let rowLocation = SourceLocation(file: file, line: row.number, sheet: sheet.name, cell: "\(row.number):\(row.number)")
            for name in missing.sorted() {
                let at = rowLocation.with(field: name)
                entries.append(RawEntry(key: name, value: .scalar(RawScalar(text: "", location: at, isNull: true, numberStyle: .typed,
                                                                           isCell: true, missingColumn: true)), keyLocation: at))
            }
            result.append(.mapping(entries, rowLocation))
        }
        return TotalsRow.skipping(result, log: log)
    }

    private func describe(_ value: CellValue) -> String {
        switch value {
        case let .text(text): "\"\(text)\""
        case let .number(number): "the number \(number)"
        case let .date(date): "the date \(date)"
        case let .boolean(flag): flag ? "TRUE" : "FALSE"
        case let .error(message): "an error (\(message))"
        }
    }
}
