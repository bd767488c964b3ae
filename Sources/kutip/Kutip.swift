import ArgumentParser

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
        subcommands: [Read.self, Analyze.self, Stats.self, Train.self],
        defaultSubcommand: Read.self
    )
}
