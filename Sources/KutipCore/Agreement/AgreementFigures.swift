/// Several annotators' agreement on one article, or summed over many: how many quotations each
/// tagged, every pair's `PairAgreement`, and Krippendorff's α of the speakers over the
/// quotations matched across all of them (`QuotationUnits`; a quotation with no speaker is a
/// missing value, not a value of its own).
public struct AgreementFigures: Equatable, Sendable {
    /// Per annotator, in the order compared.
    public private(set) var quotations: [Int]
    /// Every pair (i < j), in order: (0,1), (0,2), …, (1,2), …
    public private(set) var pairs: [PairAgreement]
    public private(set) var speakers = KrippendorffsAlpha()
    /// Units of quotations (`QuotationUnits`), with one annotator's or more.
    public private(set) var units = 0

    /// Nothing yet, for `annotators` annotators.
    public init(annotators: Int) {
        quotations = Array(repeating: 0, count: annotators)
        pairs = (0..<annotators).flatMap { i in (i + 1..<annotators).map { PairAgreement(first: i, second: $0) } }
    }

    /// Compares the annotators' tags on one article.
    public init(_ tags: [AnnotatorTags]) {
        quotations = tags.map(\.quotations.count)
        pairs = tags.indices.flatMap { i in (i + 1..<tags.count).map { PairAgreement(first: i, second: $0, tags[i], tags[$0]) } }
        let grouped = QuotationUnits.units(tags.map { $0.quotations.map(\.range) })
        units = grouped.count
        for unit in grouped {
            speakers.add(unit: unit.indices.compactMap { annotator in unit[annotator].flatMap { tags[annotator].quotations[$0].speaker } })
        }
    }

    public mutating func merge(_ other: AgreementFigures) {
        for index in quotations.indices { quotations[index] += other.quotations[index] }
        for index in pairs.indices { pairs[index].merge(other.pairs[index]) }
        speakers.merge(other.speakers)
        units += other.units
    }
}
