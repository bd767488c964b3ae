/// How far two annotators' entity tags agree, by type. The tags compared are each annotator's
/// own (the store's entity corrections: a type given, or "not an entity"), not the analysis
/// both see. Per label (PER, LOC, ORG, MISC, and `none` for "not an entity"): how many spans
/// each gave that label, and how many spans both gave it with exactly the same start and end;
/// F1 = 2·both / (first + second) (undefined when neither used the label). Over the spans both
/// tagged (same start and end), Cohen's κ of their labels.
public struct EntityAgreement: Equatable, Sendable {
    /// The labels, in the order they are reported.
    public static let labels = EntityType.allCases.map(\.rawValue) + [none]
    public static let none = "none"

    public struct Label: Equatable, Sendable {
        public var first = 0
        public var second = 0
        public var both = 0

        public var f1: Double? {
            first + second == 0 ? nil : Double(2 * both) / Double(first + second)
        }
    }

    /// Per label, in the order of `labels`.
    public private(set) var byLabel = [Label](repeating: Label(), count: labels.count)
    /// Labels of the spans both tagged: `compared` is how many spans that is.
    public private(set) var types = CohensKappa()

    public init() {}

    /// The counts of one label (`PER`, …, `none`).
    public func counts(of label: String) -> Label {
        Self.labels.firstIndex(of: label).map { byLabel[$0] } ?? Label()
    }

    /// Compares two annotators' entity tags on one article: each in text order, each span at
    /// most once (as `AnnotatorTags` keeps them).
    public init(_ first: [AnnotatorTags.Entity], _ second: [AnnotatorTags.Entity]) {
        for entity in first { byLabel[entity.labelIndex].first += 1 }
        for entity in second { byLabel[entity.labelIndex].second += 1 }
        // The spans both tagged, walking the two lists together.
        var j = 0
        for entity in first {
            while j < second.count, (second[j].range.lowerBound, second[j].range.upperBound) < (entity.range.lowerBound, entity.range.upperBound) {
                j += 1
            }
            guard j < second.count, second[j].range == entity.range else { continue }
            let other = second[j].labelIndex
            types.add(Self.labels[entity.labelIndex], Self.labels[other])
            if other == entity.labelIndex { byLabel[other].both += 1 }
        }
    }

    public mutating func merge(_ other: EntityAgreement) {
        for index in byLabel.indices {
            byLabel[index].first += other.byLabel[index].first
            byLabel[index].second += other.byLabel[index].second
            byLabel[index].both += other.byLabel[index].both
        }
        types.merge(other.types)
    }

    public var isEmpty: Bool { byLabel.allSatisfy { $0.first == 0 && $0.second == 0 } }
}
