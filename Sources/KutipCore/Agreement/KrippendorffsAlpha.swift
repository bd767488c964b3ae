/// Krippendorff's α for nominal data over units that each hold the values several annotators
/// gave one item (missing values simply absent), kept as sums so that articles add up.
///
/// Only pairable values count: a unit with fewer than two values adds nothing. With n pairable
/// values, n_c of them c, and each unit u of m_u values adding (m_u² − Σ_c n_uc²)/(m_u − 1) to
/// the observed disagreement D_o, α = 1 − (n − 1)·D_o / (n² − Σ_c n_c²): the coincidence-matrix
/// formula of the `krippendorff` package (`level_of_measurement="nominal"`) written out.
/// Undefined when no unit has two values, or when every pairable value is the same one.
public struct KrippendorffsAlpha: Equatable, Sendable {
    /// Units with at least two values.
    public private(set) var units = 0
    /// Values in those units.
    public private(set) var pairable = 0
    public private(set) var counts: [String: Int] = [:]
    public private(set) var observedDisagreement = 0.0

    public init() {}

    /// One unit's values, one per annotator that gave one.
    public mutating func add(unit values: [String]) {
        guard values.count >= 2 else { return }
        let m = values.count
        // Σ_c n_uc² is the number of ordered pairs (i, j) with the same value, i = j included.
        var same = 0
        for a in values {
            for b in values where a == b { same += 1 }
            counts[a, default: 0] += 1
        }
        observedDisagreement += Double(m * m - same) / Double(m - 1)
        units += 1
        pairable += m
    }

    public mutating func merge(_ other: KrippendorffsAlpha) {
        units += other.units
        pairable += other.pairable
        counts.merge(other.counts, uniquingKeysWith: +)
        observedDisagreement += other.observedDisagreement
    }

    public var value: AgreementValue {
        guard units > 0 else { return .undefined(.nothingToCompare) }
        let n = Double(pairable)
        let expected = n * n - counts.values.reduce(0.0) { $0 + Double($1) * Double($1) }
        guard expected > 0 else { return .undefined(.oneValueOnly) }
        return .value(1 - (n - 1) * observedDisagreement / expected)
    }
}
