// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "trainplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trainplan", targets: ["TrainPlanCLI"]),
        .library(name: "TrainPlanCore", targets: ["TrainPlanCore"]),
        .library(name: "TrainPlanSolver", targets: ["TrainPlanSolver"]),
        .library(name: "TrainPlanReport", targets: ["TrainPlanReport"]),
        .library(name: "TrainPlanGenerator", targets: ["TrainPlanGenerator"]),
        .library(name: "GLPK", targets: ["GLPK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // C module over Debian's libglpk-dev (no pkg-config file: the module map links `glpk`).
        .systemLibrary(
            name: "CTrainplanGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // A thin, training-agnostic Swift layer over GLPK.
        .target(name: "GLPK", dependencies: ["CTrainplanGLPK"]),
        // Spreadsheet workbooks (.xlsx): typed cells read and written, knowing nothing of training.
        .target(
            name: "TrainPlanWorkbook",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The contract: scenario, calendar, patterns, costs, plan, verifier, loading.
        .target(
            name: "TrainPlanCore",
            dependencies: [
                "TrainPlanWorkbook",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Candidates, the integer program and the greedy plan.
        // Depends on TrainPlanReport only for the English sentences of the reasons a course is left out.
        .target(name: "TrainPlanSolver", dependencies: ["TrainPlanCore", "GLPK", "TrainPlanReport"]),
        // What planners use: spreadsheets, calendars, the HTML report, bilingual texts.
        .target(
            name: "TrainPlanReport",
            dependencies: ["TrainPlanCore", "TrainPlanWorkbook", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Realistic synthetic scenarios (trainplan generate), deterministic per seed.
        .target(name: "TrainPlanGenerator", dependencies: ["TrainPlanCore"]),
        .executableTarget(
            name: "TrainPlanCLI",
            dependencies: [
                "TrainPlanCore", "TrainPlanReport", "TrainPlanSolver", "TrainPlanGenerator", "TrainPlanWorkbook", "GLPK",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK"]),
        .testTarget(
            name: "TrainPlanReportTests",
            dependencies: ["TrainPlanReport", "TrainPlanCore", "TrainPlanSolver", "TrainPlanWorkbook", "GLPK",
                           .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(
            name: "TrainPlanTests",
            dependencies: ["TrainPlanCore", "TrainPlanSolver", "TrainPlanGenerator", "TrainPlanWorkbook", "GLPK",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Yams", package: "Yams")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
