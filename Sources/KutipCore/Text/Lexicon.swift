import Foundation

/// A set of known lower-cased words (data/lexicon/words-id.txt, made by scripts/build-lexicon.py),
/// which the tokenizer consults to make the split of a glued word certain: `sebagaiRusia` splits
/// because `sebagai` is known.
///
/// Words are kept as 64-bit polynomial hashes of their lower-cased code points in an open-addressing
/// table, so that the tokenizer can ask for any slice of a word (every prefix, every suffix) in
/// constant time without building a `String`.
public struct Lexicon: Sendable {
    let table: KeyTable
    /// How many different words the lexicon holds.
    public let count: Int

    /// A lexicon of the given words (compared lower-cased, so case does not matter).
    public init(words: some Sequence<String>) {
        var keys: [UInt64] = []
        for word in words {
            let scalars = Array(word.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            keys.append(WordKey.key(of: scalars[...]))
        }
        table = KeyTable(keys: keys)
        count = table.count
    }

    /// A lexicon with no words: no glued word is split unless its case makes the split plain.
    public static let empty = Lexicon(words: [String]())

    /// Whether the word (in any case; it is lower-cased first) is known.
    public func contains(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return false }
        return table.contains(WordKey.key(of: scalars[...]))
    }

    /// Whether the code points `scalars[range]`, lower-cased, are a known word.
    public func contains(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return table.contains(WordKey.key(of: scalars[range]))
    }

    @inline(__always)
    func contains(key: UInt64) -> Bool { table.contains(key) }

    /// Reads a lexicon file: one word a line; blank lines and lines starting with `#` are skipped.
    public static func load(from path: String) throws -> Lexicon {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        var words: [String] = []
        // Lines split on code points (the same lines as splitting Characters on "\n", "\r\n" and
        // "\r", without a grapheme-break test per character); Foundation's trimming, which costs
        // some 9,000 instructions a call, only for a line that may need it: one that starts or
        // ends with a space, a tab or a non-ASCII code point (`.whitespaces` holds no other ASCII).
        for line in text.unicodeScalars.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let first = line.first!.value, last = line.last!.value
            let plain = first < 0x80 && last < 0x80 && first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
            let word = plain ? String(Substring(line)) : Substring(line).trimmingCharacters(in: .whitespaces)
            if word.isEmpty || word.hasPrefix("#") { continue }
            words.append(word)
        }
        return Lexicon(words: words)
    }
}

/// The hash of a lower-cased word, and the arithmetic that gives the hash of any slice of a word
/// from its prefix hashes: `hash(w[i..<j]) = prefix[j] - prefix[i] * P^(j-i)` (mod 2^64).
enum WordKey {
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The lower-case code point used for hashing (the first one of its lower-case mapping).
    @inline(__always)
    static func lowered(_ scalar: Unicode.Scalar) -> UInt64 {
        let v = scalar.value
        if v < 0x80 { return UInt64(v >= 0x41 && v <= 0x5A ? v | 0x20 : v) }
        return UInt64(loweredSlow(scalar))
    }

    @inline(never)
    static func loweredSlow(_ scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.properties.changesWhenLowercased else { return scalar.value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value
    }

    @inline(__always)
    static func step(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        hash &* multiplier &+ lowered(scalar)
    }

    /// The table key of a polynomial hash of `length` code points: mixed, and never zero.
    @inline(__always)
    static func finish(_ hash: UInt64, length: Int) -> UInt64 {
        var z = hash &+ UInt64(truncatingIfNeeded: length) &* 0xD6E8_FEB8_6659_FD93
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }

    static func key(of scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0
        for scalar in scalars { hash = step(hash, scalar) }
        return finish(hash, length: scalars.count)
    }

    static func key(of word: String) -> UInt64 { key(of: Array(word.unicodeScalars)[...]) }

    /// `multiplier` to the powers 0 ..< `powers.count`.
    static func powers(upTo count: Int) -> [UInt64] {
        var result = [UInt64](repeating: 1, count: count)
        for index in result.indices.dropFirst() { result[index] = result[index - 1] &* multiplier }
        return result
    }
}

/// An open-addressing set of non-zero 64-bit keys (linear probing, load at most 1/4).
struct KeyTable: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    let count: Int

    init(keys: some Sequence<UInt64>) {
        let unique = Set(keys)
        var capacity = 16
        while capacity < unique.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for key in unique {
            var index = Int(truncatingIfNeeded: key) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = key
        }
        self.slots = slots
        self.mask = mask
        count = unique.count
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[index]
                if slot == key { return true }
                if slot == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }
}
