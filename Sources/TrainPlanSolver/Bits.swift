/// A fixed-size set of small integers.
struct Bits {
    var words: [UInt64]
    let count: Int

    init(count: Int) {
        self.count = count
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    init(_ members: [Int], count: Int) {
        self.init(count: count)
        for m in members where m >= 0 && m < count { words[m >> 6] |= 1 << UInt64(m & 63) }
    }

    func intersects(_ other: Bits) -> Bool {
        for k in words.indices where words[k] & other.words[k] != 0 { return true }
        return false
    }

    mutating func formUnion(_ other: Bits) {
        for k in words.indices { words[k] |= other.words[k] }
    }

    /// Removes `other`'s members.
    mutating func subtract(_ other: Bits) {
        for k in words.indices { words[k] &= ~other.words[k] }
    }
}
