import Foundation

extension StoreExport {
    /// The `json` export's bytes: exactly what `JSONEncoder` with `.sortedKeys`, `.prettyPrinted`
    /// and `.withoutEscapingSlashes` writes for the whole export, and a newline. Each article's
    /// entry is made a `JSONValue` and written on its own, on every core, at its depth. One
    /// encoder over all of it took 1.5 s for 100,000 tags; each entry through its own encoder,
    /// on two cores, still 1 s.
    public func prettyJSON() throws -> [UInt8] {
        var json = JSONBytes()
        json.raw("{\n  \"annotators\" : ")
        var annotators: [[UInt8]] = []
        for annotator in self.annotators {
            let articles = try annotator.articles.parallelMap { entry in
                var json = JSONBytes()
                try json.value(entry.jsonValue, indent: 4)
                return json.take()
            }
            var part = JSONBytes()
            part.raw("{\n      \"annotator\" : "); try part.string(annotator.annotator)
            part.raw(",\n      \"articles\" : ")
            part.prettyArray(ofWritten: articles, indent: 3)
            part.raw(",\n      \"speakers\" : ")
            try part.value(annotator.speakers.jsonValue, indent: 3)
            part.raw("\n    }")
            annotators.append(part.take())
        }
        json.prettyArray(ofWritten: annotators, indent: 1)
        json.raw(",\n  \"schema\" : ")
        json.int(schema)
        json.raw("\n}\n")
        return json.take()
    }
}

// The Codable types of the json export as JSON values: every key their synthesized `Encodable`
// writes (nil optionals left out), and `ExportedArticle`'s own encoding (nils as null). A test
// holds these to `JSONEncoder`'s bytes on random values, so a field added to a type and not here
// fails it.

extension StoreExport.ArticleEntry {
    var jsonValue: JSONValue {
        let entry: JSONValue = ["id": .string(id), "path": .string(path), "tags": tags.jsonValue]
        return analysis.map { entry.adding("analysis", $0.jsonValue) } ?? entry
    }
}

extension ArticleAnnotations {
    var jsonValue: JSONValue {
        ["annotator": .string(annotator), "article": .string(article), "entities": .array(entities.map(\.jsonValue)),
         "fingerprint": .string(fingerprint), "quotes": .array(quotes.map(\.jsonValue)), "schema": .int(schema)]
    }
}

extension QuoteTag {
    var jsonValue: JSONValue {
        let tag: JSONValue = ["anchor": anchor.jsonValue, "kind": .string(kind.rawValue), "notAQuotation": .bool(notAQuotation),
                              "unplaced": .bool(unplaced)]
        return speaker.map { tag.adding("speaker", .string($0)) } ?? tag
    }
}

extension EntityCorrection {
    var jsonValue: JSONValue {
        let correction: JSONValue = ["anchor": anchor.jsonValue, "unplaced": .bool(unplaced)]
        return type.map { correction.adding("type", .string($0.rawValue)) } ?? correction
    }
}

extension TextAnchor {
    var jsonValue: JSONValue {
        ["after": .string(after), "before": .string(before), "end": .int(end), "start": .int(start), "text": .string(text)]
    }
}

extension SpeakerRegistry {
    var jsonValue: JSONValue {
        ["schema": .int(schema), "speakers": .array(speakers.map { speaker in
            ["aliases": .array(speaker.aliases.map(JSONValue.string)), "id": .string(speaker.id), "name": .string(speaker.name)]
        })]
    }
}

extension ExportedArticle {
    var jsonValue: JSONValue {
        ["annotator": .string(annotator), "entities": .array(entities.map { entity in
            ["end": .int(entity.end), "source": .string(entity.source.rawValue), "start": .int(entity.start), "text": .string(entity.text),
             "type": .string(entity.type)]
        }), "id": .string(id), "path": .string(path), "quotes": .array(quotes.map { quote in
            ["confidence": quote.confidence.map(JSONValue.number) ?? .null, "end": .int(quote.end), "kind": .string(quote.kind),
             "publicFigure": quote.publicFigure.map(JSONValue.bool) ?? .null,
             "source": .string(quote.source.rawValue), "speaker": .string(quote.speaker), "speakerEnd": quote.speakerEnd.map(JSONValue.int) ?? .null,
             "speakerStart": quote.speakerStart.map(JSONValue.int) ?? .null, "start": .int(quote.start), "text": .string(quote.text)]
        }), "title": .string(title)]
    }
}
