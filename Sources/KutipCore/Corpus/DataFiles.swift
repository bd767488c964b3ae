import Foundation

/// Finds kutip's shipped data (lexicon, gazetteer, model weights) under `data/`.
///
/// Looked for, in order: `$KUTIP_DATA`; `data/` in a folder at or above the executable (a build
/// in `.build/debug/` finds the repository's); `share/kutip/` beside an installed `bin/`; and
/// `data/` in the current folder.
public struct DataFiles: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// Why a data file cannot be found: names the file and where kutip looked.
    public struct Missing: Error, CustomStringConvertible {
        public let file: String
        public let searched: [String]
        public var description: String {
            "cannot find kutip's data file \(file) (looked in \(searched.joined(separator: ", ")); set KUTIP_DATA to the data folder)"
        }
    }

    /// The data folder that holds `probe` (a path inside it, such as `lexicon/words-id.txt`).
    public static func locate(holding probe: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "") throws(Missing) -> DataFiles {
        var candidates: [String] = []
        if let given = environment["KUTIP_DATA"], !given.isEmpty { candidates.append(given) }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("data").path)
            candidates.append(folder.appendingPathComponent("share/kutip").path)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/data")
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/" + probe) {
            return DataFiles(folder: candidate)
        }
        throw Missing(file: probe, searched: candidates)
    }

    /// The full path of a file inside the data folder.
    public func path(_ relative: String) -> String { folder + "/" + relative }
}
