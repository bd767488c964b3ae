import ArgumentParser
import Foundation
import KutipCore

/// `kutip [PATH]`: opens the reader on a corpus.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on a folder of articles (the default command)."
    )

    @Argument(help: "A folder of articles, or one article file. Default: the bundled corpus data/articles.")
    var path: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp(
        "Curate: show these annotators' tags beside each quotation (] and [ step through the disagreements, 1-9 take a side).",
        discussion: "Their files are only read. What the curator decides is kept as --annotator's tags, by default `curated`.",
        valueName: "NAME,NAME"))
    var compare: String?

    func validate() throws {
        guard let compare else { return }
        let names = compareNames(compare)
        guard !names.isEmpty else { throw ValidationError("--compare wants annotators' names, separated by commas") }
        guard names.count <= 9 else { throw ValidationError("--compare takes at most 9 annotators (keys 1-9 take a side)") }
        let annotator = storeOptions.annotator ?? ComparedAnnotators.defaultCurator
        if names.contains(annotator) {
            throw ValidationError("the curator (--annotator \(annotator)) cannot be one of the annotators compared: their tags must stay as they are")
        }
    }

    private func compareNames(_ list: String) -> [String] {
        var seen = Set<String>()
        return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    func run() throws {
        let corpusPath = path ?? BundledCorpus.path()
        let corpus = try valueOrExit { try Corpus.open(corpusPath) }
        let analyzer = try valueOrExit { try StandardAnalyzer.load() }
        var options = storeOptions
        if compare != nil, options.annotator == nil { options.annotator = ComparedAnnotators.defaultCurator }
        guard let (name, folder) = options.folders(corpus: corpusPath).first, options.annotator != "all" else {
            throw ValidationError("the reader keeps one annotator's tags: give --annotator NAME")
        }
        let compared = try compare.map { list in
            try valueOrExit {
                try ComparedAnnotators.open(names: compareNames(list)) { options.folder(ofAnnotator: $0, corpus: corpusPath) }
            }
        }
        let annotations = try valueOrExit { try AnnotationStore(folder: folder, annotator: name) }
        let code = ReaderSession(corpus: corpus, label: corpusPath, annotator: name, analyzer: analyzer,
                                 store: annotations, corpusPath: corpusPath, compared: compared).run()
        if code != 0 { throw ExitCode(code) }
    }
}

/// Where the bundled corpus is: `data/articles` in the current folder, else beside the
/// executable's package (so `make run` and `.build/debug/kutip` both find it).
enum BundledCorpus {
    static func path() -> String {
        let relative = "data/articles"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return relative
    }
}

enum LoginName {
    static func current() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
        if let login = getlogin() { return String(cString: login) }
        return "annotator"
    }
}
