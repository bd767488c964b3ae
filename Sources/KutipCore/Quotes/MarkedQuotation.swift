/// What a span between paired quotation marks is, read from the words around it.
///
/// - direct: it stands as an utterance of its own: it opens its sentence (or follows `X berkata,`,
///   `X menulis …:`, `demonstran meneriakkan`) and is attributed after it (`“…,” kata X`), before
///   it, or continues the quotation before it.
/// - partial: it is embedded in a sentence (`Putin mengatakan “pekerjaan sekarang akan
///   dilakukan” untuk …`, `memperingatkan bahwa “jika perlu, …”`) where someone's speech is
///   reported, or is a clause-length phrase (four words or more).
/// - not a quotation: a title, name or term (`menggelar “pawai kebebasan” akbar`, `bertajuk “…”`,
///   `memulai "operasi militer khusus"`): short, embedded, with no speech around it, or right
///   after a word that introduces a name; a quoted headline (the article's first line).
struct MarkedQuotation {
    /// The quoted words' token range (marks excluded).
    var tokens: Range<Int>
    var kind: QuoteKind
    /// The attribution that names the speaker, when the text gives one.
    var mention: SpeakerMention?
    var evidence: SpeakerEvidence
}

extension QuoteText {
    /// Classifies the quoted span (token range `q`, marks excluded); nil when it is not speech.
    func markedQuotation(_ q: Range<Int>, previous: MarkedQuotation?) -> MarkedQuotation? {
        guard !q.isEmpty else { return nil }
        let wordCount = q.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
        guard wordCount > 0 else { return nil }
        // A quoted headline: the article's first line, when it does not end like a sentence.
        if lineOf[q.lowerBound] == lineOf[0], lineOf[count - 1] != lineOf[0] {
            var last = q.upperBound
            while last + 1 < count, lineOf[last + 1] == lineOf[0], last - q.upperBound < 40 { last += 1 }
            if last < count, lineOf[last] == lineOf[0], !(isSentenceFinal(last) || isQuoteMark(last) && last > 0 && isSentenceFinal(last - 1)) {
                return nil
            }
        }
        // A title in marks alone on its line, every word capitalised (`"Detik Pagi, Jangan Tidur
        // Lagi!"`, a promotion or a related headline): no one's speech.
        if wordCount >= 3, q.allSatisfy({ !isWord($0) || isCapitalised($0) }) {
            var s = q.lowerBound, e = q.upperBound
            while s > 0, lineOf[s - 1] == lineOf[q.lowerBound], isQuoteMark(s - 1) { s -= 1 }
            while e < count, lineOf[e] == lineOf[q.lowerBound], isQuoteMark(e) { e += 1 }
            if (s == 0 || lineOf[s - 1] != lineOf[q.lowerBound]) && (e == count || lineOf[e] != lineOf[q.lowerBound]) { return nil }
        }
        // Narration caught between two quotations whose marks were paired the wrong way round
        // (`” ujar Edy . Kepala Dinas … ”`): it opens with a tag verb.
        if SpeechWords.isPronounTag(lower[q.lowerBound]) || SpeechWords.isNamingTag(lower[q.lowerBound]) && q.count > 1
            && !isCapitalised(q.lowerBound) && (isCapitalised(q.lowerBound + 1) || has(q.lowerBound + 1, .pronouns)) {
            return nil
        }
        let open = q.lowerBound - 1
        let hasOpen = open >= 0 && isQuoteMark(open)
        let close = q.upperBound < count && isQuoteMark(q.upperBound) ? q.upperBound : nil
        var before = hasOpen ? open - 1 : q.lowerBound - 1
        // `&nbsp;` written out between sentences is a space.
        while before >= 2, lower[before] == ";", lower[before - 1] == "nbsp", lower[before - 2] == "&" { before -= 3 }
        let sameLine = before >= 0 && lineOf[before] == lineOf[q.lowerBound]
        let opensSentence = !sameLine || isSentenceFinal(before) || isQuoteMark(before) && (before == 0 || !isWord(before - 1) || isSentenceFinal(before - 1) || lower[before - 1] == ",")
        let sentenceStart = sentences[Int(sentenceOf[max(0, before)])].lowerBound

        let after = attributionAfter(close.map { $0 + 1 } ?? q.upperBound, quoteEnd: q.upperBound)
        let afterFollows = close.map { c in c + 1 < count && lineOf[c + 1] == lineOf[c] && !isSentenceFinal(c + 1) } ?? false

        // Introduced: `X berkata, “…”`, `ditulis …, “…”`, `demonstran meneriakkan “…”`.
        var introduced: SpeakerMention?
        var introducedByVerb = false
        if sameLine, !opensSentence {
            let p = before
            if lower[p] == "," || lower[p] == ":" {
                if let (verb, subject) = reportingVerb(before: p, from: max(sentenceStart, p - 12)) {
                    introducedByVerb = true
                    introduced = subject ?? nil
                    _ = verb
                }
            } else if has(p, .utteranceVerbs) {
                introducedByVerb = true
                introduced = subject(before: p, from: max(sentenceStart, p - 8))
            } else if lower[p] == "dan" || lower[p] == "serta", p > 0, isQuoteMark(p - 1), let previous, previous.tokens.upperBound == p - 1 {
                // `meneriakkan “…” dan “…”`: the same kind as the one before.
                return MarkedQuotation(tokens: q, kind: previous.kind, mention: previous.mention, evidence: previous.evidence)
            }
        }

        let standsAlone = opensSentence || introducedByVerb || (sameLine && (lower[before] == "," || lower[before] == ":") && after != nil)
        if standsAlone {
            if let after {
                return MarkedQuotation(tokens: q, kind: .direct, mention: after.mention, evidence: after.evidence)
            }
            if introducedByVerb {
                return MarkedQuotation(tokens: q, kind: .direct, mention: introduced, evidence: introduced == nil ? .continuation : .namedSubject)
            }
            // No attribution: a quotation continuing the one before, or a name/heading.
            if afterFollows, let c = close, isWord(c + 1), !isCapitalised(c + 1) { return nil }
            if afterFollows, let c = close, lower[c + 1] == "," , c + 2 < count, lower[c + 2] == "yang" { return nil }
            guard wordCount >= 3 else { return nil }
            if isHeadingLine(q) { return nil }
            return MarkedQuotation(tokens: q, kind: .direct, mention: nil, evidence: .continuation)
        }

        // Embedded in a sentence: partial, or a name or term.
        let p = before
        if has(p, .nameIntroducers) { return nil }
        if isTitleCase(q) { return nil }
        if wordCount <= 3, lower[p].hasPrefix("me"), SpeechWords.looksLikeVerb(lower[p]), !isReporting[p],
           !["menjadi", "merupakan", "menyebut", "menyebutnya", "menilai", "menganggap"].contains(lower[p]) {
            return nil
        }
        if p > 0, has(p - 1, .nameIntroducers), isCapitalised(q.lowerBound) { return nil }
        let verb = reportingVerb(before: p + 1, from: max(sentenceStart, p - 40))
        if let after, verb == nil {
            // A capitalised sentence of its own is direct; a lower-case fragment continues the narration.
            let kind: QuoteKind = wordCount >= 5 && isCapitalised(q.lowerBound) ? .direct : .partial
            return MarkedQuotation(tokens: q, kind: kind, mention: after.mention, evidence: after.evidence)
        }
        if let (_, subject) = verb {
            return MarkedQuotation(tokens: q, kind: .partial, mention: subject, evidence: subject == nil ? .guess : .namedSubject)
        }
        if let after { return MarkedQuotation(tokens: q, kind: .partial, mention: after.mention, evidence: after.evidence) }
        guard wordCount >= 4 else { return nil }
        // A clause-length phrase with no speech verb: the sentence's subject's words.
        let subject = sentenceSubject(from: sentenceStart, before: p + 1)
        return MarkedQuotation(tokens: q, kind: .partial, mention: subject, evidence: .guess)
    }

    /// Every word capitalised but the small joining ones (`Kabupaten Sleman dalam Angka 2019`,
    /// `Merah Putih`): the title or name of something, not someone's words.
    func isTitleCase(_ q: Range<Int>) -> Bool {
        var capitalised = 0
        for k in q where isWord(k) {
            if isCapitalised(k) { capitalised += 1; continue }
            if ["dan", "di", "ke", "dari", "dalam", "untuk", "yang", "atau", "pada", "of", "the", "and", "in", "on", "for",
                "to", "a", "an"].contains(lower[k]) { continue }
            return false
        }
        return capitalised > 0
    }

    /// A line that is only the quotation (and maybe a few words): a heading or promo line, unless
    /// it ends like a sentence.
    func isHeadingLine(_ q: Range<Int>) -> Bool {
        let line = lineOf[q.lowerBound]
        var first = q.lowerBound
        while first > 0, lineOf[first - 1] == line, q.lowerBound - first < 4 { first -= 1 }
        var last = q.upperBound - 1
        while last + 1 < count, lineOf[last + 1] == line, last - q.upperBound < 4 { last += 1 }
        guard last - first < q.count + 3 else { return false }
        var k = q.upperBound - 1
        while k > q.lowerBound, isQuoteMark(k) { k -= 1 }
        return !(isSentenceFinal(k) || lower[k] == ",")
    }

    /// The nearest reporting verb before token `end` in its sentence, not before `from`, with its
    /// subject (or nil subject for a zero subject).
    func reportingVerb(before end: Int, from: Int) -> (verb: Int, subject: SpeakerMention?)? {
        var k = end - 1
        var firstVerb: Int?
        while k >= from {
            let w = lower[k]
            if isReporting[k] || has(k, .utteranceVerbs) {
                if let subject = subject(before: k, from: max(from, k - 12)) { return (k, subject) }
                if firstVerb == nil { firstVerb = k }
                k -= 1
                continue
            }
            if w == "menurut", k + 1 < end {
                return (k, speakerAfter(k + 1, limit: end))
            }
            if w.hasPrefix("menurut"), w.count > 7 { return (k, SpeakerMention(tokens: k..<k + 1, kind: .pronoun)) }
            if isQuoteMark(k) && k < end - 1 && k != end - 1 { break }
            k -= 1
        }
        return firstVerb.map { ($0, nil) }
    }

    /// The subject at the start of a sentence, after connectives (`Namun mereka juga …` → `mereka`).
    func sentenceSubject(from start: Int, before end: Int) -> SpeakerMention? {
        var k = start
        while k < end, !isWord(k) || has(k, .connectives) || lower[k] == "," { k += 1 }
        guard k < end else { return nil }
        if has(k, .pronouns) { return SpeakerMention(tokens: k..<k + 1, kind: .pronoun) }
        if let e = entity(k), e.type == .person {
            var j = k
            while j < count, entityOf[j] == entityOf[k] { j += 1 }
            return SpeakerMention(tokens: strippedTitles(k..<j), kind: .name)
        }
        return nil
    }

    /// The attribution after a quotation, starting at token `i`: `, kata X`, `, katanya`,
    /// `” ujar Kasubdit … Rizki Agung Prakoso`, `”, tambahnya`, `” Casey Mace, kuasa usaha …,
    /// mengatakan`, `” kata Komandan … Serhiy Nayev mengatakan`.
    func attributionAfter(_ start: Int, quoteEnd: Int) -> (mention: SpeakerMention?, evidence: SpeakerEvidence)? {
        var i = start
        while i < count, lower[i] == "," || lower[i] == "-" || lower[i] == "—" { i += 1 }
        guard i < count, i == start || lineOf[i] == lineOf[max(0, start - 1)], isWord(i) else { return nil }
        guard lineOf[i] == lineOf[max(0, quoteEnd - 1)] || i == start && lineOf[i] == lineOf[max(0, start - 1)] else { return nil }
        let limit = min(count, i + 30)
        let w = lower[i]
        // `”…,” katanya` and `”…,” menurutnya (lagi)`.
        if SpeechWords.isPronounTag(w) || w == "menurutnya" {
            return (SpeakerMention(tokens: i..<i + 1, kind: .pronoun), .pronounAfterQuote)
        }
        if SpeechWords.isNamingTag(w) || w == "menurut" || w == "demikian" {
            var s = i + 1
            if w == "demikian", s < count, SpeechWords.isNamingTag(lower[s]) { s += 1 }
            guard let mention = speakerAfter(s, limit: sentenceLimit(from: s, cap: limit)) else {
                return (nil, .continuation)
            }
            return (mention, mention.kind == .pronoun ? .pronounAfterQuote : evidence(for: mention, tagged: true))
        }
        // `” Casey Mace, kuasa usaha …, mengatakan` or `” Hegseth menambahkan`.
        if isCapitalised(i) || has(i, .pronouns) {
            let end = sentenceLimit(from: i, cap: limit)
            var k = i + 1
            while k < end {
                if isReporting[k] || lower[k] == "dikatakan" {
                    if let mention = subjectNear(i, before: k) { return (mention, evidence(for: mention, tagged: true)) }
                    break
                }
                if isQuoteMark(k) { break }
                k += 1
            }
        }
        return nil
    }

    /// The speaker words that open at `i` and come before the verb at `verb` (`Casey Mace, kuasa
    /// usaha di kedutaan AS, mengatakan`: `Casey Mace`).
    func subjectNear(_ i: Int, before verb: Int) -> SpeakerMention? {
        if has(i, .pronouns) { return SpeakerMention(tokens: i..<i + 1, kind: .pronoun) }
        if has(i, .roleNouns), i + 1 < verb, let e = entity(i + 1), e.type != .person {
            var j = i + 1
            while j < verb, entityOf[j] == entityOf[i + 1] { j += 1 }
            return SpeakerMention(tokens: i..<j, kind: .description)
        }
        if let e = entity(i), e.type == .person || e.type == .organisation {
            var j = i
            while j < count, entityOf[j] == entityOf[i] { j += 1 }
            return SpeakerMention(tokens: e.type == .person ? strippedTitles(i..<j) : i..<j, kind: e.type == .person ? .name : .organisation)
        }
        return subject(before: verb, from: i, pastAdjuncts: false)
    }

    /// The end of the sentence holding `i`, at most `cap`.
    func sentenceLimit(from i: Int, cap: Int) -> Int {
        guard i < count else { return count }
        return min(cap, sentences[Int(sentenceOf[i])].upperBound)
    }

    func evidence(for mention: SpeakerMention, tagged: Bool) -> SpeakerEvidence {
        switch mention.kind {
        case .name: return tagged ? .namedInAttribution : .namedSubject
        case .organisation: return .organisation
        case .pronoun: return .pronoun
        case .description: return .description
        case .group: return .group
        }
    }
}
