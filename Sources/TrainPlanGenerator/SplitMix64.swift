/// A small deterministic random generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The generator never uses the standard library's random algorithms: its own
/// bounded draws keep every generated scenario the same across platforms and
/// Swift versions, seed for seed.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
