import Foundation
import Testing
@testable import KutipCore

/// The fast reader of tag files answers what JSONDecoder answers, or nothing.
struct ArticleAnnotationsScannerTests {
    /// Texts that JSON escapes or that are more than one byte: quotes, backslashes, slashes,
    /// control characters, curly quotes, wide characters, combining marks, emoji.
    static let pieces = ["Kami", " ", "“", "”", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "明斯克", "e\u{0301}", "🇧🇾", "’", "\r\n", "a"]

    private func text(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    private func annotations(_ random: inout SplitMix64) -> ArticleAnnotations {
        func anchor() -> TextAnchor {
            let start = Int.random(in: 0...5_000, using: &random)
            return TextAnchor(start: start, end: start + Int.random(in: 0...300, using: &random), text: text(&random),
                              before: text(&random), after: text(&random))
        }
        var result = ArticleAnnotations(article: text(&random), fingerprint: "sha256:" + text(&random), annotator: text(&random))
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            result.quotes.append(QuoteTag(anchor: anchor(), kind: QuoteKind.allCases.randomElement(using: &random)!,
                                          speaker: Bool.random(using: &random) ? "s-\(Int.random(in: 1...30, using: &random))" : nil,
                                          notAQuotation: Bool.random(using: &random), unplaced: Bool.random(using: &random)))
        }
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            result.entities.append(EntityCorrection(anchor: anchor(), type: Bool.random(using: &random) ? EntityType.allCases.randomElement(using: &random) : nil,
                                                    unplaced: Bool.random(using: &random)))
        }
        return result
    }

    @Test func readsWhatTheStoreWritesAsJSONDecoderDoes() throws {
        var random = SplitMix64(seed: 88)
        for _ in 0..<300 {
            let value = annotations(&random)
            let bytes = try AnnotationStore.encode(value)
            let scanned = try #require(ArticleAnnotationsScanner.decode(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            #expect(scanned == value)
            #expect(scanned == (try JSONDecoder().decode(ArticleAnnotations.self, from: Data(bytes))))
        }
    }

    private func withoutTexts(_ annotations: ArticleAnnotations) -> ArticleAnnotations {
        var result = annotations
        for index in result.quotes.indices { result.quotes[index].anchor.dropTexts() }
        for index in result.entities.indices { result.entities[index].anchor.dropTexts() }
        return result
    }

    @Test func aDamagedFileIsLeftToJSONDecoder() throws {
        var random = SplitMix64(seed: 89)
        let significant = Array("{}[]\":,\\0123456789.e-tfnu x".utf8) + [0xFF, 0xC3, 0x00]
        var accepted = 0
        for _ in 0..<20_000 {
            var bytes = try AnnotationStore.encode(annotations(&random))
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(significant.randomElement(using: &random)!, at: at)
                default: bytes[at] = significant.randomElement(using: &random)!
                }
            }
            let decoded = try? JSONDecoder().decode(ArticleAnnotations.self, from: Data(bytes))
            // Without anchor texts it accepts what it accepts with them, the same offsets.
            let spans = ArticleAnnotationsScanner.decode(bytes, anchorTexts: false)
            let scanned = ArticleAnnotationsScanner.decode(bytes)
            #expect(spans == scanned.map(withoutTexts), "\(String(decoding: bytes, as: UTF8.self))")
            guard let scanned else { continue }
            accepted += 1
            // Whatever it accepts, JSONDecoder reads the same.
            #expect(decoded == scanned, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(accepted > 1_000, "damage inside strings' text still reads; only \(accepted) of 20,000 did")
    }

    private func file(quote: String, extra: String = "") -> [UInt8] {
        Array("""
            {"schema": 1, "article": "a", "fingerprint": "f", "annotator": "x", "entities": [], \(extra)
             "quotes": [{"anchor": {"start": 1, "end": 5, "text": \(quote), "before": "", "after": ""},
                         "kind": "direct", "notAQuotation": false, "unplaced": false}]}
            """.utf8)
    }

    @Test func escapesReadAsJSONDecoderReadsThem() throws {
        for quote in [#""\u00e9\u201cKami\u201d""#, #""\ud83c\udde7\ud83c\uddfe""#, #""a\/b\\c\"d\n\t\b\f\r""#, #""\u0000""#] {
            let bytes = file(quote: quote)
            let scanned = try #require(ArticleAnnotationsScanner.decode(bytes), "\(quote)")
            #expect(scanned == (try JSONDecoder().decode(ArticleAnnotations.self, from: Data(bytes))))
        }
        #expect(try #require(ArticleAnnotationsScanner.decode(file(quote: #""\u00e9\u201c""#))).quotes[0].anchor.text == "é“")
    }

    @Test func whatItIsNotSureOfGivesNothing() {
        #expect(ArticleAnnotationsScanner.decode(file(quote: #""\ud83c""#)) == nil, "a lone surrogate")
        #expect(ArticleAnnotationsScanner.decode(file(quote: "\"a\nb\"")) == nil, "a raw line break in a string")
        #expect(ArticleAnnotationsScanner.decode(file(quote: "\"\u{FF}\"")) != nil, "ÿ is valid UTF-8 when written as such")
        #expect(ArticleAnnotationsScanner.decode(file(quote: "\"x\"", extra: "\"schema\": 1,")) == nil, "a key twice")
        #expect(ArticleAnnotationsScanner.decode(Array(String(decoding: file(quote: "\"x\""), as: UTF8.self)
            .replacingOccurrences(of: "\"start\": 1", with: "\"start\": 1.0").utf8)) == nil, "a number with a fraction")
        #expect(ArticleAnnotationsScanner.decode(Array(String(decoding: file(quote: "\"x\""), as: UTF8.self)
            .replacingOccurrences(of: "\"schema\": 1", with: "\"schema\": 2").utf8)) == nil, "another schema")
        #expect(ArticleAnnotationsScanner.decode(Array(String(decoding: file(quote: "\"x\""), as: UTF8.self)
            .replacingOccurrences(of: ", \"unplaced\": false}]", with: "}]").utf8)) == nil, "a missing key")
        #expect(ArticleAnnotationsScanner.decode(file(quote: "\"x\"") + Array(" {".utf8)) == nil, "more after the object")
        #expect(ArticleAnnotationsScanner.decode(Array(String(decoding: file(quote: "\"x\""), as: UTF8.self)
            .replacingOccurrences(of: "\"direct\"", with: "\"shouted\"").utf8)) == nil, "an unknown kind")
    }

    @Test func unknownKeysArePassedOverAsJSONDecoderDoes() throws {
        let bytes = file(quote: "\"x\"", extra: #""later": {"a": [1, -2.5e+3, true, null, "s"]}, "#)
        let scanned = try #require(ArticleAnnotationsScanner.decode(bytes))
        #expect(scanned == (try JSONDecoder().decode(ArticleAnnotations.self, from: Data(bytes))))
    }
}

struct UTF8ValidationTests {
    @Test func acceptsExactlyWhatStringValidatingAccepts() {
        var random = SplitMix64(seed: 90)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xA0, 0x9F, 0xED, 0xEF, 0xF0, 0x90,
                                    0x8F, 0xF4, 0xF5, 0xFF]
        for _ in 0..<50_000 {
            let bytes = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { ArticleAnnotationsScanner.isValidUTF8($0) } == expected, "\(bytes)")
        }
        for text in ["", "Kami", "明斯克", "e\u{0301}", "🇧🇾", "\u{10FFFF}", "\u{FFFF}"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ArticleAnnotationsScanner.isValidUTF8($0) })
        }
    }
}
