import Testing
@testable import KutipCore

struct PersonAliasesTests {
    private func aliases(_ mentions: [(String, String)]) -> PersonAliases {
        PersonAliases(mentions: mentions.map { PersonAliases.Mention(name: $0.0, article: $0.1) })
    }

    @Test func foldsCaseDiacriticsAndGluedWords() {
        #expect(PersonName("AlexanderLukashenko")?.words == ["alexander", "lukashenko"])
        #expect(PersonName("Zelenskyy")?.key == PersonName("ZELENSKYY")?.key)
        #expect(PersonName("Volodymyr Zelénskyy")?.key == "volodymyr zelenskyy")
        #expect(PersonName("Ma\u{0301}ria")?.key == "maria")
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

    @Test func oneWordSpellingsWithoutAFullNameGroupByTheMostFrequent() {
        let groups = aliases([("Lukashenko", "a"), ("Lukashenko", "b"), ("Lukahsneko", "c")])
        #expect(groups.canonicalName(of: "Lukahsneko", in: "c") == "Lukashenko")
        #expect(groups.people.count == 1)
        #expect(groups.people[0].spellings == ["Lukashenko", "Lukahsneko"])
    }
}
