/// When two annotators' quotations are the same quotation: the evaluation's rule
/// (`scripts/eval.py` `overlaps`): they share at least one code point, and what they share is at
/// least half of each.
public enum SpanOverlap {
    public static func matches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let shared = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        return shared > 0 && shared * 2 >= a.count && shared * 2 >= b.count
    }
}
