import Foundation

/// Reads an article's tag file (`ArticleAnnotations`, schema 1) straight from its bytes, about
/// ten times faster than `JSONDecoder`, for commands that read a whole store at once (`kutip
/// agree`). It accepts only what it is sure of: strict JSON of exactly the shape the store
/// writes (any key order, unknown keys skipped); anything else (a syntax error, a missing key, a
/// wrong type, a number that is not a plain integer, a duplicate key, another schema, a lone
/// surrogate) gives nil, and the caller reads the file with `JSONDecoder`, which then decides
/// and names the problem. So where it answers, it answers what `JSONDecoder` would.
enum ArticleAnnotationsScanner {
    /// An object's key as it stands in the file (without escapes), matched by `case "name":`.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            pattern.utf8CodeUnitCount == key.bytes.count
                && (key.bytes.isEmpty || memcmp(pattern.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0)
        }
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, no surrogates, nothing past
    /// U+10FFFF), as String(validating:) decides, without its generic overhead.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard i + length <= n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// Stores a parsed member's value; false when it did not parse or its key came twice.
    private static func fill<Value>(_ slot: inout Value?, _ value: Value?) -> Bool {
        guard slot == nil, let value else { return false }
        slot = value
        return true
    }

    /// The file's annotations; with `anchorTexts` false, each anchor's `text`, `before` and
    /// `after` are checked but left empty (for comparing offsets alone, as agreement does).
    static func decode(_ bytes: [UInt8], anchorTexts: Bool = true) -> ArticleAnnotations? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, anchorTexts: anchorTexts)
            guard let value = scanner.annotations() else { return nil }
            scanner.skipSpace()
            return scanner.index == buffer.count ? value : nil
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        let anchorTexts: Bool

        init(bytes: UnsafeBufferPointer<UInt8>, anchorTexts: Bool = true) {
            self.bytes = bytes
            self.anchorTexts = anchorTexts
        }

        mutating func annotations() -> ArticleAnnotations? {
            var schema: Int?, article: String?, fingerprint: String?, annotator: String?
            var quotes: [QuoteTag]?, entities: [EntityCorrection]?
            let complete = object { scanner, key in
                switch key {
                case "schema": return fill(&schema, scanner.integer())
                case "article": return fill(&article, scanner.string())
                case "fingerprint": return fill(&fingerprint, scanner.string())
                case "annotator": return fill(&annotator, scanner.string())
                case "quotes": return fill(&quotes, scanner.array { $0.quote() })
                case "entities": return fill(&entities, scanner.array { $0.entity() })
                default: return scanner.skipValue()
                }
            }
            guard complete, schema == ArticleAnnotations.currentSchema, let article, let fingerprint, let annotator,
                  let quotes, let entities else { return nil }
            return ArticleAnnotations(article: article, fingerprint: fingerprint, annotator: annotator, quotes: quotes,
                                      entities: entities)
        }

        mutating func quote() -> QuoteTag? {
            var anchor: TextAnchor?, kind: QuoteKind?, speaker: String??, notAQuotation: Bool?, unplaced: Bool?
            let complete = object { scanner, key in
                switch key {
                case "anchor": return fill(&anchor, scanner.anchor())
                case "kind": return fill(&kind, scanner.string().flatMap(QuoteKind.init(rawValue:)))
                case "speaker": return fill(&speaker, scanner.optional { $0.string() })
                case "notAQuotation": return fill(&notAQuotation, scanner.boolean())
                case "unplaced": return fill(&unplaced, scanner.boolean())
                default: return scanner.skipValue()
                }
            }
            guard complete, let anchor, let kind, let notAQuotation, let unplaced else { return nil }
            return QuoteTag(anchor: anchor, kind: kind, speaker: speaker ?? nil, notAQuotation: notAQuotation, unplaced: unplaced)
        }

        mutating func entity() -> EntityCorrection? {
            var anchor: TextAnchor?, type: EntityType??, unplaced: Bool?
            let complete = object { scanner, key in
                switch key {
                case "anchor": return fill(&anchor, scanner.anchor())
                case "type": return fill(&type, scanner.optional { $0.string().flatMap(EntityType.init(rawValue:)) })
                case "unplaced": return fill(&unplaced, scanner.boolean())
                default: return scanner.skipValue()
                }
            }
            guard complete, let anchor, let unplaced else { return nil }
            return EntityCorrection(anchor: anchor, type: type ?? nil, unplaced: unplaced)
        }

        mutating func anchor() -> TextAnchor? {
            var start: Int?, end: Int?, text: String?, before: String?, after: String?
            let complete = object { scanner, key in
                switch key {
                case "start": return fill(&start, scanner.integer())
                case "end": return fill(&end, scanner.integer())
                case "text": return fill(&text, scanner.anchorText())
                case "before": return fill(&before, scanner.anchorText())
                case "after": return fill(&after, scanner.anchorText())
                default: return scanner.skipValue()
                }
            }
            guard complete, let start, let end, let text, let before, let after else { return nil }
            return TextAnchor(start: start, end: end, text: text, before: before, after: after)
        }

        // MARK: JSON

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func peek() -> UInt8? {
            skipSpace()
            return index < bytes.count ? bytes[index] : nil
        }

        /// An object, each member's value read by `member` (given the key); false on any error.
        /// A key with an escape or anything but ASCII in it is left to JSONDecoder.
        mutating func object(_ member: (inout Scanner, Key) -> Bool) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            while true {
                guard take(UInt8(ascii: "\"")) else { return false }
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20,
                      bytes[index] < 0x80 {
                    index += 1
                }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
                let key = Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                guard take(UInt8(ascii: ":")), member(&self, key) else { return false }
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}"))
            }
        }

        mutating func array<Element>(_ element: (inout Scanner) -> Element?) -> [Element]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var result: [Element] = []
            if take(UInt8(ascii: "]")) { return result }
            while true {
                guard let value = element(&self) else { return nil }
                result.append(value)
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]")) ? result : nil
            }
        }

        /// `null` as .some(nil), a value as .some(value), an error as nil.
        mutating func optional<Value>(_ value: (inout Scanner) -> Value?) -> Value?? {
            skipSpace()
            if literal("null") { return .some(nil) }
            guard let parsed = value(&self) else { return nil }
            return .some(parsed)
        }

        /// The bytes of `word`, here (no space skipped).
        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        mutating func boolean() -> Bool? {
            skipSpace()
            if literal("true") { return true }
            if literal("false") { return false }
            return nil
        }

        /// A plain integer (`-?(0|[1-9][0-9]*)`, at most 18 digits); a fraction or exponent is
        /// left to JSONDecoder.
        mutating func integer() -> Int? {
            skipSpace()
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            let first = index
            var value = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let digits = index - first
            guard digits > 0, digits <= 18, !(digits > 1 && bytes[first] == 0x30) else { return nil }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
            return negative ? -value : value
        }

        /// An anchor's text, or when anchor texts are not wanted "" once the string checks out.
        mutating func anchorText() -> String? {
            if anchorTexts { return string() }
            guard take(UInt8(ascii: "\"")) else { return nil }
            var ascii = true
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    index += 1
                    return ascii || ArticleAnnotationsScanner.isValidUTF8(text) ? "" : nil
                }
                if byte == UInt8(ascii: "\\") {
                    // Escapes are rare: read the string the full way from its start.
                    index = start - 1
                    return string().map { _ in "" }
                }
                if byte < 0x20 { return nil }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            return nil
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            var ascii = true
            // The common case: no escapes, read in place (validated only when not all ASCII).
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    index += 1
                    return ascii || ArticleAnnotationsScanner.isValidUTF8(text) ? String(decoding: text, as: UTF8.self) : nil
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            var decoded = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return decoded.withUnsafeBufferPointer { ArticleAnnotationsScanner.isValidUTF8($0) ? String(decoding: $0, as: UTF8.self) : nil }
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                    case UInt8(ascii: "b"): decoded.append(0x08)
                    case UInt8(ascii: "f"): decoded.append(0x0C)
                    case UInt8(ascii: "n"): decoded.append(0x0A)
                    case UInt8(ascii: "r"): decoded.append(0x0D)
                    case UInt8(ascii: "t"): decoded.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var unit = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(unit) {
                            guard literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00..<0xE000).contains(unit) {
                            return nil
                        }
                        guard let scalar = Unicode.Scalar(unit) else { return nil }
                        decoded.append(contentsOf: String(scalar).utf8)
                    default: return nil
                    }
                default:
                    if byte < 0x20 { return nil }
                    decoded.append(byte)
                }
            }
            return nil
        }

        /// Four hex digits after `\u`.
        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value * 16 + UInt32(digit)
                index += 1
            }
            return value
        }

        /// Any JSON value, checked and passed over.
        mutating func skipValue() -> Bool {
            switch peek() {
            case UInt8(ascii: "{")?: return object { scanner, _ in scanner.skipValue() }
            case UInt8(ascii: "[")?: return array { $0.skipValue() ? true : nil } != nil
            case UInt8(ascii: "\"")?: return string() != nil
            case UInt8(ascii: "t")?, UInt8(ascii: "f")?: return boolean() != nil
            case UInt8(ascii: "n")?: return literal("null")
            case .some: return number()
            case nil: return false
            }
        }

        /// A JSON number of any form.
        mutating func number() -> Bool {
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits(_ scanner: inout Scanner) -> Int {
                let first = scanner.index
                while scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] >= 0x30, scanner.bytes[scanner.index] <= 0x39 {
                    scanner.index += 1
                }
                return scanner.index - first
            }
            let first = index
            let whole = digits(&self)
            guard whole > 0, !(whole > 1 && bytes[first] == 0x30) else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { return false }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { return false }
            }
            return true
        }
    }
}
