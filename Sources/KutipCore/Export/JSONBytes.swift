import Foundation

/// JSON values written by hand into a byte buffer, byte for byte what `JSONEncoder` with
/// `.withoutEscapingSlashes` writes for them, for the writers of fixed shapes (`AnalyzeJSON`,
/// `ExportJSONLines`): Foundation's encoder on Linux builds a tree of boxed values and sorts
/// every object's keys again, which for 10,000 articles costs more than the work itself.
///
/// What is not plain is left to `JSONEncoder` so that the bytes cannot drift: a string holding a
/// control character other than \b \f \n \r \t, and every `Double` (few distinct values, each
/// encoded once and remembered).
public struct JSONBytes {
    public private(set) var bytes: [UInt8] = []
    /// Made when first needed: most writers never meet a value it has to write.
    private var encoder: JSONEncoder?
    private var numbers: [Double: [UInt8]] = [:]

    public init() {}

    private mutating func encoded(_ value: some Encodable) throws -> Data {
        if let encoder { return try encoder.encode(value) }
        let made = JSONEncoder()
        made.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder = made
        return try made.encode(value)
    }

    /// Takes the bytes written so far, leaving the buffer empty.
    public mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Punctuation and keys, as they are: `{"end":`.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func byte(_ ascii: Unicode.Scalar) { bytes.append(UInt8(ascii: ascii)) }

    /// Room for `count` more bytes.
    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// Bytes written elsewhere, as they are.
    public mutating func append(_ written: [UInt8]) { bytes.append(contentsOf: written) }

    public mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { raw("null") }
    }

    /// `true`, `false`, or `null` for nil.
    public mutating func bool(_ value: Bool?) {
        switch value {
        case true?: raw("true")
        case false?: raw("false")
        case nil: raw("null")
        }
    }

    public mutating func double(_ value: Double?) throws {
        guard let value else { raw("null"); return }
        if let known = numbers[value] { bytes.append(contentsOf: known); return }
        let encoded = [UInt8](try self.encoded(value))
        numbers[value] = encoded
        bytes.append(contentsOf: encoded)
    }

    public mutating func string(_ text: String?) throws {
        guard let text else { raw("null"); return }
        try string(text)
    }

    /// A quoted string: `"` and `\` escaped with a backslash, \b \f \n \r \t by their letters,
    /// everything else (slashes, all non-ASCII) as is — what `JSONEncoder` does. Any other control
    /// character sends the string to `JSONEncoder`.
    public mutating func string(_ text: String) throws {
        var copy = text
        let plain: Bool = copy.withUTF8 { utf8 in
            for byte in utf8 where byte < 0x20 {
                switch byte {
                case 0x08, 0x0C, 0x0A, 0x0D, 0x09: continue
                default: return false
                }
            }
            bytes.append(UInt8(ascii: "\""))
            var mark = 0
            for (i, byte) in utf8.enumerated() {
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
                bytes.append(contentsOf: utf8[mark..<i])
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(escaped)
                mark = i + 1
            }
            bytes.append(contentsOf: utf8[mark...])
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !plain { bytes.append(contentsOf: try encoded(text)) }
    }

    /// A quotation's object as the analyze contract and the exports write it (`QuoteFields`):
    /// every key present, absent values as `null`, keys in sorted order, `source` among them when
    /// given.
    public mutating func quote(_ quote: some QuoteFields, source: String?) throws {
        raw("{\"confidence\":"); try double(quote.confidence)
        raw(",\"end\":"); int(quote.end)
        raw(",\"kind\":"); try string(quote.kind)
        raw(",\"publicFigure\":"); bool(quote.publicFigure)
        if let source { raw(",\"source\":"); try string(source) }
        raw(",\"speaker\":"); try string(quote.speaker)
        raw(",\"speakerEnd\":"); int(quote.speakerEnd)
        raw(",\"speakerStart\":"); int(quote.speakerStart)
        raw(",\"start\":"); int(quote.start)
        raw(",\"text\":"); try string(quote.text)
        byte("}")
    }

    /// An entity's object as the analyze contract and the exports write it, keys in sorted
    /// order, `source` among them when given.
    public mutating func entity(start: Int, end: Int, text: String, type: String, source: String?) throws {
        raw("{\"end\":"); int(end)
        if let source { raw(",\"source\":"); try string(source) }
        raw(",\"start\":"); int(start)
        raw(",\"text\":"); try string(text)
        raw(",\"type\":"); try string(type)
        byte("}")
    }
}
