/// Which spans an export holds: the annotator's tags, what analysis suggests, or both (a tag
/// wins over the suggestion it is on).
public enum ExportInclude: String, Sendable, CaseIterable {
    case user, auto, all
}

/// Where an exported span comes from.
public enum ExportSource: String, Codable, Sendable {
    case user, auto
}

/// One article as exports write it: the analyze contract's shape (`AnalyzedArticle`) with each
/// span's source and annotator. `jsonl` and `csv` are written from this.
public struct ExportedArticle: Codable, Equatable, Sendable {
    public struct Entity: Codable, Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var type: String
        public var text: String
        public var source: ExportSource
    }

    public struct Quote: Codable, Equatable, Sendable, QuoteFields {
        public var start: Int
        public var end: Int
        public var kind: String
        public var text: String
        public var speaker: String?
        public var speakerStart: Int?
        public var speakerEnd: Int?
        public var confidence: Double?
        public var source: ExportSource
        /// Whether a suggested speaker is a public figure; nil for tags and when unknown.
        public var publicFigure: Bool?

        public func encode(to encoder: any Encoder) throws {
            var container = try encodeFields(to: encoder)
            try container.encode(source, forKey: .source)
        }
    }

    public var path: String
    public var id: String
    public var title: String
    /// Whose tags these are (nil for `--include auto`).
    public var annotator: String?
    public var entities: [Entity]
    public var quotes: [Quote]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(annotator, forKey: .annotator)
        try container.encode(entities, forKey: .entities)
        try container.encode(quotes, forKey: .quotes)
    }

    /// The article's spans as `include` asks: `user` the tags (quotations with a kind, their
    /// speaker by name, entity corrections that give a type), `auto` analysis (speakers under
    /// `aliases`' canonical names), `all` both with tags winning. Spans said to be no quotation
    /// or no entity, and tags that could not be placed, are left out. With `learned`, a
    /// suggested speaker who is a registry speaker is written under the registry's name.
    public init(path: String, article: Article, analysis: ArticleAnalysis?, tags: ArticleAnnotations?,
                speakers: SpeakerRegistry, include: ExportInclude, aliases: PersonAliases? = nil,
                learned: LearnedSuggestions? = nil) {
        self.path = path
        id = article.id.rawValue
        title = article.title
        annotator = include == .auto ? nil : tags?.annotator
        let text = { (range: Range<Int>) in article.text(from: range.lowerBound, to: range.upperBound) }
        func userQuote(_ tag: QuoteTag) -> Quote {
            Quote(start: tag.range.lowerBound, end: tag.range.upperBound, kind: tag.kind.rawValue, text: text(tag.range),
                  speaker: tag.speaker.map { speakers.speaker(id: $0)?.name ?? $0 }, speakerStart: nil, speakerEnd: nil,
                  confidence: nil, source: .user)
        }
        func autoQuote(_ quote: QuoteSpan) -> Quote {
            Quote(start: quote.start, end: quote.end, kind: quote.kind.rawValue, text: text(quote.range),
                  speaker: quote.speaker.map { speaker in
                      let canonical = { (name: String) in aliases?.canonicalName(of: name, in: article.id.rawValue) ?? name }
                      return learned?.suggestedName(speaker.name, canonical: canonical) ?? canonical(speaker.name)
                  },
                  speakerStart: quote.speaker?.mention?.lowerBound, speakerEnd: quote.speaker?.mention?.upperBound,
                  confidence: quote.speaker?.confidence, source: .auto)
        }
        let corrections = (tags?.entities ?? []).filter { !$0.unplaced }
        switch include {
        case .user:
            quotes = (tags?.quotes ?? []).filter { !$0.unplaced && !$0.notAQuotation }.map(userQuote)
            entities = corrections.compactMap { correction in
                correction.type.map { Entity(start: correction.range.lowerBound, end: correction.range.upperBound,
                                             type: $0.rawValue, text: text(correction.range), source: .user) }
            }
        case .auto:
            quotes = (analysis?.quotes ?? []).map(autoQuote)
            entities = (analysis?.entities ?? []).map {
                Entity(start: $0.start, end: $0.end, type: $0.type.rawValue, text: text($0.range), source: .auto)
            }
        case .all:
            quotes = Quotation.merge(suggested: analysis?.quotes ?? [], tags: tags).compactMap { quotation in
                if let tag = quotation.tag { return tag.notAQuotation ? nil : userQuote(tag) }
                return quotation.suggestion.map(autoQuote)
            }
            entities = CorrectedEntities.apply(corrections, to: analysis?.entities ?? []).map { entity in
                let corrected = corrections.contains { $0.range == entity.range && $0.type == entity.type }
                return Entity(start: entity.start, end: entity.end, type: entity.type.rawValue, text: text(entity.range),
                              source: corrected ? .user : .auto)
            }
        }
        quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}

/// An exported article with the article it is of, for the writers that need its text, handed to
/// `parallelMap` (a tuple is not `Sendable`).
struct ArticleToExport: Sendable {
    var exported: ExportedArticle
    var article: Article
}
