import TrainPlanCore

/// The generator's draws from ``SplitMix64``: its own bounded draws (never the standard
/// library's random algorithms) keep every generated scenario the same across platforms and
/// Swift versions, seed for seed.
extension SplitMix64 {
    /// A uniform integer in `range` (rejection sampling: no modulo bias).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        guard span != 0 else { return Int(truncatingIfNeeded: next()) }   // the whole Int range
        let limit = UInt64.max - UInt64.max % span
        var draw = next()
        while draw >= limit { draw = next() }
        return range.lowerBound + Int(draw % span)
    }

    /// A uniform fraction in [0, 1) with 53 random bits.
    public mutating func fraction() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    public mutating func chance(_ probability: Double) -> Bool { fraction() < probability }

    /// One element of a non-empty array (the first of an empty one is never asked for).
    public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// One element, chosen with the given relative weights.
    public mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var draw = fraction() * total
        for (item, weight) in items {
            draw -= weight
            if draw < 0 { return item }
        }
        return items[items.count - 1].0
    }

    /// Fisher-Yates.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(in: 0...i))
        }
    }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// `count` distinct elements (all of them if there are fewer), in random order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        Array(shuffled(items).prefix(count))
    }
}
