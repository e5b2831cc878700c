import Foundation
import Testing

/// `trainplan generate` and `trainplan bench` end to end (the built executable, as in
/// ``CommandLineTests``). Nothing here checks a time: `bench` shows speed, tests show behaviour.
@Suite struct GenerateBenchCommandTests {
    @Test func generateWritesAValidScenarioTheSameTwice() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let first = folder.appendingPathComponent("a.yaml").path, second = folder.appendingPathComponent("b.yaml").path
            let run = try CommandLineTests.trainplan(["generate", "--family", "weekly", "--seed", "4", "-o", first])
            #expect(run.status == CommandLineTests.success, "\(run)")
            _ = try CommandLineTests.trainplan(["generate", "--family", "weekly", "--seed", "4", "-o", second])
            #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
            let check = try CommandLineTests.trainplan(["check", first])
            #expect(check.status == CommandLineTests.success, "\(check)")
            #expect(check.stderr.isEmpty, "warnings on a generated scenario: \(check.stderr)")
            // Without -o the scenario goes to standard output.
            let printed = try CommandLineTests.trainplan(["generate", "--family", "weekly", "--seed", "4"])
            #expect(printed.stdout == (try String(contentsOfFile: first, encoding: .utf8)))
        }
    }

    @Test func generateRejectsAnUnknownFamily() throws {
        let run = try CommandLineTests.trainplan(["generate", "--family", "village"])
        #expect(run.status == CommandLineTests.usage, "\(run)")
    }

    /// A file and a generated scenario, two configurations: a row each, medians, and JSON.
    @Test func benchTabulatesEveryRunAndWritesJSON() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let json = folder.appendingPathComponent("bench.json")
            let scenario = CommandLineTests.rules.appendingPathComponent("binding-budget.yaml").path
            let run = try CommandLineTests.trainplan(["bench", scenario, "--families", "city", "--seeds", "1",
                                                      "--configs", "default,whole+no-star", "--time-limit", "20",
                                                      "--json", json.path], timeout: 300)
            #expect(run.status == CommandLineTests.success, "\(run)")
            #expect(run.stdout.contains("binding-budget") && run.stdout.contains("city-1"))
            #expect(run.stdout.contains("Medians per family and configuration"))
            let report = try CommandLineTests.json(json)
            #expect(report["format"] as? String == "trainplan-bench/1")
            let results = try #require(report["results"] as? [[String: Any]])
            #expect(results.count == 4)
            for result in results {
                #expect(result["verified"] as? Bool == true, "\(result)")
                #expect(["optimal", "feasible"].contains(result["status"] as? String ?? ""), "\(result)")
                #expect(result["peakMemoryMB"] as? Double ?? 0 > 0)
                #expect(result["firstPlanSeconds"] != nil && result["totalSeconds"] != nil)
            }
            // The rules fixture's optimum is worked out by hand: 4,000,000.
            let fixture = results.filter { $0["scenario"] as? String == "binding-budget" }
            #expect(fixture.allSatisfy { $0["objective"] as? Double == 4_000_000 })
            let medians = try #require(report["medians"] as? [[String: Any]])
            #expect(medians.count == 4)
        }
    }

    @Test func benchRejectsAnUnknownConfiguration() throws {
        let run = try CommandLineTests.trainplan(["bench", "--families", "city", "--configs", "fastest"])
        #expect(run.status == CommandLineTests.usage, "\(run)")
        #expect(run.stderr.contains("fastest"))
    }
}
