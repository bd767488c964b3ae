/// Which of `SpeechWords`' lists a lower-cased word is in, worked out once per token of an
/// article (`QuoteText.classes`), so that the quotation layer's many tests of a token against a
/// word list are a bit test instead of hashing the token's String each time.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    static let reportingVerbs = WordClasses(rawValue: 1 << 0)
    static let predicateWords = WordClasses(rawValue: 1 << 1)
    static let prefixLookalikes = WordClasses(rawValue: 1 << 2)
    static let connectives = WordClasses(rawValue: 1 << 3)
    static let titles = WordClasses(rawValue: 1 << 4)
    static let roleNouns = WordClasses(rawValue: 1 << 5)
    static let pronouns = WordClasses(rawValue: 1 << 6)
    static let places = WordClasses(rawValue: 1 << 7)
    static let phraseStops = WordClasses(rawValue: 1 << 8)
    static let groupOpeners = WordClasses(rawValue: 1 << 9)
    static let nameIntroducers = WordClasses(rawValue: 1 << 10)
    static let utteranceVerbs = WordClasses(rawValue: 1 << 11)
    static let directiveVerbs = WordClasses(rawValue: 1 << 12)
    static let firstPerson = WordClasses(rawValue: 1 << 13)
    static let verbsNeedingComplementiser = WordClasses(rawValue: 1 << 14)
    static let claimNouns = WordClasses(rawValue: 1 << 15)
    static let adverbs = WordClasses(rawValue: 1 << 16)
    static let demonstratives = WordClasses(rawValue: 1 << 17)
    static let leaderRoles = WordClasses(rawValue: 1 << 18)
    static let tagStems = WordClasses(rawValue: 1 << 19)
    static let clauseLinks = WordClasses(rawValue: 1 << 20)
    static let publicRoles = WordClasses(rawValue: 1 << 21)
    static let ordinaryCues = WordClasses(rawValue: 1 << 22)
    static let standingPairStarts = WordClasses(rawValue: 1 << 23)

    /// The lists, each with its bit.
    private static let lists: [(WordClasses, Set<String>)] = [
        (.reportingVerbs, SpeechWords.reportingVerbs), (.predicateWords, SpeechWords.predicateWords),
        (.prefixLookalikes, SpeechWords.prefixLookalikes), (.connectives, SpeechWords.connectives),
        (.titles, SpeechWords.titles), (.roleNouns, SpeechWords.roleNouns), (.pronouns, SpeechWords.pronouns),
        (.places, SpeechWords.places), (.phraseStops, SpeechWords.phraseStops), (.groupOpeners, SpeechWords.groupOpeners),
        (.nameIntroducers, SpeechWords.nameIntroducers), (.utteranceVerbs, SpeechWords.utteranceVerbs),
        (.directiveVerbs, SpeechWords.directiveVerbs), (.firstPerson, SpeechWords.firstPerson),
        (.verbsNeedingComplementiser, SpeechWords.verbsNeedingComplementiser), (.claimNouns, SpeechWords.claimNouns),
        (.adverbs, SpeechWords.adverbs), (.demonstratives, SpeechWords.demonstratives),
        (.leaderRoles, SpeechWords.leaderRoles), (.tagStems, SpeechWords.tagStems),
        (.clauseLinks, SpeechWords.clauseLinks), (.publicRoles, SpeakerStanding.publicRoles),
        (.ordinaryCues, SpeakerStanding.ordinaryCues), (.standingPairStarts, SpeakerStanding.pairStarts),
    ]

    /// Every listed word with its classes, in byte order.
    private static let words: [(word: String, classes: WordClasses)] = {
        var classesOf: [String: WordClasses] = [:]
        for (bit, words) in lists {
            for word in words { classesOf[word, default: []].insert(bit) }
        }
        return classesOf.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) }
    }()

    /// An index into `words` from the FNV-1a hash of each word's UTF-8 bytes.
    private static let index: HashIndex = {
        var index = HashIndex(capacity: words.count)
        for (i, entry) in words.enumerated() { index.insert(hash(entry.word), Int32(i)) }
        return index
    }()

    /// FNV-1a over the word's UTF-8 bytes (never 0).
    static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { bytes in
            var h = FeatureHash.seed
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return FeatureHash.nonzero(h)
        }
    }

    /// The lists `word` is in: found by its hash, then confirmed by comparing the word itself, so
    /// the answer is exactly the lists' `contains`.
    static func of(_ word: String) -> WordClasses { of(word, hash: hash(word)) }

    /// `of(word)` for a word whose `hash` is known.
    static func of(_ word: String, hash: UInt64) -> WordClasses { lookup.of(word, hash: hash) }

    /// The index and the words together, to be taken once before many look-ups (`QuoteText`
    /// looks up every token): reading the static tables at each look-up cost more than the
    /// look-up.
    struct Lookup {
        fileprivate let index: HashIndex
        fileprivate let words: [(word: String, classes: WordClasses)]

        /// `WordClasses.of(word, hash:)`.
        @inline(__always)
        func of(_ word: String, hash: UInt64) -> WordClasses {
            guard let found = index.value(for: hash) else { return [] }
            let entry = words[Int(found)]
            return entry.word == word ? entry.classes : []
        }
    }

    static let lookup = Lookup(index: index, words: words)
}
