import Foundation

/// Reads a brat standoff `.ann` file (as `kutip export --format brat` writes it, or as brat
/// itself saves it after a user's edits) into import items for `TagImport.merge`.
///
/// - `T` lines of type `PER`, `LOC`, `ORG` or `MISC` are entities; of type `Quotation`,
///   quotations; a span of several fragments (`s e;s e`, brat's way across line breaks) runs from
///   the first fragment's start to the last one's end.
/// - An `A` line `Kind Tn VALUE` gives a quotation's kind (direct, partial, unmarked, indirect);
///   a quotation without one is `direct`.
/// - A quotation's speaker is the name in its `AnnotatorNotes` note `speaker: NAME`; without
///   such a note, the text of the `Speaker` span that a `SaidBy` relation joins it to.
/// - Each `T` line's text must be the article's text at its offsets (code points, fragments
///   joined by a space, as brat writes them): otherwise the offsets point elsewhere, and the file
///   is refused.
/// - Anything else brat can hold that kutip has no place for (other entity types, relations,
///   attributes, events, normalisations, equivalences) is left out with a warning naming the
///   line; other notes are comments and left out quietly. A line that is not brat's grammar, a
///   span outside the text or a reference to an id the file lacks is an error naming the line.
public enum BratImport {
    /// A line that cannot be read, or does not fit the article: the file and line, and why.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var problem: String
        public var description: String { "\(file):\(line): \(problem)" }
    }

    /// What a `.ann` file holds for kutip, and the lines it left out (`file:line: why`).
    public struct Items: Equatable, Sendable {
        public var quotes: [TagImport.QuoteItem] = []
        public var entities: [TagImport.EntityItem] = []
        public var warnings: [String] = []
    }

    /// The entity types kutip tags.
    static let entityTypes: [String: EntityType] = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0.rawValue, $0) })

    /// Reads `content` (the `.ann` file `file`, for messages) against `article`'s text.
    public static func items(_ content: String, file: String, article: Article) throws(Problem) -> Items {
        struct Bound { var type: String; var range: Range<Int>; var text: String; var line: Int }
        var bounds: [String: Bound] = [:]
        var order: [String] = []
        var kinds: [String: QuoteKind] = [:]
        var notes: [String: String] = [:]
        var saidBy: [String: String] = [:]   // quotation id → speaker span id
        var result = Items()
        var lines: [(number: Int, text: Substring)] = []
        // "\r\n" is one Character: line ends of either kind end a line.
        for (index, text) in content.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if !text.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.append((index + 1, text)) }
        }
        func fail(_ line: Int, _ why: String) -> Problem { Problem(file: file, line: line, problem: why) }
        func skip(_ line: Int, _ why: String) { result.warnings.append("\(file):\(line): \(why)") }
        let scalars = article.scalars

        // Text-bound annotations first: other lines refer to them, in any order.
        for (number, line) in lines where line.first == "T" {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let space = fields[1].firstIndex(of: " ") else {
                throw fail(number, "not a brat text-bound line (\"T1\\tTYPE START END\\tTEXT\")")
            }
            let id = String(fields[0]), type = String(fields[1][..<space])
            var pieces: [Range<Int>] = []
            for piece in fields[1][fields[1].index(after: space)...].split(separator: ";", omittingEmptySubsequences: false) {
                let numbers = piece.split(separator: " ")
                guard numbers.count == 2, let start = Int(numbers[0]), let end = Int(numbers[1]), start >= 0, start <= end else {
                    throw fail(number, "\"\(piece)\" is not a span \"START END\"")
                }
                guard end <= scalars.count else {
                    throw fail(number, "span \(start)-\(end) is outside the article \(article.id.rawValue) (\(scalars.count) code points)")
                }
                pieces.append(start..<end)
            }
            let expected = pieces.map { article.text(from: $0.lowerBound, to: $0.upperBound) }.joined(separator: " ")
            guard sameText(expected, String(fields[2])) else {
                throw fail(number, "the text at \(pieces.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ";")) in article \(article.id.rawValue) is \"\(expected)\", the line says \"\(fields[2])\" (was the article changed after the export?)")
            }
            guard bounds[id] == nil else { throw fail(number, "the id \(id) is used twice") }
            bounds[id] = Bound(type: type, range: pieces.first!.lowerBound..<pieces.last!.upperBound, text: String(fields[2]), line: number)
            order.append(id)
        }

        for (number, line) in lines where line.first != "T" {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw fail(number, "not a brat annotation line (no tab after the id)") }
            let words = fields[1].split(separator: " ")
            switch line.first {
            case "A", "M":
                guard words.count >= 2, let target = bounds[String(words[1])] else {
                    throw fail(number, "the attribute names no text-bound annotation of this file")
                }
                guard words[0] == "Kind", target.type == "Quotation" else {
                    skip(number, "attribute \(words[0]) on \(target.type) left out (kutip reads Kind on a Quotation)")
                    continue
                }
                guard words.count == 3, let kind = QuoteKind(rawValue: String(words[2])) else {
                    throw fail(number, "Kind must be one of \(QuoteKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kinds[String(words[1])] = kind
            case "R":
                let arguments = words.dropFirst().map { $0.split(separator: ":", maxSplits: 1) }
                guard words.count == 3, arguments.allSatisfy({ $0.count == 2 }) else {
                    throw fail(number, "not a brat relation line (\"R1\\tTYPE Arg1:T1 Arg2:T2\")")
                }
                let ids = arguments.map { String($0[1]) }
                for id in ids where bounds[id] == nil { throw fail(number, "the relation names \(id), which this file does not hold") }
                let types = ids.map { bounds[$0]!.type }
                guard words[0] == "SaidBy", types == ["Quotation", "Speaker"] else {
                    skip(number, "relation \(words[0]) between \(types.joined(separator: " and ")) left out (kutip reads SaidBy from a Quotation to a Speaker)")
                    continue
                }
                saidBy[ids[0]] = ids[1]
            case "#":
                guard words.count >= 2, fields.count == 3, words[0] == "AnnotatorNotes",
                      bounds[String(words[1])]?.type == "Quotation", fields[2].hasPrefix("speaker: ") else { continue }
                let name = fields[2].dropFirst("speaker: ".count).trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { notes[String(words[1])] = name }
            case "E", "N", "*":
                skip(number, "brat \(line.first == "E" ? "event" : line.first == "N" ? "normalisation" : "equivalence") left out (kutip has no place for it)")
            default:
                throw fail(number, "not a brat annotation line (it starts with \"\(line.prefix(1))\")")
            }
        }

        for id in order {
            let bound = bounds[id]!
            if bound.type == "Quotation" {
                let speaker = notes[id] ?? saidBy[id].flatMap { bounds[$0]?.text }
                result.quotes.append(TagImport.QuoteItem(range: bound.range, kind: kinds[id] ?? .direct, speaker: speaker))
            } else if let type = entityTypes[bound.type] {
                result.entities.append(TagImport.EntityItem(range: bound.range, type: type))
            } else if bound.type != "Speaker" {
                skip(bound.line, "entity type \(bound.type) left out (kutip tags \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")) and Quotation)")
            }
        }
        return result
    }

    /// brat writes a span's text on one line: a line break inside a fragment becomes a space.
    private static func sameText(_ a: String, _ b: String) -> Bool {
        a == b || a.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
            .elementsEqual(b.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }

    /// Which `.ann` files of a folder are whose: `<id>.ann` is the article `id`'s;
    /// `<id>.<annotator>.ann` (an export of several annotators) is `annotator`'s tags on `id`.
    /// Given the corpus's article ids and the annotator importing, the files to read per article
    /// id, the files of other annotators, and the files that match no article.
    public static func files(_ names: [String], articleIDs: Set<String>, annotator: String)
        -> (mine: [String: [String]], others: [String], unmatched: [String])
    {
        var mine: [String: [String]] = [:]
        var others: [String] = [], unmatched: [String] = []
        for name in names.sorted() where name.hasSuffix(".ann") && !name.hasPrefix(".") {
            let stem = String(name.dropLast(4))
            if articleIDs.contains(stem) {
                mine[stem, default: []].append(name)
            } else if stem.hasSuffix("." + annotator), articleIDs.contains(String(stem.dropLast(annotator.count + 1))) {
                mine[String(stem.dropLast(annotator.count + 1)), default: []].append(name)
            } else if let dot = stem.lastIndex(of: "."), articleIDs.contains(String(stem[..<dot])) {
                others.append(name)
            } else {
                unmatched.append(name)
            }
        }
        return (mine, others, unmatched)
    }
}
