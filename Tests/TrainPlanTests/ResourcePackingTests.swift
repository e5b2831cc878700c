import Testing
import TrainPlanCore
import TrainPlanGenerator
@testable import TrainPlanSolver

/// ``ResourcePacking/conflicts(largestSet:wholeGroup:workLimit:checkLimit:)`` against a brute
/// force over every choice of ways, on random groups of 4-7 courses with load limits that bind
/// (two- and three-slot sessions under a day limit, weeks and totals, a course limit). The
/// tiny scenarios of ``TeachingConflictsTests`` rarely give an instructor more than three courses.
@Suite struct ResourcePackingTests {
    /// Random ways: each course 1-4 ways of 1-4 sessions of 1-3 slots over 3 weeks of 5 days,
    /// 4 slots a day (so that a day limit of 2-3 slots binds beside the periods).
    static func group(_ draw: inout SplitMix64) -> (ways: [[ResourcePacking.Way]], room: ResourcePacking.Room) {
        let days = 15, slots = 4
        let ways = (0..<draw.int(in: 4...7)).map { _ -> [ResourcePacking.Way] in
            let length = draw.int(in: 1...3)
            return (0..<draw.int(in: 1...4)).map { _ in
                let dates = Array(Set((0..<draw.int(in: 1...4)).map { _ in draw.int(in: 0...(days - 1)) })).sorted()
                let slot = draw.int(in: 0...(slots - length))
                var way = ResourcePacking.Way(periods: dates.flatMap { d in (slot..<slot + length).map { d * slots + $0 } },
                                              periodCount: days * slots)
                way.days = dates
                way.sessionLength = length
                way.weeks = Dictionary(grouping: dates, by: { $0 / 5 }).map { ($0.key, $0.value.count * length) }
                way.slots = dates.count * length
                return way
            }
        }
        let room = ResourcePacking.Room(perDay: draw.chance(0.5) ? draw.int(in: 2...3) : nil,
                                        perWeek: draw.chance(0.6) ? draw.int(in: 3...10) : nil,
                                        total: draw.chance(0.5) ? draw.int(in: 4...20) : nil,
                                        courses: draw.chance(0.3) ? draw.int(in: 2...4) : nil)
        return (ways, room)
    }

    /// Whether the courses fit, by trying every choice of one way each.
    static func fitsByBruteForce(_ courses: [Int], _ ways: [[ResourcePacking.Way]], _ room: ResourcePacking.Room) -> Bool {
        if let most = room.courses, courses.count > most { return false }
        func fits(_ chosen: [ResourcePacking.Way]) -> Bool {
            var periods = Set<Int>(), day: [Int: Int] = [:], week: [Int: Int] = [:], total = 0
            for way in chosen {
                let own = Set((0..<way.periods.count).filter { way.periods.words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 })
                guard periods.isDisjoint(with: own) else { return false }
                periods.formUnion(own)
                for d in way.days { day[d, default: 0] += way.sessionLength }
                for (w, s) in way.weeks { week[w, default: 0] += s }
                total += way.slots
            }
            if let limit = room.perDay, day.values.contains(where: { $0 > limit }) { return false }
            if let limit = room.perWeek, week.values.contains(where: { $0 > limit }) { return false }
            if let limit = room.total, total > limit { return false }
            return true
        }
        func choose(_ k: Int, _ chosen: [ResourcePacking.Way]) -> Bool {
            guard k < courses.count else { return fits(chosen) }
            return ways[courses[k]].contains { choose(k + 1, chosen + [$0]) }
        }
        return choose(0, [])
    }

    @Test(arguments: [true, false]) func everyRowHoldsAndTheGroupsLimitIsExact(wholeGroup: Bool) {
        var draw = SplitMix64(seed: 2026)
        var rows = 0, groupRows = 0
        for _ in 0..<300 {
            let (ways, room) = Self.group(&draw)
            var packing = ResourcePacking(ways: ways, room: room, dayCount: 15, weekCount: 3, periodCount: 60)
            let found = packing.conflicts(largestSet: 3, wholeGroup: wholeGroup, workLimit: 1_000_000, checkLimit: 100_000)
            // The most courses of a set that fit together, by brute force over its subsets.
            func most(_ set: [Int]) -> Int {
                (0..<(1 << set.count)).filter { mask in
                    Self.fitsByBruteForce(set.indices.filter { mask & (1 << $0) != 0 }.map { set[$0] }, ways, room)
                }.map { $0.nonzeroBitCount }.max() ?? 0
            }
            for conflict in found {
                let exact = most(conflict.courses)
                #expect(exact <= conflict.limit, "\(conflict) but \(exact) fit: \(room)")
                if conflict.courses.count == ways.count {
                    // The whole group's row: its limit is the most that fit, not just a bound.
                    #expect(exact == conflict.limit, "\(conflict) but \(exact) fit")
                    groupRows += 1
                } else {
                    // A smallest set: all but one of it fit.
                    #expect(conflict.limit == conflict.courses.count - 1)
                }
                rows += 1
            }
            if !wholeGroup { #expect(found.allSatisfy { $0.courses.count <= 3 }) }
        }
        #expect(rows >= 100, "only \(rows) rows")
        if wholeGroup { #expect(groupRows >= 10, "only \(groupRows) whole-group rows") }
    }
}
