/// A chance-corrected agreement figure, or why it has none. Never NaN: where the formula divides
/// zero by zero kutip says so instead.
public enum AgreementValue: Equatable, Sendable {
    case value(Double)
    case undefined(Undefined)

    public enum Undefined: String, Sendable {
        /// No pair of values to compare (scikit-learn raises on empty input; krippendorff raises
        /// "at least one unit with values assigned by at least two coders").
        case nothingToCompare = "nothing to compare"
        /// Every value compared is the same one, so agreement expected by chance is 1 and the
        /// formula is 0/0 (scikit-learn's cohen_kappa_score returns nan; krippendorff raises
        /// "more than one value in the domain" or returns nan). Observed agreement is then total.
        case oneValueOnly = "one value only"
    }

    public var number: Double? {
        if case let .value(number) = self { return number }
        return nil
    }

    public var reason: Undefined? {
        if case let .undefined(reason) = self { return reason }
        return nil
    }
}
