import ArgumentParser
import Foundation
import KutipCore

/// `kutip stats [PATH]`: how far tagging has gone, for scripts.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print tagged/total quotations per article and quotations per speaker.",
        discussion: """
            Reads the annotator's store without locking it, so it works while kutip is open. \
            tsv: two tab-separated tables with header lines (articles, then speakers after a blank \
            line); json: {"articles": [...], "speakers": [...]}.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, json }

    @Argument(help: "The corpus folder. Default: the bundled corpus data/articles.")
    var path: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "tsv or json.")
    var format: Format = .tsv

    func run() throws {
        let corpusPath = path ?? BundledCorpus.path()
        let corpus = try valueOrExit { try Corpus.open(corpusPath) }
        let analyzer = try valueOrExit { try StandardAnalyzer.load() }
        guard let (name, folder) = storeOptions.folders(corpus: corpusPath).first, storeOptions.annotator != "all" else {
            throw ValidationError("stats reads one annotator's tags: give --annotator NAME")
        }
        let tags = try valueOrExit { try AnnotationStore.reading(folder: folder, annotator: name) }
        var statistics = TaggingStatistics()
        var all: [ArticleAnnotations] = []
        var failed = false
        for entry in corpus.entries {
            guard case let .success(article) = corpus.load(entry) else { continue }
            do {
                let annotations = try tags.annotations(for: article)
                all.append(annotations)
                statistics.add(article, analysis: analyzer.analyze(article), tags: annotations)
            } catch {
                FileHandle.standardError.write(Data("kutip: \(error)\n".utf8))
                failed = true
            }
        }
        let registry = try valueOrExit { try tags.speakers() }
        statistics.countSpeakers(all, registry: registry)
        switch format {
        case .tsv:
            FileHandle.standardOutput.write(Data(statistics.tsv.utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(statistics) + Data("\n".utf8))
        }
        if failed { throw ExitCode.failure }
    }
}
