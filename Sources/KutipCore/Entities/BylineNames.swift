/// The names on a byline line (`Editor: Rizki Nugraha`, `Reporter: Febryan A`, `Penulis: Ani
/// Rahma, Budi Santoso`): a page leftover, but the people in it are people (the entity set's
/// convention). After the marker word and its colon, at the start of a line, each run of
/// capitalised words (initials too) up to a comma, a slash, `dan` or the line's end is a person,
/// whatever the tagger made of it; a name the gazetteer knows as a place or a body stays what it is,
/// and a run of common words is no one (`Oleh: Redaksi`, `Editor: Tim Redaksi`).
enum BylineNames {
    /// Markers that open a byline line, lower-cased.
    static let markers = WordHashes(["editor", "reporter", "penulis", "pewarta", "kontributor", "oleh", "wartawan",
                                     "penyunting", "redaktur"].map(FeatureHash.lowercased))

    /// Words for a newsroom rather than a person (`Tim Redaksi`, `Admin`).
    static let newsroomWords = WordHashes(["redaksi", "tim", "admin", "humas", "desk", "newsroom", "staf"].map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match],
                      isCommon: (UInt64) -> Bool) -> [TokenSpan] {
        var people: [Range<Int>] = []
        var t = 0
        while t + 2 < a.count {
            defer { t += 1 }
            // The colon first: a cheaper test than the marker's look-up, and most words have none.
            guard a.isMark(t + 1, ":"), markers.contains(a.lower[t]),
                  t == 0 || ArticleTokens.lineBreak(between: a.tokens[t - 1], and: a.tokens[t], in: a.scalars) else { continue }
            var k = t + 2
            while k < a.count, k == t + 2 || !ArticleTokens.lineBreak(between: a.tokens[k - 1], and: a.tokens[k], in: a.scalars) {
                guard a.tokens[k].kind == .word, a.capitalised[k] else { k += 1; continue }
                var end = k
                while end < a.count, a.tokens[end].kind == .word, a.capitalised[end],
                      end == k || !ArticleTokens.lineBreak(between: a.tokens[end - 1], and: a.tokens[end], in: a.scalars) { end += 1 }
                if !(k..<end).allSatisfy({ isCommon(a.lower[$0]) || a.writtenInLowercase($0) || newsroomWords.contains(a.lower[$0]) }) {
                    people.append(k..<end)
                }
                k = end
            }
            t = k - 1
        }
        guard !people.isEmpty else { return spans }
        let known = Set(matches.map(\.tokens))
        var result = spans
        for name in people where !known.contains(name) {
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(TokenSpan(tokens: name, type: .person))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
