/// Acronyms that a text defines with words in lower case: `surat edaran (SE)`, `bahan bakar minyak
/// (BBM)`, `program makan bergizi gratis (MBG)`. The writer spelt the long form as common nouns, so
/// the acronym names no organisation: wherever it stands alone in the article it is no entity —
/// or, after `program`/`kampanye`, a programme (MISC, its long form too), as the conventions of
/// Tests/Evaluation/entities-*.json have it. Gazetteer names keep their type.
enum CommonNounAcronyms {
    /// Words before a long form that make it a programme.
    static let programmeHeads: WordHashes = WordHashes(["program", "programme", "kampanye"].map(FeatureHash.lowercased))

    /// The most lower-case words a long form may have.
    static let longest = 8

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match]) -> [TokenSpan] {
        var defined: [(form: UInt64, programme: Bool)] = []
        var longForms: [Range<Int>] = []
        var t = 2
        while t + 1 < a.count {
            defer { t += 1 }
            guard a.isMark(t, "("), a.isMark(t + 2, ")"), a.lowercaseWord[t - 1],
                  let acronym = AcronymDefinitions.acronymLetters(t + 1, a), acronym.count >= 2,
                  let start = lowerCaseLongFormStart(before: t, acronym: acronym, a) else { continue }
            let programme = start > 0 && programmeHeads.contains(a.lower[start - 1])
            defined.append((a.cased[t + 1], programme))
            if programme { longForms.append(start..<t) }
        }
        guard !defined.isEmpty else { return spans }
        var fixed = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { fixed[t] = true } }
        // The first definition of each form, by form (a look-up per token, not a search of the
        // definitions: a long article defines many).
        // (A `HashIndex` probe, the form confirmed after: a Dictionary's SipHash per token cost more.)
        var byForm = HashIndex(capacity: defined.count)
        for (k, d) in defined.enumerated() where byForm.value(for: FeatureHash.nonzero(d.form)) == nil {
            byForm.insert(FeatureHash.nonzero(d.form), Int32(k))
        }
        func definition(_ t: Int) -> (form: UInt64, programme: Bool)? {
            guard !fixed[t], let k = byForm.value(for: FeatureHash.nonzero(a.cased[t])), defined[Int(k)].form == a.cased[t] else {
                return nil
            }
            return (a.cased[t], defined[Int(k)].programme)
        }
        var covered = [Bool](repeating: false, count: a.count)
        var result: [TokenSpan] = []
        for span in spans {
            for t in span.tokens { covered[t] = true }
            guard span.tokens.count == 1, let d = definition(span.tokens.lowerBound) else { result.append(span); continue }
            if d.programme { result.append(TokenSpan(tokens: span.tokens, type: .miscellaneous)) }
        }
        // A programme's acronym and long form wherever the tagger left them.
        for t in 0..<a.count where !covered[t] && a.tokens[t].kind == .word {
            if let d = definition(t), d.programme { result.append(TokenSpan(tokens: t..<t + 1, type: .miscellaneous)) }
        }
        for r in longForms where !r.contains(where: { covered[$0] }) {
            result.append(TokenSpan(tokens: r, type: .miscellaneous))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The first token of a long form of lower-case words (joiners allowed, as in `AcronymDefinitions`)
    /// ending just before `bracket` that spells the acronym with at least two words, or nil.
    static func lowerCaseLongFormStart(before bracket: Int, acronym: [Unicode.Scalar], _ a: ArticleTokens) -> Int? {
        var first = bracket
        while first > 0 && bracket - first < longest {
            let t = first - 1
            guard !ArticleTokens.lineBreak(between: a.tokens[t], and: a.tokens[t + 1], in: a.scalars) else { break }
            // The sentence's first word may be capitalised (`Bahan bakar minyak (BBM) naik`).
            let sentenceStart = a.sentenceInitial[t] && a.capitalised[t] && a.tokens[t].count >= 2
                && a.scalars[a.tokens[t].start + 1].properties.isLowercase
            guard a.lowercaseWord[t] || sentenceStart else { break }
            first = t
            if sentenceStart { break }
        }
        guard bracket - first >= 2 else { return nil }
        let letters: [[Unicode.Scalar]] = (first..<bracket).map { t in
            a.scalars[a.tokens[t].start..<a.tokens[t].end].map { $0.properties.lowercaseMapping.unicodeScalars.first ?? $0 }
        }
        // The shortest long form that spells it: the words right before the bracket.
        for start in stride(from: bracket - 2, through: first, by: -1)
            where !AcronymDefinitions.joiners.contains(a.lower[start]) && AcronymDefinitions.spells(acronym, 0, letters, start - first,
                                            joiner: { AcronymDefinitions.joiners.contains(a.lower[first + $0]) }) {
            return start
        }
        return nil
    }
}
