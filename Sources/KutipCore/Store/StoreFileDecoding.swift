import Foundation

/// Reads an article's store file (`ArticleAnnotations`) without `JSONDecoder`, which on Linux
/// spent more time per file than everything else an export does with it. It knows the file's
/// fixed layout and reads any well-formed JSON of it (any key order, any white space, unknown keys
/// skipped, every string escape), giving the very value `JSONDecoder` gives. For anything it is
/// not sure of (a number that is not a plain integer, a duplicate or missing key, a kind or type
/// this kutip does not know, bad UTF-8, malformed JSON) it gives nil, and the store decodes the
/// file with `JSONDecoder`, which then reads it or says what is wrong.
enum StoreFileDecoding {
    /// `anchorTexts: false` leaves each anchor's `text`, `before` and `after` empty, stepping over
    /// those strings unread: what comparing offsets (`kutip agree`) needs, at about half the cost.
    static func articleAnnotations(_ bytes: UnsafeBufferPointer<UInt8>, anchorTexts: Bool = true) -> ArticleAnnotations? {
        var reader = Reader(bytes: bytes, anchorTexts: anchorTexts)
        guard let value = reader.articleAnnotations(), reader.atEnd() else { return nil }
        return value
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var anchorTexts = true
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func atEnd() -> Bool {
            skipSpace()
            return index == bytes.count
        }

        /// The next byte after white space, taken when it is `byte`.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func take(word: StaticString) -> Bool {
            skipSpace()
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// `{ "key": value, … }`, each key (its bytes, which hold no escape: a key with one gives
        /// up) handed to `field`, which reads its value (false: give up).
        mutating func object(_ field: (inout Reader, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            repeat {
                guard take(UInt8(ascii: "\"")) else { return false }
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
                let key = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard take(UInt8(ascii: ":")), field(&self, key) else { return false }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        }

        mutating func array<Element>(_ element: (inout Reader) -> Element?) -> [Element]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var result: [Element] = []
            if take(UInt8(ascii: "]")) { return result }
            repeat {
                guard let value = element(&self) else { return nil }
                result.append(value)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? result : nil
        }

        /// A plain integer (`-12`, `0`); anything with a fraction or exponent is left to JSONDecoder.
        mutating func int() -> Int? {
            skipSpace()
            var i = index
            let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            let first = i
            var value = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !o1, !o2 else { return nil }
                value = sum
                i += 1
            }
            guard i > first, !(bytes[first] == 0x30 && i - first > 1) else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") { return nil }
            index = i
            return negative ? -value : value
        }

        mutating func bool() -> Bool? {
            if take(word: "true") { return true }
            if take(word: "false") { return false }
            return nil
        }

        /// A string, its escapes undone; nil for a raw control character, a bad escape or bad UTF-8.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            // The common case: no escape, straight from the bytes (checked as UTF-8 unless ASCII).
            var ascii = true
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    return ascii ? String(decoding: utf8, as: UTF8.self) : String(validating: utf8, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            var utf8 = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: utf8, as: UTF8.self)
                case 0..<0x20:
                    return nil
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var code = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(code) {
                            guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                                return nil
                            }
                            index += 2
                            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { return nil }
                        utf8.append(contentsOf: String(Character(scalar)).utf8)
                    default:
                        return nil
                    }
                default:
                    utf8.append(byte)
                }
            }
            return nil
        }

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
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        /// `null` or a string.
        mutating func optionalString() -> String?? {
            if take(word: "null") { return .some(nil) }
            return string().map { .some($0) }
        }

        /// Any JSON value, for keys this kutip does not read (JSONDecoder ignores them too).
        mutating func skipValue() -> Bool {
            skipSpace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object { reader, _ in reader.skipValue() }
            case UInt8(ascii: "["): return array { reader in reader.skipValue() ? true : nil } != nil
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
            case UInt8(ascii: "n"): return take(word: "null")
            default:
                return number()
            }
        }

        /// A number as JSON writes one: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
        mutating func number() -> Bool {
            func digits(_ reader: inout Reader) -> Int {
                let start = reader.index
                while reader.index < reader.bytes.count, (0x30...0x39).contains(reader.bytes[reader.index]) { reader.index += 1 }
                return reader.index - start
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            let first = index
            let count = digits(&self)
            guard count > 0, count == 1 || bytes[first] != 0x30 else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { return false }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { return false }
            }
            return true
        }

        /// Reads one object's fields: `read` is handed the index of each key in `keys` (nil for
        /// a key this kutip does not read, whose value is skipped). A key given twice gives up.
        mutating func fields(_ keys: [StaticString], _ read: (inout Reader, Int) -> Bool) -> Bool {
            var seen: UInt64 = 0
            var unknown: [[UInt8]] = []
            return object { reader, key in
                guard let known = keys.firstIndex(where: { name in
                    name.utf8CodeUnitCount == key.count && memcmp(name.utf8Start, key.baseAddress!, key.count) == 0
                }) else {
                    guard !unknown.contains(where: { $0.elementsEqual(key) }) else { return false }
                    unknown.append(Array(key))
                    return reader.skipValue()
                }
                guard seen & (1 << known) == 0 else { return false }
                seen |= 1 << known
                return read(&reader, known)
            }
        }

        /// An anchor's text, or (without `anchorTexts`) the string stepped over and "" given.
        mutating func anchorText() -> String? {
            guard !anchorTexts else { return string() }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""): index += 1; return ""
                default: index += 1
                }
            }
            return nil
        }

        mutating func anchor() -> TextAnchor? {
            var start: Int?, end: Int?, text: String?, before: String?, after: String?
            let ok = fields(["start", "end", "text", "before", "after"]) { reader, key in
                switch key {
                case 0: start = reader.int(); return start != nil
                case 1: end = reader.int(); return end != nil
                case 2: text = reader.anchorText(); return text != nil
                case 3: before = reader.anchorText(); return before != nil
                default: after = reader.anchorText(); return after != nil
                }
            }
            guard ok, let start, let end, let text, let before, let after else { return nil }
            return TextAnchor(start: start, end: end, text: text, before: before, after: after)
        }

        mutating func quoteTag() -> QuoteTag? {
            var anchor: TextAnchor?, kind: QuoteKind?, speaker: String?, notAQuotation: Bool?, unplaced: Bool?
            let ok = fields(["anchor", "kind", "speaker", "notAQuotation", "unplaced"]) { reader, key in
                switch key {
                case 0: anchor = reader.anchor(); return anchor != nil
                case 1: kind = reader.string().flatMap(QuoteKind.init(rawValue:)); return kind != nil
                case 2:
                    guard let value = reader.optionalString() else { return false }
                    speaker = value
                    return true
                case 3: notAQuotation = reader.bool(); return notAQuotation != nil
                default: unplaced = reader.bool(); return unplaced != nil
                }
            }
            guard ok, let anchor, let kind, let notAQuotation, let unplaced else { return nil }
            return QuoteTag(anchor: anchor, kind: kind, speaker: speaker, notAQuotation: notAQuotation, unplaced: unplaced)
        }

        mutating func entityCorrection() -> EntityCorrection? {
            var anchor: TextAnchor?, type: EntityType?, unplaced: Bool?
            let ok = fields(["anchor", "type", "unplaced"]) { reader, key in
                switch key {
                case 0: anchor = reader.anchor(); return anchor != nil
                case 1:
                    guard let value = reader.optionalString() else { return false }
                    guard let name = value else { type = nil; return true }
                    type = EntityType(rawValue: name)
                    return type != nil
                default: unplaced = reader.bool(); return unplaced != nil
                }
            }
            guard ok, let anchor, let unplaced else { return nil }
            return EntityCorrection(anchor: anchor, type: type, unplaced: unplaced)
        }

        mutating func articleAnnotations() -> ArticleAnnotations? {
            var schema: Int?, article: String?, fingerprint: String?, annotator: String?
            var quotes: [QuoteTag]?, entities: [EntityCorrection]?
            let ok = fields(["schema", "article", "fingerprint", "annotator", "quotes", "entities"]) { reader, key in
                switch key {
                case 0: schema = reader.int(); return schema != nil
                case 1: article = reader.string(); return article != nil
                case 2: fingerprint = reader.string(); return fingerprint != nil
                case 3: annotator = reader.string(); return annotator != nil
                case 4: quotes = reader.array { $0.quoteTag() }; return quotes != nil
                default: entities = reader.array { $0.entityCorrection() }; return entities != nil
                }
            }
            guard ok, let schema, let article, let fingerprint, let annotator, let quotes, let entities else { return nil }
            var result = ArticleAnnotations(article: article, fingerprint: fingerprint, annotator: annotator, quotes: quotes,
                                            entities: entities)
            result.schema = schema
            return result
        }
    }
}
