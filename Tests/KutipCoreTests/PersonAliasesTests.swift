import Testing
@testable import KutipCore

struct PersonAliasesTests {
    @Test func aSpeakerOverlapsAnEntityExactlyWhenAScanWouldSaySo() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            var entities: [EntitySpan] = []
            var at = 0
            for _ in 0..<Int(rng.next() % 12) {
                at += Int(rng.next() % 6)
                let length = 1 + Int(rng.next() % 5)
                entities.append(EntitySpan(start: at, end: at + length, type: .person))
                at += length
            }
            for _ in 0..<20 {
                let start = Int(rng.next() % UInt64(at + 3))
                let range = start..<(start + 1 + Int(rng.next() % 4))
                #expect(PersonAliases.overlapsEntity(range, entities) == entities.contains { $0.range.overlaps(range) },
                        "\(range) in \(entities.map(\.range))")
            }
        }
    }

    private func aliases(_ mentions: [(String, String)]) -> PersonAliases {
        PersonAliases(mentions: mentions.map { PersonAliases.Mention(name: $0.0, article: $0.1) })
    }

    /// Spellings that were mentions are looked up by the key remembered for them: the answer
    /// must be the one a spelling folded afresh to the same key gets (and a spelling with no
    /// letters among the mentions names nobody).
    @Test func aMentionedSpellingFindsThePersonItsFoldedKeyFinds() {
        let people = aliases([("Alexander Lukashenko", "a"), ("BelarusAlexander Lukashenko", "a"), ("Lukashenko", "a"),
                              ("Lukashenko", "b"), ("Sri Mulyani", "b"), ("Mulyani", "c"), (" – ", "c"), ("Prabowo", "c")])
        let pairs = [("Alexander Lukashenko", "ALEXANDER LUKASHENKO"), ("Lukashenko", "lukashenko"),
                     ("Sri Mulyani", "SRI  mulyani"), ("Mulyani", "MULYANI"), ("Prabowo", "prabowo")]
        for (mentioned, fresh) in pairs {
            #expect(PersonName(mentioned)?.key == PersonName(fresh)?.key)
            for article in ["a", "b", "c", nil] {
                let found = people.person(named: mentioned, in: article)
                #expect(found != nil, "\(mentioned)")
                #expect(found == people.person(named: fresh, in: article), "\(mentioned) / \(fresh) in \(article ?? "-")")
            }
        }
        #expect(people.person(named: " – ", in: "c") == nil)
        #expect(people.canonicalName(of: "Lukashenko", in: "b") == "Alexander Lukashenko")
    }

    @Test func foldsCaseDiacriticsAndGluedWords() {
        #expect(PersonName("AlexanderLukashenko")?.words == ["alexander", "lukashenko"])
        #expect(PersonName("Zelenskyy")?.key == PersonName("ZELENSKYY")?.key)
        #expect(PersonName("Volodymyr Zelénskyy")?.key == "volodymyr zelenskyy")
        #expect(PersonName("Ma\u{0301}ria")?.key == "maria")
        // The all-ASCII reader and the general one split and fold alike (a middle dot, no letter,
        // sends the text to the general one).
        for name in ["O'Brien McDonald", "AlexanderLukashenko", "DeSantis  2024 KOMPAS", "a-b'c"] {
            #expect(PersonName(name)?.words == PersonName(name.replacingOccurrences(of: " ", with: "\u{B7}"))?.words, "\(name)")
        }
        #expect(PersonName("O’Brien")?.words == ["obrien"])
        #expect(PersonName(" – ") == nil)
    }

    @Test func toleratesMisspellingsAndTransliterationsButNotOtherNames() {
        #expect(NameSimilarity.sameWord("lukahsneko", "lukashenko"))
        #expect(NameSimilarity.sameWord("tsikhanouskaya", "tikhanouskaya"))
        #expect(NameSimilarity.sameWord("sviatlana", "svetlana"))
        #expect(!NameSimilarity.sameWord("lukashenko", "lukashevich"))
        #expect(!NameSimilarity.sameWord("ahmad", "ahmed"))
        #expect(!NameSimilarity.sameWord("lukashenko", "mukashenko"))
    }

    @Test func groupsTheSpellingsOfOnePersonAcrossTheCorpus() {
        let groups = aliases([
            ("Alexander Lukashenko", "a"), ("Lukashenko", "a"), ("Alexander Lukashenko", "b"),
            ("AlexanderLukashenko", "b"), ("BelarusAlexander Lukashenko", "c"), ("Lukahsneko", "c"),
            ("Sviatlana Tsikhanouskaya", "a"), ("Sviatlana Tsikhanouskaya", "c"), ("Svetlana Tikhanouskaya", "d"),
            ("Vadim Lukashevich", "d"), ("Lukashevich", "d"),
        ])
        for name in ["Lukashenko", "AlexanderLukashenko", "BelarusAlexander Lukashenko", "Lukahsneko", "LUKASHENKO"] {
            #expect(groups.canonicalName(of: name, in: "c") == "Alexander Lukashenko", "\(name)")
        }
        #expect(groups.canonicalName(of: "Svetlana Tikhanouskaya", in: "d") == "Sviatlana Tsikhanouskaya")
        #expect(groups.canonicalName(of: "Lukashevich", in: "d") == "Vadim Lukashevich")
        #expect(groups.person(named: "Lukashevich", in: "d") != groups.person(named: "Lukashenko", in: "d"))
        #expect(groups.canonicalName(of: "Nobody Known", in: "a") == "Nobody Known")
    }

    @Test func keepsPeopleWithOneSurnameApartWhenTheirGivenNamesDiffer() {
        let groups = aliases([("Alexander Lukashenko", "a"), ("Viktor Lukashenko", "b"), ("Lukashenko", "a"), ("Lukashenko", "b")])
        #expect(groups.canonicalName(of: "Viktor Lukashenko", in: "b") == "Viktor Lukashenko")
        // The surname alone is whoever the same article names.
        #expect(groups.canonicalName(of: "Lukashenko", in: "a") == "Alexander Lukashenko")
        #expect(groups.canonicalName(of: "Lukashenko", in: "b") == "Viktor Lukashenko")
        // An article that names neither leaves it open: both are named equally often.
        #expect(groups.canonicalName(of: "Lukashenko", in: "z") == "Lukashenko")
    }

    @Test func aOneWordNameJoinsThePersonByAnyOfTheirNames() {
        let groups = aliases([("Prabowo Subianto", "a"), ("Prabowo", "b"), ("Tito Karnavian", "a"), ("Tito", "a")])
        #expect(groups.canonicalName(of: "Prabowo", in: "b") == "Prabowo Subianto")
        #expect(groups.canonicalName(of: "Tito", in: "a") == "Tito Karnavian")
    }

    @Test func aTypingSlipIsASwapOrADoubledLetterOnly() {
        #expect(NameSimilarity.typingSlip("lukahsneko", "lukashenko"))
        #expect(NameSimilarity.typingSlip("lukashennko", "lukashenko"))
        #expect(NameSimilarity.typingSlip("salahudin", "salahuddin"))
        #expect(!NameSimilarity.typingSlip("chaidir", "chaidar"))
        #expect(!NameSimilarity.typingSlip("rasman", "rusman"))
        #expect(!NameSimilarity.typingSlip("syarifudin", "syaifuddin"))
        #expect(!NameSimilarity.typingSlip("lukashenko", "lukashenkoo" + "x"))
        #expect(!NameSimilarity.typingSlip("anis", "ansi"))  // too short for any slip
    }

    @Test func givenNamesThatDifferKeepTwoPeopleApartWhateverElseTheyShare() {
        let groups = aliases([("Mimin Dwi Hartono", "a"), ("Bambang Dwi Hartono", "b"), ("Teguh P. Nugroho", "c"),
                              ("Teguh Willy Nugroho", "d"), ("Anies Rasyid Baswedan", "e"), ("Anies Baswedan", "f"),
                              ("Joko W. Santoso", "g"), ("Joko Widodo Santoso", "h")])
        #expect(groups.canonicalName(of: "Mimin Dwi Hartono", in: "a") == "Mimin Dwi Hartono")
        #expect(groups.canonicalName(of: "Bambang Dwi Hartono", in: "b") == "Bambang Dwi Hartono")
        #expect(groups.person(named: "Teguh P. Nugroho", in: "c") != groups.person(named: "Teguh Willy Nugroho", in: "d"))
        // Fewer given names, all among the other's (or initials of them): one person.
        #expect(groups.person(named: "Anies Baswedan", in: "f") == groups.person(named: "Anies Rasyid Baswedan", in: "e"))
        #expect(groups.person(named: "Joko W. Santoso", in: "g") == groups.person(named: "Joko Widodo Santoso", in: "h"))
    }

    @Test func aVariantSpellingJoinsSomeoneOfTheSameArticleOnly() {
        let groups = aliases([("Al Chaidar", "a"), ("Chaidar", "a"), ("Chaidir", "b"), ("Rusman Emba", "c"), ("Rasman", "d"),
                              ("Rasman", "c")])
        // Another article's `Chaidir` is someone else; a vowel apart is no typing slip.
        #expect(groups.canonicalName(of: "Chaidir", in: "b") == "Chaidir")
        // Within the article that names Rusman Emba, `Rasman` is taken for him.
        #expect(groups.canonicalName(of: "Rasman", in: "c") == "Rusman Emba")
    }

    @Test func oneWordSpellingsWithoutAFullNameGroupByTheMostFrequent() {
        let groups = aliases([("Lukashenko", "a"), ("Lukashenko", "b"), ("Lukahsneko", "c")])
        #expect(groups.canonicalName(of: "Lukahsneko", in: "c") == "Lukashenko")
        #expect(groups.people.count == 1)
        #expect(groups.people[0].spellings == ["Lukashenko", "Lukahsneko"])
    }
}

struct CorpusSpeakersTests {
    /// An article whose people are marked at the given words, with one quotation said by
    /// `speakerWord` (its name as the article gives it).
    private func analysed(_ id: String, _ text: String, people: [String], speakerWord: String)
        -> (article: Article, analysis: ArticleAnalysis) {
        let article = Article(id: ArticleID(id), source: id + ".txt", text: text)
        let scalars = article.scalars
        func range(of word: String) -> Range<Int> {
            let target = Array(word.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
            return start..<(start + target.count)
        }
        let entities = people.map { EntitySpan(start: range(of: $0).lowerBound, end: range(of: $0).upperBound, type: .person) }
        let mention = range(of: speakerWord)
        let quote = QuoteSpan(start: 1, end: 5, kind: .direct,
                              speaker: SpeakerSuggestion(name: speakerWord, mention: mention, confidence: 0.9))
        return (article, ArticleAnalysis(entities: entities, quotes: [quote]))
    }

    @Test func speakersTakeTheCanonicalNameFromTheWholeCorpus() {
        // A curly quote and a wide character before the names keep offsets in code points.
        let first = analysed("a", "“Kami siap,” kata Alexander Lukashenko di 明斯克.", people: ["Alexander Lukashenko"],
                             speakerWord: "Alexander Lukashenko")
        let second = analysed("b", "“Tidak,” kata Lukahsneko. Lukahsneko bertemu Vadim Lukashevich.",
                              people: ["Lukahsneko", "Vadim Lukashevich"], speakerWord: "Lukahsneko")
        let third = analysed("c", "“Ya,” kata Lukashevich kepada wartawan.", people: ["Lukashevich"], speakerWord: "Lukashevich")
        let aliases = PersonAliases(analyses: [first, second, third])
        #expect(aliases.canonicalised(second.analysis, of: second.article).quotes[0].speaker?.name == "Alexander Lukashenko")
        #expect(aliases.canonicalised(third.analysis, of: third.article).quotes[0].speaker?.name == "Vadim Lukashevich")
        // The mention span and confidence are kept as analysis gave them.
        #expect(aliases.canonicalised(second.analysis, of: second.article).quotes[0].speaker?.mention
                == second.analysis.quotes[0].speaker?.mention)
    }

    /// `kutip analyze` keeps only the printed articles: their mentions and renamed speakers must
    /// be those made from the articles and their analyses.
    @Test func printedArticlesGiveTheSameMentionsAndSpeakers() {
        let first = analysed("a", "“Kami siap,” kata Alexander Lukashenko di 明斯克.", people: ["Alexander Lukashenko"],
                             speakerWord: "Alexander Lukashenko")
        let second = analysed("b", "“Tidak,” kata Lukahsneko. Lukahsneko bertemu Vadim Lukashevich.",
                              people: ["Lukahsneko", "Vadim Lukashevich"], speakerWord: "Lukahsneko")
        let printed = [first, second].map { AnalyzedArticle(path: "p", article: $0.article, analysis: $0.analysis) }
        #expect(PersonAliases.mentions(in: printed[1], analysis: second.analysis)
                == PersonAliases.mentions(in: second.article, analysis: second.analysis))
        let aliases = PersonAliases(analyses: [first, second])
        #expect(aliases.canonicalised(printed[1])
                == AnalyzedArticle(path: "p", article: second.article, analysis: aliases.canonicalised(second.analysis, of: second.article)))
        #expect(aliases.canonicalised(printed[1]).quotes[0].speaker == "Alexander Lukashenko")
    }

    @Test func aNamedSpeakerTheTaggerMissedStillCountsAsAPerson() {
        let quoted = analysed("a", "“Kami siap,” kata Serhiy Nayev. Nayev menambahkan.", people: [], speakerWord: "Serhiy Nayev")
        let aliases = PersonAliases(analyses: [quoted])
        #expect(aliases.canonicalName(of: "Nayev", in: "a") == "Serhiy Nayev")
    }
}

struct KnownNamesTests {
    @Test func aGroupTakesTheUsualNameTheGazetteerGivesOverTheCommonestSpelling() {
        let mentions = [("Svetlana Tikhanouskaya", "a"), ("Svetlana Tikhanouskaya", "b"), ("Sviatlana Tsikhanouskaya", "c")]
            .map { PersonAliases.Mention(name: $0.0, article: $0.1) }
        #expect(PersonAliases(mentions: mentions).canonicalName(of: "Tikhanouskaya", in: "a") == "Svetlana Tikhanouskaya")
        let known = [PersonName("Sviatlana Tsikhanouskaya")!.key: "Sviatlana Tsikhanouskaya"]
        #expect(PersonAliases(mentions: mentions, knownNames: known).canonicalName(of: "Tikhanouskaya", in: "a") == "Sviatlana Tsikhanouskaya")
    }
}
