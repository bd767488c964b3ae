/// The entities as the annotator corrected them: analysis's, with each correction's span taking
/// the correction's type (or gone, for a removal), and the entities they added. In text order.
public enum CorrectedEntities {
    public static func apply(_ corrections: [EntityCorrection], to entities: [EntitySpan]) -> [EntitySpan] {
        let placed = corrections.filter { !$0.unplaced }
        guard !placed.isEmpty else { return entities }
        // A correction replaces every suggested entity it overlaps.
        var result = entities.filter { entity in !placed.contains { $0.range.overlaps(entity.range) } }
        for correction in placed {
            guard let type = correction.type else { continue }
            result.append(EntitySpan(start: correction.range.lowerBound, end: correction.range.upperBound, type: type))
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
