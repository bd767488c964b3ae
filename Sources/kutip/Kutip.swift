import ArgumentParser
import Foundation

/// `kutip`: the command line. Parsing only; the work is in the other targets.
@main
struct Kutip: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "kutip",
        abstract: "Read news articles side by side and record who said what.",
        discussion: """
            kutip opens a folder of news articles (.txt, .md, .jsonl) in a terminal reader: articles \
            side by side, people, places and organisations highlighted, quotations marked. Press ? in \
            kutip for every key.
            """,
        version: version,
        subcommands: [Read.self, Analyze.self, Stats.self, Export.self, Import.self, Agree.self, Train.self],
        defaultSubcommand: Read.self
    )

    /// Runs the command; usage errors exit with 2 (as scripts expect of a Unix tool), not
    /// swift-argument-parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
