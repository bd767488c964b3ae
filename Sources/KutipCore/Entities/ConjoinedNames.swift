/// Two names joined by `dan` that the tagger gave as one span are two names of its type:
/// `Citilink dan Sriwijaya Air` → `Citilink`, `Sriwijaya Air`. Of the names that go on with `dan`,
/// those of institutions start with an institution's head word (`Kementerian Hukum dan HAM`,
/// `Badan Pengatur Hilir Minyak dan Gas Bumi`, `AcronymDefinitions.heads`) and are kept whole,
/// as is a `dan` inside a name the gazetteer knows; places are left alone (`Eropa Timur dan Tengah`).
enum ConjoinedNames {
    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed: [Bool]) -> [TokenSpan] {
        let and = FeatureHash.lowercased("dan")
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count)
        for span in spans {
            let r = span.tokens
            guard span.type == .organisation || span.type == .person, r.count >= 3,
                  !AcronymDefinitions.heads.contains(a.lower[r.lowerBound]) else { result.append(span); continue }
            var start = r.lowerBound
            for t in r.lowerBound + 1..<r.upperBound - 1 where a.lower[t] == and && !fixed[t] && a.capitalised[t + 1] {
                result.append(TokenSpan(tokens: start..<t, type: span.type))
                start = t + 1
            }
            result.append(TokenSpan(tokens: start..<r.upperBound, type: span.type))
        }
        return result
    }
}
