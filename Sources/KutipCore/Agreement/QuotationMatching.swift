/// Which quotations of two annotators are the same quotation, one to one: as the evaluation
/// matches gold to predicted quotations, each of the first annotator's quotations in text order
/// takes the first of the second's, in text order, that no earlier one took and that
/// `SpanOverlap.matches` it.
public enum QuotationMatching {
    /// The matched pairs, as (index in `first`, index in `second`), in the order of `first`.
    /// Both lists must be in text order (by start, then end).
    public static func pairs(_ first: [Range<Int>], _ second: [Range<Int>]) -> [(Int, Int)] {
        var used = [Bool](repeating: false, count: second.count)
        var result: [(Int, Int)] = []
        for (i, a) in first.enumerated() {
            for (j, b) in second.enumerated() where !used[j] {
                // In text order nothing further can overlap `a` once a span starts at its end.
                if b.lowerBound >= a.upperBound { break }
                if SpanOverlap.matches(a, b) {
                    used[j] = true
                    result.append((i, j))
                    break
                }
            }
        }
        return result
    }
}
