import Foundation

/// A sharded run as a cluster sees it: the command each shard runs and the merge after them.
/// ``SlurmJobFiles`` and ``KubernetesJobFiles`` write it for a scheduler the organisation already has.
struct ShardedRun {
    /// `whatif`, `sourcing`, `bench` or `batch`.
    var command: String
    /// The command's own arguments (inputs and options), without `--shard` and `--out`.
    var arguments: [String]
    var shards: Int
    /// The shard folder: `--out` of every shard and the argument of `merge`.
    var folder: String
    var cpusPerTask: Int
    /// The trainplan executable as the cluster's nodes reach it.
    var executable: String
    /// The job name, `trainplan-whatif` by default (a DNS label: Kubernetes names need one).
    var name: String

    /// The shard's command line; `index` is how the scheduler spells the shard's index.
    func shardCommand(index: String) -> [String] {
        [executable, command] + arguments + ["--shard", "\(index)/\(shards)", "--out", folder]
    }

    var mergeCommand: [String] { [executable, "merge", folder] }
}

/// A word for a POSIX shell: as is when it is safe, else in single quotes.
enum ShellWord {
    static func quote(_ word: String) -> String {
        let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        if !word.isEmpty, word.unicodeScalars.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func line(_ words: [String]) -> String { words.map(quote).joined(separator: " ") }
}
