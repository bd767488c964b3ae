import Foundation
import Synchronization

/// `kutip agree --format json`, for scripts: every key always present (null where a figure is
/// undefined, with the reason beside it), keys sorted, one article a line:
///
///     {"annotators": [names], "articles": [{"article": id, …FIGURES}, …], "overall": FIGURES, "schema": 1}
///     FIGURES = {"pairs": [PAIR], "quotations": {name: n}, "units": n,
///                "speakers": {"alpha", "pairable", "undefined", "units"}}
///     PAIR = {"annotators": [a, b], "matched": n, "unmatched": {a: n, b: n},
///             "speakers": {"agreed", "compared", "kappa", "undefined"},
///             "entities": {"labels": {LABEL: {"both", "counts": {a: n, b: n}, "f1"}},
///                          "types": {"agreed", "compared", "kappa", "undefined"}}}
///
/// Written by hand, the articles on all cores (JSONEncoder took seconds over 10,000 articles).
public enum AgreementJSON {
    public static let schema = 1

    public static func encode(_ report: AgreementReport) -> Data {
        let names = report.annotators
        var head = Writer(names: names)
        head.raw("{\"annotators\":[")
        for (index, name) in names.enumerated() {
            if index > 0 { head.raw(",") }
            head.quoted(name)
        }
        head.raw("],\"articles\":[")
        // Articles in chunks on all cores, joined in order.
        let articles = report.articles, chunk = 256
        let chunks = (articles.count + chunk - 1) / chunk
        let parts = Mutex([[UInt8]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var writer = Writer(names: names)
            for index in c * chunk..<min(articles.count, (c + 1) * chunk) {
                writer.raw(index == 0 ? "\n" : ",\n")
                writer.figures(articles[index].figures, article: articles[index].article)
            }
            let bytes = writer.bytes
            parts.withLock { $0[c] = bytes }
        }
        var tail = Writer(names: names)
        tail.raw("\n],\"overall\":")
        tail.figures(report.overall, article: nil)
        tail.raw(",\n\"schema\":")
        tail.int(schema)
        tail.raw("}\n")
        var data = Data(head.bytes)
        for part in parts.withLock({ $0 }) { data.append(contentsOf: part) }
        data.append(contentsOf: tail.bytes)
        return data
    }

    /// JSON text into bytes.
    struct Writer {
        var bytes: [UInt8] = []
        /// The annotators' names, quoted, and their order by name (keys are sorted).
        let names: [[UInt8]]
        let byName: [Int]
        /// Each annotator's place in `byName`.
        let rank: [Int]

        init(names: [String]) {
            var quoted = Writer(names: [], byName: [], rank: [])
            self.names = names.map { name in
                quoted.bytes = []
                quoted.quoted(name)
                return quoted.bytes
            }
            byName = names.indices.sorted { names[$0] < names[$1] }
            var rank = [Int](repeating: 0, count: names.count)
            for (position, annotator) in byName.enumerated() { rank[annotator] = position }
            self.rank = rank
            bytes.reserveCapacity(1 << 16)
        }

        private init(names: [[UInt8]], byName: [Int], rank: [Int]) {
            self.names = names
            self.byName = byName
            self.rank = rank
        }

        mutating func raw(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        mutating func int(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            let first = bytes.count
            repeat {
                bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            bytes[first...].reverse()
        }

        /// The shortest text that reads back as the same Double; null for none.
        mutating func number(_ value: Double?) {
            guard let value, value.isFinite else { return raw("null") }
            bytes.append(contentsOf: value.description.utf8)
        }

        /// A JSON string: `"` and `\` escaped, control characters as \n, \t… or \u00XX, the rest as is.
        mutating func quoted(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    raw("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func name(_ index: Int) { bytes.append(contentsOf: names[index]) }

        /// `{a: count, b: count}` for two annotators (keys sorted).
        mutating func counts(_ a: Int, _ countA: Int, _ b: Int, _ countB: Int) {
            let (x, countX, y, countY) = rank[a] < rank[b] ? (a, countA, b, countB) : (b, countB, a, countA)
            raw("{")
            name(x)
            raw(":")
            int(countX)
            raw(",")
            name(y)
            raw(":")
            int(countY)
            raw("}")
        }

        /// `{name: count, …}` for every annotator (keys sorted).
        mutating func counts(_ all: [Int]) {
            raw("{")
            for (position, annotator) in byName.enumerated() {
                if position > 0 { raw(",") }
                name(annotator)
                raw(":")
                int(all[annotator])
            }
            raw("}")
        }

        mutating func reason(_ value: AgreementValue) {
            if let reason = value.reason { quoted(reason.rawValue) } else { raw("null") }
        }

        mutating func figures(_ figures: AgreementFigures, article: String?) {
            raw("{")
            if let article {
                raw("\"article\":")
                quoted(article)
                raw(",")
            }
            raw("\"pairs\":[")
            for (index, pair) in figures.pairs.enumerated() {
                if index > 0 { raw(",") }
                self.pair(pair)
            }
            raw("],\"quotations\":")
            counts(figures.quotations)
            let alpha = figures.speakers, value = alpha.value
            raw(",\"speakers\":{\"alpha\":")
            number(value.number)
            raw(",\"pairable\":")
            int(alpha.pairable)
            raw(",\"undefined\":")
            reason(value)
            raw(",\"units\":")
            int(alpha.units)
            raw("},\"units\":")
            int(figures.units)
            raw("}")
        }

        /// Labels in key order: upper case sorts before lower.
        static let labelOrder = EntityAgreement.labels.indices.sorted { EntityAgreement.labels[$0] < EntityAgreement.labels[$1] }

        mutating func pair(_ pair: PairAgreement) {
            raw("{\"annotators\":[")
            name(pair.first)
            raw(",")
            name(pair.second)
            raw("],\"entities\":{\"labels\":{")
            for (position, index) in Self.labelOrder.enumerated() {
                let counts = pair.entities.byLabel[index]
                if position > 0 { raw(",") }
                quoted(EntityAgreement.labels[index])
                raw(":{\"both\":")
                int(counts.both)
                raw(",\"counts\":")
                self.counts(pair.first, counts.first, pair.second, counts.second)
                raw(",\"f1\":")
                number(counts.f1)
                raw("}")
            }
            raw("},\"types\":")
            kappa(pair.entities.types)
            raw("},\"matched\":")
            int(pair.matched)
            raw(",\"speakers\":")
            kappa(pair.speakers)
            raw(",\"unmatched\":")
            counts(pair.first, pair.onlyFirst, pair.second, pair.onlySecond)
            raw("}")
        }

        mutating func kappa(_ kappa: CohensKappa) {
            let value = kappa.value
            raw("{\"agreed\":")
            int(kappa.agreed)
            raw(",\"compared\":")
            int(kappa.compared)
            raw(",\"kappa\":")
            number(value.number)
            raw(",\"undefined\":")
            reason(value)
            raw("}")
        }
    }
}
