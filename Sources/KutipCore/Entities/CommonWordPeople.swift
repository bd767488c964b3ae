/// A person named by one word alone (`Prediksi Ekonomi RI`, `Strategi Ekonomi dan Fiskal`,
/// where the tagger made `Ekonomi` a person and the article's consistency spread it) is no one when
/// the article also writes that word in lower case (a common word, then) and never has it inside a
/// longer person's name (a gazetteer name stays). Given names that are common words (`Indah`, `Putri`)
/// stay where the article names the person in full somewhere, or never writes the word in lower case.
enum CommonWordPeople {
    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match]) -> [TokenSpan] {
        // The words of the article's longer person names.
        var inNames = Set<UInt64>()
        for span in spans where span.type == .person && span.tokens.count >= 2 {
            for t in span.tokens { inNames.insert(a.lower[t]) }
        }
        var fixed = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { fixed[t] = true } }
        return spans.filter { span in
            guard span.type == .person, span.tokens.count == 1 else { return true }
            let t = span.tokens.lowerBound
            return fixed[t] || inNames.contains(a.lower[t]) || !a.writtenInLowercase(t)
        }
    }
}
