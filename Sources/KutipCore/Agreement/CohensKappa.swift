/// Cohen's κ of two annotators' labels on the same items, kept as counts so that articles add up:
/// κ = 1 − n·(n − agreed) / (n² − Σ_c first_c·second_c), which is scikit-learn's
/// `cohen_kappa_score` (unweighted) written out. Undefined when nothing was compared, or when
/// both gave every item one and the same label (expected agreement 1).
public struct CohensKappa: Equatable, Sendable {
    /// Items both labelled.
    public private(set) var compared = 0
    /// Items both gave the same label.
    public private(set) var agreed = 0
    /// How often each label was given, by each annotator.
    public private(set) var first: [String: Int] = [:]
    public private(set) var second: [String: Int] = [:]

    public init() {}

    public mutating func add(_ a: String, _ b: String) {
        compared += 1
        if a == b { agreed += 1 }
        first[a, default: 0] += 1
        second[b, default: 0] += 1
    }

    public mutating func merge(_ other: CohensKappa) {
        compared += other.compared
        agreed += other.agreed
        first.merge(other.first, uniquingKeysWith: +)
        second.merge(other.second, uniquingKeysWith: +)
    }

    public var value: AgreementValue {
        guard compared > 0 else { return .undefined(.nothingToCompare) }
        let n = Double(compared)
        let chance = first.reduce(0.0) { $0 + Double($1.value) * Double(second[$1.key] ?? 0) }
        let expectedDisagreement = n * n - chance
        guard expectedDisagreement > 0 else { return .undefined(.oneValueOnly) }
        return .value(1 - n * (n - Double(agreed)) / expectedDisagreement)
    }
}
