import Foundation
import TrainPlanCore

/// What one shard writes: its solves' results, and the command that made them, so that
/// `merge` can rebuild exactly the output of one unsharded run.
///
/// The inputs are not copied: `merge` reads them again from `directory` (a cluster's
/// shared folder), which costs a load, never a solve.
struct ShardFile: Codable, Sendable {
    static let format = "trainplan-shard/1"

    var format = ShardFile.format
    /// `whatif`, `sourcing`, `bench` or `batch`.
    var command: String
    /// The working folder the command ran in; relative paths in `arguments` are from here.
    var directory: String
    /// The command's arguments without `--shard` and the shard folder.
    var arguments: [String]
    var shard: Int
    var shards: Int
    /// The name of every solve of the sweep, in output order.
    var labels: [String]
    /// The shard of every solve, by index (see ``ShardSplit``).
    var assignment: [Int]
    /// `sourcing`: the plan every shard solved first and the variants are built from.
    var base: Plan?
    var solves: [ShardSolve]

    var spec: ShardSpec { ShardSpec(index: shard, count: shards) }

    /// Written atomically, last: a shard that failed leaves no file, and `merge` names it.
    func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: URL(fileURLWithPath: folder).appendingPathComponent(spec.fileName).path)
    }

    /// Writes the file into `folder` and says what it holds (`done` of `total` `what`); a write
    /// failure is said in words and ends the command with exit 1. Every sharded command ends here.
    func save(to folder: String, done: Int, of total: Int, what: String,
              say: (String) -> Void = { print($0) }) throws {
        do {
            try write(to: folder)
        } catch {
            Console.error(Console.writeFailure(error, path: folder))
            throw ExitStatus.failure
        }
        say("Shard \(spec): \(done) of \(total) \(what) written to \(folder)/\(spec.fileName).")
    }

    /// The command's arguments as given, less `--shard I/N` and `--out DIR` (the shard folder).
    static func commandArguments(dropping options: Set<String> = ["--shard", "--out"]) -> [String] {
        var kept: [String] = []
        var arguments = CommandLine.arguments.dropFirst(2)[...]
        while let argument = arguments.popFirst() {
            if options.contains(argument) {
                _ = arguments.popFirst()
            } else if let name = argument.split(separator: "=", maxSplits: 1).first, argument.contains("="),
                      options.contains(String(name)) {
                continue
            } else {
                kept.append(argument)
            }
        }
        return kept
    }

    /// A shard's file for the sweep `labels` split by `assignment`.
    static func make(command: String, spec: ShardSpec, labels: [String], assignment: [Int], base: Plan? = nil,
                     solves: [ShardSolve]) -> ShardFile {
        ShardFile(command: command, directory: FileManager.default.currentDirectoryPath,
                  arguments: commandArguments(), shard: spec.index, shards: spec.count, labels: labels,
                  assignment: assignment, base: base, solves: solves)
    }
}

/// One solve's result as a shard records it.
struct ShardSolve: Codable, Sendable {
    /// The solve's place in the sweep (and in the merged output).
    var index: Int
    var plan: Plan?
    /// Why the solve gave no plan (a solver failure), or invalid inputs.
    var errors: [String] = []
    var seconds: Double = 0
    /// `bench`: the run's row.
    var bench: BenchResult?
}
