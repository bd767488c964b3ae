import Foundation

/// The `w3c` export: W3C Web Annotation Data Model, JSON-LD. One AnnotationPage per run; each
/// quotation an Annotation whose target is the article file, chosen by a TextQuoteSelector
/// (the words and a little context) and a TextPositionSelector (code points, as the model
/// counts them); its bodies give the kind and the speaker, purposes `classifying` and
/// `identifying`. Entities are Annotations too, their type as a `classifying` body.
///
/// Each article's annotations are written on every core (`parallelMap`, `PrettyJSONWriter`), then
/// joined into the page: pretty-printed JSON with sorted keys.
public enum WebAnnotations {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    public static func page(_ articles: [(exported: ExportedArticle, article: Article)]) throws -> [UInt8] {
        // Each article's annotations as consecutive elements of the page's `items`.
        let written: [[UInt8]] = try articles.map { ArticleToExport(exported: $0.exported, article: $0.article) }.parallelMap { pair in
            var writer = PrettyJSONWriter(level: 2)
            try write(pair.exported, pair.article, into: &writer)
            return writer.take()
        }
        var json = JSONBytes()
        json.raw("{\n  \"@context\" : "); try json.string(context)
        json.raw(",\n  \"items\" : ")
        json.prettyArray(ofWritten: written.filter { !$0.isEmpty }, indent: 1)
        json.raw(",\n  \"type\" : \"AnnotationPage\"\n}\n")
        return json.take()
    }

    /// The article's annotations as `items` writes them, written straight into `writer` (at the
    /// page's item level), one after another with the page's separators between them.
    static func write(_ exported: ExportedArticle, _ article: Article, into writer: inout PrettyJSONWriter) throws {
        let source = URL(fileURLWithPath: exported.path).absoluteString
        var first = true
        func annotation(_ id: String, start: Int, end: Int, source kind: ExportSource, bodies: (inout PrettyJSONWriter) throws -> Void) throws {
            if !first { writer.json.raw(",\n    ") }
            first = false
            writer.beginObject()
            writer.key("body")
            writer.beginArray()
            try bodies(&writer)
            writer.endArray()
            if let annotator = exported.annotator, kind == .user {
                writer.key("creator")
                writer.beginObject()
                try writer.member("name", annotator)
                try writer.member("type", "Person")
                writer.endObject()
            }
            try writer.member("generator", kind == .user ? "kutip (user)" : "kutip (auto)")
            try writer.member("id", "urn:kutip:\(exported.id):\(id)")
            try writer.member("motivation", "tagging")
            writer.key("target")
            writer.beginObject()
            writer.key("selector")
            writer.beginArray()
            let anchor = TextAnchor(start..<end, in: article.scalars)
            writer.item()
            writer.beginObject()
            try writer.member("exact", anchor.text)
            try writer.member("prefix", anchor.before)
            try writer.member("suffix", anchor.after)
            try writer.member("type", "TextQuoteSelector")
            writer.endObject()
            writer.item()
            writer.beginObject()
            writer.member("end", end)
            writer.member("start", start)
            try writer.member("type", "TextPositionSelector")
            writer.endObject()
            writer.endArray()
            try writer.member("source", source)
            writer.endObject()
            try writer.member("type", "Annotation")
            writer.endObject()
        }
        func body(_ writer: inout PrettyJSONWriter, purpose: String, value: String) throws {
            writer.item()
            writer.beginObject()
            try writer.member("purpose", purpose)
            try writer.member("type", "TextualBody")
            try writer.member("value", value)
            writer.endObject()
        }
        for quote in exported.quotes {
            try annotation("quote-\(quote.start)-\(quote.end)", start: quote.start, end: quote.end, source: quote.source) { writer in
                try body(&writer, purpose: "classifying", value: "quotation: \(quote.kind)")
                if let speaker = quote.speaker { try body(&writer, purpose: "identifying", value: speaker) }
            }
        }
        for entity in exported.entities {
            try annotation("entity-\(entity.start)-\(entity.end)", start: entity.start, end: entity.end, source: entity.source) { writer in
                try body(&writer, purpose: "classifying", value: entity.type)
            }
        }
    }
}
