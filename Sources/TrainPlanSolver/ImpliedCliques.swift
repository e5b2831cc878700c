/// A per-period row of one resource whose members all sit in another of its rows is implied by
/// it (both are ≤ 1, or both ≤ e[i]), so the model leaves it out: the same LP with fewer rows.
/// Long courses meet on the same weekday and slot week after week, so most of their period rows
/// are implied: the generated long-1 went from 12,649 rows and 672,161 non-zeros to 7,456 and
/// 280,902 (glpsol's LP of the exported model: 2.1 s instead of 7.2 s, the same optimum); on
/// weekly-3 about 2,500 of 3,000 period rows and a quarter of the non-zeros go.
enum ImpliedCliques {
    /// The indices, in order, of the sets that no other set strictly contains. Each set is sorted.
    static func maximal(_ sets: [[Int]]) -> [Int] {
        var containing: [Int: [Int]] = [:]
        for (s, members) in sets.enumerated() {
            for m in members { containing[m, default: []].append(s) }
        }
        return sets.indices.filter { a in
            let members = sets[a]
            // A set containing this one contains its member that the fewest sets hold.
            guard let rarest = members.min(by: { containing[$0, default: []].count < containing[$1, default: []].count })
            else { return true }
            return !containing[rarest, default: []].contains { b in
                sets[b].count > members.count && members.allSatisfy { contains(sets[b], $0) }
            }
        }
    }

    /// Whether the sorted array holds `value` (binary search).
    private static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}
