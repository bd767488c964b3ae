/// Titles of films, songs, albums, books and series, which are MISC: the article says what the
/// title is (`HEART BEAT adalah film kedua Brandon`) or names the work with a title in capitals
/// right after a work noun (`film HEART BEAT`, `lagu 'BENGAWAN SOLO'`). Every mention of the same
/// words in the article is that title too, whatever the tagger made of it (`BEAT` as ORG).
/// A title is a run of capitalised words (one to eight); after a work noun it must be in capitals
/// or in quotation marks, so that `film Indonesia` or `buku Jokowi` stay what they are.
enum CreativeWorks {
    static let workNouns = WordHashes(["film", "lagu", "album", "single", "novel", "buku", "serial", "series", "webseries",
        "sinetron", "drama", "dokumenter", "musikal", "teater", "lakon", "puisi", "komik", "gim", "game"]
        .map(FeatureHash.lowercased))
    private static let adalah = FeatureHash.lowercased("adalah"), merupakan = FeatureHash.lowercased("merupakan")
    private static let sebuah = FeatureHash.lowercased("sebuah")
    static let longest = 8

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        var titles: [[UInt64]] = []
        var t = 0
        while t < a.count {
            defer { t += 1 }
            guard workNouns.contains(a.lower[t]), !a.capitalised[t] else { continue }
            // `T adalah (sebuah) film`: the run before `adalah`.
            var v = t - 1
            if v >= 0, a.lower[v] == sebuah { v -= 1 }
            if v >= 1, a.lower[v] == adalah || a.lower[v] == merupakan {
                var s = v
                while s > 0, v - s < longest, a.tokens[s - 1].kind == .word, a.capitalised[s - 1],
                      !ArticleTokens.lineBreak(between: a.tokens[s - 1], and: a.tokens[s], in: a.scalars) { s -= 1 }
                if s < v, s == 0 || a.sentenceInitial[s] || !a.capitalised[s - 1] { titles.append((s..<v).map { a.cased[$0] }) }
            }
            // `film HEART BEAT`, `lagu 'Bengawan Solo'`: a title in capitals or in marks right after.
            var u = t + 1
            let quoted = u < a.count && isQuoteMark(u, a)
            if quoted { u += 1 }
            var e = u
            while e < a.count, e - u < longest, a.tokens[e].kind == .word, a.capitalised[e] { e += 1 }
            guard e > u else { continue }
            let capitals = (u..<e).allSatisfy { allCapitals($0, a) } && (e - u >= 2 || a.tokens[u].count >= 4)
            let closed = quoted && e < a.count && isQuoteMark(e, a)
            if capitals || closed { titles.append((u..<e).map { a.cased[$0] }) }
        }
        guard !titles.isEmpty else { return spans }
        // Every mention of a title's words, capitalised as written: at each token, the first title
        // (in the order found) that stands there. Only the titles whose first word the token is are
        // tried, found by that word's hash (a long article finds many titles, and trying each at
        // every token grew with their product).
        var byFirstWord = HashIndex(capacity: titles.count)
        var candidates: [[Int]] = []
        for (i, title) in titles.enumerated() {
            let key = FeatureHash.nonzero(title[0])
            if let group = byFirstWord.value(for: key) { candidates[Int(group)].append(i) } else {
                candidates.append([i])
                byFirstWord.insert(key, Int32(candidates.count - 1))
            }
        }
        var found: [Range<Int>] = []
        var k = 0
        while k < a.count {
            if let group = byFirstWord.value(for: FeatureHash.nonzero(a.cased[k])),
               let i = candidates[Int(group)].first(where: { starts(titles[$0], at: k, a) }) {
                found.append(k..<k + titles[i].count)
                k += titles[i].count
            } else {
                k += 1
            }
        }
        // The titles replace the spans inside them; a span reaching outside one keeps it from being
        // made. Worked out on tokens: the furthest any span over a token starts before it and ends
        // after it, and which tokens the titles made take (comparing every title with every span
        // grew with their product in a long article).
        var earliestStart = [Int](repeating: Int.max, count: a.count), latestEnd = [Int](repeating: Int.min, count: a.count)
        for span in spans {
            for t in span.tokens {
                earliestStart[t] = min(earliestStart[t], span.tokens.lowerBound)
                latestEnd[t] = max(latestEnd[t], span.tokens.upperBound)
            }
        }
        var result: [TokenSpan] = []
        var added: [TokenSpan] = []
        var taken = [Bool](repeating: false, count: a.count)
        for r in found where !r.contains(where: { earliestStart[$0] < r.lowerBound || latestEnd[$0] > r.upperBound }) {
            added.append(TokenSpan(tokens: r, type: .miscellaneous))
            for t in r { taken[t] = true }
        }
        for span in spans where !span.tokens.contains(where: { taken[$0] }) { result.append(span) }
        return (result + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The title's words stand at token `k`, written as they were where the title was found.
    static func starts(_ title: [UInt64], at k: Int, _ a: ArticleTokens) -> Bool {
        guard k + title.count <= a.count else { return false }
        for i in 0..<title.count where a.cased[k + i] != title[i] { return false }
        return true
    }

    static func allCapitals(_ t: Int, _ a: ArticleTokens) -> Bool {
        let letters = a.scalars[a.tokens[t].start..<a.tokens[t].end]
        return letters.allSatisfy { !$0.properties.isLowercase } && letters.contains { $0.properties.isUppercase }
    }

    static func isQuoteMark(_ t: Int, _ a: ArticleTokens) -> Bool {
        a.isMark(t, "'") || a.isMark(t, "\"") || a.isMark(t, "‘") || a.isMark(t, "’") || a.isMark(t, "“") || a.isMark(t, "”")
    }
}
