import Foundation
import Testing
import TrainPlanReport

/// `trainplan report` and `solve --report --lang` through the built executable
/// (build it first: `swift build --build-tests`, as `make test` does).
@Suite struct ReportCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func executable() throws -> URL {
        if let given = ProcessInfo.processInfo.environment["TRAINPLAN_BINARY"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        var candidates: [URL] = []
        for start in Bundle.allBundles.map(\.bundleURL) + [URL(fileURLWithPath: CommandLine.arguments.first ?? "")] {
            var folder = start
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("trainplan"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(ReportFixtures.packageRoot.appendingPathComponent(".build/debug/trainplan"))
        guard let found = candidates.first(where: {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: $0.path)
        }) else {
            Issue.record("the trainplan executable is not built: run `swift build --build-tests` first")
            throw CancellationError()
        }
        return found
    }

    static func trainplan(_ arguments: [String], environment: [String: String] = [:], in folder: URL) throws -> Run {
        let out = folder.appendingPathComponent("stdout.txt"), err = folder.appendingPathComponent("stderr.txt")
        try Data().write(to: out)
        try Data().write(to: err)
        let stdout = try FileHandle(forWritingTo: out), stderr = try FileHandle(forWritingTo: err)
        defer { try? stdout.close(); try? stderr.close() }
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test func solveWithReportInIndonesianThenReportInEnglish() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let solve = try Self.trainplan(["solve", ReportFixtures.pekalonganPath, "-o", plan, "--lang", "id",
                                        "--report", folder.appendingPathComponent("id").path, "--csv-delimiter", ";"],
                                       in: folder)
        #expect(solve.status == 0, "\(solve.stderr)")
        #expect(solve.stdout.contains(": optimal, biaya + nilai tak terpenuhi Rp "), "\(solve.stdout)")
        #expect(solve.stdout.contains("Kursus yang dijadwalkan ("))
        #expect(solve.stdout.contains("Rencana ditulis ke \(plan)."))
        #expect(solve.stdout.contains("Laporan ditulis ke"))
        let sessions = try Data(contentsOf: folder.appendingPathComponent("id/sessions.csv"))
        #expect(String(decoding: sessions.prefix(40), as: UTF8.self).hasPrefix("\u{FEFF}Tanggal;Hari;"))

        let report = try Self.trainplan(["report", ReportFixtures.pekalonganPath, plan, "--out",
                                         folder.appendingPathComponent("en").path, "--lang", "en"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Report written to"))
        let html = try String(contentsOf: folder.appendingPathComponent("en/report.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">") && html.contains("IDR "))
        let calendars = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("en/calendars").path)
        #expect(calendars.count > 10 && calendars.allSatisfy { $0.hasSuffix(".ics") })
    }

    /// fixtures/replanning/plan-2023-01-02.json as JSON, to edit as another tool would write it.
    static func fixturePlan() throws -> [String: Any] {
        let data = try Data(contentsOf: ReportFixtures.packageRoot.appendingPathComponent("fixtures/replanning/plan-2023-01-02.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A plan another tool wrote may state figures within half a rupiah (verify accepts them): the
    /// report shows the figures recomputed from its sessions, which its own tables add up to (it showed
    /// fees 0.40 above the instructors' sum and a total and objective 1.20 apart), and no part the
    /// scenario cannot have.
    @Test func theReportShowsRecomputedFigures() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixtures = ReportFixtures.packageRoot.appendingPathComponent("fixtures/replanning")
        var json = try Self.fixturePlan()
        var cost = try #require(json["cost"] as? [String: Any])
        let fees = try #require(cost["instructorFees"] as? Double), total = try #require(cost["total"] as? Double)
        let objective = try #require(json["objective"] as? Double)
        cost["instructorFees"] = fees + 0.4
        cost["total"] = total + 0.4
        cost["apprenticeships"] = 0.3
        json["cost"] = cost
        let plan = folder.appendingPathComponent("plan.json")
        try JSONSerialization.data(withJSONObject: json).write(to: plan)
        let run = try Self.trainplan(["report", fixtures.appendingPathComponent("pekalongan-2023").path, plan.path,
                                      "--out", folder.appendingPathComponent("out").path, "--lang", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        let figures = try HTMLReportTests.figures(html)
        #expect(figures.filter { $0.key == "cost.total" }.map(\.value) == [total, total])
        #expect(figures.filter { $0.key == "objective" }.map(\.value) == [objective, objective])
        #expect(!figures.contains { $0.value == 0.3 || $0.value == fees + 0.4 } && !html.contains("pprentice"))
    }

    /// verify names a plan of another scenario, and prints the first problems of each kind with a
    /// count of the rest (every session listed 60 times printed thousands of lines).
    @Test func verifyWarnsOfAnotherScenarioAndCountsRepeatedProblems() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixtures = ReportFixtures.packageRoot.appendingPathComponent("fixtures/replanning")
        var json = try Self.fixturePlan()
        json["scenario"] = "Lain"
        let plan = folder.appendingPathComponent("plan.json")
        try JSONSerialization.data(withJSONObject: json).write(to: plan)
        let scenario = fixtures.appendingPathComponent("pekalongan-2023").path
        let other = try Self.trainplan(["verify", scenario, plan.path, "--lang", "en"], in: folder)
        #expect(other.status == 0 && other.stderr.contains("this plan is of scenario \"Lain\", checked against"), "\(other)")
        var courses = try #require(json["courses"] as? [[String: Any]])
        let sessions = try #require(courses[0]["sessions"] as? [Any])
        courses[0]["sessions"] = Array(repeating: sessions, count: 60).flatMap { $0 }
        json["courses"] = courses
        try JSONSerialization.data(withJSONObject: json).write(to: plan)
        let flood = try Self.trainplan(["verify", scenario, plan.path, "--lang", "en"], in: folder)
        let listed = flood.stdout.split(separator: "\n").filter { $0.hasPrefix("  [") }.count
        #expect(flood.status == 5 && listed <= 200 && flood.stdout.contains("  ... and "), "\(listed) lines: \(flood.stdout.suffix(500))")
    }

    /// The report of a re-plan says so (from which plan, what was frozen, what changed and the
    /// penalties), as the printed summary does: it showed only the hand-overs.
    @Test func aReplanSaysItIsOne() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixtures = ReportFixtures.packageRoot.appendingPathComponent("fixtures/replanning")
        let run = try Self.trainplan(["solve", fixtures.appendingPathComponent("pekalongan-sri-ill").path,
                                      "--from", fixtures.appendingPathComponent("plan-2023-01-02.json").path,
                                      "--frozen-until", "2023-02-17", "-o", folder.appendingPathComponent("ill.json").path,
                                      "--report", folder.appendingPathComponent("out").path, "--lang", "id", "--time-limit", "30"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        let printed = run.stdout.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let heading = try #require(printed.first { $0.hasPrefix("Direncanakan ulang dari ") })
        #expect(html.contains("<h2>\(Markup.escape(heading))</h2>"), "\(heading)")
        let facts = printed.filter { $0.hasPrefix("selesai sampai ") || $0.hasPrefix("berubah: ") || $0.hasPrefix("biaya + nilai tak terpenuhi + penalti") }
        #expect(facts.count == 3, "\(run.stdout)")
        for line in facts { #expect(html.contains("<li>\(Markup.escape(line))</li>"), "\(line)") }
    }

    @Test func languageComesFromTheEnvironmentWhenNotGiven() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let id = try Self.trainplan(["solve", ReportFixtures.pekalonganPath, "-o", plan],
                                    environment: ["TRAINPLAN_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "id_ID.UTF-8"], in: folder)
        #expect(id.stdout.contains("Biaya"))
        let en = try Self.trainplan(["solve", ReportFixtures.pekalonganPath, "-o", plan],
                                    environment: ["TRAINPLAN_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"], in: folder)
        #expect(en.stdout.contains("\nCost\n") && en.stdout.contains("IDR "))
    }

    @Test func refusesAPlanThatFailsVerification() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json")
        let city = ReportFixtures.packageRoot.appendingPathComponent("fixtures/city-scale.yaml").path
        #expect(try Self.trainplan(["solve", ReportFixtures.pekalonganPath, "-o", plan.path, "--quiet"], in: folder).status == 0)
        let wrong = try Self.trainplan(["report", city, plan.path, "--out", folder.appendingPathComponent("r").path], in: folder)
        #expect(wrong.status == 5)
        #expect(wrong.stderr.contains("fails verification"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r/report.html").path))
        let missing = try Self.trainplan(["report", city, folder.appendingPathComponent("none.json").path, "--out",
                                          folder.appendingPathComponent("r").path], in: folder)
        #expect(missing.status == 2)
    }
}
