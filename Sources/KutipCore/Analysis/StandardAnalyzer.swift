/// kutip's analysis as the program runs it: tokens and sentences, entities from the trained
/// tagger refined by the gazetteer and the article's own evidence (`EntityRecognizer`),
/// quotations with their suggested speakers (`QuoteExtractor`), and page leftovers as in the
/// first pass.
public struct StandardAnalyzer: ArticleAnalyzer {
    public static let lexiconFile = "lexicon/words-id.txt"
    public static let entityModelFile = "models/entities-id.bin"

    let tokenizer: Tokenizer
    let recognizer: EntityRecognizer
    /// One extractor for every article, so that what it keeps from article to article is kept.
    let quoteExtractor = QuoteExtractor()
    public let knownPeople: [String: String]

    public static let commonWordsFile = "lexicon/common-id.txt"
    public static let notEntitiesFile = "lexicon/not-entities-id.txt"

    public init(tokenizer: Tokenizer, tagger: EntityTagger, gazetteer: Gazetteer = Gazetteer(), commonWords: [String] = [],
                notEntities: [String] = []) {
        self.tokenizer = tokenizer
        self.recognizer = EntityRecognizer(tagger: tagger, gazetteer: gazetteer, commonWords: commonWords, notEntities: notEntities)
        var known: [String: String] = [:]
        for entry in gazetteer.entries where entry.type == .person {
            guard let name = PersonName(entry.name), name.words.count >= 2 else { continue }
            known[name.key] = entry.canonical
        }
        knownPeople = known
    }

    /// Loads the lexicon and the tagger's weights from the data folder.
    public static func load(from data: DataFiles) throws -> StandardAnalyzer {
        let lexicon = try Lexicon.load(from: data.path(lexiconFile))
        let tagger = try EntityTagger.load(from: data.path(entityModelFile), lexicon: lexicon)
        let tokenizer = Tokenizer(lexicon: lexicon)
        let gazetteer = try Gazetteer.load(folder: data.path(Gazetteer.folder), tokenizer: tokenizer)
        let commonWords = try WordList.read(path: data.path(commonWordsFile))
        let notEntities = try WordList.read(path: data.path(notEntitiesFile))
        return StandardAnalyzer(tokenizer: tokenizer, tagger: tagger, gazetteer: gazetteer, commonWords: commonWords,
                                notEntities: notEntities)
    }

    /// Finds the data folder as DataFiles does and loads from it.
    public static func load() throws -> StandardAnalyzer {
        try load(from: DataFiles.locate(holding: entityModelFile))
    }

    /// The article's tokens and its sentences (code-point ranges), as analysis sees them.
    public func tokensAndSentences(of article: Article) -> (tokens: [Token], sentences: [Range<Int>]) {
        let tokens = tokenizer.tokens(in: article.scalars)
        return (tokens, SentenceSplitter.sentences(in: article.scalars, tokens: tokens))
    }

    /// Tokens, sentences and entities without the quotations: what issue 4's speed target
    /// ("tokenising and tagging") measures.
    public func entities(of article: Article) -> [EntitySpan] {
        let (tokens, sentences) = tokensAndSentences(of: article)
        return recognizer.entities(in: article.scalars, tokens: tokens, sentences: sentences)
    }

    public func quotes(in article: Article, entities: [EntitySpan]) -> [QuoteSpan]? {
        let (tokens, sentences) = tokensAndSentences(of: article)
        let quotes = quoteExtractor.quotes(in: article.scalars, tokens: tokens, sentences: sentences, entities: entities)
        return Self.outside(Self.leftovers(in: article, tokens: tokens), quotes)
    }

    /// The page leftovers: whole lines (`FirstPassAnalyzer.leftovers`) and "read also" links run
    /// into a sentence's line (`ReadAlsoTitles`), sorted.
    static func leftovers(in article: Article, tokens: [Token]) -> [Range<Int>] {
        let lines = FirstPassAnalyzer.leftovers(in: article)
        let links = ReadAlsoTitles.links(in: article.scalars, tokens: tokens).map {
            tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end
        }
        guard !links.isEmpty else { return lines }
        return (lines + links.filter { link in !lines.contains { $0.overlaps(link) } })
            .sorted { $0.lowerBound < $1.lowerBound }
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let scalars = article.scalars
        let (tokens, sentences) = tokensAndSentences(of: article)
        let entities = recognizer.entities(in: scalars, tokens: tokens, sentences: sentences)
        let leftovers = Self.leftovers(in: article, tokens: tokens)
        let quotes = quoteExtractor.quotes(in: scalars, tokens: tokens, sentences: sentences, entities: entities)
        return ArticleAnalysis(entities: entities, quotes: Self.outside(leftovers, quotes), leftovers: leftovers)
    }

    /// The quotations that do not open on a page leftover line (`Simak juga Video 'PBB Yakin …'`,
    /// a related article's headline): such a line is the page's, not the article's speech.
    static func outside(_ leftovers: [Range<Int>], _ quotes: [QuoteSpan]) -> [QuoteSpan] {
        guard !leftovers.isEmpty else { return quotes }
        var l = 0
        return quotes.filter { quote in
            while l < leftovers.count, leftovers[l].upperBound <= quote.start { l += 1 }
            return !(l < leftovers.count && leftovers[l].contains(quote.start))
        }
    }
}
