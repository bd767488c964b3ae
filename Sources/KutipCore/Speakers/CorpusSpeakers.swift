/// Alias grouping applied to analyses: the people of a set of analysed articles, and their
/// quotations' speakers renamed to the canonical name of the person across all of them.
extension PersonAliases {
    /// The alias groups of every person an analysis names: PER entities and suggested speakers.
    public init(analyses: [(article: Article, analysis: ArticleAnalysis)]) {
        var mentions: [Mention] = []
        for (article, analysis) in analyses {
            let id = article.id.rawValue
            for entity in analysis.entities where entity.type == .person {
                mentions.append(Mention(name: article.text(from: entity.start, to: entity.end), article: id))
            }
            // A speaker named by a capitalised name the tagger did not mark is a person too.
            for quote in analysis.quotes {
                guard let speaker = quote.speaker, let mention = speaker.mention,
                      speaker.name.unicodeScalars.first?.properties.isUppercase == true,
                      !analysis.entities.contains(where: { $0.range.overlaps(mention) }) else { continue }
                mentions.append(Mention(name: speaker.name, article: id))
            }
        }
        self.init(mentions: mentions)
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
