import Foundation
import Testing
@testable import KutipCore

/// The hand-written JSON of the exports against Foundation's own writers, which they replace for
/// speed and must match byte for byte; the many-file writer and the file reader under them.
struct ExportBytesTests {
    /// Nested empties, escapes, curly quotes, wide characters, combining marks, emoji, slashes,
    /// keys out of order and an `@` key.
    static let tree: JSONValue = [
        "zeta": [], "alpha": [:], "@context": "http://www.w3.org/ns/anno.jsonld",
        "text": "“Kami siap,” kata Lukashenko.\n明斯克 Cafe\u{0301} 👍🏽 \"q\" \\ \t\u{1}/",
        "nested": [[], [1, -2, 300], ["b": .null, "a": .bool(true), "c": .bool(false)], [[[]]]],
        "number": 0,
    ]

    /// The same tree as Foundation values, for `JSONSerialization`.
    static var foundationTree: [String: Any] { [
        "zeta": [Any](), "alpha": [String: Any](), "@context": "http://www.w3.org/ns/anno.jsonld",
        "text": "“Kami siap,” kata Lukashenko.\n明斯克 Cafe\u{0301} 👍🏽 \"q\" \\ \t\u{1}/",
        "nested": [[Any](), [1, -2, 300], ["b": NSNull(), "a": true, "c": false], [[[Any]()]]] as [Any],
        "number": 0,
    ] }

    @Test func prettyValuesAreJSONSerializationsBytes() throws {
        var json = JSONBytes()
        try json.value(Self.tree, indent: 0)
        let expected = try JSONSerialization.data(withJSONObject: Self.foundationTree,
                                                  options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        #expect(String(decoding: json.take(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func compactValuesAreJSONSerializationsBytes() throws {
        var json = JSONBytes()
        try json.value(Self.tree)
        let expected = try JSONSerialization.data(withJSONObject: Self.foundationTree, options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(String(decoding: json.take(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// `string` skips eight bytes at a time while none needs escaping: every escape (and a
    /// control character JSONEncoder writes as \u) at every position of a word, after ASCII,
    /// curly quotes and wide characters, must still come out as JSONEncoder writes it.
    @Test func stringsAreEscapedAsJSONEncoderDoesAtEveryPosition() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for special in ["\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "/", "\u{7F}", "“", "世"] {
            for prefix in ["", "a", "Putin b", "kata dia", "“Kami” siap", "明斯克明斯克"] {
                for suffix in ["", "x", " lanjut teks yang panjang"] {
                    let text = prefix + special + suffix
                    var json = JSONBytes()
                    json.raw("[")
                    try json.string(text)
                    json.raw("]")
                    let expected = try encoder.encode([text])
                    #expect(String(decoding: json.take(), as: UTF8.self) == String(decoding: expected, as: UTF8.self), "\(text.debugDescription)")
                }
            }
        }
    }

    /// `int` writes its digits itself: every length of number, the edges of Int, and negatives
    /// must read as `String(value)` does.
    @Test func integersAreWrittenAsStringWritesThem() {
        var values: [Int] = [0, 1, 9, 10, 99, 100, 4_321, Int.max, Int.max - 1, -1, -10, Int.min]
        var power = 1
        for _ in 0..<18 { power *= 10; values += [power - 1, power, power + 7] }
        for value in values {
            var json = JSONBytes()
            json.int(value)
            #expect(String(decoding: json.take(), as: UTF8.self) == String(value), "\(value)")
        }
    }

    @Test func addingKeepsKeysSortedAndReplacesAKey() throws {
        let object: JSONValue = ["b": 1, "d": 2]
        #expect(object.adding("c", 3).adding("a", 0).adding("d", 4) == ["a": 0, "b": 1, "c": 3, "d": 4])
    }

    @Test func prettyArrayOfWrittenElementsIsThePrettyArray() throws {
        let elements: [JSONValue] = [["x": [1]], [], "s"]
        var whole = JSONBytes()
        try whole.value(.array(elements), indent: 2)
        var parts = JSONBytes()
        let written = try elements.map { element -> [UInt8] in
            var one = JSONBytes()
            try one.value(element, indent: 3)
            return one.take()
        }
        parts.prettyArray(ofWritten: written, indent: 2)
        #expect(parts.take() == whole.take())
        var empty = JSONBytes()
        empty.prettyArray(ofWritten: [], indent: 1)
        #expect(String(decoding: empty.take(), as: UTF8.self) == "[\n\n  ]")
    }

    /// The json export, written article by article on every core, is what one `JSONEncoder`
    /// writes for the whole: two annotators (one with no articles), tags with empty lists,
    /// speakers, text with line breaks and wide characters, and an analysis.
    @Test func storeExportIsJSONEncodersBytes() throws {
        let text = "Judul\n“Kami siap,” kata Lukashenko di 明斯克.\nCafe\u{0301} 👍🏽"
        let article = Article(id: ArticleID("a"), source: "a.txt", text: text)
        var registry = SpeakerRegistry()
        let speaker = registry.speakerID(forName: "Alexander Lukashenko")
        var tags = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: "ana")
        tags.quotes.append(QuoteTag(anchor: TextAnchor(7..<17, in: article.scalars), kind: .direct, speaker: speaker))
        let empty = ArticleAnnotations(article: "b", fingerprint: "0", annotator: "ana")
        let analysis = ExportedArticle(path: "a.txt", article: article, analysis: nil, tags: tags, speakers: registry, include: .user,
                                       aliases: nil)
        let export = StoreExport(annotators: [
            .init(annotator: "ana", speakers: registry, articles: [
                .init(path: "a.txt", id: "a", tags: tags, analysis: analysis),
                .init(path: "b.txt", id: "b", tags: empty, analysis: nil),
            ]),
            .init(annotator: "budi", speakers: SpeakerRegistry(), articles: []),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = try encoder.encode(export) + Data("\n".utf8)
        #expect(String(decoding: try export.prettyJSON(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        let none = StoreExport(annotators: [])
        #expect(String(decoding: try none.prettyJSON(), as: UTF8.self) == String(decoding: try encoder.encode(none) + Data("\n".utf8), as: UTF8.self))
    }

    /// The same on random exports of awkward text (every control character, quotes,
    /// backslashes, slashes, characters outside the BMP, combining marks): tags of every kind,
    /// with and without speakers and types, placed and unplaced, speakers with aliases, and
    /// analyses with nulls and doubles.
    @Test func randomStoreExportsAreJSONEncodersBytes() throws {
        var rng = SplitMix64(seed: 20261206)  // seeded, so that a failing round can be run again
        let text = { (rng: inout SplitMix64) in ExportWritersTests.text(&rng) }
        func anchor(_ rng: inout SplitMix64) -> TextAnchor {
            TextAnchor(start: Int.random(in: 0...900, using: &rng), end: Int.random(in: 0...900, using: &rng), text: text(&rng),
                       before: text(&rng), after: text(&rng))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        for round in 0..<100 {
            let annotators: [StoreExport.Annotator] = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                var registry = SpeakerRegistry()
                for _ in 0..<Int.random(in: 0...3, using: &rng) {
                    let id = registry.speakerID(forName: "Nama \(text(&rng))")
                    if Bool.random(using: &rng) { registry.add(alias: text(&rng), to: id) }
                }
                let articles: [StoreExport.ArticleEntry] = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                    var tags = ArticleAnnotations(article: text(&rng), fingerprint: text(&rng), annotator: text(&rng))
                    tags.quotes = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                        QuoteTag(anchor: anchor(&rng), kind: QuoteKind.allCases.randomElement(using: &rng)!,
                                 speaker: Bool.random(using: &rng) ? text(&rng) : nil, notAQuotation: Bool.random(using: &rng),
                                 unplaced: Bool.random(using: &rng))
                    }
                    tags.entities = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                        EntityCorrection(anchor: anchor(&rng), type: Bool.random(using: &rng) ? EntityType.allCases.randomElement(using: &rng)! : nil,
                                         unplaced: Bool.random(using: &rng))
                    }
                    return StoreExport.ArticleEntry(path: text(&rng), id: text(&rng), tags: tags,
                                                    analysis: Bool.random(using: &rng) ? ExportWritersTests.exported(&rng) : nil)
                }
                return StoreExport.Annotator(annotator: text(&rng), speakers: registry, articles: articles)
            }
            let export = StoreExport(annotators: annotators)
            let expected = String(decoding: try encoder.encode(export) + Data("\n".utf8), as: UTF8.self)
            let written = String(decoding: try export.prettyJSON(), as: UTF8.self)
            #expect(written == expected, "round \(round): \(Self.firstDifference(written, expected))")
        }
    }

    /// Where two texts part, with a little of each from there.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let show = { (s: [Unicode.Scalar]) in String(String.UnicodeScalarView(s[max(0, at - 40)..<min(s.count, at + 40)])).debugDescription }
        return "at \(at): \(show(a)) vs \(show(b))"
    }

    /// The w3c page, written as it goes (`PrettyJSONWriter`), is the pretty-printed tree of its
    /// annotations (`WebAnnotations.items`), which is `JSONSerialization`'s bytes (above): on
    /// random exported articles of awkward text, with and without an annotator.
    @Test func w3cPageIsItsTreesBytes() throws {
        var rng = SplitMix64(seed: 7_2026)
        for round in 0..<50 {
            let articles = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                var exported = ExportWritersTests.exported(&rng)
                // Spans as exports have them, start before end.
                for i in exported.quotes.indices where exported.quotes[i].start > exported.quotes[i].end {
                    exported.quotes[i].end = exported.quotes[i].start
                }
                for i in exported.entities.indices where exported.entities[i].start > exported.entities[i].end {
                    exported.entities[i].end = exported.entities[i].start
                }
                return (exported: exported, article: Article(id: ArticleID("a"), source: "a.txt", text: String(repeating: ExportWritersTests.text(&rng) + " x", count: 50)))
            }
            let tree: JSONValue = ["@context": .string(WebAnnotations.context), "type": "AnnotationPage",
                                   "items": .array(articles.flatMap { WebAnnotations.items($0.exported, $0.article) })]
            var expected = JSONBytes()
            try expected.value(tree, indent: 0)
            expected.byte("\n")
            let written = String(decoding: try WebAnnotations.page(articles), as: UTF8.self)
            #expect(written == String(decoding: expected.take(), as: UTF8.self), "round \(round): \(Self.firstDifference(written, String(decoding: expected.bytes, as: UTF8.self)))")
        }
    }

    /// The same for the label-studio tasks (`LabelStudioTasks.task`), with speakers named in the
    /// text and characters outside the BMP before the spans (UTF-16 offsets).
    @Test func labelStudioTasksAreTheirTreesBytes() throws {
        var rng = SplitMix64(seed: 8_2026)
        for round in 0..<50 {
            let articles = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                var exported = ExportWritersTests.exported(&rng)
                let text = String(repeating: ExportWritersTests.text(&rng) + " 👍🏽x", count: 40)
                let count = text.unicodeScalars.count
                func span(_ a: Int, _ b: Int) -> (Int, Int) { (min(a, b) % (count + 1), max(a, b) % (count + 1)) }
                for i in exported.quotes.indices {
                    (exported.quotes[i].start, exported.quotes[i].end) = span(exported.quotes[i].start, exported.quotes[i].end)
                    exported.quotes[i].start = min(exported.quotes[i].start, exported.quotes[i].end)
                    if let s = exported.quotes[i].speakerStart, let e = exported.quotes[i].speakerEnd {
                        let (a, b) = span(s, e)
                        (exported.quotes[i].speakerStart, exported.quotes[i].speakerEnd) = (min(a, b), max(a, b))
                    }
                }
                for i in exported.entities.indices {
                    let (a, b) = span(exported.entities[i].start, exported.entities[i].end)
                    (exported.entities[i].start, exported.entities[i].end) = (min(a, b), max(a, b))
                }
                return (exported: exported, article: Article(id: ArticleID("a"), source: "a.txt", text: text))
            }
            var expected = JSONBytes()
            try expected.value(.array(articles.map { LabelStudioTasks.task($0.exported, $0.article) }), indent: 0)
            expected.byte("\n")
            let wanted = String(decoding: expected.take(), as: UTF8.self)
            let written = String(decoding: try LabelStudioTasks.tasks(articles), as: UTF8.self)
            #expect(written == wanted, "round \(round): \(Self.firstDifference(written, wanted))")
        }
    }

    @Test func manyFilesAreWrittenWholeEmptyOnesToo() throws {
        let folder = try TemporaryFolder()
        try folder.write("old.txt", "the old text")
        let files: [(path: String, bytes: [UInt8])] = (0..<50).map { (folder.path + "/\($0).txt", Array("file \($0) 明斯克".utf8)) }
            + [(folder.path + "/old.txt", Array("the new text".utf8)), (folder.path + "/empty.ann", [])]
        try AtomicFiles.write(files)
        for file in files {
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: file.path))) == file.bytes, "\(file.path)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 52)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }

    @Test func aFileThatCannotBeWrittenChangesNoneAndLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("keep.txt", "kept")
        let files: [(path: String, bytes: [UInt8])] = [(folder.path + "/keep.txt", Array("replaced".utf8))]
            + (0..<20).map { (folder.path + "/\($0).txt", Array("x".utf8)) }
            + [(folder.path + "/no-such-folder/a.txt", Array("y".utf8))]
        #expect(throws: StoreProblem.self) { try AtomicFiles.write(files) }
        #expect(try String(contentsOfFile: folder.path + "/keep.txt", encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["keep.txt"])
    }

    @Test func fileBytesReadsWholeFilesAndSaysWhyNot() throws {
        let folder = try TemporaryFolder()
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try folder.write("big.bin", bytes: big)
        #expect(try FileBytes.read(folder.path + "/big.bin") == big)
        try folder.write("empty.txt", bytes: [])
        #expect(try FileBytes.read(folder.path + "/empty.txt") == [])
        #expect(try FileBytes.read(folder.path + "/missing.txt") == nil)
        #expect(throws: FileBytesError.self) { try FileBytes.read(folder.path) }
        // A file whose size says 0 but that has content (/proc) is read to its end.
        let status = try #require(try FileBytes.read("/proc/self/status"))
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
    }
}

// The streaming writers' oracles: the same exports built as `JSONValue` trees, whose bytes
// `JSONBytes.value` writes as `JSONSerialization` would (tested above).

extension WebAnnotations {
    /// The article's annotations: its quotations, then its entities as a tree of values, built
    /// the plain way: what `write` must write, byte for byte.
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

extension LabelStudioTasks {
    /// One article's task as a tree of values, built the plain way: what `write` must write.
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
