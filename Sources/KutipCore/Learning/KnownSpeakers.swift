/// The annotator's speakers as names to look for: every name and alias in the registry, for
/// turning a suggested speaker into the registry's speaker, and those written as a person's
/// name, for finding the person in any article's text.
///
/// A spelling is taken as a person's name when, past titles in front (`Presiden`), it is one or
/// more capitalised words with no role, title, group or place word in it (`Dmitry Peskov`, not
/// `Juru bicara Kremlin` or `para demonstran`). Such a name is looked for with its words spelt
/// alike as `NameSimilarity` judges (`Dmitri Peskov` = `Dmitry Peskov`), and so is the last word
/// of a name of two words or more (`Peskov`); a one-word spelling is looked for only when the
/// speaker also has a longer name (an alias `Lukahsneko` of `Alexander Lukashenko`), since a
/// one-word speaker may be a body (`Interfax`).
struct KnownSpeakers: Equatable, Sendable {
    /// One way of writing a person that is looked for in the text.
    struct Pattern: Equatable, Sendable {
        /// Folded words.
        var words: [String]
        var speaker: Int
    }

    /// The registry's speakers, in its order.
    private(set) var names: [String] = []
    /// Folded key of every name and alias → the speaker.
    private var byKey: [String: Int] = [:]
    private(set) var patterns: [Pattern] = []
    /// Pattern indices by the first letter of their first word.
    private var patternsByInitial: [Unicode.Scalar: [Int]] = [:]
    /// The name-like spellings of two words or more, for matching a suggested name.
    private var longNames: [(name: PersonName, speaker: Int)] = []
    /// Each word of a name-like spelling, to the speakers having it.
    private var speakersOfWord: [String: Set<Int>] = [:]

    static func == (a: KnownSpeakers, b: KnownSpeakers) -> Bool { a.names == b.names && a.byKey == b.byKey && a.patterns == b.patterns }

    init(_ registry: SpeakerRegistry = SpeakerRegistry()) {
        for speaker in registry.speakers {
            let index = names.count
            names.append(speaker.name)
            var nameLike: [[String]] = []
            for spelling in [speaker.name] + speaker.aliases {
                if let key = PersonName(spelling)?.key, byKey[key] == nil { byKey[key] = index }
                if let words = Self.personWords(spelling) { nameLike.append(words) }
            }
            let hasLongName = nameLike.contains { $0.count >= 2 }
            var seen: Set<[String]> = []
            for words in nameLike {
                for word in words { speakersOfWord[word, default: []].insert(index) }
                if words.count >= 2 {
                    longNames.append((PersonName(words.joined(separator: " "))!, index))
                    if seen.insert([words.last!]).inserted { patterns.append(Pattern(words: [words.last!], speaker: index)) }
                }
                guard words.count >= 2 || hasLongName, seen.insert(words).inserted else { continue }
                patterns.append(Pattern(words: words, speaker: index))
            }
        }
        for (index, pattern) in patterns.enumerated() {
            patternsByInitial[pattern.words[0].unicodeScalars.first!, default: []].append(index)
        }
    }

    var isEmpty: Bool { names.isEmpty }

    /// The folded words of a spelling that names a person, without titles in front; nil for one
    /// that does not look like a person's name.
    static func personWords(_ spelling: String) -> [String]? {
        var words = TextWords(spelling).words
        while let first = words.first, words.count > 1, SpeechWords.titles.contains(first.key) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        for word in words {
            guard word.capitalised, word.key.unicodeScalars.allSatisfy({ $0.isLetterLike }),
                  !SpeechWords.titles.contains(word.key), !SpeechWords.roleNouns.contains(word.key),
                  !SpeechWords.groupOpeners.contains(word.key), !SpeechWords.places.contains(word.key),
                  !SpeechWords.pronouns.contains(word.key) else { return nil }
        }
        return words.map(\.key)
    }

    /// The patterns whose first word may be `key` (spelt alike).
    func patterns(startingLike key: String) -> [Int] {
        guard let initial = key.unicodeScalars.first else { return [] }
        return (patternsByInitial[initial] ?? []).filter { NameSimilarity.sameWord(patterns[$0].words[0], key) }
    }

    /// The speaker a suggested name stands for: the one with that name or alias (case,
    /// diacritics and glued words aside); else, for a name written as a person's, the one
    /// person whose name it is spelt alike (`Dmitri Peskov`, `Peskov`, `Lukahsneko`), among
    /// several the one `here` holds (the speakers named in the article).
    func speaker(for name: String, here: Set<Int> = []) -> Int? {
        guard let folded = PersonName(name) else { return nil }
        if let known = byKey[folded.key] { return known }
        guard let words = Self.personWords(name), !words.isEmpty else { return nil }
        var candidates: Set<Int> = []
        if words.count >= 2 {
            let written = PersonName(words.joined(separator: " "))!
            for long in longNames where PersonAliases.samePerson(long.name, written) { candidates.insert(long.speaker) }
        } else {
            for (word, speakers) in speakersOfWord where NameSimilarity.sameWord(word, words[0]) { candidates.formUnion(speakers) }
        }
        if candidates.count == 1 { return candidates.first }
        let local = candidates.intersection(here)
        return local.count == 1 ? local.first : nil
    }
}
