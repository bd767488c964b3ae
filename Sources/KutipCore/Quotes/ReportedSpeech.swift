/// Speech reported without quotation marks, found in one sentence:
///
/// - indirect: a reporting verb and its content clause (`X mengatakan (bahwa) …`, `X meminta
///   agar …`, `membantah spekulasi bahwa …`), `Menurut X, …`, `Kata dia, …`, `Dikatakannya, …`,
///   a trailing attribution (`…, lapor kantor berita Rusia Interfax`, `…, menurut pejabat AS`,
///   `…, tambahnya`) or one put inside the content (`Sportivo, lanjutnya, merupakan …`);
/// - unmarked: direct speech whose marks were lost, recognised by a trailing attribution and the
///   speaker's own voice (first or second person), or by the plain `kata` tag, which Indonesian
///   news keeps for verbatim speech (`…, katanya.`, `…, Lukashenko dikatakan.`).
///
/// The content is the clause after the verb (and after `bahwa`, `agar`, `untuk` or a comma) to
/// the end of the sentence, stopping before a coordinated clause with a reporting verb of its own
/// (`…, tetapi dia menekankan bahwa …`), a trailing attribution or a narrator's add-on
/// (`…, mengutip …`, `…, sebuah pengumuman …`). A verb with only a noun object (`menekankan
/// pentingnya …`, `menyebutkan penangkapan seorang pria yang …`) reports a topic, not speech,
/// and gives nothing.
/// `WordClasses.hash` of words the reported-speech layer compares tokens with, so that a token
/// is compared as a String only when its hash is the word's (a word of letters has no other
/// spelling that String would find equal once lower-cased, so the hash decides no differently).
enum ReportingWords {
    /// The words after which `attribution(at:end:)` looks for the speaker named next.
    static let namingHashes: [UInt64] = ["menurut", "lapor", "tulis", "kata", "ujar", "ucap", "tutur", "tambah", "jelas",
                                         "demikian"].map { WordClasses.hash($0) }
    static let dikatakan = WordClasses.hash("dikatakan")
    static let berkata = WordClasses.hash("berkata")
    static let kata = WordClasses.hash("kata")
}

struct ReportedQuotation {
    var tokens: Range<Int>
    var kind: QuoteKind
    var mention: SpeakerMention?
    var evidence: SpeakerEvidence
    /// The attribution came from the trailing `…, katanya.` kind, which can carry the voice on to
    /// the next sentence.
    var trailing = false
}

extension QuoteText {
    /// The reported speech of sentence `s` (a token range). `marked` are the token ranges (marks
    /// included) of the quotations in marks that lie in it.
    func reportedSpeech(in s: Range<Int>, marked: [Range<Int>]) -> [ReportedQuotation] {
        let end = contentEnd(s)
        guard end - s.lowerBound >= 3 else { return [] }
        let start = clauseStart(s, end: end)
        var found: [ReportedQuotation] = []

        if marked.isEmpty, let leading = leadingAttribution(start, end: end) {
            found.append(leading)
            return found
        }
        if marked.isEmpty, let trailing = trailingAttribution(s, start: start, end: end) {
            return [trailing]
        }
        found += verbClauses(s, start: start, end: end, marked: marked)
        return found
    }

    /// The last content token of the sentence + 1: without its final marks and closing quotes.
    func contentEnd(_ s: Range<Int>) -> Int {
        var e = s.upperBound
        while e > s.lowerBound, isSentenceFinal(e - 1) || isQuoteMark(e - 1) || lower[e - 1] == "," { e -= 1 }
        return e
    }

    /// Where the sentence's own words start, after discourse connectives and their comma
    /// (`Tetapi, untuk diketahui, …`).
    func clauseStart(_ s: Range<Int>, end: Int) -> Int {
        var k = s.lowerBound
        while k < end, !isWord(k) && !isQuoteMark(k) { k += 1 }
        var changed = true
        while changed {
            changed = false
            var j = k
            while j < end, j - k < 4, isWord(j), has(j, .connectives) || lower[j] == "diketahui" || lower[j] == "untuk" || lower[j] == "itu" {
                j += 1
            }
            if j > k, j < end, lower[j] == "," { k = j + 1; changed = true }
        }
        return k
    }

    /// `Menurut X, …`, `Menurutnya, …`, `Kata dia, …`, `Dikatakannya, …` at the clause's start
    /// (after a connective: `Namun, menurut Andi, …`).
    func leadingAttribution(_ start: Int, end: Int) -> ReportedQuotation? {
        var k = start
        while k < end, has(k, .connectives) && lower[k] != "menurut" { k += 1 }
        guard k < end else { return nil }
        let w = lower[k]
        var comma = k + 1
        while comma < end, comma - k < 14, lower[comma] != "," { comma += 1 }
        guard comma < end - 2, lower[comma] == "," else { return nil }
        var mention: SpeakerMention?
        if w == "menurut" || (SpeechWords.isNamingTag(w) && isCapitalised(k)) {
            mention = speakerAfter(k + 1, limit: comma)
            guard mention != nil else { return nil }
            // A role before the name, set off by commas (`Menurut pengamat kepolisian dari
            // Universitas Indonesia , Bambang Widodo , …`): the person named is the speaker.
            if mention?.kind != .name, let e = entity(comma + 1), e.type == .person {
                var j = comma + 1
                while j < end, entityOf[j] == entityOf[comma + 1] { j += 1 }
                if j < end - 2, lower[j] == "," {
                    mention = SpeakerMention(tokens: strippedTitles((comma + 1)..<j), kind: .name)
                    comma = j
                }
            }
        } else if (w.hasPrefix("menurut") || (w.hasPrefix("di") && w.hasSuffix("nya") && w.count > 8)), comma == k + 1 {
            mention = SpeakerMention(tokens: k..<k + 1, kind: .pronoun)
        } else {
            return nil
        }
        let content = (comma + 1)..<end
        guard content.count >= 3 else { return nil }
        let (kind, evidence) = (QuoteKind.indirect, evidence(for: mention!, tagged: false))
        return ReportedQuotation(tokens: content, kind: kind, mention: mention, evidence: evidence == .namedSubject ? .namedInAttribution : evidence)
    }

    /// A trailing attribution after a comma (`…, katanya.`, `…, kata X.`, `…, lapor X, mengutip …`,
    /// `…, menurut X.`, `…, X dikatakan.`, `…, X, penantang …, mengatakan kepada …`), or one
    /// inside the content (`Sportivo, lanjutnya, merupakan …`).
    func trailingAttribution(_ s: Range<Int>, start: Int, end: Int) -> ReportedQuotation? {
        var c = start + 1
        while c < end - 1 {
            defer { c += 1 }
            guard lower[c] == "," else { continue }
            guard let (mention, evidence, attributionEnd, plainKata) = attribution(at: c + 1, end: end) else { continue }
            // A person's name alone before an apposition and its verb (`Jhonny Simanjuntak ,
            // Sekretaris Komisi E , seusai rapat menjelaskan , …`) is that verb's subject, not
            // speech; before a tag (`Rizieq , menurut dia , bukan mangkir …`) it is the speech's.
            let lead = start..<c
            if !isTag(c + 1), lead.contains(where: { isPerson($0) }), lead.allSatisfy({ isPerson($0) || !isWord($0) }) { continue }
            // Inside the content: more content follows the attribution.
            var rest = attributionEnd
            if rest < end, lower[rest] == "," { rest += 1 }
            // `…, kata Teguh, saat ini mencapai …`: `saat ini` is the content's own time, not the
            // narrator's `saat ditemui`.
            let contentTime = rest + 1 < end && ["saat", "ketika"].contains(lower[rest]) && ["ini", "itu"].contains(lower[rest + 1])
            let interposed = rest < end && attributionEnd < end && lower[attributionEnd] == "," && (contentTime
                || !["mengutip", "dalam", "di", "pada", "kepada", "saat", "ketika", "sebagaimana", "seperti", "dikutip",
                     "sambil", "usai", "seusai", "dilansir", "melalui", "lewat"].contains(lower[rest])) && end - rest >= 3
            // A short narrator's lead-in before `menurut X,` (`Dikutip dari detikNews, menurut X, …`).
            if interposed, lower[c + 1] == "menurut", c - start <= 4, lower[start].hasPrefix("di") || lower[start] == "seperti" {
                return ReportedQuotation(tokens: rest..<end, kind: .indirect, mention: mention, evidence: evidence)
            }
            var first = start
            if interposed, has(first, .connectives), first + 1 < c { first += 1 }
            let content = interposed ? first..<end : start..<c
            guard content.count >= (interposed ? 2 : 3) else { continue }
            let voice = hasFirstPerson(content)
            let kind: QuoteKind = voice || plainKata && !interposed ? .unmarked : .indirect
            return ReportedQuotation(tokens: content, kind: kind, mention: mention, evidence: evidence, trailing: !interposed)
        }
        return nil
    }

    /// Whether the word at `i` opens a tag: a pronoun tag (`katanya`), a verb of saying before its
    /// speaker (`kata dia`, `menurut X`), or `menurutnya`.
    func isTag(_ i: Int) -> Bool {
        SpeechWords.isPronounTag(lower[i]) || ReportingWords.namingHashes.contains(hashes[i]) || lower[i].hasPrefix("menurut")
    }

    /// An attribution starting at `i`: its speaker, how it names them, where it ends, and whether
    /// it is the plain `kata` tag.
    func attribution(at i: Int, end: Int) -> (SpeakerMention, SpeakerEvidence, Int, Bool)? {
        guard i < end else { return nil }
        let w = lower[i]
        if SpeechWords.isPronounTag(w) {
            return (SpeakerMention(tokens: i..<i + 1, kind: .pronoun), .pronounAfterQuote, i + 1, w == "katanya")
        }
        if ReportingWords.namingHashes.contains(hashes[i]), w == "menurut" || w == "lapor" || w == "tulis" || w == "kata"
            || w == "ujar" || w == "ucap" || w == "tutur" || w == "tambah" || w == "jelas" || w == "demikian" {
            guard let mention = speakerAfter(i + 1, limit: end) else { return nil }
            return (mention, evidence(for: mention, tagged: true), mention.tokens.upperBound, w == "kata")
        }
        // A passive verb of saying with its agent (`…, disebutkan Afifuddin, …`, `…, dijelaskan
        // dia`): only a named speaker or a pronoun, not a description (`disebutkan dalam laporan`).
        if SpeechWords.passiveReporting.contains(w), i + 1 < end, isCapitalised(i + 1) || has(i + 1, .pronouns),
           let mention = speakerAfter(i + 1, limit: end), mention.kind == .name || mention.kind == .organisation || mention.kind == .pronoun {
            return (mention, evidence(for: mention, tagged: true), mention.tokens.upperBound, false)
        }
        if w.hasPrefix("menurut"), w.count > 7 {
            return (SpeakerMention(tokens: i..<i + 1, kind: .pronoun), .pronoun, i + 1, false)
        }
        // `X dikatakan.`, `X, penantang …, mengatakan kepada …`. A place after a comma ends a
        // person's apposition (`Teguh , pedagang di Pasar Kebayoran Lama , Jakarta Selatan ,
        // menyampaikan , …`): the clause is the person's, read by `verbClauses`.
        guard isCapitalised(i) || has(i, .pronouns), entity(i)?.type != .location else { return nil }
        var k = i + 1
        var commas = 0
        while k < end, k - i < 20 {
            let v = lower[k]
            if v == "," { commas += 1; if commas > 2 { return nil } }
            if isReporting[k] || hashes[k] == ReportingWords.dikatakan && v == "dikatakan" || hashes[k] == ReportingWords.berkata && v == "berkata" {
                let next = k + 1 < end ? lower[k + 1] : ""
                guard k + 1 >= end || ["kepada", "dalam", "pada", "di", "saat", "ketika", "melalui", "dengan", "lewat", ","].contains(next) else {
                    return nil
                }
                // A date or place set off by commas is no attribution (`…, Minggu (24/1/2021)
                // petang, mengatakan, …`: the subject stands before it).
                guard !opensAsAdjunct(i), let mention = subjectNear(i, before: k) else { return nil }
                return (mention, evidence(for: mention, tagged: true), k + 1, v == "dikatakan")
            }
            if isQuoteMark(k) || v == "bahwa" || v == "-" || v == "–" || v == "—" { return nil }
            k += 1
        }
        return nil
    }

    func hasFirstPerson(_ range: Range<Int>) -> Bool {
        for k in range where isWord(k) {
            let w = lower[k]
            if has(k, .firstPerson) { return true }
            if w.count > 4, w.hasSuffix("ku") || w.hasSuffix("mu"), !w.hasSuffix("nku"), false { return true }
        }
        return false
    }

    /// Indirect speech after reporting verbs in the sentence.
    func verbClauses(_ s: Range<Int>, start: Int, end: Int, marked: [Range<Int>]) -> [ReportedQuotation] {
        var found: [ReportedQuotation] = []
        var k = start
        var lastMention: SpeakerMention?
        var lastEvidence = SpeakerEvidence.guess
        let kata = ReportingWords.kata
        while k < end {
            // The word is taken only at a verb (a String copy per token cost a retain and release).
            let isVerb = isReporting[k]
                || hashes[k] == kata && lower[k] == "kata" && k > s.lowerBound && (isPerson(k - 1) || has(k - 1, .pronouns))
            guard isVerb, !marked.contains(where: { $0.contains(k) }) else { k += 1; continue }
            let w = lower[k]
            if isModalised(k, from: s.lowerBound) { k += 1; continue }
            // A reporting verb capitalised inside its sentence is a title's (`Pilihan editor : Top
            // 3 Dunia : Elon Musk Mengaku Kecewa`), not narration.
            if k > s.lowerBound, isCapitalised(k), isWord(k - 1) { k += 1; continue }
            guard let (contentStart, complementised) = contentStart(after: k, end: end), contentStart < end else { k += 1; continue }
            let contentStop = contentBoundary(from: contentStart, end: end)
            let content = contentStart..<contentStop.end
            guard content.count >= 2,
                  complementised || !has(k, .verbsNeedingComplementiser) && isClause(content, verb: w)
                  || has(k, .directiveVerbs) && asksSomeoneToAct(content)
            else {
                // Not a content clause (`Menanggapi hal itu, …`): the sentence may still report,
                // and a subject named here is the one a later verb without its own goes with
                // (`delegasi … mengungkapkan kekecewaan karena …, khawatir negosiasi … gagal`).
                if let subject = subject(before: k, from: max(s.lowerBound, k - 12)), subject.kind != .pronoun || lastMention == nil,
                   !zeroSubject(before: k, from: s.lowerBound) {
                    lastMention = subject
                    lastEvidence = evidence(for: subject, tagged: false)
                }
                k += 1
                continue
            }
            defer { k = max(k + 1, contentStop.next ?? contentStop.end) }
            // A quotation in marks inside the content is the one annotated (a partial or direct).
            if marked.contains(where: { $0.overlaps(content) }) {
                if let subject = subject(before: k, from: max(s.lowerBound, k - 12)) { lastMention = subject }
                if let next = contentStop.next, lower[max(next - 1, 0)] == "bahwa" {
                    // `…, dan bahwa Y`: the second content clause of the same verb.
                    let second = next..<contentBoundary(from: next, end: end).end
                    if second.count >= 2, !marked.contains(where: { $0.overlaps(second) }) {
                        let mention = lastMention
                        found.append(ReportedQuotation(tokens: second, kind: .indirect, mention: mention,
                                                       evidence: mention.map { self.evidence(for: $0, tagged: false) } ?? .continuation))
                    }
                }
                continue
            }
            var mention = subject(before: k, from: max(s.lowerBound, k - 12))
            if k > s.lowerBound, lower[k - 1] == "yang", mention?.kind != .name, mention?.kind != .organisation { continue }
            var evidence = mention.map { self.evidence(for: $0, tagged: false) } ?? .continuation
            if mention == nil || zeroSubject(before: k, from: s.lowerBound) {
                if let lastMention { mention = lastMention; evidence = lastEvidence } else { mention = nil; evidence = .continuation }
            }
            lastMention = mention
            lastEvidence = evidence
            found.append(ReportedQuotation(tokens: content, kind: .indirect, mention: mention, evidence: evidence))
        }
        // `Meski memprediksi …, pengamat … Kesit menilai …`: a subject given only later.
        for i in found.indices.reversed() where found[i].mention == nil && i + 1 < found.count {
            found[i].mention = found[i + 1].mention
            found[i].evidence = found[i + 1].evidence
        }
        return found
    }

    /// A directive's object and what it is asked to do, with no `agar` (`meminta penyedia makanan
    /// lebih menjaga kebersihan dapur`, `mengimbau warga Kabupaten Sleman menjauhi …`): a short noun
    /// phrase that names people (a people word, an agent noun in pe(N)- such as `pedagang`,
    /// `pemerintah`, a pronoun, or a named person or body), then a verb in me-/ber- or an adverb that
    /// opens one. Not a thing asked for (`meminta maaf`, `meminta evaluasi menyeluruh`).
    /// Adverbs that open the verb phrase of a request's object (`lebih menjaga`, `segera mengungsi`).
    /// Words for people at large that a request is made of (`meminta masyarakat …`).
    static let peopleAtLarge: Set<String> = ["masyarakat", "warga", "publik", "semua", "seluruh", "orang"]

    static let opensVerb: Set<String> = ["segera", "tidak", "lebih", "tetap", "terus", "jangan"]

    func asksSomeoneToAct(_ content: Range<Int>) -> Bool {
        let first = content.lowerBound
        guard first < content.upperBound, isWord(first) else { return false }
        let w0 = lower[first]
        let agentNoun = w0.hasPrefix("pe") && !w0.hasSuffix("an") && w0.count >= 6
        let people = agentNoun || has(first, .roleNouns) || has(first, .groupOpeners) || has(first, .pronouns)
            || SpeakerStanding.ordinaryCues.contains(w0) || Self.peopleAtLarge.contains(w0)
            || entity(first).map { $0.type == .person || $0.type == .organisation } ?? false
        guard people else { return false }
        var p = first + 1
        while p < content.upperBound, p - first < 5 {
            guard isWord(p) else { return false }
            let w = lower[p]
            if !isCapitalised(p), Self.opensVerb.contains(w) || (w.hasPrefix("me") || w.hasPrefix("ber")) && w.count >= 6 { return true }
            if !isCapitalised(p), has(p, .phraseStops) { return false }
            p += 1
        }
        return false
    }

    /// A modal stands before the verb at `verb`, past adverbs (`Pemerintah harus memastikan`,
    /// `akan segera menyampaikan`): the verb tells what must, can or will be said, not speech.
    func isModalised(_ verb: Int, from: Int) -> Bool {
        var k = verb - 1
        while k >= from, has(k, .adverbs) { k -= 1 }
        return k >= from && SpeechWords.modals.contains(lower[k])
    }

    /// The verb's subject is left out: a conjunction or comma is right before it
    /// (`… dan berjanji akan …`).
    func zeroSubject(before verb: Int, from: Int) -> Bool {
        var k = verb - 1
        while k >= from, has(k, .adverbs) { k -= 1 }
        // A comma that closes a when-or-where phrase (`…, Minggu ( 24 / 1 ) petang , mengatakan`)
        // leaves the subject before that phrase, not out.
        if k > from, lower[k] == "," {
            let start = phraseStart(endingAt: k - 1, from: from)
            if start > from, isAdjunct(start..<k) { return false }
            // Nor does a place that ends a person's apposition (`Harold Lontoh , anggota KPPS 7 di
            // Kelurahan Lapangan , Manado , menyatakan`).
            if start > from, entity(start)?.type == .location, personOpening(before: start, from: from) != nil { return false }
            // Nor a comma written right after the subject's name (`Ketua Umum Gaikindo … Johannes
            // Nangoi , mengatakan , …`).
            if k - 1 >= from, entity(k - 1)?.type == .person { return false }
            // Nor an apposition after a name set off alone (`Sarman Simanjorang , Ketua … DKI
            // Jakarta , menjelaskan`).
            if start > from, !(start..<k).contains(where: { isPerson($0) }), nameAlone(before: start, from: from) != nil { return false }
        }
        return k >= from && (lower[k] == "dan" || lower[k] == "serta" || lower[k] == "," || lower[k] == "tetapi" || lower[k] == "lalu")
    }

    /// Where a reporting verb's content starts, and whether a complementiser (`bahwa`, `agar`,
    /// `untuk`) or a comma brought it in.
    func contentStart(after verb: Int, end: Int) -> (Int, Bool)? {
        var j = verb + 1
        guard j < end else { return nil }
        if lower[j] == "," {
            var start = j + 1
            if start < end, lower[start] == "bahwa" { start += 1 }
            return (start, true)
        }
        // `bahwa` a few words on: `mengatakan pada hari Rabu bahwa`, `mengatakan kepada AFP bahwa`.
        var t = j
        while t < end, t - j < 10 {
            let w = lower[t]
            if w == "bahwa" || (w == "agar" || w == "supaya") && has(verb, .directiveVerbs) && t - j < 6 {
                var start = t + 1
                while start < end, lower[start] == "," { start += 1 }
                return (start, true)
            }
            if w == "," || isQuoteMark(t) || isReporting[t] { break }
            t += 1
        }
        if lower[j] == "untuk" && has(verb, .directiveVerbs) { return (j + 1, true) }
        if lower[j] == "kepada" || lower[j] == "pada" {
            // `mengatakan kepada wartawan, …`.
            var c = j
            while c < end, c - j < 6, lower[c] != "," { c += 1 }
            if c < end, lower[c] == "," { return (c + 1, true) }
            return nil
        }
        j = verb + 1
        while j < end, lower[j] == "kembali" || lower[j] == "juga" || lower[j] == "pula" { j += 1 }
        if isQuoteMark(j) { return nil }
        return (j, false)
    }

    /// Where the content starting at `start` ends: before a coordinated reporting clause, a
    /// trailing attribution or a narrator's add-on; `next` is where a coordinated clause's own
    /// verb or second `bahwa` content starts.
    func contentBoundary(from start: Int, end: Int) -> (end: Int, next: Int?) {
        var k = start
        // A content clause is at most a few hundred words: the scan stays bounded in run-on text.
        let end = min(end, start + 400)
        while k < end {
            let w = lower[k]
            if w == ",", k + 1 < end {
                let n = lower[k + 1]
                if ["sementara", "sedangkan", "mengutip", "sebuah", "menurut", "lapor", "demikian", "seperti",
                    "sebagaimana"].contains(n) || SpeechWords.isPronounTag(n) || SpeechWords.isNamingTag(n) {
                    return (k, nil)
                }
                if n == "dan", k + 2 < end, lower[k + 2] == "bahwa" { return (k, k + 3) }
                // `…, pengamat sepak bola Kesit Budi Handoyo menilai bahwa …`: a new subject and verb.
                var t = k + 1
                while t < end, t - k < 10 {
                    let v = lower[t]
                    if isReporting[t] { return (k, t) }
                    if v == "," || isQuoteMark(t) || isPredicate[t] { break }
                    t += 1
                }
            }
            if has(k, .clauseLinks), k > start {
                if k + 1 < end, lower[k + 1] == "bahwa" { return (trimmed(k, start), k + 2) }
                var t = k + 1
                var steps = 0
                while t < end, steps < 4 {
                    if isReporting[t] { return (trimmed(k, start), t) }
                    if !(has(t, .pronouns) || has(t, .adverbs) || isPerson(t)) { break }
                    t += 1
                    steps += 1
                }
            }
            k += 1
        }
        return (end, nil)
    }

    private func trimmed(_ k: Int, _ start: Int) -> Int {
        var e = k
        while e > start, lower[e - 1] == "," { e -= 1 }
        return e
    }

    /// The content is a clause (a predicate of its own), not a noun phrase naming a topic: a verb
    /// or predicate word before any relative `yang`, or a main predicate after the relative
    /// clause (`teknik … yang diterapkan … merupakan …`); `X sebagai Y` after describing verbs.
    func isClause(_ content: Range<Int>, verb: String) -> Bool {
        let first = lower[content.lowerBound]
        if first.hasSuffix("nya"), first.count > 6, first.hasPrefix("peng") || first.hasPrefix("pen") || first.hasPrefix("pe") && false {
            return false
        }
        if ["pentingnya", "perlunya", "soal", "tentang", "mengenai", "terkait", "hal"].contains(first) { return false }
        // A feeling named as a noun and what it is about (`mengungkapkan kekecewaan karena …`,
        // `menyampaikan keprihatinan atas …`): the speaker's feeling is the topic, not speech.
        if first.count >= 8, first.hasPrefix("ke"), first.hasSuffix("an"), content.count > 1,
           ["karena", "atas", "terhadap", "akan", "soal", "tentang", "mengenai", "pada", "kepada"].contains(lower[content.lowerBound + 1]) {
            return false
        }
        if ["mengklaim", "mengaku", "berharap", "optimistis", "optimis", "khawatir", "yakin", "meyakini", "beralasan",
            "berjanji", "bersikeras", "menuduh", "menuding", "menggambarkan", "memperkirakan", "memprediksi"].contains(verb) {
            return true
        }
        var sawYang = false
        // An adverbial opening the content (`sejak awal masa kabinet …, dirinya mendapat …`) runs on
        // past its comma to the clause it belongs to.
        let adverbial = ["sejak", "pada", "dalam", "di", "meski", "meskipun", "jika", "kalau", "karena", "ketika", "saat",
                         "setelah", "sebelum", "dengan", "selama", "walaupun", "apabila", "bila", "untuk"].contains(first)
        for k in content {
            let w = lower[k]
            if w == ",", !adverbial { break }
            guard isWord(k) else { continue }
            if w == "yang" { sawYang = true; continue }
            if k == content.lowerBound, ["ada", "tidak", "tak", "akan", "belum", "sudah", "telah", "bisa", "dapat", "harus", "perlu", "masih"].contains(w) {
                return true
            }
            if w == "sebagai", verb == "menggambarkan" || verb == "menyebut" || verb == "menilai" { return true }
            if !sawYang {
                if k > content.lowerBound, isPredicate[k] { return true }
            } else if ["adalah", "merupakan", "menjadi", "akan", "telah", "sudah", "bisa", "dapat", "harus", "masih",
                       "bukan", "ialah", "perlu", "sangat"].contains(w) {
                return true
            }
        }
        return false
    }
}
