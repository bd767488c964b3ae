/// One annotator's tags on one article: the content of `annotations/<annotator>/<article-id>.json`.
public struct ArticleAnnotations: Codable, Equatable, Sendable {
    /// The version of this file's layout that this kutip writes and reads.
    public static let currentSchema = 1

    public var schema: Int
    public var article: String
    /// `Fingerprint` of the article's text when last saved: a different one means the file changed
    /// and the tags were re-anchored on load.
    public var fingerprint: String
    public var annotator: String
    /// In text order.
    public var quotes: [QuoteTag]
    public var entities: [EntityCorrection]

    public init(article: String, fingerprint: String, annotator: String, quotes: [QuoteTag] = [],
                entities: [EntityCorrection] = []) {
        schema = Self.currentSchema
        self.article = article
        self.fingerprint = fingerprint
        self.annotator = annotator
        self.quotes = quotes
        self.entities = entities
    }

    public var isEmpty: Bool { quotes.isEmpty && entities.isEmpty }

    /// Quotations with a speaker.
    public var taggedCount: Int { quotes.filter { $0.speaker != nil && !$0.notAQuotation }.count }

    /// The tag on a suggested quotation: the one with the same span, else one that `isOn` it.
    public func tagIndex(for quote: QuoteSpan) -> Int? {
        quotes.firstIndex { $0.range == quote.range && !$0.unplaced } ?? quotes.firstIndex { $0.isOn(quote) }
    }

    /// Sorts the tags into text order, so that a file's diff shows what changed and nothing else.
    public mutating func normalise() {
        quotes.sort { ($0.anchor.start, $0.anchor.end) < ($1.anchor.start, $1.anchor.end) }
        entities.sort { ($0.anchor.start, $0.anchor.end) < ($1.anchor.start, $1.anchor.end) }
    }

    /// The tags moved to where they are in `scalars` (the article's text now), those that cannot
    /// be found marked unplaced, and the new fingerprint; nil when nothing had to change.
    public func reanchored(to scalars: [Unicode.Scalar], fingerprint newFingerprint: String) -> ArticleAnnotations? {
        guard newFingerprint != fingerprint else { return nil }
        var result = self
        result.fingerprint = newFingerprint
        for index in result.quotes.indices where !result.quotes[index].unplaced {
            switch Reanchoring.locate(result.quotes[index].anchor, in: scalars) {
            case let .found(anchor)?, let .edited(anchor)?: result.quotes[index].anchor = anchor
            case nil: result.quotes[index].unplaced = true
            }
        }
        for index in result.entities.indices where !result.entities[index].unplaced {
            switch Reanchoring.locate(result.entities[index].anchor, in: scalars) {
            case let .found(anchor)?: result.entities[index].anchor = anchor
            // An entity is its exact words: edited words are another entity.
            case .edited?, nil: result.entities[index].unplaced = true
            }
        }
        result.normalise()
        return result
    }
}
