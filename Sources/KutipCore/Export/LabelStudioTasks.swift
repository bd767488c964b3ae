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
            var writer = PrettyJSONWriter(level: 1)
            try write(pair.exported, pair.article, into: &writer)
            return writer.take()
        }
        var json = JSONBytes()
        json.prettyArray(ofWritten: written, indent: 0)
        json.byte("\n")
        return json.take()
    }

    /// One of a task's results, in the order `task` makes them.
    private enum Result {
        enum Value { case labels(String), choices(String), speaker(String) }
        case region(id: String, control: StaticString, type: StaticString, start: Int, end: Int, value: Value)
        case relation(from: String, to: String)
    }

    /// One article's task as `task` makes it, written straight into `writer` (at the list's
    /// element level).
    static func write(_ exported: ExportedArticle, _ article: Article, into writer: inout PrettyJSONWriter) throws {
        let offsets = utf16Offsets(article.scalars)
        var user: [Result] = [], auto: [Result] = []
        var number = 0
        func add(_ source: ExportSource, _ result: Result) {
            if source == .user { user.append(result) } else { auto.append(result) }
        }
        for entity in exported.entities {
            number += 1
            add(entity.source, .region(id: "e\(number)", control: "label", type: "labels", start: entity.start, end: entity.end,
                                      value: .labels(entity.type)))
        }
        for quote in exported.quotes {
            number += 1
            let id = "q\(number)"
            add(quote.source, .region(id: id, control: "label", type: "labels", start: quote.start, end: quote.end, value: .labels("Quotation")))
            add(quote.source, .region(id: id, control: "kind", type: "choices", start: quote.start, end: quote.end, value: .choices(quote.kind)))
            if let speaker = quote.speaker {
                add(quote.source, .region(id: id, control: "speaker", type: "textarea", start: quote.start, end: quote.end,
                                          value: .speaker(speaker)))
            }
            if let start = quote.speakerStart, let end = quote.speakerEnd {
                number += 1
                add(quote.source, .region(id: "s\(number)", control: "label", type: "labels", start: start, end: end, value: .labels("Speaker")))
                add(quote.source, .relation(from: id, to: "s\(number)"))
            }
        }
        func results(_ results: [Result]) throws {
            writer.key("result")
            writer.beginArray()
            for result in results {
                writer.item()
                writer.beginObject()
                switch result {
                case let .region(id, control, type, start, end, value):
                    writer.key("from_name")
                    writer.plain(control)
                    try writer.member("id", id)
                    try writer.member("to_name", "text")
                    writer.key("type")
                    writer.plain(type)
                    writer.key("value")
                    writer.beginObject()
                    let one = { (writer: inout PrettyJSONWriter, text: String) throws in
                        writer.beginArray()
                        writer.item()
                        try writer.string(text)
                        writer.endArray()
                    }
                    if case let .choices(choice) = value {
                        writer.key("choices")
                        try one(&writer, choice)
                    }
                    writer.member("end", offsets[end])
                    if case let .labels(label) = value {
                        writer.key("labels")
                        try one(&writer, label)
                    }
                    writer.member("start", offsets[start])
                    writer.key("text")
                    if case let .speaker(name) = value {
                        try one(&writer, name)
                    } else {
                        try writer.string(article.text(from: start, to: end))
                    }
                    writer.endObject()
                case let .relation(from, to):
                    try writer.member("direction", "right")
                    try writer.member("from_id", from)
                    writer.key("labels")
                    writer.beginArray()
                    writer.item()
                    try writer.string("said by")
                    writer.endArray()
                    try writer.member("to_id", to)
                    try writer.member("type", "relation")
                }
                writer.endObject()
            }
            writer.endArray()
        }
        writer.beginObject()
        if !user.isEmpty {
            writer.key("annotations")
            writer.beginArray()
            writer.item()
            writer.beginObject()
            if let annotator = exported.annotator {
                writer.key("meta")
                writer.beginObject()
                try writer.member("annotator", annotator)
                writer.endObject()
            }
            try results(user)
            writer.endObject()
            writer.endArray()
        }
        writer.key("data")
        writer.beginObject()
        try writer.member("id", exported.id)
        try writer.member("path", exported.path)
        try writer.member("text", article.text)
        try writer.member("title", exported.title)
        writer.endObject()
        if !auto.isEmpty {
            writer.key("predictions")
            writer.beginArray()
            writer.item()
            writer.beginObject()
            try writer.member("model_version", "kutip")
            try results(auto)
            writer.endObject()
            writer.endArray()
        }
        writer.endObject()
    }
}
