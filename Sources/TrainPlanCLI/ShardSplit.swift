/// Which shard runs which solve: a deterministic split balanced by each solve's expected size.
///
/// Solves are taken largest first (ties: in output order) and each goes to the shard with
/// the least expected work so far (ties: the lowest shard index): the "longest processing
/// time first" rule. The weight is the solve's number of courses (times its time limit for
/// `bench`), since a solve's time grows with its courses and is capped by its limit. Every
/// shard computes the same split from the same inputs, so none needs to talk to another.
enum ShardSplit {
    /// The shard (0..<count) of each solve, by index.
    static func assign(weights: [Double], shards count: Int) -> [Int] {
        let count = max(count, 1)
        let order = weights.indices.sorted { a, b in
            weights[a] != weights[b] ? weights[a] > weights[b] : a < b
        }
        var load = [Double](repeating: 0, count: count)
        var shard = [Int](repeating: 0, count: weights.count)
        for index in order {
            var best = 0
            for candidate in 1..<count where load[candidate] < load[best] { best = candidate }
            shard[index] = best
            load[best] += max(weights[index], 1)
        }
        return shard
    }

    /// The indices of the solves `spec` runs, in output order.
    static func indices(weights: [Double], spec: ShardSpec) -> [Int] {
        let shard = assign(weights: weights, shards: spec.count)
        return weights.indices.filter { shard[$0] == spec.index }
    }
}
