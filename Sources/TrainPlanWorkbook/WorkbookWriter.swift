import Foundation
import ZIPFoundation

/// Writes a small `.xlsx` workbook of typed cells: text as inline strings, numbers,
/// money with a `#,##0` format (`#,##0.00` with cents), dates as date cells shown `yyyy-mm-dd`, a bold
/// frozen header row and set column widths.
///
/// Only what reports and templates need; the parts are XML strings zipped by
/// ZIPFoundation, and open in Excel, LibreOffice and Google Sheets.
public enum WorkbookWriter {
    public struct SheetContent: Sendable {
        public var name: String
        /// Widths in characters, column A first; columns past the list keep the default width.
        public var columnWidths: [Double]
        public var rows: [[WrittenCell]]
        /// Rows kept in view when scrolling (the header).
        public var frozenRows: Int

        public init(name: String, columnWidths: [Double] = [], rows: [[WrittenCell]], frozenRows: Int = 1) {
            self.name = name
            self.columnWidths = columnWidths
            self.rows = rows
            self.frozenRows = frozenRows
        }
    }

    /// A cell to write, with the format it is shown in.
    public enum WrittenCell: Sendable, Equatable {
        case empty
        case text(String)
        /// Bold (header rows).
        case heading(String)
        /// Text that wraps in its column (explanations).
        case paragraph(String)
        case number(Double)
        /// A number shown grouped: `#,##0`, or `#,##0.00` where it has cents.
        case money(Double)
        case date(WorkbookDate)
        case boolean(Bool)
    }

    /// The workbook as the bytes of an `.xlsx` file.
    public static func data(_ sheets: [SheetContent]) throws(WorkbookError) -> Data {
        var names: Set<String> = []
        for sheet in sheets {
            guard (1...31).contains(sheet.name.count), !sheet.name.contains(where: { "[]:*?/\\".contains($0) }),
                  names.insert(sheet.name.lowercased()).inserted else {
                throw WorkbookError(sheet: sheet.name, "not a usable sheet name: 1 to 31 characters, none of []:*?/\\, "
                                    + "not used twice")
            }
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WorkbookError("the ZIP library produced no data") }
            return data
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError("the workbook could not be packed: \(error)")
        }
    }

    /// Entries carry a fixed time, so the same content gives the same bytes.
    private static let fixedDate = Date(timeIntervalSince1970: 1_672_531_200)

    // MARK: - Style indexes in styles.xml's cellXfs

    private enum Style: Int {
        case plain = 0, heading, money, date, paragraph, moneyWithCents
    }

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    // MARK: - Parts

    private static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheets)</Types>
            """
    }

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    private static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr/><bookViews><workbookView/></bookViews><sheets>\(sheets)</sheets></workbook>
            """
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var relations = (0..<sheetCount).map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        relations.append("<Relationship Id=\"rId\(sheetCount + 1)\" "
                         + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relations.joined())</Relationships>
            """
    }

    private static func worksheet(_ sheet: SheetContent) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let top = CellReference(column: 1, row: sheet.frozenRows + 1)
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(String(format: "%.1f", max(1, min(width, 255))))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                xml += Self.cell(cell, at: CellReference(column: columnIndex + 1, row: rowIndex + 1))
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func cell(_ cell: WrittenCell, at reference: CellReference) -> String {
        func inline(_ text: String, _ style: Style) -> String {
            "<c r=\"\(reference)\" t=\"inlineStr\"\(style == .plain ? "" : " s=\"\(style.rawValue)\"")>"
                + "<is><t xml:space=\"preserve\">\(XMLText.escape(XMLText.literalEscapes(text)))</t></is></c>"
        }
        func number(_ value: Double, _ style: Style) -> String {
            guard value.isFinite else { return inline(String(value), .plain) }
            let text = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
            return "<c r=\"\(reference)\"\(style == .plain ? "" : " s=\"\(style.rawValue)\"")><v>\(text)</v></c>"
        }
        switch cell {
        case .empty: return ""
        case let .text(text): return inline(text, .plain)
        case let .heading(text): return inline(text, .heading)
        case let .paragraph(text): return inline(text, .paragraph)
        case let .number(value): return number(value, .plain)
        // An amount with cents shows them (`#,##0.00`), so the figures shown add up as the values do.
        case let .money(value): return number(value, abs(value - value.rounded()) < 0.005 ? .money : .moneyWithCents)
        case let .date(date): return number(Double(date.serial1900), .date)
        case let .boolean(value): return "<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        }
    }
}

/// Text made safe for XML 1.0: markup escaped, characters it cannot hold written as OOXML's `_xHHHH_`.
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "_x" + String(format: "%04X", scalar.value) + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Cell text that reads as OOXML's `_xHHHH_` written so it stays as typed (`_x005F_` is the
    /// underscore): "Bob _x000D_" was read back as "Bob" and a carriage return.
    static func literalEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        return text.replacing(#/_(?=x[0-9A-Fa-f]{4}_)/#) { _ in "_x005F_" }
    }
}
