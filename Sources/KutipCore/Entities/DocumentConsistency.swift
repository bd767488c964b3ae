/// One name, one type in an article:
///
/// 1. every mention of the same words takes the type most of its mentions have (a tie keeps each
///    as it is); a gazetteer name keeps the gazetteer's type;
/// 2. a later (or earlier) mention of a tagged name that the tagger left untagged is tagged too;
/// 3. the parts of a person's multi-word name (`Trump` of `Donald Trump`, `Lisa` of `Lisa
///    Mariana`) are that person where they stand alone, untagged or tagged as something else.
///
/// Additions are only made where the words stand alone: not next to another capitalised word on
/// the same line (which would make them part of a longer name: `Lombok Barat`, `Gedung Budi Mulia`),
/// except in a headline or after a common word that starts the sentence, and not in lower case.
enum DocumentConsistency {
    /// Name particles that are not a person's name on their own.
    static let particles: WordHashes = WordHashes(["bin", "binti", "al", "el", "van", "von", "de", "der", "den", "da", "di",
        "la", "le", "du", "abu", "ibn", "i", "ni", "muhammad", "mohammad", "ahmad", "abdul", "st", "jr", "sr"]
        .map(FeatureHash.lowercased))

    /// `isCommon` tells whether a lower-cased word hash is a common word (not a name).
    static func apply(to spans: [TokenSpan], in a: ArticleTokens, fixed matches: [Gazetteer.Match],
                      isCommon: (UInt64) -> Bool = { _ in false }) -> [TokenSpan] {
        var spans = spans
        // `fixedEnd[t]`: the end of the gazetteer name that starts at token t, or -1.
        var fixedEnd = [Int32](repeating: -1, count: a.count)
        var fixedTokens = [Bool](repeating: false, count: a.count)
        for m in matches {
            fixedEnd[m.tokens.lowerBound] = Int32(m.tokens.upperBound)
            for t in m.tokens { fixedTokens[t] = true }
        }
        func isFixed(_ r: Range<Int>) -> Bool { fixedEnd[r.lowerBound] == Int32(r.upperBound) }
        let types = EntityType.allCases
        // A name's words as one hash (order-sensitive).
        func key(_ r: Range<Int>) -> UInt64 {
            var h = FeatureHash.seed
            for t in r { h = FeatureHash.mix(h, a.cased[t]) }
            return h
        }

        // 1. Majority type per surface form.
        // Votes per surface form: form → index into `votes` (one count per type).
        var forms = HashIndex(capacity: spans.count + 16)
        var votes: [SIMD4<Int32>] = []
        var spanForm = [Int](repeating: 0, count: spans.count)
        for (i, s) in spans.enumerated() {
            let k = FeatureHash.nonzero(key(s.tokens))
            let index: Int
            if let found = forms.value(for: k) { index = Int(found) } else {
                votes.append(SIMD4<Int32>())
                index = votes.count - 1
                forms.insert(k, Int32(index))
            }
            spanForm[i] = index
            votes[index][types.firstIndex(of: s.type)!] += isFixed(s.tokens) ? 3 : 1
        }
        // The majority type of each form, or nil on a tie.
        let majority: [EntityType?] = votes.map { v in
            let best = v.max()
            guard best > 0 else { return nil }
            let winners = (0..<4).filter { v[$0] == best }
            return winners.count == 1 ? types[winners[0]] : nil
        }
        for i in spans.indices where !isFixed(spans[i].tokens) {
            if let type = majority[spanForm[i]] { spans[i].type = type }
        }

        // 3 (names first, so that 2 sees them). Parts of people's names.
        var personParts = HashIndex(capacity: 256)  // cased hashes of the words of multi-word people's names
        for s in spans where s.type == .person && s.tokens.count >= 2 {
            for t in s.tokens where a.capitalised[t] && a.tokens[t].count >= 2 && a.tokens[t].kind == .word
                && !particles.contains(a.lower[t]) && !EntityRefiner.titles.contains(a.lower[t]) {
                personParts.insert(FeatureHash.nonzero(a.cased[t]), 1)
            }
        }
        func isPersonPart(_ t: Int) -> Bool { personParts.value(for: FeatureHash.nonzero(a.cased[t])) != nil }
        var covered = [Int](repeating: -1, count: a.count)
        func cover() {
            covered = [Int](repeating: -1, count: a.count)
            for (index, s) in spans.enumerated() { for t in s.tokens { covered[t] = index } }
        }
        cover()
        func standsAlone(_ r: Range<Int>) -> Bool {
            let before = r.lowerBound - 1, after = r.upperBound
            // A capitalised common word that starts the sentence (`Lalu Trump pergi`) is no name.
            let commonStart = before >= 0 && a.sentenceInitial[before] && (isCommon(a.lower[before]) || a.writtenInLowercase(before))
            if before >= 0, a.capitalised[before], !a.sentenceInitial[r.lowerBound], !commonStart,
               !EntityRefiner.titles.contains(a.lower[before]), !a.inHeadline[before],
               !ArticleTokens.lineBreak(between: a.tokens[before], and: a.tokens[r.lowerBound], in: a.scalars) { return false }
            if after < a.count, a.capitalised[after], !a.inHeadline[after],
               !ArticleTokens.lineBreak(between: a.tokens[after - 1], and: a.tokens[after], in: a.scalars) { return false }
            // Glued to a neighbour (`Putin-nya` is fine, `TEMPO.CO` is not one name part).
            if before >= 0, a.touching(before, r.lowerBound), a.tokens[before].kind == .word { return false }
            if after < a.count, a.touching(r.upperBound - 1, after), a.tokens[after].kind == .word { return false }
            return true
        }
        var t0 = 0
        while t0 < a.count {
            let t = t0
            t0 += 1
            guard a.capitalised[t], !fixedTokens[t], isPersonPart(t) else { continue }
            if covered[t] < 0 {
                // A run of untagged name parts is one person (`Lisa Mariana`, `Ridwan Kamil`).
                var end = t + 1
                while end < a.count, covered[end] < 0, a.capitalised[end], !fixedTokens[end], isPersonPart(end),
                      !ArticleTokens.lineBreak(between: a.tokens[end - 1], and: a.tokens[end], in: a.scalars) {
                    end += 1
                }
                if standsAlone(t..<end) && !(end == t + 1 && a.sentenceInitial[t] && a.writtenInLowercase(t)) {
                    spans.append(TokenSpan(tokens: t..<end, type: .person))
                    for k in t..<end { covered[k] = spans.count - 1 }
                }
                t0 = end
            } else if spans[covered[t]].tokens == t..<t + 1 && spans[covered[t]].type != .person {
                spans[covered[t]].type = .person
            }
        }

        // 2. Untagged mentions of tagged names.
        var typeOf = HashIndex(capacity: spans.count + 16)  // form → index in `types`
        for s in spans where a.capitalised[s.tokens.lowerBound] {
            let k = FeatureHash.nonzero(key(s.tokens))
            guard typeOf.value(for: k) == nil else { continue }
            let type = forms.value(for: k).flatMap { majority[Int($0)] } ?? s.type
            typeOf.insert(k, Int32(types.firstIndex(of: type)!))
        }
        let longest = spans.map { $0.tokens.count }.max() ?? 0
        var additions: [TokenSpan] = []
        var keys: [UInt64] = []  // reused from token to token
        var t = 0
        while t < a.count {
            guard covered[t] < 0, a.capitalised[t] else { t += 1; continue }
            var added = false
            // The keys of the uncovered runs starting here, shortest first.
            keys.removeAll(keepingCapacity: true)
            var h = FeatureHash.seed
            var end = t
            while end < a.count && end - t < longest && covered[end] < 0 {
                h = FeatureHash.mix(h, a.cased[end])
                keys.append(h)
                end += 1
            }
            for length in stride(from: keys.count, through: 1, by: -1) {
                let r = t..<t + length
                guard let found = typeOf.value(for: FeatureHash.nonzero(keys[length - 1])) else { continue }
                let type = types[Int(found)]
                if length == 1 && a.sentenceInitial[t] && a.writtenInLowercase(t) { continue }
                if standsAlone(r) {
                    additions.append(TokenSpan(tokens: r, type: type))
                    t += length
                    added = true
                }
                break
            }
            if !added { t += 1 }
        }
        return (spans + additions).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
