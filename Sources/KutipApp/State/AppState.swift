import KutipCore
import KutipGrid

/// Which screen is in front.
public enum AppScreen: Sendable, Equatable { case library, reader, speakers }

/// A line the user is typing at the bottom of the screen.
public enum Prompt: Sendable, Equatable {
    case filter(LineEditor)
    case search(LineEditor)
    case speaker(SpeakerPicker)
    /// A `:` command (`:export csv tags.csv`).
    case command(LineEditor)
}

/// What the terminal must do after a key, besides drawing the next frame.
public enum Effect: Sendable, Equatable {
    case quit
    /// Repaint every cell (Ctrl-L), in case something else wrote to the terminal.
    case redrawAll
    /// `:export FORMAT PATH`: write the tags (as `kutip export` does) once every save is done.
    case export(format: String, path: String)
}

/// The whole state of a kutip session: one value, changed only by `handle(_:)`, drawn by
/// `Renderer`. Key → new state → grid → screen.
public struct AppState: Sendable {
    public let corpus: Corpus
    /// How the corpus is named in the status line (the path the user gave).
    public let corpusLabel: String
    public let annotator: String
    public let theme: Theme
    public private(set) var width: Int
    public private(set) var height: Int
    public var screen: AppScreen = .library
    public var showingHelp = false
    public var helpScroll = 0
    public var library: LibraryState
    public var reader = ReaderState()
    public var speakers = SpeakersState()
    /// Where `q` on the Speakers screen goes back to.
    var previousScreen: AppScreen = .library
    public var prompt: Prompt?
    /// A one-off message for the status line, cleared by the next key.
    public var message: String?
    public internal(set) var summaries: [ArticleID: ArticleSummary] = [:]
    public internal(set) var loaded: [ArticleID: LoadedArticle] = [:]
    /// How far background indexing has gone through the corpus entries.
    var indexCursor = 0
    /// The annotator's tags, loaded with each article, and the saves still to make.
    public internal(set) var annotations: AnnotationState
    /// The people of every article read so far, with their aliases (`refreshPeople`).
    public private(set) var people = PersonAliases(mentions: [])
    /// What the annotator's tags teach the suggestions of every article (`AppState+Learning`).
    public internal(set) var learned = LearnedSuggestions()
    /// How many summaries `people` was built from.
    private var peopleBuiltFrom = 0
    let analyzer: any ArticleAnalyzer
    /// The annotators being compared (`--compare`), whose tags the curator sees beside each
    /// quotation; nil when not curating.
    public internal(set) var compared: ComparedAnnotators?

    public init(corpus: Corpus, corpusLabel: String, annotator: String, colorMode: ColorMode, width: Int, height: Int,
                analyzer: any ArticleAnalyzer = FirstPassAnalyzer(), store: AnnotationStore? = nil,
                compared: ComparedAnnotators? = nil) {
        self.corpus = corpus
        self.compared = compared
        annotations = AnnotationState(store: store)
        self.analyzer = analyzer
        self.corpusLabel = corpusLabel
        self.annotator = annotator
        theme = Theme(mode: colorMode)
        self.width = width
        self.height = height
        library = LibraryState(entryCount: corpus.entries.count)
        learned.learn(speakers: annotations.speakers)
        prepareForDrawing()
    }

    // MARK: Articles

    public func entry(_ index: Int) -> CorpusEntry { corpus.entries[index] }

    public func summary(of id: ArticleID) -> ArticleSummary? { summaries[id] }

    public func article(_ id: ArticleID) -> LoadedArticle? { loaded[id] }

    /// Reads and analyses an entry's article unless done already; returns nil (and remembers
    /// why) when it cannot be read.
    @discardableResult
    mutating func load(entry index: Int) -> LoadedArticle? {
        let entry = corpus.entries[index]
        if let article = loaded[entry.id] { return article }
        if summaries[entry.id]?.problem != nil { return nil }
        switch corpus.load(entry) {
        case let .success(article):
            let analysis = analyzer.analyze(article)
            annotations.load(article)
            if let tags = annotations.articles[entry.id] { learned.learn(tags: tags) }
            compared?.load(article)
            let proposals = compared?.quotationsMissing(from: analysis.quotes.map(\.range), in: article.id)
                .map { QuoteSpan(start: $0.range.lowerBound, end: $0.range.upperBound, kind: $0.kind) } ?? []
            let loadedArticle = LoadedArticle(article: article, analysis: analysis, tags: annotations.articles[entry.id],
                                              proposals: proposals)
            loaded[entry.id] = loadedArticle
            summaries[entry.id] = Self.summary(of: loadedArticle, fileName: entry.fileName)
            summaries[entry.id]?.taggedCount = annotations.articles[entry.id]?.taggedCount ?? 0
            countDisagreements(in: loadedArticle)
            return loadedArticle
        case let .failure(problem):
            summaries[entry.id] = ArticleSummary(title: entry.fileName, outlet: nil, wordCount: 0, taggedCount: 0, entityCount: 0,
                                                 quoteCount: 0, problem: problem,
                                                 searchText: entry.fileName.lowercased())
            return nil
        }
    }

    /// Reads an entry's article for the library's row (title, outlet, words) without analysing
    /// it: the first frame waits for no analysis; the counts come with background indexing.
    mutating func skim(entry index: Int) {
        let entry = corpus.entries[index]
        guard summaries[entry.id] == nil else { return }
        switch corpus.load(entry) {
        case let .success(article):
            let outlet = article.outlet
            summaries[entry.id] = ArticleSummary(title: article.title, outlet: outlet, wordCount: article.wordCount,
                                                 taggedCount: 0, entityCount: 0, quoteCount: 0, problem: nil,
                                                 searchText: [article.title, outlet ?? "", entry.fileName]
                                                     .joined(separator: "\n").lowercased(),
                                                 isAnalysed: false)
        case let .failure(problem):
            summaries[entry.id] = ArticleSummary(title: entry.fileName, outlet: nil, wordCount: 0, taggedCount: 0, entityCount: 0,
                                                 quoteCount: 0, problem: problem, searchText: entry.fileName.lowercased())
        }
    }

    /// With `--compare`: the article's disagreements and those left to curate, for the library.
    mutating func countDisagreements(in article: LoadedArticle) {
        guard compared != nil else { return }
        let all = disagreements(in: article)
        summaries[article.article.id]?.disagreements = all.count
        summaries[article.article.id]?.disagreementsLeft = all.filter { article.quotations[$0].tag == nil }.count
    }

    /// Frees an article's text when no column shows it; its summary stays.
    mutating func unloadIfHidden(_ id: ArticleID) {
        if !reader.columns.contains(where: { $0.articleID == id }) { loaded[id] = nil }
    }

    static func summary(of loaded: LoadedArticle, fileName: String) -> ArticleSummary {
        let article = loaded.article
        let outlet = article.outlet
        var words = [article.title, outlet ?? "", fileName]
        for entity in loaded.entities { words.append(article.text(from: entity.start, to: entity.end)) }
        return ArticleSummary(title: article.title, outlet: outlet, wordCount: article.wordCount,
                              taggedCount: 0,
                              entityCount: loaded.entities.count, quoteCount: loaded.quotations.filter { $0.tag?.notAQuotation != true }.count,
                              problem: nil, searchText: words.joined(separator: "\n").lowercased(),
                              people: PersonAliases.mentions(in: article, analysis: loaded.analysis))
    }

    /// Rebuilds the corpus's alias groups when enough articles have been read since the last
    /// build: a quarter more (so a 10,000-article corpus is grouped a few dozen times while it is
    /// indexed, not once per article), or any when indexing is done or `force` is set.
    mutating func refreshPeople(force: Bool = false) {
        let count = summaries.count
        guard count != peopleBuiltFrom else { return }
        guard force || !isIndexing || count >= peopleBuiltFrom + max(16, peopleBuiltFrom / 4) else { return }
        people = PersonAliases(mentions: summaries.values.flatMap(\.people), knownNames: analyzer.knownPeople)
        peopleBuiltFrom = count
    }

    // MARK: Size and geometry

    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var libraryPageHeight: Int { max(1, height - 2) }

    public var readerGeometry: ReaderGeometry {
        ReaderGeometry(width: width, height: height, columnCount: reader.columns.count)
    }

    /// Makes sure everything the next frame shows has been read and laid out: the library's
    /// visible rows and each open column at its current width. Drawing itself never reads files.
    mutating func prepareForDrawing() {
        refreshPeople()
        applyLearned()
        switch screen {
        case .library:
            library.keepCursorVisible(pageHeight: libraryPageHeight)
            let end = min(library.visible.count, library.top + libraryPageHeight)
            if library.top < end {
                for row in library.top..<end {
                    let index = library.visible[row]
                    skim(entry: index)
                }
            }
        case .speakers:
            break
        case .reader:
            let geometry = readerGeometry
            guard geometry.fits else { return }
            for (index, column) in reader.columns.enumerated() {
                let width = geometry.textWidth(of: index)
                loaded[column.articleID]?.prepare(width: width)
                clampScroll(column: index)
            }
        }
    }

    mutating func clampScroll(column index: Int) {
        let geometry = readerGeometry
        guard reader.columns.indices.contains(index),
              let article = loaded[reader.columns[index].articleID] else { return }
        let lines = article.lines(width: geometry.textWidth(of: index)).count
        let maxScroll = max(0, lines - geometry.textHeight)
        reader.columns[index].scroll = min(max(0, reader.columns[index].scroll), maxScroll)
    }
}

/// Where the reader's columns sit on the screen.
public struct ReaderGeometry: Sendable, Equatable {
    public static let minimumTextWidth = 10
    public static let gutterWidth = 2

    public let width: Int
    public let height: Int
    public let columnCount: Int

    /// Rows: column titles, text, legend, status.
    public var textTop: Int { 1 }
    public var textHeight: Int { max(0, height - 3) }
    public var legendRow: Int { height - 2 }

    public var minimumWidth: Int { columnCount * (Self.minimumTextWidth + Self.gutterWidth) + max(0, columnCount - 1) }
    public var minimumHeight: Int { 5 }
    public var fits: Bool { columnCount == 0 || (width >= minimumWidth && height >= minimumHeight) }

    /// The first screen column and the width (gutter included) of article column `index`.
    public func frame(of index: Int) -> (x: Int, width: Int) {
        let n = max(1, columnCount)
        let base = (width - (n - 1)) / n
        let extra = (width - (n - 1)) % n
        // The leftmost columns take the spare cells, one each.
        let x = index * (base + 1) + min(index, extra)
        return (x, base + (index < extra ? 1 : 0))
    }

    public func textWidth(of index: Int) -> Int { max(1, frame(of: index).width - Self.gutterWidth) }

    /// The column under screen column `x`, if any.
    public func column(at x: Int) -> Int? {
        for index in 0..<columnCount {
            let frame = frame(of: index)
            if x >= frame.x, x < frame.x + frame.width { return index }
        }
        return nil
    }
}
