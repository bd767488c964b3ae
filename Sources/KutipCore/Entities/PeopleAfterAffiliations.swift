/// A person's span that the tagger began at the speaker's job or employer: news introduces people
/// as role, body, then name, and where the role is English or the body a brand the tagger does
/// not know, it runs them all into one person (`VP Lending OVO Natasha Ardiani` → `Lending OVO
/// Natasha Ardiani`, `Chief Information Officer Investree Dickie Widjaja`, `Kepala Balai Konservasi
/// Candi Borobudur I Gusti Putu Ngurah Sedana`). The span is cut before the name when
///   - a word of the front says it is no name: a known place or body (gazetteer), a word the
///     article tags in another place's, body's or title's name and never in a person's, an acronym
///     in capitals, or a role word (`Chief`, `Officer`, `Kepala`);
///   - the rest, after the last such word, reads as a name (capitalised, never written in lower
///     case in the article), and the article names the person by one of its words elsewhere
///     (`Menurut Natasha , …`, `kata Dickie`).
/// The front keeps the type of the longest entity of the article it ends with (`OVO`/ORG, `Candi
/// Borobudur`/LOC); a front the article names nowhere else is dropped.
enum PeopleAfterAffiliations {
    /// Role words written before a name in English (`Chief Executive Officer`, `Head of`, `VP`),
    /// which no tagger trained on Indonesian news has seen often.
    static let englishRoles = WordHashes(["chief", "officer", "executive", "head", "vice", "president", "director",
        "manager", "founder", "co-founder", "cofounder", "ceo", "cfo", "coo", "cto", "cmo", "vp", "svp", "evp", "avp",
        "gm", "lead", "senior", "general", "managing", "partner", "chairman", "secretary", "corporate", "country",
        "analyst", "economist", "spokesperson", "of"].map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, gazetteer: Gazetteer, matches: [Gazetteer.Match]) -> [TokenSpan] {
        // Most articles have no span to cut: the tables below are built only for one that may be.
        guard spans.contains(where: { $0.type == .person && $0.tokens.count >= 3 && !a.inHeadline[$0.tokens.lowerBound] }) else {
            return spans
        }
        var known = [Bool](repeating: false, count: a.count)
        for m in matches where gazetteer.entries[m.entry].type != .person { for t in m.tokens { known[t] = true } }
        // Word counts in people's spans and in other names, by lower-cased hash, counted the first
        // time a span's words are asked about.
        var counts: [UInt64: (person: Int, other: Int)]?
        func count(_ word: UInt64) -> (person: Int, other: Int) {
            if counts == nil {
                var table: [UInt64: (person: Int, other: Int)] = [:]
                table.reserveCapacity(spans.reduce(0) { $0 + $1.tokens.count })
                for span in spans {
                    for t in span.tokens where a.tokens[t].kind == .word {
                        if span.type == .person { table[a.lower[t], default: (0, 0)].person += 1 } else { table[a.lower[t], default: (0, 0)].other += 1 }
                    }
                }
                counts = table
            }
            return counts![word, default: (0, 0)]
        }
        // `count(_:).person` counts `span`'s own words too.
        func saysNoName(_ t: Int, in span: TokenSpan) -> Bool {
            if known[t] || EntityRefiner.titles.contains(a.lower[t]) || PeopleAtNameEnds.offices.contains(a.lower[t])
                || englishRoles.contains(a.lower[t]) { return true }
            let c = count(a.lower[t])
            if c.other > 0 && c.person == span.tokens.filter({ a.lower[$0] == a.lower[t] }).count { return true }
            let word = a.scalars[a.tokens[t].start..<a.tokens[t].end]
            return word.count >= 2 && word.count <= 6 && word.allSatisfy { $0.properties.isUppercase }
        }
        // The other names' word sequences (cased hashes) and their types, for the front: built
        // the first time a span is cut.
        var names: [[UInt64]: EntityType]?
        func nameType(_ words: [UInt64]) -> EntityType? {
            if names == nil {
                var table: [[UInt64]: EntityType] = [:]
                for span in spans where span.type != .person { table[span.tokens.map { a.cased[$0] }] = span.type }
                names = table
            }
            return names![words]
        }
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count + 4)
        for span in spans {
            guard span.type == .person, span.tokens.count >= 3, !a.inHeadline[span.tokens.lowerBound],
                  let last = span.tokens.dropLast().last(where: { a.tokens[$0].kind == .word && saysNoName($0, in: span) }) else {
                result.append(span)
                continue
            }
            let name = last + 1..<span.tokens.upperBound
            // This span's own words count once in `inPerson`: the person must be named elsewhere too.
            let namedElsewhere = name.contains { t in
                a.tokens[t].kind == .word && count(a.lower[t]).person > span.tokens.filter { a.lower[$0] == a.lower[t] }.count
            }
            let readsAsName = name.allSatisfy { t in
                a.tokens[t].kind == .word ? a.capitalised[t] && !a.writtenInLowercase(t) && !known[t]
                    : a.isMark(t, ".") && t > name.lowerBound && a.tokens[t - 1].count == 1
            }
            guard namedElsewhere, readsAsName, a.tokens[name.lowerBound].kind == .word else {
                result.append(span)
                continue
            }
            // The front: the longest entity of the article (or gazetteer name) it ends with.
            for s in span.tokens.lowerBound..<name.lowerBound {
                let front = s..<name.lowerBound
                if let m = matches.first(where: { $0.tokens == front && gazetteer.entries[$0.entry].type != .person }) {
                    result.append(TokenSpan(tokens: front, type: gazetteer.entries[m.entry].type))
                    break
                }
                if let type = nameType(front.map { a.cased[$0] }) {
                    result.append(TokenSpan(tokens: front, type: type))
                    break
                }
            }
            result.append(TokenSpan(tokens: name, type: .person))
        }
        return result
    }
}
