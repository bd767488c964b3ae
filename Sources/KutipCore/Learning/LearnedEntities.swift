/// What the annotator's entity corrections teach about the texts they corrected: for each
/// corrected text (folded: case, diacritics and white space aside, `TextWords.key`), the type its
/// other mentions should have, or that they are no entity.
///
/// The rule when the annotator's corrections of one text disagree: the majority of their
/// corrections of that text over every article wins (each placed correction one vote, "no
/// entity" a vote like a type); a tie teaches nothing, and analysis's own type stands. The store
/// keeps no dates, so "the most recent" could not be told the same way after a restart.
///
/// Kept per article, so that a changed article's corrections replace only its own votes.
struct LearnedEntities: Equatable, Sendable {
    /// A corrected text and what its mentions should be.
    struct Rule: Equatable, Sendable {
        /// The folded words and what separates them, as `TextWords` gives them.
        var words: [String]
        var gaps: [String]
        /// The words written with a capital in the corrected text: a mention that analysis did
        /// not find is added only where these are capitalised too (`Barat` the West, not `barat`).
        var capitals: [Bool]
        /// Nil: no entity.
        var type: EntityType?
    }

    private struct Vote: Equatable, Sendable {
        var key: String
        var rule: Rule
    }

    private var votesOfArticle: [String: [Vote]] = [:]
    private var articlesOfKey: [String: Set<String>] = [:]
    /// The decided rules, by key.
    private(set) var rules: [String: Rule] = [:]
    /// The keys of the rules, by their first word.
    private(set) var keysByFirstWord: [String: [String]] = [:]

    var isEmpty: Bool { rules.isEmpty }

    /// Takes an article's corrections as they are now (replacing what it said before); returns
    /// whether any rule changed.
    @discardableResult
    mutating func learn(article: String, corrections: [EntityCorrection]) -> Bool {
        var votes: [Vote] = []
        for correction in corrections where !correction.unplaced {
            let text = TextWords(correction.anchor.text)
            guard !text.words.isEmpty else { continue }
            let rule = Rule(words: text.words.map(\.key), gaps: text.words.map(\.gap), capitals: text.words.map(\.capitalised),
                            type: correction.type)
            votes.append(Vote(key: text.key, rule: rule))
        }
        let old = votesOfArticle[article] ?? []
        guard old != votes else { return false }
        votesOfArticle[article] = votes.isEmpty ? nil : votes
        for vote in old {
            articlesOfKey[vote.key]?.remove(article)
            if articlesOfKey[vote.key]?.isEmpty == true { articlesOfKey[vote.key] = nil }
        }
        for vote in votes { articlesOfKey[vote.key, default: []].insert(article) }
        var changed = false
        for key in Set(old.map(\.key) + votes.map(\.key)) {
            let rule = decide(key)
            guard rules[key] != rule else { continue }
            changed = true
            let first = (rule ?? rules[key])!.words[0]
            rules[key] = rule
            if rule == nil {
                keysByFirstWord[first]?.removeAll { $0 == key }
                if keysByFirstWord[first]?.isEmpty == true { keysByFirstWord[first] = nil }
            } else if !(keysByFirstWord[first] ?? []).contains(key) {
                keysByFirstWord[first, default: []].append(key)
                // Longer phrases first, so the longest match wins.
                keysByFirstWord[first]!.sort { (rules[$0]!.words.count, $0) > (rules[$1]!.words.count, $1) }
            }
        }
        return changed
    }

    /// The majority of the votes on `key`, nil on a tie or no votes.
    private func decide(_ key: String) -> Rule? {
        var counts: [EntityType?: Int] = [:]
        var capitals: [Bool]?
        var shape: Rule?
        for article in (articlesOfKey[key] ?? []).sorted() {
            for vote in votesOfArticle[article] ?? [] where vote.key == key {
                counts[vote.rule.type, default: 0] += 1
                shape = shape ?? vote.rule
                // A word counts as capitalised when every correction wrote it so.
                capitals = capitals.map { zip($0, vote.rule.capitals).map { $0 && $1 } } ?? vote.rule.capitals
            }
        }
        guard var rule = shape else { return nil }
        let ranked = counts.sorted { $0.value > $1.value }
        guard ranked.count == 1 || ranked[0].value > ranked[1].value else { return nil }
        rule.type = ranked[0].key
        rule.capitals = capitals ?? rule.capitals
        return rule
    }
}
