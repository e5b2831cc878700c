import CSV
import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// The CSV files open in a spreadsheet with the right columns: written through
/// yaslab/CSV.swift and read back with its reader.
@Suite struct SpreadsheetExportTests {
    /// Strips the BOM (checking it is there) and parses with the CSV library.
    static func read(_ data: Data, delimiter: SpreadsheetExport.Delimiter) throws -> (header: [String], rows: [[String]]) {
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark")
        let body = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: false,
                                   delimiter: delimiter.rawValue.unicodeScalars.first ?? ",")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.error == nil)
        return (try #require(reader.headerRow), rows)
    }

    /// demand.csv's columns add up to the plan: "asked" once per request (it repeated on every
    /// serving course's row, 102 people for 82 asked), and the apprenticeship cost of each row
    /// (missing: a budget sheet built from the CSVs was IDR 17.6 million short) to `cost.apprenticeships`.
    @Test func theDemandTableAddsUpToThePlan() throws {
        let (scenario, plan) = try ReportFixtures.forum.get()
        let export = SpreadsheetExport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en),
                                       delimiter: .comma)
        let csv = try Self.read(try #require(try export.files().first { $0.name == "demand.csv" }?.data), delimiter: .comma)
        let column = { (name: String) in csv.rows.map { $0[csv.header.firstIndex(of: name) ?? 0] } }
        let sum = { (name: String) in column(name).compactMap { Double($0) }.reduce(0, +) }
        #expect(sum("asked") == Double(scenario.demand.reduce(0) { $0 + $1.people }))
        #expect(sum("unserved") == Double((plan.demand ?? []).reduce(0) { $0 + $1.unserved }))
        let apprenticeships = try #require(plan.cost?.apprenticeships)
        #expect(apprenticeships > 0 && abs(sum("apprenticeship cost") - apprenticeships) < 0.005,
                "\(sum("apprenticeship cost")) vs \(apprenticeships)")
    }

    @Test(arguments: SpreadsheetExport.Delimiter.allCases)
    func namesWithDelimitersQuotesAndLineBreaksSurvive(_ delimiter: SpreadsheetExport.Delimiter) throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let export = SpreadsheetExport(digest: digest, text: TextCatalogue(language: .en), delimiter: delimiter)

        let sessions = try Self.read(try export.sessions(), delimiter: delimiter)
        #expect(sessions.header.count == 15)
        #expect(sessions.rows.count == 2)
        for row in sessions.rows {
            #expect(row.count == sessions.header.count)
            let field = { (name: String) in row[sessions.header.firstIndex(of: name) ?? 0] }
            #expect(field("Title") == ReportFixtures.trickyTitle)
            #expect(field("Instructor name") == ReportFixtures.trickyInstructor)
            #expect(field("Venue name") == ReportFixtures.trickyVenue)
            #expect(field("Site") == ReportFixtures.trickySite)
            #expect(field("Slots") == "08:00-12:00, 13:00-16:00")
            #expect(field("Start") == "08:00" && field("End") == "16:00")
        }
        #expect(sessions.rows.map { $0[0] } == ["2023-01-02", "2023-01-03"])
        #expect(sessions.rows.map { $0[1] } == ["Monday", "Tuesday"])

        let courses = try Self.read(try export.courses(), delimiter: delimiter)
        #expect(courses.rows.count == 2)
        #expect(courses.rows.allSatisfy { $0.count == courses.header.count })
        #expect(courses.rows[1][courses.header.firstIndex(of: "Title") ?? 0] == "Batik; tulis")
        #expect(courses.rows[1][courses.header.firstIndex(of: "Scheduled") ?? 0] == "no")

        let instructors = try Self.read(try export.instructors(), delimiter: delimiter)
        #expect(instructors.rows.count == 1)
        #expect(instructors.rows[0][instructors.header.firstIndex(of: "Organization") ?? 0] == "LPKS \"Maju\", Tbk")
    }

    @Test func linesEndWithCRLFAndFieldsAreQuotedOnlyWhenNeeded() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let data = try SpreadsheetExport(digest: digest, text: TextCatalogue(language: .en), delimiter: .semicolon).courses()
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        #expect(text.hasSuffix("\r\n"))
        // Outside quoted fields every line break is CRLF: remove the quoted parts and look.
        var outside = "", inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle(); continue }
            if !inQuotes { outside.unicodeScalars.append(scalar) }
        }
        #expect(!outside.unicodeScalars.enumerated().contains { i, s in
            s == "\n" && (i == 0 || Array(outside.unicodeScalars)[i - 1] != "\r")
        })
        // With `;` a comma needs no quotes, a semicolon does; quotes are doubled.
        #expect(text.contains("\"Batik; tulis\""))
        #expect(text.contains(";I-1;"))
        #expect(text.contains("\"Jahit, \"\"pola\"\"; lanjutan\nbaris 2 – tingkat \\ mahir\""))
    }

    @Test func numbersFollowTheDelimitersLocale() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let comma = SpreadsheetExport(digest: digest, text: TextCatalogue(language: .en), delimiter: .comma)
        let semicolon = SpreadsheetExport(digest: digest, text: TextCatalogue(language: .id), delimiter: .semicolon)
        #expect(comma.number(1_250_000) == "1250000")
        #expect(comma.number(16_800.5) == "16800.50")
        #expect(semicolon.number(16_800.5) == "16800,50")
        #expect(semicolon.number(0) == "0")
    }

    @Test func indonesianHeadersAndWords() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let export = SpreadsheetExport(digest: digest, text: TextCatalogue(language: .id), delimiter: .semicolon)
        let sessions = try Self.read(try export.sessions(), delimiter: .semicolon)
        #expect(sessions.header.prefix(3) == ["Tanggal", "Hari", "JP"])
        #expect(sessions.rows.map { $0[1] } == ["Senin", "Selasa"])
        let courses = try Self.read(try export.courses(), delimiter: .semicolon)
        let cost = try #require(courses.header.firstIndex(of: "Biaya kursus"))
        #expect(courses.rows[0][cost] == "1101600")  // 4 × 75.000 + 4 × 150.000 + 12 × 16.800 × 1 month
        #expect(courses.rows[1][try #require(courses.header.firstIndex(of: "Dijadwalkan"))] == "tidak")
    }
}
