import Foundation

/// The `label-studio` export: a JSON list of Label Studio tasks, one per article. `data` holds
/// the article's text (and its id, path and title); the annotator's tags are the task's
/// `annotations`, what analysis suggests its `predictions` (model_version `kutip`), as Label
/// Studio's import of pre-annotated text wants them. Each span is a `labels` region of the
/// `label` control (PER, LOC, ORG, MISC, Quotation, Speaker); a quotation's kind is a `choices`
/// result of the `kind` control and its speaker's name a `textarea` result of the `speaker`
/// control on the same region; a speaker named in the text is joined to the quotation by a
/// `relation` labelled `said by`.
///
/// `value.start`/`value.end` count UTF-16 code units, as Label Studio's text labelling (a
/// JavaScript string) counts them: past a character outside the BMP (an emoji), they run ahead
/// of kutip's code points. `value.text` is the span's text, for checking.
public enum LabelStudioTasks {
    /// A labelling configuration for these tasks (Label Studio's project settings).
    public static let configuration = """
        <View>
          <Labels name="label" toName="text">
            <Label value="PER"/><Label value="LOC"/><Label value="ORG"/><Label value="MISC"/>
            <Label value="Quotation"/><Label value="Speaker"/>
          </Labels>
          <Text name="text" value="$text"/>
          <Relations><Relation value="said by"/></Relations>
          <Choices name="kind" toName="text" perRegion="true">
            <Choice value="direct"/><Choice value="partial"/><Choice value="unmarked"/><Choice value="indirect"/>
          </Choices>
          <TextArea name="speaker" toName="text" perRegion="true"/>
        </View>

        """

    /// The UTF-16 offset of every code point offset of `scalars` (one more than their count).
    public static func utf16Offsets(_ scalars: [Unicode.Scalar]) -> [Int] {
        var offsets = [0]
        offsets.reserveCapacity(scalars.count + 1)
        var total = 0
        for scalar in scalars {
            total += scalar.utf16.count
            offsets.append(total)
        }
        return offsets
    }

    /// The tasks as a pretty-printed JSON list (sorted keys), each article's task built and
    /// written on every core.
    public static func tasks(_ articles: [(exported: ExportedArticle, article: Article)]) throws -> [UInt8] {
        let written: [[UInt8]] = try articles.map { ArticleToExport(exported: $0.exported, article: $0.article) }.parallelMap { pair in
            var json = JSONBytes()
            try json.value(task(pair.exported, pair.article), indent: 1)
            return json.take()
        }
        var json = JSONBytes()
        json.prettyArray(ofWritten: written, indent: 0)
        json.byte("\n")
        return json.take()
    }

    /// One article's task.
    static func task(_ exported: ExportedArticle, _ article: Article) -> JSONValue {
        let offsets = utf16Offsets(article.scalars)
        var results: [ExportSource: [JSONValue]] = [:]
        var number = 0
        func region(_ start: Int, _ end: Int, _ extra: (key: String, value: JSONValue)?) -> JSONValue {
            let value: JSONValue = ["start": .int(offsets[start]), "end": .int(offsets[end]), "text": .string(article.text(from: start, to: end))]
            return extra.map { value.adding($0.key, $0.value) } ?? value
        }
        func add(_ source: ExportSource, id: String, control: String, type: String, value: JSONValue) {
            results[source, default: []].append(["id": .string(id), "from_name": .string(control), "to_name": "text", "type": .string(type),
                                                 "value": value])
        }
        for entity in exported.entities {
            number += 1
            add(entity.source, id: "e\(number)", control: "label", type: "labels",
                value: region(entity.start, entity.end, ("labels", [.string(entity.type)])))
        }
        for quote in exported.quotes {
            number += 1
            let id = "q\(number)"
            add(quote.source, id: id, control: "label", type: "labels", value: region(quote.start, quote.end, ("labels", ["Quotation"])))
            add(quote.source, id: id, control: "kind", type: "choices", value: region(quote.start, quote.end, ("choices", [.string(quote.kind)])))
            if let speaker = quote.speaker {
                add(quote.source, id: id, control: "speaker", type: "textarea", value: region(quote.start, quote.end, ("text", [.string(speaker)])))
            }
            if let start = quote.speakerStart, let end = quote.speakerEnd {
                number += 1
                add(quote.source, id: "s\(number)", control: "label", type: "labels", value: region(start, end, ("labels", ["Speaker"])))
                results[quote.source, default: []].append(["from_id": .string(id), "to_id": .string("s\(number)"), "type": "relation",
                                                           "direction": "right", "labels": ["said by"]])
            }
        }
        var task: JSONValue = ["data": ["text": .string(article.text), "id": .string(exported.id), "path": .string(exported.path),
                                        "title": .string(exported.title)]]
        if let user = results[.user] {
            var annotation: JSONValue = ["result": .array(user)]
            if let annotator = exported.annotator { annotation = annotation.adding("meta", ["annotator": .string(annotator)]) }
            task = task.adding("annotations", [annotation])
        }
        if let auto = results[.auto] { task = task.adding("predictions", [["model_version": "kutip", "result": .array(auto)]]) }
        return task
    }
}
