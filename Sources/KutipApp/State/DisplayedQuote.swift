import KutipCore

/// A quotation as the reader shows it: what analysis found, with the annotator's tag on it
/// when there is one.
public struct DisplayedQuote: Sendable, Equatable {
    public let suggestion: QuoteSpan
    /// The index of the tag in the article's `ArticleAnnotations.quotes`, if tagged.
    public let tagIndex: Int?
    public let tag: QuoteTag?
}

extension ArticleAnnotations {
    /// The tag on a suggested quotation: the one with the same span, or else one that covers
    /// at least half of it and half of itself is covered (the evaluation's rule).
    public func tagIndex(for quote: QuoteSpan) -> Int? {
        if let same = quotes.firstIndex(where: { $0.range == quote.range && !$0.unplaced }) { return same }
        return quotes.firstIndex { tag in
            guard !tag.unplaced else { return false }
            let shared = min(tag.range.upperBound, quote.end) - max(tag.range.lowerBound, quote.start)
            return shared > 0 && shared * 2 >= tag.range.count && shared * 2 >= quote.range.count
        }
    }
}
