/// The units Krippendorff's α is computed over: the quotations that several annotators tagged,
/// grouped so that each group holds at most one quotation per annotator.
///
/// Built annotator by annotator, in the order given: the first annotator's quotations each
/// start a unit; then each next annotator's quotations are matched to the units as
/// `QuotationMatching` matches two annotators (the units in order, each taking the first unused
/// quotation in text order), except that a quotation joins a unit only when it matches every
/// quotation already in it (`SpanOverlap`); those left over start units of their own. Units are
/// kept in text order of the quotation that started them (ties: the older unit first). With two
/// annotators the units are exactly `QuotationMatching`'s pairs plus the unmatched quotations.
public enum QuotationUnits {
    /// Each unit as one entry per annotator: the index of its quotation in that annotator's list,
    /// or nil when that annotator has none in the unit. Each annotator's list must be in text
    /// order (by start, then end).
    public static func units(_ quotations: [[Range<Int>]]) -> [[Int?]] {
        let count = quotations.count
        var units: [[Int?]] = []
        // The quotation that started each unit, to keep units in text order.
        var starters: [Range<Int>] = []
        for (annotator, spans) in quotations.enumerated() {
            var used = [Bool](repeating: false, count: spans.count)
            for u in units.indices {
                let members = (0..<annotator).compactMap { other in units[u][other].map { quotations[other][$0] } }
                for (j, span) in spans.enumerated() where !used[j] {
                    // In text order, no later quotation can reach a member this one starts after.
                    if members.contains(where: { span.lowerBound >= $0.upperBound }) { break }
                    if members.allSatisfy({ SpanOverlap.matches($0, span) }) {
                        used[j] = true
                        units[u][annotator] = j
                        break
                    }
                }
            }
            guard used.contains(false) else { continue }
            var merged = units.indices.map { (unit: units[$0], starter: starters[$0], order: $0) }
            for (j, span) in spans.enumerated() where !used[j] {
                var unit = [Int?](repeating: nil, count: count)
                unit[annotator] = j
                merged.append((unit, span, merged.count))
            }
            merged.sort { ($0.starter.lowerBound, $0.starter.upperBound, $0.order) < ($1.starter.lowerBound, $1.starter.upperBound, $1.order) }
            units = merged.map(\.unit)
            starters = merged.map(\.starter)
        }
        return units
    }
}
