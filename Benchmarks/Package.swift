// swift-tools-version: 6.1
// Benchmarks of trainplan (ordo-one/benchmark), kept out of the main package so that
// its build and CI do not pay for them. Run from this folder:
//
//     swift package benchmark
//
// The root package is a path dependency; this package builds in Benchmarks/.build.
import PackageDescription

let package = Package(
    name: "TrainPlanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "trainplan", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TrainPlanBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TrainPlanCore", package: "trainplan"),
                .product(name: "TrainPlanSolver", package: "trainplan"),
                .product(name: "TrainPlanGenerator", package: "trainplan"),
                .product(name: "GLPK", package: "trainplan"),
            ],
            path: "Benchmarks/TrainPlanBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
