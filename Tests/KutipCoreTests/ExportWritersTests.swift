import CSV
import Foundation
import Testing
@testable import KutipCore

/// The hand writers of the exports and of the analyze contract write the very bytes the general
/// encoders wrote before them (JSONEncoder for jsonl and analyze, CSV.swift's CSVWriter for csv),
/// on data chosen to be awkward: quotes and backslashes, every control character, slashes,
/// characters outside the BMP, combining marks, line and paragraph separators, nulls, doubles.
struct ExportWritersTests {
    static let pieces = ["Kami", "“siap”", "\"", "\\", "/", "</script>", "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{B}", "\u{C}",
                         "\u{D}", "\r\n", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "👍🏽", "𝔘", "明斯克",
                         "Cafe\u{0301}", "\"\u{0301}", ",\u{0301}", "\u{0301}", ",", " ", "", "'", "\u{FEFF}", "\u{FFFD}", "ｗ"]
    static let numbers: [Double?] = [nil, 0, 1, 0.5, 0.1, 1.0 / 3.0, 0.95, 1e-7, 0.123456789012345]
    static let standings: [Bool?] = [nil, true, false]

    static func text(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    static func optionalText(_ rng: inout SplitMix64) -> String? { Bool.random(using: &rng) ? nil : text(&rng) }
    static func optionalInt(_ rng: inout SplitMix64) -> Int? { Bool.random(using: &rng) ? nil : Int.random(in: -5...100_000, using: &rng) }

    static func exported(_ rng: inout SplitMix64) -> ExportedArticle {
        var article = ExportedArticle(path: "", article: Article(id: ArticleID("a"), source: "a.txt", text: "a"), analysis: nil,
                                      tags: nil, speakers: SpeakerRegistry(), include: .user)
        article.path = text(&rng)
        article.id = text(&rng)
        article.title = text(&rng)
        article.annotator = optionalText(&rng)
        article.entities = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
            .init(start: Int.random(in: 0...5000, using: &rng), end: Int.random(in: 0...5000, using: &rng), type: text(&rng),
                  text: text(&rng), source: Bool.random(using: &rng) ? .user : .auto)
        }
        article.quotes = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
            var quote = ExportedArticle.Quote(start: Int.random(in: 0...5000, using: &rng), end: Int.random(in: 0...5000, using: &rng),
                                              kind: text(&rng), text: text(&rng), speaker: optionalText(&rng),
                                              speakerStart: optionalInt(&rng), speakerEnd: optionalInt(&rng),
                                              confidence: numbers.randomElement(using: &rng)!, source: Bool.random(using: &rng) ? .user : .auto)
            // Chosen from what was drawn, so that the generator's sequence stays the one the tests were written on.
            quote.publicFigure = standings[quote.start % standings.count]
            return quote
        }
        return article
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    @Test func jsonlLinesAreWhatJSONEncoderWrites() throws {
        var rng = SplitMix64(seed: 99)
        var writer = ExportJSONLines()
        var escaped = 0
        for round in 0..<2000 {
            let article = Self.exported(&rng)
            let expected = Array(try Self.encoder.encode(article)) + [0x0A]
            let line = try writer.line(article)
            #expect(line == expected, "round \(round): \(String(decoding: line, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))")
            if expected.contains(UInt8(ascii: "\\")) { escaped += 1 }
        }
        #expect(escaped > 500)
        // Several at once (written on every core) are the lines one after another.
        let articles = (0..<20).map { _ in Self.exported(&rng) }
        #expect(try ExportJSONLines.lines(articles) == articles.flatMap { Array(try! Self.encoder.encode($0)) + [0x0A] })
        // Every key is there, absent values as null, as the contract says.
        var sparse = Self.exported(&rng)
        (sparse.path, sparse.id, sparse.title, sparse.annotator, sparse.entities) = ("p", "i", "t", nil, [])
        sparse.quotes = [.init(start: 1, end: 2, kind: "direct", text: "x", speaker: nil, speakerStart: nil, speakerEnd: nil, confidence: nil,
                               source: .user)]
        #expect(String(decoding: try writer.line(sparse), as: UTF8.self) == """
            {"annotator":null,"entities":[],"id":"i","path":"p","quotes":[{"confidence":null,"end":2,"kind":"direct","publicFigure":null,"source":"user",\
            "speaker":null,"speakerEnd":null,"speakerStart":null,"start":1,"text":"x"}],"title":"t"}

            """)
    }

    @Test func analyzeJSONIsWhatJSONEncoderWrites() throws {
        var rng = SplitMix64(seed: 5)
        var writer = AnalyzeJSON()
        var articles: [AnalyzedArticle] = []
        for round in 0..<1000 {
            let exported = Self.exported(&rng)
            var article = try JSONDecoder().decode(AnalyzedArticle.self, from: try Self.encoder.encode(exported))
            article.quotes = exported.quotes.map {
                .init(start: $0.start, end: $0.end, kind: $0.kind, text: $0.text, speaker: $0.speaker, speakerStart: $0.speakerStart,
                      speakerEnd: $0.speakerEnd, confidence: $0.confidence, publicFigure: $0.publicFigure)
            }
            #expect(try writer.article(article) == Array(try Self.encoder.encode(article)), "round \(round)")
            articles.append(article)
        }
        #expect(try writer.document(articles) == Array(try Self.encoder.encode(AnalyzeDocument(articles: articles))))
    }

    /// What CSV.swift's writer made of the same rows, as `QuotationTable` used to write them.
    static func csvSwift(_ articles: [ExportedArticle]) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: QuotationTable.header)
        for article in articles {
            for quote in article.quotes {
                try writer.write(row: [article.id, article.title, String(quote.start), String(quote.end), quote.kind,
                                       quote.speaker ?? "", quote.text, article.annotator ?? "", quote.source.rawValue])
            }
        }
        writer.stream.close()
        return [UInt8](stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
    }

    /// Whether CSV.swift wrote `value` wrongly: it looked for `"` and `,` as Characters, so one
    /// followed by a combining mark (one Character with it) was neither quoted nor doubled, and
    /// the row broke. The hand writer looks at code points, as RFC 4180 readers do.
    static func csvSwiftMisquotes(_ value: String) -> Bool {
        value.contains { $0.unicodeScalars.count > 1 && ($0.unicodeScalars.first == "\"" || $0.unicodeScalars.first == ",") }
    }

    static func fields(_ article: ExportedArticle) -> [String] {
        [article.id, article.title, article.annotator ?? ""] + article.quotes.flatMap { [$0.kind, $0.speaker ?? "", $0.text] }
    }

    @Test func csvIsWhatCSVSwiftWrote() throws {
        var rng = SplitMix64(seed: 17)
        var compared = 0
        for round in 0..<600 {
            let articles = (0..<Int.random(in: 0...5, using: &rng)).map { _ in Self.exported(&rng) }
            guard !articles.flatMap(Self.fields).contains(where: Self.csvSwiftMisquotes) else { continue }
            compared += 1
            let expected = try Self.csvSwift(articles)
            let written = QuotationTable.csv(articles)
            let first = zip(written, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, expected.count)
            #expect(written == expected, """
                round \(round), from byte \(first): \(String(decoding: written[max(0, first - 20)...].prefix(60), as: UTF8.self).debugDescription) \
                vs \(String(decoding: expected[max(0, first - 20)...].prefix(60), as: UTF8.self).debugDescription)
                """)
        }
        #expect(compared > 100)
        #expect(String(decoding: QuotationTable.csv([]), as: UTF8.self) == "article,title,start,end,kind,speaker,text,annotator,source")
    }

    /// Python's csv module reads every row back to the very fields, those CSV.swift broke included.
    @Test func csvIsReadBackByPythonFieldForField() throws {
        var rng = SplitMix64(seed: 23)
        let articles = (0..<300).map { _ in Self.exported(&rng) }
        let awkward = articles.flatMap(Self.fields).filter(Self.csvSwiftMisquotes).count
        #expect(awkward > 20, "the rows hold values CSV.swift wrote wrongly")
        let folder = try TemporaryFolder()
        let table = try folder.write("t.csv", bytes: QuotationTable.csv(articles))
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import csv, json, sys
            rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
            json.dump(rows, open(sys.argv[2], "w", encoding="utf-8"))
            """, table.path, folder.path + "/rows.json"]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("rows.json"))) as? [[String]])
        let expected = [QuotationTable.header] + articles.flatMap { article in
            article.quotes.map { quote in
                [article.id, article.title, String(quote.start), String(quote.end), quote.kind, quote.speaker ?? "", quote.text,
                 article.annotator ?? "", quote.source.rawValue]
            }
        }
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            #expect(row.map { Array($0.unicodeScalars) } == want.map { Array($0.unicodeScalars) })
        }
    }
}
