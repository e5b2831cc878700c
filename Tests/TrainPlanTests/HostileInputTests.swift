import Foundation
import Testing
import TrainPlanCore

/// The fuzzing findings of issue 11 as fixtures (`fixtures/hostile/`): each ends in a documented
/// exit status (never a signal), with every error on a line of its file.
@Suite struct HostileInputTests {
    typealias CLI = CommandLineTests
    static let folder = CLI.packageRoot.appendingPathComponent("fixtures/hostile")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test(arguments: [
        ("alias-bomb.yaml", "the YAML aliases here (*name) copy their anchors past"),
        ("control-character.yaml", "control character U+0007"),
        ("escaped-control.yaml", "control character U+001B (written as an escape)"),
        ("long-instructor-id.yaml", "is not the id of any instructor"),
        ("horizon-past-9999.yaml", "ends after 9999-12-31, the last date a plan can hold"),
        ("huge-premium.yaml", "is too large: an amount of money is at most 1,000,000,000,000"),
    ])
    func refusedWithItsLine(_ name: String, _ message: String) throws {
        let path = Self.path(name)
        let run = try CLI.trainplan(["check", path], timeout: 20)
        #expect(run.status == CLI.invalidInput && !run.signalled, "\(run)")
        let errors = (run.stdout + run.stderr).split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.contains { $0.contains(message) }, "\(run)")
        for line in errors {
            #expect(line.range(of: #":\d+:(\d+:)? error:"#, options: .regularExpression) != nil, "no line: \(line)")
        }
        #expect(errors.count <= 25, "bounded, not one per expanded copy: \(run)")
    }

    @Test func aDeepAliasBombIsRefusedOnceAndAtOnce() throws {
        let run = try CLI.trainplan(["solve", Self.path("alias-bomb.yaml"), "-o", "plan.json"], timeout: 20)
        #expect(run.status == CLI.invalidInput && !run.signalled, "\(run)")
        // One error, not the false "missing" ones of the file left unread after it.
        #expect((run.stdout + run.stderr).contains("alias-bomb.yaml: 1 error; nothing was planned"), "\(run)")
    }

    /// Anchors, aliases and merge keys read as the values written out (they were refused, with
    /// false "missing field" errors after them): the aliased count, and a course made from another.
    @Test func anchorsAliasesAndMergeKeysAreRead() throws {
        let aliased = try ScenarioLoader.load(path: Self.path("yaml-alias.yaml")).scenario
        #expect(aliased.courses.map(\.participants) == [10, 10, 10])
        let text = """
            calendar: {start: 2023-01-02, weeks: 4, slots: &day ["08:00-12:00", "13:00-16:00"]}
            defaults: {valuePerParticipant: 1000000}
            courses:
              - &base {id: C1, skill: las, sessions: 4, participants: 10, weekdays: [mon, wed]}
              - {<<: *base, id: C2, participants: 12}
              - <<: [{id: X, skill: las, sessions: 2}, *base]
                id: C3
            instructors:
              - {id: I1, skills: {las: 1}}
            venues:
              - {id: V1, capacity: 12}
            """
        let scenario = try ScenarioLoader.load(text: text, file: "merge.yaml").scenario
        #expect(scenario.calendar.slots.count == 2)
        #expect(scenario.courses.map(\.id) == ["C1", "C2", "C3"])
        #expect(scenario.courses.map(\.participants) == [10, 12, 10])
        // The first mapping of a merge list wins over the later ones; what the course writes wins over both.
        #expect(scenario.courses.map(\.sessions) == [4, 4, 2])
        #expect(scenario.courses.allSatisfy { $0.weekdays == [.mon, .wed] })
        let wrong = LoaderTests.errors("<<: 5\n" + text, file: "merge.yaml")
        #expect(wrong.contains { $0.message == "a merge key (<<) takes a mapping or a list of mappings (<<: *defaults)" }, "\(wrong)")
    }

    @Test(arguments: ["name-with-controls.yaml", "long-name.yaml", "long-ids.yaml"])
    func namesGLPKAbortedOnSolveAndVerify(_ name: String) throws {
        try CLI.withTemporaryFolder { folder in
            let plan = folder.appendingPathComponent("plan.json").path
            let solve = try CLI.trainplan(["solve", Self.path(name), "-o", plan, "--quiet"], timeout: 30)
            #expect(solve.status == CLI.success && !solve.signalled, "\(solve)")
            let verify = try CLI.trainplan(["verify", Self.path(name), plan])
            #expect(verify.status == CLI.success, "\(verify)")
            // The same optimum as the scenario it was copied from (binding-budget.yaml: 4,000,000).
            #expect(try CLI.json(URL(fileURLWithPath: plan))["objective"] as? Double == 4_000_000)
        }
    }

    /// JSON that parses but holds a slot of 1e300: the decoder called it "not valid JSON".
    @Test func aPlanValueOutOfRangeIsNamedSo() throws {
        let fixture = CLI.packageRoot.appendingPathComponent("fixtures/replanning/plan-2023-01-02.json")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let slots = try #require(text.range(of: #""slots": \[\s*\d+"#, options: .regularExpression))
        let forged = text.replacingCharacters(in: slots, with: #""slots": [1e300"#)
        try CLI.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("plan.json").path
            try Data(forged.utf8).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: PlanFileError.self) { try PlanFile.read(path) }
            #expect(error?.message.contains("a value does not fit its field") == true, "\(String(describing: error))")
            #expect(error?.message.contains(".courses[0].sessions[0].slots[0] is 1e+300") == true, "\(String(describing: error))")
        }
    }

    /// A plan file cut short or mistyped by hand: the message says what is wrong in a planner's
    /// words (the decoder said "Expected to decode Dictionary<String, Any> but found an array").
    @Test func aBrokenPlanFileIsExplainedPlainly() throws {
        let fixture = CLI.packageRoot.appendingPathComponent("fixtures/replanning/plan-2023-01-02.json")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let weekdays = try #require(text.range(of: #""weekdays": \[\s*"[a-z]+""#, options: .regularExpression))
        let cases: [(String, String)] = [
            (String(text.prefix(text.count / 2)), "looks cut short"),
            ("[]", "the top level: expected an object { ... }, found a list"),
            (text.replacingCharacters(in: weekdays, with: #""weekdays": ["sunday-ish""#), "\"sunday-ish\" is not one of mon, tue"),
            (text.replacingOccurrences(of: #""status": "optimal""#, with: #""status": "great""#), "is not one of optimal"),
            (text.replacingOccurrences(of: #""slots": ["#, with: #""slots": "1", "y": ["#), "expected a list [ ... ], found text"),
            // Foundation keeps the first of two keys, Python the last: two plans in one file.
            (text.replacingOccurrences(of: #""status": "optimal""#, with: #""status": "optimal", "status": "feasible""#),
             ".status is given twice in one object"),
            (text.replacingOccurrences(of: #""instructor": "#, with: #""instructor": "X", "instructor": "#),
             ".courses[].instructor is given twice in one object"),
        ]
        try CLI.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("plan.json").path
            for (forged, expected) in cases {
                try Data(forged.utf8).write(to: URL(fileURLWithPath: path))
                let error = #expect(throws: PlanFileError.self) { try PlanFile.read(path) }
                #expect(error?.message.contains(expected) == true, "\(expected): \(String(describing: error))")
            }
        }
    }

    @Test func aTenThousandYearHolidayIsReadAtOnce() throws {
        let run = try CLI.trainplan(["check", Self.path("endless-holidays.yaml")], timeout: 20)
        #expect(run.status == CLI.success && !run.signalled, "\(run)")
        #expect(run.stdout.contains("0 working days"), "\(run)")
    }

    @Test(arguments: ["1e16", "1e300", "inf", "nan", "-1"])
    func anyTimeLimitIsAUsageErrorOrFine(_ limit: String) throws {
        let run = try CLI.trainplan(["solve", CLI.rules.appendingPathComponent("binding-budget.yaml").path,
                                     "--time-limit", limit, "-o", "plan.json", "--quiet"])
        #expect(run.status == CLI.usage && !run.signalled, "\(run)")
    }

    /// 306-character ids name calendar files: `report` wrote "File name too long" (exit 1).
    @Test func longIdsGiveCalendarFilesThatFit() throws {
        try CLI.withTemporaryFolder { folder in
            let plan = folder.appendingPathComponent("plan.json").path
            let out = folder.appendingPathComponent("report").path
            let solve = try CLI.trainplan(["solve", Self.path("long-ids.yaml"), "-o", plan, "--quiet"], timeout: 30)
            #expect(solve.status == CLI.success, "\(solve)")
            let report = try CLI.trainplan(["report", Self.path("long-ids.yaml"), plan, "--out", out])
            #expect(report.status == CLI.success && !report.signalled, "\(report)")
            let calendars = try FileManager.default.contentsOfDirectory(atPath: out + "/calendars")
            #expect(calendars.count == 2 && calendars.allSatisfy { $0.utf8.count <= FileNameStem.maximumBytes + 13 }, "\(calendars)")
        }
    }

    @Test func fileNameStemsAreShortStableAndDistinct() {
        let a = String(repeating: "X", count: 300) + "-A", b = String(repeating: "X", count: 300) + "-B"
        #expect(FileNameStem.of("GM-01") == "GM-01")
        #expect(FileNameStem.of(a).utf8.count == FileNameStem.maximumBytes)
        #expect(FileNameStem.of(a) == FileNameStem.of(a) && FileNameStem.of(a) != FileNameStem.of(b))
    }
}
