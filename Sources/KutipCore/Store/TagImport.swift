/// Brings tags from an export into an article's tags, merging: a quotation or entity already
/// tagged at the same span is updated, never added twice; speakers are matched by name (and
/// alias) in the registry, and added when new. Importing what was exported changes nothing.
public enum TagImport {
    /// A quotation to bring in: its span, kind and speaker's name (nil: no speaker yet), or a
    /// span said to be no quotation.
    public struct QuoteItem: Equatable, Sendable {
        public var range: Range<Int>
        public var kind: QuoteKind
        public var speaker: String?
        public var notAQuotation: Bool
        public init(range: Range<Int>, kind: QuoteKind, speaker: String?, notAQuotation: Bool = false) {
            self.range = range
            self.kind = kind
            self.speaker = speaker
            self.notAQuotation = notAQuotation
        }
    }

    public struct EntityItem: Equatable, Sendable {
        public var range: Range<Int>
        /// Nil: the span is no entity.
        public var type: EntityType?
        public init(range: Range<Int>, type: EntityType?) {
            self.range = range
            self.type = type
        }
    }

    /// Why an item cannot be brought in.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var article: String
        public var problem: String
        public var description: String { "\(article): \(problem)" }
    }

    /// The user's spans of an exported article (`jsonl`), as items; nil and the reason for a
    /// kind or type this kutip does not know.
    public static func items(of exported: ExportedArticle) -> Result<(quotes: [QuoteItem], entities: [EntityItem]), Problem> {
        var quotes: [QuoteItem] = []
        var entities: [EntityItem] = []
        for quote in exported.quotes where quote.source == .user {
            guard let kind = QuoteKind(rawValue: quote.kind) else {
                return .failure(Problem(article: exported.id, problem: "unknown quotation kind \"\(quote.kind)\""))
            }
            quotes.append(QuoteItem(range: quote.start..<max(quote.start, quote.end), kind: kind, speaker: quote.speaker))
        }
        for entity in exported.entities where entity.source == .user {
            guard let type = EntityType(rawValue: entity.type) else {
                return .failure(Problem(article: exported.id, problem: "unknown entity type \"\(entity.type)\""))
            }
            entities.append(EntityItem(range: entity.start..<max(entity.start, entity.end), type: type))
        }
        return .success((quotes, entities))
    }

    /// An article's tags from a `json` export, as items (speakers by name from its registry).
    public static func items(of tags: ArticleAnnotations, speakers: SpeakerRegistry) -> (quotes: [QuoteItem], entities: [EntityItem]) {
        let quotes = tags.quotes.filter { !$0.unplaced }.map { tag in
            QuoteItem(range: tag.range, kind: tag.kind, speaker: tag.speaker.map { speakers.speaker(id: $0)?.name ?? $0 },
                      notAQuotation: tag.notAQuotation)
        }
        let entities = tags.entities.filter { !$0.unplaced }.map { EntityItem(range: $0.range, type: $0.type) }
        return (quotes, entities)
    }

    public static func merge(quotes: [QuoteItem], entities: [EntityItem], into tags: ArticleAnnotations, of article: Article,
                             speakers: inout SpeakerRegistry) throws -> ArticleAnnotations {
        var result = tags
        let count = article.scalars.count
        for item in quotes {
            guard item.range.lowerBound >= 0, item.range.upperBound <= count, !item.range.isEmpty else {
                throw Problem(article: article.id.rawValue, problem: "quotation \(item.range) is outside the text (\(count) code points)")
            }
            let speaker = item.speaker.map { speakers.speakerID(forName: $0) }
            if let index = result.quotes.firstIndex(where: { $0.range == item.range }) {
                result.quotes[index].kind = item.kind
                result.quotes[index].speaker = item.notAQuotation ? nil : speaker
                result.quotes[index].notAQuotation = item.notAQuotation
            } else {
                result.quotes.append(QuoteTag(anchor: TextAnchor(item.range, in: article.scalars), kind: item.kind,
                                              speaker: item.notAQuotation ? nil : speaker, notAQuotation: item.notAQuotation))
            }
        }
        for item in entities {
            guard item.range.lowerBound >= 0, item.range.upperBound <= count, !item.range.isEmpty else {
                throw Problem(article: article.id.rawValue, problem: "entity \(item.range) is outside the text (\(count) code points)")
            }
            if let index = result.entities.firstIndex(where: { $0.range == item.range }) {
                result.entities[index].type = item.type
            } else {
                result.entities.append(EntityCorrection(anchor: TextAnchor(item.range, in: article.scalars), type: item.type))
            }
        }
        result.normalise()
        return result
    }
}
