import Foundation

/// Names kutip knows in advance — countries, cities and regions, institutions, outlets, well-known
/// people, events and platforms — read from the plain-text files in `data/gazetteer/`
/// (`NAME<TAB>TYPE[<TAB>CANONICAL]`, `#` comments; data/gazetteer/README.md).
///
/// Names are matched token by token over the tokenizer's tokens, as written or in capitals
/// (`JAKARTA` matches `Jakarta`), longest name first.
public struct Gazetteer: Sendable {
    public static let folder = "gazetteer"

    /// One name of a file.
    public struct Entry: Sendable, Hashable {
        /// The name as written in the file.
        public var name: String
        public var type: EntityType
        /// The usual name it stands for (the third column), or the name itself.
        public var canonical: String
    }

    /// A malformed line: names the file and the 1-based line.
    public struct FormatError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int
        public var problem: String
        public var description: String { "\(file):\(line): \(problem)" }
    }

    /// A name found in a text: the tokens it covers (indices into the token array) and its entry.
    public struct Match: Sendable, Hashable {
        public var tokens: Range<Int>
        public var entry: Int
    }

    public private(set) var entries: [Entry] = []
    /// Each entry's words as hashes of their code points (plus an all-capitals variant), by the
    /// hash of the first word: (entry, word hashes), longest first.
    private var byFirstWord: [UInt64: [(entry: Int, words: [UInt64])]] = [:]
    /// `byFirstWord`'s lists, by their first word's hash (a `HashIndex` into `candidateLists`): the
    /// look-up done for every token of every article, without hashing the key again.
    private var firstWords = HashIndex(capacity: 16)
    /// One bit per value of a first word's hash modulo 8192: a token whose bit is clear starts no
    /// name, answered from 1 KB that stays in the cache instead of a probe of `firstWords`.
    private var firstWordBits = [UInt64](repeating: 0, count: 128)
    private var candidateLists: [[(entry: Int, words: [UInt64])]] = []
    private var longest = 0

    public init() {}

    /// Builds a gazetteer of `entries`, splitting each name into words with `tokenizer`.
    public init(entries: [Entry], tokenizer: Tokenizer) {
        self.entries = entries
        for (index, entry) in entries.enumerated() {
            let scalars = entry.name.scalarArray
            let words = tokenizer.tokens(in: scalars).map { scalars[$0.start..<$0.end] }
            guard !words.isEmpty else { continue }
            var variants = [words.map { FeatureHash.of($0) }]
            let upper = words.map { FeatureHash.of(String(scalars: $0).uppercased().scalarArray[...]) }
            if upper != variants[0] { variants.append(upper) }
            for hashes in variants {
                byFirstWord[hashes[0], default: []].append((index, hashes))
            }
            longest = max(longest, words.count)
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        firstWords = HashIndex(capacity: byFirstWord.count)
        for (key, candidates) in byFirstWord where key != 0 {  // 0 is looked up in `byFirstWord` itself
            candidateLists.append(candidates)
            firstWords.insert(key, Int32(candidateLists.count - 1))
            firstWordBits[Int(key & 8191) >> 6] |= 1 << (key & 63)
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Reads every `*.tsv` file of `folder` (sorted by name).
    public static func load(folder: String, tokenizer: Tokenizer) throws -> Gazetteer {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tsv") }.sorted()
        var entries: [Entry] = []
        for file in files { entries += try read(path: folder + "/" + file) }
        return Gazetteer(entries: entries, tokenizer: tokenizer)
    }

    /// The entries of one file.
    public static func read(path: String) throws -> [Entry] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// The entries of a file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(FormatError) -> [Entry] {
        var entries: [Entry] = []
        // Split on code points: in Swift "\r\n" is one Character.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Substring($0.last == "\r" ? $0.dropLast() : $0[...]) }
        for (number, line) in lines.enumerated() {
            // Blank lines and tab-separated fields found on code points: a space or a tab is always
            // a Character of its own (a following combining mark makes the Character neither).
            if line.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false).map(Substring.init)
            func fail(_ problem: String) -> FormatError { FormatError(file: file, line: number + 1, problem: problem) }
            guard fields.count == 2 || fields.count == 3 else {
                throw fail("expected NAME<TAB>TYPE or NAME<TAB>TYPE<TAB>CANONICAL, got \(fields.count) field(s) in \"\(line)\"")
            }
            let name = trimmed(fields[0])
            guard !name.isEmpty else { throw fail("empty name") }
            guard let type = EntityType(rawValue: trimmed(fields[1])) else {
                throw fail("unknown type \"\(fields[1])\" (PER, LOC, ORG or MISC)")
            }
            let canonical = fields.count == 3 ? trimmed(fields[2]) : name
            entries.append(Entry(name: name, type: type, canonical: canonical.isEmpty ? name : canonical))
        }
        return entries
    }

    /// Without leading and trailing spaces and tabs (cheaper than Foundation's trimming).
    static func trimmed(_ text: Substring) -> String {
        var t = text[...]
        while let c = t.first, c == " " || c == "\t" { t = t.dropFirst() }
        while let c = t.last, c == " " || c == "\t" { t = t.dropLast() }
        return String(t)
    }

    /// The names in a token sequence, left to right, the longest at each place, never overlapping.
    /// `hashes` are the tokens' code-point hashes (`FeatureHash.of`).
    public func matches(hashes: [UInt64]) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < hashes.count {
            let h = hashes[i]
            guard h == 0 || firstWordBits[Int(h & 8191) >> 6] & (1 << (h & 63)) != 0 else { i += 1; continue }
            let candidates = h == 0 ? byFirstWord[0] : firstWords.value(for: h).map { candidateLists[Int($0)] }
            if let candidates,
               let found = candidates.first(where: { c in
                   i + c.words.count <= hashes.count && (1..<c.words.count).allSatisfy { hashes[i + $0] == c.words[$0] }
               }) {
                result.append(Match(tokens: i..<i + found.words.count, entry: found.entry))
                i += found.words.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// The names among `tokens` of `scalars`.
    public func matches(in scalars: [Unicode.Scalar], tokens: [Token]) -> [Match] {
        matches(hashes: tokens.map { FeatureHash.of(scalars[$0.start..<$0.end]) })
    }
}

/// A plain word list: one word a line; blank lines and `#` comments skipped.
enum WordList {
    static func read(path: String) throws -> [String] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        // Split on the line-break bytes, not by Character (which costs a grapheme break test per
        // character): a line feed or carriage return is always a character of its own (or the
        // two together), and the empty pieces between them are dropped either way.
        return text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D })
            .map { Gazetteer.trimmed(Substring($0)) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
