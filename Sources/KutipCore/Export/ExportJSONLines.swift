/// The `jsonl` export written by hand (`JSONBytes`): one `ExportedArticle` a line, byte for byte
/// what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes for it, keys in sorted
/// order, `annotator` and absent quotation fields as `null`.
public struct ExportJSONLines {
    private var json = JSONBytes()

    public init() {}

    /// The article's line, newline included.
    public mutating func line(_ article: ExportedArticle) throws -> [UInt8] {
        try write(article)
        json.byte("\n")
        return json.take()
    }

    /// Every article's line, written on every core.
    public static func lines(_ articles: [ExportedArticle]) throws -> [UInt8] {
        try articles.parallelMap { article in
            var writer = ExportJSONLines()
            return try writer.line(article)
        }.flatMap { $0 }
    }

    private mutating func write(_ article: ExportedArticle) throws {
        json.raw("{\"annotator\":"); try json.string(article.annotator)
        json.raw(",\"entities\":[")
        for (i, entity) in article.entities.enumerated() {
            if i > 0 { json.byte(",") }
            try json.entity(start: entity.start, end: entity.end, text: entity.text, type: entity.type, source: entity.source.rawValue)
        }
        json.raw("],\"id\":"); try json.string(article.id)
        json.raw(",\"path\":"); try json.string(article.path)
        json.raw(",\"quotes\":[")
        for (i, quote) in article.quotes.enumerated() {
            if i > 0 { json.byte(",") }
            try json.quote(quote, source: quote.source.rawValue)
        }
        json.raw("],\"title\":"); try json.string(article.title)
        json.byte("}")
    }
}
