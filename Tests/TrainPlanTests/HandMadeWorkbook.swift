import Foundation
import ZIPFoundation

/// An `.xlsx` assembled from XML written out in the test, for what neither openpyxl
/// nor trainplan's writer produce: shared strings, the 1904 date system, formulas
/// with cached values and errors, oversized parts.
struct HandMadeWorkbook {
    var sheets: [(name: String, xml: String)]
    var sharedStrings: [String] = []
    /// `cellXfs` number formats, style index 0 first; custom codes get ids from 164.
    var formats: [Format] = [.builtIn(0)]
    var date1904 = false
    /// `<calcPr fullCalcOnLoad="1"/>`, as xlsxwriter writes it (its formulas' stored results are all 0).
    var recalculatesOnLoad = false
    /// Sheets marked hidden in the workbook (`state="hidden"`).
    var hiddenSheets: Set<String> = []
    var extraParts: [(path: String, data: Data)] = []

    enum Format { case builtIn(Int), custom(String) }

    /// A sheet from rows of `<c>` elements (each row's cells written as given).
    static func sheet(_ rows: [String]) -> String {
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + rows.enumerated().map { "<row r=\"\($0.offset + 1)\">\($0.element)</row>" }.joined()
            + "</sheetData></worksheet>"
    }

    /// A row of inline-string cells starting at column A of row `row`.
    static func textRow(_ row: Int, _ values: [String]) -> String {
        values.enumerated().map { index, value in
            let column = String(UnicodeScalar(UInt8(65 + index)))
            return value.isEmpty ? "" : "<c r=\"\(column)\(row)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
        }.joined()
    }

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ data: Data) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("_rels/.rels", Data("""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="/xl/workbook.xml"/></Relationships>
            """.utf8))
        let sheetList = sheets.enumerated().map {
            "<sheet name=\"\($0.element.name)\" sheetId=\"\($0.offset + 1)\""
                + (hiddenSheets.contains($0.element.name) ? " state=\"hidden\"" : "") + " r:id=\"rId\($0.offset + 1)\"/>"
        }
        try add("xl/workbook.xml", Data("""
            <x:workbook xmlns:x="\(main)" xmlns:r="\(rel)"><x:workbookPr\(date1904 ? " date1904=\"1\"" : "")/>\
            <x:sheets>\(sheetList.joined().replacingOccurrences(of: "<sheet ", with: "<x:sheet "))</x:sheets>\
            \(recalculatesOnLoad ? "<x:calcPr fullCalcOnLoad=\"1\"/>" : "")</x:workbook>
            """.utf8))
        let relations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        } + ["<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>",
             "<Relationship Id=\"rIdT\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"]
        try add("xl/_rels/workbook.xml.rels", Data(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                                    + relations.joined() + "</Relationships>").utf8))
        for (index, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(index + 1).xml", Data(sheet.xml.utf8)) }
        try add("xl/sharedStrings.xml", Data(("<sst xmlns=\"\(main)\">" + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>").utf8))
        var customs: [String] = [], xfs: [String] = []
        for format in formats {
            switch format {
            case let .builtIn(id): xfs.append("<xf numFmtId=\"\(id)\"/>")
            case let .custom(code):
                let id = 164 + customs.count
                customs.append("<numFmt numFmtId=\"\(id)\" formatCode=\"\(code)\"/>")
                xfs.append("<xf numFmtId=\"\(id)\"/>")
            }
        }
        try add("xl/styles.xml", Data("""
            <styleSheet xmlns="\(main)"><numFmts>\(customs.joined())</numFmts><cellXfs>\(xfs.joined())</cellXfs></styleSheet>
            """.utf8))
        for (path, data) in extraParts { try add(path, data) }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    func write(to url: URL) throws { try data().write(to: url) }
}
