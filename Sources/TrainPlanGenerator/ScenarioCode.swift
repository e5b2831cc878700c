import TrainPlanCore

/// Ids and names the generated families share: the source codes of instructor ids
/// (`BLK-01`, `IND-02`, ...) and made-up Indonesian names.
enum ScenarioCode {
    static func source(_ source: InstructorSource) -> String { Builder.sourceCode(source) }

    static func name(_ rng: inout SplitMix64) -> String {
        "\(rng.pick(Catalogue.firstNames)) \(rng.pick(Catalogue.lastNames))"
    }
}
