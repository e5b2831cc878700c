/// `batches: N` on a course (PROBLEM.md, courses table): N identical optional batches
/// `ID.1` .. `ID.N`, batch k+1 only if batch k runs. The scenario holds them as N
/// courses; this finds each batch's predecessor, for the model's row y[k+1] <= y[k]
/// and the verifier's check of the same.
public enum Batches {
    /// For each course, the index of the batch before it (`nil` for batch 1 and ordinary courses).
    public static func predecessors(_ courses: [Course]) -> [Int?] {
        var index: [String: Int] = [:]
        for (c, course) in courses.enumerated() where course.batch != nil { index[course.id] = c }
        return courses.map { course in
            guard let batch = course.batch, batch.number > 1 else { return nil }
            return index["\(batch.series).\(batch.number - 1)"]
        }
    }

    /// The N batches of `course`, ids `ID.1` .. `ID.N`; only the first keeps `mandatory`.
    public static func expand(_ course: Course, count: Int) -> [Course] {
        (1...max(1, count)).map { k in
            var copy = course
            copy.id = "\(course.id).\(k)"
            copy.title = "\(course.title) (\(k)/\(count))"
            copy.batch = (course.id, k)
            copy.mandatory = course.mandatory && k == 1
            return copy
        }
    }
}
