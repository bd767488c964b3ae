/// kutip's entity recognition: the statistical tagger, then the passes of `EntityRefiner`
/// (gazetteer, titles, prefixes, brackets, MISC patterns, one type per name in the article).
public struct EntityRecognizer: Sendable {
    public let tagger: EntityTagger
    public let gazetteer: Gazetteer
    let refiner: EntityRefiner

    /// `commonWords`: words that are not names when capitalised in a headline (data/lexicon/common-id.txt);
    /// `notEntities`: words that are never a name on their own (data/lexicon/not-entities-id.txt).
    public init(tagger: EntityTagger, gazetteer: Gazetteer, commonWords: [String] = [], notEntities: [String] = []) {
        self.tagger = tagger
        self.gazetteer = gazetteer
        refiner = EntityRefiner(gazetteer: gazetteer, commonWords: Set(commonWords.map(FeatureHash.lowercased)),
                                notEntities: Set(notEntities.map(FeatureHash.lowercased)))
    }

    /// The entities of a text, given its tokens and sentences (as `Tokenizer` and
    /// `SentenceSplitter` give them), sorted by start, never overlapping.
    public func entities(in scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>]) -> [EntitySpan] {
        let article = ArticleTokens(scalars: scalars, tokens: tokens, sentences: sentences)
        let tagged = tagger.tokenSpans(in: scalars, tokens: tokens, sentences: sentences, cased: article.cased)
        return refiner.refine(tagged, in: article).map {
            EntitySpan(start: tokens[$0.tokens.lowerBound].start, end: tokens[$0.tokens.upperBound - 1].end, type: $0.type)
        }
    }
}
