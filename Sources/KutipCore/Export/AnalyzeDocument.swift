import Foundation

/// The `kutip analyze` contract: what analysis found in each article, as JSON that other tools
/// and the acceptance tests read. Offsets are code points into the file's text, end exclusive.
/// Keep it stable: fields may be added, none renamed or removed.
public struct AnalyzeDocument: Codable, Sendable, Equatable {
    public var articles: [AnalyzedArticle]
    public init(articles: [AnalyzedArticle]) { self.articles = articles }
}

public struct AnalyzedArticle: Codable, Sendable, Equatable {
    public var path: String
    public var id: String
    public var title: String
    public var entities: [Entity]
    public var quotes: [Quote]

    public struct Entity: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var type: String
        public var text: String
    }

    public struct Quote: Codable, Sendable, Equatable, QuoteFields {
        public var start: Int
        public var end: Int
        public var kind: String
        public var text: String
        /// The suggested speaker's canonical name; null where none can be suggested.
        public var speaker: String?
        public var speakerStart: Int?
        public var speakerEnd: Int?
        /// How sure the suggestion is, 0…1; null when there is no suggestion.
        public var confidence: Double?
        /// Whether the suggested speaker is a public figure; null when unknown (`SpeakerStanding`).
        public var publicFigure: Bool?

        public func encode(to encoder: any Encoder) throws { _ = try encodeFields(to: encoder) }
    }

    public init(path: String, article: Article, analysis: ArticleAnalysis) {
        self.path = path
        id = article.id.rawValue
        title = article.title
        entities = analysis.entities.map {
            Entity(start: $0.start, end: $0.end, type: $0.type.rawValue, text: article.text(from: $0.start, to: $0.end))
        }
        quotes = analysis.quotes.map {
            Quote(start: $0.start, end: $0.end, kind: $0.kind.rawValue, text: article.text(from: $0.start, to: $0.end),
                  speaker: $0.speaker?.name, speakerStart: $0.speaker?.mention?.lowerBound,
                  speakerEnd: $0.speaker?.mention?.upperBound, confidence: $0.speaker?.confidence,
                  publicFigure: $0.speaker?.publicFigure)
        }
    }
}
