import Foundation
import Testing
import Yams

/// Sharded sweeps (issue 17): N shards merged give what one unsharded run gives, for
/// `whatif`, `sourcing`, `bench` and `batch`; a missing shard is named; the job files carry
/// what Slurm and Kubernetes need.
///
/// Solves here end proven optimal well inside their time limits, and run with
/// TRAINPLAN_THREADS=1 (a solve's helper threads can otherwise reach another plan of the
/// same cost first), so every figure and plan is the same in every run; what is timed is not: `seconds` in the JSON and plans, and bench's time and
/// memory columns, are left out of the comparison (the tables of whatif, sourcing and batch
/// have no timing column and are compared byte for byte).
@Suite struct ShardTests {
    static let fixtures = CommandLineTests.packageRoot.appendingPathComponent("fixtures")
    static let shardCounts = [1, 2, 3, 9]

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs trainplan in `folder` (the shards record it, and merge reads the inputs from it).
    static func run(_ arguments: [String], in folder: URL) throws -> Output {
        let binary = try CommandLineTests.executable()
        let out = folder.appendingPathComponent("stdout.\(UUID().uuidString)"), err = folder.appendingPathComponent("stderr.\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let stdout = try FileHandle(forWritingTo: out), stderr = try FileHandle(forWritingTo: err)
        defer { try? stdout.close(); try? stderr.close() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // One thread a process: no helper thread races GLPK to another plan of the same cost.
        process.environment = ProcessInfo.processInfo.environment.merging(["TRAINPLAN_THREADS": "1"]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// The command run unsharded into `whole`, and as `count` shards into `shards` then merged.
    static func sweep(_ command: [String], shards count: Int, in folder: URL, out: (URL) -> [String])
        throws -> (whole: Output, merged: Output) {
        let whole = try run(command + out(folder.appendingPathComponent("whole")), in: folder)
        let shards = folder.appendingPathComponent("shards")
        for index in 0..<count {
            let shard = try run(command + ["--shard", "\(index)/\(count)", "--out", shards.path], in: folder)
            #expect(shard.status == 0, "shard \(index)/\(count): \(shard.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: shards.path).filter { $0.hasPrefix("shard-") }
        #expect(files.count == count)
        let merged = try run(["merge", shards.path], in: folder)
        #expect(merged.stderr.contains("Merged \(count) of \(count) shard"), "\(merged.stderr)")
        return (whole, merged)
    }

    /// Lines of a printout without the last "written to FOLDER" one, which names a different folder.
    static func table(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.contains("written to") }
    }

    /// A JSON document with every "seconds" field (time taken) removed, re-encoded with sorted keys.
    static func untimed(_ url: URL) throws -> String {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "seconds" }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let value = strip(try JSONSerialization.jsonObject(with: Data(contentsOf: url)))
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Every plan file of two plans/ folders, compared without their timings.
    static func expectSamePlans(_ a: URL, _ b: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        #expect(!names.isEmpty)
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: b.path).sorted()))
        for name in names {
            #expect(try untimed(a.appendingPathComponent(name)) == untimed(b.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test(arguments: shardCounts)
    func whatIfShardsMergeToTheUnshardedRun(_ count: Int) throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let command = ["whatif", Self.fixtures.appendingPathComponent("pekalongan-2023").path,
                           Self.fixtures.appendingPathComponent("whatif/pekalongan-variants.yaml").path,
                           "--time-limit", "60", "--jobs", "1"]
            let (whole, merged) = try Self.sweep(command, shards: count, in: folder) { ["--out", $0.path] }
            #expect(whole.status == 0 && merged.status == 0, "\(merged.stderr)")
            #expect(Self.table(whole.stdout) == Self.table(merged.stdout))
            let a = folder.appendingPathComponent("whole"), b = folder.appendingPathComponent("shards")
            #expect(try Data(contentsOf: a.appendingPathComponent("whatif.csv")) == Data(contentsOf: b.appendingPathComponent("whatif.csv")))
            #expect(try Self.untimed(a.appendingPathComponent("whatif.json")) == Self.untimed(b.appendingPathComponent("whatif.json")))
            try Self.expectSamePlans(a.appendingPathComponent("plans"), b.appendingPathComponent("plans"))
        }
    }

    @Test(arguments: shardCounts)
    func sourcingShardsMergeToTheUnshardedRun(_ count: Int) throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let command = ["sourcing", Self.fixtures.appendingPathComponent("sourcing/one-skill-blocks.yaml").path,
                           "--time-limit", "60", "--jobs", "1"]
            let (whole, merged) = try Self.sweep(command, shards: count, in: folder) { ["--json", $0.path + ".json"] }
            #expect(whole.status == merged.status, "\(merged.stderr)")
            #expect(whole.stdout == merged.stdout)
            let a = folder.appendingPathComponent("whole.json"), b = folder.appendingPathComponent("shards/sourcing.json")
            #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        }
    }

    /// Bench's table without its timed columns (first, best, total, build, peak MB).
    static func benchRows(_ text: String) -> [[String]] {
        text.split(separator: "\n").prefix { !$0.isEmpty && !$0.hasPrefix("Medians") }.map { line in
            let cells = line.split(separator: try! Regex("  +")).map(String.init)
            return Array(cells.prefix(7)) + [cells.last ?? ""]
        }
    }

    static func benchResults(_ url: URL) throws -> [[String: String]] {
        let report = try CommandLineTests.json(url)
        let results = try #require(report["results"] as? [[String: Any]])
        let kept = ["scenario", "family", "config", "status", "objective", "bound", "gap", "gapToBest", "verified", "failure",
                    "variables", "rows", "nonZeros"]
        return results.map { result in Dictionary(uniqueKeysWithValues: kept.map { ($0, "\(result[$0] ?? "nil")") }) }
    }

    @Test(arguments: shardCounts)
    func benchShardsMergeToTheUnshardedRun(_ count: Int) throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let rules = try FileManager.default.contentsOfDirectory(atPath: CommandLineTests.rules.path).filter { $0.hasSuffix(".yaml") }
                .sorted().map { CommandLineTests.rules.appendingPathComponent($0).path }
            let command = ["bench"] + rules + ["--configs", "default,no-cuts", "--time-limit", "60"]
            let (whole, merged) = try Self.sweep(command, shards: count, in: folder) { ["--json", $0.path + ".json"] }
            #expect(whole.status == merged.status, "\(merged.stderr)")
            let rows = Self.benchRows(whole.stdout)
            #expect(rows.count == 1 + 2 * rules.count)
            #expect(rows == Self.benchRows(merged.stdout))
            #expect(try Self.benchResults(folder.appendingPathComponent("whole.json"))
                    == Self.benchResults(folder.appendingPathComponent("shards/bench.json")))
        }
    }

    /// `batch --lang id` writes its table in Indonesian, `;`-delimited with plain numbers (`,` decimals),
    /// and counts courses in two number columns (`4/4` became a date in a spreadsheet).
    @Test func batchInIndonesianWritesAnIndonesianTable() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let out = folder.appendingPathComponent("out")
            let run = try CommandLineTests.trainplan(["batch", CommandLineTests.rules.path, "--time-limit", "30", "--jobs", "1",
                                                      "--lang", "id", "--out", out.path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("skenario"), "\(run.stdout)")
            let lines = try String(contentsOf: out.appendingPathComponent("batch.csv"), encoding: .utf8)
                .split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first == "skenario;status;selisih;mata uang;biaya + nilai tak terpenuhi;total biaya;honor;biaya kontrak;"
                    + "sewa tempat;BPJS;magang;kursus berjalan;dari kursus;nilai tak terpenuhi;kesalahan")
            var solved = 0
            for line in lines.dropFirst() {
                let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard cells.count >= 14, !cells[4].isEmpty else { continue }
                #expect(cells[4].range(of: #"^\d+(,\d+)?$"#, options: .regularExpression) != nil, "\(line)")
                #expect(Int(cells[11]) != nil && Int(cells[12]) != nil, "\(line)")
                solved += 1
            }
            #expect(solved >= 3, "\(lines)")
        }
    }

    @Test(arguments: shardCounts)
    func batchShardsMergeToTheUnshardedRun(_ count: Int) throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let command = ["batch", CommandLineTests.rules.path, "--time-limit", "60", "--jobs", "1"]
            let (whole, merged) = try Self.sweep(command, shards: count, in: folder) { ["--out", $0.path] }
            #expect(whole.status == 0 && merged.status == 0, "\(merged.stderr)")
            #expect(Self.table(whole.stdout) == Self.table(merged.stdout))
            #expect(whole.stdout.range(of: #"budget-below-mandatory +infeasible"#, options: .regularExpression) != nil)
            let a = folder.appendingPathComponent("whole"), b = folder.appendingPathComponent("shards")
            #expect(try Data(contentsOf: a.appendingPathComponent("batch.csv")) == Data(contentsOf: b.appendingPathComponent("batch.csv")))
            #expect(try Self.untimed(a.appendingPathComponent("batch.json")) == Self.untimed(b.appendingPathComponent("batch.json")))
            try Self.expectSamePlans(a.appendingPathComponent("plans"), b.appendingPathComponent("plans"))
        }
    }

    @Test func batchOfAListFileWritesReports() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let list = folder.appendingPathComponent("list.txt")
            // A comment after a path is a comment too (it was read as part of the path).
            try Data("# two scenarios\n\(CommandLineTests.rules.path)/load-limit.yaml  # a limit\n\n\(CommandLineTests.rules.path)/one-workshop.yaml\n".utf8)
                .write(to: list)
            let result = try Self.run(["batch", list.path, "--time-limit", "30", "--report", "--lang", "en", "--out", "out"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count >= 3 && lines[1].hasPrefix("load-limit ") && lines[2].hasPrefix("one-workshop "))
            for name in ["load-limit", "one-workshop"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/plans/\(name).plan.json").path))
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/reports/\(name)").path))
            }
        }
    }

    /// A folder of workbooks gave "no scenarios in it", and a scenario's plan beside it
    /// (`solve s.yaml -o s.plan.json`) was read as a scenario and failed its row. Workbooks are
    /// listed now, plans and results left out with a note, Excel's lock files ignored.
    @Test func batchOfAFolderListsWorkbooksAndLeavesPlansOut() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let scenarios = folder.appendingPathComponent("scenarios")
            try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
            let manager = FileManager.default
            try manager.copyItem(at: CommandLineTests.rules.appendingPathComponent("load-limit.yaml"),
                                 to: scenarios.appendingPathComponent("limit.yaml"))
            try manager.copyItem(at: Self.fixtures.appendingPathComponent("pekalongan-2023.xlsx"),
                                 to: scenarios.appendingPathComponent("pekalongan.xlsx"))
            try Data("lock".utf8).write(to: scenarios.appendingPathComponent("~$pekalongan.xlsx"))
            try Data(#"[{"scenario": "limit", "status": "optimal"}]"#.utf8).write(to: scenarios.appendingPathComponent("bench.json"))
            let solve = try Self.run(["solve", "scenarios/limit.yaml", "-o", "scenarios/limit.plan.json", "--time-limit", "30"], in: folder)
            #expect(solve.status == 0, "\(solve.stderr)")
            let result = try Self.run(["batch", "scenarios", "--time-limit", "30", "--jobs", "1", "--out", "out"], in: folder)
            #expect(result.status == 0, "\(result)")
            let names = result.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
            #expect(Array(names.prefix(2)) == ["limit", "pekalongan"], "\(result.stdout)")
            #expect(!result.stdout.contains("failed") && !result.stdout.contains("invalid"), "\(result.stdout)")
            for file in ["bench.json", "limit.plan.json"] {
                #expect(result.stderr.contains("note: scenarios/\(file): left out: not a scenario"), "\(result.stderr)")
            }
            #expect(!result.stderr.contains("~$"), "\(result.stderr)")
        }
    }

    /// `a/s.yaml`, `b/s.yaml` and `c/s-2.yaml` were s, s-2 and s-2: c's plan replaced b's.
    @Test func batchNamesNeverClash() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let source = try Data(contentsOf: CommandLineTests.rules.appendingPathComponent("load-limit.yaml"))
            for (sub, name) in [("a", "s"), ("b", "s"), ("c", "s-2")] {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
                try source.write(to: folder.appendingPathComponent("\(sub)/\(name).yaml"))
            }
            try Data("a/s.yaml\nb/s.yaml\nc/s-2.yaml\n".utf8).write(to: folder.appendingPathComponent("list.txt"))
            let result = try Self.run(["batch", "list.txt", "--time-limit", "30", "--jobs", "1", "--out", "out"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let plans = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/plans").path).sorted()
            #expect(plans == ["s-2-2.plan.json", "s-2.plan.json", "s.plan.json"], "\(plans)")
        }
    }

    @Test func aMissingShardIsNamedAndTheRestIsMerged() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let shards = folder.appendingPathComponent("shards")
            let command = ["batch", CommandLineTests.rules.path, "--time-limit", "60", "--jobs", "1", "--out", shards.path]
            for index in [0, 2] {
                #expect(try Self.run(command + ["--shard", "\(index)/3"], in: folder).status == 0)
            }
            let merged = try Self.run(["merge", shards.path], in: folder)
            #expect(merged.status == 1)
            #expect(merged.stderr.contains("shard 1/3 (shard-1-of-3.json) is missing"), "\(merged.stderr)")
            #expect(merged.stderr.contains("Merged 2 of 3 shards"))
            let rows = merged.stdout.split(separator: "\n").prefix(8)
            #expect(rows.count == 8)
            #expect(rows.contains { $0.contains("missing") } && rows.contains { $0.contains("optimal") })
            #expect(FileManager.default.fileExists(atPath: shards.appendingPathComponent("batch.csv").path))
        }
    }

    @Test func mergeOfAFolderWithoutShardsFails() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let merged = try Self.run(["merge", folder.path], in: folder)
            #expect(merged.status == 1)
            #expect(merged.stderr.contains("no shard files"))
        }
    }

    /// A path out of the claim (`../`, or absolute elsewhere) is named in a warning; paths in it are not.
    @Test func kubernetesJobsWarnOfPathsOutsideTheClaim() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let outside = try Self.run(["jobs", "batch", "../scenarios", "--engine", "kubernetes", "--shards", "2",
                                        "--image", "registry.example/trainplan:0.1"], in: folder)
            #expect(outside.status == 0, "\(outside.stderr)")
            #expect(outside.stderr.contains("warning: ../scenarios is outside the claim mounted at /data"), "\(outside.stderr)")
            let inside = try Self.run(["jobs", "batch", "scenarios", "--engine", "kubernetes", "--shards", "2",
                                       "--image", "registry.example/trainplan:0.1", "--out", "runs/b"], in: folder)
            #expect(inside.status == 0 && !inside.stderr.contains("warning"), "\(inside.stderr)")
            let near = try Self.run(["jobs", "batch", "/database/scenarios", "--engine", "kubernetes", "--shards", "2",
                                     "--image", "registry.example/trainplan:0.1", "--out", "runs/c"], in: folder)
            #expect(near.stderr.contains("warning: /database/scenarios is outside the claim"), "\(near.stderr)")
            let climbing = try Self.run(["jobs", "batch", "scenarios/../../x", "--engine", "kubernetes", "--shards", "2",
                                         "--image", "registry.example/trainplan:0.1", "--out", "runs/d"], in: folder)
            #expect(climbing.stderr.contains("warning: scenarios/../../x is outside the claim"), "\(climbing.stderr)")
        }
    }

    /// The command to shard is checked as each task will run it: an unknown option or a negative
    /// time limit was written into the job files, to fail on every node (helper 60).
    @Test func jobsRefuseACommandThatWouldNotRun() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            for (extra, said) in [(["--bogus"], "Unknown option '--bogus'"), (["--time-limit", "-5"], "--time-limit must be a positive number")] {
                let run = try Self.run(["jobs", "batch", "scenarios"] + extra + ["--engine", "slurm", "--shards", "2", "--out", "runs/x"],
                                       in: folder)
                #expect(run.status == 64 && run.stderr.contains("the command to shard does not run as given: \(said)"), "\(run.stderr)")
                #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("runs/x").path))
            }
        }
    }

    @Test func kubernetesIndexedJobCarriesTheShardIndex() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let result = try Self.run(["jobs", "whatif", "fixtures/pekalongan-2023", "fixtures/whatif/pekalongan-variants.yaml",
                                       "--time-limit", "30", "--engine", "kubernetes", "--shards", "4", "--jobs", "2",
                                       "--out", "runs/q1", "--image", "registry.example/trainplan:0.1"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: folder.appendingPathComponent("runs/q1/shards.yaml"), encoding: .utf8)
            let job = try #require(try Yams.load(yaml: text) as? [String: Any])
            #expect(job["apiVersion"] as? String == "batch/v1")
            #expect(job["kind"] as? String == "Job")
            let spec = try #require(job["spec"] as? [String: Any])
            #expect(spec["completionMode"] as? String == "Indexed")
            #expect(spec["completions"] as? Int == 4)
            #expect(spec["parallelism"] as? Int == 4)
            let pod = try #require((spec["template"] as? [String: Any])?["spec"] as? [String: Any])
            #expect(pod["restartPolicy"] as? String == "Never")
            let container = try #require((pod["containers"] as? [[String: Any]])?.first)
            #expect(container["image"] as? String == "registry.example/trainplan:0.1")
            let words = ((container["command"] as? [String]) ?? []) + ((container["args"] as? [String]) ?? [])
            #expect(Array(words.prefix(2)) == ["trainplan", "whatif"])
            let shard = try #require(words.firstIndex(of: "--shard"))
            #expect(words[shard + 1] == "$(JOB_COMPLETION_INDEX)/4")
            #expect(words.contains("--jobs") && words.contains("--out") && words.contains("runs/q1"))
            let cpu = ((container["resources"] as? [String: Any])?["limits"] as? [String: Any])?["cpu"] as? String
            #expect(cpu == "2")

            let mergeText = try String(contentsOf: folder.appendingPathComponent("runs/q1/merge.yaml"), encoding: .utf8)
            let merge = try #require(try Yams.load(yaml: mergeText) as? [String: Any])
            #expect(merge["kind"] as? String == "Job")
            let mergePod = try #require(((merge["spec"] as? [String: Any])?["template"] as? [String: Any])?["spec"] as? [String: Any])
            let mergeContainer = try #require((mergePod["containers"] as? [[String: Any]])?.first)
            #expect(((mergeContainer["command"] as? [String]) ?? []) + ((mergeContainer["args"] as? [String]) ?? [])
                    == ["trainplan", "merge", "runs/q1"])
            let submit = try String(contentsOf: folder.appendingPathComponent("runs/q1/submit.sh"), encoding: .utf8)
            #expect(submit.contains("kubectl apply -f") && submit.contains("kubectl wait --for=condition=complete"))
        }
    }

    @Test func slurmArrayRunsOneShardATaskThenTheMerge() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let result = try Self.run(["jobs", "batch", "scenarios", "--time-limit", "30", "--engine", "slurm", "--shards", "3",
                                       "--cpus", "2", "--out", "runs/b"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("sh runs/b/submit.sh"))
            let shards = try String(contentsOf: folder.appendingPathComponent("runs/b/shards.sbatch"), encoding: .utf8)
            #expect(shards.contains("#SBATCH --array=0-2\n"))
            #expect(shards.contains("#SBATCH --cpus-per-task=2\n"))
            #expect(shards.contains("batch scenarios --time-limit 30 --jobs 2 --shard \"$SLURM_ARRAY_TASK_ID\"/3 --out runs/b"))
            let merge = try String(contentsOf: folder.appendingPathComponent("runs/b/merge.sbatch"), encoding: .utf8)
            #expect(merge.contains("merge runs/b"))
            let submit = try String(contentsOf: folder.appendingPathComponent("runs/b/submit.sh"), encoding: .utf8)
            #expect(submit.contains("sbatch --parsable --dependency=afterok:\"$shards\""))
        }
    }

    @Test func jobsRefusesAnUnknownCommandAndAGivenShard() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let unknown = try Self.run(["jobs", "solve", "x.yaml", "--engine", "slurm", "--shards", "2"], in: folder)
            let given = try Self.run(["jobs", "batch", "x", "--shard", "0/2", "--engine", "slurm", "--shards", "2"], in: folder)
            let outside = try Self.run(["batch", "x", "--shard", "2/2"], in: folder)
            #expect(unknown.status == 64 && given.status == 64 && outside.status == 64)
        }
    }
}
