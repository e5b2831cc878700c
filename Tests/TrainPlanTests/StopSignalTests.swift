import Foundation
import Testing

/// SIGTERM (`timeout`, a service stop) and SIGHUP stop a long solve as Ctrl-C does: the
/// search stops, the best plan found is written (status "feasible") and verifies, and the
/// run exits as for that plan (0). `scripts/check-interrupt.sh` checks Ctrl-C the same way.
@Suite(.serialized) struct StopSignalTests {
    /// A generated province: well over a minute to prove optimal, first plan in about a second.
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aSignalDuringASolveWritesTheBestPlan(_ signalNumber: Int32) throws {
        let binary = try CommandLineTests.executable()
        try CommandLineTests.withTemporaryFolder { folder in
            let scenario = try Self.province(in: folder)
            let plan = folder.appendingPathComponent("plan.json").path
            let (err, _, stderr, stdout) = try Self.capture(in: folder)
            defer { try? stderr.close(); try? stdout.close() }
            let process = try Self.launch(binary, ["solve", scenario, "-o", plan, "--time-limit", "600", "--progress", "--lang", "en"],
                                          stderr: stderr, stdout: stdout)
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }

            // The search is under way once it reports progress (its first plain line).
            let started = Date()
            while process.isRunning, Date().timeIntervalSince(started) < 60,
                  !((try? String(contentsOf: err, encoding: .utf8)) ?? "").contains("progress:") {
                usleep(50_000)
            }
            try #require(process.isRunning, "the solve ended before it was signalled")
            usleep(1_000_000)
            let sent = Date()
            kill(process.processIdentifier, signalNumber)
            while process.isRunning, Date().timeIntervalSince(sent) < 30 { usleep(20_000) }
            let took = Date().timeIntervalSince(sent)
            #expect(!process.isRunning, "still running 30 s after signal \(signalNumber)")
            process.waitUntilExit()
            let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationReason == .exit && process.terminationStatus == 0,
                    "signal \(signalNumber): \(process.terminationReason == .exit ? "exit" : "signal") \(process.terminationStatus)\n\(errors)")
            #expect(errors.contains("Stopped (Ctrl-C, SIGTERM or SIGHUP)"), "\(errors)")
            #expect(took < 10, "stopped \(took) s after the signal")

            let written = try CommandLineTests.json(URL(fileURLWithPath: plan))
            #expect(written["status"] as? String == "feasible")
            let verify = try CommandLineTests.trainplan(["verify", scenario, plan])
            #expect(verify.status == 0, "\(verify)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }

    /// Ctrl-C during `batch` keeps what was done: the solve running ends with its best plan, the
    /// ones not begun are listed as not solved, and the table and plans are written (a tester lost
    /// every finished solve: the run ended at once, writing nothing).
    @Test func aSignalDuringABatchKeepsWhatWasDone() throws {
        let binary = try CommandLineTests.executable()
        try CommandLineTests.withTemporaryFolder { folder in
            let scenarios = folder.appendingPathComponent("scenarios"), out = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
            for seed in 1...2 {
                let path = scenarios.appendingPathComponent("province-\(seed).yaml").path
                let generate = try CommandLineTests.trainplan(["generate", "--family", "province", "--seed", "\(seed)", "-o", path])
                try #require(generate.status == 0, "\(generate)")
            }
            let err = folder.appendingPathComponent("stderr")
            try Data().write(to: err)
            let stderr = try FileHandle(forWritingTo: err)
            defer { try? stderr.close() }
            let process = try Self.launch(binary, ["batch", scenarios.path, "--out", out.path, "--time-limit", "600", "--jobs", "1",
                                                   "--lang", "en"], stderr: stderr)
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
            usleep(4_000_000)
            try #require(process.isRunning, "the batch ended within 4 s")
            #expect(Self.signal(process, SIGINT, within: 30), "still running 30 s after Ctrl-C")
            let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(process.terminationStatus)\n\(errors)")
            #expect(errors.contains("the solves done are kept"), "\(errors)")
            let table = try String(contentsOf: out.appendingPathComponent("batch.csv"), encoding: .utf8)
            #expect(table.contains("province-1") && table.contains("province-2"), "\(table)")
            // The one not begun is said to be stopped, not to have failed.
            let second = table.split(whereSeparator: \.isNewline).first { $0.hasPrefix("province-2") }.map(String.init) ?? ""
            #expect(second.contains(",stopped,") && !second.contains("failed"), "\(table)")
            let plans = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("plans").path)
            #expect(plans.contains("province-1.plan.json"), "\(plans)")
        }
    }

    @Test func aSignalDuringSourcingGivesTheAdviceSoFar() throws {
        let binary = try CommandLineTests.executable()
        try CommandLineTests.withTemporaryFolder { folder in
            let scenario = try Self.province(in: folder)
            let (err, out, stderr, stdout) = try Self.capture(in: folder)
            defer { try? stderr.close(); try? stdout.close() }
            let json = folder.appendingPathComponent("advice.json").path
            let process = try Self.launch(binary, ["sourcing", scenario, "--time-limit", "600", "--jobs", "1", "--json", json,
                                                   "--lang", "en"], stderr: stderr, stdout: stdout)
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
            usleep(4_000_000)
            try #require(process.isRunning, "sourcing ended within 4 s")
            #expect(Self.signal(process, SIGINT, within: 30), "still running 30 s after Ctrl-C")
            let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            let printed = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(process.terminationStatus)\n\(errors)")
            #expect(errors.contains("the solves done are kept"), "\(errors)")
            // The base plan was being searched: every re-solve of the sweep is named as not tried.
            #expect(printed.contains("Not tried (stopped first): skill "), "\(printed)")
            #expect(FileManager.default.fileExists(atPath: json))
        }
    }

    /// The generated province scenario (seed 1), written in `folder`: a search that takes minutes.
    static func province(in folder: URL) throws -> String {
        let scenario = folder.appendingPathComponent("province.yaml").path
        let generate = try CommandLineTests.trainplan(["generate", "--family", "province", "--seed", "1", "-o", scenario])
        try #require(generate.status == 0, "\(generate)")
        return scenario
    }

    /// Empty files in `folder` for a run's standard error and output, open for writing (closed by the caller).
    static func capture(in folder: URL) throws -> (err: URL, out: URL, stderr: FileHandle, stdout: FileHandle) {
        let err = folder.appendingPathComponent("stderr"), out = folder.appendingPathComponent("stdout")
        try Data().write(to: err)
        try Data().write(to: out)
        return (err, out, try FileHandle(forWritingTo: err), try FileHandle(forWritingTo: out))
    }

    /// `trainplan ARGUMENTS` started with no input, its standard error to `stderr` (or nowhere),
    /// its standard output to `stdout` (or nowhere).
    static func launch(_ binary: URL, _ arguments: [String], stderr: FileHandle?, stdout: FileHandle? = nil) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Sends `signalNumber` and waits up to `seconds` for the run to end; whether it did.
    static func signal(_ process: Process, _ signalNumber: Int32, within seconds: Double) -> Bool {
        kill(process.processIdentifier, signalNumber)
        let sent = Date()
        while process.isRunning, Date().timeIntervalSince(sent) < seconds { usleep(20_000) }
        guard !process.isRunning else { return false }
        process.waitUntilExit()
        return true
    }

    /// Outside `solve` and the sweeps a stop signal ends the run at once, as without a handler:
    /// the parent sees the signal (here `bench-run`, the child `bench` runs, two seconds in:
    /// its parent measures it, so it keeps no plan of its own).
    @Test func aSignalOutsideSolveEndsTheRunBySignal() throws {
        let binary = try CommandLineTests.executable()
        try CommandLineTests.withTemporaryFolder { _ in
            let process = try Self.launch(binary, ["bench-run", "--family", "province", "--seed", "1", "--time-limit", "600"],
                                          stderr: nil)
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
            usleep(2_000_000)
            try #require(process.isRunning, "bench-run ended within 2 s")
            #expect(Self.signal(process, SIGTERM, within: 10), "still running 10 s after SIGTERM")
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM,
                    "\(process.terminationReason == .exit ? "exit" : "signal") \(process.terminationStatus)")
        }
    }
}
