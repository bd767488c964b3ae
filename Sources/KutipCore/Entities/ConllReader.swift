import Foundation

/// Reads token-per-line NER files into sentences of (word, tag) pairs, tags in IOB2 with the types
/// PER, LOC and ORG.
///
/// - idner-news-2k: `token POS NER`, single spaces, a blank line between sentences;
/// - NERGrit: `token<TAB>tag` with PERSON/PLACE/ORGANISATION, mapped to PER/LOC/ORG.
///
/// Both are read the same way: the first field is the token, the last the tag.
public enum ConllReader {
    public typealias Sentence = [(word: String, tag: String)]

    public static func read(path: String) throws -> [Sentence] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return parse(String(decoding: data, as: UTF8.self))
    }

    public static func parse(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var current: Sentence = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty {
                if !current.isEmpty { sentences.append(current); current = [] }
                continue
            }
            let word = String(fields[0])
            let tag = fields.count > 1 ? normalise(String(fields[fields.count - 1])) : "O"
            current.append((word: word, tag: tag))
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// `B-PERSON` → `B-PER`, `I-PLACE` → `I-LOC`, `B-ORGANISATION` → `B-ORG`; unknown types → `O`.
    static func normalise(_ tag: String) -> String {
        guard tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-") else { return "O" }
        let prefix = tag.prefix(2)
        switch tag.dropFirst(2) {
        case "PER", "PERSON": return prefix + "PER"
        case "LOC", "PLACE": return prefix + "LOC"
        case "ORG", "ORGANISATION", "ORGANIZATION": return prefix + "ORG"
        default: return "O"
        }
    }
}

/// Entity-level scoring as conlleval does it: chunks from IOB tags, a chunk correct only when its
/// span and type are both exact.
public struct EntityScore: Sendable {
    public var truePositives: [String: Int] = [:]
    public var predicted: [String: Int] = [:]
    public var gold: [String: Int] = [:]

    public init() {}

    /// conlleval's chunks: (first token, end token exclusive, type).
    public static func chunks(_ tags: [String]) -> [(start: Int, end: Int, type: String)] {
        var result: [(start: Int, end: Int, type: String)] = []
        var start = -1
        var type = ""
        for (i, tag) in tags.enumerated() {
            let prefix = tag.first
            let tagType = tag.count > 2 ? String(tag.dropFirst(2)) : ""
            let begins = prefix == "B" || (prefix == "I" && (start < 0 || tagType != type))
            let ends = start >= 0 && (tag == "O" || begins)
            if ends { result.append((start, i, type)); start = -1 }
            if begins { start = i; type = tagType }
        }
        if start >= 0 { result.append((start, tags.count, type)) }
        return result
    }

    public mutating func add(gold goldTags: [String], predicted predictedTags: [String]) {
        let g = Self.chunks(goldTags), p = Self.chunks(predictedTags)
        var goldSet = Set<String>()
        for c in g { gold[c.type, default: 0] += 1; goldSet.insert("\(c.start):\(c.end):\(c.type)") }
        for c in p {
            predicted[c.type, default: 0] += 1
            if goldSet.contains("\(c.start):\(c.end):\(c.type)") { truePositives[c.type, default: 0] += 1 }
        }
    }

    /// Precision, recall and F1 for one type, or for all (`nil`).
    public func prf(_ type: String? = nil) -> (precision: Double, recall: Double, f1: Double) {
        func total(_ d: [String: Int]) -> Int { type.map { d[$0] ?? 0 } ?? d.values.reduce(0, +) }
        let tp = Double(total(truePositives)), np = Double(total(predicted)), ng = Double(total(gold))
        let p = np > 0 ? tp / np : 0, r = ng > 0 ? tp / ng : 0
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    public var report: String {
        var lines: [String] = []
        for type in ["PER", "LOC", "ORG"] {
            let s = prf(type)
            lines.append("  \(type)" + String(format: "  P %.4f  R %.4f  F1 %.4f  (gold %ld, predicted %ld)", s.precision, s.recall, s.f1,
                                gold[type] ?? 0, predicted[type] ?? 0))
        }
        let s = prf()
        lines.append(String(format: "  all  P %.4f  R %.4f  F1 %.4f", s.precision, s.recall, s.f1))
        return lines.joined(separator: "\n")
    }
}
