/// Several annotators' agreement on a corpus: per article that any of them tagged, and over all
/// those articles together (counts summed, κ and α computed on the pooled data, not averaged).
public struct AgreementReport: Equatable, Sendable {
    public struct ArticleFigures: Equatable, Sendable {
        public var article: String
        public var figures: AgreementFigures
    }

    public let annotators: [String]
    /// In corpus order.
    public private(set) var articles: [ArticleFigures] = []
    public private(set) var overall: AgreementFigures

    public init(annotators: [String]) {
        self.annotators = annotators
        overall = AgreementFigures(annotators: annotators.count)
    }

    /// Adds one article's tags, one `AnnotatorTags` per annotator in order.
    public mutating func add(article: String, _ tags: [AnnotatorTags]) {
        add(ArticleFigures(article: article, figures: AgreementFigures(tags)))
    }

    public mutating func add(_ figures: ArticleFigures) {
        articles.append(figures)
        overall.merge(figures.figures)
    }

    /// Adds articles whose figures `total` already sums (summed where they were computed).
    mutating func add(_ articles: [ArticleFigures], total: AgreementFigures) {
        self.articles += articles
        overall.merge(total)
    }
}
