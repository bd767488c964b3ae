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

    public static func tasks(_ articles: [(exported: ExportedArticle, article: Article)]) throws -> Data {
        let tasks: [[String: Any]] = articles.map { exported, article in
            let offsets = utf16Offsets(article.scalars)
            var results: [ExportSource: [[String: Any]]] = [:]
            var number = 0
            func region(_ start: Int, _ end: Int, _ extra: [String: Any]) -> [String: Any] {
                var value: [String: Any] = ["start": offsets[start], "end": offsets[end], "text": article.text(from: start, to: end)]
                value.merge(extra) { _, new in new }
                return value
            }
            func add(_ source: ExportSource, id: String, control: String, type: String, value: [String: Any]) {
                results[source, default: []].append(["id": id, "from_name": control, "to_name": "text", "type": type, "value": value])
            }
            for entity in exported.entities {
                number += 1
                add(entity.source, id: "e\(number)", control: "label", type: "labels",
                    value: region(entity.start, entity.end, ["labels": [entity.type]]))
            }
            for quote in exported.quotes {
                number += 1
                let id = "q\(number)"
                add(quote.source, id: id, control: "label", type: "labels", value: region(quote.start, quote.end, ["labels": ["Quotation"]]))
                add(quote.source, id: id, control: "kind", type: "choices", value: region(quote.start, quote.end, ["choices": [quote.kind]]))
                if let speaker = quote.speaker {
                    var value = region(quote.start, quote.end, [:])
                    value["text"] = [speaker]
                    add(quote.source, id: id, control: "speaker", type: "textarea", value: value)
                }
                if let start = quote.speakerStart, let end = quote.speakerEnd {
                    number += 1
                    add(quote.source, id: "s\(number)", control: "label", type: "labels", value: region(start, end, ["labels": ["Speaker"]]))
                    results[quote.source, default: []].append(["from_id": id, "to_id": "s\(number)", "type": "relation",
                                                               "direction": "right", "labels": ["said by"]])
                }
            }
            var task: [String: Any] = ["data": ["text": article.text, "id": exported.id, "path": exported.path, "title": exported.title]]
            if let user = results[.user] {
                var annotation: [String: Any] = ["result": user]
                if let annotator = exported.annotator { annotation["meta"] = ["annotator": annotator] }
                task["annotations"] = [annotation]
            }
            if let auto = results[.auto] { task["predictions"] = [["model_version": "kutip", "result": auto]] }
            return task
        }
        return try JSONSerialization.data(withJSONObject: tasks, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            + Data("\n".utf8)
    }
}
