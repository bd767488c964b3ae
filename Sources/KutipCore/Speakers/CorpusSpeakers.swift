/// Alias grouping applied to analyses: the people of a set of analysed articles, and their
/// quotations' speakers renamed to the canonical name of the person across all of them.
extension PersonAliases {
    /// The alias groups of every person an analysis names: PER entities and suggested speakers.
    public init(analyses: [(article: Article, analysis: ArticleAnalysis)], knownNames: [String: String] = [:]) {
        self.init(mentions: analyses.flatMap { Self.mentions(in: $0.article, analysis: $0.analysis) }, knownNames: knownNames)
    }

    /// The people an analysis names: PER entities, and speakers named by a capitalised name
    /// that the tagger did not mark.
    public static func mentions(in article: Article, analysis: ArticleAnalysis) -> [Mention] {
        mentions(in: analysis, id: article.id.rawValue) { article.text(from: analysis.entities[$0].start, to: analysis.entities[$0].end) }
    }

    /// `mentions(in: article, analysis:)` with the entities' names taken from the article as
    /// `kutip analyze` prints it (made from the same analysis), not made again from the text.
    public static func mentions(in printed: AnalyzedArticle, analysis: ArticleAnalysis) -> [Mention] {
        mentions(in: analysis, id: printed.id) { printed.entities[$0].text }
    }

    /// The mentions of one analysis; `entityName` gives the text of the entity at an index.
    private static func mentions(in analysis: ArticleAnalysis, id: String, entityName: (Int) -> String) -> [Mention] {
        var mentions: [Mention] = []
        for (index, entity) in analysis.entities.enumerated() where entity.type == .person {
            mentions.append(Mention(name: entityName(index), article: id))
        }
        for quote in analysis.quotes {
            guard let speaker = quote.speaker, let mention = speaker.mention,
                  speaker.name.unicodeScalars.first?.properties.isUppercase == true,
                  !overlapsEntity(mention, analysis.entities) else { continue }
            mentions.append(Mention(name: speaker.name, article: id))
        }
        return mentions
    }

    /// Whether `range` overlaps one of `entities` (in text order, not overlapping each other, so
    /// their ends rise too): a binary search, not a scan per quotation, which made long texts
    /// quadratic.
    static func overlapsEntity(_ range: Range<Int>, _ entities: [EntitySpan]) -> Bool {
        var low = 0, high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].end <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < entities.count && entities[low].range.overlaps(range)
    }

    /// The analysis with each quotation's speaker under the person's canonical name.
    public func canonicalised(_ analysis: ArticleAnalysis, of article: Article) -> ArticleAnalysis {
        var result = analysis
        for index in result.quotes.indices {
            guard let name = result.quotes[index].speaker?.name else { continue }
            result.quotes[index].speaker?.name = canonicalName(of: name, in: article.id.rawValue)
        }
        return result
    }

    /// The article as `kutip analyze` prints it, its quotations' speakers renamed as
    /// `canonicalised(_:of:)` renames them.
    public func canonicalised(_ printed: AnalyzedArticle) -> AnalyzedArticle {
        var result = printed
        for index in result.quotes.indices {
            guard let name = result.quotes[index].speaker else { continue }
            result.quotes[index].speaker = canonicalName(of: name, in: printed.id)
        }
        return result
    }
}
