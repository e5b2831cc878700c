import ZIPFoundation
import Foundation
import Testing
import TrainPlanWorkbook

/// The `.xlsx` reader on its own: every kind of cell, both date systems, and the caps.
@Suite struct WorkbookReaderTests {
    static let shared = ["<t>courses</t>", "<r><t>Batik </t></r><r><rPr><b/></rPr><t>tulis</t></r><rPh><t>ばてぃく</t></rPh>",
                         "<t>line_x000D_</t>"]

    static func typedCells(date1904: Bool = false) -> HandMadeWorkbook {
        let row2 = """
            <c r="A2"><v>150000</v></c><c r="B2" s="1"><v>44928</v></c><c r="C2" s="2"><v>44928</v></c>\
            <c r="D2" s="3"><v>0.5</v></c><c r="E2" s="4"><v>150000</v></c><c r="F2" s="5"><v>44928.75</v></c>\
            <c r="G2" t="b"><v>1</v></c><c r="H2"><f>1+1</f><v>2</v></c><c r="I2" t="e"><f>A1/0</f><v>#DIV/0!</v></c>\
            <c r="J2"><f>SUM(Z1:Z9)</f></c><c r="K2" t="str"><f>"h"&amp;"i"</f><v>hi</v></c><c r="L2" s="6"><v>44928</v></c>
            """
        let sheet = HandMadeWorkbook.sheet([
            "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c><c t=\"inlineStr\"><is><t>x</t></is></c>",
            row2,
            "<c r=\"A3\" t=\"inlineStr\"><is><t>   </t></is></c><c r=\"B3\"/>",
        ])
        return HandMadeWorkbook(sheets: [("typed", sheet)], sharedStrings: shared,
                                formats: [.builtIn(0), .builtIn(14), .custom("dd/mm/yyyy"), .custom("h:mm"),
                                          .custom("&quot;Rp&quot;#,##0"), .custom("[$-421]d mmmm yyyy;@"), .custom("\\d0")],
                                date1904: date1904)
    }

    @Test func everyKindOfCellIsTypedByTheWorkbook() throws {
        let workbook = try WorkbookReader().read(data: Self.typedCells().data())
        let sheet = try #require(workbook.sheet(named: "Typed "))
        #expect(sheet.rows.map(\.number) == [1, 2], "an all-blank row is left out")
        let header = sheet.rows[0].cells
        #expect(header.map(\.reference.description) == ["A1", "B1", "C1", "D1"], "cells without r follow the previous one")
        #expect(header.map(\.value) == [.text("courses"), .text("Batik tulis"), .text("line\r"), .text("x")])
        let values = Dictionary(uniqueKeysWithValues: sheet.rows[1].cells.map { ($0.reference.description, $0.value) })
        let monday = WorkbookDate(year: 2023, month: 1, day: 2)
        #expect(values["A2"] == .number(150_000))
        #expect(values["B2"] == .date(monday), "built-in format 14 is a date")
        #expect(values["C2"] == .date(monday), "dd/mm/yyyy is a date")
        #expect(values["D2"] == .text("12:00"), "h:mm is a time of day, read as it shows: not a date (m is minutes there), not 0.5")
        #expect(values["E2"] == .number(150_000), "\"Rp\"#,##0: the d in quotes is not a day")
        #expect(values["F2"] == .date(monday), "the time of day is dropped")
        #expect(values["G2"] == .boolean(true))
        #expect(values["H2"] == .number(2), "a formula reads as its cached value")
        #expect(values["I2"] == .error("the formula gives #DIV/0!"))
        if case .error(let message)? = values["J2"] { #expect(message.contains("no computed value")) } else {
            Issue.record("a formula without a cached value must be an error, got \(String(describing: values["J2"]))")
        }
        #expect(values["K2"] == .text("hi"))
        #expect(values["L2"] == .number(44928), "an escaped \\d is literal text, not a day")
    }

    @Test func the1904DateSystemIsFollowed() throws {
        var book = Self.typedCells(date1904: true)
        book.sheets = [("s", HandMadeWorkbook.sheet(["<c r=\"A1\" s=\"1\"><v>43466</v></c><c r=\"B1\" s=\"1\"><v>0</v></c>"]))]
        let cells = try #require(WorkbookReader().read(data: book.data()).sheets.first?.rows.first?.cells)
        #expect(cells.map(\.value) == [.date(WorkbookDate(year: 2023, month: 1, day: 2)), .date(WorkbookDate(year: 1904, month: 1, day: 1))])
    }

    @Test func serialsCountExcelsPhantomLeapDay() {
        func date(_ serial: Double) -> String? { WorkbookDate(serial: serial, system: .from1900)?.description }
        #expect(date(1) == "1900-01-01")
        #expect(date(59) == "1900-02-28")
        #expect(date(60) == nil, "1900-02-29 never was")
        #expect(date(61) == "1900-03-01")
        #expect(date(44928) == "2023-01-02")
        #expect(date(2_958_465) == "9999-12-31")
        #expect(date(2_958_466) == nil && date(-1) == nil && date(.nan) == nil && date(0) == nil)
        for serial in [1, 59, 61, 44928, 2_958_465] {
            #expect(WorkbookDate(serial: Double(serial), system: .from1900)?.serial1900 == serial)
        }
    }

    @Test func aPartThatUnpacksBeyondTheCapIsRefused() throws {
        var book = Self.typedCells()
        // 3 MB of one repeated row compresses to a few kilobytes: a small bomb.
        let row = "<c t=\"inlineStr\"><is><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></is></c>"
        book.sheets.append(("big", HandMadeWorkbook.sheet(Array(repeating: row, count: 40_000))))
        let data = try book.data()
        #expect(data.count < 200_000)
        let reader = WorkbookReader(limits: .init(maximumPartBytes: 1_000_000))
        do {
            _ = try reader.read(data: data)
            Issue.record("a 3 MB part must be refused under a 1 MB cap")
        } catch {
            #expect(error.message.contains("xl/worksheets/sheet2.xml inside the workbook unpacks to more than 1 MB"), "\(error)")
        }
        let cells = WorkbookReader(limits: .init(maximumCells: 1000))
        #expect(throws: WorkbookError.self) { try cells.read(data: data) }
        #expect(try WorkbookReader().read(data: data).sheets.count == 2, "the default caps read it")
    }

    @Test func notAWorkbookSaysSo() throws {
        do {
            _ = try WorkbookReader().read(data: Data("id,name\n".utf8))
            Issue.record("CSV text is not a workbook")
        } catch {
            #expect(error.message.contains("not an .xlsx workbook"))
        }
        var book = Self.typedCells()
        book.sheets = [("s", "<worksheet><sheetData><row><c>")]
        #expect(throws: WorkbookError.self) { try WorkbookReader().read(data: book.data()) }
        // What the file is instead: each with the change that helps ("save it as .xlsx" keeps a password).
        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let encrypted = compound + Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let cut = try book.data().prefix(100)
        for (data, said) in [(encrypted, "password-protected: remove the password"), (compound, "Excel 97-2003 workbook (.xls)"),
                             (Data(cut), "a damaged .xlsx workbook")] {
            do {
                _ = try WorkbookReader().read(data: data)
                Issue.record("\(said): read")
            } catch {
                #expect(error.message.contains(said), "\(error.message)")
            }
        }
    }

    /// Text in a CDATA section (valid XML; Excel and LibreOffice show it) was read as an empty cell.
    @Test func cdataTextIsText() throws {
        let book = HandMadeWorkbook(sheets: [("s", HandMadeWorkbook.sheet([
            "<c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[tue;thu]]></t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c>"]))],
                                    sharedStrings: ["<t><![CDATA[a & b]]></t>"])
        let cells = try #require(try WorkbookReader().read(data: book.data()).sheets.first?.rows.first?.cells)
        #expect(cells.map(\.value) == [.text("tue;thu"), .text("a & b")], "\(cells)")
    }

    @Test func writtenCellsReadBackAsWritten() throws {
        let date = WorkbookDate(year: 2023, month: 3, day: 1)
        let data = try WorkbookWriter.data([.init(name: "t", columnWidths: [12, 30], rows: [
            [.heading("id"), .heading("when")],
            [.text("a & <b> \"c\"\r\u{1}"), .date(date), .money(1_500_000.5), .number(-2.25), .boolean(false), .empty, .paragraph("x")],
            // Text that reads as OOXML's own escape stays as typed.
            [.text("Bob _x000D_ _x0041_ literal")],
        ])])
        let rows = try #require(WorkbookReader().read(data: data).sheet(named: "t")?.rows)
        #expect(rows[0].cells.map(\.value) == [.text("id"), .text("when")])
        #expect(rows[1].cells.map(\.value) == [.text("a & <b> \"c\"\r\u{1}"), .date(date), .number(1_500_000.5), .number(-2.25),
                                               .boolean(false), .text("x")])
        #expect(rows[1].cells.map(\.reference.description) == ["A2", "B2", "C2", "D2", "E2", "G2"])
        #expect(rows[2].cells.map(\.value) == [.text("Bob _x000D_ _x0041_ literal")])
    }

    /// Amounts with cents show them (`#,##0.00`, built-in format 4), whole ones `#,##0` (3): a
    /// workbook that showed 3,375,014 + 1,250,001 beside a total of 4,625,014 did not add up.
    @Test func moneyWithCentsShowsTheCents() throws {
        let data = try WorkbookWriter.data([.init(name: "t", rows: [[.money(3_375_013.5), .money(4_625_014), .money(0.25)]])])
        let archive = try Archive(data: data, accessMode: .read)
        func text(_ path: String) throws -> String {
            let entry = try #require(archive[path])
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        let sheet = try text("xl/worksheets/sheet1.xml"), styles = try text("xl/styles.xml")
        let xfs = styles.components(separatedBy: "<xf ").dropFirst(2).map { $0.contains("numFmtId=\"4\"") ? 4 : $0.contains("numFmtId=\"3\"") ? 3 : 0 }
        let styleOf = { (cell: String) -> Int? in
            guard let range = sheet.range(of: "<c r=\"\(cell)\" s=\"") else { return nil }
            return Int(sheet[range.upperBound...].prefix { $0.isNumber })
        }
        #expect([styleOf("A1"), styleOf("B1"), styleOf("C1")].map { $0.flatMap { xfs[safe: $0] } } == [4, 3, 4], "\(sheet)")
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
