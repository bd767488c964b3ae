// swift-tools-version:6.1
import PackageDescription

// `make bench`: kutip's speed targets, measured with ordo-one/benchmark (never in timed tests).
let package = Package(
    name: "KutipBenchmarks",
    dependencies: [
        .package(name: "kutip", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "KutipBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KutipCore", package: "kutip"),
                .product(name: "KutipApp", package: "kutip"),
            ],
            path: "Benchmarks/KutipBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
