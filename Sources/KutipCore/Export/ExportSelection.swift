import Foundation

/// What `kutip export` (and the reader's `:export`) writes, gathered from a corpus and one or
/// more annotators' stores: each article's spans as `include` asks (`ExportedArticle`), and the
/// store files themselves for the `json` format. Articles and store files are read on every
/// core; analysis, when asked for, one article after another.
public struct ExportSelection {
    public struct Item: Sendable {
        /// The article's file as the export names it (the corpus path joined with its file name).
        public var path: String
        public var article: Article
        public var analysis: ArticleAnalysis?
    }

    /// Every readable article of the corpus, in the corpus's order.
    public var items: [Item]
    /// The articles to write, per annotator in turn (for `user`, only those with tags).
    public var exported: [ExportedArticle]
    /// The `json` format's content: each annotator's speakers and store files.
    public var stores: [StoreExport.Annotator]

    /// Reads the corpus and the stores in `folders` (none for `include: .auto`). `analyzer`
    /// analyses each article unless `include` is `user`; with `user`, analysis is not needed and
    /// `analyzer` may be nil.
    public init(corpus: Corpus, corpusPath: String, folders: [(annotator: String, folder: String)], include: ExportInclude,
                analyzer: StandardAnalyzer?) throws {
        let loaded: [Item?] = corpus.entries.parallelMap { entry in
            guard case let .success(article) = corpus.load(entry) else { return nil }
            return Item(path: (corpusPath as NSString).appendingPathComponent(entry.fileName), article: article, analysis: nil)
        }
        var items = loaded.compactMap { $0 }
        if include != .user, let analyzer {
            for index in items.indices { items[index].analysis = analyzer.analyze(items[index].article) }
        }
        self.items = items
        let aliases = analyzer.map { analyzer in
            PersonAliases(analyses: items.compactMap { item in item.analysis.map { (item.article, $0) } }, knownNames: analyzer.knownPeople)
        }
        var exported: [ExportedArticle] = []
        var stores: [StoreExport.Annotator] = []
        for (annotator, folder) in include == .auto ? [] : folders {
            let store = try AnnotationStore.reading(folder: folder, annotator: annotator)
            let speakers = try store.speakers()
            let allTags: [ArticleAnnotations] = try items.parallelMap { try store.annotations(for: $0.article) }
            // With --include all, the suggestions are the ones the reader shows this annotator:
            // analysis with what their tags teach (`LearnedSuggestions`), still source auto.
            let learned = include == .all ? LearnedSuggestions(speakers: speakers, tags: allTags) : nil
            let rows: [Row?] = Array(zip(items, allTags)).parallelMap { item, tags in
                if include == .user, tags.isEmpty { return nil }
                let suggested = item.analysis.map { analysis in
                    learned.map { learned in
                        learned.applied(to: analysis, of: item.article, tags: tags) { analyzer?.quotes(in: item.article, entities: $0) }
                    } ?? analysis
                }
                let article = ExportedArticle(path: item.path, article: item.article, analysis: suggested, tags: tags,
                                              speakers: speakers, include: include, aliases: aliases, learned: learned)
                let analysis = suggested.map {
                    ExportedArticle(path: item.path, article: item.article, analysis: $0, tags: nil, speakers: speakers,
                                    include: .auto, aliases: aliases, learned: learned)
                }
                return Row(exported: article, entry: StoreExport.ArticleEntry(path: item.path, id: item.article.id.rawValue, tags: tags,
                                                                              analysis: analysis))
            }
            exported += rows.compactMap { $0?.exported }
            stores.append(StoreExport.Annotator(annotator: annotator, speakers: speakers, articles: rows.compactMap { $0?.entry }))
        }
        if include == .auto {
            exported = items.map {
                ExportedArticle(path: $0.path, article: $0.article, analysis: $0.analysis, tags: nil, speakers: SpeakerRegistry(),
                                include: .auto, aliases: aliases)
            }
        }
        self.exported = exported
        self.stores = stores
    }

    /// One article's part of the export, for one annotator.
    private struct Row: Sendable {
        var exported: ExportedArticle
        var entry: StoreExport.ArticleEntry
    }
}
