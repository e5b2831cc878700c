import Foundation
import ZIPFoundation

/// Reads an `.xlsx` workbook (Office Open XML, as Excel, LibreOffice, Google Sheets and
/// openpyxl write it) into typed cells.
///
/// The ZIP is read by ZIPFoundation and each XML part by Foundation's parser. What is
/// read is capped, so a ZIP bomb or a runaway sheet is refused with a message instead of
/// filling memory: no part may unpack to more than ``Limits/maximumPartBytes``, all parts
/// together to more than ``Limits/maximumTotalBytes``, and the sheets may hold at most
/// ``Limits/maximumCells`` cells with a value.
public struct WorkbookReader: Sendable {
    public struct Limits: Sendable {
        public var maximumPartBytes: Int
        public var maximumTotalBytes: Int
        public var maximumCells: Int

        public init(maximumPartBytes: Int = 64_000_000, maximumTotalBytes: Int = 256_000_000, maximumCells: Int = 2_000_000) {
            self.maximumPartBytes = maximumPartBytes
            self.maximumTotalBytes = maximumTotalBytes
            self.maximumCells = maximumCells
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Every sheet of the workbook at `url`.
    public func read(_ url: URL) throws(WorkbookError) -> Workbook {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            let head = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
                defer { try? handle.close() }
                return try? handle.read(upToCount: 1 << 16)
            } ?? Data()
            throw Self.notAWorkbook(head)
        }
        return try read(archive)
    }

    /// What a file that is no ZIP archive is, from its first bytes: a password-protected workbook
    /// (Excel keeps it in an OLE2 compound file with an `EncryptionInfo` stream), an old `.xls`
    /// (a compound file without one), a damaged `.xlsx` (a ZIP's signature, cut short), or else.
    /// ("Save it as .xlsx" does not help the first: saving keeps the password.)
    static func notAWorkbook(_ head: Data) -> WorkbookError {
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if head.starts(with: compound) {
            let encryption = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if head.range(of: encryption) != nil {
                return WorkbookError("the workbook is password-protected: remove the password (File > Info > Protect Workbook > "
                                     + "Encrypt with Password, empty) and save it again")
            }
            return WorkbookError("an Excel 97-2003 workbook (.xls), not an .xlsx one: save it from the spreadsheet as "
                                 + "\"Excel Workbook (.xlsx)\"")
        }
        if head.starts(with: [0x50, 0x4B]) {
            return WorkbookError("a damaged .xlsx workbook (a ZIP archive that cannot be read, cut short?): save it again from the "
                                 + "spreadsheet")
        }
        return WorkbookError("not an .xlsx workbook (it is not a ZIP archive): save it from the spreadsheet as \"Excel Workbook (.xlsx)\"")
    }

    /// Every sheet of a workbook held in memory (tests, tools).
    public func read(data: Data) throws(WorkbookError) -> Workbook {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Self.notAWorkbook(data.prefix(1 << 16))
        }
        return try read(archive)
    }

    private func read(_ archive: Archive) throws(WorkbookError) -> Workbook {
        var parts = PartReader(archive: archive, limits: limits)
        let workbookPath = try officeDocumentPath(&parts)
        guard let workbookData = try parts.data(workbookPath) else {
            throw WorkbookError("not an Excel workbook (no \(workbookPath) inside): .xls (Excel 97-2003) and .ods files "
                                + "are not read; save it as \"Excel Workbook (.xlsx)\"")
        }
        let workbook = try XMLTree.parse(workbookData, part: workbookPath)
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let relations = try relationships(of: workbookPath, &parts)
        let date1904 = ["1", "true"].contains(workbook.child("workbookPr")?.attributes["date1904"]?.lowercased() ?? "")
        // Programs that write formulas without working them out (xlsxwriter) store 0 as each result and
        // ask the spreadsheet to recalculate on opening: those results are not the formulas' values.
        let recalculates = ["1", "true"].contains(workbook.child("calcPr")?.attributes["fullCalcOnLoad"]?.lowercased() ?? "")

        var strings: [String] = []
        let sharedPath = relations.first { $0.type.hasSuffix("/sharedStrings") }.map { resolve($0.target, in: folder) }
            ?? folder + "/sharedStrings.xml"
        if let data = try parts.data(sharedPath) {
            strings = try XMLTree.parse(data, part: sharedPath).children("si").map(Self.text(of:))
        }
        var styles = CellStyles()
        let stylesPath = relations.first { $0.type.hasSuffix("/styles") }.map { resolve($0.target, in: folder) }
            ?? folder + "/styles.xml"
        if let data = try parts.data(stylesPath) {
            styles = CellStyles(try XMLTree.parse(data, part: stylesPath))
        }

        var sheets: [Sheet] = []
        var cellCount = 0
        for entry in workbook.child("sheets")?.children("sheet") ?? [] {
            let name = entry.attributes["name"] ?? "sheet \(sheets.count + 1)"
            guard let id = entry.attributes["id"], let relation = relations.first(where: { $0.id == id }) else {
                throw WorkbookError(sheet: name, "the workbook lists the sheet but not where it is stored")
            }
            let path = resolve(relation.target, in: folder)
            guard let data = try parts.data(path) else {
                throw WorkbookError(sheet: name, "the sheet's part \(path) is missing from the workbook")
            }
            let context = SheetContext(name: name, strings: strings, styles: styles,
                                       dateSystem: date1904 ? .from1904 : .from1900, resultsStale: recalculates)
            var sheet = try context.sheet(from: XMLTree.parse(data, part: path))
            sheet.isHidden = ["hidden", "veryhidden"].contains(entry.attributes["state"]?.lowercased() ?? "")
            cellCount += sheet.rows.reduce(0) { $0 + $1.cells.count }
            guard cellCount <= limits.maximumCells else {
                throw WorkbookError(sheet: name, "the workbook holds more than \(limits.maximumCells) cells with a value; "
                                    + "reading stopped here")
            }
            sheets.append(sheet)
        }
        return Workbook(sheets: sheets)
    }

    /// Where the workbook part is: named by `_rels/.rels`, `xl/workbook.xml` by convention.
    private func officeDocumentPath(_ parts: inout PartReader) throws(WorkbookError) -> String {
        let relations = try relationships(of: "", &parts)
        if let main = relations.first(where: { $0.type.hasSuffix("/officeDocument") }) { return resolve(main.target, in: "") }
        return "xl/workbook.xml"
    }

    private struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of the part at `path` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
    private func relationships(of path: String, _ parts: inout PartReader) throws(WorkbookError) -> [Relationship] {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let data = try parts.data(relsPath) else { return [] }
        return try XMLTree.parse(data, part: relsPath).children("Relationship").compactMap { element in
            guard let id = element.attributes["Id"], let target = element.attributes["Target"] else { return nil }
            return Relationship(id: id, type: element.attributes["Type"] ?? "", target: target)
        }
    }

    /// A relationship target as a path inside the ZIP: `/xl/worksheets/sheet1.xml` is absolute,
    /// `worksheets/sheet1.xml` relative to the part's folder; `..` is resolved.
    private func resolve(_ target: String, in folder: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// The text of a shared or inline string: its `t` elements, rich-text runs joined, phonetic guides left out.
    static func text(of element: XMLTree) -> String {
        var result = ""
        for child in element.children {
            switch child.name {
            case "t": result += child.text
            case "r": result += child.children("t").map(\.text).joined()
            default: continue
            }
        }
        return unescape(result)
    }

    /// OOXML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return).
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = "", rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16), let scalar = UnicodeScalar(code) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}

/// Reads parts out of the ZIP, refusing any that unpack beyond the limits.
private struct PartReader {
    let archive: Archive
    let limits: WorkbookReader.Limits
    var totalBytes = 0

    private struct TooLarge: Error {}

    mutating func data(_ path: String) throws(WorkbookError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let limit = min(limits.maximumPartBytes, limits.maximumTotalBytes - totalBytes)
        func tooLarge() -> WorkbookError {
            WorkbookError("\(path) inside the workbook unpacks to more than \(limit / 1_000_000) MB; "
                          + "workbooks are read up to \(limits.maximumPartBytes / 1_000_000) MB a part and "
                          + "\(limits.maximumTotalBytes / 1_000_000) MB in all")
        }
        // The declared size may lie (a crafted ZIP), so the bytes are also counted as they unpack.
        guard entry.uncompressedSize <= UInt64(max(limit, 0)) else { throw tooLarge() }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw TooLarge() }
                data.append(chunk)
            }
        } catch is TooLarge {
            throw tooLarge()
        } catch {
            throw WorkbookError("\(path) inside the workbook cannot be unpacked (\(error)): the file is damaged")
        }
        totalBytes += data.count
        return data
    }
}

/// `styles.xml` as far as reading needs it: which cell formats show dates.
private struct CellStyles {
    /// Per style index (`s` of a cell): its format shows a date.
    var isDate: [Bool] = []
    /// Per style index: its format shows a percentage (built-in 9 and 10, or a code with `%`).
    var isPercent: [Bool] = []
    /// Per style index: its format shows a time of day and no date.
    var isTime: [Bool] = []

    init() {}

    init(_ styles: XMLTree) {
        var codes: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = format.attributes["formatCode"] }
        }
        let ids = (styles.child("cellXfs")?.children("xf") ?? []).map { xf in xf.attributes["numFmtId"].flatMap { Int($0) } ?? 0 }
        isDate = ids.map { NumberFormatKind.isDate(id: $0, code: codes[$0]) }
        isPercent = ids.map { NumberFormatKind.isPercent(id: $0, code: codes[$0]) }
        isTime = ids.map { NumberFormatKind.isTime(id: $0, code: codes[$0]) }
    }
}

/// What a sheet's cells need to be read: the shared strings, the styles and the date system.
private struct SheetContext {
    let name: String
    let strings: [String]
    let styles: CellStyles
    let dateSystem: WorkbookDate.System
    /// The workbook asks to be recalculated when opened: its formulas' stored results are not to be trusted.
    let resultsStale: Bool

    func sheet(from root: XMLTree) throws(WorkbookError) -> Sheet {
        var rows: [Row] = []
        var rowNumber = 0
        for rowElement in root.child("sheetData")?.children("row") ?? [] {
            rowNumber = rowElement.attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            var cells: [Cell] = []
            var column = 0
            for cellElement in rowElement.children("c") {
                if let text = cellElement.attributes["r"] {
                    guard let reference = CellReference(text) else {
                        throw WorkbookError(sheet: name, "row \(rowNumber) has a cell with the address \"\(text)\", "
                                            + "which is not one: the file is damaged")
                    }
                    column = reference.column
                    rowNumber = reference.row
                } else {
                    column += 1
                }
                let reference = CellReference(column: column, row: rowNumber)
                if let value = value(of: cellElement, at: reference), !value.isEmpty {
                    let style = cellElement.attributes["s"].flatMap { Int($0) } ?? 0
                    let percent = styles.isPercent.indices.contains(style) && styles.isPercent[style]
                    cells.append(Cell(reference, value, isPercent: percent && { if case .number = value { true } else { false } }(),
                                      formula: cellElement.child("f").map(\.text)))
                }
            }
            let hidden = ["1", "true"].contains(rowElement.attributes["hidden"]?.lowercased() ?? "")
            if !cells.isEmpty { rows.append(Row(number: rowNumber, cells: cells, isHidden: hidden)) }
        }
        let spread = Self.spreadMerges(root, into: &rows)
        return Sheet(name: name, rows: rows, hiddenColumns: Self.hiddenColumns(root), spreadNumbers: spread)
    }

    /// The columns `<cols>` marks hidden (`<col min="10" max="10" hidden="1"/>`), within a sheet's 16,384.
    static func hiddenColumns(_ root: XMLTree) -> Set<Int> {
        var hidden: Set<Int> = []
        for column in root.child("cols")?.children("col") ?? []
        where ["1", "true"].contains(column.attributes["hidden"]?.lowercased() ?? "") {
            guard let first = column.attributes["min"].flatMap({ Int($0) }), first >= 1 else { continue }
            let last = min(column.attributes["max"].flatMap { Int($0) } ?? first, 16_384)
            if first <= last { hidden.formUnion(first...last) }
        }
        return hidden
    }

    /// A value merged down a column (`F2:F3`, one cohort for two courses) holds for every row of
    /// the merge, as the planner sees it; the file keeps it only in the top cell. Spread down the
    /// merge's first column, into rows that hold something else (a merge never adds a row).
    /// Returns the merges whose number was copied (a total may have been meant).
    static func spreadMerges(_ root: XMLTree, into rows: inout [Row]) -> [String] {
        let index = Dictionary(rows.indices.map { (rows[$0].number, $0) }, uniquingKeysWith: { a, _ in a })
        guard let last = rows.last?.number else { return [] }
        var spreadNumbers: [String] = []
        var budget = 4_000_000   // rows visited in all: a file of huge merges is read, not spun on
        for merge in root.child("mergeCells")?.children("mergeCell") ?? [] {
            let corners = (merge.attributes["ref"] ?? "").split(separator: ":").compactMap { CellReference(String($0)) }
            // Not from the first row with values: a header merged down over the data names a column, it is no value.
            guard corners.count == 2, corners[1].row > corners[0].row, corners[0].row < last,
                  corners[0].row > (rows.first?.number ?? 0), let top = index[corners[0].row],
                  let value = rows[top].cell(corners[0].column)?.value else { continue }
            let column = corners[0].column
            var copied = false
            for number in (corners[0].row + 1)...min(corners[1].row, last) {
                budget -= 1
                if budget < 0 { return spreadNumbers }
                guard let row = index[number], rows[row].cell(column) == nil else { continue }
                rows[row].cells.append(Cell(CellReference(column: column, row: number), value))
                rows[row].cells.sort { $0.reference.column < $1.reference.column }
                copied = true
            }
            if copied, case .number = value { spreadNumbers.append("\(corners[0]):\(corners[1])") }
        }
        return spreadNumbers
    }

    /// The cell's value; `nil` when it holds none.
    private func value(of cell: XMLTree, at reference: CellReference) -> CellValue? {
        let isFormula = cell.child("f") != nil
        if isFormula, resultsStale {
            return .error("the formula's result was not worked out by the program that wrote the workbook (it asks to be "
                          + "recalculated when opened): open the workbook in a spreadsheet and save it again")
        }
        let raw = cell.child("v")?.text
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let raw else { return nil }
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                return .error("refers to shared string \(raw), which the workbook does not have (the file is damaged)")
            }
            return .text(strings[index])
        case "inlineStr":
            return cell.child("is").map { .text(WorkbookReader.text(of: $0)) }
        case "str":
            return raw.map { .text(WorkbookReader.unescape($0)) } ?? (isFormula ? noCachedValue : nil)
        case "b":
            guard let raw else { return isFormula ? noCachedValue : nil }
            return .boolean(["1", "true"].contains(raw.trimmingCharacters(in: .whitespaces).lowercased()))
        case "e":
            return .error(raw.map { "the formula gives \($0)" } ?? "the cell holds an error")
        case "d":
            // ISO 8601 text (strict OOXML); the date part is what counts.
            guard let raw else { return nil }
            let parts = raw.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return .text(raw) }
            return .date(WorkbookDate(year: parts[0], month: parts[1], day: parts[2]))
        default:
            guard let raw, !raw.trimmingCharacters(in: .whitespaces).isEmpty else { return isFormula ? noCachedValue : nil }
            guard let number = Double(raw.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                return .error("holds \"\(raw)\" as a number, which is not one (the file is damaged)")
            }
            let style = cell.attributes["s"].flatMap { Int($0) } ?? 0
            // A time of day (`08:00` typed as a slot's start) is a fraction of a day: read as it shows,
            // never as the number 0.333 (a slot label) or half an amount of money.
            if styles.isTime.indices.contains(style), styles.isTime[style], number >= 0, number < 1 {
                let minutes = Int((number * 24 * 60).rounded())
                return .text(String(format: "%02d:%02d", minutes / 60 % 24, minutes % 60))
            }
            if styles.isDate.indices.contains(style), styles.isDate[style],
               let date = WorkbookDate(serial: number, system: dateSystem) {
                return .date(date)
            }
            return .number(number)
        }
    }

    private var noCachedValue: CellValue {
        .error("the formula has no computed value: open the workbook in a spreadsheet and save it again")
    }
}
