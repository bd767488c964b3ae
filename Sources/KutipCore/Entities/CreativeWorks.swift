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
        // Every mention of a title's words, capitalised as written.
        var found: [Range<Int>] = []
        var k = 0
        while k < a.count {
            if let title = titles.first(where: { title in starts(title, at: k, a) }) {
                found.append(k..<k + title.count)
                k += title.count
            } else {
                k += 1
            }
        }
        // The titles replace the spans inside them; a span reaching outside one keeps it from being made.
        var result: [TokenSpan] = []
        var added: [TokenSpan] = []
        var blocked = Set<Int>()
        for (n, r) in found.enumerated() where spans.contains(where: { $0.tokens.overlaps(r) && !(r.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= r.upperBound) }) {
            blocked.insert(n)
        }
        for (n, r) in found.enumerated() where !blocked.contains(n) { added.append(TokenSpan(tokens: r, type: .miscellaneous)) }
        for span in spans where !added.contains(where: { $0.tokens.overlaps(span.tokens) }) { result.append(span) }
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
