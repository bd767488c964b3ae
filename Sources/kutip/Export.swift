import ArgumentParser
import Foundation
import KutipCore

/// `kutip export`: the tags (and, if asked, analysis) in formats other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the tags (and analysis, with --include) as json, jsonl or csv.",
        discussion: """
            json: the store's own files ({"schema", "annotators": [{"annotator", "speakers", \
            "articles": [{"path", "id", "tags", "analysis"}]}]}). jsonl: one article a line, the analyze \
            contract's shape with "source" (user or auto) on every span and the annotator. csv: one \
            quotation a row (article, title, start, end, kind, speaker, text, annotator, source), RFC 4180, \
            UTF-8. Offsets are code points into each file's text. Exit codes: 0 done, 1 bad input (the \
            message names the file), 2 usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }
    enum Include: String, ExpressibleByArgument, CaseIterable { case user, auto, all }

    @Option(help: "json, jsonl or csv.")
    var format: Format

    @Option(help: "user: the tags; auto: what analysis suggests; all: both, tags winning.")
    var include: Include = .user

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Argument(help: "The corpus folder. Default: the bundled corpus data/articles.")
    var corpus: String?

    func run() throws {
        let corpusPath = corpus ?? BundledCorpus.path()
        let opened = try valueOrExit { try Corpus.open(corpusPath) }
        let scope = ExportInclude(rawValue: include.rawValue)!
        let analyzer: StandardAnalyzer? = scope == .user ? nil : try valueOrExit { try StandardAnalyzer.load() }
        var articles: [(path: String, article: Article, analysis: ArticleAnalysis?)] = []
        for entry in opened.entries {
            guard case let .success(article) = opened.load(entry) else { continue }
            articles.append(((corpusPath as NSString).appendingPathComponent(entry.fileName), article, analyzer?.analyze(article)))
        }
        let aliases = analyzer.map { analyzer in
            PersonAliases(analyses: articles.compactMap { item in item.analysis.map { (item.article, $0) } },
                          knownNames: analyzer.knownPeople)
        }
        var exported: [ExportedArticle] = []
        var stores: [StoreExport.Annotator] = []
        let folders = scope == .auto ? [] : storeOptions.folders(corpus: corpusPath)
        for (annotator, folder) in folders {
            let store = try valueOrExit { try AnnotationStore.reading(folder: folder, annotator: annotator) }
            let speakers = try valueOrExit { try store.speakers() }
            var entries: [StoreExport.ArticleEntry] = []
            for item in articles {
                let tags = try valueOrExit { try store.annotations(for: item.article) }
                if scope == .user, tags.isEmpty { continue }
                let article = ExportedArticle(path: item.path, article: item.article, analysis: item.analysis, tags: tags,
                                              speakers: speakers, include: scope, aliases: aliases)
                exported.append(article)
                let analysis = item.analysis.map {
                    ExportedArticle(path: item.path, article: item.article, analysis: $0, tags: nil, speakers: speakers,
                                    include: .auto, aliases: aliases)
                }
                entries.append(StoreExport.ArticleEntry(path: item.path, id: item.article.id.rawValue, tags: tags, analysis: analysis))
            }
            stores.append(StoreExport.Annotator(annotator: annotator, speakers: speakers, articles: entries))
        }
        if scope == .auto {
            exported = articles.map {
                ExportedArticle(path: $0.path, article: $0.article, analysis: $0.analysis, tags: nil, speakers: SpeakerRegistry(),
                                include: .auto, aliases: aliases)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        switch format {
        case .json:
            encoder.outputFormatting.insert(.prettyPrinted)
            output = try encoder.encode(StoreExport(annotators: stores)) + Data("\n".utf8)
        case .jsonl:
            for article in exported { output += try encoder.encode(article) + Data("\n".utf8) }
        case .csv:
            output = Data(try QuotationTable.csv(exported).utf8)
        }
        if let out {
            _ = try valueOrExit { try AtomicFile.write(Array(output), to: out) }
        } else {
            FileHandle.standardOutput.write(output)
        }
    }
}
