import Foundation
import Testing

/// `trainplan solve -o PATH` through the built executable: a device stays a device, a
/// symbolic link is not written through, and a failed write says where and why.
@Suite struct SafeWritingCommandLineTests {
    static let scenario = CommandLineTests.rules.appendingPathComponent("binding-budget.yaml").path
    static let failure: Int32 = 1

    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// As root, renaming a temporary over /dev/null would replace the device with a plain file.
    @Test(.enabled(if: access("/dev/null", W_OK) == 0))
    func devNullStaysADevice() throws {
        let solve = try CommandLineTests.trainplan(["solve", Self.scenario, "-o", "/dev/null", "--quiet"])
        #expect(solve.status == CommandLineTests.success && !solve.signalled, "\(solve)")
        #expect(Self.kind("/dev/null") == S_IFCHR)
    }

    @Test func aLinkIsNotWrittenThrough() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let precious = folder.appendingPathComponent("precious.json")
            try Data("{\"mine\": true}".utf8).write(to: precious)
            let link = folder.appendingPathComponent("plan.json").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: precious.path)
            let solve = try CommandLineTests.trainplan(["solve", Self.scenario, "-o", link, "--quiet"])
            #expect(solve.status == Self.failure && !solve.signalled, "\(solve)")
            #expect(solve.stderr.contains("cannot write \(link): is a symbolic link"), "\(solve)")
            #expect(try String(contentsOf: precious, encoding: .utf8) == "{\"mine\": true}")
            #expect(Self.kind(link) == S_IFLNK)
        }
    }

    /// `-o out/report.html --report out` wrote the plan, then the report replaced it without a word.
    @Test(arguments: ["report.html", "sessions.csv", "calendars/I1.ics"])
    func aPlanTheReportWouldReplaceIsRefused(name: String) throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let plan = folder.appendingPathComponent(name).path
            let solve = try CommandLineTests.trainplan(["solve", Self.scenario, "-o", plan, "--report", folder.path, "--quiet"])
            #expect(solve.status == 64 && !solve.signalled, "\(solve)")
            #expect(solve.stderr.contains("would replace the plan"), "\(solve)")
            #expect(!FileManager.default.fileExists(atPath: plan))
        }
    }

    /// GLPK writes the model with fopen(3); the model still reaches OUTPUT only through AtomicFile.
    @Test func exportModelDoesNotWriteThroughALink() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let precious = folder.appendingPathComponent("precious.lp")
            try Data("mine".utf8).write(to: precious)
            let link = folder.appendingPathComponent("model.lp").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: precious.path)
            let export = try CommandLineTests.trainplan(["export-model", Self.scenario, "-o", link])
            #expect(export.status == Self.failure && !export.signalled, "\(export)")
            #expect(export.stderr.contains("cannot write \(link): is a symbolic link"), "\(export)")
            #expect(try String(contentsOf: precious, encoding: .utf8) == "mine")

            let model = folder.appendingPathComponent("plain.lp")
            let plain = try CommandLineTests.trainplan(["export-model", Self.scenario, "-o", model.path])
            #expect(plain.status == CommandLineTests.success, "\(plain)")
            #expect(try String(contentsOf: model, encoding: .utf8).contains("Minimize"))
        }
    }

    @Test func aMissingFolderIsNamedWithTheReason() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("no-such-folder/plan.json").path
            // solve says so before it searches (it searched its whole time limit, then lost the plan).
            let solve = try CommandLineTests.trainplan(["solve", Self.scenario, "-o", path, "--quiet"])
            #expect(solve.status == CommandLineTests.usage && !solve.signalled, "\(solve)")
            #expect(solve.stderr.contains("the folder \(folder.appendingPathComponent("no-such-folder").path) does not exist"), "\(solve)")
            let export = try CommandLineTests.trainplan(["export-model", Self.scenario, "-o", path])
            #expect(export.status == Self.failure && !export.signalled, "\(export)")
            #expect(export.stderr == "cannot write \(path): No such file or directory\n", "\(export)")
        }
    }

    /// Root may write anywhere, so this needs an ordinary user.
    @Test(.enabled(if: geteuid() != 0))
    func anUnwritableFolderIsNamedWithTheReason() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0o500)
            defer { chmod(locked.path, 0o700) }
            let path = locked.appendingPathComponent("plan.json").path
            let solve = try CommandLineTests.trainplan(["solve", Self.scenario, "-o", path, "--quiet"])
            #expect(solve.status == Self.failure && !solve.signalled, "\(solve)")
            #expect(solve.stderr == "cannot write \(path): Permission denied\n", "\(solve)")
        }
    }

    /// A report file that is a link (here report.html) is refused by name, in the report's language.
    @Test func aReportFileThatIsALinkIsRefused() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let plan = folder.appendingPathComponent("plan.json").path
            let solve = try CommandLineTests.trainplan(["solve", Self.scenario, "-o", plan, "--quiet"])
            try #require(solve.status == CommandLineTests.success, "\(solve)")
            let out = folder.appendingPathComponent("report")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let precious = folder.appendingPathComponent("precious.html")
            try Data("mine".utf8).write(to: precious)
            let link = out.appendingPathComponent("report.html").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: precious.path)
            let report = try CommandLineTests.trainplan(["report", Self.scenario, plan, "--out", out.path, "--lang", "en"])
            #expect(report.status == Self.failure && !report.signalled, "\(report)")
            #expect(report.stderr.contains("cannot write \(link): is a symbolic link"), "\(report)")
            #expect(try String(contentsOf: precious, encoding: .utf8) == "mine")
        }
    }
}
