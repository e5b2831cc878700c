import Foundation
import Synchronization

/// Another MIP solver given trainplan's exported model (`bench --peers`), so that GLPK's
/// search can be compared with what others make of the very same integer program.
///
/// Each runs as a child process on the LP file `export-model` writes, with the same time
/// limit and, like trainplan, a relative gap of 0: "optimal" means proven, not "within the
/// peer's default tolerance" (HiGHS stops at 0.01 % by default; on the generated weekly-4 that
/// was a plan 26,800 above the optimum it then proves with gap 0). The solution is read back
/// by column name (see `LinearModel.lpFileColumnNames`).
public enum PeerSolver: String, CaseIterable, Sendable {
    /// COIN-OR CBC (Debian: `apt-get install coinor-cbc`).
    case cbc
    /// GLPK's own command-line solver, with its default settings (Debian: `glpk-utils`).
    case glpsol
    /// HiGHS through its Python package (`pip install highspy`).
    case highs

    /// How to install it, for the "missing" row.
    public var installHint: String {
        switch self {
        case .cbc: return "apt-get install coinor-cbc"
        case .glpsol: return "apt-get install glpk-utils"
        case .highs: return "pip install highspy"
        }
    }

    /// What a run of a peer produced.
    public struct Run: Sendable {
        /// `optimal`, `feasible` (a solution, not proven), `infeasible`, `unknown`, or `missing`.
        public var status: String
        /// Column values by LP-file name (only non-zero ones need be present); `nil` without a solution.
        public var values: [String: Double]?
        public var seconds: Double
        public var failure: String?
    }

    /// The executable and arguments that solve `model` within `seconds`, writing to `solution`;
    /// `nil` when the solver is not on this machine.
    func command(model: String, seconds: Double, solution: String) -> (executable: String, arguments: [String])? {
        let limit = String(format: "%.0f", max(1, seconds.rounded(.up)))
        switch self {
        case .cbc:
            guard let cbc = Self.executable("cbc") else { return nil }
            // (Wall-clock seconds, as the others: CBC counts CPU time by default, which runs over on a busy machine.)
            return (cbc, [model, "timeMode", "elapsed", "sec", limit, "ratioGap", "0", "allowableGap", "0",
                          "solve", "solu", solution])
        case .glpsol:
            guard let glpsol = Self.executable("glpsol") else { return nil }
            return (glpsol, ["--lp", model, "--tmlim", limit, "--mipgap", "0", "-o", solution])
        case .highs:
            guard let python = Self.executable("python3"), Self.succeeds(python, ["-c", "import highspy"]) else { return nil }
            return (python, ["-c", Self.highsScript, model, limit, solution])
        }
    }

    public var isInstalled: Bool { command(model: "m.lp", seconds: 1, solution: "s.txt") != nil }

    /// Solves the LP file `model` and reads its solution back. A peer still running well after
    /// the time limit is stopped (see ``Child``); its row then says so.
    public func solve(model: String, seconds: Double, in folder: URL) -> Run {
        let solution = folder.appendingPathComponent("\(rawValue).solution").path
        guard let (executable, arguments) = command(model: model, seconds: seconds, solution: solution) else {
            return Run(status: "missing", values: nil, seconds: 0, failure: "not installed: \(installHint)")
        }
        let child: Child
        do {
            child = try Child.run(executable, arguments, limit: seconds, grace: Child.grace(seconds))
        } catch {
            return Run(status: "error", values: nil, seconds: 0, failure: "cannot start \(executable): \(error.localizedDescription)")
        }
        guard let text = try? String(contentsOfFile: solution, encoding: .utf8) else {
            if child.stopped {
                return Run(status: "unknown", values: nil, seconds: child.seconds,
                           failure: "stopped \(String(format: "%.0f", child.seconds - seconds)) s after its time limit, without a solution")
            }
            let tail = child.errors.split(separator: "\n").suffix(2).joined(separator: " | ")
            return Run(status: "error", values: nil, seconds: child.seconds,
                       failure: "no solution file (exit status \(child.status))\(tail.isEmpty ? "" : ": " + tail)")
        }
        var run = PeerSolutionReader.read(text, of: self)
        run.seconds = child.seconds
        return run
    }

    /// A peer's process, run to its end or stopped once past its time limit: CBC kept the
    /// generated long-1 for 307 s and long-3 for 138 s under a 60 s limit, so a `bench --peers`
    /// run took minutes longer than asked (and a CBC still running kept a core busy after it).
    struct Child {
        var status: Int32
        var errors: String
        var seconds: Double
        /// Whether it was stopped (SIGTERM, then SIGKILL after ``killAfter`` seconds).
        var stopped: Bool

        /// How long past its limit a peer may run: peers stop at the limit themselves, give or
        /// take reading the model and writing the solution. Not measured.
        static func grace(_ limit: Double) -> Double { max(10, 0.25 * limit) }
        static let killAfter = 5.0

        static func run(_ executable: String, _ arguments: [String], limit: Double, grace: Double) throws -> Child {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            let start = Date()
            try process.run()
            let watch = Watch(pid: process.processIdentifier)
            watch.signal(SIGTERM, after: limit + grace)
            watch.signal(SIGKILL, after: limit + grace + killAfter)
            let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            watch.ended()
            return Child(status: process.terminationStatus, errors: errorText, seconds: Date().timeIntervalSince(start),
                         stopped: watch.stopped)
        }
    }

    /// Signals a child process later unless it has ended by then.
    final class Watch: Sendable {
        private let pid: Int32
        private let over = Mutex<Bool>(false)
        private let sent = Atomic<Bool>(false)

        init(pid: Int32) { self.pid = pid }

        func signal(_ signal: Int32, after seconds: Double) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                over.withLock { ended in
                    guard !ended else { return }
                    sent.store(true, ordering: .relaxed)
                    kill(pid, signal)
                }
            }
        }

        /// No signal after this (the pid may be another process's soon).
        func ended() { over.withLock { $0 = true } }

        var stopped: Bool { sent.load(ordering: .relaxed) }
    }

    /// HiGHS through highspy: arguments MODEL LIMIT OUT; writes `status S` and `col NAME VALUE` lines.
    static let highsScript = """
        import sys, highspy
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("time_limit", float(sys.argv[2]))
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 0.0)
        h.readModel(sys.argv[1])
        h.run()
        with open(sys.argv[3], "w") as out:
            out.write("status " + h.modelStatusToString(h.getModelStatus()).replace(" ", "_") + "\\n")
            out.write("solution " + str(int(h.getInfo().primal_solution_status)) + "\\n")
            if int(h.getInfo().primal_solution_status) == 2:
                for name, value in zip(h.getLp().col_names_, h.getSolution().col_value):
                    if abs(value) > 1e-9:
                        out.write("col %s %r\\n" % (name, value))
        """

    /// The first file named `name` in `PATH`'s folders that can be run.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func succeeds(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
