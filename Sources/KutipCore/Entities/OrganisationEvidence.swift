/// Article-level evidence that a name is an organisation, not a person: unseen company, band and
/// association names look like people's names to the tagger (`Astra Otoparts`, `Gaikindo`, `Blink`),
/// but the article usually says once what they are:
///
/// - the name right after a word for an organisation or its members: `perusahaan X`, `personil X`,
///   `kader X`, `anggota X`, `grup band X`, `maskapai X`, `emiten X`;
/// - the name inside a company's full name: `PT Astra Otoparts Tbk` makes `Astra Otoparts` a company.
///
/// Every person's span with the same words is then that organisation, and a person's span that
/// ends in a one-word organisation so named is cut before it (`Sivia Blink` → PER + ORG). Gazetteer
/// names keep their type and give no evidence.
enum OrganisationEvidence {
    /// Lower-case words that stand before an organisation's name (or its members before it).
    static let cues: WordHashes = WordHashes(["perusahaan", "perseroan", "korporasi", "pabrikan", "produsen", "emiten",
        "maskapai", "personil", "personel", "kader", "anggota", "pengurus", "band", "grup", "klub", "startup",
        "konglomerasi", "raksasa"].map(FeatureHash.lowercased))

    /// Words that begin a company's full name.
    static let companyPrefixes: WordHashes = WordHashes(["pt", "pt.", "cv", "pd", "perum"].map(FeatureHash.lowercased))

    /// The longest evidence name, in words.
    static let longest = 4

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match]) -> [TokenSpan] {
        var fixed = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { fixed[t] = true } }
        func key(_ r: Range<Int>) -> UInt64 {
            var h = FeatureHash.seed
            for t in r { h = FeatureHash.mix(h, a.cased[t]) }
            return FeatureHash.nonzero(h)
        }
        var evidence = HashIndex(capacity: 16)
        var found = false
        var owner = [Int32](repeating: -1, count: a.count)
        for (index, span) in spans.enumerated() { for t in span.tokens { owner[t] = Int32(index) } }
        // A name after a cue word: the span that starts there (a person's or an organisation's), or
        // the run of untagged capitalised words there (the tagger may have left `anggota Gaikindo` alone
        // where it took `Gaikindo` for a person elsewhere).
        for t in 1..<max(a.count, 1) where a.capitalised[t] && a.lowercaseWord[t - 1] && !fixed[t] {
            guard cues.contains(a.lower[t - 1]),
                  !ArticleTokens.lineBreak(between: a.tokens[t - 1], and: a.tokens[t], in: a.scalars) else { continue }
            var name: Range<Int>
            if owner[t] >= 0 {
                let span = spans[Int(owner[t])]
                guard span.tokens.lowerBound == t, span.type == .person || span.type == .organisation else { continue }
                name = span.tokens
            } else {
                var end = t + 1
                while end < a.count, end - t < longest, owner[end] < 0, !fixed[end], a.capitalised[end],
                      !ArticleTokens.lineBreak(between: a.tokens[end - 1], and: a.tokens[end], in: a.scalars) { end += 1 }
                name = t..<end
            }
            guard name.count <= longest, !name.contains(where: { fixed[$0] }) else { continue }
            evidence.insert(key(name), 1)
            found = true
        }
        // `PT Astra Otoparts Tbk` → `Astra Otoparts`.
        for span in spans where span.type == .organisation {
            let r = span.tokens
            guard r.count >= 2, companyPrefixes.contains(a.lower[r.lowerBound]), !r.contains(where: { fixed[$0] }) else { continue }
            var core = r.lowerBound + 1..<r.upperBound
            while core.count > 1 && EntityRefiner.companySuffixes.contains(a.lower[core.upperBound - 1]) {
                core = core.lowerBound..<core.upperBound - 1
            }
            if core.count <= longest, a.capitalised[core.lowerBound] {
                evidence.insert(key(core), 1)
                found = true
            }
        }
        guard found else { return spans }
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count + 2)
        for span in spans {
            let r = span.tokens
            guard span.type == .person, !r.contains(where: { fixed[$0] }) else { result.append(span); continue }
            if evidence.value(for: key(r)) != nil {
                result.append(TokenSpan(tokens: r, type: .organisation))
            } else if r.count >= 2, evidence.value(for: key(r.upperBound - 1..<r.upperBound)) != nil {
                result.append(TokenSpan(tokens: r.lowerBound..<r.upperBound - 1, type: .person))
                result.append(TokenSpan(tokens: r.upperBound - 1..<r.upperBound, type: .organisation))
            } else {
                result.append(span)
            }
        }
        return result
    }
}
