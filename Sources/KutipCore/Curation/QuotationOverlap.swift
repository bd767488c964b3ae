/// When two annotators' quotations are the same quotation: they share text covering at least
/// half of each span (the evaluation's rule, scripts/eval.py), so a quotation one annotator
/// took with its closing comma and another without still matches.
public enum QuotationOverlap {
    public static func matches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let shared = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        return shared > 0 && shared * 2 >= a.count && shared * 2 >= b.count
    }
}
