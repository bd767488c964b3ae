/// A quotation as the annotator sees it: what analysis suggested, corrected by their tag where
/// there is one (its span and kind win), and the quotations they added themselves.
public struct Quotation: Sendable, Equatable {
    public let range: Range<Int>
    public let kind: QuoteKind
    /// What analysis found, when it found this quotation.
    public let suggestion: QuoteSpan?
    /// The annotator's tag and its index in `ArticleAnnotations.quotes`, when tagged.
    public let tag: QuoteTag?
    public let tagIndex: Int?

    public var start: Int { range.lowerBound }
    public var end: Int { range.upperBound }

    /// The suggested quotations with each tag on the one it `isOn`, and the tags on none as
    /// quotations of their own; unplaced tags are left out (the reader lists them apart). In
    /// text order.
    public static func merge(suggested: [QuoteSpan], tags: ArticleAnnotations?) -> [Quotation] {
        let tagList = tags?.quotes ?? []
        var used = Set<Int>()
        var result: [Quotation] = []
        for quote in suggested {
            let index = tagList.indices.first { !used.contains($0) && tagList[$0].range == quote.range && !tagList[$0].unplaced }
                ?? tagList.indices.first { !used.contains($0) && tagList[$0].isOn(quote) }
            if let index {
                used.insert(index)
                let tag = tagList[index]
                result.append(Quotation(range: tag.range, kind: tag.kind, suggestion: quote, tag: tag, tagIndex: index))
            } else {
                result.append(Quotation(range: quote.range, kind: quote.kind, suggestion: quote, tag: nil, tagIndex: nil))
            }
        }
        for (index, tag) in tagList.enumerated() where !used.contains(index) && !tag.unplaced {
            result.append(Quotation(range: tag.range, kind: tag.kind, suggestion: nil, tag: tag, tagIndex: index))
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
