/// Finds a tag again in an article whose text has changed since the tag was made.
///
/// In order: the span still holds its text; else the text occurs elsewhere (the occurrence
/// whose surrounding text matches the kept context best, then the nearest to where it was);
/// else the text was edited but the words on both sides are still there, and what lies between
/// them is the tag's new span. Nil when none of these finds it: the caller keeps the tag and
/// marks it unplaced, never drops it.
public enum Reanchoring {
    public enum Outcome: Equatable, Sendable {
        /// Found with the same text (at the same place or moved).
        case found(TextAnchor)
        /// Found by its context; the text between has changed.
        case edited(TextAnchor)
    }

    public static func locate(_ anchor: TextAnchor, in scalars: [Unicode.Scalar]) -> Outcome? {
        if anchor.holds(in: scalars) { return .found(TextAnchor(anchor.range, in: scalars)) }
        let needle = Array(anchor.text.unicodeScalars)
        if !needle.isEmpty {
            let hits = occurrences(of: needle, in: scalars)
            if let best = hits.max(by: { rank($0, anchor, scalars) < rank($1, anchor, scalars) }) {
                return .found(TextAnchor(best..<(best + needle.count), in: scalars))
            }
        }
        // The text itself changed: look for its two sides, close to each other.
        let before = Array(anchor.before.unicodeScalars), after = Array(anchor.after.unicodeScalars)
        guard before.count >= 8, after.count >= 8 else { return nil }
        let limit = max(64, needle.count * 3)
        var best: Range<Int>?
        for left in occurrences(of: before, in: scalars) {
            let lower = left + before.count
            guard let right = firstOccurrence(of: after, in: scalars, from: lower, within: limit) else { continue }
            let candidate = lower..<right
            if best == nil || abs(candidate.lowerBound - anchor.start) < abs(best!.lowerBound - anchor.start) { best = candidate }
        }
        return best.map { .edited(TextAnchor($0, in: scalars)) }
    }

    /// How well an occurrence at `start` fits the anchor: matching context characters first,
    /// then nearness to the old place.
    private static func rank(_ start: Int, _ anchor: TextAnchor, _ scalars: [Unicode.Scalar]) -> (Int, Int) {
        let end = start + anchor.text.unicodeScalars.count
        var score = 0
        for (offset, scalar) in anchor.before.unicodeScalars.reversed().enumerated() {
            let i = start - 1 - offset
            guard i >= 0, scalars[i] == scalar else { break }
            score += 1
        }
        for (offset, scalar) in anchor.after.unicodeScalars.enumerated() {
            let i = end + offset
            guard i < scalars.count, scalars[i] == scalar else { break }
            score += 1
        }
        return (score, -abs(start - anchor.start))
    }

    static func occurrences(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        var from = 0
        while let hit = firstOccurrence(of: needle, in: scalars, from: from, within: scalars.count) {
            result.append(hit)
            from = hit + 1
        }
        return result
    }

    /// The first start of `needle` in `scalars` at `from` or after, no later than `from + within`.
    static func firstOccurrence(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from: Int, within: Int) -> Int? {
        guard let first = needle.first, needle.count <= scalars.count else { return nil }
        let last = min(scalars.count - needle.count, from + within)
        guard from <= last else { return nil }
        var i = from
        while i <= last {
            if scalars[i] == first, scalars[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
