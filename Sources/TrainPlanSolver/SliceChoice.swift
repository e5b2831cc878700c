extension NeighbourhoodSearch {
    /// The ways of choosing a slice (see the type's comment); ``SliceAdaptation`` weighs them.
    enum Method: CaseIterable { case related, unscheduled, budget, instructor, random }

    /// A slice, and the method that chose it. With `avoiding`, only courses that could
    /// use none of those resources (see ``resources``) are taken.
    mutating func chooseSlice(_ choices: [Choice?], avoiding: Set<Int> = []) -> (Set<Int>, Method) {
        let pool = avoiding.isEmpty ? runnable : runnable.filter { resources[$0].isDisjoint(with: avoiding) }
        guard !pool.isEmpty else { return ([], .random) }
        let allowed = avoiding.isEmpty ? nil : Set(pool)
        let unscheduled = pool.filter { choices[$0] == nil }
        var available: [Method] = [.related, .random]
        let teachers = avoiding.isEmpty ? teachable : teachable.filter { !avoiding.contains($0) }
        if !teachers.isEmpty { available.append(.instructor) }
        if !unscheduled.isEmpty { available.append(.unscheduled) }
        if let budget = scenario.budget, spent(choices) > SearchTuning.bindingBudgetShare * budget, !unscheduled.isEmpty { available.append(.budget) }
        let methods = available.map { ($0, adaptation.weight($0)) }
        let method = random.weighted(methods)
        var free: Set<Int> = []
        var size = 0
        func add(_ c: Int) {
            guard !free.contains(c), !candidates.courses[c].isEmpty, allowed?.contains(c) ?? true else { return }
            free.insert(c)
            size += columns[c]
            // The batches of one course are free together, so that batch order (y[k+1] <= y[k]) stays a row of the slice.
            for sibling in batchSiblings[c] { add(sibling) }
        }
        func full() -> Bool { size >= adaptation.targetColumns || free.count >= pool.count }
        switch method {
        case .related:
            add(random.pick(pool))
        case .unscheduled:
            let seed = random.weighted(unscheduled.map { ($0, scenario.courses[$0].value + 1) })
            add(seed)
            for n in holders(of: seed, choices) where !full() { add(n) }
        case .budget:
            // Courses that could run instead of others: the most valuable unscheduled ones
            // and the scheduled ones worth least, anywhere.
            // Value per rupiah: what an unscheduled course would bring, what a running one brings.
            func valuePerRupiah(_ c: Int) -> Double {
                let jitter = SearchTuning.budgetRankJitter
                return scenario.courses[c].value / max(1, cheapest[c]) * (jitter.low + jitter.width * random.unit())
            }
            var out = unscheduled.map { ($0, valuePerRupiah($0)) }
            var running = pool.filter { choices[$0] != nil }
                .map { ($0, valuePerRupiah($0)) }
            out.sort { $0.1 > $1.1 }
            running.sort { $0.1 < $1.1 }
            let outIDs = out.map(\.0), runningIDs = running.map(\.0)
            var i = 0, j = 0
            while !full(), i < outIDs.count || j < runningIDs.count {
                if i < outIDs.count { add(outIDs[i]); i += 1 }
                if j < runningIDs.count, !full() { add(runningIDs[j]); j += 1 }
            }
        case .instructor:
            // The courses one instructor could teach: who teaches what, and at what fee, can change.
            let instructor = random.pick(teachers)
            for c in random.shuffled(courses(of: instructor)) where !full() { add(c) }
        case .random:
            for c in random.shuffled(pool) where !full() { add(c) }
        }
        // Grow through related courses, nearest first, then at random.
        var around: [Int] = []
        for c in free.sorted() { around += neighbours(of: c) }
        var frontier = random.shuffled(around)
        while !full() {
            if frontier.isEmpty {
                let rest = pool.filter { !free.contains($0) }
                guard let c = rest.isEmpty ? nil : random.pick(rest) else { break }
                add(c)
                frontier = random.shuffled(neighbours(of: c))
                continue
            }
            let c = frontier.removeFirst()
            guard !free.contains(c), allowed?.contains(c) ?? true, !candidates.courses[c].isEmpty else { continue }
            add(c)
            frontier += random.shuffled(neighbours(of: c)).filter { !free.contains($0) }
        }
        return (free, method)
    }

    func courses(of instructor: Int) -> [Int] { teaches[instructor] }

    /// The courses related to `a`: a shared possible instructor, venue or cohort, with
    /// overlapping windows; in index order.
    mutating func neighbours(of a: Int) -> [Int] {
        if let known = neighbourCache[a] { return known }
        var related = Set<Int>()
        for key in resources[a] {
            for b in users[key] ?? [] where b != a && span[a].first <= span[b].last && span[b].first <= span[a].last {
                related.insert(b)
            }
        }
        let list = related.sorted()
        if neighbourCacheSize + list.count > SearchTuning.neighbourCacheLimit {
            neighbourCache = [:]
            neighbourCacheSize = 0
        }
        neighbourCache[a] = list
        neighbourCacheSize += list.count
        return list
    }

    /// The scheduled courses around an unscheduled one, those that hold what it could use
    /// first: all the courses on one of its instructors or venues (picked at random among
    /// those held), then the others holding any of them, then its other scheduled
    /// neighbours. Taking neighbours in index order instead, the search stalled on province-2
    /// at 1,034.0 M; its better plans (1,031.0-1,031.7 M) repack workshops, e.g. KDS-AC-02 and
    /// KDS-LIS-03 run in the electrical workshop KDS-BLK-LIS in place of KDS-LIS-02, which
    /// needs a slice holding the courses in that workshop.
    mutating func holders(of course: Int, _ choices: [Choice?]) -> [Int] {
        // What each scheduled neighbour holds of what `course` could use (keys as in ``resources``).
        let wanted = resources[course], instructorCount = scenario.instructors.count
        let scheduled = random.shuffled(neighbours(of: course).filter { choices[$0] != nil })
        let held = scheduled.map { n in
            choices[n].map { [$0.instructor, instructorCount + $0.venue].filter(wanted.contains) } ?? []
        }
        guard let someone = held.first(where: { !$0.isEmpty }), let resource = random.shuffled(someone).first else {
            return scheduled
        }
        let onResource = scheduled.indices.filter { held[$0].contains(resource) }
        let onOthers = scheduled.indices.filter { !held[$0].isEmpty && !held[$0].contains(resource) }
        let rest = scheduled.indices.filter { held[$0].isEmpty }
        return (onResource + onOthers + rest).map { scheduled[$0] }
    }
}
