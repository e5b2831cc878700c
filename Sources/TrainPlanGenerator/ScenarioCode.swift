import TrainPlanCore

/// Ids and names the generated families share: the source codes of instructor ids
/// (`BLK-01`, `IND-02`, ...) and made-up Indonesian names.
enum ScenarioCode {
    static func source(_ source: InstructorSource) -> String { Builder.sourceCode(source) }

    /// Instructor ids numbered per source: `BLK-01`, `BLK-02`, `IND-01`, ...
    struct InstructorIDs {
        private var counters: [InstructorSource: Int] = [:]

        mutating func next(_ source: InstructorSource) -> String {
            counters[source, default: 0] += 1
            let n = counters[source] ?? 1
            return "\(ScenarioCode.source(source))-\(n < 10 ? "0" : "")\(n)"
        }
    }

    static func name(_ rng: inout SplitMix64) -> String {
        "\(rng.pick(Catalogue.firstNames)) \(rng.pick(Catalogue.lastNames))"
    }
}
