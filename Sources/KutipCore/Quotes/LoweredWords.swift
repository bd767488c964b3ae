import Synchronization

/// The short ASCII words `QuoteText` has met, each with its lower-cased String, its
/// `WordClasses` and whether it looks like a predicate, so that a word met again costs one pass
/// over its code points and a look-up instead of a new String (making the String cost more than
/// the rest of `QuoteText`'s work on a token). What is kept depends on the word alone, so it
/// carries over from article to article (`LoweredWordCache`).
///
/// A word is found by `WordClasses.hash` of its lower-cased bytes and confirmed by the bytes
/// themselves, packed into two 64-bit words: only words of up to 16 code points are kept.
struct LoweredWords {
    static let longest = 16

    struct Entry {
        var word: String
        var classes: WordClasses
        var isPredicate: Bool
        var bytes: (UInt64, UInt64)
        var length: Int
    }

    private var index = HashIndex(capacity: 4096)
    private(set) var entries: [Entry] = []

    var count: Int { entries.count }

    /// The entry of the word with this hash, packed bytes and length, if kept.
    @inline(__always)
    func find(hash: UInt64, bytes: (UInt64, UInt64), length: Int) -> Int? {
        guard let found = index.value(for: hash) else { return nil }
        let entry = entries[Int(found)]
        return entry.length == length && entry.bytes == bytes ? Int(found) : nil
    }

    /// Keeps a word (a first one with its hash; another word with the same hash is not kept).
    mutating func add(_ entry: Entry, hash: UInt64) {
        guard index.value(for: hash) == nil else { return }
        index.insert(hash, Int32(entries.count))
        entries.append(entry)
    }
}

/// One `LoweredWords` kept by a `QuoteExtractor` and used by article after article, as
/// `ScorerCache` keeps the tagger's scorer: a caller that finds it in use (another thread) gets
/// nil and works with a fresh one. Emptied when it grows past `limit` words.
final class LoweredWordCache: Sendable {
    private let words = Mutex(LoweredWords())
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// `body` run on the shared words, or nil when another caller is using them.
    func withWords<Result: Sendable>(_ body: (inout LoweredWords) -> Result) -> Result? {
        words.withLockIfAvailable { words -> Result in
            if words.count > limit { words = LoweredWords() }
            return body(&words)
        }
    }
}
