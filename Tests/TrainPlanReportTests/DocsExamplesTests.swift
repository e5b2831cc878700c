import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// The examples in README.md and docs/scenario-format.md are the tool's own output on the
/// Pekalongan fixture: these tests fail when they go stale.
@Suite struct DocsExamplesTests {
    static func text(_ file: String) throws -> String {
        try String(contentsOf: ReportFixtures.packageRoot.appendingPathComponent(file), encoding: .utf8)
    }

    /// The fenced block that follows `marker` in `document`.
    static func block(after marker: String, in document: String, fence: String = "```\n") throws -> String {
        let start = try #require(document.range(of: marker), "no \(marker)")
        let open = try #require(document.range(of: fence, range: start.upperBound..<document.endIndex))
        let close = try #require(document.range(of: "```", range: open.upperBound..<document.endIndex))
        return String(document[open.upperBound..<close.lowerBound])
    }

    /// Every figure, course, reason and engagement of the plan-file example is the plan's.
    @Test func planFileExampleMatchesTheFixturePlan() throws {
        let (_, plan) = try ReportFixtures.pekalongan.get()
        let example = try Self.block(after: "`trainplan solve` writes a JSON document", in: Self.text("docs/scenario-format.md"),
                                     fence: "```json\n")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(example.utf8)) as? [String: Any])
        let actual = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? [String: Any])
        for key in ["format", "scenario", "status", "objective", "bound", "gap", "unmetValue"] {
            #expect("\(doc[key] ?? "-")" == "\(actual[key] ?? "-")", "\(key)")
        }
        #expect(NSDictionary(dictionary: doc["cost"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: actual["cost"] as? [String: Any] ?? [:]))
        let courses = Dictionary(((actual["courses"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for course in (doc["courses"] as? [[String: Any]]) ?? [] {
            let id = course["id"] as? String ?? ""
            let real = try #require(courses[id], "\(id)")
            for (key, value) in course {
                if key == "sessions" {
                    // Abridged: the example's sessions are the plan's first ones.
                    let shown = (value as? [Any]) ?? [], all = (real[key] as? [Any]) ?? []
                    #expect(NSArray(array: shown) == NSArray(array: Array(all.prefix(shown.count))), "\(id) sessions")
                } else {
                    #expect(NSDictionary(dictionary: [key: value]) == NSDictionary(dictionary: [key: real[key] ?? NSNull()]), "\(id) \(key)")
                }
            }
        }
        let engaged = Dictionary(((actual["engage"] as? [[String: Any]]) ?? []).map { ($0["instructor"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for entry in (doc["engage"] as? [[String: Any]]) ?? [] {
            #expect(NSDictionary(dictionary: entry) == NSDictionary(dictionary: engaged[entry["instructor"] as? String ?? ""] ?? [:]))
        }
    }

    /// README's `solve` and `sourcing` outputs are what the commands print (solver time aside).
    @Test func readmeOutputsAreTheCommandsOwn() throws {
        let readme = try Self.text("README.md")
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("pekalongan-plan.json").path
        let solve = try ReportCommandTests.trainplan(["solve", ReportFixtures.pekalonganPath, "-o", plan, "--lang", "en"], in: folder)
        #expect(solve.status == 0)
        func normalised(_ text: String) -> String {
            text.replacingOccurrences(of: #"\(GLPK [0-9.]+, [0-9.]+ s\)"#, with: "(GLPK, s)", options: .regularExpression)
                .replacingOccurrences(of: plan, with: "pekalongan-plan.json")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let documentedSolve = try Self.block(after: "`trainplan solve fixtures/pekalongan-2023 -o pekalongan-plan.json`:", in: readme)
        #expect(normalised(documentedSolve) == normalised(solve.stdout))
        let sourcing = try ReportCommandTests.trainplan(["sourcing", ReportFixtures.pekalonganPath, "--lang", "en"], in: folder)
        #expect(sourcing.status == 0)
        let documentedSourcing = try Self.block(after: "`trainplan sourcing fixtures/pekalongan-2023`:", in: readme)
        #expect(normalised(documentedSourcing) == normalised(sourcing.stdout))
    }
}
