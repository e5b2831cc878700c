import Benchmark
import Foundation
import GLPK
import TrainPlanCore
import TrainPlanGenerator
import TrainPlanSolver

/// The four suites of issue 5: loading and validating a national scenario, candidate
/// generation, model build, and a whole solve of a city scenario. Scenarios are generated
/// (`trainplan generate`) in the setup, so the numbers do not depend on files in the tree.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 10
    )

    // 1. Read a national scenario (~600 courses, ~400 instructors, ~120 venues) from a
    //    YAML file and validate it, as `trainplan check` does.
    Benchmark("Load and validate national scenario (YAML)") { benchmark, path in
        for _ in benchmark.scaledIterations {
            blackHole(try? ScenarioLoader.load(path: path))
        }
    } setup: {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("trainplan-bench-national-\(ProcessInfo.processInfo.processIdentifier).yaml")
        try? ScenarioGenerator.generate(.national, seed: 1).yaml.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    // 2. Candidate generation (rules 1-4: patterns, qualified instructors, free venues).
    for family in [ScenarioFamily.city, .province, .national] {
        Benchmark("Candidates (\(family.rawValue))") { benchmark, scenario in
            for _ in benchmark.scaledIterations {
                blackHole(Candidates(scenario: scenario))
            }
        } setup: {
            ScenarioGenerator.generate(family, seed: 1).scenario
        }
    }

    // 3. Model build: the integer program of rules 5-8, with and without star cliques.
    for (family, star) in [(ScenarioFamily.city, true), (.city, false), (.weekly, false), (.province, false)] {
        Benchmark("Model build (\(family.rawValue)\(star ? ", star cliques" : ""))") { benchmark, candidates in
            for _ in benchmark.scaledIterations {
                blackHole(Formulation(candidates: candidates, starCliques: star).model.nonZeroCount)
            }
        } setup: {
            Candidates(scenario: ScenarioGenerator.generate(family, seed: 1).scenario)
        }
    }

    // 3b. Peak memory of what a national solve builds before its search: the candidates, and
    //     the whole model for the LP bound where the solver builds it (issue 16: a scenario of
    //     the `nationalwide` shape once peaked at 11.7 GB in that model; now it is not built).
    for family in [ScenarioFamily.national, .nationalwide] {
        Benchmark("Candidates and bound model (\(family.rawValue), peak memory)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 0,
                                       maxDuration: .seconds(30), maxIterations: 3)) { benchmark, scenario in
            for _ in benchmark.scaledIterations {
                let candidates = Candidates(scenario: scenario)
                if TrainingPlanner.buildsBoundModel(for: candidates) {
                    blackHole(Formulation(candidates: candidates, costChoices: false).model.nonZeroCount)
                }
                blackHole(candidates)
            }
        } setup: {
            ScenarioGenerator.generate(family, seed: 1).scenario
        }
    }

    // 4. A whole solve of a city scenario to proven optimality (greedy plan, warm start,
    //    branch and cut), from the loaded scenario to the verified plan.
    Benchmark("Solve city scenario (seed 1, to optimality)",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 0,
                                   maxDuration: .seconds(60), maxIterations: 5)) { benchmark, scenario in
        for _ in benchmark.scaledIterations {
            blackHole(try? TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60))))
        }
    } setup: {
        ScenarioGenerator.generate(.city, seed: 1).scenario
    }
}
