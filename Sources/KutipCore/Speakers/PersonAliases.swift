/// One person, many names: the alias groups of the people named across a corpus.
///
/// Built from every person mention (entity texts and speaker names) with the article it is in:
/// - names of two words or more are one person when their last words are the same word
///   (`NameSimilarity`) and every given name of the one with fewer given names is among the
///   other's (`Alexander Lukashenko` = `BelarusAlexander Lukashenko`; `Vadim Lukashevich` stays
///   apart, and so do `Viktor Lukashenko` and `Mimin Dwi Hartono` / `Bambang Dwi Hartono`);
/// - a one-word name (`Lukashenko`, `Lukahsneko`, `Prabowo`) joins the person whose name has
///   that word, or a variant of it (`sameWord`) when that person is named in the same article,
///   or a typing slip of it (`typingSlip`) when they are named elsewhere (`Chaidir` in one
///   article is not `Al Chaidar` of another); when several people do, the one named in the same
///   article wins, else the one named far more often in the corpus, else the word stays a person
///   of its own;
/// - one-word names no longer name joins are grouped with each other by the same rules (a
///   variant within one article, a slip across articles).
/// The canonical name of a group is the usual name the gazetteer gives one of its spellings, else
/// its most frequent spelling of two words or more (typed with its spaces when one is), or its
/// most frequent one-word spelling when it has no longer one.
public struct PersonAliases: Sendable {
    /// A person mention: the name as written and the article it is in.
    public struct Mention: Hashable, Sendable {
        public var name: String
        public var article: String
        public init(name: String, article: String) {
            self.name = name
            self.article = article
        }
    }

    /// A person: every spelling seen, and the one to show.
    public struct Person: Sendable, Equatable {
        public var canonicalName: String
        /// The folded keys (`PersonName.key`) of every spelling of this person.
        public var keys: Set<String>
        /// The spellings as written, most frequent first.
        public var spellings: [String]
    }

    public private(set) var people: [Person] = []
    /// Folded key of a name of two words or more, or of a one-word name with one reading, to
    /// its person.
    private var personOfKey: [String: Int] = [:]
    /// One-word keys that could be several people: their candidates, and per article the one
    /// that article names.
    private var ambiguous: [String: [Int]] = [:]
    private var articlesOfPerson: [Int: Set<String>] = [:]
    /// Each word of a name of two words or more, to the people whose names have it: for
    /// one-word names that were never a mention themselves.
    private var peopleOfWord: [String: [Int]] = [:]
    private var mentionsOfPerson: [Int: Int] = [:]

    /// Each spelling mentioned (as written) to its `PersonName.key`, so that looking a mentioned
    /// spelling up again needs no folding.
    private var keyOfSpelling: [String: String] = [:]
    /// Each spelling mentioned whose key is one person's (`personOfKey`), to that person: one
    /// look-up instead of two for the speakers `kutip analyze` renames.
    private var personOfSpelling: [String: Int] = [:]

    /// The mentions of one folded name: how many, each way it is written, and the articles.
    private struct Spelling {
        var count = 0; var written: [String: Int] = [:]; var articles: Set<String> = []
        /// The article last inserted into `articles`: mentions come article by article, so most
        /// repeat it and need no set insertion.
        var lastArticle: String?
    }

    private static func count(_ mention: Mention, in spelling: inout Spelling) {
        spelling.count += 1
        spelling.written[mention.name, default: 0] += 1
        if spelling.lastArticle != mention.article {
            spelling.articles.insert(mention.article)
            spelling.lastArticle = mention.article
        }
    }

    /// `knownNames`: `PersonName.key` of a spelling → the person's usual name (from the
    /// gazetteer); a group holding such a spelling takes that name as its canonical one.
    public init(mentions: [Mention], knownNames: [String: String] = [:]) {
        var spellings: [String: Spelling] = [:]
        var names: [String: PersonName] = [:]
        // A spelling is folded into its words and key once, however often it is mentioned (one
        // key holds one list of words, so the first name stored for a key is the name of all).
        var failed: Set<String> = []
        for mention in mentions {
            let key: String
            if let known = keyOfSpelling[mention.name] {
                key = known
            } else {
                guard !failed.contains(mention.name) else { continue }
                guard let name = PersonName(mention.name) else {
                    failed.insert(mention.name)
                    continue
                }
                key = name.key
                keyOfSpelling[mention.name] = key
                if names[key] == nil { names[key] = name }
            }
            Self.count(mention, in: &spellings[key, default: Spelling()])
        }
        let long = names.values.filter { $0.words.count >= 2 }.sorted { $0.key < $1.key }
        let single = names.values.filter { $0.words.count == 1 }.sorted { $0.key < $1.key }

        // Long names: join those that are one person, comparing only names whose last words
        // start alike.
        var union = UnionFind(count: long.count)
        let byInitial = Dictionary(grouping: long.indices) { long[$0].lastWord.unicodeScalars.first! }
        for indices in byInitial.values {
            for (n, i) in indices.enumerated() {
                for j in indices[(n + 1)...] where Self.samePerson(long[i], long[j]) { union.join(i, j) }
            }
        }
        var members: [[String]] = union.groups().map { $0.map { long[$0].key } }
        // Which long-name people have each word, for the one-word names.
        var peopleOfWord: [String: Set<Int>] = [:]
        for (group, keys) in members.enumerated() {
            for key in keys { for word in names[key]!.words { peopleOfWord[word, default: []].insert(group) } }
        }
        self.peopleOfWord = peopleOfWord.mapValues { $0.sorted() }
        let wordsByInitial = Dictionary(grouping: peopleOfWord.keys) { $0.unicodeScalars.first! }
        var loneSingles: [PersonName] = []
        var singleCandidates: [String: [Int]] = [:]
        // The long-name people each article names, for spellings that vary within one article.
        var peopleOfArticle: [String: Set<Int>] = [:]
        for (group, keys) in members.enumerated() {
            for key in keys { for article in spellings[key]!.articles { peopleOfArticle[article, default: []].insert(group) } }
        }
        for name in single {
            let word = name.lastWord
            var candidates = peopleOfWord[word] ?? []
            if candidates.isEmpty {
                // A spelling that differs: any tolerated variant (`NameSimilarity.sameWord`) of a
                // person named in the same article; only a typing slip of someone named elsewhere.
                let here = spellings[name.key]!.articles.reduce(into: Set<Int>()) { $0.formUnion(peopleOfArticle[$1] ?? []) }
                for other in wordsByInitial[word.unicodeScalars.first!] ?? [] where NameSimilarity.sameWord(word, other) {
                    let people = peopleOfWord[other]!
                    candidates.formUnion(NameSimilarity.typingSlip(word, other) ? people : people.intersection(here))
                }
            }
            if candidates.isEmpty { loneSingles.append(name) } else { singleCandidates[name.key] = candidates.sorted() }
        }
        // One-word names nobody longer has: grouped among themselves, compared within an initial.
        var singleUnion = UnionFind(count: loneSingles.count)
        for indices in Dictionary(grouping: loneSingles.indices, by: { loneSingles[$0].lastWord.unicodeScalars.first! }).values {
            for (n, i) in indices.enumerated() {
                for j in indices[(n + 1)...] {
                    let a = loneSingles[i], b = loneSingles[j]
                    let together = !spellings[a.key]!.articles.isDisjoint(with: spellings[b.key]!.articles)
                    if together ? NameSimilarity.sameWord(a.lastWord, b.lastWord) : NameSimilarity.typingSlip(a.lastWord, b.lastWord) {
                        singleUnion.join(i, j)
                    }
                }
            }
        }
        members += singleUnion.groups().map { $0.map { loneSingles[$0].key } }

        func mentionCount(_ group: Int) -> Int { members[group].reduce(0) { $0 + spellings[$1]!.count } }
        for (key, candidates) in singleCandidates.sorted(by: { $0.key < $1.key }) {
            if candidates.count == 1 {
                members[candidates[0]].append(key)
                continue
            }
            ambiguous[key] = candidates.sorted { mentionCount($0) > mentionCount($1) }
        }
        for (group, keys) in members.enumerated() {
            var written: [String: Int] = [:]
            var articles: Set<String> = []
            for key in keys {
                for (text, count) in spellings[key]!.written { written[text, default: 0] += count }
                articles.formUnion(spellings[key]!.articles)
                personOfKey[key] = group
            }
            let ordered = written.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            // Prefer a spelling of two words or more, and one typed with its spaces.
            func words(_ text: String) -> Int { PersonName(text)?.words.count ?? 0 }
            func spaced(_ text: String) -> Bool { text.split(separator: " ").count == words(text) }
            let known = keys.compactMap { knownNames[$0] }.sorted()
            let canonical = known.first ?? ordered.first { words($0) >= 2 && spaced($0) } ?? ordered.first { words($0) >= 2 } ?? ordered[0]
            people.append(Person(canonicalName: canonical, keys: Set(keys), spellings: ordered))
            articlesOfPerson[group] = articles
            mentionsOfPerson[group] = mentionCount(group)
        }
        for (spelling, key) in keyOfSpelling {
            if let person = personOfKey[key] { personOfSpelling[spelling] = person }
        }
    }

    /// Whether two names of two words or more name one person: their last words are one word
    /// (`NameSimilarity.sameWord`), and every given name of the one with fewer is one of the
    /// other's (or its initial): `Alexander Lukashenko` = `BelarusAlexander Lukashenko` = `Alexander
    /// Grigoryevich Lukashenko`, but `Mimin Dwi Hartono` ≠ `Bambang Dwi Hartono` and `Teguh P.
    /// Nugroho` ≠ `Teguh Willy Nugroho`, however many names they share.
    static func samePerson(_ a: PersonName, _ b: PersonName) -> Bool {
        guard NameSimilarity.sameWord(a.lastWord, b.lastWord) else { return false }
        let givenA = Array(a.words.dropLast()), givenB = Array(b.words.dropLast())
        let (fewer, more) = givenA.count <= givenB.count ? (givenA, givenB) : (givenB, givenA)
        var used = [Bool](repeating: false, count: more.count)
        for word in fewer {
            guard let k = more.indices.first(where: { !used[$0] && Self.sameGivenName(word, more[$0]) }) else { return false }
            used[k] = true
        }
        return !fewer.isEmpty
    }

    /// One given name, or an initial and a name it begins (`p` / `pratama`).
    private static func sameGivenName(_ a: String, _ b: String) -> Bool {
        if NameSimilarity.sameWord(a, b) { return true }
        let x = a.unicodeScalars, y = b.unicodeScalars
        return (x.count == 1 || y.count == 1) && x.first == y.first
    }

    /// The person a name written in an article stands for, if any.
    public func person(named name: String, in article: String?) -> Person? {
        if let index = personOfSpelling[name] { return people[index] }
        guard let key = keyOfSpelling[name] ?? PersonName(name)?.key else { return nil }
        if let index = personOfKey[key] { return people[index] }
        guard let ranked = ambiguous[key] ?? peopleOfWord[key]?.sorted(by: { mentionsOfPerson[$0]! > mentionsOfPerson[$1]! })
        else { return nil }
        if ranked.count == 1 { return people[ranked[0]] }
        if let article {
            let here = ranked.filter { articlesOfPerson[$0]?.contains(article) == true }
            if here.count == 1 { return people[here[0]] }
        }
        let first = mentionsOfPerson[ranked[0]] ?? 0, second = mentionsOfPerson[ranked[1]] ?? 0
        return first >= 3 * second ? people[ranked[0]] : nil
    }

    /// The canonical name for a name written in an article; the name itself when it is nobody
    /// known.
    public func canonicalName(of name: String, in article: String?) -> String {
        person(named: name, in: article)?.canonicalName ?? name
    }
}

/// Disjoint sets over 0..<count, for grouping names.
struct UnionFind {
    private var parent: [Int]
    init(count: Int) { parent = Array(0..<count) }
    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }
    mutating func join(_ a: Int, _ b: Int) {
        let ra = root(a), rb = root(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// The sets, each in index order, in the order of their first index.
    mutating func groups() -> [[Int]] {
        var groupOfRoot: [Int: Int] = [:]
        var result: [[Int]] = []
        for index in parent.indices {
            let root = root(index)
            if let group = groupOfRoot[root] {
                result[group].append(index)
            } else {
                groupOfRoot[root] = result.count
                result.append([index])
            }
        }
        return result
    }
}
