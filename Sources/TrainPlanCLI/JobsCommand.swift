import ArgumentParser
import Foundation
import TrainPlanCore

/// Writes the job files that run a sweep's shards on a cluster the organisation already has:
/// a Slurm job array or a Kubernetes Indexed Job, then the merge. trainplan runs no daemon,
/// queue or protocol of its own: the scheduler starts the shards, the files on the shared
/// folder carry the results.
struct JobsCommand: ParsableCommand {
    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case slurm, kubernetes
    }

    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Write Slurm or Kubernetes job files that run whatif, sourcing, bench or batch as shards, then merge.",
        discussion: """
            Give the command as you would run it, then --engine and --shards:
              trainplan jobs whatif BASE VARIANTS --time-limit 120 --engine slurm --shards 8 --out runs/q1
            writes into the --out folder (also the shards' folder):
            Slurm: shards.sbatch (a job array, #SBATCH --array=0-(N-1), the task id as --shard), merge.sbatch and \
            submit.sh. Submit with `sh DIR/submit.sh`: it runs `sbatch --parsable DIR/shards.sbatch`, then \
            `sbatch --dependency=afterok:JOBID DIR/merge.sbatch`. Paths are from the current folder (--chdir), \
            which every node must see (a shared file system).
            Kubernetes: shards.yaml (an Indexed Job: completionMode Indexed, completions and parallelism N, \
            JOB_COMPLETION_INDEX as --shard), merge.yaml and submit.sh. Submit with `sh DIR/submit.sh`: \
            `kubectl apply -f DIR/shards.yaml`, `kubectl wait --for=condition=complete job/NAME-shards`, then \
            `kubectl apply -f DIR/merge.yaml`. The image must have trainplan on its PATH; the inputs and DIR \
            must be on the volume claim (--claim), mounted at --workdir; paths are from there.
            Each shard gets --cpus cores (default: the command's --jobs, else 1) and runs --jobs that many solves \
            at once.
            """)

    @Option(help: "Where the shards run: slurm or kubernetes.")
    var engine: Engine

    @Option(help: "Number of shards (array tasks, completion indices).")
    var shards: Int

    @Option(help: "The shards' folder; the job files are written there too (default: shards-COMMAND).")
    var out: String?

    @Option(help: "Cores per shard: --cpus-per-task, the container's cpu (default: the command's --jobs, else 1).")
    var cpus: Int?

    @Option(name: .customLong("trainplan"), help: "The trainplan executable on the nodes (default: Slurm: this one; Kubernetes: trainplan).")
    var executable: String?

    @Option(help: "Job name (a DNS label; default: trainplan-COMMAND).")
    var name: String?

    @Option(help: "Kubernetes: the container image.")
    var image: String = "trainplan:latest"

    @Option(help: "Kubernetes: the PersistentVolumeClaim with the inputs and the shards' folder.")
    var claim: String = "trainplan-data"

    @Option(help: "Kubernetes: where the claim is mounted, and the working folder.")
    var workdir: String = "/data"

    @Argument(parsing: .allUnrecognized, help: "The command and its arguments: whatif|sourcing|bench|batch ...")
    var command: [String] = []

    static let sweeps = ["whatif", "sourcing", "bench", "batch"]

    func validate() throws {
        guard let first = command.first, Self.sweeps.contains(first) else {
            throw ValidationError("give the command to shard first: \(Self.sweeps.joined(separator: ", "))")
        }
        guard (1...ShardSpec.maximumCount).contains(shards) else {
            throw ValidationError("--shards must be between 1 and \(ShardSpec.maximumCount)")
        }
        if let cpus, cpus < 1 { throw ValidationError("--cpus must be at least 1") }
        if command.contains(where: { $0 == "--shard" || $0.hasPrefix("--shard=") }) {
            throw ValidationError("--shard is set by the job files; leave it out")
        }
        // Each task runs the command with its --shard: one that does not parse (an unknown option,
        // --time-limit -5) would fail on every node, after the queue's wait.
        var sharded = command + ["--shard", "0/\(shards)"]
        if !command.contains(where: { $0 == "--out" || $0.hasPrefix("--out=") }) { sharded += ["--out", out ?? "shards-\(command[0])"] }
        do {
            _ = try TrainPlan.parseAsRoot(sharded)
        } catch {
            throw ValidationError("the command to shard does not run as given: \(TrainPlan.message(for: error))")
        }
        let label = try Regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
        if let name, name.wholeMatch(of: label) == nil || name.count > 50 {
            throw ValidationError("--name must be lower-case letters, digits and -, at most 50 characters")
        }
    }

    func run() throws {
        let sweep = command[0]
        var arguments = Array(command.dropFirst())
        // Each shard runs as many solves at once as it has cores.
        let given = arguments.firstIndex(of: "--jobs").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
        let cpus = cpus ?? given ?? 1
        if given == nil, sweep != "bench" { arguments += ["--jobs", "\(cpus)"] }
        let folder = out ?? "shards-\(sweep)"
        if engine == .kubernetes {
            for path in Self.outsideClaim(arguments + [folder], workdir: workdir) {
                Console.error("warning: \(path) is outside the claim mounted at \(workdir): the pods will not find it; "
                              + "give paths inside the claim, relative to it")
            }
        }
        let run = ShardedRun(
            command: sweep, arguments: arguments, shards: shards, folder: folder, cpusPerTask: cpus,
            executable: executable ?? (engine == .slurm ? Self.thisExecutable : "trainplan"),
            name: name ?? "trainplan-\(sweep)")
        let files = switch engine {
        case .slurm: SlurmJobFiles.files(run, workingDirectory: FileManager.default.currentDirectoryPath)
        case .kubernetes: KubernetesJobFiles.files(run, settings: .init(image: image, claim: claim, workingDirectory: workdir))
        }
        do {
            try FileManager.default.createDirectory(atPath: folder + "/logs", withIntermediateDirectories: true)
            for file in files {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(file.name).path
                try AtomicFile.write(Data(file.text.utf8), to: path)
                if file.name.hasSuffix(".sh") || file.name.hasSuffix(".sbatch") {
                    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
                }
            }
        } catch {
            Console.error(Console.writeFailure(error, path: folder))
            throw ExitStatus.failure
        }
        print("\(shards) shard\(shards == 1 ? "" : "s") of `trainplan \(sweep)` for \(engine.rawValue): "
              + files.map { "\(folder)/\($0.name)" }.joined(separator: ", ") + ".")
        print("Submit with: sh \(ShellWord.quote(folder))/submit.sh")
    }

    /// The words (or `--option=value` values) that, read as paths from `workdir`, lead out of it:
    /// the pods see the claim mounted there and nothing else.
    static func outsideClaim(_ words: [String], workdir: String) -> [String] {
        let root = URL(fileURLWithPath: workdir).standardized.path
        return words.compactMap { word in
            let path = word.hasPrefix("-") ? word.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init) : word
            guard let path, !path.isEmpty else { return nil }
            let full = URL(fileURLWithPath: path.hasPrefix("/") ? path : root + "/" + path).standardized.path
            return full == root || full.hasPrefix(root == "/" ? "/" : root + "/") ? nil : path
        }
    }

    /// This executable's absolute path, for nodes that share the file system.
    static var thisExecutable: String {
        (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).standardizedFileURL.path
    }
}
