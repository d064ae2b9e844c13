// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kpolicy",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kpolicy", targets: ["kpolicy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // System ICU behind a plain-C facade: ICU's versioned symbol macros and its C types
        // must never be visible to a Swift module that also imports Foundation (../INTEROP).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // libxml2's HTML parser through a shim header that hides its ICU parts (../INTEROP).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
        // SHA-256 rounds on the x86 SHA extensions (SourceText hashes every input; portable Swift otherwise).
        .target(name: "CSHA256"),
        .target(name: "SourceText", dependencies: ["CICU", "CSHA256"]),
        .target(name: "Normalize", dependencies: ["SourceText", "CICU", "CLibXML2"]),
        .target(name: "Segment", dependencies: ["Normalize"]),
        .target(
            name: "Extract",
            dependencies: ["Normalize", "Segment"],
            resources: [.copy("Organizations/Resources/organizations.tsv")]
        ),
        .target(name: "Records", dependencies: ["SourceText", "Normalize", "Segment", "Extract"]),
        // Emit: JSON Lines, CSV and SQLite writers over the record lines of Records, plus the JSON Schemas.
        .target(
            name: "Emit",
            dependencies: ["Extract", "Records", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/schema")]
        ),
        .target(name: "Pipeline", dependencies: ["SourceText", "Normalize", "Segment", "Extract", "Records", "Emit"]),
        .target(name: "Report", dependencies: ["Pipeline", "Extract", "Normalize", "SourceText"]),
        .target(name: "Diff", dependencies: ["Pipeline", "Records", "SourceText", "Emit"]),
        .executableTarget(
            name: "kpolicy",
            dependencies: [
                "Pipeline",
                "Report",
                "Diff",
                "Emit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz entry: replays files normally; scripts/fuzz.sh builds it with libFuzzer (-DFUZZING).
        .executableTarget(name: "kpolicy-fuzz", dependencies: ["Pipeline", "Records", "Extract", "Normalize", "Segment", "SourceText"], path: "Sources/kpolicy-fuzz"),
        // Stage-by-stage throughput for scripts/bench.sh; not part of `swift test`.
        .executableTarget(name: "kpolicy-bench", dependencies: ["Pipeline", "Extract", "Normalize", "Segment", "SourceText"], path: "Sources/kpolicy-bench"),
        .executableTarget(name: "kpolicy-html-eval", dependencies: ["Normalize", "SourceText"], path: "Sources/kpolicy-html-eval"),
        // Shared by the test targets: package paths, scratch folders, the built command, a seeded generator.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SourceTextTests", dependencies: ["SourceText"]),
        .testTarget(name: "NormalizeTests", dependencies: ["TestSupport", "Normalize"]),
        .testTarget(name: "SegmentTests", dependencies: ["TestSupport", "Segment", "Normalize", "SourceText"]),
        .testTarget(name: "ExtractTests", dependencies: ["TestSupport", "Extract"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records"]),
        .testTarget(name: "ReportTests", dependencies: ["TestSupport", "Report", "Pipeline", "Records", "Extract"]),
        .testTarget(name: "DiffTests", dependencies: ["TestSupport", "Diff", "Pipeline", "Emit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "Pipeline", "Extract", "SourceText", "Normalize", "Emit", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EmitTests", dependencies: ["TestSupport", "Emit", "Pipeline", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
