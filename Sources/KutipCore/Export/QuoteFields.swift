/// A quotation as the analyze contract (`AnalyzedArticle.Quote`) and the exports
/// (`ExportedArticle.Quote`) write it. Absent values are written as `null`, not left out:
/// readers rely on every key. One encoder for both, here, and one hand writer
/// (`JSONBytes.quote`).
public protocol QuoteFields {
    var start: Int { get }
    var end: Int { get }
    var kind: String { get }
    var text: String { get }
    /// The speaker's name; nil where there is none.
    var speaker: String? { get }
    var speakerStart: Int? { get }
    var speakerEnd: Int? { get }
    /// How sure a suggestion is, 0…1; nil for a tag or when there is no suggestion.
    var confidence: Double? { get }
    /// Whether the suggested speaker is a public figure (true) or an ordinary person (false);
    /// nil for a tag, when there is no suggestion, or when the article gives no cue.
    var publicFigure: Bool? { get }
}

/// The keys of a quotation's object.
public enum QuoteFieldKey: String, CodingKey {
    case start, end, kind, text, speaker, speakerStart, speakerEnd, confidence, publicFigure, source
}

extension QuoteFields {
    /// Encodes every field, nil ones as null, and gives back the container for more keys.
    func encodeFields(to encoder: any Encoder) throws -> KeyedEncodingContainer<QuoteFieldKey> {
        var container = encoder.container(keyedBy: QuoteFieldKey.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerStart, forKey: .speakerStart)
        try container.encode(speakerEnd, forKey: .speakerEnd)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(publicFigure, forKey: .publicFigure)
        return container
    }
}
