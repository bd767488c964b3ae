/// A stable name for an article within its corpus: the file name without its extension
/// (`001_detik`), or for an article in a `.jsonl` file its `id` field or `file#line`.
public struct ArticleID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
