import ArgumentParser

/// `--shard I/N`: this process runs share I (counted from 0, as Slurm array and Kubernetes
/// completion indices are) of N shards of a sweep's independent solves.
struct ShardSpec: Sendable, Hashable, CustomStringConvertible, ExpressibleByArgument {
    var index: Int
    var count: Int

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// More shards than any sweep has solves, or a cluster runs tasks of one array: `0/99999999999`
    /// asked for 800 GB of shard bookkeeping and aborted.
    static let maximumCount = 10_000

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              (1...Self.maximumCount).contains(count), index >= 0, index < count else { return nil }
        self.init(index: index, count: count)
    }

    var description: String { "\(index)/\(count)" }

    /// `shard-I-of-N.json`: what `merge` looks for.
    var fileName: String { "shard-\(index)-of-\(count).json" }
}

/// The `--shard` option shared by `whatif`, `sourcing`, `bench` and `batch`.
struct ShardOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Run only share I of N (I from 0 to N-1, N at most 10000) of the solves and write them as JSON to the --out folder, "
            + "for `trainplan merge` (see `trainplan jobs`).", valueName: "I/N"))
    var shard: ShardSpec?
}

/// `--out` for commands that have no output folder of their own (`sourcing`, `bench`).
struct ShardFolderOption: ParsableArguments {
    @Option(name: .customLong("out"), help: "With --shard: the folder the shard's results are written to.")
    var folder: String?
}
