import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Done-when 4: a what-if plan is printable (`report … --variants --variant`, `whatif --report`),
/// and whatif.csv opens as numbers in a `;` locale.
@Suite struct WhatIfReportTests {
    static let variantsPath = ReportFixtures.packageRoot.appendingPathComponent("fixtures/whatif/pekalongan-variants.yaml").path

    @Test func variantPlansAreReportedAndTheTableReadsAsNumbers() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("whatif")
        let whatif = try ReportCommandTests.trainplan(
            ["whatif", ReportFixtures.pekalonganPath, Self.variantsPath, "--out", out.path, "--lang", "id", "--report",
             "--time-limit", "60"], in: folder)
        #expect(whatif.status == 0, "\(whatif.stderr)")

        // whatif.csv: `;`, and every money cell a plain number in the Indonesian locale, equal to whatif.json.
        let table = try SpreadsheetExportTests.read(try Data(contentsOf: out.appendingPathComponent("whatif.csv")), delimiter: .semicolon)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("whatif.json")))
            as? [[String: Any]])
        #expect(table.rows.count == json.count)
        for (row, entry) in zip(table.rows, json) {
            // The base row in the table's language ("dasar"), the variants by their names.
            let name = try #require(entry["name"] as? String)
            #expect(row[0] == (name == "base" ? "dasar" : name))
            let objective = try #require(Double(row[3].replacingOccurrences(of: ",", with: ".")), "\(row[3]) is not a number")
            #expect(objective == entry["objective"] as? Double)
            let total = try #require(Double(row[4].replacingOccurrences(of: ",", with: ".")))
            #expect(total == (entry["cost"] as? [String: Any])?["total"] as? Double)
            #expect(Int(row[10]) != nil && Int(row[11]) != nil)
        }
        // The change column speaks Indonesian too: "JHT-01: instruktur BLK-SRI → …", never "instructor".
        let changes = table.rows.map { $0[14] }
        #expect(changes.contains { $0.contains("instruktur ") || $0.contains("tempat ") || $0.contains("tanggal ") }, "\(changes)")
        #expect(!changes.contains { $0.contains("instructor ") || $0.contains("venue ") || $0.contains("dates ") }, "\(changes)")
        // whatif --report: a report folder per variant.
        // Each names its variant in the title, so a printed variant does not pass for the base plan.
        let variantPage = try String(contentsOf: out.appendingPathComponent("reports/second-mechanic/report.html"), encoding: .utf8)
        #expect(variantPage.contains("<h1>Rencana pelatihan: Pekalongan 2023 Q1 — varian second-mechanic</h1>")
                && variantPage.contains("proposes a second mechanic, a factory foreman"))
        let basePage = try String(contentsOf: out.appendingPathComponent("reports/base/report.html"), encoding: .utf8)
        #expect(basePage.contains("<h1>Rencana pelatihan: Pekalongan 2023 Q1</h1>"))

        // The variant's plan against the base alone names an instructor the base lacks: an error, not a report.
        let plan = out.appendingPathComponent("plans/second-mechanic.plan.json").path
        let plain = try ReportCommandTests.trainplan(["report", ReportFixtures.pekalonganPath, plan, "--out",
                                                       folder.appendingPathComponent("plain").path], in: folder)
        #expect(plain.status != 0)
        let report = try ReportCommandTests.trainplan(
            ["report", ReportFixtures.pekalonganPath, plan, "--variants", Self.variantsPath, "--variant", "second-mechanic",
             "--out", folder.appendingPathComponent("variant").path, "--lang", "en"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("variant/report.html"), encoding: .utf8)
        #expect(html.contains("CND-BUDI") && html.contains("GM-02") && html.contains("— variant second-mechanic</h1>"))
    }
}
