/// Finds an article's quotations — direct and partial ones in quotation marks, unmarked direct
/// speech whose marks were lost, and indirect (reported) speech — and suggests who said each.
///
/// It reads the article once, sentence by sentence, keeping only what the text is about at that
/// point (the person and the group last spoken of), so the work is linear in the article's
/// length: every look-around is bounded to a few words.
///
/// Speakers: the person or body the attribution names, turned into the article's fullest form of
/// that name (`ArticlePeople`); for a pronoun or `-nya` tag, the person the text is about; for a
/// description (`Presiden Belarusia`), the person the article gives that role, else the person
/// the text is about; for an unnamed group, the group's own words. Names are plain strings: a
/// corpus-wide canonicaliser can be mapped over the result with `canonicalised(by:)`.
public struct QuoteExtractor: Sendable {
    /// The words met in the articles read so far (`LoweredWords`): keep one extractor for many
    /// articles.
    private let words = LoweredWordCache()

    public init() {}

    /// The quotations of a text, in text order, never overlapping.
    public func quotes(in scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>],
                       entities: [EntitySpan]) -> [QuoteSpan] {
        guard !tokens.isEmpty else { return [] }
        let text = words.withWords { QuoteText(scalars: scalars, tokens: tokens, sentences: sentences, entities: entities, words: &$0) }
            ?? QuoteText(scalars: scalars, tokens: tokens, sentences: sentences, entities: entities)
        let people = ArticlePeople(text: text)
        var reader = SpeakerReader(text: text, people: people)

        // Quotations in marks, by the sentence their first word is in.
        let markedSpans = QuotationMarks.quotedSpans(in: scalars)
        var marked: [(tokens: Range<Int>, withMarks: Range<Int>)] = []
        marked.reserveCapacity(markedSpans.count)
        var t = 0
        for span in markedSpans {
            while t < tokens.count, tokens[t].end <= span.lowerBound { t += 1 }
            var u = t
            while u < tokens.count, tokens[u].start < span.upperBound { u += 1 }
            guard u > t else { continue }
            let first = t > 0 && text.isQuoteMark(t - 1) ? t - 1 : t
            let last = u < tokens.count && text.isQuoteMark(u) ? u + 1 : u
            marked.append((t..<u, first..<last))
        }

        var result: [QuoteSpan] = []
        var m = 0
        var previousMarked: MarkedQuotation?
        var voice: (mention: SpeakerMention?, evidence: SpeakerEvidence, line: Int32, name: SpeakerSuggestion?)?
        for (index, sentence) in text.sentences.enumerated() {
            // A sentence inside a quotation (`“… . Eh , langsung ramai ,” katanya`) is the speaker's
            // words: its subject is not whom the text is about.
            if !(m > 0 && marked[m - 1].tokens.contains(sentence.lowerBound)) {
                // Where the first quotation opening in the sentence begins: its words are not the
                // narrator's.
                let opens = m < marked.count && marked[m].tokens.lowerBound < sentence.upperBound
                reader.observe(sentence: sentence, quotedFrom: opens ? marked[m].tokens.lowerBound : sentence.upperBound)
            }
            // The marked quotations that open in this sentence (a multi-sentence one is taken
            // whole here, and the sentences inside it are skipped for reported speech).
            var here: [Range<Int>] = []
            var emitted: [(range: Range<Int>, quote: QuoteSpan, group: Bool)] = []
            while m < marked.count, marked[m].tokens.lowerBound < sentence.upperBound {
                let q = marked[m]
                m += 1
                // A name or term in marks (`“pawai kebebasan”`) stays part of the reported clause around it.
                guard let found = text.markedQuotation(q.tokens, previous: previousMarked) else { continue }
                here.append(q.withMarks)
                previousMarked = found
                let speaker = reader.resolve(found.mention, evidence: found.evidence, at: q.tokens.lowerBound)
                // The next quotation in the same sentence (`” … ,” kata X . ” … ,” ujarnya .` where
                // the splitter made one sentence of both) continues this speaker.
                let group = found.mention?.kind == .group
                if let speaker { reader.spoke(speaker, group: group) }
                emitted.append((q.tokens, QuoteSpan(start: text.tokens[q.tokens.lowerBound].start,
                                                    end: text.tokens[q.tokens.upperBound - 1].end,
                                                    kind: found.kind, speaker: speaker), group))
            }
            // A marked quotation that opened earlier and runs over this sentence.
            let covered = result.last.map { $0.end > text.tokens[sentence.lowerBound].start } ?? false
            let inMarks = here + (m < marked.count && marked[m].withMarks.lowerBound < sentence.upperBound ? [marked[m].withMarks] : [])
            for reported in covered ? [] : text.reportedSpeech(in: sentence, marked: inMarks) {
                let speaker = reader.resolve(reported.mention, evidence: reported.evidence, at: reported.tokens.lowerBound)
                var range = reported.tokens
                if reported.kind == .unmarked {
                    range = text.voiceStart(range, sentenceIndex: index, after: result.last?.end ?? 0)
                    voice = (reported.mention, reported.evidence, text.lineOf[sentence.lowerBound], speaker)
                }
                // A stray mark left unpaired at either end (`"Air mulai naik sejak subuh, kata Slamet`)
                // is no part of the words.
                while range.count > 1, text.isQuoteMark(range.lowerBound) { range = range.lowerBound + 1..<range.upperBound }
                while range.count > 1, text.isQuoteMark(range.upperBound - 1) { range = range.lowerBound..<range.upperBound - 1 }
                emitted.append((range, QuoteSpan(start: text.tokens[range.lowerBound].start, end: text.tokens[range.upperBound - 1].end,
                                                 kind: reported.kind, speaker: speaker), reported.mention?.kind == .group))
            }
            if !covered, emitted.isEmpty, inMarks.isEmpty, let v = voice, v.line == text.lineOf[sentence.lowerBound],
               text.continuesVoice(sentence) {
                let range = sentence.lowerBound..<text.contentEnd(sentence)
                if !range.isEmpty {
                    emitted.append((range, QuoteSpan(start: text.tokens[range.lowerBound].start, end: text.tokens[range.upperBound - 1].end,
                                                     kind: .unmarked, speaker: v.name), v.mention?.kind == .group))
                }
            } else if !emitted.contains(where: { $0.quote.kind == .unmarked }) {
                voice = nil
            }
            emitted.sort { $0.quote.start < $1.quote.start }
            for (_, quote, group) in emitted {
                if let last = result.last, last.end > quote.start { continue }
                result.append(quote)
                if let speaker = quote.speaker { reader.spoke(speaker, group: group) }
            }
        }
        return result
    }
}

extension QuoteText {
    /// The start of an unmarked quotation moved back over the sentences before it in the same
    /// paragraph that speak in the same (first-person) voice with no attribution of their own.
    func voiceStart(_ range: Range<Int>, sentenceIndex: Int, after offset: Int) -> Range<Int> {
        var start = range.lowerBound
        var s = sentenceIndex - 1
        var steps = 0
        while s >= 0, steps < 3 {
            let previous = sentences[s]
            guard lineOf[previous.lowerBound] == lineOf[range.lowerBound], tokens[previous.lowerBound].start >= offset,
                  hasFirstPerson(previous), !previous.contains(where: { isQuoteMark($0) || isReporting[$0] })
            else { break }
            start = previous.lowerBound
            s -= 1
            steps += 1
        }
        return start..<range.upperBound
    }

    /// The sentence carries on the voice of an unmarked quotation just before it: it speaks in the
    /// first or second person, or opens with a condition (`Jika, Tuhan melarang, perang dimulai,
    /// …`), and has no quotation marks or reporting verb of its own.
    func continuesVoice(_ sentence: Range<Int>) -> Bool {
        guard !sentence.contains(where: { isQuoteMark($0) || isReporting[$0] }) else { return false }
        let first = lower[sentence.lowerBound]
        return hasFirstPerson(sentence) || ["jika", "kalau", "bila", "apabila", "seandainya", "andai"].contains(first)
    }
}

/// A set of canonical names, owned by one `SpeakerReader` for one article.
final class NameSet {
    var value: Set<String> = []
}

/// A memo of an article's bodies by their short forms, owned by one `SpeakerReader`.
final class LongFormMemo {
    var value: [String: String]?
}

/// A memo of canonical names, owned by one `SpeakerReader` for one article.
final class NameMemo {
    var value: [String: String] = [:]
}

/// Who the text is about as it is read, and the turning of speaker mentions into suggestions.
struct SpeakerReader {
    let text: QuoteText
    let people: ArticlePeople
    /// The person last spoken of or quoted.
    var person: SpeakerSuggestion?
    /// The speaker (person, body or group) last quoted.
    var lastSpeaker: SpeakerSuggestion?
    /// Whether `lastSpeaker` is an unnamed group (`para pengamat`, `Pemerintah`), which a
    /// singular pronoun (`katanya`, `dia`) cannot stand for.
    var lastSpeakerIsGroup = false
    /// Whether `person` was introduced as a sentence's subject after `lastSpeaker` last spoke
    /// (`“…,” kata Nasipah . Kepala Badan … Agung Hendriadi menyampaikan , … . “…,” katanya`):
    /// then a pronoun tag stands for that newer person.
    var personIsNewer = false
    /// Canonical names already looked up, by lower-cased spelling (a cache private to one article).
    let names = NameMemo()
    /// Words for a relative, which make a name after them someone else's (`Kakak Raoul Salim`).
    static let kin: Set<String> = ["kakak", "adik", "abang", "kakek", "nenek", "ayah", "ayahanda", "putra", "putri", "anak",
                                   "istri", "suami", "cucu", "keponakan", "menantu", "mertua", "sepupu", "paman", "bibi"]

    /// The article's bodies by their short forms (`organisationLongForms()`), once found.
    let longForms = LongFormMemo()
    /// The people already a sentence's subject or a speaker, by canonical name.
    let known = NameSet()
    /// Speakers' standings already judged, by name (a cache private to one article).
    let standings = StandingMemo()

    init(text: QuoteText, people: ArticlePeople) {
        self.text = text
        self.people = people
    }

    /// A sentence whose subject is a named person makes that person the one the text is about
    /// (`Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, …`: the name in apposition).
    /// Tokens from `quotedFrom` on are inside a quotation.
    mutating func observe(sentence: Range<Int>, quotedFrom: Int) {
        if observeAgent(sentence: sentence.lowerBound..<min(sentence.upperBound, quotedFrom)) { return }
        var k = sentence.lowerBound
        // `Menurutnya , Dudy tak pernah hadir`: the clause is what someone said; its subject is
        // not whom the text is about.
        if k < sentence.upperBound, text.lower[k].hasPrefix("menurut") { return }
        // A clause before the subject (`Setelah temuan itu jadi perbincangan, …`) is passed over.
        if k < sentence.upperBound, text.has(k, .connectives) {
            var c = k
            while c < sentence.upperBound, c - k < 15, text.lower[c] != "," { c += 1 }
            if c < sentence.upperBound, text.lower[c] == "," { k = c + 1 }
        }
        // Then the subject's titles and roles (`Ketua Satuan … (SPPG) Cigunung, Hana …`).
        let subjectStart = k
        // Or a description set off before the name (`Warga setempat , Siti Aminah ( 45 ) , …`,
        // `Salah satu pedagang , Yudi , …`).
        // The words before the comma must name what the person is or does.
        var c = k
        while c < sentence.upperBound, c - k < 8, text.isWord(c), !text.isReporting[c] { c += 1 }
        if c > k, c + 1 < sentence.upperBound, text.lower[c] == ",", text.isPerson(c + 1), !text.isPerson(k),
           (k..<c).contains(where: { text.has($0, .roleNouns) || text.has($0, .titles) || SpeakerStanding.ordinaryCues.contains(text.lower[$0]) }) {
            k = c + 1
        }
        var steps = 0
        while k < sentence.upperBound, steps < 14, !text.isPerson(k) {
            let w = text.lower[k]
            if text.isQuoteMark(k) || text.isReporting[k] || w == "yang" || w == ":" || w == "[" { return }
            // `dan` between capitalised words belongs to the role (`Kepala Seksi Haji dan Umrah`).
            let joinsRole = (w == "dan" || w == "serta") && k + 1 < sentence.upperBound && text.isCapitalised(k + 1)
            if text.isWord(k), !text.isCapitalised(k), !text.has(k, .titles), !text.has(k, .roleNouns), !joinsRole,
               text.entity(k) == nil, !["lainnya", "dari", "asal", "sekaligus"].contains(w) { return }
            k += 1
            steps += 1
        }
        guard k < sentence.upperBound, text.isPerson(k) else { return }
        var j = k
        while j < sentence.upperBound, text.entityOf[j] == text.entityOf[k] { j += 1 }
        // A relative of the person (`Kakak Raoul Salim ini`, `Istri Budi`) is someone else.
        if k > sentence.lowerBound, SpeakerReader.kin.contains(text.lower[k - 1]) { return }
        if j < sentence.upperBound, text.has(j, .demonstratives) { return }
        if j + 1 < sentence.upperBound, text.lower[j] == ",", text.isPerson(j + 1) {
            k = j + 1
            j = k
            while j < sentence.upperBound, text.entityOf[j] == text.entityOf[k] { j += 1 }
        }
        let range = people.nameRange(k..<j, in: text)
        // Its standing is judged when a quotation is first given to it (`standing(of:)`).
        let name = canonical(range)
        // Newer than the last speaker only when the sentence has the person speak (`Agung
        // Hendriadi menyampaikan , …`), even where no quotation was found in it.
        var v = j
        while v < sentence.upperBound, text.has(v, .adverbs) { v += 1 }
        // So does a person the article introduces here for the first time, the way news introduces
        // people: with a role before the name, or an age or apposition after it (`Deden ( 27 )
        // merasakan …`, `Yudi , warga Kleak , memutuskan …`): the text has turned to them.
        let speaks = v < sentence.upperBound && text.isReporting[v]
        let introducedHow = k > subjectStart
            || j + 2 < sentence.upperBound && text.lower[j] == "(" && text.tokens[j + 1].kind == .number && text.lower[j + 2] == ")"
            || j < sentence.upperBound && text.lower[j] == ","
        // A relative introduced as such (`Suaminya , Robit ( 35 ) ,`) is a side character.
        let asRelative = (subjectStart..<k).contains { t in
            let w = text.lower[t]
            return SpeakerReader.kin.contains(w) || w.hasSuffix("nya") && SpeakerReader.kin.contains(String(w.dropLast(3)))
        }
        let introduced = introducedHow && !asRelative && !known.value.contains(name)
        known.value.insert(name)
        personIsNewer = name != lastSpeaker?.name && (speaks || introduced)
        person = SpeakerSuggestion(name: name, mention: nil, confidence: 0)
    }

    /// Passive forms of reporting verbs, whose agent after `oleh` speaks (`klaim itu dibantah
    /// oleh Newsom`).
    static let passiveReporting: Set<String> = [
        "dibantah", "dikatakan", "disampaikan", "ditegaskan", "diungkapkan", "dijelaskan", "disebutkan", "dinyatakan",
        "diklaim", "dikritik", "dibenarkan", "dikonfirmasi", "ditanggapi", "dijawab", "diumumkan", "dipaparkan",
    ]

    private static let oleh = WordClasses.hash("oleh")

    /// A sentence whose speaker is the agent of a passive reporting verb (`Namun , klaim dari Trump
    /// tersebut langsung dibantah oleh Newsom .`) makes that person whom the text is about, and
    /// newer than the last speaker. Whether it did.
    mutating func observeAgent(sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k + 2 < sentence.upperBound {
            defer { k += 1 }
            // The hash first: a String comparison at every token would cost more.
            guard text.hashes[k + 1] == SpeakerReader.oleh, text.lower[k + 1] == "oleh", text.isPerson(k + 2),
                  SpeakerReader.passiveReporting.contains(text.lower[k]) else { continue }
            var j = k + 2
            while j < sentence.upperBound, text.entityOf[j] == text.entityOf[k + 2] { j += 1 }
            let name = canonical(people.nameRange(k + 2..<j, in: text))
            known.value.insert(name)
            personIsNewer = name != lastSpeaker?.name
            person = SpeakerSuggestion(name: name, mention: nil, confidence: 0)
            return true
        }
        return false
    }

    /// The article's canonical name for the name written at `range`, remembered per spelling.
    func canonical(_ range: Range<Int>) -> String {
        let words = range.filter { text.isWord($0) }.map { text.lower[$0] }
        let key = words.joined(separator: " ")
        if let known = names.value[key] { return known }
        let name = people.canonical(words, written: text.phrase(range))
        names.value[key] = name
        return name
    }

    /// A quotation was attributed: its speaker is now the one the text is about.
    /// An unnamed `group` becomes the last speaker (for `mereka` and unattributed quotations),
    /// but not the person the text is about.
    mutating func spoke(_ speaker: SpeakerSuggestion, group: Bool) {
        lastSpeaker = speaker
        lastSpeakerIsGroup = group
        personIsNewer = false
        known.value.insert(speaker.name)
        if group { return }
        if speaker.confidence >= SpeakerEvidence.group.confidence || person == nil { person = speaker }
    }

    /// The suggestion for a mention found with the given evidence, at token `at`.
    func resolve(_ mention: SpeakerMention?, evidence: SpeakerEvidence, at: Int) -> SpeakerSuggestion? {
        guard let mention else {
            // No attribution: the quotation before, or the person the text is about.
            guard let previous = lastSpeaker ?? person else { return nil }
            return SpeakerSuggestion(name: previous.name, mention: previous.mention,
                                     confidence: evidence == .continuation ? SpeakerEvidence.continuation.confidence : SpeakerEvidence.guess.confidence,
                                     publicFigure: standing(of: previous))
        }
        let span = text.span(mention.tokens)
        switch mention.kind {
        case .name:
            let range = people.nameRange(mention.tokens, in: text)
            let name = canonical(range)
            return SpeakerSuggestion(name: name, mention: text.span(range), confidence: evidence.confidence,
                                     publicFigure: text.standing(introducing: mention.tokens) ?? standings.standing(of: name, in: text))
        case .organisation:
            // A body speaking (`kata Kemenkes`) is an institution's voice.
            return SpeakerSuggestion(name: organisationName(mention.tokens), mention: span, confidence: evidence.confidence,
                                     publicFigure: true)
        case .pronoun:
            let word = text.lower[mention.tokens.lowerBound]
            let last = lastSpeakerIsGroup && word != "mereka" || personIsNewer && person != nil ? nil : lastSpeaker
            let referent = word == "mereka" ? (lastSpeaker ?? person) : (evidence == .pronounAfterQuote ? (last ?? person) : (person ?? last))
            guard let referent else { return nil }
            let how: SpeakerEvidence = evidence == .pronounAfterQuote ? .pronounAfterQuote : .pronoun
            return SpeakerSuggestion(name: referent.name, mention: span, confidence: how.confidence,
                                     publicFigure: standing(of: referent))
        case .description:
            let words = mention.tokens.filter { text.isWord($0) }.map { text.lower[$0] }
            // The description's own role (`kata Presiden`) says the standing, else the person it is.
            let described = text.standing(introducing: mention.tokens)
            if let name = people.person(described: words) {
                return SpeakerSuggestion(name: name, mention: span, confidence: SpeakerEvidence.description.confidence,
                                         publicFigure: described ?? standings.standing(of: name, in: text))
            }
            // A role many share with no demonstrative (`menurut pejabat AS`) tells of someone
            // unnamed, not of the person the text is about; `pejabat itu` does.
            let shared = words.first.map(SpeechWords.sharedRoleNouns.contains) == true
                && !(mention.tokens.count > 1 && text.has(mention.tokens.upperBound - 1, .demonstratives))
            if !shared, let referent = person {
                return SpeakerSuggestion(name: referent.name, mention: span, confidence: SpeakerEvidence.descriptionByFocus.confidence,
                                         publicFigure: described ?? standing(of: referent))
            }
            return SpeakerSuggestion(name: groupName(mention.tokens), mention: span, confidence: SpeakerEvidence.guess.confidence,
                                     publicFigure: described)
        case .group:
            return SpeakerSuggestion(name: groupName(mention.tokens), mention: span, confidence: evidence.confidence,
                                     publicFigure: text.standing(introducing: mention.tokens))
        }
    }

    /// The standing of a speaker already spoken of: as judged when they were quoted, else (the
    /// person a sentence was about) from how the article introduces that name.
    func standing(of referent: SpeakerSuggestion) -> Bool? {
        referent.publicFigure ?? standings.standing(of: referent.name, in: text)
    }

    /// An organisation by the short name the article gives it in brackets (`Organisasi Kesehatan
    /// Dunia (WHO)` → `WHO`), else as written.
    func organisationName(_ range: Range<Int>) -> String {
        // A body known by an acronym in capitals (`Organisasi Kesehatan Dunia (WHO)`) is named by it.
        let e = range.upperBound
        if e + 2 < text.count, text.lower[e] == "(", text.lower[e + 2] == ")", text.isWord(e + 1) {
            let abbreviation = text.scalars[text.tokens[e + 1].start..<text.tokens[e + 1].end]
            if abbreviation.count >= 2, abbreviation.allSatisfy({ $0.properties.isUppercase }) { return String(scalars: abbreviation) }
        }
        // One given a short form that is a word (`Universitas Udayana (Unud)` … `Unud menegaskan`)
        // is named in full, as where it is written in full.
        if range.count == 1, let long = organisationLongForms()[text.lower[range.lowerBound]] { return long }
        // A country run into the body's name by the tagger (`Rusia Interfax`).
        if range.count == 2, text.has(range.lowerBound, .places),
           !text.has(range.lowerBound + 1, .places), text.isCapitalised(range.lowerBound + 1) {
            return text.phrase(range.lowerBound + 1..<range.upperBound)
        }
        return text.phrase(range)
    }

    /// The article's bodies by the short forms it gives them in brackets after their names, words
    /// rather than acronyms in capitals (`Universitas Udayana ( Unud )`, `Kementerian Kesehatan (
    /// Kemenkes )`): lower-cased short form → full name. Found once per article, when a body
    /// first speaks.
    func organisationLongForms() -> [String: String] {
        if let known = longForms.value { return known }
        var forms: [String: String] = [:]
        var t = 1
        while t + 2 < text.count {
            defer { t += 1 }
            guard text.lower[t] == "(", text.lower[t + 2] == ")", text.isWord(t + 1), let e = text.entity(t - 1), e.type == .organisation else { continue }
            var j = t - 1
            while j > 0, text.entityOf[j - 1] == text.entityOf[t - 1] { j -= 1 }
            let short = text.lower[t + 1], long = text.phrase(j..<t)
            let inCapitals = text.scalars[text.tokens[t + 1].start..<text.tokens[t + 1].end].allSatisfy { $0.properties.isUppercase }
            guard !inCapitals, t - j >= 2, short.count <= 10, short.first == text.lower[j].first else { continue }
            if forms[short] == nil { forms[short] = long }
        }
        longForms.value = forms
        return forms
    }

    /// An unnamed group by its own words, the first lower-cased (`Beberapa pengamat` →
    /// `beberapa pengamat`).
    func groupName(_ range: Range<Int>) -> String {
        var words = range.map { text.phrase($0..<$0 + 1) }
        if let first = words.first, text.isCapitalised(range.lowerBound),
           range.lowerBound + 1 >= text.count || !text.isCapitalised(range.lowerBound + 1) || words.count == 1,
           first.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase }) {
            words[0] = first.lowercased()
        }
        return text.phrase(range).isEmpty ? "" : words.joined(separator: " ")
    }
}
