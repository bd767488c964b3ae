import Foundation

/// The `w3c` export: W3C Web Annotation Data Model, JSON-LD. One AnnotationPage per run; each
/// quotation an Annotation whose target is the article file, chosen by a TextQuoteSelector
/// (the words and a little context) and a TextPositionSelector (code points, as the model
/// counts them); its bodies give the kind and the speaker, purposes `classifying` and
/// `identifying`. Entities are Annotations too, their type as a `classifying` body.
///
/// Each article's annotations are built and written on every core (`parallelMap`), then joined
/// into the page: pretty-printed JSON with sorted keys.
public enum WebAnnotations {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    public static func page(_ articles: [(exported: ExportedArticle, article: Article)]) throws -> [UInt8] {
        // Each article's annotations as consecutive elements of the page's `items`.
        let written: [[UInt8]] = try articles.map { ArticleToExport(exported: $0.exported, article: $0.article) }.parallelMap { pair in
            var json = JSONBytes()
            for (i, item) in items(pair.exported, pair.article).enumerated() {
                if i > 0 { json.raw(",\n    ") }
                try json.value(item, indent: 2)
            }
            return json.take()
        }
        var json = JSONBytes()
        json.raw("{\n  \"@context\" : "); try json.string(context)
        json.raw(",\n  \"items\" : ")
        json.prettyArray(ofWritten: written.filter { !$0.isEmpty }, indent: 1)
        json.raw(",\n  \"type\" : \"AnnotationPage\"\n}\n")
        return json.take()
    }

    /// The article's annotations: its quotations, then its entities.
    static func items(_ exported: ExportedArticle, _ article: Article) -> [JSONValue] {
        let source = URL(fileURLWithPath: exported.path).absoluteString
        let creator: JSONValue? = exported.annotator.map { ["type": "Person", "name": .string($0)] }
        func target(_ start: Int, _ end: Int) -> JSONValue {
            let anchor = TextAnchor(start..<end, in: article.scalars)
            return ["source": .string(source), "selector": [
                ["type": "TextQuoteSelector", "exact": .string(anchor.text), "prefix": .string(anchor.before), "suffix": .string(anchor.after)],
                ["type": "TextPositionSelector", "start": .int(start), "end": .int(end)],
            ]]
        }
        func annotation(_ id: String, bodies: [JSONValue], start: Int, end: Int, source kind: ExportSource) -> JSONValue {
            let item: JSONValue = ["id": .string("urn:kutip:\(exported.id):\(id)"), "type": "Annotation", "motivation": "tagging",
                                   "body": .array(bodies), "target": target(start, end), "generator": .string("kutip (\(kind.rawValue))")]
            if let creator, kind == .user { return item.adding("creator", creator) }
            return item
        }
        var items: [JSONValue] = []
        for quote in exported.quotes {
            var bodies: [JSONValue] = [["type": "TextualBody", "purpose": "classifying", "value": .string("quotation: \(quote.kind)")]]
            if let speaker = quote.speaker { bodies.append(["type": "TextualBody", "purpose": "identifying", "value": .string(speaker)]) }
            items.append(annotation("quote-\(quote.start)-\(quote.end)", bodies: bodies, start: quote.start, end: quote.end,
                                    source: quote.source))
        }
        for entity in exported.entities {
            items.append(annotation("entity-\(entity.start)-\(entity.end)",
                                    bodies: [["type": "TextualBody", "purpose": "classifying", "value": .string(entity.type)]],
                                    start: entity.start, end: entity.end, source: entity.source))
        }
        return items
    }
}
