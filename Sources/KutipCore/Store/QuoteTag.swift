/// The annotator's word on one quotation: who said it, or that it is no quotation at all.
public struct QuoteTag: Codable, Hashable, Sendable {
    public var anchor: TextAnchor
    public var kind: QuoteKind
    /// The speaker's id in the store's `SpeakerRegistry`; nil when the span is not a quotation.
    public var speaker: String?
    /// True when the annotator said the suggested span is not a quotation (scare quotes, a title).
    public var notAQuotation: Bool
    /// True when the article changed and the tag could not be found in it again; the tag is
    /// kept, at its old offsets, for the annotator to place or drop.
    public var unplaced: Bool

    public init(anchor: TextAnchor, kind: QuoteKind, speaker: String?, notAQuotation: Bool = false, unplaced: Bool = false) {
        self.anchor = anchor
        self.kind = kind
        self.speaker = speaker
        self.notAQuotation = notAQuotation
        self.unplaced = unplaced
    }

    public var range: Range<Int> { anchor.range }

    /// Whether this tag is on the suggested quotation `quote`: placed, and the two overlap by at
    /// least half of each (the evaluation's rule), so a tag survives small changes of the
    /// suggested span.
    public func isOn(_ quote: QuoteSpan) -> Bool {
        guard !unplaced else { return false }
        let shared = min(range.upperBound, quote.end) - max(range.lowerBound, quote.start)
        return shared > 0 && shared * 2 >= range.count && shared * 2 >= quote.range.count
    }
}

/// The annotator's correction of one entity: a new type, or removal (type nil), or an entity
/// the analysis missed.
public struct EntityCorrection: Codable, Hashable, Sendable {
    public var anchor: TextAnchor
    /// The right type; nil when the span is not an entity.
    public var type: EntityType?
    public var unplaced: Bool

    public init(anchor: TextAnchor, type: EntityType?, unplaced: Bool = false) {
        self.anchor = anchor
        self.type = type
        self.unplaced = unplaced
    }

    public var range: Range<Int> { anchor.range }
}
