import ArgumentParser
import Foundation

/// Gathers the shards of a `whatif`, `sourcing`, `bench` or `batch` run into the output one
/// unsharded run gives: same table, same order, same files.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard files of a sharded whatif, sourcing, bench or batch run.",
        discussion: """
            DIR holds shard-I-of-N.json files written by `--shard I/N --out DIR`. merge reads the inputs again \
            (from the folder the shards ran in: on a cluster, the shared one), takes every solve's result from \
            the shards, and prints and writes what one unsharded run would: whatif.csv, whatif.json and plans/; \
            batch.csv, batch.json, plans/ (and reports/); sourcing.json or bench.json when the command gave no \
            --json. A shard that failed or has not run is named; the rest is merged, its solves show as \
            missing, and merge exits 1.
            """)

    @Argument(help: "The folder of shard files.")
    var directory: String

    @Option(help: "Folder for the merged table and plans (default: DIR).")
    var out: String?

    func run() throws {
        let set: ShardSet
        do {
            set = try ShardSet.read(directory)
        } catch {
            Console.error(error.description)
            throw ExitStatus.failure
        }
        for problem in set.problems { Console.error(problem) }
        let folder = URL(fileURLWithPath: out ?? directory).standardizedFileURL.path
        let template = set.template
        guard FileManager.default.changeCurrentDirectoryPath(template.directory) else {
            Console.error("cannot enter \(template.directory), the folder the shards ran in")
            throw ExitStatus.failure
        }
        do {
            switch template.command {
            case "whatif":
                var command = try WhatIfCommand.parse(template.arguments)
                command.out = folder
                try command.merge(set)
            case "sourcing":
                var command = try SourcingCommand.parse(template.arguments)
                command.json = command.json ?? URL(fileURLWithPath: folder).appendingPathComponent("sourcing.json").path
                try command.merge(set)
            case "bench":
                var command = try BenchCommand.parse(template.arguments)
                command.json = command.json ?? URL(fileURLWithPath: folder).appendingPathComponent("bench.json").path
                try command.merge(set)
            case "batch":
                var command = try BatchCommand.parse(template.arguments)
                command.out = folder
                try command.merge(set)
            default:
                Console.error("shards of an unknown command \"\(template.command)\"")
                throw ExitStatus.failure
            }
        } catch let exit as ExitCode {
            if exit == ExitStatus.failure || set.problems.isEmpty { throw exit }
        } catch {
            Console.error("the shards' command line \(template.arguments.joined(separator: " ")) no longer parses: \(error)")
            throw ExitStatus.failure
        }
        let merged = set.count - set.missing.count
        Console.error("Merged \(merged) of \(set.count) shard\(set.count == 1 ? "" : "s").")
        if !set.problems.isEmpty { throw ExitStatus.failure }
    }
}
