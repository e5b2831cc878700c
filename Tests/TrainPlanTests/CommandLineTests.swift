import Foundation
import Testing
import TrainPlanReport

/// End-to-end: the built `trainplan` executable run on temporary files and on
/// `fixtures/rules`. Bad input of every kind must exit with the documented
/// status, name the file and line, never crash, and never write a plan file.
///
/// The executable must be built first (`swift build --build-tests`, as `make test` does).
@Suite struct CommandLineTests {
    // MARK: - Exit codes (Sources/TrainPlanCLI/ExitStatus.swift)

    static let success: Int32 = 0
    static let invalidInput: Int32 = 2
    static let infeasible: Int32 = 3
    static let planInvalid: Int32 = 5
    static let usage: Int32 = 64

    // MARK: - Running the executable

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let rules = packageRoot.appendingPathComponent("fixtures/rules")

    /// The `trainplan` executable: `$TRAINPLAN_BINARY`, else the one built beside the test bundle, else `.build/debug`.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        if let given = ProcessInfo.processInfo.environment["TRAINPLAN_BINARY"], !given.isEmpty {
            candidates.append(URL(fileURLWithPath: given))
        } else {
            // Linux: .build/<triple>/debug/trainplanPackageTests.xctest; macOS: the same with Contents/MacOS inside.
            for start in Bundle.allBundles.map(\.bundleURL) + [URL(fileURLWithPath: CommandLine.arguments.first ?? "")] {
                var folder = start
                for _ in 0..<5 {
                    candidates.append(folder.appendingPathComponent("trainplan"))
                    folder = folder.deletingLastPathComponent()
                }
            }
            candidates.append(packageRoot.appendingPathComponent(".build/debug/trainplan"))
        }
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        Issue.record("""
            The trainplan executable is not built, so the command-line tests cannot run.
            Build it first: `swift build --build-tests` (or `make test`), or set TRAINPLAN_BINARY.
            Looked for: \(candidates.map(\.standardizedFileURL.path).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .joined(separator: ", "))
            """)
        throw MissingExecutable()
    }

    struct MissingExecutable: Error {}

    struct Run: CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        /// Killed by a signal (a crash, a trap), or by the test's time limit.
        var signalled: Bool
        var stdout: String
        var stderr: String

        var description: String {
            "trainplan \(arguments.joined(separator: " ")) -> \(signalled ? "signal" : "exit") \(status)\n"
                + "--- stdout\n\(stdout)\n--- stderr\n\(stderr)"
        }
    }

    /// Runs `trainplan` with `arguments`, its output going to files (no pipe to fill up).
    static func trainplan(_ arguments: [String], timeout: TimeInterval = 60) throws -> Run {
        let binary = try executable()
        return try withTemporaryFolder { folder in
            let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
            try Data().write(to: out)
            try Data().write(to: err)
            let stdout = try FileHandle(forWritingTo: out), stderr = try FileHandle(forWritingTo: err)
            defer { try? stdout.close(); try? stderr.close() }
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(5_000) }
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
                Issue.record("trainplan \(arguments.joined(separator: " ")) ran longer than \(Int(timeout)) s")
            }
            process.waitUntilExit()
            return Run(arguments: arguments, status: process.terminationStatus,
                       signalled: process.terminationReason == .uncaughtSignal,
                       stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
        }
    }

    /// Runs `body` with a fresh folder, removed afterwards.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func json(_ path: URL) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: path))
        return try #require(object as? [String: Any], "\(path.path) is not a JSON object")
    }

    /// 1-based number of the first line of `text` containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    // MARK: - A valid scenario to break

    static let valid = """
        name: CLI test
        calendar:
          start: 2023-01-02
          weeks: 2
          slots: [am, pm]
        defaults:
          valuePerParticipant: 100000
        courses:
          - id: SEW-1
            skill: sewing
            sessions: 4
            participants: 10
        instructors:
          - id: ANI
            skills: {sewing: 2}
            feePerSlot: 50000
        venues:
          - id: HALL
            capacity: 20

        """

    static func edited(_ replacements: [(String, String)]) -> String {
        replacements.reduce(valid) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    // MARK: - check

    @Test func checkAcceptsAValidScenarioAndPrintsItsWarnings() throws {
        try Self.withTemporaryFolder { folder in
            let text = Self.edited([("skill: sewing", "skill: sewng")])
            let path = folder.appendingPathComponent("typo.yaml")
            try Self.write(Data(text.utf8), to: path)
            let run = try Self.trainplan(["check", path.path])
            #expect(run.status == Self.success && !run.signalled, "\(run)")
            #expect(run.stdout.contains("CLI test: valid. 1 course, 1 instructor, 1 venue"), "\(run)")
            let at = "\(path.path):\(Self.line(of: "skill: sewng", in: text) ?? 0):"   // the field's own line
            #expect(run.stderr.contains("\(at)") && run.stderr.contains("warning:"), "\(run)")
            #expect(run.stderr.contains("no instructor has the skill \"sewng\" (did you mean \"sewing\"?)"), "\(run)")
            #expect(run.stderr.contains("instructor ANI: no course can use them"), "\(run)")
            #expect(!run.stderr.contains("error"), "\(run)")
        }
    }

    /// No output lands on an input: a plan over its scenario, a report over the scenario folder's
    /// CSV files, sourcing's JSON over the scenario. Refused before anything is solved.
    @Test func outputsNeverOverwriteInputs() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = folder.appendingPathComponent("scenario.yaml")
            try Self.write(Data(Self.valid.utf8), to: scenario)
            let csvFolder = folder.appendingPathComponent("pek")
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("fixtures/pekalongan-2023"), to: csvFolder)
            let courses = try Data(contentsOf: csvFolder.appendingPathComponent("courses.csv"))
            let refused: [[String]] = [
                ["solve", scenario.path, "-o", scenario.path],
                ["solve", csvFolder.path, "-o", csvFolder.appendingPathComponent("courses.csv").path],
                ["solve", csvFolder.path, "-o", folder.appendingPathComponent("p.json").path, "--report", csvFolder.path],
                ["sourcing", scenario.path, "--json", folder.appendingPathComponent("./scenario.yaml").path],
                ["export-model", scenario.path, "-o", scenario.path],
                // A tester's (helper 60): bench's JSON over the scenario, whatif's beside its variants
                // named whatif.json, a list file the scenario folder does not have yet.
                ["bench", scenario.path, "--json", scenario.path],
                ["whatif", scenario.path, folder.appendingPathComponent("whatif.json").path, "--out", folder.path],
                ["solve", csvFolder.path, "-o", csvFolder.appendingPathComponent("demand.csv").path],
            ]
            try Self.write(Data("[]".utf8), to: folder.appendingPathComponent("whatif.json"))
            for arguments in refused {
                let run = try Self.trainplan(arguments + ["--time-limit", "5"].filter { _ in arguments[0] != "export-model" })
                #expect(run.status == Self.usage && !run.signalled, "\(arguments): \(run)")
                #expect(run.stderr.contains("would overwrite") || run.stderr.contains("would be overwritten")
                        || run.stderr.contains("is the scenario folder") || run.stderr.contains("the next load would read it"), "\(run)")
            }
            #expect(try String(contentsOf: folder.appendingPathComponent("whatif.json"), encoding: .utf8) == "[]")
            // A plan that could not be written is said before the search, not after it (and the batch
            // table is not written among the scenarios it lists, where it would be read as one).
            for (arguments, said) in [(["solve", scenario.path, "-o", folder.appendingPathComponent("nowhere/plan.json").path], "does not exist"),
                                      (["solve", scenario.path, "-o", folder.path], "is a folder"),
                                      (["batch", csvFolder.path, "--out", csvFolder.path], "is the folder of scenarios"),
                                      (["whatif", scenario.path, scenario.path, "--shard", "0/99999999999"], "is invalid for '--shard"),
                                      (["report", scenario.path, scenario.path, "--out", scenario.path], "is a file: give a folder"),
                                      (["whatif", scenario.path, scenario.path, "--out", scenario.path], "is a file: give a folder"),
                                      (["bench", scenario.path, "--configs", "gap=2"], "gap= takes a relative gap from 0"),
                                      (["jobs", "whatif", scenario.path, scenario.path, "--engine", "slurm", "--shards", "99999999999"],
                                       "--shards must be between 1 and 10000")] {
                let run = try Self.trainplan(arguments)
                #expect(run.status == Self.usage && run.stderr.contains(said) && !run.signalled, "\(arguments): \(run)")
            }
            #expect(try String(contentsOf: scenario, encoding: .utf8) == Self.valid)
            #expect(try Data(contentsOf: csvFolder.appendingPathComponent("courses.csv")) == courses)
            // A plan beside its scenario, and a report into a folder of its own, are fine.
            let plan = folder.appendingPathComponent("plan.json").path
            let run = try Self.trainplan(["solve", scenario.path, "-o", plan, "--time-limit", "5", "--xlsx", "--report",
                                          folder.appendingPathComponent("report").path])
            #expect(run.status == Self.success, "\(run)")
            // The names the guard knows are every name a report writes.
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("report").path)
            #expect(Set(written).isSubset(of: ReportWriter.names) && written.contains("plan.xlsx"), "\(written)")
            let report = try Self.trainplan(["report", csvFolder.path, plan, "--out", csvFolder.path])
            #expect(report.status == Self.usage && report.stderr.contains("is the scenario folder"), "\(report)")
            // A plan kept in the scenario folder is not an input: solving again may replace it.
            let inside = csvFolder.appendingPathComponent("plan.json").path
            for _ in 0..<2 {
                let again = try Self.trainplan(["solve", csvFolder.path, "-o", inside, "--time-limit", "5"])
                #expect(again.status == Self.success, "\(again)")
            }
            // verify refutes "infeasible" where scheduling nothing is valid (the scenario has no mandatory course).
            let claim = folder.appendingPathComponent("claim.json")
            var claimed = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any] ?? [:]
            claimed["status"] = "infeasible"
            for key in ["objective", "cost", "unmetValue", "bound", "gap", "engage"] { claimed[key] = NSNull() }
            claimed["courses"] = (claimed["courses"] as? [[String: Any]] ?? []).map { ["id": $0["id"] ?? "", "scheduled": false] }
            try JSONSerialization.data(withJSONObject: claimed).write(to: claim)
            let verify = try Self.trainplan(["verify", scenario.path, claim.path])
            #expect(verify.status == Self.planInvalid && verify.stdout.contains("scheduling nothing is valid"), "\(verify)")
        }
    }

    @Test func checkNamesTheCourseThatCannotRun() throws {
        let path = Self.rules.appendingPathComponent("infeasible-mandatory.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let run = try Self.trainplan(["check", path.path])
        #expect(run.status == Self.success && !run.signalled, "\(run)")
        #expect(run.stdout.contains("WELD-CERT cannot run: no instructor has welding at level 3 or more"), "\(run)")
        let line = try #require(Self.line(of: "skill: welding", in: text))
        #expect(run.stderr.contains("\(path.path):\(line):"), "\(run)")
        #expect(run.stderr.contains("warning: skill: course WELD-CERT: no instructor has welding at level 3 or more"), "\(run)")
    }

    static let ruleFixtures: [String] = (try? FileManager.default.contentsOfDirectory(atPath: rules.path))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

    @Test func ruleFixturesExist() {
        #expect(Self.ruleFixtures.count >= 6, "fixtures/rules holds \(Self.ruleFixtures)")
    }

    @Test(arguments: ruleFixtures)
    func everyRuleFixtureChecksValid(_ name: String) throws {
        let run = try Self.trainplan(["check", Self.rules.appendingPathComponent(name).path])
        #expect(run.status == Self.success && !run.signalled, "\(run)")
        #expect(run.stdout.contains(": valid."), "\(run)")
    }

    // MARK: - solve and verify

    @Test func solveThenVerifyTheBindingBudgetFixture() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = Self.rules.appendingPathComponent("binding-budget.yaml").path
            let planPath = folder.appendingPathComponent("plan.json")
            let solve = try Self.trainplan(["solve", scenario, "-o", planPath.path, "--time-limit", "20"])
            #expect(solve.status == Self.success && !solve.signalled, "\(solve)")
            #expect(solve.stdout.contains("Plan written to \(planPath.path)."), "\(solve)")
            let plan = try Self.json(planPath)
            #expect(plan["format"] as? String == "trainplan-plan/1")
            #expect(plan["status"] as? String == "optimal")
            #expect((plan["objective"] as? NSNumber)?.doubleValue == 4_000_000)
            // The limit asked for, not what reading the scenario left of it (it said 19).
            #expect(((plan["solver"] as? [String: Any])?["timeLimitSeconds"] as? NSNumber)?.doubleValue == 20)
            let courses = try #require(plan["courses"] as? [[String: Any]])
            #expect(courses.map { $0["id"] as? String } == ["A", "B", "C"])
            #expect(courses.map { $0["scheduled"] as? Bool } == [true, false, true])

            let verify = try Self.trainplan(["verify", scenario, planPath.path])
            #expect(verify.status == Self.success && !verify.signalled, "\(verify)")
            #expect(verify.stdout.contains("\(planPath.path): valid (optimal, 2 of 3 courses scheduled)"), "\(verify)")
        }
    }

    @Test(arguments: [
        ("infeasible-mandatory.yaml", "no instructor has welding at level 3 or more"),
        ("budget-below-mandatory.yaml", "the least the mandatory courses (SEW-CORE) can cost"),
        // The two that clash, not K3 beside them; what they share; the change that is enough.
        ("mandatory-clash.yaml", "the mandatory courses (LAS-1, LAS-2) cannot all be scheduled together: their instructors, "
         + "venues, cohorts or load limits clash; only JOKO can teach LAS-1, LAS-2; to let the other mandatory courses run: make any "
         + "one of them not mandatory"),
    ])
    func infeasibleFixtureExitsThreeWithTheReason(_ name: String, _ reason: String) throws {
        try Self.withTemporaryFolder { folder in
            let planPath = folder.appendingPathComponent("plan.json")
            let run = try Self.trainplan(["solve", Self.rules.appendingPathComponent(name).path,
                                          "-o", planPath.path, "--time-limit", "20"])
            #expect(run.status == Self.infeasible && !run.signalled, "\(run)")
            #expect(run.stdout.contains("infeasible") && run.stdout.contains("No valid plan exists:"), "\(run)")
            #expect(run.stdout.contains(reason), "\(run)")
            // The plan file says so too: no figures, every course unscheduled with reasons.
            let plan = try Self.json(planPath)
            #expect(plan["status"] as? String == "infeasible")
            #expect(plan["objective"] is NSNull && plan["cost"] is NSNull && plan["unmetValue"] is NSNull)
            let courses = try #require(plan["courses"] as? [[String: Any]])
            #expect(!courses.isEmpty && courses.allSatisfy { $0["scheduled"] as? Bool == false })
            #expect(courses.allSatisfy { !(($0["reasons"] as? [String]) ?? []).isEmpty })
        }
    }

    /// Solves binding-budget.yaml, applies `tamper` to the plan JSON, and verifies it.
    static func verifyTampered(_ tamper: (inout [String: Any]) throws -> Void) throws -> Run {
        try withTemporaryFolder { folder in
            let scenario = rules.appendingPathComponent("binding-budget.yaml").path
            let planPath = folder.appendingPathComponent("plan.json")
            let solve = try trainplan(["solve", scenario, "-o", planPath.path, "--time-limit", "20", "--quiet"])
            try #require(solve.status == success, "\(solve)")
            var plan = try json(planPath)
            try tamper(&plan)
            try JSONSerialization.data(withJSONObject: plan).write(to: planPath)
            return try trainplan(["verify", scenario, planPath.path])
        }
    }

    /// `-o -` is standard output, as Unix tools read it (it wrote a file named `-`): the plan
    /// alone there, to pipe on; the summary on standard error.
    @Test func aPlanWrittenToStandardOutputIsThePlanAlone() throws {
        let scenario = Self.rules.appendingPathComponent("binding-budget.yaml").path
        let solve = try Self.trainplan(["solve", scenario, "-o", "-", "--time-limit", "20"])
        #expect(solve.status == Self.success && !solve.signalled, "\(solve)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(solve.stdout.utf8)) as? [String: Any], "\(solve)")
        #expect(plan["objective"] as? NSNumber == 4_000_000)
        #expect(solve.stderr.contains("Scheduled courses (2 of 3)") && !solve.stderr.contains("Plan written"), "\(solve)")
        let generate = try Self.trainplan(["generate", "--seed", "-1"])
        #expect(generate.status == 64 && generate.stderr.contains("'-1' is invalid for '--seed"), "\(generate)")
        // And `-` is standard input where a plan is read: the plan piped on verifies.
        let verify = Process()
        verify.executableURL = try Self.executable()
        verify.arguments = ["verify", scenario, "-"]
        let input = Pipe(), output = Pipe()
        verify.standardInput = input
        verify.standardOutput = output
        verify.standardError = FileHandle.nullDevice
        try verify.run()
        input.fileHandleForWriting.write(Data(solve.stdout.utf8))
        try input.fileHandleForWriting.close()
        let verified = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        verify.waitUntilExit()
        #expect(verify.terminationStatus == Self.success && verified.contains("-: valid (optimal"), "\(verified)")
        // A folder cannot be standard output (it made a folder named `-`).
        let report = try Self.trainplan(["solve", scenario, "-o", "-", "--report", "-"])
        #expect(report.status == 64 && report.stderr.contains("this option takes a folder"), "\(report)")
        // sourcing's JSON alone on standard output, its table on standard error.
        let sourcing = try Self.trainplan(["sourcing", scenario, "--json", "-", "--time-limit", "10"])
        #expect(sourcing.status == Self.success, "\(sourcing)")
        #expect((try? JSONSerialization.jsonObject(with: Data(sourcing.stdout.utf8))) is [String: Any], "\(sourcing)")
    }

    @Test func verifyRejectsATamperedCostFigure() throws {
        let run = try Self.verifyTampered { plan in
            var cost = try #require(plan["cost"] as? [String: Any])
            cost["total"] = 900_000
            plan["cost"] = cost
        }
        #expect(run.status == Self.planInvalid && !run.signalled, "\(run)")
        #expect(run.stdout.contains("1 problem:"), "\(run)")
        #expect(run.stdout.contains("cost.total is 900,000, recomputed 1,000,000"), "\(run)")
    }

    @Test func verifyRejectsATamperedSessionDate() throws {
        let run = try Self.verifyTampered { plan in
            var courses = try #require(plan["courses"] as? [[String: Any]])
            var sessions = try #require(courses[0]["sessions"] as? [[String: Any]])
            #expect(sessions[0]["date"] as? String == "2023-01-02")
            sessions[0]["date"] = "2023-01-07"   // a Saturday, not a workday
            courses[0]["sessions"] = sessions
            plan["courses"] = courses
        }
        #expect(run.status == Self.planInvalid && !run.signalled, "\(run)")
        #expect(run.stdout.contains("[rule 3] A:"), "\(run)")
        #expect(run.stdout.contains("2023-01-07"), "\(run)")
    }

    @Test func verifyRejectsAPlanThatIsNotAPlanFile() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = Self.rules.appendingPathComponent("binding-budget.yaml").path
            let broken = folder.appendingPathComponent("broken.json")
            try Self.write(Data(#"{"format": "trainplan-plan/1", "status": "optimal", "#.utf8), to: broken)
            let run = try Self.trainplan(["verify", scenario, broken.path])
            #expect(run.status == Self.invalidInput && !run.signalled, "\(run)")
            #expect(run.stderr.contains(broken.path), "\(run)")
            let missing = try Self.trainplan(["verify", scenario, folder.appendingPathComponent("none.json").path])
            #expect(missing.status == Self.invalidInput && !missing.signalled, "\(missing)")
        }
    }

    // MARK: - Usage errors

    @Test(arguments: [
        ["frobnicate"],
        ["solve"],
        ["check"],
        ["verify", "only-a-scenario.yaml"],
        ["solve", "x.yaml", "--time-limit", "0"],
        ["solve", "x.yaml", "--time-limit", "soon"],
        ["solve", "x.yaml", "--gap", "2"],
        ["solve", "x.yaml", "--no-such-option"],
    ])
    func badCommandLineExits64(_ arguments: [String]) throws {
        try Self.withTemporaryFolder { folder in
            let planPath = folder.appendingPathComponent("plan.json")
            let run = try Self.trainplan(arguments + (arguments.first == "solve" ? ["-o", planPath.path] : []))
            #expect(run.status == Self.usage && !run.signalled, "\(run)")
            #expect(run.stderr.contains("Usage:") || run.stderr.contains("Error:"), "\(run)")
            #expect(!FileManager.default.fileExists(atPath: planPath.path))
        }
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let run = try Self.trainplan(["--help"])
        #expect(run.status == Self.success, "\(run)")
        let help = run.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        for phrase in ["2 invalid input", "3 infeasible", "5 plan fails verification", "64 bad command line"] {
            #expect(help.contains(phrase), "\(phrase)")
        }
    }

    // MARK: - Malformed input

    struct Malformed: Sendable, CustomStringConvertible {
        var description: String
        /// Files to write, relative to a temporary folder.
        var files: [(name: String, data: Data)]
        /// What to pass as the scenario, relative to the folder.
        var scenario: String
        /// The file named in the message, relative to the folder (a folder's files are named "folder/file").
        var reportedFile: String
        var line: Int
        /// Phrases the error message must contain.
        var message: [String]
        /// Whole-folder path in messages for folders: "<folder name>/<file>", not an absolute path.
        var folderRelative = false

        init(_ description: String, _ files: [(String, Data)], scenario: String? = nil, reportedFile: String? = nil,
             line: Int, _ message: String...) {
            self.description = description
            self.files = files.map { (name: $0.0, data: $0.1) }
            self.scenario = scenario ?? files[0].0
            self.reportedFile = reportedFile ?? files[0].0
            self.folderRelative = scenario != nil && reportedFile != nil
            self.line = line
            self.message = message
        }

        init(_ description: String, yaml text: String, line: Int, _ message: String...) {
            self.description = description
            self.files = [(name: "scenario.yaml", data: Data(text.utf8))]
            self.scenario = "scenario.yaml"
            self.reportedFile = "scenario.yaml"
            self.line = line
            self.message = message
        }
    }

    static let brokenCSVSettings = """
        calendar: {start: 2023-01-02, weeks: 2, slots: [am, pm]}
        defaults: {valuePerParticipant: 1000}

        """

    static let malformed: [Malformed] = [
        .init("wrong type", yaml: edited([("participants: 10", "participants: ten")]),
              line: 12, "participants:", "expected a whole number, found \"ten\""),
        .init("list where a mapping is expected", yaml: edited([("  - id: HALL\n    capacity: 20", "  - HALL")]),
              line: 18, "expected a venue (a mapping of field: value), found \"HALL\""),
        .init("unknown field", yaml: edited([("sessions: 4", "sesions: 4")]),
              line: 11, "unknown field \"sesions\" in a course; did you mean \"sessions\"?"),
        .init("duplicate id", yaml: edited([("participants: 10", "participants: 10\n  - id: SEW-1\n    skill: sewing\n    sessions: 2\n    participants: 5")]),
              line: 13, "duplicate course id \"SEW-1\""),
        .init("duplicate key", yaml: edited([("capacity: 20", "capacity: 20\n    capacity: 30")]),
              line: 20, "duplicate key \"capacity\" (first given on line 19)"),
        .init("dangling reference", yaml: edited([("participants: 10", "participants: 10\n    instructors: [ANY]")]),
              line: 13, "\"ANY\" is not the id of any instructor; did you mean \"ANI\"?"),
        .init("bad date", yaml: edited([("start: 2023-01-02", "start: 2023-02-30")]),
              line: 3, "\"2023-02-30\" is not a date: February 2023 has 28 days, not 30"),
        .init("impossible rhythm", yaml: edited([("sessions: 4", "sessions: 4\n    weekdays: [mon, thu]\n    daysPerWeek: 3")]),
              line: 13, "impossible rhythm: 3 days a week but the course may meet on only 2 weekdays"),
        .init("broken YAML", yaml: edited([("slots: [am, pm]", "slots: [am, pm")]),
              line: 6, "not valid YAML/JSON"),
        .init("tab indentation", yaml: edited([("  weeks: 2", "\tweeks: 2")]),
              line: 4, "not valid YAML/JSON"),
        .init("broken JSON", [("scenario.json", Data("""
            {
              "calendar": {"start": "2023-01-02", "weeks": 1, "slots": ["am"]}
              "courses": [],
              "instructors": [],
              "venues": []
            }
            """.utf8))], line: 3, "not valid YAML/JSON"),
        .init("broken CSV folder", [
            ("pilot/scenario.yaml", Data(brokenCSVSettings.utf8)),
            ("pilot/courses.csv", Data("id,skill,sessions,participants\nSEW-1,sewing,4\nSEW-2,sewing,four,10\n".utf8)),
            ("pilot/instructors.csv", Data("id,skills\nANI,sewing:1\n".utf8)),
            ("pilot/venues.csv", Data("id,capacity\nHALL,20\n".utf8)),
        ], scenario: "pilot", reportedFile: "pilot/courses.csv", line: 2, "expected 4 cells as in the header, found 3"),
        .init("CSV with a bad number", [
            ("pilot/scenario.yaml", Data(brokenCSVSettings.utf8)),
            ("pilot/courses.csv", Data("id;skill;sessions;participants;value\nSEW-1;sewing;4;10;1,500,000\n".utf8)),
            ("pilot/instructors.csv", Data("id,skills\nANI,sewing:1\n".utf8)),
            ("pilot/venues.csv", Data("id,capacity\nHALL,20\n".utf8)),
        ], scenario: "pilot", reportedFile: "pilot/courses.csv", line: 2,
           "value:", "found \"1,500,000\" (in this file \".\" groups thousands and \",\" is the decimal mark)"),
        .init("empty file", [("empty.yaml", Data())], line: 1, "the file is empty"),
        .init("only comments", [("empty.yml", Data("# to do\n".utf8))], line: 1, "the file is empty"),
        .init("binary file", [("image.yaml", Data("name: x\n".utf8) + Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x0A]))],
              line: 2, "not a text file"),
        .init("not UTF-8", [("latin1.yaml", Data("name: Caf".utf8) + Data([0xE9, 0x0A]))], line: 1, "not UTF-8 text"),
    ]

    /// The scenario path to pass and the file name the messages use.
    static func paths(_ example: Malformed, in folder: URL) -> (scenario: String, reported: String) {
        let scenario = folder.appendingPathComponent(example.scenario).path
        let reported = example.folderRelative ? example.reportedFile : folder.appendingPathComponent(example.reportedFile).path
        return (scenario, reported)
    }

    @Test(arguments: malformed)
    func malformedInputIsReportedAndNothingIsPlanned(_ example: Malformed) throws {
        try Self.withTemporaryFolder { folder in
            for file in example.files { try Self.write(file.data, to: folder.appendingPathComponent(file.name)) }
            let (scenario, reported) = Self.paths(example, in: folder)

            let check = try Self.trainplan(["check", scenario])
            #expect(check.status == Self.invalidInput && !check.signalled, "\(check)")
            let errorLine = check.stderr.split(separator: "\n").first { $0.hasPrefix("\(reported):\(example.line):") }
            #expect(errorLine != nil, "no error at \(reported):\(example.line)\n\(check)")
            if let errorLine {
                #expect(errorLine.contains("error:"), "\(check)")
                for phrase in example.message { #expect(errorLine.contains(phrase), "\(phrase)\n\(check)") }
            }
            #expect(check.stderr.contains("\(scenario): "), "\(check)")
            #expect(check.stderr.contains("; nothing was planned"), "\(check)")

            // solve writes no plan file...
            let plan = folder.appendingPathComponent("out/plan.json")
            try FileManager.default.createDirectory(at: plan.deletingLastPathComponent(), withIntermediateDirectories: true)
            let solve = try Self.trainplan(["solve", scenario, "-o", plan.path, "--time-limit", "5"])
            #expect(solve.status == Self.invalidInput && !solve.signalled, "\(solve)")
            #expect(solve.stderr.contains("\(reported):\(example.line):"), "\(solve)")
            #expect(!FileManager.default.fileExists(atPath: plan.path), "a plan file was written for \(example)")
            // ...and leaves an existing one alone.
            let old = Data("{\"format\": \"an older plan, keep me\"}\n".utf8)
            try old.write(to: plan)
            let again = try Self.trainplan(["solve", scenario, "-o", plan.path, "--time-limit", "5", "--quiet"])
            #expect(again.status == Self.invalidInput && !again.signalled, "\(again)")
            #expect(again.stderr.contains("\(reported):\(example.line):"), "--quiet still prints errors\n\(again)")
            #expect(try Data(contentsOf: plan) == old, "the existing plan file was changed")

            let verify = try Self.trainplan(["verify", scenario, plan.path])
            #expect(verify.status == Self.invalidInput && !verify.signalled, "\(verify)")
            #expect(verify.stderr.contains("\(reported):\(example.line):"), "\(verify)")
        }
    }

    @Test func everyErrorInAFileIsReportedAtOnce() throws {
        try Self.withTemporaryFolder { folder in
            let text = Self.edited([("weeks: 2", "weeks: 2\n  workdays: [mon, tue, wed, thu, fry]"), ("sessions: 4", "sesions: 4"),
                                    ("participants: 10", "participants: 10\n    venues: [HAL]"),
                                    ("feePerSlot: 50000", "feePerSlot: cheap"), ("capacity: 20", "capacity: 20\n    capacity: 30")])
            let path = folder.appendingPathComponent("many.yaml")
            try Self.write(Data(text.utf8), to: path)
            let run = try Self.trainplan(["check", path.path])
            #expect(run.status == Self.invalidInput && !run.signalled, "\(run)")
            let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix(path.path + ":") && $0.contains(" error: ") }
            let lines = errors.compactMap { $0.dropFirst(path.path.count + 1).split(separator: ":").first.flatMap { Int($0) } }
            let expected = ["fry]", "- id: SEW-1", "sesions:", "venues: [HAL]", "feePerSlot: cheap", "capacity: 30"]
                .compactMap { Self.line(of: $0, in: text) }
            #expect(Set(lines) == Set(expected), "\(run)")
            #expect(lines.count == 6, "\(run)")
            #expect(run.stderr.contains("\(path.path): 6 errors; nothing was planned"), "\(run)")
        }
    }

    @Test func missingScenarioAndWrongExtension() throws {
        try Self.withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("nowhere.yaml").path
            let run = try Self.trainplan(["check", missing])
            #expect(run.status == Self.invalidInput && !run.signalled, "\(run)")
            #expect(run.stderr.contains("\(missing): error: no such file or folder"), "\(run)")
            let text = folder.appendingPathComponent("scenario.txt")
            try Self.write(Data(Self.valid.utf8), to: text)
            let plan = folder.appendingPathComponent("plan.json")
            let wrong = try Self.trainplan(["solve", text.path, "-o", plan.path])
            #expect(wrong.status == Self.invalidInput && !wrong.signalled, "\(wrong)")
            #expect(wrong.stderr.contains("expected a .json, .yaml or .yml file"), "\(wrong)")
            #expect(!FileManager.default.fileExists(atPath: plan.path))
        }
    }

    /// Money options read as a scenario reads money: `150.000` is asked about (it was taken as 150),
    /// `Rp 150.000` is 150 thousand; an empty or repeated `--skills` is no skill or one skill.
    @Test func sourcingOptionsReadMoneyAndSkillsAsAScenarioDoes() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = folder.appendingPathComponent("s.yaml")
            try Self.write(Data(Self.valid.utf8), to: scenario)
            let ambiguous = try Self.trainplan(["sourcing", scenario.path, "--skills", "sewing", "--fee", "150.000"])
            #expect(ambiguous.status == Self.usage && ambiguous.stderr.contains("\"150.000\" is ambiguous"), "\(ambiguous)")
            #expect(!ambiguous.stderr.contains("decimalMark"), "\(ambiguous)")
            let rupiah = try Self.trainplan(["sourcing", scenario.path, "--skills", "sewing, SEWING", "--fee", "Rp 150.000",
                                             "--engagement", "0", "--jobs", "1", "--time-limit", "10"])
            #expect(rupiah.status == 0, "\(rupiah)")
            #expect(rupiah.stdout.components(separatedBy: "new sewing instructor").count == 2, "one option for one skill: \(rupiah)")
            #expect(rupiah.stdout.contains("IDR 150,000"), "\(rupiah)")
            let none = try Self.trainplan(["sourcing", scenario.path, "--skills", ","])
            #expect(none.status == Self.usage && none.stderr.contains("--skills names no skill"), "\(none)")
            // A skill no course needs is a mistake on the command line (64), not in the scenario (2).
            let unknown = try Self.trainplan(["sourcing", scenario.path, "--skills", "sewingg"])
            #expect(unknown.status == Self.usage && unknown.stderr.contains("no course needs \"sewingg\""), "\(unknown)")
        }
    }

    /// The advice of another scenario is refused by the report, and a file that is no advice says so.
    @Test func aReportRefusesAnotherScenariosAdvice() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = folder.appendingPathComponent("s.yaml")
            try Self.write(Data(Self.valid.utf8), to: scenario)
            let plan = folder.appendingPathComponent("plan.json").path
            #expect(try Self.trainplan(["solve", scenario.path, "-o", plan, "--time-limit", "10"]).status == 0)
            let other = folder.appendingPathComponent("other.json")
            try Self.write(Data(#"{"scenario": "Elsewhere", "status": "optimal", "objective": 1, "candidates": [], "reliances": []}"#.utf8), to: other)
            let refused = try Self.trainplan(["report", scenario.path, plan, "--out", folder.appendingPathComponent("r").path,
                                              "--sourcing-json", other.path])
            #expect(refused.status == Self.invalidInput && refused.stderr.contains("the advice is about scenario \"Elsewhere\", not \"CLI test\""),
                    "\(refused)")
            let junk = folder.appendingPathComponent("junk.json")
            try Self.write(Data(#"{"skill": 1}"#.utf8), to: junk)
            let unread = try Self.trainplan(["report", scenario.path, plan, "--out", folder.appendingPathComponent("r").path,
                                             "--sourcing-json", junk.path])
            #expect(unread.status == Self.invalidInput && unread.stderr.contains("not the advice `trainplan sourcing --json` writes"), "\(unread)")
        }
    }

    /// balance-load with no internal instructor teaching says there is nothing to balance (it said
    /// "0.0 % ... (proven)", naming an instructor who taught nothing).
    @Test func balanceLoadWithoutInternalInstructorsSaysSo() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = folder.appendingPathComponent("s.yaml")
            try Self.write(Data(Self.edited([("feePerSlot: 50000", "feePerSlot: 50000\n    source: partner")]).utf8), to: scenario)
            let run = try Self.trainplan(["solve", scenario.path, "-o", folder.appendingPathComponent("p.json").path,
                                          "--then", "balance-load", "--time-limit", "10"])
            #expect(run.status == 0 && run.stdout.contains("Then balance-load: no internal instructor teaches in this plan"), "\(run)")
            // In Indonesian the line is Indonesian, with its decimal comma (it was English).
            let staffed = folder.appendingPathComponent("internal.yaml")
            try Self.write(Data(Self.valid.utf8), to: staffed)
            let id = try Self.trainplan(["solve", staffed.path, "-o", folder.appendingPathComponent("q.json").path,
                                         "--then", "balance-load", "--time-limit", "10", "--lang", "id"])
            #expect(id.status == 0 && id.stdout.contains("Lalu balance-load: paling banyak ") && id.stdout.contains("detik seluruhnya"), "\(id)")
        }
    }

    /// `--then` given twice was read as its last value, the first dropped unsaid: a planner
    /// asking for both criteria got one. Refused as a command-line error naming both.
    @Test func thenGivenTwiceIsRefused() throws {
        try Self.withTemporaryFolder { folder in
            let scenario = folder.appendingPathComponent("s.yaml")
            try Self.write(Data(Self.valid.utf8), to: scenario)
            let plan = folder.appendingPathComponent("p.json")
            let twice = try Self.trainplan(["solve", scenario.path, "-o", plan.path,
                                            "--then", "balance-load", "--then", "more-trainees"])
            #expect(twice.status == 64 && twice.stderr.contains("--then given 2 times (balance-load, more-trainees)"), "\(twice)")
            #expect(!FileManager.default.fileExists(atPath: plan.path))
        }
    }
}
