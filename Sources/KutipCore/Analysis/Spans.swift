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

/// Who analysis thinks said a quotation.
public struct SpeakerSuggestion: Hashable, Sendable {
    /// The speaker's canonical name (`Alexander Lukashenko` for `Lukahsneko`), or for an unnamed
    /// group the group's own words (`para demonstran`).
    public var name: String
    /// The words in the text that name the speaker for this quotation (`Lukashenko`, `katanya`,
    /// `Pemimpin Belarusia tersebut`), as a code-point range; nil when nothing in the text does.
    public var mention: Range<Int>?
    /// How sure the suggestion is, 0…1.
    public var confidence: Double
    /// Whether the speaker is a public figure (an official, executive, expert or institution's
    /// voice: true) or an ordinary person (false), as the article introduces them; nil when it
    /// gives no cue.
    public var publicFigure: Bool?
    public init(name: String, mention: Range<Int>?, confidence: Double, publicFigure: Bool? = nil) {
        self.name = name
        self.mention = mention
        self.confidence = confidence
        self.publicFigure = publicFigure
    }
}

/// A quotation: the quoted words (without the marks) as a code-point range, and its suggested
/// speaker.
public struct QuoteSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    public var speaker: SpeakerSuggestion?
    public init(start: Int, end: Int, kind: QuoteKind, speaker: SpeakerSuggestion? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
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
    /// People whose usual name is known beforehand (`PersonName.key` of a spelling → the name
    /// to show), so that alias groups take it as their canonical name.
    var knownPeople: [String: String] { get }
    /// The article's quotations found again over `entities` instead of analysis's own (names
    /// learned from the annotator's tags, `LearnedSuggestions`), without tagging the entities
    /// again; nil when this analyzer's quotations do not depend on its entities.
    func quotes(in article: Article, entities: [EntitySpan]) -> [QuoteSpan]?
}

extension ArticleAnalyzer {
    public var knownPeople: [String: String] { [:] }
    public func quotes(in article: Article, entities: [EntitySpan]) -> [QuoteSpan]? { nil }
}
