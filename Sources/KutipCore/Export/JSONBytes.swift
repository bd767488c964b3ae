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

    /// The decimal digits of `value`, as `String(value)` writes them, written straight into the
    /// buffer: `String(value)` went through a dynamically dispatched `description` and a string
    /// per number, and an article's JSON holds several numbers for every entity and quotation.
    public mutating func int(_ value: Int) {
        guard value >= 0 else { bytes.append(contentsOf: String(value).utf8); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for Int.max's 19 digits, filled from the end
        withUnsafeMutableBytes(of: &digits) { room in
            var at = room.count, rest = UInt(value)
            repeat {
                at -= 1
                room[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            // Byte by byte: a raw buffer is no contiguous collection to `append(contentsOf:)`,
            // which then goes through a generic iterator.
            for i in at..<room.count { bytes.append(room[i]) }
        }
    }

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
        let start = bytes.count
        let plain: Bool = copy.withUTF8 { utf8 in
            let n = utf8.count
            bytes.append(UInt8(ascii: "\""))
            var mark = 0, i = 0
            while i < n {
                // Eight bytes at a time while none of them needs a backslash (SWAR tests for a
                // byte below 0x20, a `"` and a `\`): most of a news text is skipped this way.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !JSONBytes.mayNeedEscaping(word) { i += 8; continue }
                }
                let byte = utf8[i]
                let escaped: UInt8
                switch byte {
                case UInt8(ascii: "\""): escaped = UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
                case 0x08: escaped = UInt8(ascii: "b")
                case 0x0C: escaped = UInt8(ascii: "f")
                case 0x0A: escaped = UInt8(ascii: "n")
                case 0x0D: escaped = UInt8(ascii: "r")
                case 0x09: escaped = UInt8(ascii: "t")
                case 0..<0x20: return false
                default: i += 1; continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<i]))
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(escaped)
                i += 1
                mark = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !plain {
            // Another control character: JSONEncoder's \u escapes, for the whole string (the
            // part written so far goes).
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: try encoded(text))
        }
    }

    /// Whether any of the eight bytes is below 0x20, a `"` or a `\` (it may report a byte that
    /// is none of these; never misses one).
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
        return control || hasZeroByte(word ^ 0x2222_2222_2222_2222) || hasZeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C)
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
