/// The kinds of named entity kutip marks.
public enum EntityType: String, Sendable, Codable, CaseIterable, Hashable {
    case person = "PER", location = "LOC", organisation = "ORG", miscellaneous = "MISC"
}

/// A named entity: a code-point range of the article text and its type.
public struct EntitySpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    public init(start: Int, end: Int, type: EntityType) {
        self.start = start
        self.end = end
        self.type = type
    }
    public var range: Range<Int> { start..<end }
}

/// How a quotation is given in the text (the analyze contract's `kind`).
public enum QuoteKind: String, Sendable, Codable, CaseIterable, Hashable {
    case direct, partial, unmarked, indirect
}

/// A quotation: the quoted words (without the marks) as a code-point range.
public struct QuoteSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    public init(start: Int, end: Int, kind: QuoteKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
    public var range: Range<Int> { start..<end }
}

/// What analysis found in one article, in text order.
public struct ArticleAnalysis: Sendable {
    public var entities: [EntitySpan]
    public var quotes: [QuoteSpan]
    /// Lines that are page leftovers (ads, bylines, captions), to be dimmed.
    public var leftovers: [Range<Int>]
    public init(entities: [EntitySpan] = [], quotes: [QuoteSpan] = [], leftovers: [Range<Int>] = []) {
        self.entities = entities
        self.quotes = quotes
        self.leftovers = leftovers
    }
}

/// Anything that analyses an article: the reader and `kutip analyze` take one, so that tests can
/// give a small predictable one and the program the trained one.
public protocol ArticleAnalyzer: Sendable {
    func analyze(_ article: Article) -> ArticleAnalysis
}
