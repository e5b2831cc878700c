import Foundation
import Testing

/// The built `trainplan` on workbooks: a solve of the Pekalongan workbook matches the folder's,
/// and `template` writes a workbook that `check` reads (and will not overwrite one).
@Suite struct WorkbookCommandLineTests {
    static let fixtures = CommandLineTests.packageRoot.appendingPathComponent("fixtures")

    @Test func solvingTheWorkbookGivesTheFoldersObjective() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            var objectives: [Double] = []
            for (index, scenario) in ["pekalongan-2023", "pekalongan-2023.xlsx"].enumerated() {
                let plan = folder.appendingPathComponent("plan\(index).json")
                let run = try CommandLineTests.trainplan(["solve", Self.fixtures.appendingPathComponent(scenario).path,
                                                          "-o", plan.path, "--time-limit", "60", "--quiet"], timeout: 120)
                #expect(run.status == CommandLineTests.success && !run.signalled, "\(run)")
                let json = try CommandLineTests.json(plan)
                #expect(json["status"] as? String == "optimal")
                objectives.append(try #require((json["objective"] as? NSNumber)?.doubleValue))
            }
            #expect(objectives.count == 2 && objectives[0] == objectives[1], "\(objectives)")
        }
    }

    @Test func templateWritesAWorkbookThatCheckReadsCellByCell() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("kuartal.xlsx").path
            let write = try CommandLineTests.trainplan(["template", "--out", path, "--lang", "id"])
            #expect(write.status == CommandLineTests.success, "\(write)")
            #expect(write.stdout.contains("Templat ditulis ke \(path)."))
            let again = try CommandLineTests.trainplan(["template", "--out", path, "--lang", "en"])
            #expect(again.status == 64 && again.stderr.contains("--force"), "\(again)")
            // Empty, so not yet valid: the errors name the cells to fill.
            let check = try CommandLineTests.trainplan(["check", path])
            #expect(check.status == CommandLineTests.invalidInput, "\(check)")
            #expect(check.stderr.contains("kuartal.xlsx:scenario!B5: error: start: missing required field \"start\""), "\(check)")
            let wrongName = try CommandLineTests.trainplan(["template", "--out", folder.appendingPathComponent("x.csv").path])
            #expect(wrongName.status == CommandLineTests.usage, "\(wrongName)")
        }
    }
}
