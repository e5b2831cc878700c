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
            let scenario = folder.appendingPathComponent("province.yaml").path
            let plan = folder.appendingPathComponent("plan.json").path
            let generate = try CommandLineTests.trainplan(["generate", "--family", "province", "--seed", "1", "-o", scenario])
            try #require(generate.status == 0, "\(generate)")

            let err = folder.appendingPathComponent("stderr"), out = folder.appendingPathComponent("stdout")
            try Data().write(to: err)
            try Data().write(to: out)
            let stderr = try FileHandle(forWritingTo: err), stdout = try FileHandle(forWritingTo: out)
            defer { try? stderr.close(); try? stdout.close() }
            let process = Process()
            process.executableURL = binary
            process.arguments = ["solve", scenario, "-o", plan, "--time-limit", "600", "--progress", "--lang", "en"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
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
            let process = Process()
            process.executableURL = binary
            process.arguments = ["batch", scenarios.path, "--out", out.path, "--time-limit", "600", "--jobs", "1", "--lang", "en"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = stderr
            try process.run()
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
            usleep(4_000_000)
            try #require(process.isRunning, "the batch ended within 4 s")
            kill(process.processIdentifier, SIGINT)
            let sent = Date()
            while process.isRunning, Date().timeIntervalSince(sent) < 30 { usleep(20_000) }
            #expect(!process.isRunning, "still running 30 s after Ctrl-C")
            process.waitUntilExit()
            let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(process.terminationStatus)\n\(errors)")
            #expect(errors.contains("the solves done are kept"), "\(errors)")
            let table = try String(contentsOf: out.appendingPathComponent("batch.csv"), encoding: .utf8)
            #expect(table.contains("province-1") && table.contains("province-2"), "\(table)")
            let plans = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("plans").path)
            #expect(plans.contains("province-1.plan.json"), "\(plans)")
        }
    }

    /// Outside `solve` a stop signal ends the run at once, as without a handler: the parent
    /// sees the signal (here `sourcing`, which runs many solves, two seconds in).
    @Test func aSignalOutsideSolveEndsTheRunBySignal() throws {
        let binary = try CommandLineTests.executable()
        try CommandLineTests.withTemporaryFolder { folder in
            let scenario = folder.appendingPathComponent("province.yaml").path
            let generate = try CommandLineTests.trainplan(["generate", "--family", "province", "--seed", "1", "-o", scenario])
            try #require(generate.status == 0, "\(generate)")
            let process = Process()
            process.executableURL = binary
            process.arguments = ["sourcing", scenario, "--time-limit", "600"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
            usleep(2_000_000)
            try #require(process.isRunning, "sourcing ended within 2 s")
            kill(process.processIdentifier, SIGTERM)
            let sent = Date()
            while process.isRunning, Date().timeIntervalSince(sent) < 10 { usleep(20_000) }
            #expect(!process.isRunning, "still running 10 s after SIGTERM")
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM,
                    "\(process.terminationReason == .exit ? "exit" : "signal") \(process.terminationStatus)")
        }
    }
}
