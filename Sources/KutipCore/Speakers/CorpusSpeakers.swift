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
        let id = article.id.rawValue
        var mentions: [Mention] = []
        for entity in analysis.entities where entity.type == .person {
            mentions.append(Mention(name: article.text(from: entity.start, to: entity.end), article: id))
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
}
