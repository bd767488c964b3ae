/// What an annotator's tags teach the suggestions of every article, so that tagging one article
/// improves what the others suggest:
///
/// - Speakers: every name and alias in the registry is a known person (`KnownSpeakers`). Where
///   such a name is written in an article and analysis found no entity there (or took it for a
///   thing, MISC, or a full name of two words or more for a place, LOC), it is suggested as a
///   person (PER); the quotations are then found again over those entities, so
///   that a speaker the tagger missed is found as the speaker of the quotations attributed to
///   them. A suggested speaker who is a registry speaker (by name, alias or a near spelling)
///   takes the registry's name, so that accepting it tags that speaker.
/// - Entities: a text the annotator corrected (retyped, said to be no entity, or added) is
///   corrected the same way in its other mentions, in this and other articles, whole words, case
///   and diacritics aside (`LearnedEntities`, which also gives the rule when corrections disagree).
///   A mention that analysis found with exactly that span takes the type, or goes; where analysis
///   found nothing, a typed correction adds the entity; where analysis found an entity of another
///   extent, it stands.
///
/// Learned suggestions are suggestions (source auto): they are never written into the tags, and
/// never touch a span that overlaps one of the annotator's own entity corrections in the article.
public struct LearnedSuggestions: Equatable, Sendable {
    /// An article's words as learned suggestions look for names and corrected texts in them.
    public struct Words: Sendable {
        let text: TextWords
        public init(_ article: Article) { text = TextWords(article.scalars) }
    }

    private var entities = LearnedEntities()
    private var speakers = KnownSpeakers()
    /// Counts the changes that can change a suggestion, for callers that keep results.
    public private(set) var revision = 0

    public init() {}

    /// Learned from a registry and every article's tags.
    public init(speakers registry: SpeakerRegistry, tags: [ArticleAnnotations]) {
        learn(speakers: registry)
        for article in tags { learn(tags: article) }
    }

    /// Nothing learned: suggestions are analysis's own.
    public var isEmpty: Bool { entities.isEmpty && speakers.isEmpty }

    /// Takes the registry as it is now; returns whether that changed what is learned.
    @discardableResult
    public mutating func learn(speakers registry: SpeakerRegistry) -> Bool {
        let known = KnownSpeakers(registry)
        guard known != speakers else { return false }
        speakers = known
        revision += 1
        return true
    }

    /// Takes an article's tags as they are now, replacing what they taught before; returns
    /// whether that changed what is learned.
    @discardableResult
    public mutating func learn(tags: ArticleAnnotations) -> Bool {
        guard entities.learn(article: tags.article, corrections: tags.entities) else { return false }
        revision += 1
        return true
    }

    /// What the annotator's corrections say the mentions of `text` are: `.some(type)` (nil: no
    /// entity), or nil when they teach nothing about it.
    public func entityType(of text: String) -> EntityType?? {
        entities.rules[TextWords(text).key].map(\.type)
    }

    /// The registry speaker's name for a suggested speaker's name, if it names one (see
    /// `KnownSpeakers.speaker(for:)`).
    public func speakerName(for name: String) -> String? {
        speakers.speaker(for: name).map { speakers.names[$0] }
    }

    /// The name to show and accept for a suggested speaker: the registry speaker's, when the
    /// name or its corpus-wide canonical form (`canonical`) names one; else the canonical form.
    public func suggestedName(_ name: String, canonical: (String) -> String) -> String {
        if let known = speakerName(for: name) { return known }
        let form = canonical(name)
        return speakerName(for: form) ?? form
    }

    /// An article's analysis with what was learned applied. `tags` are the annotator's own tags
    /// on this article (their entity corrections are left alone); `requote` finds the
    /// quotations again over other entities (`ArticleAnalyzer.quotes(in:entities:)`; nil keeps
    /// analysis's quotations).
    public func applied(to analysis: ArticleAnalysis, of article: Article, tags: ArticleAnnotations?,
                        requote: ([EntitySpan]) -> [QuoteSpan]?) -> ArticleAnalysis {
        applied(to: analysis, of: article, words: nil, tags: tags, requote: requote)
    }

    /// The same, with the article's words read before (`Words(article)`), for a caller that
    /// applies what is learned to one article again and again.
    public func applied(to analysis: ArticleAnalysis, of article: Article, words prepared: Words?, tags: ArticleAnnotations?,
                        requote: ([EntitySpan]) -> [QuoteSpan]?) -> ArticleAnalysis {
        guard !isEmpty else { return analysis }
        let words = (prepared?.text ?? TextWords(article.scalars)).words
        let own = (tags?.entities ?? []).filter { !$0.unplaced }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        func isOwn(_ range: Range<Int>) -> Bool { own.contains { $0.overlaps(range) } }
        var result = analysis
        var entityList = analysis.entities
        var claimed: [Range<Int>] = []

        // Corrected texts.
        var i = 0
        while i < words.count {
            guard let match = entityRule(at: i, in: words) else { i += 1; continue }
            let range = words[i].range.lowerBound..<words[i + match.rule.words.count - 1].range.upperBound
            i += match.rule.words.count
            claimed.append(range)
            guard !isOwn(range) else { continue }
            if let exact = entityList.firstIndex(where: { $0.range == range }) {
                if let type = match.rule.type { entityList[exact].type = type } else { entityList.remove(at: exact) }
            } else if let type = match.rule.type, !entityList.contains(where: { $0.range.overlaps(range) }), match.capitalsHold {
                entityList.append(EntitySpan(start: range.lowerBound, end: range.upperBound, type: type))
            }
        }

        // Known people.
        var here: Set<Int> = []
        var memo: [String: [Int]] = [:]
        i = 0
        while i < words.count {
            guard words[i].capitalised else { i += 1; continue }
            let key = words[i].key
            let starts = memo[key] ?? speakers.patterns(startingLike: key)
            memo[key] = starts
            guard let (people, count) = longestName(starting: starts, at: i, in: words) else { i += 1; continue }
            let range = words[i].range.lowerBound..<words[i + count - 1].range.upperBound
            i += count
            // A surname two speakers share tells nothing about who the article names.
            if people.count == 1 { here.formUnion(people) }
            guard !isOwn(range), !claimed.contains(where: { $0.overlaps(range) }) else { continue }
            if let exact = entityList.firstIndex(where: { $0.range == range }) {
                // A name of two words or more that analysis took for a place or a thing is the
                // person; a body (ORG) may be a speaker too, and stands.
                let type = entityList[exact].type
                if type == .miscellaneous || type == .location && count >= 2 { entityList[exact].type = .person }
            } else if !entityList.contains(where: { $0.range.overlaps(range) }) {
                entityList.append(EntitySpan(start: range.lowerBound, end: range.upperBound, type: .person))
            }
        }

        entityList.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        if entityList != analysis.entities {
            result.entities = entityList
            if let quotes = requote(entityList) { result.quotes = quotes }
        }
        for index in result.quotes.indices {
            guard let name = result.quotes[index].speaker?.name,
                  let speaker = speakers.speaker(for: name, here: here) else { continue }
            result.quotes[index].speaker?.name = speakers.names[speaker]
        }
        return result
    }

    /// The longest corrected text starting at word `i`, and whether its capitals hold there.
    private func entityRule(at i: Int, in words: [TextWords.Word]) -> (rule: LearnedEntities.Rule, capitalsHold: Bool)? {
        guard let keys = entities.keysByFirstWord[words[i].key] else { return nil }
        for key in keys {
            let rule = entities.rules[key]!
            let n = rule.words.count
            guard i + n <= words.count else { continue }
            var matches = true
            for k in 1..<max(1, n) where words[i + k].key != rule.words[k] || words[i + k].gap != rule.gaps[k] {
                matches = false
                break
            }
            guard matches else { continue }
            let capitalsHold = (0..<n).allSatisfy { !rule.capitals[$0] || words[i + $0].capitalised }
            return (rule, capitalsHold)
        }
        return nil
    }

    /// Gaps a name's words may have between them: none (glued), a space, a hyphen, an initial's dot.
    private static let nameGaps: Set<String> = ["", " ", "-", ".", ". "]

    /// The longest known name starting at word `i`: the speakers it may be, and how many words
    /// it takes.
    private func longestName(starting candidates: [Int], at i: Int, in words: [TextWords.Word]) -> (Set<Int>, Int)? {
        var best: (Set<Int>, Int)?
        for index in candidates {
            let pattern = speakers.patterns[index].words
            let n = pattern.count
            guard i + n <= words.count, n >= (best?.1 ?? 0) else { continue }
            var matches = true
            for k in 1..<max(1, n) {
                let word = words[i + k]
                if word.gapHasLineBreak || !Self.nameGaps.contains(word.gap) || !NameSimilarity.sameWord(word.key, pattern[k]) {
                    matches = false
                    break
                }
            }
            guard matches, words[i + n - 1].capitalised else { continue }
            let speaker = speakers.patterns[index].speaker
            if let current = best, current.1 == n { best = (current.0.union([speaker]), n) } else { best = ([speaker], n) }
        }
        return best
    }
}
