/// A name that opens a sentence and is followed at once by a verb of saying is a person, also where
/// the tagger, unsure of a capitalised word at a sentence start, left it out (`Agun menegaskan , …`,
/// `Tumiran mengungkapkan …`). The name is one to three capitalised words written as names
/// (`Xxxx`: capitals-only acronyms are mostly bodies), none of them a pronoun (`Ia`), a title
/// (`Presiden menyatakan`), a possessive (`Pasukannya`), a common word (`Polisi`)
/// or a word the article also writes in lower case, none a name the gazetteer knows or inside
/// another span; headlines, where every word is capitalised, are left alone.
enum SentenceOpeningSpeakers {
    static let verbs = WordHashes(SpeechWords.reportingVerbs.map(FeatureHash.lowercased))
    /// Pronouns, which open many such sentences (`Ia mengatakan`, `Saya yakin`).
    static let pronouns = WordHashes(SpeechWords.pronouns.union(SpeechWords.firstPerson).map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match],
                      isCommon: (UInt64) -> Bool) -> [TokenSpan] {
        var taken = [Bool](repeating: false, count: a.count)
        for span in spans { for t in span.tokens { taken[t] = true } }
        for m in matches { for t in m.tokens { taken[t] = true } }
        func nameWord(_ i: Int) -> Bool {
            let token = a.tokens[i]
            guard token.kind == .word, token.count >= 2, a.capitalised[i], !taken[i], !a.inHeadline[i],
                  EntityFeatures.isLower(a.scalars[token.start + 1]) else { return false }
            let word = a.scalars[token.start..<token.end]
            // A possessive (`Pasukannya`, his troops) is a common noun.
            if word.count > 4 && word.suffix(3).elementsEqual("nya".unicodeScalars) { return false }
            return !isCommon(a.lower[i]) && !pronouns.contains(a.lower[i]) && !EntityRefiner.titles.contains(a.lower[i])
                && !a.writtenInLowercase(i)
        }
        var result = spans
        for t in 0..<a.count where a.sentenceInitial[t] && nameWord(t) {
            var end = t + 1
            while end < a.count && end - t < 3 && nameWord(end) && a.tokens[end].start == a.tokens[end - 1].end + 1 { end += 1 }
            guard end < a.count, verbs.contains(a.lower[end]), a.tokens[end].start == a.tokens[end - 1].end + 1 else { continue }
            result.append(TokenSpan(tokens: t..<end, type: .person))
        }
        return result
    }
}
