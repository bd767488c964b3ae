/// How the text names the speaker of one quotation.
enum MentionKind: Equatable {
    /// A person's name (`Lukashenko`, `Serhiy Nayev`).
    case name
    /// An organisation, outlet or country (`Kremlin`, `Interfax`, `Rusia`).
    case organisation
    /// A pronoun or a tag verb with `-nya` (`dia`, `Ia`, `katanya`, `Menurutnya`).
    case pronoun
    /// A description of one person (`Presiden Belarusia`, `Pemimpin Belarusia tersebut`).
    case description
    /// An unnamed group or person, named by its own words (`para pejabat militer`, `demonstran`).
    case group
}

/// The words naming a speaker: a token range and what kind of naming it is.
struct SpeakerMention: Equatable {
    var tokens: Range<Int>
    var kind: MentionKind
}

/// How a speaker was found, which sets the confidence of the suggestion.
enum SpeakerEvidence {
    /// Named in the quotation's own attribution (`“…,” kata Lukashenko`).
    case namedInAttribution
    /// Named as the subject of the reporting verb (`Putin mengatakan …`).
    case namedSubject
    /// An organisation or country in the attribution.
    case organisation
    /// An unnamed group in the attribution, taken literally.
    case group
    /// A pronoun resolved to the quotation just before, which it continues (`“…,” tambahnya`).
    case pronounAfterQuote
    /// A pronoun resolved to the person the text is about.
    case pronoun
    /// A description matched to the article's person with that role.
    case description
    /// A description resolved to the person the text is about.
    case descriptionByFocus
    /// No attribution of its own: the quotation continues the one before it.
    case continuation
    /// No attribution: the person the text is about.
    case guess

    /// The confidence of a suggestion found this way: about how often such suggestions were right
    /// on the hand-annotated articles (news-id dev and the bundled corpus: named 0.95 and 0.93,
    /// pronoun tags 0.86, resolved pronouns 0.96, groups 0.83, organisations 0.6, descriptions and
    /// guesses on too few to tell), kept in the order explicit name > pronoun > description > guess.
    var confidence: Double {
        switch self {
        case .namedInAttribution: return 0.95
        case .namedSubject: return 0.92
        case .pronoun: return 0.88
        case .pronounAfterQuote: return 0.85
        case .group: return 0.8
        case .continuation: return 0.78
        case .organisation: return 0.6
        case .description: return 0.6
        case .descriptionByFocus: return 0.5
        case .guess: return 0.35
        }
    }
}

extension QuoteText {
    /// The speaker named after a tag verb or `menurut`, starting at token `i` (`kata Komandan
    /// pasukan gabungan Ukraina Serhiy Nayev`, `ujar seorang sumber diplomatik dari …`, `kata dia`),
    /// not reaching `limit`.
    func speakerAfter(_ i: Int, limit: Int) -> SpeakerMention? {
        guard i < limit, i < count else { return nil }
        if has(i, .pronouns) { return SpeakerMention(tokens: i..<i + 1, kind: .pronoun) }
        // The window: words up to a preposition, time word or the sentence's end.
        var end = i
        var words = 0
        while end < limit, end < count, words < 16 {
            if isSentenceFinal(end) || isQuoteMark(end) || lower[end] == ";" { break }
            // A capitalised word that opens a clause (`kata seorang Ketika PSBB mulai …`): a
            // sentence whose end was lost starts there.
            if end > i, isCapitalised(end), entity(end) == nil, QuoteText.opensClause(lower[end]) { break }
            if end > i, isWord(end), !isCapitalised(end), has(end, .phraseStops) {
                // A `dan` between capitalised words belongs to the name of a body in the speaker's
                // role (`Menteri Riset dan Teknologi …`, `Kepala Bagian Hukum dan Humas …`).
                let joinsNames = (lower[end] == "dan" || lower[end] == "serta") && end + 1 < limit && end + 1 < count
                    && isCapitalised(end + 1) && (isCapitalised(end - 1) || lower[end - 1] == ",")
                // `dari` inside an unnamed group stays (`delegasi dari benua lain`) only when no
                // name came before; names end here.
                if !joinsNames { break }
            }
            if isWord(end) { words += 1 }
            end += 1
        }
        guard end > i else { return nil }
        // A person the tagger found: the first, or the last when the window opens with a title
        // or role (`kata Kepala Bagian Hukum dan Humas, Rumah Sakit Dr Sardjito, Banu Hermawan`:
        // the role comes first and the name last).
        var people: [Range<Int>] = []
        var k = i
        while k < end {
            if let e = entity(k), e.type == .person {
                var j = k
                while j < count, entityOf[j] == entityOf[k] { j += 1 }
                people.append(k..<j)
                k = j
                continue
            }
            k += 1
        }
        if let first = people.first {
            let roleFirst = has(i, .titles) || has(i, .roleNouns)
            return SpeakerMention(tokens: strippedTitles(roleFirst ? people.last! : first), kind: .name)
        }
        k = i
        while k < end {
            if let e = entity(k), e.type == .organisation {
                var j = k
                while j < count, entityOf[j] == entityOf[k] { j += 1 }
                return SpeakerMention(tokens: k..<j, kind: .organisation)
            }
            k += 1
        }
        // A capitalised run that is not a title: a name the tagger missed.
        k = i
        while k < end {
            if isCapitalised(k), !has(k, .titles), !has(k, .roleNouns) {
                var j = k
                while j < end, isCapitalised(j) { j += 1 }
                if entity(k)?.type == .location || j - k == 1 && k == i && has(k, .groupOpeners) { break }
                return SpeakerMention(tokens: k..<j, kind: .name)
            }
            if !isCapitalised(k), !(isWord(k) && k == i) { break }
            k += 1
        }
        // A description or group: the words up to the first comma.
        var j = i
        while j < end, lower[j] != ",", lower[j] != "(" { j += 1 }
        guard j > i, isWord(i) else { return nil }
        return SpeakerMention(tokens: i..<j, kind: describesOnePerson(i..<j) ? .description : .group)
    }

    /// The subject of a reporting verb at `verb`, looking back no further than `from`
    /// (`Lukashenko berulang kali mengatakan`, `para pejabat militer bersikeras`, `Ia menilai`).
    /// `pastAdjuncts`: whether adjuncts set off by commas may be passed back to the sentence's
    /// start (not when the caller wants the subject between `from` and the verb only).
    func subject(before verb: Int, from: Int, pastAdjuncts: Bool = true) -> SpeakerMention? {
        var k = verb - 1
        var skipped = 0
        while k >= from, skipped < 6 {
            let w = lower[k]
            if has(k, .adverbs) || w == "yang" || w == "secara" || w == "," && k == verb - 1 { k -= 1; skipped += 1; continue }
            if w == ")" {
                var j = k - 1
                while j >= from, lower[j] != "(", k - j < 12 { j -= 1 }
                if j >= from, lower[j] == "(" { k = j - 1; skipped += 1; continue }
            }
            break
        }
        // Adjuncts set off by commas between the subject and the verb (`Dony Rerung , saat
        // dihubungi di Ambon , Minggu ( 24 / 1 / 2021 ) petang , mengatakan`): each is passed
        // back to the comma before it, up to three.
        // They may reach back past `from`, to the sentence's start.
        var from = from
        let sentenceStart = verb < count ? min(from, sentences[Int(sentenceOf[verb])].lowerBound) : from
        var hops = 0
        while pastAdjuncts, hops < 3, k >= sentenceStart, k + 1 < verb, lower[k + 1] == "," {
            let start = phraseStart(endingAt: k, from: sentenceStart)
            // A phrase with a person's name in it is the subject, whatever number it holds
            // (`Ketua Umum Gaikindo periode 2016-2019 Johannes Nangoi , mengatakan`).
            guard start > sentenceStart + 1, isAdjunct(start..<k + 1), !(start..<k + 1).contains(where: { isPerson($0) }) else { break }
            k = start - 2
            from = min(from, max(sentenceStart, k - 12))
            hops += 1
        }
        // With no comma before the verb: a phrase after a comma that opens with an adjunct
        // (`Ahmad Yani , ketika dihubungi melalui telepon menyampaikan`) belongs to the subject
        // before it; an adjunct run on after a person's name inside the phrase (`Budi Santoso saat
        // ditemui di kantornya mengatakan`, `Tri Rismaharini dalam keterangan tertulis … menegaskan`)
        // ends the subject at the name.
        // (Not where a person or a body stands right before the verb: `TNI Angkatan Udara dalam
        // keterangan Kadispenau … Indan Gilang menyatakan` is Indan Gilang's.)
        if hops == 0, k >= from, entity(k).map({ $0.type == .location || $0.type == .miscellaneous }) ?? true {
            let start = phraseStart(endingAt: k, from: sentenceStart)
            let opensAdjunct = isWord(start) && !isCapitalised(start) && SpeechWords.adjunctOpeners.contains(lower[start])
            if pastAdjuncts, start > sentenceStart + 1, opensAdjunct, !(start..<k + 1).contains(where: { isPerson($0) }) {
                k = start - 2
                from = min(from, max(sentenceStart, k - 12))
                // The phrase before is a role set off after the name (`Jhonny Simanjutak , Sekretaris
                // Komisi E , seusai rapat kerja itu menjelaskan`): the person it follows.
                let before = phraseStart(endingAt: k, from: sentenceStart)
                if !(before..<k + 1).contains(where: { isPerson($0) }), let person = personOpening(before: before, from: sentenceStart) {
                    return person
                }
            } else if let a = (start + 1..<k + 1).first(where: {
                isWord($0) && !isCapitalised($0) && SpeechWords.adjunctOpeners.contains(lower[$0]) && isPerson($0 - 1)
            }) {
                k = a - 1
                from = min(from, start)
            }
        }
        // An adjunct run on after the subject inside its phrase (`Bahtiar saat dihubungi`,
        // `Airlangga Hartarto dalam keterangan resmi`): the subject ends before it.
        if hops > 0, k >= from {
            let start = phraseStart(endingAt: k, from: from)
            if let a = (start + 1..<k + 1).first(where: { isWord($0) && !isCapitalised($0) && has($0, .phraseStops) }), a - 1 >= from {
                k = a - 1
            }
        }
        // An apposition set off by commas right before the verb, opening in lower case (`Syarifudin ,
        // kuasa hukum Rajiun , menyampaikan`, `Yani ( 40 ) , agen tiket PO Pahala Kencana ,
        // mengaku`): the subject is the person whose name the phrases before it open with, not a
        // name inside the apposition.
        if k >= from, k + 1 < verb, lower[k + 1] == "," {
            let start = phraseStart(endingAt: k, from: sentenceStart)
            if start > sentenceStart, isWord(start), !isCapitalised(start),
               let person = personOpening(before: start, from: sentenceStart) {
                return person
            }
        }
        // A phrase with no person in it right after a person's name set off alone by a comma is
        // that person's apposition, capitalised or not (`Sarman Simanjorang , Ketua … HIPPI DKI
        // Jakarta , menjelaskan`, `Sisca Wiguno , Health Officer dari … Unicef yang diundang sebagai
        // pembicara mengatakan`).
        if pastAdjuncts, k >= from {
            let start = phraseStart(endingAt: k, from: sentenceStart)
            if start > sentenceStart + 1, !(start..<k + 1).contains(where: { isPerson($0) }), let name = nameAlone(before: start, from: sentenceStart) {
                return name
            }
        }
        guard k >= from, isWord(k) else { return nil }
        if has(k, .phraseStops) || has(k, .connectives) { return nil }
        if let e = entity(k) {
            var j = k
            while j > from, entityOf[j - 1] == entityOf[k] { j -= 1 }
            // `Presiden Belarusia`, `Kepala Pentagon`: a role and a place or body describe a person.
            if e.type != .person, j > from, has(j - 1, .roleNouns) {
                var r = j - 1
                while r > from, has(r - 1, .roleNouns) || has(r - 1, .titles) { r -= 1 }
                return SpeakerMention(tokens: r..<k + 1, kind: .description)
            }
            if e.type == .location, k + 1 < verb, lower[k + 1] == ",", let person = personOpening(before: j, from: sentenceStart) {
                return person
            }
            switch e.type {
            case .person: return SpeakerMention(tokens: strippedTitles(j..<k + 1), kind: .name)
            case .organisation, .location, .miscellaneous: return SpeakerMention(tokens: j..<k + 1, kind: .organisation)
            }
        }
        if has(k, .pronouns) { return SpeakerMention(tokens: k..<k + 1, kind: .pronoun) }
        // A noun phrase: back to a comma, a preposition or the clause's start.
        var j = k
        while j > from, k - j < 5 {
            let w = lower[j - 1]
            // `delegasi dari benua lain`: a group named with where it comes from.
            if w == "dari", j - 2 >= from, isWord(j - 2), !isCapitalised(j - 2), !has(j - 2, .phraseStops),
               !has(j - 2, .connectives), !isReporting[j - 2], !has(j - 2, .pronouns) {
                j -= 2
                continue
            }
            if !isWord(j - 1) || has(j - 1, .phraseStops) || has(j - 1, .connectives)
                || isReporting[j - 1] {
                break
            }
            j -= 1
        }
        let range = j..<k + 1
        if isCapitalised(k), !has(k, .titles) {
            // A capitalised name the tagger missed: its capitalised run.
            var s = k
            while s > j, isCapitalised(s - 1), !has(s - 1, .titles) { s -= 1 }
            if s > from || !has(s, .connectives) {
                return SpeakerMention(tokens: s..<k + 1, kind: .name)
            }
        }
        return SpeakerMention(tokens: range, kind: describesOnePerson(range) ? .description : .group)
    }

    /// The person whose name alone (with an age or initials in brackets) makes the phrase before
    /// the comma at `phrase - 1`, if it does.
    func nameAlone(before phrase: Int, from sentenceStart: Int) -> SpeakerMention? {
        guard phrase - 1 > sentenceStart, lower[phrase - 1] == "," else { return nil }
        let start = phraseStart(endingAt: phrase - 2, from: sentenceStart)
        let words = (start..<phrase - 1).filter { isWord($0) }
        guard let first = words.first, isPerson(first), words.allSatisfy({ isPerson($0) && entityOf[$0] == entityOf[first] }) else { return nil }
        return SpeakerMention(tokens: strippedTitles(first..<words.last! + 1), kind: .name)
    }

    /// Where the phrase that ends at `end` begins: after the comma before it, or at `from`.
    func phraseStart(endingAt end: Int, from: Int) -> Int {
        var start = end
        while start > from, lower[start - 1] != "," { start -= 1 }
        return start
    }

    /// The person whose apposition ends with the place set off by commas at `place` (`Teguh ( 37 ) ,
    /// pedagang daging sapi di Pasar Kebayoran Lama , Jakarta Selatan , menyampaikan`: the place
    /// says where the person works, it does not speak): the comma-separated phrases before it are
    /// walked back, up to three, to one that opens with a person's name.
    func personOpening(before place: Int, from sentenceStart: Int) -> SpeakerMention? {
        var comma = place - 1
        var phrases = 0
        while comma > sentenceStart, lower[comma] == ",", phrases < 3 {
            let start = phraseStart(endingAt: comma - 1, from: sentenceStart)
            if let e = entity(start), e.type == .person {
                var end = start
                while end < comma, entityOf[end] == entityOf[start] { end += 1 }
                return SpeakerMention(tokens: strippedTitles(start..<end), kind: .name)
            }
            comma = start - 1
            phrases += 1
        }
        return nil
    }

    /// Words that open a clause and are never part of a name (`Ketika`, `Namun`, `Setelah`).
    static func opensClause(_ word: String) -> Bool {
        switch word {
        case "ketika", "saat", "setelah", "sebelum", "namun", "sementara", "sedangkan", "meski", "meskipun", "padahal",
             "adapun", "sejak", "usai", "karena", "walaupun":
            return true
        default:
            return false
        }
    }

    /// A phrase between commas that tells when or where, not who: it opens with a preposition or
    /// time word (`saat dihubungi di Ambon`, `di sela rapat`), or holds a weekday, a time of day
    /// or a number (`Minggu ( 24 / 1 / 2021 ) petang`).
    func isAdjunct(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { isWord($0) || tokens[$0].kind == .number }) else { return false }
        if isWord(first), !isCapitalised(first) || lower[first] == "saat" || lower[first] == "ketika", has(first, .phraseStops) { return true }
        return range.contains { tokens[$0].kind == .number || isTimeWord($0) }
    }

    /// The phrase at `i` opens with a time word or a number (`Minggu ( 24 / 1 / 2021 ) petang`),
    /// so it says when, not who.
    func opensAsAdjunct(_ i: Int) -> Bool {
        i < count && (tokens[i].kind == .number || isTimeWord(i))
    }

    /// A weekday or a time of day (`Minggu`, `petang`, `kemarin`).
    func isTimeWord(_ k: Int) -> Bool {
        switch lower[k] {
        case "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "pagi", "siang", "sore", "petang",
             "malam", "kemarin", "tadi", "dini":
            return true
        default:
            return false
        }
    }

    /// A description of one person: a role noun, or a phrase ending in a demonstrative
    /// (`Presiden Belarusia`, `pria yang menjabat … ini`), and no group quantifier.
    func describesOnePerson(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = lower[range.lowerBound]
        if SpeechWords.groupOpeners.contains(first) { return first == "seorang" ? false : false }
        if SpeechWords.roleNouns.contains(first) || SpeechWords.titles.contains(first) && first != "para" { return true }
        return has(range.upperBound - 1, .demonstratives) && range.count > 1
    }

    /// The range without titles and honorifics in front (`Prof Ghufron` → `Ghufron`), keeping at
    /// least one word.
    func strippedTitles(_ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound
        while s + 1 < range.upperBound, has(s, .titles) || lower[s] == "." { s += 1 }
        return s..<range.upperBound
    }
}
