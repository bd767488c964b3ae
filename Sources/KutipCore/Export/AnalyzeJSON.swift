import Foundation

/// The `kutip analyze` JSON written by hand, byte for byte what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes for `AnalyzeDocument` / `AnalyzedArticle`:
/// keys in UTF-8 order, absent values as `null`, no spaces. Foundation's encoder on Linux builds
/// a tree of boxed values and sorts every object's keys again; for many articles that cost more
/// than finding the quotations. The fixed shape lets the keys be written in their sorted order.
///
/// What is not plain is left to `JSONEncoder` itself so the bytes cannot drift: a string holding a
/// control character other than \b \f \n \r \t, and every `Double` (few distinct values, each
/// encoded once and remembered).
public struct AnalyzeJSON {
    private let encoder: JSONEncoder
    private var numbers: [Double: [UInt8]] = [:]

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// `{"articles":[...]}`, as `JSONEncoder` writes an `AnalyzeDocument`.
    public mutating func document(_ articles: [AnalyzedArticle]) throws -> [UInt8] {
        var out: [UInt8] = []
        append("{\"articles\":[", to: &out)
        for (i, article) in articles.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            try write(article, to: &out)
        }
        append("]}", to: &out)
        return out
    }

    /// One article's object, as `JSONEncoder` writes an `AnalyzedArticle`.
    public mutating func article(_ article: AnalyzedArticle) throws -> [UInt8] {
        var out: [UInt8] = []
        try write(article, to: &out)
        return out
    }

    private mutating func write(_ article: AnalyzedArticle, to out: inout [UInt8]) throws {
        append("{\"entities\":[", to: &out)
        for (i, entity) in article.entities.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append("{\"end\":", to: &out); int(entity.end, to: &out)
            append(",\"start\":", to: &out); int(entity.start, to: &out)
            append(",\"text\":", to: &out); try string(entity.text, to: &out)
            append(",\"type\":", to: &out); try string(entity.type, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        append("],\"id\":", to: &out); try string(article.id, to: &out)
        append(",\"path\":", to: &out); try string(article.path, to: &out)
        append(",\"quotes\":[", to: &out)
        for (i, quote) in article.quotes.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append("{\"confidence\":", to: &out)
            if let confidence = quote.confidence { try double(confidence, to: &out) } else { append("null", to: &out) }
            append(",\"end\":", to: &out); int(quote.end, to: &out)
            append(",\"kind\":", to: &out); try string(quote.kind, to: &out)
            append(",\"speaker\":", to: &out)
            if let speaker = quote.speaker { try string(speaker, to: &out) } else { append("null", to: &out) }
            append(",\"speakerEnd\":", to: &out)
            if let end = quote.speakerEnd { int(end, to: &out) } else { append("null", to: &out) }
            append(",\"speakerStart\":", to: &out)
            if let start = quote.speakerStart { int(start, to: &out) } else { append("null", to: &out) }
            append(",\"start\":", to: &out); int(quote.start, to: &out)
            append(",\"text\":", to: &out); try string(quote.text, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        append("],\"title\":", to: &out); try string(article.title, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    private func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private func int(_ value: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }

    private mutating func double(_ value: Double, to out: inout [UInt8]) throws {
        if let known = numbers[value] { out.append(contentsOf: known); return }
        let bytes = [UInt8](try encoder.encode(value))
        numbers[value] = bytes
        out.append(contentsOf: bytes)
    }

    /// A quoted string: `"` and `\` escaped with a backslash, \b \f \n \r \t by their letters,
    /// everything else (slashes, all non-ASCII) as is — what `JSONEncoder` does. Any other control
    /// character sends the string to `JSONEncoder`.
    private func string(_ text: String, to out: inout [UInt8]) throws {
        var copy = text
        let plain: Bool = copy.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 {
                switch byte {
                case 0x08, 0x0C, 0x0A, 0x0D, 0x09: continue
                default: return false
                }
            }
            out.append(UInt8(ascii: "\""))
            var mark = 0
            for (i, byte) in bytes.enumerated() {
                let escaped: UInt8
                switch byte {
                case UInt8(ascii: "\""): escaped = UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
                case 0x08: escaped = UInt8(ascii: "b")
                case 0x0C: escaped = UInt8(ascii: "f")
                case 0x0A: escaped = UInt8(ascii: "n")
                case 0x0D: escaped = UInt8(ascii: "r")
                case 0x09: escaped = UInt8(ascii: "t")
                default: continue
                }
                out.append(contentsOf: bytes[mark..<i])
                out.append(UInt8(ascii: "\\"))
                out.append(escaped)
                mark = i + 1
            }
            out.append(contentsOf: bytes[mark...])
            out.append(UInt8(ascii: "\""))
            return true
        }
        if !plain { out.append(contentsOf: try encoder.encode(text)) }
    }
}
