/// Two annotators' agreement: their quotations matched one to one (`QuotationMatching`, the
/// first annotator's quotations taking the second's), Cohen's κ of the speakers of the matched
/// quotations both gave a speaker, and their entity tags by type.
public struct PairAgreement: Equatable, Sendable {
    /// Indices into the annotators compared.
    public let first: Int
    public let second: Int
    public private(set) var matched = 0
    public private(set) var onlyFirst = 0
    public private(set) var onlySecond = 0
    public private(set) var speakers = CohensKappa()
    public private(set) var entities = EntityAgreement()

    public init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }

    /// Compares the two annotators' tags on one article.
    public init(first: Int, second: Int, _ a: AnnotatorTags, _ b: AnnotatorTags) {
        self.init(first: first, second: second)
        let pairs = QuotationMatching.pairs(a.quotations.map(\.range), b.quotations.map(\.range))
        matched = pairs.count
        onlyFirst = a.quotations.count - pairs.count
        onlySecond = b.quotations.count - pairs.count
        for (i, j) in pairs {
            if let x = a.quotations[i].speaker, let y = b.quotations[j].speaker { speakers.add(x, y) }
        }
        entities = EntityAgreement(a.entities, b.entities)
    }

    public mutating func merge(_ other: PairAgreement) {
        matched += other.matched
        onlyFirst += other.onlyFirst
        onlySecond += other.onlySecond
        speakers.merge(other.speakers)
        entities.merge(other.entities)
    }
}
