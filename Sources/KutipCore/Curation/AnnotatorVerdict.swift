/// What one annotator said about a span of text that someone took for a quotation: nothing,
/// that it is no quotation, or that it is one (with its span, kind and speaker's name).
public enum AnnotatorVerdict: Sendable, Equatable {
    case untagged
    case notAQuotation
    case quotation(range: Range<Int>, kind: QuoteKind, speaker: String?)

    /// Whether two annotators said the same: the same span, kind and speaker (names compared
    /// folded, so `Lukashenko` and `lukashenko` agree). Untagged and not-a-quotation agree:
    /// neither annotator took the span for a quotation.
    public func agrees(with other: AnnotatorVerdict) -> Bool {
        switch (self, other) {
        case (.untagged, .untagged), (.notAQuotation, .notAQuotation), (.untagged, .notAQuotation), (.notAQuotation, .untagged):
            return true
        case let (.quotation(range, kind, speaker), .quotation(otherRange, otherKind, otherSpeaker)):
            return range == otherRange && kind == otherKind && Self.sameSpeaker(speaker, otherSpeaker)
        default:
            return false
        }
    }

    public var isQuotation: Bool {
        if case .quotation = self { return true }
        return false
    }

    static func sameSpeaker(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a == b || (PersonName(a)?.key).map { $0 == PersonName(b)?.key } ?? false
        default: return false
        }
    }
}
