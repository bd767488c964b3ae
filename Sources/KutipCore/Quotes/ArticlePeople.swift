/// The people an article names, for turning a mention into the article's own canonical name:
/// the longest full form of that person in the article (`Lukashenko` → `Alexander Lukashenko`,
/// `Prof Ghufron` → `Ali Ghufron Mukti`), tolerant of one-letter typos and swaps in a name word
/// (`Lukahsneko`, `Kasit` for `Kesit`) but never merging two names whose words differ more
/// (`Lukashenko` and `Lukashevich`). It also remembers the roles the article gives people
/// (`Presiden Belarusia Alexander Lukashenko`), so that a description can be matched to them.
///
/// Names stay plain strings, so that a corpus-wide alias table (a `(String) -> String`) can be
/// applied to the suggestions afterwards.
struct ArticlePeople {
    /// Every distinct full name, as its words joined by spaces.
    private(set) var names: [String] = []
    private var nameWords: [[String]] = []
    /// How often each name, or a shorter form of it, is mentioned.
    private var mentions: [Int] = []
    /// For each lower-cased name word, the names holding it.
    private var byWord: [String: [Int]] = [:]
    /// For each role key (`presiden belarusia`, `presiden`, `belarusia`), the names given it.
    private var byRole: [String: [Int]] = [:]
    /// Names the article says a person goes by (`Tjokorda Oka Artha Ardana Sukawati , yang biasa
    /// disapa Tjok Ace`), lower-cased words joined by spaces, to that person.
    private var nicknames: [String: Int] = [:]
    /// How often each word is part of a person's name, and of another entity (one table, so
    /// that a word is looked up once per count): found by the word's `WordClasses.hash` (as
    /// `QuoteText.hashes` holds it) and confirmed by the word itself, words of one hash chained
    /// by `next`. (A String-keyed dictionary cost a String hash per look-up.)
    private struct WordCount {
        var word: String
        var person = 0
        var other = 0
        var next: Int32 = -1
    }
    private var wordCounts: [WordCount] = []
    private var wordIndex = HashIndex(capacity: 16)
    /// The words tagged part of a person's name at least twice, with that count: the only
    /// spellings `commonSpelling` can prefer (a list, cheaper to go through than the table).
    private var repeatedPersonWords: [(word: String, count: Int)] = []

    private func wordCount(_ word: String, hash: UInt64? = nil) -> WordCount? {
        guard var i = wordIndex.value(for: hash ?? WordClasses.hash(word)) else { return nil }
        while i >= 0 {
            if wordCounts[Int(i)].word == word { return wordCounts[Int(i)] }
            i = wordCounts[Int(i)].next
        }
        return nil
    }

    /// The index in `wordCounts` of `word`, whose `WordClasses.hash` is `hash` (added at 0 counts
    /// on first sight).
    private mutating func countIndex(of word: String, hash: UInt64) -> Int {
        guard var i = wordIndex.value(for: hash) else {
            wordCounts.append(WordCount(word: word))
            wordIndex.insert(hash, Int32(wordCounts.count - 1))
            return wordCounts.count - 1
        }
        while true {
            if wordCounts[Int(i)].word == word { return Int(i) }
            let next = wordCounts[Int(i)].next
            if next < 0 { break }
            i = next
        }
        wordCounts.append(WordCount(word: word))
        wordCounts[Int(i)].next = Int32(wordCounts.count - 1)
        return wordCounts.count - 1
    }

    /// A word of the article's places, bodies and other non-person names (`rusia`, `sukabumi`):
    /// more often in them than in people's names. The tagger sometimes runs one into a person's
    /// name (`Rusia Vladimir Putin`).
    private func isPlaceWord(_ word: String, hash: UInt64? = nil) -> Bool {
        guard let count = wordCount(word, hash: hash) else { return false }
        return count.other > count.person
    }

    /// How often the word is part of a person's name.
    private func personCount(_ word: String, hash: UInt64? = nil) -> Int { wordCount(word, hash: hash)?.person ?? 0 }

    init(text: QuoteText) {
        // Room for the words of a typical article's names at once (the tables only look words up).
        wordCounts.reserveCapacity(2 * text.entities.count)
        wordIndex = HashIndex(capacity: 2 * text.entities.count)
        byWord.reserveCapacity(text.entities.count)
        for entity in text.entities {
            var k = text.firstToken(atOrAfter: entity.start)
            while k < text.count, text.tokens[k].start < entity.end {
                if text.isWord(k) {
                    let i = countIndex(of: text.lower[k], hash: text.hashes[k])
                    if entity.type == .person { wordCounts[i].person += 1 } else { wordCounts[i].other += 1 }
                }
                k += 1
            }
        }
        repeatedPersonWords = wordCounts.compactMap { $0.person >= 2 ? ($0.word, $0.person) : nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(text.entities.count)
        var e = 0
        var t = 0
        // Where the last person's name ended: a role is looked for no further back.
        var previousPersonEnd = 0
        while e < text.entities.count {
            let entity = text.entities[e]
            e += 1
            guard entity.type == .person else { continue }
            while t < text.count, text.tokens[t].start < entity.start { t += 1 }
            var end = t
            while end < text.count, text.tokens[end].start < entity.end { end += 1 }
            guard end > t else { continue }
            let after = previousPersonEnd
            previousPersonEnd = end
            let range = nameRange(t..<end, in: text)
            let words = range.filter { text.isWord($0) }.map { text.lower[$0] }
            guard !words.isEmpty, words.allSatisfy({ !SpeechWords.pronouns.contains($0) }) else { continue }
            let key = words.joined(separator: " ")
            let id: Int
            if let known = index[key] {
                id = known
            } else {
                id = names.count
                index[key] = id
                names.append(text.phrase(range))
                nameWords.append(words)
                mentions.append(0)
                // Each distinct word once (a name's few words compared, not hashed into a Set).
                for (n, word) in words.enumerated() where !words[..<n].contains(word) {
                    ArticlePeople.add(id, to: &byWord[word, default: []], unlessIn: false)
                }
            }
            mentions[id] += 1
            if let nickname = ArticlePeople.nickname(after: end, in: text) { nicknames[nickname] = id }
            // Roles written just before the name, in the same sentence and after the name of the
            // person before (`Presiden Belarusia`; not Trump's in `Presiden AS Donald Trump menunjuk
            // Pete Hegseth`).
            var k = t - 1
            while k >= after, t - k <= 5, text.isWord(k), text.sentenceOf[k] == text.sentenceOf[t] { k -= 1 }
            let roleWords = ((k + 1)..<t).map { text.lower[$0] }
            let roleClasses = ((k + 1)..<t).map { text.classes[$0] }
            for key in ArticlePeople.roleKeys(roleWords, classes: roleClasses) {
                ArticlePeople.add(id, to: &byRole[key, default: []], unlessIn: true)
            }
        }
        // A short form counts as a mention of the full name it belongs to.
        for (id, words) in nameWords.enumerated() where words.count == 1 {
            if let full = longestName(holding: words), full != id { mentions[full] += mentions[id] }
        }
    }

    /// Adds `id` to a word's or role's list of names, which holds 16 at most (and each once, when
    /// `unlessIn`): the list changed in place, so that its key is looked up once, not at each test.
    static func add(_ id: Int, to list: inout [Int], unlessIn: Bool) {
        guard list.count < 16, !(unlessIn && list.contains(id)) else { return }
        list.append(id)
    }

    /// The name a person goes by, written right after their name at token `end` (`, yang biasa
    /// disapa Tjok Ace`, `, yang akrab dipanggil Risma`, `alias Ucok`): its capitalised words
    /// (at most three), lower-cased and joined by spaces.
    static func nickname(after end: Int, in text: QuoteText) -> String? {
        var k = end
        if k < text.count, text.lower[k] == "," { k += 1 }
        if k < text.count, text.lower[k] == "yang" { k += 1 }
        func isAdverb(_ w: String) -> Bool {
            switch w {
            case "akrab", "biasa", "kerap", "sering", "lebih", "juga": return true
            default: return false
            }
        }
        while k < text.count, isAdverb(text.lower[k]) { k += 1 }
        guard k < text.count else { return nil }
        switch text.lower[k] {
        case "disapa", "dipanggil", "dikenal", "alias": k += 1
        default: return nil
        }
        if k < text.count, text.lower[k] == "dengan" || text.lower[k] == "sebagai" { k += 1 }
        var words: [String] = []
        while k < text.count, words.count < 3, text.isWord(k), text.isCapitalised(k), !text.has(k, .titles) {
            words.append(text.lower[k])
            k += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A person's name as written at `range`, without titles or place words in front
    /// (`Presiden Rusia Vladimir Putin` → `Vladimir Putin`) and with a name word the tagger left
    /// out just before it (`Kesit` + `Budi Handoyo`).
    func nameRange(_ range: Range<Int>, in text: QuoteText) -> Range<Int> {
        var s = range.lowerBound
        while s + 1 < range.upperBound, text.has(s, .titles) || !text.isWord(s) || text.lower[s] == "." {
            s += 1
        }
        // A role's place or body run into the name (`Kolombia Haendel Rodriguez`, `Perwakilan Dagang
        // AS Jamieson Greer`): the name starts after the last such word.
        var k = range.upperBound - 2
        while k >= s {
            let w = text.lower[k]
            if isPlaceWord(w, hash: text.hashes[k]) || text.has(k, .places) || text.has(k, .titles) { s = k + 1; break }
            k -= 1
        }
        // A name word the tagger left out, which it tags as a name elsewhere (`Kesit` + `Budi Handoyo`).
        if s == range.lowerBound, s > 1, text.tokens[s - 1].end < text.tokens[s].start, text.isCapitalised(s - 1),
           text.lineOf[s - 1] == text.lineOf[s], personCount(text.lower[s - 1], hash: text.hashes[s - 1]) > 0,
           text.entity(s - 1).map({ $0.type == .person }) ?? true, !text.isSentenceFinal(s - 2),
           !text.has(s - 1, .titles), !text.has(s - 1, .places) {
            s -= 1
        }
        return s..<range.upperBound
    }

    /// The keys a role phrase gives: role + place (`presiden belarusia`), role alone, place alone.
    static func roleKeys(_ words: [String]) -> [String] {
        roleKeys(words, classes: words.map { WordClasses.of($0) })
    }

    /// `roleKeys(_:)` for words whose lists are known (`QuoteText.classes`): the list tests are
    /// bit tests.
    static func roleKeys(_ words: [String], classes: [WordClasses]) -> [String] {
        guard let r = classes.lastIndex(where: { $0.contains(.roleNouns) }) else { return [] }
        let role = classes[r].contains(.leaderRoles) ? "leader" : words[r]
        var keys = [role]
        for p in (r + 1)..<words.count where !classes[p].contains(.roleNouns) && !classes[p].contains(.demonstratives) {
            keys.append(role + " " + ArticlePeople.placeKey(words[p]))
            keys.append("@" + ArticlePeople.placeKey(words[p]))
        }
        return keys
    }

    /// Place words compared without their common Indonesian variants (`Belarusia`/`Belarus`).
    static func placeKey(_ word: String) -> String {
        word.hasSuffix("ia") && word.count > 5 ? String(word.dropLast(2)) : word
    }

    /// The longest known name holding the words, in order; a one-letter typo in a word of five
    /// letters or more is allowed when exactly the words fail to match.
    func longestName(holding words: [String]) -> Int? {
        guard let first = words.first else { return nil }
        if !nicknames.isEmpty, let id = nicknames[words.joined(separator: " ")] { return id }
        let exact = bestContaining(words, candidates: byWord[first] ?? [])
        if let exact, nameWords[exact].count > 1 || words.count > 1 { return exact }
        // Typo-tolerant: a name word within one edit of each mention word.
        var best: Int?
        // Only the last names learnt: the lookup stays bounded in a very long article.
        for id in max(0, nameWords.count - 256)..<nameWords.count where nameWords[id].count >= words.count {
            let candidate = nameWords[id]
            if ArticlePeople.holds(candidate, words, fuzzy: true), best.map({ nameWords[$0].count < candidate.count }) ?? true {
                best = id
            }
        }
        if let best, nameWords[best].count > 1 { return best }
        // A short form cut from a name word (`Ardi` for `Ardiwinata`, `Risma` for `Tri Rismaharini`):
        // the one name of the article with such a word.
        if words.count == 1, let shortened = nameShortened(to: first) { return shortened }
        // A lone word matched exactly stays itself unless a longer name holds it within a typo.
        if let exact, best.map({ nameWords[$0].count <= 1 }) ?? true { return exact }
        return best
    }

    /// The one name of the article with a word that begins with `short` and is at least two letters
    /// longer (`ardiwinata` for `ardi`); nil when none or several do, or `short` is under four
    /// letters. Only the last names learnt are looked at, as in `longestName`.
    private func nameShortened(to short: String) -> Int? {
        let length = short.unicodeScalars.count
        guard length >= 4 else { return nil }
        var found: Int?
        for id in max(0, nameWords.count - 256)..<nameWords.count {
            guard nameWords[id].contains(where: { $0.unicodeScalars.count >= length + 2 && $0.hasPrefix(short) }) else { continue }
            // Shorter forms of one full name (`Ardiwinata`, `Budi Ardiwinata`) are one person.
            if let f = found, !ArticlePeople.holds(nameWords[id], nameWords[f], fuzzy: false) {
                if ArticlePeople.holds(nameWords[f], nameWords[id], fuzzy: false) { continue }
                return nil
            }
            found = id
        }
        return found
    }

    private func bestContaining(_ words: [String], candidates: [Int]) -> Int? {
        let holding = candidates.filter { ArticlePeople.holds(nameWords[$0], words, fuzzy: false) }
        // A name whose other words the article never repeats as a name (`Lip Service Iqbal`, from
        // a link title run into the text) gives way to one whose words it does (`Said Iqbal`).
        func solid(_ id: Int) -> Bool {
            nameWords[id].allSatisfy { words.contains($0) || personCount($0) >= 2 }
        }
        let trusted = holding.filter { nameWords[$0].count >= 2 && solid($0) }
        var best: Int?
        for id in trusted.isEmpty ? holding : trusted + holding.filter({ nameWords[$0].count < 2 }) {
            if let b = best {
                let (cb, cn) = (nameWords[b].count, nameWords[id].count)
                if cn > cb || (cn == cb && mentions[id] > mentions[b]) { best = id }
            } else {
                best = id
            }
        }
        return best
    }

    static func holds(_ name: [String], _ words: [String], fuzzy: Bool) -> Bool {
        guard words.count <= name.count else { return false }
        for start in 0...(name.count - words.count) {
            var ok = true
            for (k, word) in words.enumerated() {
                let n = name[start + k]
                if n == word { continue }
                if fuzzy, word.utf8.count >= 5, n.utf8.count >= 5, word.utf8.first == n.utf8.first, withinOneEdit(n, word) { continue }
                ok = false
                break
            }
            if ok { return true }
        }
        return false
    }

    /// One substitution, insertion, deletion or swap of neighbours apart.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        if abs(a.utf8.count - b.utf8.count) > 2 { return false }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.count >= 8, y.count >= 8 { return withinTwoSwaps(x, y) }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if i == x.count && i == y.count { return true }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            if i + 1 < x.count, x[i] == y[i + 1], x[i + 1] == y[i], x[(i + 2)...] == y[(i + 2)...] { return true }
            return false
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }

    /// Long names (eight letters or more) may differ by two edits, such as two swapped pairs in
    /// `Lukahsneko` for `Lukashenko` (optimal string alignment distance at most 2).
    static func withinTwoSwaps(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        let n = x.count, m = y.count
        if abs(n - m) > 2 { return false }
        var d = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { d[i][0] = i }
        for j in 0...m { d[0][j] = j }
        for i in 1...n {
            for j in 1...m {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[n][m] <= 2
    }

    /// The canonical form of a name mention (its words lower-cased).
    func canonical(_ words: [String], written: String) -> String {
        guard let id = longestName(holding: words) else { return written }
        return commonSpelling(of: id)
    }

    /// The name with each word in the spelling the article gives it most: a word written with a
    /// slip where the article writes a variant within one edit (two in a long word) more often
    /// as a person's (`Jhonny Simanjutak` once, then `Simanjuntak` three times) takes that
    /// variant's spelling. Names written with other marks than spaces keep their form.
    private func commonSpelling(of id: Int) -> String {
        let words = nameWords[id]
        var replacements: [(index: Int, word: String)] = []
        for (k, w) in words.enumerated() where w.unicodeScalars.count >= 5 {
            var best: String?
            // The counts first: most words are tagged a person's no more often than this one.
            var least = personCount(w)
            let length = w.utf8.count, first = w.unicodeScalars.first
            for (v, c) in repeatedPersonWords where c > least {
                guard abs(v.utf8.count - length) <= 2, v.unicodeScalars.first == first, v != w,
                      ArticlePeople.withinOneEdit(v, w) else { continue }
                best = v
                least = c
            }
            if let best { replacements.append((k, best)) }
        }
        // The written name is split only when a word changes (splitting by Character costs).
        guard !replacements.isEmpty else { return names[id] }
        var written = names[id].split(separator: " ").map(String.init)
        guard written.count == words.count else { return names[id] }
        for (k, word) in replacements { written[k] = ArticlePeople.cased(word, like: written[k]) }
        return written.joined(separator: " ")
    }

    /// A lower-cased word written in the case of `model`: all capitals, or its first letter.
    static func cased(_ word: String, like model: String) -> String {
        if model.count > 1, model == model.uppercased() { return word.uppercased() }
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// The person a description points to (`Presiden Belarusia`, `pemimpin Rusia tersebut`), if the
    /// article gives someone that role: role + place first, then place with a leader role, then role.
    func person(described words: [String]) -> String? {
        let keys = ArticlePeople.roleKeys(words)
        guard let role = keys.first else { return nil }
        for key in keys.dropFirst() where !key.hasPrefix("@") {
            if let id = mostMentioned(byRole[key]) { return names[id] }
        }
        if role == "leader" {
            for key in keys.dropFirst() where key.hasPrefix("@") {
                if let id = mostMentioned(byRole[key]) { return names[id] }
            }
        }
        if keys.count == 1 || role == "leader" && byRole[role]?.count == 1, let id = mostMentioned(byRole[role]) {
            // The article's one leader is not the head of another place or body it names
            // (`Presiden AS Donald Trump` is no `Kepala Pentagon`); one introduced without a place may be.
            if keys.count > 1, let leader = byRole[role]?.first,
               byRole.contains(where: { $0.key.hasPrefix("@") && $0.value.contains(leader) }) { return nil }
            return names[id]
        }
        return nil
    }

    private func mostMentioned(_ ids: [Int]?) -> Int? {
        guard let ids, !ids.isEmpty else { return nil }
        let best = ids.max { mentions[$0] < mentions[$1] }!
        // Prefer the full name the best one belongs to.
        if let full = longestName(holding: nameWords[best]) { return full }
        return best
    }
}
