// swift-tools-version:6.0
import PackageDescription

// kutip: a terminal reader and quotation annotator for news articles.
// Layers (DESIGN.md): KutipCore (corpus, analysis, store, export) → KutipApp (state, keys, drawing
// into a grid) → KutipTerminal (the only ncurses code) → kutip (command line).
// KutipGrid holds the cell grid and input events that the app draws into and the terminal shows,
// so that the terminal knows nothing of the app's state and the app nothing of ncurses.
let package = Package(
    name: "kutip",
    products: [
        .executable(name: "kutip", targets: ["kutip"]),
        .library(name: "KutipCore", targets: ["KutipCore"]),
        .library(name: "KutipApp", targets: ["KutipApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(name: "KutipCore", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "KutipGrid"),
        .target(name: "KutipApp", dependencies: ["KutipCore", "KutipGrid"]),
        .target(
            name: "CCurses",
            linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]
        ),
        .target(name: "KutipTerminal", dependencies: ["KutipGrid", "CCurses"]),
        .executableTarget(
            name: "kutip",
            dependencies: [
                "KutipCore", "KutipApp", "KutipTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A tool for the crash-safety test: saves through the real store until killed.
        .executableTarget(name: "kutip-save-loop", dependencies: ["KutipCore"], path: "Tests/SaveLoop"),
        // CSV.swift's writer is the reference the hand-written csv export is checked against.
        .testTarget(name: "KutipCoreTests", dependencies: ["KutipCore", .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(name: "KutipAppTests", dependencies: ["KutipApp", "KutipCore", "KutipGrid"]),
        .testTarget(name: "KutipEndToEndTests", dependencies: ["kutip", "kutip-save-loop", "KutipCore"]),
    ]
)
