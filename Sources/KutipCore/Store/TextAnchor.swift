/// Where a tag sits in an article, kept so that it can be found again after the file changes:
/// the span in code points, the spanned text itself, and a little of the text on each side.
public struct TextAnchor: Codable, Hashable, Sendable {
    /// How much text on each side is kept to tell repeated words apart.
    public static let contextLength = 24

    public var start: Int
    public var end: Int
    /// The text of `start..<end` when the tag was made.
    public var text: String
    /// Up to `contextLength` code points before and after the span.
    public var before: String
    public var after: String

    public init(start: Int, end: Int, text: String, before: String, after: String) {
        self.start = start
        self.end = end
        self.text = text
        self.before = before
        self.after = after
    }

    /// The anchor of `range` in `scalars`.
    public init(_ range: Range<Int>, in scalars: [Unicode.Scalar]) {
        let lower = max(0, min(range.lowerBound, scalars.count)), upper = max(lower, min(range.upperBound, scalars.count))
        start = lower
        end = upper
        text = String(scalars: scalars[lower..<upper])
        before = String(scalars: scalars[max(0, lower - Self.contextLength)..<lower])
        after = String(scalars: scalars[upper..<min(scalars.count, upper + Self.contextLength)])
    }

    public var range: Range<Int> { start..<end }

    /// Whether the anchor still spans its own text in `scalars`.
    public func holds(in scalars: [Unicode.Scalar]) -> Bool {
        guard end <= scalars.count, start <= end else { return false }
        return scalars[start..<end].elementsEqual(text.unicodeScalars)
    }
}
