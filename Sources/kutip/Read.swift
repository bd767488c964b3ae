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

    func run() throws {
        let corpusPath = path ?? BundledCorpus.path()
        let corpus = try valueOrExit { try Corpus.open(corpusPath) }
        let analyzer = try valueOrExit { try StandardAnalyzer.load() }
        guard let (name, folder) = storeOptions.folders(corpus: corpusPath).first, storeOptions.annotator != "all" else {
            throw ValidationError("the reader keeps one annotator's tags: give --annotator NAME")
        }
        let annotations = try valueOrExit { try AnnotationStore(folder: folder, annotator: name) }
        let code = ReaderSession(corpus: corpus, label: corpusPath, annotator: name, analyzer: analyzer,
                                 store: annotations, corpusPath: corpusPath).run()
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
