/// Organisations with English names built on `of` or `for`: `Centre for Peace and Security`,
/// `Organisation for Economic Co-operation and Development`, `The Complutense University of Madrid`.
/// From a capitalised English organisation head (`Centre`, `Institute`, `University`…) followed by
/// `for`, `of` or `on` and a capitalised word, the name runs over capitalised words joined by `and`,
/// `&`, `of`, `for`, `on` and `the`, on one line, up to a person's name; a span the tagger began before the head (`The
/// Complutense University`) gives the name's start. The whole is one organisation, whatever the
/// tagger made of its pieces (`Centre` as a place). Names that hold a gazetteer name are left alone.
enum EnglishOrganisationNames {
    static let heads: WordHashes = WordHashes(["centre", "center", "institute", "council", "foundation", "association",
        "society", "committee", "agency", "bureau", "board", "fund", "office", "school", "college", "university",
        "organization", "organisation", "federation", "union", "commission", "department", "league", "academy",
        "alliance", "coalition", "network", "corporation", "party", "court", "bank", "trust"].map(FeatureHash.lowercased))
    /// Words that open the name's second part.
    static let links: WordHashes = WordHashes(["for", "of", "on"].map(FeatureHash.lowercased))
    /// Lower-case words that may stand between its capitalised words.
    static let joiners: WordHashes = WordHashes(["and", "&", "of", "for", "on", "the"].map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match]) -> [TokenSpan] {
        var fixed = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { fixed[t] = true } }
        // The name stops where a person's name begins (`… Electoral Integrity Ferry Kurnia`).
        var person = [Bool](repeating: false, count: a.count)
        for span in spans where span.type == .person { for t in span.tokens { person[t] = true } }
        func sameLine(_ i: Int) -> Bool { !ArticleTokens.lineBreak(between: a.tokens[i - 1], and: a.tokens[i], in: a.scalars) }
        func word(_ i: Int) -> Bool { a.tokens[i].kind == .word }
        var names: [Range<Int>] = []
        var t = 0
        while t + 2 < a.count {
            guard word(t), a.capitalised[t], heads.contains(a.lower[t]), a.lowercaseWord[t + 1], links.contains(a.lower[t + 1]),
                  word(t + 2), a.capitalised[t + 2], !person[t + 2], sameLine(t + 1), sameLine(t + 2) else { t += 1; continue }
            // The capitalised words after the link, with joiners between them.
            var end = t + 3
            var k = t + 3
            while k < a.count, word(k), sameLine(k), !person[k] {
                if a.capitalised[k] { k += 1; end = k } else if a.lowercaseWord[k] && joiners.contains(a.lower[k]) { k += 1 } else { break }
            }
            var start = t
            // A span that begins before the head and runs into it gives the start.
            if let before = spans.first(where: { $0.tokens.lowerBound < t && $0.tokens.upperBound > t - 1 && $0.tokens.upperBound <= end
                                                 && $0.type != .person }) {
                start = before.tokens.lowerBound
            } else if t > 0, a.lower[t - 1] == FeatureHash.lowercased("the"), a.capitalised[t - 1], sameLine(t) {
                start = t - 1
            }
            if !(start..<end).contains(where: { fixed[$0] }) { names.append(start..<end) }
            t = end
        }
        guard !names.isEmpty else { return spans }
        var result = spans.filter { span in !names.contains { $0.overlaps(span.tokens) } }
        result += names.map { TokenSpan(tokens: $0, type: .organisation) }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
