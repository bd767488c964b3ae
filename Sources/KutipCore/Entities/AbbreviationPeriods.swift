/// The full stop of an abbreviation that ends a name belongs to the name: `DeSoto Inc.`,
/// `CVN Cos.`, `Bouygues S.A.`, `Martin Luther King Jr.` The tokenizer gives the stop as a token of
/// its own, and the tagger leaves it out. Taken in when it touches the word, the word is an
/// abbreviation (a legal form or title `SentenceSplitter` knows, or one with a dot inside, `S.A`),
/// and the sentence goes on after it (a lower-case word or a comma follows on the same line), so
/// that a stop that also ends the sentence stays out.
enum AbbreviationPeriods {
    static let abbreviations = WordHashes(SentenceSplitter.listAbbreviations.union(SentenceSplitter.titleAbbreviations)
        .union(["cos", "bhd", "plc", "corp", "n.v", "s.a"]).map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        spans.map { span in
            guard span.type == .organisation || span.type == .person else { return span }
            let last = span.tokens.upperBound - 1, stop = span.tokens.upperBound
            guard stop + 1 < a.count, a.tokens[last].kind == .word, a.isMark(stop, "."), a.touching(last, stop),
                  !ArticleTokens.lineBreak(between: a.tokens[stop], and: a.tokens[stop + 1], in: a.scalars),
                  a.lowercaseWord[stop + 1] || a.isMark(stop + 1, ",") || a.isMark(stop + 1, ";") || a.isMark(stop + 1, ")")
            else { return span }
            let dotInside = last > span.tokens.lowerBound && a.isMark(last - 1, ".") && a.touching(last - 1, last)
                && a.tokens[last].count <= 3
            guard dotInside || abbreviations.contains(a.lower[last]) else { return span }
            return TokenSpan(tokens: span.tokens.lowerBound..<stop + 1, type: span.type)
        }
    }
}
