import Foundation
import Testing
@testable import KutipCore

/// The hand reader of store files gives what JSONDecoder gives, or leaves the file to it.
struct StoreFileDecodingTests {
    static let pieces = ["Kami", "“siap”", "\"", "\\", "/", "\u{0}", "\u{1F}", "\u{7F}", "\n", "\r\n", "\t", "\u{2028}", "👍🏽", "𝔘",
                         "明斯克", "Cafe\u{0301}", "\u{0301}", "\u{FEFF}", " ", ""]

    static func text(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    static func anchor(_ rng: inout SplitMix64) -> TextAnchor {
        TextAnchor(start: Int.random(in: 0...100_000, using: &rng), end: Int.random(in: 0...100_000, using: &rng), text: text(&rng),
                   before: text(&rng), after: text(&rng))
    }

    static func annotations(_ rng: inout SplitMix64) -> ArticleAnnotations {
        var tags = ArticleAnnotations(article: text(&rng), fingerprint: text(&rng), annotator: text(&rng))
        tags.quotes = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
            QuoteTag(anchor: anchor(&rng), kind: QuoteKind.allCases.randomElement(using: &rng)!,
                     speaker: Bool.random(using: &rng) ? nil : text(&rng), notAQuotation: Bool.random(using: &rng),
                     unplaced: Bool.random(using: &rng))
        }
        tags.entities = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
            EntityCorrection(anchor: anchor(&rng), type: Bool.random(using: &rng) ? nil : EntityType.allCases.randomElement(using: &rng)!,
                             unplaced: Bool.random(using: &rng))
        }
        return tags
    }

    func quick(_ json: String) -> ArticleAnnotations? {
        Array(json.utf8).withUnsafeBufferPointer { StoreFileDecoding.articleAnnotations($0) }
    }

    /// `kutip agree` reads offsets only: the same value with every anchor's texts empty, whatever
    /// escapes (`\"`, `\\`, `\u…`) those texts hold.
    @Test func withoutAnchorTextsTheRestIsReadTheSame() throws {
        var rng = SplitMix64(seed: 37)
        for round in 0..<500 {
            let tags = Self.annotations(&rng)
            let data = Data(try AnnotationStore.encode(tags))
            let spans = data.withUnsafeBytes { StoreFileDecoding.articleAnnotations($0.bindMemory(to: UInt8.self), anchorTexts: false) }
            var expected = tags
            func blank(_ anchor: TextAnchor) -> TextAnchor { TextAnchor(start: anchor.start, end: anchor.end, text: "", before: "", after: "") }
            for index in expected.quotes.indices { expected.quotes[index].anchor = blank(expected.quotes[index].anchor) }
            for index in expected.entities.indices { expected.entities[index].anchor = blank(expected.entities[index].anchor) }
            #expect(spans == expected, "round \(round): \(String(decoding: data, as: UTF8.self))")
        }
    }

    @Test func readsWhatTheStoreWritesAsJSONDecoderDoes() throws {
        var rng = SplitMix64(seed: 31)
        let compact = JSONEncoder()
        for round in 0..<1000 {
            let tags = Self.annotations(&rng)
            for data in [Data(try AnnotationStore.encode(tags)), try compact.encode(tags)] {
                let reference = try JSONDecoder().decode(ArticleAnnotations.self, from: data)
                let read = data.withUnsafeBytes { StoreFileDecoding.articleAnnotations($0.bindMemory(to: UInt8.self)) }
                #expect(read == reference, "round \(round): \(String(decoding: data, as: UTF8.self))")
                #expect(read == tags)
            }
        }
    }

    static let wellFormed = """
        { "unknown": {"a": [1, -2.5e+3, true, null, "x\\"y", {}]}, "quotes" : [ { "unplaced" : false , "notAQuotation":false,
          "kind":"partial", "anchor":{"after":"\\u00e9\\ud83d\\udc4d\\/\\b\\f\\n\\r\\t","before":"","end":-3,"start":0,"text":"a\\\\b","x":0},
          "speaker": null } ], "entities":[{"anchor":{"after":"","before":"","end":2,"start":1,"text":"é"},"type":null,"unplaced":true}],
          "schema":1, "annotator":"t", "article":"a", "fingerprint":"f" }\r\n
        """

    @Test func readsAnyLayoutOfTheSameFieldsAsJSONDecoderDoes() throws {
        let reference = try JSONDecoder().decode(ArticleAnnotations.self, from: Data(Self.wellFormed.utf8))
        let read = try #require(quick(Self.wellFormed))
        #expect(read == reference)
        #expect(read.quotes.first?.anchor.after == "é\u{1F44D}/\u{8}\u{C}\n\r\t")
        #expect(read.quotes.first?.anchor.text == "a\\b")
    }

    @Test func leavesToJSONDecoderWhatItIsNotSureOf() throws {
        let good = #"{"schema":1,"article":"a","fingerprint":"f","annotator":"t","quotes":[],"entities":[]}"#
        #expect(quick(good) != nil)
        let doubtful: [String] = [
            good.replacingOccurrences(of: #""schema":1"#, with: #""schema":1.0"#),
            good.replacingOccurrences(of: #""schema":1"#, with: #""schema":01"#),
            good.replacingOccurrences(of: #""schema":1"#, with: #""schema":1,"schema":2"#),
            good.replacingOccurrences(of: #""schema":1,"#, with: ""),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":null"#),
            good.replacingOccurrences(of: #""article":"a""#, with: "\"article\":\"a\u{1}\""),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":"\ud83d""#),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":"\udc4d""#),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":"\q""#),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":"a","x":+1"#),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":"a","x":.5"#),
            good.replacingOccurrences(of: #""quotes":[]"#, with: #""quotes":[{"anchor":{"start":0,"end":1,"text":"","before":"","after":""},"kind":"shouted","notAQuotation":false,"unplaced":false}]"#),
            good.replacingOccurrences(of: #""entities":[]"#, with: #""entities":[{"anchor":{"start":0,"end":1,"text":"","before":"","after":""},"type":"DATE","unplaced":false}]"#),
            good.replacingOccurrences(of: #""schema":1"#, with: #""sch\u0065ma":1"#),
            good.replacingOccurrences(of: #""article":"a""#, with: #""article":"a","x":1,"x":2"#),
            good + "x",
            "\u{FEFF}" + good,
            String(good.dropLast()),
        ]
        for json in doubtful { #expect(quick(json) == nil, "\(json)") }
        var bytes = Array(good.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "a"))!] = 0xFF
        #expect(bytes.withUnsafeBufferPointer { StoreFileDecoding.articleAnnotations($0) } == nil)
    }

    @Test func theStoreStillReadsWhatOnlyJSONDecoderReads() throws {
        let folder = try TemporaryFolder()
        let json = #"{"schema":1.0,"article":"a","fingerprint":"f","annotator":"t","quotes":[],"entities":[]}"#
        try folder.write("a.json", json)
        let store = try AnnotationStore.reading(folder: folder.path, annotator: "t")
        let reference = try? JSONDecoder().decode(ArticleAnnotations.self, from: Data(json.utf8))
        #expect(quick(json) == nil)
        if let reference {
            #expect(try store.storedAnnotations(of: "a") == reference)
        } else {
            #expect(throws: StoreProblem.self) { try store.storedAnnotations(of: "a") }
        }
        try folder.write("b.json", #"{"schema":2,"article":"b","fingerprint":"f","annotator":"t","quotes":[],"entities":[]}"#)
        #expect(throws: StoreProblem.newerSchema(path: store.path(of: "b"), found: 2, supported: 1)) { try store.storedAnnotations(of: "b") }
    }
}
